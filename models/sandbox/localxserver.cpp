// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/localxserver.h"

#include "sandbox/controlapi.h"
#include "sandbox/sandboxhttpserver.h"
#include "sandbox/timelinequery.h"
#include "sandbox/xroute.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrlQuery>

namespace EpisodeDesk::Models {

namespace {

Q_LOGGING_CATEGORY(lcSandbox, "episodedesk.sandbox")

// A rate-limit fault without resetAt resets when a real 15-minute window would.
constexpr int kWindow15Seconds = 15 * 60;

// The fields X accepts in a create body (additionalProperties is false): anything else is a 400.
const QStringList &knownCreateFields()
{
    static const QStringList fields {
        QStringLiteral("text"),
        QStringLiteral("reply"),
        QStringLiteral("media"),
        QStringLiteral("quote_tweet_id"),
        QStringLiteral("poll"),
        QStringLiteral("reply_settings"),
        QStringLiteral("geo"),
        QStringLiteral("for_super_followers_only"),
        QStringLiteral("share_with_followers"),
        QStringLiteral("nullcast"),
        QStringLiteral("card_uri"),
        QStringLiteral("community_id"),
        QStringLiteral("direct_message_deep_link"),
        QStringLiteral("made_with_ai"),
        QStringLiteral("paid_partnership"),
        QStringLiteral("edit_options"),
    };
    return fields;
}

// The text of a create body, or the 400 X answers: the sandbox posts text (with media, checked by
// SandboxMedia::attach, but no polls), so text is always required.
std::optional<QString> createText(const QByteArray &data, SandboxReply *refusal)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *refusal = SandboxReply::invalid({}, QStringLiteral("Request body is not valid JSON."));
        return std::nullopt;
    }
    const QJsonObject body = document.object();
    const QStringList keys = body.keys();
    for (const QString &key : keys) {
        if (!knownCreateFields().contains(key)) {
            *refusal =
                SandboxReply::invalid(key,
                                      QStringLiteral("The property '%1' is not defined and the schema does not allow "
                                                     "additional properties.")
                                          .arg(key));
            return std::nullopt;
        }
    }
    const QJsonValue text = body.value(QStringLiteral("text"));
    if (!text.isString() || text.toString().trimmed().isEmpty()) {
        *refusal = SandboxReply::invalid(QStringLiteral("text"), QStringLiteral("Post text must not be empty."));
        return std::nullopt;
    }
    return text.toString();
}

} // namespace

LocalXServer::LocalXServer(QObject *parent)
    : QObject(parent),
      m_http(new SandboxHttpServer([this](const SandboxExchangePtr &exchange) { dispatch(exchange); }, this)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

LocalXServer::~LocalXServer() = default;

bool LocalXServer::listen(quint16 port)
{
    if (isListening()) {
        m_errorString = tr("The sandbox server is already listening.");
        return false;
    }
    QString error;
    if (!m_http->listenOnLoopback(port, &error)) {
        m_errorString = tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(error);
        return false;
    }
    m_errorString.clear();
    return true;
}

bool LocalXServer::isListening() const
{
    return m_http->isListening();
}

quint16 LocalXServer::port() const
{
    return m_http->port();
}

QUrl LocalXServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QString LocalXServer::errorString() const
{
    return m_errorString;
}

void LocalXServer::addUser(const QString &userId, const QString &username, const QString &name,
                           const XCredentials &credentials)
{
    if (m_users.isEmpty()) {
        m_firstUserId = userId;
    }
    m_users.insert(userId, User {username, name});
    m_oauth.setKeys(userId, credentials);
}

void LocalXServer::setRateLimit(int per15min, int per24h)
{
    m_timeline.setRateLimit(per15min, per24h);
}

void LocalXServer::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock ? std::move(clock) : [] {
        return QDateTime::currentDateTimeUtc();
    };
}

QDateTime LocalXServer::now() const
{
    return m_clock().toUTC();
}

bool LocalXServer::setStorageFile(const QString &path)
{
    QString error;
    if (!m_timeline.setStorageFile(path, &error)) {
        m_errorString = tr("Cannot use %1 as sandbox storage: %2").arg(path, error);
        return false;
    }
    return true;
}

QString LocalXServer::storageFile() const
{
    return m_timeline.storageFile();
}

void LocalXServer::setControlApiEnabled(bool enabled)
{
    m_controlApiEnabled = enabled;
}

bool LocalXServer::controlApiEnabled() const
{
    return m_controlApiEnabled;
}

void LocalXServer::injectFault(const Fault &fault)
{
    m_faults.add(fault);
}

void LocalXServer::clearFaults()
{
    m_faults.clear();
}

int LocalXServer::pendingFaultCount() const
{
    return m_faults.pendingCount();
}

int LocalXServer::createRequestCount() const
{
    return m_createRequestCount;
}

int LocalXServer::storedPostCount() const
{
    return static_cast<int>(posts().size());
}

QList<LocalXServer::Post> LocalXServer::posts() const
{
    QList<Post> result;
    QString error;
    if (!m_timeline.posts(&result, &error)) {
        qCWarning(lcSandbox) << "Cannot read the sandbox storage:" << error;
    }
    return result;
}

void LocalXServer::setMediaLifetime(std::chrono::seconds lifetime)
{
    m_media.setLifetime(lifetime);
}

void LocalXServer::expireMedia()
{
    m_media.expire({}, now());
}

int LocalXServer::mediaUploadCount() const
{
    return m_mediaUploadCount;
}

int LocalXServer::mediaMetadataCount() const
{
    return m_mediaMetadataCount;
}

std::optional<LocalXServer::UploadedMedia> LocalXServer::uploadedMedia(const QString &mediaId) const
{
    return m_media.upload(mediaId);
}

void LocalXServer::addOAuth2Client(const QString &clientId)
{
    m_grants.addClient(clientId);
}

void LocalXServer::setOAuth2RedirectUris(const QString &clientId, const QStringList &uris)
{
    m_grants.setRedirectUris(clientId, uris);
}

void LocalXServer::setOAuth2SignInUser(const QString &userId)
{
    m_signInUserId = userId;
}

void LocalXServer::setAuthorizationCodeLifetime(std::chrono::milliseconds lifetime)
{
    m_grants.setCodeLifetime(lifetime);
}

void LocalXServer::setAccessTokenLifetime(std::chrono::seconds lifetime)
{
    m_grants.setAccessTokenLifetime(lifetime);
}

QUrl LocalXServer::authorizeUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/i/oauth2/authorize"));
    return url;
}

QUrl LocalXServer::tokenUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/2/oauth2/token"));
    return url;
}

QUrl LocalXServer::revokeUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/2/oauth2/revoke"));
    return url;
}

int LocalXServer::tokenRequestCount(const QString &grantType) const
{
    return m_grants.tokenRequestCount(grantType);
}

int LocalXServer::invalidGrantCount() const
{
    return m_grants.invalidGrantCount();
}

void LocalXServer::expireAccessTokens()
{
    m_grants.expireAccessTokens(now());
}

void LocalXServer::revokeOAuth2Grants()
{
    m_grants.revokeAll();
}

void LocalXServer::dispatch(const SandboxExchangePtr &exchange)
{
    const SandboxRequest &request = exchange->request;
    const XRoute route = XRoute::of(request.method, request.url.path());
    switch (route.target) {
    case XRoute::Target::NotFound:
        SandboxHttpServer::respond(exchange, SandboxReply::notFound());
        return;
    case XRoute::Target::Control:
        SandboxHttpServer::respond(exchange, SandboxControlApi(*this).handle(request));
        return;
    case XRoute::Target::Endpoint:
        break;
    }
    if (route.endpoint == Endpoint::CreateTweet) {
        // Counted before anything can fail, so that tests can prove how many attempts reached "X".
        ++m_createRequestCount;
        Q_EMIT createRequestReceived();
    } else if (route.endpoint == Endpoint::MediaUpload && SandboxMedia::startsUpload(request)) {
        ++m_mediaUploadCount;
    } else if (route.endpoint == Endpoint::MediaMetadata) {
        ++m_mediaMetadataCount;
    }
    // An ExpiredCode fault waits for a code exchange; a refresh passes it by.
    std::function<bool(const Fault &)> applies;
    if (route.endpoint == Endpoint::Token) {
        const QString grantType = OAuth2Grants::grantTypeOf(request);
        m_grants.countTokenRequest(grantType);
        applies = [grantType](const Fault &fault) {
            return fault.kind != FaultKind::ExpiredCode || grantType == QLatin1String("authorization_code");
        };
    }
    if (const auto fault = m_faults.take(route.endpoint, applies)) {
        qCDebug(lcSandbox) << "Applying fault" << SandboxFault::name(fault->kind) << "to" << request.method
                           << request.url.path();
        applyFault(exchange, route, *fault);
        return;
    }
    SandboxHttpServer::respond(exchange, process(request, route));
}

void LocalXServer::applyFault(const SandboxExchangePtr &exchange, const XRoute &route, const Fault &fault)
{
    switch (fault.kind) {
    case FaultKind::Delay:
        // The work happens after the delay even if the client has gone by then, as it would at X:
        // a client that timed out cannot know whether its post exists.
        QTimer::singleShot(fault.delayMs, this, [this, exchange, route] {
            SandboxHttpServer::respond(exchange, process(exchange->request, route));
        });
        return;
    case FaultKind::Hang:
        // The exchange is forgotten; the connection stays open until the client gives up.
        return;
    case FaultKind::DropBeforeCreate:
        SandboxHttpServer::respond(exchange, SandboxReply::drop());
        return;
    case FaultKind::ServerErrorAfterCreate:
    case FaultKind::DropAfterCreate: {
        const SandboxReply done = process(exchange->request, route);
        if (!done.isSuccess()) {
            SandboxHttpServer::respond(exchange, done); // nothing was done: the real answer is as good as any
        } else if (fault.kind == FaultKind::DropAfterCreate) {
            SandboxHttpServer::respond(exchange, SandboxReply::drop());
        } else {
            SandboxHttpServer::respond(exchange, SandboxReply::serviceUnavailable());
        }
        return;
    }
    case FaultKind::ExpiredMedia:
        // As if the ids' time had run out just before the create: the create then refuses them itself.
        if (route.endpoint == Endpoint::CreateTweet) {
            const QStringList ids = SandboxMedia::idsInCreate(exchange->request.body);
            if (!ids.isEmpty()) {
                m_media.expire(ids, now());
            }
        }
        SandboxHttpServer::respond(exchange, process(exchange->request, route));
        return;
    case FaultKind::ExpiredCode:
    case FaultKind::InvalidGrant:
        SandboxHttpServer::respond(exchange,
                                   m_grants.token(exchange->request, now(),
                                                  fault.kind == FaultKind::ExpiredCode
                                                      ? OAuth2Grants::Forced::ExpiredCode
                                                      : OAuth2Grants::Forced::InvalidGrant));
        return;
    default:
        SandboxHttpServer::respond(exchange, faultReply(fault));
        return;
    }
}

SandboxReply LocalXServer::faultReply(const Fault &fault) const
{
    switch (fault.kind) {
    case FaultKind::RateLimited: {
        SandboxReply reply = SandboxReply::tooManyRequests();
        const QDateTime resetAt = fault.resetAt.isValid() ? fault.resetAt : now().addSecs(kWindow15Seconds);
        reply.setRateLimitHeaders({m_timeline.per15min(), 0, resetAt, m_timeline.per24h(), 0, resetAt});
        return reply;
    }
    case FaultKind::UsageCapped:
        return SandboxReply::usageCapped();
    case FaultKind::Unauthorized:
        return SandboxReply::unauthorized();
    case FaultKind::Duplicate:
        return SandboxReply::duplicate();
    default: // ServerError, and any kind applyFault() did not handle itself
        return SandboxReply::serviceUnavailable();
    }
}

QString LocalXServer::authenticate(const SandboxRequest &request, Endpoint endpoint, SandboxReply *refusal)
{
    QString why;
    QString userId;
    const QByteArray authorization = request.headers.value(QByteArrayLiteral("authorization")).trimmed();
    if (authorization.startsWith("Bearer ")) {
        const auto bearer = m_grants.verifyBearer(QString::fromLatin1(authorization.mid(7).trimmed()), now(), &why);
        if (bearer) {
            // X's documented scopes per endpoint (X_API_NOTES.md): media.write for media, else users.read
            // and tweet.read everywhere.
            QStringList needed {QStringLiteral("tweet.read"), QStringLiteral("users.read")};
            if (endpoint == Endpoint::CreateTweet) {
                needed.append(QStringLiteral("tweet.write"));
            } else if (endpoint == Endpoint::MediaUpload || endpoint == Endpoint::MediaMetadata) {
                needed = QStringList {QStringLiteral("media.write")};
            }
            for (const QString &scope : std::as_const(needed)) {
                if (!bearer->scopes.contains(scope)) {
                    qCInfo(lcSandbox) << "403 for" << request.method << request.url.path() << "- no scope" << scope;
                    *refusal = SandboxReply::forbidden();
                    return {};
                }
            }
            userId = bearer->userId;
        }
    } else {
        userId = m_oauth.verify(request, &why);
    }
    if (userId.isEmpty()) {
        // The reason stays in the log: X itself only ever says "Unauthorized".
        qCInfo(lcSandbox) << "401 for" << request.method << request.url.path() << "-" << why;
        *refusal = SandboxReply::unauthorized();
    }
    return userId;
}

SandboxReply LocalXServer::process(const SandboxRequest &request, const XRoute &route)
{
    // The OAuth 2.0 endpoints authenticate by their parameters, not by a header.
    switch (route.endpoint) {
    case Endpoint::Authorize: {
        const QString signIn = m_signInUserId.isEmpty() ? m_firstUserId : m_signInUserId;
        return m_grants.authorize(request, m_users.contains(signIn) ? signIn : QString(), now());
    }
    case Endpoint::Token:
        return m_grants.token(request, now());
    case Endpoint::Revoke:
        return m_grants.revoke(request);
    default:
        break;
    }
    SandboxReply refusal;
    const QString userId = authenticate(request, route.endpoint, &refusal);
    if (userId.isEmpty()) {
        return refusal;
    }
    switch (route.endpoint) {
    case Endpoint::CreateTweet:
        return createTweet(request, userId);
    case Endpoint::UsersMe:
        return usersMe(userId);
    case Endpoint::UserTweets:
        return userTweets(request, route.userId);
    case Endpoint::MediaUpload:
    case Endpoint::MediaMetadata:
        return m_media.handle(request, userId, now());
    default:
        break;
    }
    return SandboxReply::notFound();
}

SandboxReply LocalXServer::createTweet(const SandboxRequest &request, const QString &userId)
{
    SandboxReply reply;
    const std::optional<QString> text = createText(request.body, &reply);
    if (!text) {
        return reply;
    }
    QStringList mediaIds;
    QStringList mediaKeys;
    if (!m_media.attach(request.body, userId, now(), &mediaIds, &mediaKeys, &reply)) {
        return reply;
    }
    TimelineStore::Created created;
    QString error;
    if (!m_timeline.create(userId, *text, now(), &created, &error, mediaIds, mediaKeys)) {
        qCWarning(lcSandbox) << "Sandbox storage failed:" << error;
        return SandboxReply::serviceUnavailable();
    }
    switch (created.outcome) {
    case TimelineStore::Outcome::RateLimited:
        reply = SandboxReply::tooManyRequests();
        break;
    case TimelineStore::Outcome::Duplicate:
        reply = SandboxReply::duplicate();
        break;
    case TimelineStore::Outcome::Stored:
        reply = SandboxReply::json(
            201,
            QJsonObject {{QStringLiteral("data"),
                          QJsonObject {
                              {QStringLiteral("id"), created.post.id},
                              {QStringLiteral("text"), created.post.text},
                              {QStringLiteral("edit_history_tweet_ids"), QJsonArray {created.post.id}},
                          }}});
        break;
    }
    reply.setRateLimitHeaders(created.limits);
    if (created.outcome == TimelineStore::Outcome::Stored) {
        qCDebug(lcSandbox) << "Stored post" << created.post.id << "for user" << userId;
        Q_EMIT postStored(created.post.id);
    }
    return reply;
}

SandboxReply LocalXServer::usersMe(const QString &userId) const
{
    const User user = m_users.value(userId);
    return SandboxReply::json(200,
                              QJsonObject {{QStringLiteral("data"),
                                            QJsonObject {
                                                {QStringLiteral("id"), userId},
                                                {QStringLiteral("name"), user.name},
                                                {QStringLiteral("username"), user.username},
                                            }}});
}

SandboxReply LocalXServer::userTweets(const SandboxRequest &request, const QString &userId) const
{
    QString parameter;
    QString message;
    auto query = TimelineQuery::fromUrlQuery(QUrlQuery(request.url), &parameter, &message);
    if (!query) {
        return SandboxReply::invalid(parameter, message);
    }
    query->username = m_users.value(userId).username;
    QList<Post> newestFirst;
    QString error;
    if (!m_timeline.timeline(userId, &newestFirst, &error)) {
        qCWarning(lcSandbox) << "Sandbox storage failed:" << error;
        return SandboxReply::serviceUnavailable();
    }
    return SandboxReply::json(200, query->page(newestFirst));
}

} // namespace EpisodeDesk::Models
