// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/postingjournal.h"

#include "store/databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

#include <algorithm>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcJournal, "episodedesk.posting.journal")

namespace {

const QLatin1String kSuffix(".json");

bool syncFile(QFile &file)
{
    if (!file.flush()) {
        return false;
    }
#ifdef Q_OS_WIN
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// A rename is durable only once the folder that holds it is on disk too.
bool syncDirectory(const QString &path)
{
#ifdef Q_OS_WIN
    Q_UNUSED(path);
    return true; // NTFS journals the rename itself; a folder cannot be opened for flushing portably
#else
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0) {
        return false;
    }
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

bool isSafeAttemptId(const QString &attemptId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
    return pattern.match(attemptId).hasMatch();
}

} // namespace

PostingJournal::PostingJournal(QString directory) : m_directory(std::move(directory)) { }

QString PostingJournal::directoryFor(const QString &databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:")) {
        return {};
    }
    // A team database's journal is this computer's: it holds answers this computer received from X.
    return DatabaseLocation::parse(databasePath, nullptr)
        .value_or(DatabaseLocation::file(databasePath))
        .localStatePath(QStringLiteral(".journal"));
}

QString PostingJournal::fileFor(const QString &attemptId) const
{
    return m_directory + QLatin1Char('/') + attemptId + kSuffix;
}

QByteArray PostingJournal::serialize(const FinishRecord &record)
{
    QJsonObject object {
        {QStringLiteral("attempt_id"), record.attemptId},
        {QStringLiteral("config_id"), QString::number(record.configId)},
        {QStringLiteral("outcome"), statusToString(record.outcome)},
        {QStringLiteral("post_id"), record.postId},
        {QStringLiteral("post_url"), record.postUrl.toString()},
        {QStringLiteral("error"), record.error},
        {QStringLiteral("error_category"), record.errorCategory},
    };
    if (record.httpStatus) {
        object.insert(QStringLiteral("http_status"), *record.httpStatus);
    }
    if (record.nextRetryAt.isValid()) {
        object.insert(QStringLiteral("next_retry_at"), record.nextRetryAt.toUTC().toString(Qt::ISODateWithMs));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<FinishRecord> PostingJournal::deserialize(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    FinishRecord record;
    record.attemptId = object.value(QStringLiteral("attempt_id")).toString();
    bool ok = false;
    record.configId = object.value(QStringLiteral("config_id")).toString().toLongLong(&ok);
    const auto outcome = statusFromString(object.value(QStringLiteral("outcome")).toString());
    if (!ok || record.configId <= 0 || !isSafeAttemptId(record.attemptId) || !outcome ||
        (*outcome != TweetStatus::Posted && *outcome != TweetStatus::Failed && *outcome != TweetStatus::Unknown)) {
        return std::nullopt;
    }
    record.outcome = *outcome;
    record.postId = object.value(QStringLiteral("post_id")).toString();
    if (record.outcome == TweetStatus::Posted && record.postId.isEmpty()) {
        return std::nullopt;
    }
    record.postUrl = QUrl(object.value(QStringLiteral("post_url")).toString());
    record.error = object.value(QStringLiteral("error")).toString();
    record.errorCategory = object.value(QStringLiteral("error_category")).toString();
    if (object.contains(QStringLiteral("http_status"))) {
        record.httpStatus = object.value(QStringLiteral("http_status")).toInt();
    }
    record.nextRetryAt =
        QDateTime::fromString(object.value(QStringLiteral("next_retry_at")).toString(), Qt::ISODateWithMs);
    return record;
}

bool PostingJournal::record(const FinishRecord &record)
{
    if (!isEnabled()) {
        return true;
    }
    if (!isSafeAttemptId(record.attemptId)) {
        m_error = PostingJournal::tr("The attempt id cannot name a journal entry.");
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        m_error = PostingJournal::tr("Cannot create the posting journal folder %1.")
                      .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    const QString target = fileFor(record.attemptId);
    const QString temporary = target + QStringLiteral(".tmp");
    QFile file(temporary);
    const QByteArray data = serialize(record);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size() || !syncFile(file)) {
        m_error = PostingJournal::tr("Cannot write the posting journal: %1").arg(file.errorString());
        file.close();
        QFile::remove(temporary);
        return false;
    }
    file.close();
    // QFile::rename refuses to replace; a replay of the same attempt may have left the old entry.
    QFile::remove(target);
    if (!QFile::rename(temporary, target) || !syncDirectory(m_directory)) {
        m_error =
            PostingJournal::tr("Cannot write the posting journal entry %1.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    // The post id is the one thing a person may need to find the tweet by hand if all else fails.
    qCInfo(lcJournal) << "journaled attempt" << record.attemptId << "of tweet" << record.configId << "as"
                      << statusToString(record.outcome) << (record.postId.isEmpty() ? QString() : record.postId);
    return true;
}

bool PostingJournal::remove(const QString &attemptId)
{
    if (!isEnabled() || !isSafeAttemptId(attemptId)) {
        return true;
    }
    const QString path = fileFor(attemptId);
    if (QFile::exists(path) && !QFile::remove(path)) {
        m_error = PostingJournal::tr("Cannot remove the posting journal entry %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

QList<FinishRecord> PostingJournal::pending() const
{
    QList<FinishRecord> records;
    if (!isEnabled()) {
        return records;
    }
    QDir dir(m_directory);
    if (!dir.exists()) {
        return records;
    }
    const QFileInfoList entries =
        dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &entry : entries) {
        QFile file(entry.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly)) {
            // Gone since the listing: its writer (or another replay) has put it in the database.
            if (file.exists()) {
                qCWarning(lcJournal) << "cannot read journal entry" << entry.fileName() << ":" << file.errorString();
            }
            continue;
        }
        const auto record = deserialize(file.read(64 * 1024));
        if (!record || record->attemptId + kSuffix != entry.fileName()) {
            qCWarning(lcJournal) << "journal entry" << entry.fileName() << "is not readable; kept for inspection";
            continue;
        }
        records.append(*record);
    }
    return records;
}

} // namespace EpisodeDesk::Models
