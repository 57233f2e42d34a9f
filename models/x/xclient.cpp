// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "x/xclient.h"

#include "x/oauth1signer.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>

#include <cstring>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace EpisodeDesk::Models {

namespace {

Q_LOGGING_CATEGORY(lcX, "episodedesk.x")

QByteArray bearerHeader(const XCredentials &credentials, QString *error)
{
    if (credentials.bearerToken.isEmpty()) {
        *error = XClient::tr("Not sent: this account has no valid sign-in with X on this computer. Sign in again.");
        return {};
    }
    return QByteArrayLiteral("Bearer ") + credentials.bearerToken.toLatin1();
}

// What one reply has done so far, shared by its signal handlers.
struct ReplyState
{
    bool requestSent = false;
    bool timedOut = false;
    bool oversized = false;
    QByteArray body;
};

// Reads what is available without ever holding more than kXMaxBodyBytes + 1 bytes.
void readCapped(QNetworkReply *reply, ReplyState &state)
{
    const qint64 room = kXMaxBodyBytes + 1 - state.body.size();
    if (room > 0 && reply->isOpen()) { // an aborted reply is closed
        state.body += reply->read(room);
    }
    if (state.body.size() > kXMaxBodyBytes) {
        state.oversized = true;
    }
}

// The body of a create, readable once. Qt's HTTP layer resends a request by itself when the
// connection drops after the request went out and before an answer came (reconnectAttempts in
// QHttpNetworkConnectionChannel); for POST /2/tweets that would be a second post. A body that cannot
// be rewound turns that resend into QNetworkReply::ContentReSendError, an outcome we classify as
// "may have published" instead.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data) : m_data(std::move(data)) { open(QIODevice::ReadOnly); }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_data.size()) - m_position);
        if (count <= 0) {
            return -1;
        }
        std::memcpy(data, m_data.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace

XClient::XClient(QNetworkAccessManager *manager, QObject *parent) : QObject(parent), m_manager(manager)
{
    Q_ASSERT(m_manager);
}

XClient::~XClient()
{
    const QSet<QNetworkReply *> replies = std::exchange(m_replies, {});
    for (QNetworkReply *reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

std::chrono::milliseconds XClient::timeout() const
{
    return m_timeout;
}

void XClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

int XClient::pendingRequests() const
{
    return static_cast<int>(m_replies.size());
}

QUrl XClient::endpoint(const QUrl &apiBase, const QString &path, const QUrlQuery &query)
{
    QUrl url = apiBase.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    // StripTrailingSlash keeps a lone "/", which would make "//2/tweets".
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/')) {
        basePath.chop(1);
    }
    url.setPath(basePath + path, QUrl::TolerantMode);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    return url;
}

void XClient::createPost(const QUrl &apiBase, const XCredentials &credentials, const QString &text,
                         const QObject *context, CreateCallback callback)
{
    createPost(apiBase, credentials, text, QStringList(), QDeadlineTimer(m_timeout, Qt::PreciseTimer), context,
               std::move(callback));
}

void XClient::createPost(const QUrl &apiBase, const XCredentials &credentials, const QString &text,
                         QDeadlineTimer deadline, const QObject *context, CreateCallback callback)
{
    createPost(apiBase, credentials, text, QStringList(), deadline, context, std::move(callback));
}

void XClient::createPost(const QUrl &apiBase, const XCredentials &credentials, const QString &text,
                         const QStringList &mediaIds, const QObject *context, CreateCallback callback)
{
    createPost(apiBase, credentials, text, mediaIds, QDeadlineTimer(m_timeout, Qt::PreciseTimer), context,
               std::move(callback));
}

void XClient::createPost(const QUrl &apiBase, const XCredentials &credentials, const QString &text,
                         const QStringList &mediaIds, QDeadlineTimer deadline, const QObject *context,
                         CreateCallback callback)
{
    auto handle = [callback = std::move(callback)](const Exchange &exchange) {
        if (exchange.localCategory != XErrorCategory::None) {
            XCreateResult result;
            result.outcome = XOutcome::NotPublished;
            result.category = exchange.localCategory;
            result.message = exchange.localMessage;
            callback(result);
            return;
        }
        callback(XResponse::classifyCreate(exchange.httpStatus, exchange.error, exchange.requestSent, exchange.headers,
                                           exchange.body));
    };
    QJsonObject body {{u"text"_s, text}};
    if (!mediaIds.isEmpty()) {
        // X takes 1 to 4 ids of digits; anything else is refused here, before anything leaves.
        const bool valid = mediaIds.size() <= 4 &&
            std::all_of(mediaIds.cbegin(), mediaIds.cend(),
                        [](const QString &id) { return XResponse::isValidPostId(id); });
        if (!valid) {
            Exchange refused;
            refused.localCategory = XErrorCategory::Validation;
            refused.localMessage = tr("Not sent: a post takes 1 to 4 uploaded images, and these could not be used.");
            finishLocally(context, std::move(refused), std::move(handle));
            return;
        }
        body.insert(u"media"_s, QJsonObject {{u"media_ids"_s, QJsonArray::fromStringList(mediaIds)}});
    }
    Payload payload;
    payload.json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    payload.oneShot = true;
    send(QNetworkAccessManager::PostOperation, endpoint(apiBase, u"/2/tweets"_s), credentials, payload, deadline,
         context, std::move(handle));
}

void XClient::usersMe(const QUrl &apiBase, const XCredentials &credentials, const QObject *context,
                      UsersMeCallback callback)
{
    send(QNetworkAccessManager::GetOperation, endpoint(apiBase, u"/2/users/me"_s), credentials, Payload(),
         QDeadlineTimer(m_timeout, Qt::PreciseTimer), context,
         [callback = std::move(callback)](const Exchange &exchange) {
             if (exchange.localCategory != XErrorCategory::None) {
                 XUsersMeResult result;
                 result.category = exchange.localCategory;
                 result.message = exchange.localMessage;
                 callback(result);
                 return;
             }
             callback(XResponse::parseUsersMe(exchange.httpStatus, exchange.error, exchange.headers, exchange.body));
         });
}

void XClient::userTweets(const QUrl &apiBase, const XCredentials &credentials, const QString &userId,
                         const XTimelineQuery &timeline, const QObject *context, UserTweetsCallback callback)
{
    auto handle = [callback = std::move(callback)](const Exchange &exchange) {
        if (exchange.localCategory != XErrorCategory::None) {
            XUserTweetsResult result;
            result.category = exchange.localCategory;
            result.message = exchange.localMessage;
            callback(result);
            return;
        }
        callback(XResponse::parseUserTweets(exchange.httpStatus, exchange.error, exchange.headers, exchange.body));
    };
    // The id goes into the path: accept nothing but X's digits.
    if (!XResponse::isValidPostId(userId)) {
        Exchange refused;
        refused.localCategory = XErrorCategory::Validation;
        refused.localMessage = tr("The account has no valid X user id.");
        finishLocally(context, std::move(refused), std::move(handle));
        return;
    }
    // X's tokens are short runs of letters and digits; anything else would need an encoding that the
    // signature and X might read differently, and is refused before it is sent.
    static const QRegularExpression tokenPattern(u"^[A-Za-z0-9_-]{1,512}$"_s);
    if (!timeline.paginationToken.isEmpty() && !tokenPattern.match(timeline.paginationToken).hasMatch()) {
        Exchange refused;
        refused.localCategory = XErrorCategory::Validation;
        refused.localMessage = tr("X's page token for the account's posts could not be used.");
        finishLocally(context, std::move(refused), std::move(handle));
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"max_results"_s, u"100"_s);
    // entities: each t.co link's expanded_url, so that verification can tell two posts apart that differ
    // only in their links (posting/textmatch.h); attachments: the media keys of a post with images.
    query.addQueryItem(u"tweet.fields"_s, u"created_at,entities,attachments"_s);
    for (const auto &[key, time] :
         {std::pair {u"start_time"_s, &timeline.startTime}, std::pair {u"end_time"_s, &timeline.endTime}}) {
        if (time->isValid()) {
            // RFC 3339 in UTC, e.g. 2026-01-01T00:00:00Z (no '+' offset to be mangled in a query).
            query.addQueryItem(key, time->toUTC().toString(Qt::ISODate));
        }
    }
    if (!timeline.paginationToken.isEmpty()) {
        query.addQueryItem(u"pagination_token"_s, timeline.paginationToken);
    }
    send(QNetworkAccessManager::GetOperation, endpoint(apiBase, u"/2/users/%1/tweets"_s.arg(userId), query),
         credentials, Payload(), QDeadlineTimer(m_timeout, Qt::PreciseTimer), context, std::move(handle));
}

void XClient::finishLocally(const QObject *context, Exchange exchange, ExchangeCallback done)
{
    // Still asynchronous, so that callers see one behaviour whatever went wrong.
    const QPointer<const QObject> guard(context);
    const bool guarded = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [guard, guarded, exchange = std::move(exchange), done = std::move(done)] {
            if (guarded && !guard) {
                return;
            }
            done(exchange);
        },
        Qt::QueuedConnection);
}

void XClient::send(QNetworkAccessManager::Operation operation, const QUrl &url, const XCredentials &credentials,
                   const Payload &payload, QDeadlineTimer deadline, const QObject *context, ExchangeCallback done)
{
    Q_ASSERT_X(QThread::currentThread() == thread() && m_manager->thread() == thread(), "XClient",
               "the client, its manager and its callers must share one thread");
    const bool isPost = operation == QNetworkAccessManager::PostOperation;
    const char *method = isPost ? "POST" : "GET";

    // The last moment a request may still be refused for certain: past the deadline nothing leaves.
    if (deadline.hasExpired()) {
        qCWarning(lcX, "%s %s %s not sent: its time ran out before it could leave", method, qUtf8Printable(url.host()),
                  qUtf8Printable(url.path()));
        Exchange refused;
        refused.localCategory = XErrorCategory::Timeout;
        refused.localMessage = tr("Not sent: its time ran out before it could leave this computer. Nothing was "
                                  "published.");
        finishLocally(context, std::move(refused), std::move(done));
        return;
    }

    QString signError;
    // OAuth 2.0 when the account signed in with X (its bearer token, kept fresh by OAuth2Tokens before
    // the claim), else the OAuth 1.0a signature over the method, URL and query.
    const QByteArray authorization = credentials.isOAuth2()
        ? bearerHeader(credentials, &signError)
        : OAuth1Signer::authorizationHeader(method, url, credentials, &signError);
    if (authorization.isEmpty()) {
        qCWarning(lcX, "%s %s %s not sent: cannot sign", method, qUtf8Printable(url.host()),
                  qUtf8Printable(url.path()));
        Exchange refused;
        refused.localCategory = credentials.isComplete() ? XErrorCategory::Validation : XErrorCategory::Auth;
        refused.localMessage = signError;
        finishLocally(context, std::move(refused), std::move(done));
        return;
    }

    QNetworkRequest request(url);
    request.setRawHeader("Authorization", authorization);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = nullptr;
    if (isPost && !payload.form.isEmpty()) {
        // Multipart (media): not part of the OAuth 1.0a signature, and harmless for Qt to resend.
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const FormField &field : payload.form) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QByteArrayLiteral("form-data; name=\"") + field.name + '"');
            if (!field.contentType.isEmpty()) {
                part.setHeader(QNetworkRequest::ContentTypeHeader, field.contentType);
            }
            part.setBody(field.data);
            multipart->append(part);
        }
        reply = m_manager->post(request, multipart);
        multipart->setParent(reply);
    } else if (isPost && payload.oneShot) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        // Unbuffered, with a length, so that Qt reads the body from OneShotBody and cannot replay it.
        request.setHeader(QNetworkRequest::ContentLengthHeader, payload.json.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        // HTTP/1.1 is where that no-resend behaviour is exercised (test_xclient); keep creates on it.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        auto *body = new OneShotBody(payload.json);
        reply = m_manager->post(request, body);
        body->setParent(reply);
    } else if (isPost) {
        if (!payload.json.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        }
        reply = m_manager->post(request, payload.json);
    } else {
        reply = m_manager->get(request);
    }
    m_replies.insert(reply);
    // Host and path only, taken now: the manager may have replaced a refused URL.
    const QString host = url.host();
    const QString path = url.path();
    qCDebug(lcX, "%s %s %s", method, qUtf8Printable(host), qUtf8Printable(path));

    auto state = std::make_shared<ReplyState>();
    const QPointer<const QObject> guard(context);
    const bool guarded = context != nullptr;

    // A hard deadline for the whole exchange (QNetworkRequest::setTransferTimeout only measures
    // inactivity, so a slow trickle could outlive the claim timeout that Recover assumes).
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    timer->setTimerType(Qt::PreciseTimer);
    timer->start(std::chrono::milliseconds(std::max<qint64>(0, deadline.remainingTime())));

    // "Did any byte leave?" decides between failed and unknown when no answer comes. Over TLS the
    // request follows the handshake at once, so a finished handshake already counts (erring to unknown).
    const auto markSent = [state] {
        state->requestSent = true;
    };
    connect(reply, &QNetworkReply::requestSent, this, markSent);
    connect(reply, &QNetworkReply::encrypted, this, markSent);
    connect(reply, &QNetworkReply::uploadProgress, this, [state](qint64 bytesSent, qint64) {
        if (bytesSent > 0) {
            state->requestSent = true;
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [reply, state] {
        readCapped(reply, *state);
        if (state->oversized) {
            reply->abort(); // stop downloading; finished() follows synchronously
        }
    });

    connect(reply, &QNetworkReply::finished, this,
            [this, reply, timer, state, guard, guarded, method, host, path, done = std::move(done)] {
                timer->stop();
                m_replies.remove(reply);
                readCapped(reply, *state);

                Exchange exchange;
                exchange.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                exchange.error = state->timedOut ? QNetworkReply::TimeoutError : reply->error();
                exchange.requestSent = state->requestSent;
                exchange.headers = reply->rawHeaderPairs();
                exchange.body = std::move(state->body);
                if (exchange.error == QNetworkReply::NoError) {
                    qCInfo(lcX, "%s %s %s -> %d", method, qUtf8Printable(host), qUtf8Printable(path),
                           exchange.httpStatus);
                } else {
                    // The error enum, not errorString(): Qt's text can contain the full URL.
                    qCInfo(lcX, "%s %s %s -> %d, network error %d%s%s", method, qUtf8Printable(host),
                           qUtf8Printable(path), exchange.httpStatus, int(exchange.error),
                           exchange.requestSent ? ", after sending" : ", before sending",
                           state->oversized ? ", answer too large" : "");
                }
                reply->deleteLater();

                if (guarded && !guard) {
                    return;
                }
                done(exchange);
            });
}

// One chunked (GIF) upload in progress: what every step needs, and the caller's guard.
struct XClient::GifUpload
{
    QUrl apiBase;
    XCredentials credentials;
    QByteArray bytes;
    QDeadlineTimer deadline;
    QPointer<const QObject> guard;
    bool guarded = false;
    MediaCallback callback;
    XMediaResult upload; // id, key and expiry from initialize, then finalize/STATUS

    // The context for the next step; null when the caller's context is gone (the chain then stops).
    bool gone() const { return guarded && !guard; }
    const QObject *context() const { return guard.data(); }
};

void XClient::finishMediaLocally(const QObject *context, XErrorCategory category, const QString &message,
                                 MediaCallback callback)
{
    Exchange refused;
    refused.localCategory = category;
    refused.localMessage = message;
    finishLocally(context, std::move(refused), [callback = std::move(callback)](const Exchange &exchange) {
        XMediaResult result;
        result.category = exchange.localCategory;
        result.message = exchange.localMessage;
        callback(result);
    });
}

// A media step's answer: a local refusal as a result, else X's answer parsed.
XMediaResult XClient::mediaResult(const Exchange &exchange, bool needsId, XMediaProcessing *processing)
{
    if (exchange.localCategory != XErrorCategory::None) {
        XMediaResult result;
        result.category = exchange.localCategory;
        result.message = exchange.localMessage;
        return result;
    }
    return XResponse::parseMedia(exchange.httpStatus, exchange.error, exchange.headers, exchange.body, needsId,
                                 processing);
}

void XClient::uploadMedia(const QUrl &apiBase, const XCredentials &credentials, const QByteArray &bytes,
                          const QString &mimeType, QDeadlineTimer deadline, const QObject *context,
                          MediaCallback callback)
{
    if (bytes.isEmpty()) {
        finishMediaLocally(context, XErrorCategory::Validation, tr("Not sent: the image is empty."),
                           std::move(callback));
        return;
    }
    if (mimeType == "image/gif"_L1) {
        auto job = std::make_shared<GifUpload>();
        job->apiBase = apiBase;
        job->credentials = credentials;
        job->bytes = bytes;
        job->deadline = deadline;
        job->guard = context;
        job->guarded = context != nullptr;
        job->callback = std::move(callback);
        gifInitialize(job);
        return;
    }
    if (mimeType != "image/jpeg"_L1 && mimeType != "image/png"_L1 && mimeType != "image/webp"_L1) {
        finishMediaLocally(context, XErrorCategory::Validation,
                           tr("Not sent: X takes JPEG, PNG, WebP or GIF images only."), std::move(callback));
        return;
    }
    Payload payload;
    payload.form = {{"media", bytes, "application/octet-stream"},
                    {"media_category", "tweet_image", {}},
                    {"media_type", mimeType.toLatin1(), {}}};
    send(QNetworkAccessManager::PostOperation, endpoint(apiBase, u"/2/media/upload"_s), credentials, payload, deadline,
         context,
         [callback = std::move(callback)](const Exchange &exchange) { callback(mediaResult(exchange, true)); });
}

void XClient::gifInitialize(const std::shared_ptr<GifUpload> &job)
{
    Payload payload;
    payload.json = QJsonDocument(QJsonObject {{u"media_type"_s, u"image/gif"_s},
                                              {u"total_bytes"_s, static_cast<qint64>(job->bytes.size())},
                                              {u"media_category"_s, u"tweet_gif"_s}})
                       .toJson(QJsonDocument::Compact);
    send(QNetworkAccessManager::PostOperation, endpoint(job->apiBase, u"/2/media/upload/initialize"_s),
         job->credentials, payload, job->deadline, job->context(), [this, job](const Exchange &exchange) {
             XMediaResult result = mediaResult(exchange, true);
             if (!result.ok) {
                 job->callback(result);
                 return;
             }
             job->upload = result;
             gifAppend(job, 0);
         });
}

void XClient::gifAppend(const std::shared_ptr<GifUpload> &job, int segment)
{
    if (job->gone()) {
        return;
    }
    const qsizetype offset = qsizetype(segment) * kMediaSegmentBytes;
    if (offset >= job->bytes.size()) {
        gifFinalize(job);
        return;
    }
    Payload payload;
    payload.form = {{"media", job->bytes.mid(offset, kMediaSegmentBytes), "application/octet-stream"},
                    {"segment_index", QByteArray::number(segment), {}}};
    send(QNetworkAccessManager::PostOperation,
         endpoint(job->apiBase, u"/2/media/upload/%1/append"_s.arg(job->upload.mediaId)), job->credentials, payload,
         job->deadline, job->context(), [this, job, segment](const Exchange &exchange) {
             const XMediaResult result = mediaResult(exchange, false);
             if (!result.ok) {
                 job->callback(result);
                 return;
             }
             gifAppend(job, segment + 1);
         });
}

void XClient::gifFinalize(const std::shared_ptr<GifUpload> &job)
{
    send(QNetworkAccessManager::PostOperation,
         endpoint(job->apiBase, u"/2/media/upload/%1/finalize"_s.arg(job->upload.mediaId)), job->credentials, Payload(),
         job->deadline, job->context(), [this, job](const Exchange &exchange) {
             XMediaProcessing processing;
             const XMediaResult result = mediaResult(exchange, false, &processing);
             if (!result.ok) {
                 job->callback(result);
                 return;
             }
             gifWait(job, result, processing);
         });
}

void XClient::gifStatus(const std::shared_ptr<GifUpload> &job)
{
    if (job->gone()) {
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"media_id"_s, job->upload.mediaId);
    query.addQueryItem(u"command"_s, u"STATUS"_s);
    send(QNetworkAccessManager::GetOperation, endpoint(job->apiBase, u"/2/media/upload"_s, query), job->credentials,
         Payload(), job->deadline, job->context(), [this, job](const Exchange &exchange) {
             XMediaProcessing processing;
             const XMediaResult result = mediaResult(exchange, false, &processing);
             if (!result.ok) {
                 job->callback(result);
                 return;
             }
             gifWait(job, result, processing);
         });
}

void XClient::gifWait(const std::shared_ptr<GifUpload> &job, const XMediaResult &step,
                      const XMediaProcessing &processing)
{
    XMediaResult result = job->upload;
    result.httpStatus = step.httpStatus;
    if (step.expiresAfterSecs > 0) {
        result.expiresAfterSecs = step.expiresAfterSecs;
    }
    if (!step.mediaKey.isEmpty()) {
        result.mediaKey = step.mediaKey;
    }
    // No processing_info means there is nothing left to process.
    if (processing.state.isEmpty() || processing.state == "succeeded"_L1) {
        job->callback(result);
        return;
    }
    if (processing.state != "pending"_L1 && processing.state != "in_progress"_L1) {
        result.ok = false;
        result.category = XErrorCategory::Validation;
        result.message = tr("X could not process the GIF; it was not attached.");
        job->callback(result);
        return;
    }
    const qint64 waitMs = qint64(std::max(1, processing.checkAfterSecs)) * 1000;
    if (!job->deadline.isForever() && job->deadline.remainingTime() < waitMs) {
        result.ok = false;
        result.category = XErrorCategory::Timeout;
        result.message = tr("X was still processing the GIF when its time ran out.");
        job->callback(result);
        return;
    }
    QTimer::singleShot(std::chrono::milliseconds(waitMs), this, [this, job] { gifStatus(job); });
}

void XClient::setMediaAltText(const QUrl &apiBase, const XCredentials &credentials, const QString &mediaId,
                              const QString &alt, QDeadlineTimer deadline, const QObject *context,
                              MediaCallback callback)
{
    if (!XResponse::isValidPostId(mediaId)) {
        finishMediaLocally(context, XErrorCategory::Validation, tr("Not sent: the image has no valid X media id."),
                           std::move(callback));
        return;
    }
    if (alt.toUcs4().size() > kMaxAltTextLength) {
        finishMediaLocally(context, XErrorCategory::Validation,
                           tr("Not sent: X takes alt text of at most %1 characters.").arg(kMaxAltTextLength),
                           std::move(callback));
        return;
    }
    Payload payload;
    payload.json =
        QJsonDocument(QJsonObject {{u"id"_s, mediaId},
                                   {u"metadata"_s, QJsonObject {{u"alt_text"_s, QJsonObject {{u"text"_s, alt}}}}}})
            .toJson(QJsonDocument::Compact);
    send(QNetworkAccessManager::PostOperation, endpoint(apiBase, u"/2/media/metadata"_s), credentials, payload,
         deadline, context, [mediaId, callback = std::move(callback)](const Exchange &exchange) {
             XMediaResult result = mediaResult(exchange, false);
             if (result.ok) {
                 result.mediaId = mediaId;
             }
             callback(result);
         });
}

} // namespace EpisodeDesk::Models
