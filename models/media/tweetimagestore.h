// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/tweetimage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace EpisodeDesk::Models {

// Which images a tweet carries (tweet_images, schema 8), what each attempt sent (attempt_images), and
// the media ids X gave each account's uploads (media_uploads). The images must be in the MediaStore.
class TweetImageStore final
{
    Q_DECLARE_TR_FUNCTIONS(TweetImageStore)

public:
    explicit TweetImageStore(const QSqlDatabase &db);

    QList<TweetImage> images(qint64 configId) const; // in order, with their alt text
    QHash<qint64, QList<TweetImage>> imagesOf(const QSet<qint64> &configIds) const; // tweets without: absent
    // Replaces the tweet's images, in one transaction that also touches the tweet (so every window sees
    // the change). Refused, as TweetStore::update is, once the tweet may be on X (posting, posted,
    // unknown), and when X would refuse the images (imagesProblem()).
    bool setImages(qint64 configId, const QList<TweetImage> &images);
    // What each attempt of the tweet sent, by attempt id.
    QHash<QString, QList<AttemptImage>> attemptImages(qint64 configId) const;

    QString lastError() const { return m_error; }
    bool refusedByState() const { return m_refusedByState; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
    bool m_refusedByState = false;
};

// A media id X gave one account for one image, and until when X keeps it (expires_after_secs).
struct MediaUpload
{
    qint64 accountId = 0;
    QString sha256;
    QString mediaId;
    QString mediaKey;
    std::optional<QString> alt; // the alt text X has for this id; nullopt: none set yet
    QDateTime uploadedAt;
    QDateTime expiresAt;

    bool operator==(const MediaUpload &) const = default;
};

// The cache of media ids (media_uploads). Shared by every process and teammate on the database: an
// image uploaded by one is reused by the others while X keeps it.
class MediaUploads final
{
public:
    explicit MediaUploads(const QSqlDatabase &db);

    // The account's upload of the image, if X still keeps it at `usableUntil` (the end of the lease that
    // would use it, with a margin).
    std::optional<MediaUpload> find(qint64 accountId, const QString &sha256, const QDateTime &usableUntil) const;
    bool save(const MediaUpload &upload);
    // X said these ids are no longer valid: the next try uploads again.
    bool forget(qint64 accountId, const QStringList &sha256s);

    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace EpisodeDesk::Models
