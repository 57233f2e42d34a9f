// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"
#include "domain/types.h"
#include "media/tweetimage.h"
#include "posting/postingstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace EpisodeDesk::Models {

class XClient;
struct XMediaResult;

// The images of a tweet, made ready on X before the claim (DESIGN.md "Text and media"): uploading is
// harmless to repeat, so it happens before the tweet is claimed, and the claim then carries the media
// ids that the one create request attaches. For each image, in order:
//  1. its bytes from the media store (gone from disk or damaged: refused, ImagesMissing, nothing sent);
//  2. the account's cached media id if X still keeps it past the lease that would use it and it has
//     this alt text; else
//  3. an upload (one-shot, or chunked for a GIF), and its alt text set with POST /2/media/metadata;
//  4. the new id cached (media_uploads) with its expiry, for retries and teammates.
// Any failure leaves the tweet unclaimed with the reason (UploadFailed): nothing is posted without its
// images. Runs on the posting worker's thread, one tweet at a time per call; answers once, by callback.
class MediaUploader final
{
    Q_DECLARE_TR_FUNCTIONS(MediaUploader)

public:
    struct Result
    {
        bool ok = false;
        ClaimRefusal refusal = ClaimRefusal::None; // ImagesMissing, UploadFailed, DatabaseError
        QString message;
        QList<AttemptImage> images; // what the claim records and the create attaches, in order
        bool bearerRefused = false; // X answered 401 to an OAuth 2.0 bearer
        int uploads = 0; // how many images were uploaded (not taken from the cache)
    };
    using Callback = std::function<void(const Result &)>;

    struct Options
    {
        // A cached id must outlive now + this: the lease plus a margin for X's clock and a slow create.
        std::chrono::milliseconds reuseMargin {std::chrono::minutes(10)};
        std::chrono::milliseconds requestTimeout {std::chrono::seconds(60)}; // each upload step
        std::function<QDateTime()> clock;
    };

    MediaUploader(const QSqlDatabase &db, XClient *client, Options options);

    // Prepares every image of tweet `configId` for `account`; `callback` runs on the caller's thread
    // (with `context` alive) when all are ready or one failed.
    void prepare(const Account &account, const QUrl &apiBase, const XCredentials &credentials, qint64 configId,
                 const QObject *context, Callback callback);

    // Images of the tweet whose media ids X refused at create (expired, unknown): the next try
    // uploads them again.
    void forget(qint64 accountId, const QList<AttemptImage> &images);

    // The media key of an id when X's answer named none: X keys media by type and id ("3_…" a photo,
    // "16_…" an animated GIF).
    static QString mediaKeyFor(const QString &mediaId, const QString &mimeType);

private:
    struct Job;
    void next(const std::shared_ptr<Job> &job);
    void uploaded(const std::shared_ptr<Job> &job, const XMediaResult &result);
    void setAlt(const std::shared_ptr<Job> &job);
    void done(const std::shared_ptr<Job> &job);
    void fail(const std::shared_ptr<Job> &job, ClaimRefusal refusal, const QString &message,
              bool bearerRefused = false);

    QSqlDatabase m_db;
    XClient *m_client = nullptr;
    Options m_options;
};

} // namespace EpisodeDesk::Models
