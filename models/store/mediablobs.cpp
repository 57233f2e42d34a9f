// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/mediablobs.h"

#include "store/sqldialect.h"
#include "store/sqlutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcMediaBlobs, "episodedesk.store.mediablobs")

QString mediaHash(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

MediaBlobs::MediaBlobs(const QSqlDatabase &db) : m_db(db)
{
    if (!isPostgreSql()) {
        const QString file = db.databaseName();
        if (!file.isEmpty() && file != QLatin1String(":memory:") && !file.startsWith(QLatin1String("file:"))) {
            m_directory = QFileInfo(file).absoluteDir().filePath(QStringLiteral("media"));
        }
    }
}

bool MediaBlobs::isPostgreSql() const
{
    return dialectOf(m_db) == SqlDialect::PostgreSQL;
}

QString MediaBlobs::fileName(const QString &sha256, const QString &mimeType)
{
    QString extension = QStringLiteral("bin");
    if (mimeType == QLatin1String("image/jpeg")) {
        extension = QStringLiteral("jpg");
    } else if (mimeType == QLatin1String("image/png")) {
        extension = QStringLiteral("png");
    } else if (mimeType == QLatin1String("image/webp")) {
        extension = QStringLiteral("webp");
    } else if (mimeType == QLatin1String("image/gif")) {
        extension = QStringLiteral("gif");
    }
    return sha256 + QLatin1Char('.') + extension;
}

QString MediaBlobs::path(const QString &sha256, const QString &mimeType) const
{
    return m_directory.isEmpty() ? QString() : QDir(m_directory).filePath(fileName(sha256, mimeType));
}

bool MediaBlobs::write(const QString &sha256, const QString &mimeType, const QByteArray &data)
{
    if (mediaHash(data) != sha256) {
        m_error = tr("The image changed while it was being stored; nothing was kept.");
        return false;
    }
    if (isPostgreSql()) {
        QSqlQuery query(m_db);
        // ON CONFLICT: a teammate may store the same image at the same moment; the bytes are the same.
        // Unless the row there was damaged: storing the image again mends it.
        return Sql::exec(query, upsertStatement(), {sha256, data}, &m_error);
    }
    if (m_directory.isEmpty()) {
        m_error = tr("This database has no folder to keep images in.");
        return false;
    }
    // A file that is there but no longer the image (changed or damaged on disk) is replaced: adding
    // the image again is how the user mends it.
    if (isIntact(sha256, mimeType)) {
        return true;
    }
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("Could not create the folder for images, %1.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    QSaveFile out(path(sha256, mimeType));
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        qCWarning(lcMediaBlobs) << "could not write" << out.fileName() << out.errorString();
        m_error = tr("Could not save the image in %1 (is the disk full?).").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    return true;
}

std::optional<QByteArray> MediaBlobs::read(const QString &sha256, const QString &mimeType) const
{
    QByteArray data;
    if (isPostgreSql()) {
        QSqlQuery query(m_db);
        if (!Sql::exec(query, QStringLiteral("SELECT data FROM media_blobs WHERE sha256 = ?"), {sha256}, &m_error)) {
            return std::nullopt;
        }
        if (!query.next()) {
            m_error = tr("The image is missing from the team database.");
            return std::nullopt;
        }
        data = query.value(0).toByteArray();
    } else {
        QFile in(path(sha256, mimeType));
        if (m_directory.isEmpty() || !in.open(QIODevice::ReadOnly)) {
            m_error = tr("The image %1 is missing from %2.")
                          .arg(fileName(sha256, mimeType), QDir::toNativeSeparators(m_directory));
            return std::nullopt;
        }
        data = in.readAll();
    }
    if (mediaHash(data) != sha256) {
        m_error = tr("The image %1 was changed or damaged on disk.").arg(fileName(sha256, mimeType));
        return std::nullopt;
    }
    return data;
}

bool MediaBlobs::isIntact(const QString &sha256, const QString &mimeType) const
{
    if (isPostgreSql()) {
        // Hashed on the server: the bytes need not cross the network to be checked.
        QSqlQuery query(m_db);
        if (!Sql::exec(query, QStringLiteral("SELECT encode(sha256(data), 'hex') FROM media_blobs WHERE sha256 = ?"),
                       {sha256}, &m_error)) {
            return false;
        }
        if (!query.next()) {
            m_error = tr("The image is missing from the team database.");
            return false;
        }
        if (query.value(0).toString() != sha256) {
            m_error = tr("The image %1 was changed or damaged in the team database.").arg(fileName(sha256, mimeType));
            return false;
        }
        return true;
    }
    if (!exists(sha256, mimeType)) {
        m_error = tr("The image %1 is missing from %2.")
                      .arg(fileName(sha256, mimeType), QDir::toNativeSeparators(m_directory));
        return false;
    }
    return read(sha256, mimeType).has_value();
}

QString MediaBlobs::upsertStatement()
{
    return QStringLiteral("INSERT INTO media_blobs (sha256, data) VALUES (?, ?) ON CONFLICT (sha256) DO UPDATE SET "
                          "data = excluded.data WHERE media_blobs.data <> excluded.data");
}

bool MediaBlobs::exists(const QString &sha256, const QString &mimeType) const
{
    if (isPostgreSql()) {
        QSqlQuery query(m_db);
        return Sql::exec(query, QStringLiteral("SELECT 1 FROM media_blobs WHERE sha256 = ?"), {sha256}, &m_error) &&
            query.next();
    }
    return !m_directory.isEmpty() && QFileInfo(path(sha256, mimeType)).isFile();
}

bool MediaBlobs::remove(const QString &sha256, const QString &mimeType)
{
    if (isPostgreSql()) {
        return true; // media_blobs rows go with their media row (ON DELETE CASCADE)
    }
    const QString file = path(sha256, mimeType);
    return file.isEmpty() || !QFileInfo::exists(file) || QFile::remove(file);
}

} // namespace EpisodeDesk::Models
