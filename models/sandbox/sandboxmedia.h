// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/sandboxhttp.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace EpisodeDesk::Models {

class TimelineStore;

// One upload as the local X server keeps it; LocalXServer::UploadedMedia is this type.
struct SandboxUploadedMedia
{
    QString id; // 19 digits
    QString mediaKey; // "3_<id>"
    QByteArray bytes; // as received (a chunked upload: once finalized)
    QString mimeType; // detected from the bytes; the declared media_type until a chunked one is finalized
    QString category; // "tweet_image" or "tweet_gif"
    QString alt; // POST /2/media/metadata alt_text.text
    QString ownerUserId;
    QDateTime uploadedAt; // by the server's clock
    QDateTime expiresAt;
    bool ready = false; // one-shot, or chunked and STATUS said "succeeded": it can be attached
};

// The media part of the local X server: uploads (one-shot and chunked), alt text, and the check of a
// create's media.media_ids. Uploads are kept in the "media" section of the TimelineStore, so servers
// and processes sharing a storage file see the same ones.
//
//   SandboxMedia media(timeline);
//   SandboxReply reply = media.handle(request, userId, now);        // any /2/media/… request
//   QStringList ids, keys;
//   if (!media.attach(createBody, userId, now, &ids, &keys, &reply)) → reply is X's 400
//
// Shapes (X_API_NOTES.md "Media upload, v2"): POST /2/media/upload multipart (media, media_category,
// media_type) or JSON (base64 media) → {"data":{"id","media_key","size","expires_after_secs","image":
// {"image_type","w","h"}}}; POST /2/media/upload/initialize {"media_type","total_bytes","media_category"};
// POST /2/media/upload/{id}/append multipart (media, segment_index 0-999); POST …/{id}/finalize →
// processing_info pending (check_after_secs 1) the first time; GET /2/media/upload?media_id&command=STATUS
// → succeeded. POST /2/media/metadata {"id","metadata":{"alt_text":{"text"}}} (≤ 1,000 characters).
// Images up to 5 MB (JPEG, PNG, WebP, GIF, told by their bytes), tweet_gif up to 15 MB.
class SandboxMedia final
{
    Q_DECLARE_TR_FUNCTIONS(SandboxMedia)
    Q_DISABLE_COPY_MOVE(SandboxMedia)

public:
    static constexpr qint64 kMaxImageBytes = 5 * 1024 * 1024;
    static constexpr qint64 kMaxGifBytes = 15 * 1024 * 1024;

    explicit SandboxMedia(const TimelineStore &storage);

    void setLifetime(std::chrono::seconds lifetime); // default 86400 s
    std::chrono::seconds lifetime() const;

    // Whether `request` starts an upload (one-shot or initialize): what mediaUploadCount() counts.
    static bool startsUpload(const SandboxRequest &request);

    // Answers an authenticated request routed to MediaUpload or MediaMetadata.
    SandboxReply handle(const SandboxRequest &request, const QString &userId, const QDateTime &now);

    // Checks the "media" of a create body for `userId`: every id known, the user's, not expired, ready;
    // at most 4 images or 1 GIF. True with the ids and keys (none without "media"), or false with X's 400.
    bool attach(const QByteArray &createBody, const QString &userId, const QDateTime &now, QStringList *mediaIds,
                QStringList *mediaKeys, SandboxReply *refusal) const;

    // The media ids a create body names (ExpiredMedia), whether or not they exist.
    static QStringList idsInCreate(const QByteArray &createBody);
    // The given uploads (all, when `ids` is empty) expire at `now`.
    void expire(const QStringList &ids, const QDateTime &now);
    std::optional<SandboxUploadedMedia> upload(const QString &mediaId) const;

private:
    SandboxReply oneShot(const SandboxRequest &request, const QString &userId, const QDateTime &now);
    SandboxReply initialize(const SandboxRequest &request, const QString &userId, const QDateTime &now);
    SandboxReply append(const SandboxRequest &request, const QString &mediaId, const QString &userId,
                        const QDateTime &now);
    SandboxReply finalize(const QString &mediaId, const QString &userId, const QDateTime &now);
    SandboxReply status(const SandboxRequest &request, const QString &userId, const QDateTime &now);
    SandboxReply metadata(const SandboxRequest &request, const QString &userId, const QDateTime &now);

    const TimelineStore &m_storage;
    std::chrono::seconds m_lifetime {86400};
};

} // namespace EpisodeDesk::Models
