// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"
#include "x/xresponse.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>

namespace EpisodeDesk::Models {

// Which part of a timeline GET /2/users/{id}/tweets lists. Invalid times and an empty token are
// left out of the request.
struct XTimelineQuery
{
    QDateTime startTime; // start_time: the oldest post listed (inclusive, whole seconds)
    QDateTime endTime; // end_time: the newest post listed (inclusive, whole seconds)
    QString paginationToken; // meta.next_token of the previous page (XUserTweetsResult::nextToken)
};

// Asynchronous client for the three X API v2 calls of the posting protocol (DESIGN.md steps 2 and 5).
//
//     XClient client(&manager);                       // manager: an XNetworkAccessManager, not owned
//     client.createPost(account.apiBaseUrl, keys, text, worker, [](const XCreateResult &result) {
//         // result.outcome decides posted / failed / unknown
//     });
//
// Each call takes a context object and a callback (KPX AsyncTask::runThenCallback style): the callback
// runs exactly once, later, on the client's thread, unless the context or the client is destroyed
// first (a null context guards nothing). It is never called from inside the call itself. The client,
// the manager and the context must all live in the calling thread (the posting worker's).
//
// At most once on the wire: Qt's HTTP layer silently resends a request whose connection dropped after
// sending and before an answer. A create therefore goes over HTTP/1.1 with a body Qt cannot rewind,
// which turns that resend into ContentReSendError, classified "may have published" (test_xclient
// closedAfterBodyIsNotResent shows the server would otherwise receive the post twice).
//
// Images (issue 13): uploadMedia() sends JPEG, PNG and WebP in one multipart request, a GIF in chunks
// (initialize, append segments of at most 1 MB, finalize, STATUS until X has processed it), all within
// one deadline; setMediaAltText() sets its alt text; createPost() with media ids attaches them. Media
// requests are harmless to repeat (an upload that was lost only leaves an unused id behind).
//
// Every request is signed with OAuth 1.0a (query signed, JSON or multipart body not), times out after timeout()
// (default 30 s, a hard deadline for the whole exchange, which step 4 "Recover" relies on) and reads at
// most kXMaxBodyBytes + 1 bytes of answer. Logs (category episodedesk.x) name only method, host, path and
// status; never keys, headers, query or body.
class XClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XClient)

public:
    using CreateCallback = std::function<void(const XCreateResult &)>;
    using UsersMeCallback = std::function<void(const XUsersMeResult &)>;
    using UserTweetsCallback = std::function<void(const XUserTweetsResult &)>;
    using MediaCallback = std::function<void(const XMediaResult &)>;

    static constexpr qsizetype kMediaSegmentBytes = 1024 * 1024; // append segments of a chunked upload
    static constexpr qsizetype kMaxAltTextLength = 1000; // characters, X's limit

    static constexpr std::chrono::milliseconds kDefaultTimeout {30000};

    explicit XClient(QNetworkAccessManager *manager, QObject *parent = nullptr);
    // Aborts requests still in flight without calling back; a post among them stays "posting" in the
    // database, which Recover turns into "unknown".
    ~XClient() override;

    std::chrono::milliseconds timeout() const;
    void setTimeout(std::chrono::milliseconds timeout);

    // POST {apiBase}/2/tweets with {"text": text}. `deadline` is the claim's lease: nothing is handed
    // to the network once it has expired (the answer is then "not sent"), and the request is aborted
    // when it expires (instead of after timeout()).
    void createPost(const QUrl &apiBase, const XCredentials &credentials, const QString &text, QDeadlineTimer deadline,
                    const QObject *context, CreateCallback callback);
    void createPost(const QUrl &apiBase, const XCredentials &credentials, const QString &text, const QObject *context,
                    CreateCallback callback);
    // The same with {"media":{"media_ids":[…]}} (1 to 4 ids from uploadMedia(); none: no media). A
    // refusal of the ids (expired, unknown) is NotPublished with XErrorCategory::Media: upload again.
    void createPost(const QUrl &apiBase, const XCredentials &credentials, const QString &text,
                    const QStringList &mediaIds, QDeadlineTimer deadline, const QObject *context,
                    CreateCallback callback);
    void createPost(const QUrl &apiBase, const XCredentials &credentials, const QString &text,
                    const QStringList &mediaIds, const QObject *context, CreateCallback callback);

    // Uploads an image: image/jpeg, image/png, image/webp one-shot (POST /2/media/upload, multipart,
    // media_category=tweet_image); image/gif chunked as tweet_gif, polling STATUS as check_after_secs
    // says. Every step within `deadline`; past it the result is Timeout. ok: mediaId and mediaKey.
    void uploadMedia(const QUrl &apiBase, const XCredentials &credentials, const QByteArray &bytes,
                     const QString &mimeType, QDeadlineTimer deadline, const QObject *context, MediaCallback callback);
    // POST /2/media/metadata {"id","metadata":{"alt_text":{"text"}}}; at most kMaxAltTextLength characters.
    void setMediaAltText(const QUrl &apiBase, const XCredentials &credentials, const QString &mediaId,
                         const QString &alt, QDeadlineTimer deadline, const QObject *context, MediaCallback callback);
    // GET {apiBase}/2/users/me.
    void usersMe(const QUrl &apiBase, const XCredentials &credentials, const QObject *context,
                 UsersMeCallback callback);
    // GET {apiBase}/2/users/{userId}/tweets?max_results=100&tweet.fields=created_at,entities,attachments
    // [&start_time=…][&end_time=…][&pagination_token=…], times as RFC 3339 in UTC.
    void userTweets(const QUrl &apiBase, const XCredentials &credentials, const QString &userId,
                    const XTimelineQuery &timeline, const QObject *context, UserTweetsCallback callback);

    int pendingRequests() const;

    // apiBase (scheme, host, port, optional path prefix) joined with path ("/2/tweets") and query.
    static QUrl endpoint(const QUrl &apiBase, const QString &path, const QUrlQuery &query = {});

private:
    // What a finished exchange reports, before the endpoint-specific parsing.
    struct Exchange
    {
        int httpStatus = 0;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        bool requestSent = false;
        XRawHeaders headers;
        QByteArray body;
        // Set when the request was never handed to the network (e.g. it could not be signed).
        XErrorCategory localCategory = XErrorCategory::None;
        QString localMessage;
    };
    using ExchangeCallback = std::function<void(const Exchange &)>;

    // One field of a multipart/form-data body.
    struct FormField
    {
        QByteArray name;
        QByteArray data;
        QByteArray contentType; // empty: a plain text field
    };
    // What a POST carries: JSON (`json`), a form (`form`, sent as QHttpMultiPart), or nothing.
    struct Payload
    {
        QByteArray json;
        QList<FormField> form;
        bool oneShot = false; // a create: a body Qt cannot rewind, over HTTP/1.1 (see above)
    };
    struct GifUpload;

    void send(QNetworkAccessManager::Operation operation, const QUrl &url, const XCredentials &credentials,
              const Payload &payload, QDeadlineTimer deadline, const QObject *context, ExchangeCallback done);
    void finishLocally(const QObject *context, Exchange exchange, ExchangeCallback done);
    static XMediaResult mediaResult(const Exchange &exchange, bool needsId, XMediaProcessing *processing = nullptr);
    void finishMediaLocally(const QObject *context, XErrorCategory category, const QString &message,
                            MediaCallback callback);
    void gifInitialize(const std::shared_ptr<GifUpload> &job);
    void gifAppend(const std::shared_ptr<GifUpload> &job, int segment);
    void gifFinalize(const std::shared_ptr<GifUpload> &job);
    void gifStatus(const std::shared_ptr<GifUpload> &job);
    void gifWait(const std::shared_ptr<GifUpload> &job, const XMediaResult &step, const XMediaProcessing &processing);

    QNetworkAccessManager *m_manager = nullptr; // not owned
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    QSet<QNetworkReply *> m_replies;
};

} // namespace EpisodeDesk::Models
