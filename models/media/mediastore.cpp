// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/mediastore.h"

#include "store/database.h"
#include "store/mediablobs.h"
#include "store/sqldialect.h"
#include "store/sqlutil.h"

#include <QLoggingCategory>
#include <QPromise>
#include <QSqlError>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcMediaStore, "episodedesk.media.store")

namespace {

// removeUnused() without candidates leaves media stored this recently: another window or process may
// have just put it for a tweet it has not saved yet (an editor open for minutes).
constexpr qint64 kUnusedGraceSecs = 24 * 60 * 60;

constexpr auto kColumns = "SELECT sha256, mime_type, bytes, width, height, original_sha256, file_name FROM media ";

TweetImage fromRow(const QSqlQuery &query)
{
    TweetImage image;
    image.sha256 = query.value(0).toString();
    image.mimeType = query.value(1).toString();
    image.bytes = query.value(2).toLongLong();
    image.width = query.value(3).toInt();
    image.height = query.value(4).toInt();
    image.originalSha256 = query.value(5).toString();
    image.fileName = query.value(6).toString();
    return image;
}

} // namespace

MediaStore::MediaStore(const QSqlDatabase &db) : m_db(db) { }

std::optional<TweetImage> MediaStore::put(const PreparedImage &image)
{
    const bool postgreSql = dialectOf(m_db) == SqlDialect::PostgreSQL;
    const QString sha256 = mediaHash(image.data);
    const QString originalSha256 = image.reencoded() ? mediaHash(image.original) : QString();
    // On SQLite the files first, then the rows: a row always has its file (a crash between leaves a file
    // nothing refers to).
    // `onlyMissing`: after the commit, only files gone meanwhile are written (no second read and hash).
    auto writeFiles = [&](bool onlyMissing) {
        MediaBlobs blobs(m_db);
        auto write = [&](const QString &hash, const QString &mimeType, const QByteArray &data) {
            return (onlyMissing && blobs.exists(hash, mimeType)) || blobs.write(hash, mimeType, data);
        };
        if ((image.reencoded() && !write(originalSha256, image.originalMimeType, image.original)) ||
            !write(sha256, image.mimeType, image.data)) {
            m_error = blobs.lastError();
            return false;
        }
        return true;
    };
    if (!postgreSql && !writeFiles(false)) {
        return std::nullopt;
    }
    // On PostgreSQL the rows and the bytes go in one transaction (a blob row needs its media row).
    Sql::WriteTransaction transaction(m_db);
    if (!transaction.begin(&m_error)) {
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    const QString insert = QStringLiteral(
        "INSERT INTO media (sha256, mime_type, bytes, width, height, original_sha256, file_name, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO UPDATE SET created_at = excluded.created_at");
    const QString now = Sql::now();
    if (image.reencoded() &&
        !Sql::exec(query, insert,
                   {originalSha256, image.originalMimeType, qint64(image.original.size()), image.originalWidth,
                    image.originalHeight, QString(), image.fileName, now},
                   &m_error)) {
        return std::nullopt;
    }
    if (!Sql::exec(query, insert,
                   {sha256, image.mimeType, qint64(image.data.size()), image.width, image.height, originalSha256,
                    image.fileName, now},
                   &m_error)) {
        return std::nullopt;
    }
    if (postgreSql) {
        for (const auto &[hash, data] : {std::pair {originalSha256, image.original}, std::pair {sha256, image.data}}) {
            if (!hash.isEmpty() && !Sql::exec(query, MediaBlobs::upsertStatement(), {hash, data}, &m_error)) {
                return std::nullopt;
            }
        }
    }
    if (!transaction.commit(&m_error)) {
        return std::nullopt;
    }
    // Once more after the rows: removeUnused() in another process may have deleted the files of an
    // image nobody used an instant before this put() made it used again.
    if (!postgreSql && !writeFiles(true)) {
        return std::nullopt;
    }
    return find(sha256);
}

std::optional<TweetImage> MediaStore::find(const QString &sha256) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QLatin1String(kColumns) + QStringLiteral("WHERE sha256 = ?"), {sha256}, &m_error)) {
        return std::nullopt;
    }
    if (!query.next()) {
        m_error = tr("The image %1 is not in this database.").arg(sha256.left(12));
        return std::nullopt;
    }
    return fromRow(query);
}

std::optional<QByteArray> MediaStore::bytes(const TweetImage &image) const
{
    MediaBlobs blobs(m_db);
    std::optional<QByteArray> data = blobs.read(image.sha256, image.mimeType);
    if (!data) {
        m_error = blobs.lastError();
    }
    return data;
}

QString MediaStore::missingProblem(const QList<TweetImage> &images, bool readBytes) const
{
    MediaBlobs blobs(m_db);
    const bool postgreSql = dialectOf(m_db) == SqlDialect::PostgreSQL;
    for (qsizetype i = 0; i < images.size(); ++i) {
        const TweetImage &image = images.at(i);
        const QString name =
            image.fileName.isEmpty() ? MediaBlobs::fileName(image.sha256, image.mimeType) : image.fileName;
        if (!blobs.exists(image.sha256, image.mimeType)) {
            return postgreSql
                ? tr("Image %1 (%2) is missing from the team database; add it again or remove it.").arg(i + 1).arg(name)
                : tr("Image %1 (%2) is missing from the media folder; add it again or remove it.").arg(i + 1).arg(name);
        }
        // Bytes that no longer hash to their name are not what the user chose: never sent.
        if (readBytes && !blobs.isIntact(image.sha256, image.mimeType)) {
            return tr("Image %1 (%2) was changed or damaged since it was added; add it again or remove it.")
                .arg(i + 1)
                .arg(name);
        }
    }
    return {};
}

int MediaStore::removeUnused()
{
    return removeUnusedWhere(QStringLiteral("m.created_at < ?"),
                             {Sql::fromDateTime(QDateTime::currentDateTimeUtc().addSecs(-kUnusedGraceSecs))});
}

int MediaStore::removeUnused(const QList<TweetImage> &candidates)
{
    if (candidates.isEmpty()) {
        return 0;
    }
    QStringList names;
    QVariantList values;
    for (const TweetImage &image : candidates) {
        names.append(QStringLiteral("?, ?"));
        values << image.sha256 << image.originalSha256;
    }
    return removeUnusedWhere(QStringLiteral("m.sha256 IN (%1)").arg(names.join(QLatin1String(", "))), values);
}

int MediaStore::removeUnusedWhere(const QString &which, const QVariantList &values)
{
    Sql::WriteTransaction transaction(m_db);
    if (!transaction.begin(&m_error)) {
        return -1;
    }
    QSqlQuery query(m_db);
    // Used: on a tweet, in an attempt's history, or the original of one that is.
    const QString unused =
        QStringLiteral(
            "FROM media m WHERE NOT EXISTS (SELECT 1 FROM tweet_images t WHERE t.sha256 = m.sha256) "
            "AND NOT EXISTS (SELECT 1 FROM attempt_images a WHERE a.sha256 = m.sha256) "
            "AND NOT EXISTS (SELECT 1 FROM media r WHERE r.original_sha256 = m.sha256 AND (EXISTS (SELECT 1 FROM "
            "tweet_images t WHERE t.sha256 = r.sha256) OR EXISTS (SELECT 1 FROM attempt_images a WHERE a.sha256 = "
            "r.sha256))) AND ") +
        which;
    QList<std::pair<QString, QString>> gone;
    if (!Sql::exec(query, QStringLiteral("SELECT m.sha256, m.mime_type ") + unused, values, &m_error)) {
        return -1;
    }
    while (query.next()) {
        gone.append({query.value(0).toString(), query.value(1).toString()});
    }
    if (gone.isEmpty()) {
        return 0;
    }
    // Their upload cache first (it refers to them), then the rows.
    for (const auto &[sha256, mimeType] : gone) {
        if (!Sql::exec(query, QStringLiteral("DELETE FROM media_uploads WHERE sha256 = ?"), {sha256}, &m_error) ||
            !Sql::exec(query, QStringLiteral("DELETE FROM media WHERE sha256 = ?"), {sha256}, &m_error)) {
            return -1;
        }
    }
    if (!transaction.commit(&m_error)) {
        return -1;
    }
    // The files only once the rows are gone for good. Another process storing the same image at this
    // moment writes its files again after its rows (put()), so at worst, in a narrow race, a tweet is held
    // with "missing from the media folder" until the image is added again; nothing is sent without it.
    MediaBlobs blobs(m_db);
    for (const auto &[sha256, mimeType] : gone) {
        if (!blobs.remove(sha256, mimeType)) {
            qCWarning(lcMediaStore) << "could not delete the unused image" << sha256;
        }
    }
    return int(gone.size());
}

namespace {

StoredImage storeChecked(const QString &databaseLocation, const ImageCheck &check)
{
    StoredImage stored;
    if (!check.ok()) {
        stored.error = check.error;
        return stored;
    }
    static std::atomic<int> counter {0};
    Database db;
    if (!db.open(databaseLocation, QStringLiteral("media-store-%1").arg(++counter))) {
        stored.error = db.errorString();
        return stored;
    }
    MediaStore store(db.connection());
    stored.image = store.put(*check.image);
    stored.reencoded = check.image->reencoded();
    if (!stored.image) {
        stored.error =
            MediaStore::tr("“%1” could not be kept with the tweet: %2").arg(check.image->fileName, store.lastError());
    }
    return stored;
}

QFuture<StoredImage> inBackground(std::function<StoredImage()> work)
{
    auto promise = std::make_shared<QPromise<StoredImage>>();
    QFuture<StoredImage> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

} // namespace

QFuture<StoredImage> storePreparedInBackground(const QSqlDatabase &db, const PreparedImage &image)
{
    return inBackground([connection = db.connectionName(), image] {
        static std::atomic<int> counter {0};
        const QString name = QStringLiteral("media-clone-%1").arg(++counter);
        StoredImage stored;
        stored.reencoded = image.reencoded();
        {
            QSqlDatabase clone = QSqlDatabase::cloneDatabase(connection, name);
            if (!clone.open()) {
                qCWarning(lcMediaStore) << "cannot open a second connection for images:" << clone.lastError().text();
                stored.error = MediaStore::tr("“%1” could not be kept with the tweet: the database could not be "
                                              "opened a second time.")
                                   .arg(image.fileName);
            } else {
                MediaStore store(clone);
                stored.image = store.put(image);
                if (!stored.image) {
                    stored.error = MediaStore::tr("“%1” could not be kept with the tweet: %2")
                                       .arg(image.fileName, store.lastError());
                }
                clone.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return stored;
    });
}

QFuture<StoredImage> storeImageFileInBackground(const QString &databaseLocation, const QString &path)
{
    return inBackground([databaseLocation, path] { return storeChecked(databaseLocation, prepareImageFile(path)); });
}

QFuture<StoredImage> storeImageInBackground(const QString &databaseLocation, const QByteArray &bytes,
                                            const QString &fileName)
{
    return inBackground(
        [databaseLocation, bytes, fileName] { return storeChecked(databaseLocation, prepareImage(bytes, fileName)); });
}

} // namespace EpisodeDesk::Models
