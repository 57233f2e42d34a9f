// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/tweetimagestore.h"

#include "domain/types.h"
#include "store/sqlutil.h"

namespace EpisodeDesk::Models {

namespace {

constexpr auto kImageColumns = "m.sha256, m.mime_type, m.bytes, m.width, m.height, m.original_sha256, m.file_name";

// The media columns at `first` onwards, as selected by kImageColumns.
TweetImage imageAt(const QSqlQuery &query, int first)
{
    TweetImage image;
    image.sha256 = query.value(first).toString();
    image.mimeType = query.value(first + 1).toString();
    image.bytes = query.value(first + 2).toLongLong();
    image.width = query.value(first + 3).toInt();
    image.height = query.value(first + 4).toInt();
    image.originalSha256 = query.value(first + 5).toString();
    image.fileName = query.value(first + 6).toString();
    return image;
}

} // namespace

TweetImageStore::TweetImageStore(const QSqlDatabase &db) : m_db(db) { }

QList<TweetImage> TweetImageStore::images(qint64 configId) const
{
    return imagesOf({configId}).value(configId);
}

QHash<qint64, QList<TweetImage>> TweetImageStore::imagesOf(const QSet<qint64> &configIds) const
{
    QHash<qint64, QList<TweetImage>> images;
    if (configIds.isEmpty()) {
        return images;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT t.config_id, t.alt, %1 FROM tweet_images t JOIN media m ON m.sha256 = "
                                  "t.sha256 WHERE t.config_id IN (%2) ORDER BY t.config_id, t.slot")
                       .arg(QLatin1String(kImageColumns), Sql::idList(configIds)),
                   {}, &m_error)) {
        return images;
    }
    while (query.next()) {
        TweetImage image = imageAt(query, 2);
        image.alt = query.value(1).toString();
        images[query.value(0).toLongLong()].append(image);
    }
    return images;
}

bool TweetImageStore::setImages(qint64 configId, const QList<TweetImage> &images)
{
    m_refusedByState = false;
    m_error.clear();
    if (const QString problem = imagesProblem(images); !problem.isEmpty()) {
        // X's rule, not the tweet's state: the editor shows it beside the images.
        m_error = problem;
        return false;
    }
    Sql::WriteTransaction transaction(m_db);
    if (!transaction.begin(&m_error)) {
        return false;
    }
    QSqlQuery query(m_db);
    // The state check is the UPDATE itself, inside the transaction: the poster may claim the tweet
    // between the editor opening and OK, and a claimed tweet's images are what it is sending.
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE tweet_configs SET updated_at = ? WHERE id = ? AND status IN "
                                  "('pending', 'failed')"),
                   {Sql::now(), configId}, &m_error)) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        if (Sql::exec(query, QStringLiteral("SELECT status FROM tweet_configs WHERE id = ?"), {configId}, &m_error) &&
            query.next()) {
            m_refusedByState = true;
            const QString stored = query.value(0).toString();
            const auto status = statusFromString(stored);
            m_error = QCoreApplication::translate("Store", "This tweet is %1 and can no longer be edited.")
                          .arg(status ? statusInSentence(*status) : stored);
        } else if (m_error.isEmpty()) {
            m_error = QCoreApplication::translate("Store", "There is no tweet %1.").arg(configId);
        }
        return false;
    }
    if (!Sql::exec(query, QStringLiteral("DELETE FROM tweet_images WHERE config_id = ?"), {configId}, &m_error)) {
        return false;
    }
    for (qsizetype slot = 0; slot < images.size(); ++slot) {
        // FROM media: an image removeUnused() deleted meanwhile (in another window) is refused with a
        // sentence, not the database's foreign-key error.
        if (!Sql::exec(query,
                       QStringLiteral("INSERT INTO tweet_images (config_id, slot, sha256, alt) SELECT ?, ?, sha256, ? "
                                      "FROM media WHERE sha256 = ?"),
                       {configId, int(slot), images.at(slot).alt, images.at(slot).sha256}, &m_error)) {
            return false;
        }
        if (query.numRowsAffected() != 1) {
            const QString name =
                images.at(slot).fileName.isEmpty() ? images.at(slot).sha256.left(12) : images.at(slot).fileName;
            m_error = tr("Image %1 (%2) is no longer stored; add it again.").arg(slot + 1).arg(name);
            return false;
        }
    }
    return transaction.commit(&m_error);
}

QHash<QString, QList<AttemptImage>> TweetImageStore::attemptImages(qint64 configId) const
{
    QHash<QString, QList<AttemptImage>> sent;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT a.attempt_id, a.alt, a.media_id, a.media_key, %1 FROM attempt_images a "
                                  "JOIN media m ON m.sha256 = a.sha256 JOIN post_attempts p ON p.attempt_id = "
                                  "a.attempt_id WHERE p.config_id = ? ORDER BY a.attempt_id, a.slot")
                       .arg(QLatin1String(kImageColumns)),
                   {configId}, &m_error)) {
        return sent;
    }
    while (query.next()) {
        AttemptImage image;
        image.image = imageAt(query, 4);
        image.image.alt = query.value(1).toString();
        image.mediaId = query.value(2).toString();
        image.mediaKey = query.value(3).toString();
        sent[query.value(0).toString()].append(image);
    }
    return sent;
}

MediaUploads::MediaUploads(const QSqlDatabase &db) : m_db(db) { }

std::optional<MediaUpload> MediaUploads::find(qint64 accountId, const QString &sha256,
                                              const QDateTime &usableUntil) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT media_id, media_key, alt, uploaded_at, expires_at FROM media_uploads "
                                  "WHERE account_id = ? AND sha256 = ? AND expires_at > ?"),
                   {accountId, sha256, Sql::fromDateTime(usableUntil)}, &m_error) ||
        !query.next()) {
        return std::nullopt;
    }
    MediaUpload upload;
    upload.accountId = accountId;
    upload.sha256 = sha256;
    upload.mediaId = query.value(0).toString();
    upload.mediaKey = query.value(1).toString();
    if (!query.value(2).isNull()) {
        upload.alt = query.value(2).toString();
    }
    upload.uploadedAt = Sql::toDateTime(query.value(3));
    upload.expiresAt = Sql::toDateTime(query.value(4));
    return upload;
}

bool MediaUploads::save(const MediaUpload &upload)
{
    QSqlQuery query(m_db);
    const QVariant alt = upload.alt ? QVariant(*upload.alt) : QVariant();
    return Sql::exec(query,
                     QStringLiteral("INSERT INTO media_uploads (account_id, sha256, media_id, media_key, alt, "
                                    "uploaded_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account_id, "
                                    "sha256) DO UPDATE SET media_id = excluded.media_id, media_key = "
                                    "excluded.media_key, alt = excluded.alt, uploaded_at = excluded.uploaded_at, "
                                    "expires_at = excluded.expires_at"),
                     {upload.accountId, upload.sha256, upload.mediaId, upload.mediaKey, alt,
                      Sql::fromDateTime(upload.uploadedAt), Sql::fromDateTime(upload.expiresAt)},
                     &m_error);
}

bool MediaUploads::forget(qint64 accountId, const QStringList &sha256s)
{
    QSqlQuery query(m_db);
    for (const QString &sha256 : sha256s) {
        if (!Sql::exec(query, QStringLiteral("DELETE FROM media_uploads WHERE account_id = ? AND sha256 = ?"),
                       {accountId, sha256}, &m_error)) {
            return false;
        }
    }
    return true;
}

} // namespace EpisodeDesk::Models
