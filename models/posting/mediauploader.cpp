// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/mediauploader.h"

#include "media/mediastore.h"
#include "media/tweetimagestore.h"
#include "x/xclient.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QPointer>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcMediaUploader, "episodedesk.posting.media")

struct MediaUploader::Job
{
    Account account;
    QUrl apiBase;
    XCredentials credentials;
    qint64 configId = 0;
    QPointer<const QObject> context;
    Callback callback;
    QList<TweetImage> images;
    QList<AttemptImage> ready;
    QByteArray bytes; // of the image being uploaded
    int uploads = 0;
};

MediaUploader::MediaUploader(const QSqlDatabase &db, XClient *client, Options options)
    : m_db(db), m_client(client), m_options(std::move(options))
{
    if (!m_options.clock) {
        m_options.clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
    }
}

QString MediaUploader::mediaKeyFor(const QString &mediaId, const QString &mimeType)
{
    return (mimeType == QLatin1String("image/gif") ? QStringLiteral("16_") : QStringLiteral("3_")) + mediaId;
}

void MediaUploader::prepare(const Account &account, const QUrl &apiBase, const XCredentials &credentials,
                            qint64 configId, const QObject *context, Callback callback)
{
    auto job = std::make_shared<Job>();
    job->account = account;
    job->apiBase = apiBase;
    job->credentials = credentials;
    job->configId = configId;
    job->context = context;
    job->callback = std::move(callback);
    TweetImageStore images(m_db);
    job->images = images.images(configId);
    if (!images.lastError().isEmpty() && job->images.isEmpty()) {
        fail(job, ClaimRefusal::DatabaseError, images.lastError());
        return;
    }
    // Every image's bytes before any upload: a tweet with one image gone is held whole, not half-sent.
    const QString missing = MediaStore(m_db).missingProblem(job->images);
    if (!missing.isEmpty()) {
        fail(job, ClaimRefusal::ImagesMissing, missing);
        return;
    }
    next(job);
}

void MediaUploader::next(const std::shared_ptr<Job> &job)
{
    if (!job->context) {
        return; // the service went away meanwhile
    }
    if (job->ready.size() == job->images.size()) {
        done(job);
        return;
    }
    const TweetImage &image = job->images.at(job->ready.size());
    const QDateTime usableUntil = m_options.clock().addMSecs(m_options.reuseMargin.count());
    const auto cached = MediaUploads(m_db).find(job->account.id, image.sha256, usableUntil);
    // Reused only with the same alt text: X keeps one alt text per id, and changing it for this tweet
    // could change it on a post already out with that id. Another alt text is another upload.
    if (cached && cached->alt.value_or(QString()) == image.alt) {
        AttemptImage ready;
        ready.image = image;
        ready.mediaId = cached->mediaId;
        ready.mediaKey = cached->mediaKey.isEmpty() ? mediaKeyFor(cached->mediaId, image.mimeType) : cached->mediaKey;
        job->ready.append(ready);
        next(job);
        return;
    }
    const std::optional<QByteArray> bytes = MediaStore(m_db).bytes(image);
    if (!bytes) {
        fail(job, ClaimRefusal::ImagesMissing, MediaStore(m_db).missingProblem({image}));
        return;
    }
    job->bytes = *bytes;
    m_client->uploadMedia(job->apiBase, job->credentials, job->bytes, image.mimeType,
                          QDeadlineTimer(m_options.requestTimeout), job->context,
                          [this, job](const XMediaResult &result) { uploaded(job, result); });
}

void MediaUploader::uploaded(const std::shared_ptr<Job> &job, const XMediaResult &result)
{
    job->bytes.clear();
    const TweetImage &image = job->images.at(job->ready.size());
    if (!result.ok) {
        qCInfo(lcMediaUploader) << "upload of image" << job->ready.size() + 1 << "of tweet" << job->configId
                                << "failed: HTTP" << result.httpStatus;
        fail(job, ClaimRefusal::UploadFailed,
             tr("Image %1 could not be uploaded to X, so nothing was posted: %2")
                 .arg(job->ready.size() + 1)
                 .arg(result.message),
             result.httpStatus == 401 && !job->credentials.bearerToken.isEmpty());
        return;
    }
    ++job->uploads;
    AttemptImage ready;
    ready.image = image;
    ready.mediaId = result.mediaId;
    ready.mediaKey = result.mediaKey.isEmpty() ? mediaKeyFor(result.mediaId, image.mimeType) : result.mediaKey;
    job->ready.append(ready);
    MediaUpload upload;
    upload.accountId = job->account.id;
    upload.sha256 = image.sha256;
    upload.mediaId = ready.mediaId;
    upload.mediaKey = ready.mediaKey;
    upload.uploadedAt = m_options.clock();
    // X's own lifetime of the id; a day when it named none (its documented default for images).
    upload.expiresAt = upload.uploadedAt.addSecs(result.expiresAfterSecs > 0 ? result.expiresAfterSecs : 86400);
    MediaUploads cache(m_db);
    if (!cache.save(upload)) {
        // Not worth failing the post for: this try has its id; the next one uploads again.
        qCWarning(lcMediaUploader) << "could not cache the media id of" << image.sha256 << ":" << cache.lastError();
    }
    if (!image.alt.isEmpty()) {
        setAlt(job);
        return;
    }
    next(job);
}

void MediaUploader::setAlt(const std::shared_ptr<Job> &job)
{
    const AttemptImage ready = job->ready.last();
    m_client->setMediaAltText(job->apiBase, job->credentials, ready.mediaId, ready.image.alt,
                              QDeadlineTimer(m_options.requestTimeout), job->context,
                              [this, job, ready](const XMediaResult &result) {
                                  if (!result.ok) {
                                      fail(job, ClaimRefusal::UploadFailed,
                                           tr("X did not take the alt text of image %1, so nothing was posted: %2")
                                               .arg(job->ready.size())
                                               .arg(result.message),
                                           result.httpStatus == 401 && !job->credentials.bearerToken.isEmpty());
                                      return;
                                  }
                                  // Only now is the id what this alt text needs: a crash before this line leaves it
                                  // cached without alt text, and the next try uploads again rather than reuse it.
                                  MediaUploads cache(m_db);
                                  if (auto cached = cache.find(job->account.id, ready.image.sha256, m_options.clock());
                                      cached && cached->mediaId == ready.mediaId) {
                                      cached->alt = ready.image.alt;
                                      cache.save(*cached);
                                  }
                                  next(job);
                              });
}

void MediaUploader::done(const std::shared_ptr<Job> &job)
{
    Result result;
    result.ok = true;
    result.images = job->ready;
    result.uploads = job->uploads;
    if (job->context) {
        job->callback(result);
    }
}

void MediaUploader::fail(const std::shared_ptr<Job> &job, ClaimRefusal refusal, const QString &message,
                         bool bearerRefused)
{
    Result result;
    result.bearerRefused = bearerRefused;
    result.refusal = refusal;
    result.message = message;
    result.uploads = job->uploads;
    if (job->context) {
        job->callback(result);
    }
}

void MediaUploader::forget(qint64 accountId, const QList<AttemptImage> &images)
{
    QStringList sha256s;
    for (const AttemptImage &image : images) {
        sha256s.append(image.image.sha256);
    }
    MediaUploads cache(m_db);
    if (!cache.forget(accountId, sha256s)) {
        qCWarning(lcMediaUploader) << "could not forget refused media ids:" << cache.lastError();
    }
}

} // namespace EpisodeDesk::Models
