// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"
#include "sandbox/faultplan.h"
#include "sandbox/oauth2grants.h"
#include "sandbox/oauthcheck.h"
#include "sandbox/sandboxmedia.h"
#include "sandbox/timelinestore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace EpisodeDesk::Models {

class SandboxHttpServer;
struct SandboxExchange;
struct XRoute;
using SandboxExchangePtr = std::shared_ptr<SandboxExchange>;

// An X-API-v2-compatible server on 127.0.0.1: what Sandbox accounts post to inside the app, and what
// every posting test posts to.
//
//   LocalXServer server;
//   server.addUser(QStringLiteral("1001"), QStringLiteral("sandbox"), QStringLiteral("Sandbox"), creds);
//   server.setStorageFile(dir.filePath(QStringLiteral("sandbox.json"))); // optional: shared timeline
//   if (!server.listen())
//       qWarning() << server.errorString();
//   // sign requests for server.baseUrl() with OAuth 1.0a, as for https://api.x.com
//   server.injectFault({.kind = LocalXServer::FaultKind::DropAfterCreate});
//
// Endpoints (X's shapes, see X_API_NOTES.md): POST /2/tweets (with media.media_ids), GET /2/users/me,
// GET /2/users/{id}/tweets (max_results, start_time, end_time, since_id, until_id, pagination_token;
// tweet.fields or post.fields created_at and entities, whose urls sandbox/tcolinks.h builds). Every one needs a valid
// OAuth 1.0a HMAC-SHA1 Authorization header for a registered user (a nonce+timestamp is accepted once),
// or `Authorization: Bearer <access token>` of a live OAuth 2.0 grant, whose user it then acts for; a
// bearer needs the scopes X documents (create: tweet.read tweet.write users.read; users/me and a
// timeline: tweet.read users.read; media: media.write), else 403 {"title":"Forbidden",…,"detail":"Forbidden"}.
// Media (sandbox/sandboxmedia.h): POST /2/media/upload (one-shot), …/initialize, …/{id}/append,
// …/{id}/finalize, GET /2/media/upload?command=STATUS, POST /2/media/metadata (alt text). A post with
// media gets X's trailing media link (sandbox/tcolinks.h) and, with tweet.fields=attachments,
// attachments.media_keys. Uploads are shared through the storage file like the posts.
//
// OAuth 2.0 Authorization Code with PKCE for public clients (addOAuth2Client), in sandbox/oauth2grants.h:
//   GET  /i/oauth2/authorize?response_type=code&client_id&redirect_uri&scope&state&code_challenge
//        &code_challenge_method=S256|plain -> 302 Location: redirect_uri?state=…&code=… at once, signed in
//        as setOAuth2SignInUser() (default: the first user added). Unknown client or redirect: 400 text;
//        other bad parameters: 302 with error=invalid_request&error_description&state.
//   POST /2/oauth2/token  (form) grant_type=authorization_code&code&client_id&redirect_uri&code_verifier
//        or grant_type=refresh_token&refresh_token&client_id -> 200 {"token_type":"bearer","expires_in",
//        "access_token","scope"[,"refresh_token" with offline.access]}. Codes are single-use and live 30 s;
//        refresh tokens rotate, and replaying a used one revokes the grant. Errors: 400 {"error":
//        "invalid_request"|"invalid_grant"|"invalid_client"|"unsupported_grant_type","error_description"}.
//   POST /2/oauth2/revoke (form) token&client_id -> 200 {"revoked":true}
// Codes, grants and the token counters are shared through the storage file like the posts.
//
// Control API (no OAuth; only while controlApiEnabled()), so another process can steer the server:
//   POST   /_sandbox/faults      {"kind":"DropAfterCreate","count":1,"delayMs":0,"resetAt":<unix s|ISO>,
//                                 "endpoint":"CreateTweet"}  or an array of those  -> 201
//   DELETE /_sandbox/faults      -> 200
//   GET    /_sandbox/stats       -> {"createRequestCount","storedPostCount","pendingFaultCount",
//                                    "tokenRequests","refreshRequests","invalidGrants"}
//   POST   /_sandbox/users       {"id","username","name","consumerKey","consumerSecret","accessToken",
//                                 "accessTokenSecret"} -> 201
//   GET    /_sandbox/posts       -> {"data":[{"id","user_id","text","sent_text","created_at"}]} oldest first
//   POST   /_sandbox/rate-limit  {"per15min":100,"per24h":10000} -> 200
//   POST   /_sandbox/clock       {"offsetMs":<ms>} -> 200: the clock becomes system time + offset
//   POST   /_sandbox/oauth2/clients {"clientId","redirectUris":[…] optional,"signInUser" optional} -> 201
//   POST   /_sandbox/oauth2/expire-access-tokens -> 200;  POST /_sandbox/oauth2/revoke-grants -> 200
// Kind and endpoint names are the enumerator names of SandboxFault (sandbox/faultplan.h), matched
// case-insensitively. The parts: sandboxhttpserver (HTTP), xroute (which endpoint), oauthcheck,
// faultplan, timelinestore and timelinequery (posts, listing, storage file), controlapi.
// Like any QObject, use it from the thread it lives in (it may be moved to a thread of its own).
class LocalXServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalXServer)

public:
    // Which requests a fault applies to: CreateTweet, UsersMe, UserTweets, Token, Authorize, Revoke,
    // MediaUpload (one-shot, every chunked step and STATUS), MediaMetadata or Any.
    using Endpoint = SandboxFault::Endpoint;
    // Delay, Hang, ServerError, ServerErrorAfterCreate, DropBeforeCreate, DropAfterCreate,
    // RateLimited, UsageCapped, Unauthorized, Duplicate, ExpiredCode, InvalidGrant, ExpiredMedia: see
    // sandbox/faultplan.h.
    using FaultKind = SandboxFault::Kind;
    // Applies to the next `count` requests on `endpoint`. Faults queue in order: a request takes the
    // first queued fault whose endpoint matches. An aggregate, so tests can write
    // injectFault({.kind = FaultKind::Delay, .delayMs = 200}).
    using Fault = SandboxFault;
    // id, userId, text (as X returns it), sentText (as sent), createdAt: see sandbox/timelinestore.h.
    using Post = SandboxPost;
    // bytes, mimeType, mediaKey, alt, ownerUserId, expiresAt, ready, …: see sandbox/sandboxmedia.h.
    using UploadedMedia = SandboxUploadedMedia;

    explicit LocalXServer(QObject *parent = nullptr);
    ~LocalXServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free one.
    bool listen(quint16 port = 0);
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString errorString() const;

    // Registers (or replaces, by user id) an account the server accepts signatures for.
    void addUser(const QString &userId, const QString &username, const QString &name, const XCredentials &credentials);

    // Limits of POST /2/tweets per user, defaults 100 per 15 minutes and 10,000 per 24 hours.
    void setRateLimit(int per15min, int per24h);

    // Time as the server sees it (created_at, ids, rate-limit windows). Delays still run in real time.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    // Keeps posts, the id counter and rate-limit windows in a JSON file shared by every server that
    // uses it (read-modify-written under a QLockFile per request). Empty path: in memory (the default).
    // Fails, leaving the setting unchanged, when the file exists but cannot be read.
    bool setStorageFile(const QString &path);
    QString storageFile() const;

    void setControlApiEnabled(bool enabled);
    bool controlApiEnabled() const;

    void injectFault(const Fault &fault);
    void clearFaults();
    int pendingFaultCount() const; // requests still to be faulted (the sum of the queued counts)

    // Every POST /2/tweets that reached this server, whatever became of it.
    int createRequestCount() const;
    // Posts stored (in the storage file, when there is one: all servers sharing it count).
    int storedPostCount() const;
    QList<Post> posts() const; // oldest first

    // Media. How long an upload can be attached, by now(); default 86400 s (X's expires_after_secs).
    void setMediaLifetime(std::chrono::seconds lifetime);
    void expireMedia(); // every upload expires now
    // One-shot uploads and initializes that reached this server (before any fault), whatever became of them.
    int mediaUploadCount() const;
    int mediaMetadataCount() const; // POST /2/media/metadata requests that reached this server
    std::optional<UploadedMedia> uploadedMedia(const QString &mediaId) const;

    // OAuth 2.0. Registers a public ("Native App") client: no secret; only registered ids are accepted.
    void addOAuth2Client(const QString &clientId);
    // Without a list (the default) any http://127.0.0.1 redirect_uri is accepted; with one, X's exact
    // match (trailing slash included) is required.
    void setOAuth2RedirectUris(const QString &clientId, const QStringList &uris);
    // The registered user the authorize page signs in (auto-approved). Default: the first user added.
    void setOAuth2SignInUser(const QString &userId);
    void setAuthorizationCodeLifetime(std::chrono::milliseconds lifetime); // default 30 s, by now()
    void setAccessTokenLifetime(std::chrono::seconds lifetime); // default 7200 s, by now()
    QUrl authorizeUrl() const; // baseUrl() + /i/oauth2/authorize
    QUrl tokenUrl() const; // baseUrl() + /2/oauth2/token
    QUrl revokeUrl() const; // baseUrl() + /2/oauth2/revoke

    // Token requests that reached a server (before any fault), all or of one grant_type
    // ("authorization_code", "refresh_token"); the invalid_grant answers. Shared through the storage
    // file like storedPostCount().
    int tokenRequestCount(const QString &grantType = {}) const;
    int invalidGrantCount() const;
    void expireAccessTokens(); // every live access token expires now; refresh tokens stay valid
    void revokeOAuth2Grants(); // every grant: its access and refresh tokens stop working

Q_SIGNALS:
    void createRequestReceived();
    void postStored(const QString &postId);

private:
    // What GET /2/users/me says about an account; its keys are m_oauth's.
    struct User
    {
        QString username;
        QString name;
    };

    void dispatch(const SandboxExchangePtr &exchange);
    void applyFault(const SandboxExchangePtr &exchange, const XRoute &route, const Fault &fault);
    SandboxReply faultReply(const Fault &fault) const;
    SandboxReply process(const SandboxRequest &request, const XRoute &route);
    SandboxReply createTweet(const SandboxRequest &request, const QString &userId);
    SandboxReply usersMe(const QString &userId) const;
    SandboxReply userTweets(const SandboxRequest &request, const QString &userId) const;
    // The user a request acts for (OAuth 1.0a or a bearer with the endpoint's scopes), or the refusal.
    QString authenticate(const SandboxRequest &request, Endpoint endpoint, SandboxReply *refusal);

    SandboxHttpServer *m_http = nullptr; // child: moves to the server's thread with it
    OAuthCheck m_oauth;
    FaultPlan m_faults;
    TimelineStore m_timeline;
    OAuth2Grants m_grants {m_timeline};
    SandboxMedia m_media {m_timeline};
    QHash<QString, User> m_users; // by user id
    QString m_signInUserId; // OAuth 2.0 authorize; empty: the first user added
    QString m_firstUserId;
    std::function<QDateTime()> m_clock;
    QString m_errorString;
    bool m_controlApiEnabled = true;
    int m_createRequestCount = 0;
    int m_mediaUploadCount = 0;
    int m_mediaMetadataCount = 0;
};

} // namespace EpisodeDesk::Models
