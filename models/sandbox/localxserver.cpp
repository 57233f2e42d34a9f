// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/localxserver.h"

#include "sandbox/tcolinks.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QOAuth1Signature>
#include <QPointer>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <optional>

namespace EpisodeDesk::Models {

namespace {

Q_LOGGING_CATEGORY(lcSandbox, "episodedesk.sandbox")

constexpr int kWindow15Seconds = 15 * 60;
constexpr int kWindow24Seconds = 24 * 60 * 60;
// How long a request waits for another process's hold on the storage file before answering 503.
constexpr int kLockTimeoutMs = 5000;
// Replayed nonces are caught among this many recent ones; enough for any test or sandbox session.
constexpr qsizetype kRememberedNonces = 10000;
// X only serves the most recent 3,200 posts of a timeline.
constexpr qsizetype kTimelineDepth = 3200;
// Twitter's snowflake epoch (2010-11-04T01:42:54.657Z): ids made from it look like real ones.
constexpr qint64 kSnowflakeEpochMs = Q_INT64_C(1288834974657);

// Bodies X has been observed to send, byte for byte (X_API_NOTES.md), key order included.
constexpr char kUnauthorizedBody[] =
    R"({"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"})";
constexpr char kDuplicateBody[] = R"({"detail":"You are not allowed to create a Tweet with duplicate content.",)"
                                  R"("type":"about:blank","title":"Forbidden","status":403})";
constexpr char kTooManyRequestsBody[] =
    R"({"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429})";
constexpr char kUsageCappedBody[] =
    R"({"title":"UsageCapExceeded","detail":"Usage cap exceeded: Monthly product cap",)"
    R"("type":"https://api.x.com/2/problems/usage-capped","period":"Monthly","scope":"Product"})";
constexpr char kServiceUnavailableBody[] =
    R"({"title":"Service Unavailable","detail":"Service Unavailable","type":"about:blank","status":503})";
constexpr char kNotFoundBody[] = R"({"errors":[{"message":"Sorry, that page does not exist","code":34}]})";

constexpr char kJsonType[] = "application/json; charset=utf-8";
constexpr char kProblemType[] = "application/problem+json";

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

struct RateWindow
{
    QDateTime start15;
    int used15 = 0;
    QDateTime start24;
    int used24 = 0;
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QOAuth1Signature::HttpRequestMethod signatureMethod(const QByteArray &method)
{
    if (method == "GET") {
        return QOAuth1Signature::HttpRequestMethod::Get;
    }
    if (method == "POST") {
        return QOAuth1Signature::HttpRequestMethod::Post;
    }
    if (method == "PUT") {
        return QOAuth1Signature::HttpRequestMethod::Put;
    }
    if (method == "DELETE") {
        return QOAuth1Signature::HttpRequestMethod::Delete;
    }
    if (method == "HEAD") {
        return QOAuth1Signature::HttpRequestMethod::Head;
    }
    return QOAuth1Signature::HttpRequestMethod::Custom;
}

// Compares without an early exit, so response timing does not reveal how much of a signature matched.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference = static_cast<char>(difference | (a.at(i) ^ b.at(i)));
    }
    return difference == 0;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QDateTime wholeSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

QString isoWithMs(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(text, Qt::ISODate);
    }
    return time.toUTC();
}

bool isDigits(const QString &text)
{
    return !text.isEmpty() && text.size() <= 19 &&
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

template<typename Enum> std::optional<Enum> enumFromName(const QString &name)
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        if (name.compare(QLatin1String(meta.key(i)), Qt::CaseInsensitive) == 0) {
            return static_cast<Enum>(meta.value(i));
        }
    }
    return std::nullopt;
}

template<typename Enum> QLatin1String enumName(Enum value)
{
    return QLatin1String(QMetaEnum::fromType<Enum>().valueToKey(static_cast<int>(value)));
}

} // namespace

// One HTTP request as the server keeps it: copied, because a delayed answer outlives the
// QHttpServerRequest, plus the way back to the client.
struct LocalXServer::Exchange
{
    QByteArray method;
    QUrl url;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
    // QHttpServer 6.4 deletes the socket (and the request the responder refers to) when the client
    // disconnects: the responder is only used while this pointer says the socket is still connected.
    QPointer<QTcpSocket> socket;
    std::optional<QHttpServerResponder> responder;
};

struct LocalXServer::Reply
{
    enum class Action
    {
        Respond,
        Drop,
        Hang
    };

    Action action = Action::Respond;
    int status = 200;
    QByteArray body;
    QByteArray contentType = kJsonType;
    QList<QPair<QByteArray, QByteArray>> headers;

    static Reply json(int status, const QJsonObject &body)
    {
        return {Action::Respond, status, compact(body), kJsonType, {}};
    }
    static Reply problem(int status, const QByteArray &body)
    {
        return {Action::Respond, status, body, kProblemType, {}};
    }
    static Reply drop() { return {Action::Drop, 0, {}, {}, {}}; }

    // X's 400 shape (x_api_v2_fixtures.json, error_invalid_request).
    static Reply invalid(const QString &parameter, const QString &message)
    {
        QJsonObject error {{QStringLiteral("message"), message}};
        if (!parameter.isEmpty()) {
            error.insert(QStringLiteral("parameters"), QJsonObject {{parameter, QJsonArray {QString()}}});
        }
        const QJsonObject body {
            {QStringLiteral("errors"), QJsonArray {error}},
            {QStringLiteral("title"), QStringLiteral("Invalid Request")},
            {QStringLiteral("detail"), QStringLiteral("One or more parameters to your request was invalid.")},
            {QStringLiteral("type"), QStringLiteral("https://api.x.com/2/problems/invalid-request")},
        };
        return {Action::Respond, 400, compact(body), kProblemType, {}};
    }
};

struct LocalXServer::State
{
    qint64 lastId = 0;
    QList<Post> posts; // in id order
    QHash<QString, RateWindow> windows; // by user id

    QByteArray toJson() const
    {
        QJsonArray postArray;
        for (const Post &post : posts) {
            postArray.append(QJsonObject {{QStringLiteral("id"), post.id},
                                          {QStringLiteral("userId"), post.userId},
                                          {QStringLiteral("text"), post.text},
                                          {QStringLiteral("sentText"), post.sentText},
                                          {QStringLiteral("createdAt"), isoWithMs(post.createdAt)}});
        }
        QJsonObject windowObject;
        for (auto it = windows.cbegin(); it != windows.cend(); ++it) {
            windowObject.insert(it.key(),
                                QJsonObject {{QStringLiteral("start15"), isoWithMs(it->start15)},
                                             {QStringLiteral("used15"), it->used15},
                                             {QStringLiteral("start24"), isoWithMs(it->start24)},
                                             {QStringLiteral("used24"), it->used24}});
        }
        // Ids are kept as strings: a JSON number is a double and would round a 19-digit id.
        return QJsonDocument(QJsonObject {{QStringLiteral("format"), 1},
                                          {QStringLiteral("lastId"), QString::number(lastId)},
                                          {QStringLiteral("posts"), postArray},
                                          {QStringLiteral("rateWindows"), windowObject}})
            .toJson(QJsonDocument::Indented);
    }

    bool fromJson(const QByteArray &data, QString *error)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
            document.object().value(QStringLiteral("format")).toInt() != 1) {
            *error = QStringLiteral("not a sandbox storage file (%1)").arg(parseError.errorString());
            return false;
        }
        const QJsonObject root = document.object();
        lastId = root.value(QStringLiteral("lastId")).toString().toLongLong();
        const QJsonArray postArray = root.value(QStringLiteral("posts")).toArray();
        for (const QJsonValue &value : postArray) {
            const QJsonObject object = value.toObject();
            posts.append(Post {
                object.value(QStringLiteral("id")).toString(), object.value(QStringLiteral("userId")).toString(),
                object.value(QStringLiteral("text")).toString(), object.value(QStringLiteral("sentText")).toString(),
                parseTime(object.value(QStringLiteral("createdAt")).toString())});
        }
        const QJsonObject windowObject = root.value(QStringLiteral("rateWindows")).toObject();
        for (auto it = windowObject.constBegin(); it != windowObject.constEnd(); ++it) {
            const QJsonObject object = it.value().toObject();
            windows.insert(it.key(),
                           RateWindow {parseTime(object.value(QStringLiteral("start15")).toString()),
                                       object.value(QStringLiteral("used15")).toInt(),
                                       parseTime(object.value(QStringLiteral("start24")).toString()),
                                       object.value(QStringLiteral("used24")).toInt()});
        }
        return true;
    }
};

// QAbstractHttpServer rather than QHttpServer's router: the 6.4 router answers inside the handler,
// while the sandbox must also answer late, never, or by closing the connection.
class LocalXServer::Backend final : public QAbstractHttpServer
{
public:
    explicit Backend(LocalXServer *owner) : QAbstractHttpServer(owner), m_owner(owner) { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        auto exchange = std::make_shared<Exchange>();
        exchange->method = methodName(request.method());
        exchange->url = request.url();
        const auto headers = request.headers();
        for (const auto &[name, value] : headers) {
            exchange->headers.insert(name.toLower(), value);
        }
        exchange->body = request.body();
        exchange->socket = socket;
        exchange->responder.emplace(makeResponder(request, socket));
        m_owner->dispatch(exchange);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override
    {
        // Never reached: handleRequest() takes every request.
    }

private:
    LocalXServer *m_owner;
};

LocalXServer::LocalXServer(QObject *parent)
    : QObject(parent),
      m_backend(new Backend(this)),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_memoryState(std::make_unique<State>())
{ }

LocalXServer::~LocalXServer() = default;

bool LocalXServer::listen(quint16 port)
{
    if (isListening()) {
        m_errorString = tr("The sandbox server is already listening.");
        return false;
    }
    // Our own QTcpServer, so that a failure keeps its reason (QAbstractHttpServer::listen() drops it).
    auto *tcpServer = new QTcpServer(m_backend);
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        m_errorString = tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcpServer->errorString());
        delete tcpServer;
        return false;
    }
    m_backend->bind(tcpServer);
    m_errorString.clear();
    qCInfo(lcSandbox, "Sandbox X server listening on 127.0.0.1:%u", tcpServer->serverPort());
    return true;
}

bool LocalXServer::isListening() const
{
    const auto servers = m_backend->servers();
    return std::any_of(servers.cbegin(), servers.cend(),
                       [](const QTcpServer *server) { return server->isListening(); });
}

quint16 LocalXServer::port() const
{
    const auto servers = m_backend->servers();
    return servers.isEmpty() ? 0 : servers.first()->serverPort();
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
    m_users.removeIf([&](const User &user) { return user.id == userId; });
    m_users.append(User {userId, username, name, credentials});
}

void LocalXServer::setRateLimit(int per15min, int per24h)
{
    m_per15min = per15min;
    m_per24h = per24h;
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
    if (!path.isEmpty() && QFile::exists(path)) {
        QFile file(path);
        State probe;
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !probe.fromJson(file.readAll(), &error)) {
            m_errorString =
                tr("Cannot use %1 as sandbox storage: %2").arg(path, error.isEmpty() ? file.errorString() : error);
            return false;
        }
    }
    m_storageFile = path;
    return true;
}

QString LocalXServer::storageFile() const
{
    return m_storageFile;
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
    if (fault.count <= 0) {
        return;
    }
    qCInfo(lcSandbox) << "Fault" << enumName(fault.kind) << "for the next" << fault.count << "requests on"
                      << enumName(fault.endpoint);
    m_faults.append(fault);
}

void LocalXServer::clearFaults()
{
    m_faults.clear();
}

int LocalXServer::pendingFaultCount() const
{
    int count = 0;
    for (const Fault &fault : m_faults) {
        count += fault.count;
    }
    return count;
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
    if (!withState(
            [&](State &state) {
                result = state.posts;
                return false;
            },
            &error)) {
        qCWarning(lcSandbox) << "Cannot read the sandbox storage:" << error;
    }
    return result;
}

bool LocalXServer::takeFault(Endpoint endpoint, Fault *fault)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (m_faults.at(i).endpoint == endpoint || m_faults.at(i).endpoint == Endpoint::Any) {
            *fault = m_faults.at(i);
            if (--m_faults[i].count <= 0) {
                m_faults.removeAt(i);
            }
            return true;
        }
    }
    return false;
}

void LocalXServer::dispatch(const ExchangePtr &exchange)
{
    const QString path = exchange->url.path();
    if (path.startsWith(QLatin1String("/_sandbox/"))) {
        respond(exchange, control(*exchange));
        return;
    }

    static const QRegularExpression userTweetsPath(QStringLiteral("^/2/users/[0-9]{1,19}/tweets$"));
    std::optional<Endpoint> endpoint;
    if (exchange->method == "POST" && path == QLatin1String("/2/tweets")) {
        endpoint = Endpoint::CreateTweet;
    } else if (exchange->method == "GET" && path == QLatin1String("/2/users/me")) {
        endpoint = Endpoint::UsersMe;
    } else if (exchange->method == "GET" && userTweetsPath.match(path).hasMatch()) {
        endpoint = Endpoint::UserTweets;
    }
    if (!endpoint) {
        respond(exchange, Reply::problem(404, kNotFoundBody));
        return;
    }
    if (*endpoint == Endpoint::CreateTweet) {
        // Counted before anything can fail, so that tests can prove how many attempts reached "X".
        ++m_createRequestCount;
        Q_EMIT createRequestReceived();
    }

    Fault fault;
    if (!takeFault(*endpoint, &fault)) {
        respond(exchange, process(*exchange, *endpoint));
        return;
    }
    qCDebug(lcSandbox) << "Applying fault" << enumName(fault.kind) << "to" << exchange->method << path;
    switch (fault.kind) {
    case FaultKind::Delay: {
        const Endpoint delayed = *endpoint;
        // The work happens after the delay even if the client has gone by then, as it would at X:
        // a client that timed out cannot know whether its post exists.
        QTimer::singleShot(fault.delayMs, this,
                           [this, exchange, delayed] { respond(exchange, process(*exchange, delayed)); });
        return;
    }
    case FaultKind::Hang:
        // The exchange is forgotten; the connection stays open until the client gives up.
        return;
    case FaultKind::DropBeforeCreate:
        respond(exchange, Reply::drop());
        return;
    case FaultKind::ServerErrorAfterCreate:
    case FaultKind::DropAfterCreate: {
        const Reply done = process(*exchange, *endpoint);
        if (done.status < 200 || done.status >= 300) {
            respond(exchange, done); // nothing was done: the real answer is as good as any
        } else if (fault.kind == FaultKind::DropAfterCreate) {
            respond(exchange, Reply::drop());
        } else {
            respond(exchange, Reply::problem(503, kServiceUnavailableBody));
        }
        return;
    }
    default:
        respond(exchange, faultReply(fault));
        return;
    }
}

LocalXServer::Reply LocalXServer::faultReply(const Fault &fault)
{
    switch (fault.kind) {
    case FaultKind::ServerError:
        return Reply::problem(503, kServiceUnavailableBody);
    case FaultKind::RateLimited: {
        Reply reply = Reply::problem(429, kTooManyRequestsBody);
        const QDateTime resetAt = fault.resetAt.isValid() ? fault.resetAt : now().addSecs(kWindow15Seconds);
        const QByteArray reset = QByteArray::number(resetAt.toSecsSinceEpoch());
        reply.headers = {{"x-rate-limit-limit", QByteArray::number(m_per15min)},
                         {"x-rate-limit-remaining", "0"},
                         {"x-rate-limit-reset", reset},
                         {"x-user-limit-24hour-limit", QByteArray::number(m_per24h)},
                         {"x-user-limit-24hour-remaining", "0"},
                         {"x-user-limit-24hour-reset", reset}};
        return reply;
    }
    case FaultKind::UsageCapped:
        return Reply::problem(429, kUsageCappedBody);
    case FaultKind::Unauthorized:
        return Reply::problem(401, kUnauthorizedBody);
    case FaultKind::Duplicate:
        return Reply::problem(403, kDuplicateBody);
    default:
        return Reply::problem(503, kServiceUnavailableBody);
    }
}

void LocalXServer::respond(const ExchangePtr &exchange, const Reply &reply)
{
    QTcpSocket *socket = exchange->socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        qCDebug(lcSandbox) << "Client left before the answer to" << exchange->method << exchange->url.path();
        return;
    }
    switch (reply.action) {
    case Reply::Action::Hang:
        return;
    case Reply::Action::Drop:
        qCDebug(lcSandbox) << "Dropping the connection of" << exchange->method << exchange->url.path();
        // Later, not now: aborting inside handleRequest() would make QAbstractHttpServer delete the
        // request it is still handling.
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        return;
    case Reply::Action::Respond:
        break;
    }
    qCDebug(lcSandbox) << exchange->method << exchange->url.path() << "->" << reply.status;
    QHttpServerResponder &responder = *exchange->responder;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : reply.headers) {
        responder.writeHeader(name, value);
    }
    responder.writeBody(reply.body);
}

LocalXServer::Reply LocalXServer::process(const Exchange &exchange, Endpoint endpoint)
{
    QString why;
    const User *user = authenticate(exchange, &why);
    if (!user) {
        // The reason stays in the log: X itself only ever says "Unauthorized".
        qCInfo(lcSandbox) << "401 for" << exchange.method << exchange.url.path() << "-" << why;
        return Reply::problem(401, kUnauthorizedBody);
    }
    switch (endpoint) {
    case Endpoint::CreateTweet:
        return createTweet(exchange, *user);
    case Endpoint::UsersMe:
        return usersMe(*user);
    case Endpoint::UserTweets:
        return userTweets(exchange, exchange.url.path().section(u'/', 3, 3));
    case Endpoint::Any:
        break;
    }
    return Reply::problem(404, kNotFoundBody);
}

const LocalXServer::User *LocalXServer::findUser(const QString &consumerKey, const QString &token) const
{
    for (const User &user : m_users) {
        if (user.credentials.consumerKey == consumerKey && user.credentials.accessToken == token) {
            return &user;
        }
    }
    return nullptr;
}

bool LocalXServer::rememberNonce(const QByteArray &key)
{
    if (m_seenNonces.contains(key)) {
        return false;
    }
    m_seenNonces.insert(key);
    m_nonceOrder.enqueue(key);
    if (m_nonceOrder.size() > kRememberedNonces) {
        m_seenNonces.remove(m_nonceOrder.dequeue());
    }
    return true;
}

const LocalXServer::User *LocalXServer::authenticate(const Exchange &exchange, QString *why)
{
    const QByteArray header = exchange.headers.value(QByteArrayLiteral("authorization")).trimmed();
    if (!header.startsWith("OAuth ")) {
        *why = QStringLiteral("no OAuth Authorization header");
        return nullptr;
    }

    QMultiMap<QString, QVariant> parameters;
    QByteArray signature;
    QSet<QString> seen;
    const QList<QByteArray> fields = header.mid(6).split(',');
    for (const QByteArray &field : fields) {
        const QByteArray trimmed = field.trimmed();
        const qsizetype equals = trimmed.indexOf('=');
        QByteArray rawValue = trimmed.mid(equals + 1);
        if (equals <= 0 || rawValue.size() < 2 || !rawValue.startsWith('"') || !rawValue.endsWith('"')) {
            *why = QStringLiteral("malformed Authorization header");
            return nullptr;
        }
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(trimmed.left(equals)));
        const QByteArray value = QByteArray::fromPercentEncoding(rawValue.mid(1, rawValue.size() - 2));
        // X refuses repeated keys; letting one through would make the signature ambiguous.
        if (seen.contains(key)) {
            *why = QStringLiteral("repeated OAuth parameter %1").arg(key);
            return nullptr;
        }
        seen.insert(key);
        if (key == QLatin1String("oauth_signature")) {
            signature = value;
        } else if (key != QLatin1String("realm")) {
            parameters.insert(key, QString::fromUtf8(value));
        }
    }

    const QString consumerKey = parameters.value(QStringLiteral("oauth_consumer_key")).toString();
    const QString token = parameters.value(QStringLiteral("oauth_token")).toString();
    const QString nonce = parameters.value(QStringLiteral("oauth_nonce")).toString();
    const QString timestamp = parameters.value(QStringLiteral("oauth_timestamp")).toString();
    const QString version = parameters.value(QStringLiteral("oauth_version"), QStringLiteral("1.0")).toString();
    if (consumerKey.isEmpty() || token.isEmpty() || nonce.isEmpty() || timestamp.isEmpty() || signature.isEmpty() ||
        parameters.value(QStringLiteral("oauth_signature_method")).toString() != QLatin1String("HMAC-SHA1") ||
        version != QLatin1String("1.0")) {
        *why = QStringLiteral("missing or unsupported OAuth parameters");
        return nullptr;
    }
    const User *user = findUser(consumerKey, token);
    if (!user) {
        *why = QStringLiteral("unknown consumer key or token");
        return nullptr;
    }

    // The URL the request was sent to, query included (QOAuth1Signature adds the query items);
    // a JSON body is not signed, a form body is.
    QOAuth1Signature expected(exchange.url, user->credentials.consumerSecret, user->credentials.accessTokenSecret,
                              signatureMethod(exchange.method), parameters);
    if (expected.httpRequestMethod() == QOAuth1Signature::HttpRequestMethod::Custom) {
        expected.setCustomMethodString(exchange.method);
    }
    if (exchange.headers.value(QByteArrayLiteral("content-type")).startsWith("application/x-www-form-urlencoded")) {
        expected.addRequestBody(QUrlQuery(QString::fromUtf8(exchange.body)));
    }
    if (!constantTimeEquals(expected.hmacSha1().toBase64(), signature)) {
        *why = QStringLiteral("signature mismatch");
        return nullptr;
    }
    if (!rememberNonce((consumerKey + u'\n' + token + u'\n' + nonce + u'\n' + timestamp).toUtf8())) {
        *why = QStringLiteral("nonce and timestamp already used");
        return nullptr;
    }
    return user;
}

LocalXServer::Reply LocalXServer::createTweet(const Exchange &exchange, const User &user)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(exchange.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Reply::invalid({}, QStringLiteral("Request body is not valid JSON."));
    }
    const QJsonObject body = document.object();
    const QStringList keys = body.keys();
    for (const QString &key : keys) {
        if (!knownCreateFields().contains(key)) {
            return Reply::invalid(key,
                                  QStringLiteral("The property '%1' is not defined and the schema does not allow "
                                                 "additional properties.")
                                      .arg(key));
        }
    }
    // The sandbox posts text only (no media or polls), so text is always required.
    const QJsonValue textValue = body.value(QStringLiteral("text"));
    if (!textValue.isString() || textValue.toString().trimmed().isEmpty()) {
        return Reply::invalid(QStringLiteral("text"), QStringLiteral("Post text must not be empty."));
    }
    const QString text = textValue.toString();

    Reply reply;
    QString storedId;
    QString error;
    const QDateTime time = now();
    const bool ok = withState(
        [&](State &state) {
            RateWindow &window = state.windows[user.id];
            // Fixed windows that start with the first request after the last one ran out; a clock
            // set back (tests) starts a new one too.
            if (!window.start15.isValid() || time >= window.start15.addSecs(kWindow15Seconds) ||
                time < window.start15) {
                window.start15 = time;
                window.used15 = 0;
            }
            if (!window.start24.isValid() || time >= window.start24.addSecs(kWindow24Seconds) ||
                time < window.start24) {
                window.start24 = time;
                window.used24 = 0;
            }
            const bool limited = window.used15 >= m_per15min || window.used24 >= m_per24h;
            if (!limited) {
                ++window.used15;
                ++window.used24;
            }
            const QList<QPair<QByteArray, QByteArray>> headers {
                {"x-rate-limit-limit", QByteArray::number(m_per15min)},
                {"x-rate-limit-remaining", QByteArray::number(std::max(0, m_per15min - window.used15))},
                {"x-rate-limit-reset", QByteArray::number(window.start15.addSecs(kWindow15Seconds).toSecsSinceEpoch())},
                {"x-user-limit-24hour-limit", QByteArray::number(m_per24h)},
                {"x-user-limit-24hour-remaining", QByteArray::number(std::max(0, m_per24h - window.used24))},
                {"x-user-limit-24hour-reset",
                 QByteArray::number(window.start24.addSecs(kWindow24Seconds).toSecsSinceEpoch())},
            };
            if (limited) {
                reply = Reply::problem(429, kTooManyRequestsBody);
            } else if (std::any_of(state.posts.cbegin(), state.posts.cend(),
                                   [&](const Post &post) { return post.userId == user.id && post.sentText == text; })) {
                reply = Reply::problem(403, kDuplicateBody);
            } else {
                // Snowflake-like: time-based so ids look real, never below the last one so that they
                // keep increasing (since_id) whatever the injected clock does.
                const qint64 snowflake = (time.toMSecsSinceEpoch() - kSnowflakeEpochMs) << 22;
                state.lastId = std::max(state.lastId + 1, snowflake);
                Post post;
                post.id = QString::number(state.lastId);
                post.userId = user.id;
                post.text = wrapLinksAsX(text, post.id).text;
                post.sentText = text;
                post.createdAt = wholeSeconds(time);
                state.posts.append(post);
                storedId = post.id;
                reply = Reply::json(201,
                                    QJsonObject {{QStringLiteral("data"),
                                                  QJsonObject {
                                                      {QStringLiteral("id"), post.id},
                                                      {QStringLiteral("text"), post.text},
                                                      {QStringLiteral("edit_history_tweet_ids"), QJsonArray {post.id}},
                                                  }}});
            }
            reply.headers = headers;
            return !limited;
        },
        &error);
    if (!ok) {
        qCWarning(lcSandbox) << "Sandbox storage failed:" << error;
        return Reply::problem(503, kServiceUnavailableBody);
    }
    if (!storedId.isEmpty()) {
        qCDebug(lcSandbox) << "Stored post" << storedId << "for user" << user.id;
        Q_EMIT postStored(storedId);
    }
    return reply;
}

LocalXServer::Reply LocalXServer::usersMe(const User &user) const
{
    return Reply::json(200,
                       QJsonObject {{QStringLiteral("data"),
                                     QJsonObject {
                                         {QStringLiteral("id"), user.id},
                                         {QStringLiteral("name"), user.name},
                                         {QStringLiteral("username"), user.username},
                                     }}});
}

LocalXServer::Reply LocalXServer::userTweets(const Exchange &exchange, const QString &userId)
{
    const QUrlQuery query(exchange.url);
    auto value = [&](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };

    int maxResults = 10;
    if (query.hasQueryItem(QStringLiteral("max_results"))) {
        bool ok = false;
        maxResults = value("max_results").toInt(&ok);
        if (!ok || maxResults < 5 || maxResults > 100) {
            return Reply::invalid(
                QStringLiteral("max_results"),
                QStringLiteral("The `max_results` query parameter value [%1] is not between 5 and 100")
                    .arg(value("max_results")));
        }
    }
    QDateTime startTime;
    QDateTime endTime;
    for (const auto &[key, time] : {std::pair {"start_time", &startTime}, std::pair {"end_time", &endTime}}) {
        if (query.hasQueryItem(QLatin1String(key))) {
            *time = parseTime(value(key));
            if (!time->isValid()) {
                return Reply::invalid(QLatin1String(key),
                                      QStringLiteral("Invalid '%1': not an RFC 3339 time").arg(QLatin1String(key)));
            }
        }
    }
    qint64 sinceId = 0;
    qint64 untilId = 0;
    for (const auto &[key, id] : {std::pair {"since_id", &sinceId}, std::pair {"until_id", &untilId}}) {
        if (query.hasQueryItem(QLatin1String(key))) {
            if (!isDigits(value(key))) {
                return Reply::invalid(QLatin1String(key), QStringLiteral("Invalid '%1'").arg(QLatin1String(key)));
            }
            *id = value(key).toLongLong();
        }
    }
    // Tokens are opaque to clients, as X's are; this one is the page's lower bound in base 36.
    qint64 pageBelow = 0;
    if (query.hasQueryItem(QStringLiteral("pagination_token"))) {
        bool ok = false;
        pageBelow = value("pagination_token").toLongLong(&ok, 36);
        if (!ok || pageBelow <= 0) {
            return Reply::invalid(QStringLiteral("pagination_token"), QStringLiteral("Invalid 'pagination_token'"));
        }
    }
    // As at X, created_at and entities are only there when asked for (the 2026 spec calls the
    // parameter post.fields).
    const QStringList fields = (value("tweet.fields") + u',' + value("post.fields")).split(u',');
    const bool withCreatedAt = fields.contains(QStringLiteral("created_at"));
    const bool withEntities = fields.contains(QStringLiteral("entities"));

    QList<Post> timeline;
    QString error;
    if (!withState(
            [&](State &state) {
                for (const Post &post : std::as_const(state.posts)) {
                    if (post.userId == userId) {
                        timeline.append(post);
                    }
                }
                return false;
            },
            &error)) {
        qCWarning(lcSandbox) << "Sandbox storage failed:" << error;
        return Reply::problem(503, kServiceUnavailableBody);
    }
    std::sort(timeline.begin(), timeline.end(),
              [](const Post &a, const Post &b) { return a.id.toLongLong() > b.id.toLongLong(); });
    if (timeline.size() > kTimelineDepth) {
        timeline.resize(kTimelineDepth);
    }
    // Both times are inclusive at second granularity, since_id/until_id exclusive (X's documentation).
    timeline.removeIf([&](const Post &post) {
        const qint64 id = post.id.toLongLong();
        return (startTime.isValid() && post.createdAt < wholeSeconds(startTime)) ||
            (endTime.isValid() && post.createdAt > endTime) || (sinceId && id <= sinceId) ||
            (untilId && id >= untilId) || (pageBelow && id >= pageBelow);
    });

    if (timeline.isEmpty()) {
        return Reply::json(200,
                           QJsonObject {{QStringLiteral("meta"), QJsonObject {{QStringLiteral("result_count"), 0}}}});
    }
    const bool more = timeline.size() > maxResults;
    timeline.resize(std::min<qsizetype>(timeline.size(), maxResults));
    QJsonArray data;
    for (const Post &post : std::as_const(timeline)) {
        QJsonObject item {{QStringLiteral("id"), post.id},
                          {QStringLiteral("text"), post.text},
                          {QStringLiteral("edit_history_tweet_ids"), QJsonArray {post.id}}};
        if (withCreatedAt) {
            item.insert(QStringLiteral("created_at"), isoWithMs(post.createdAt));
        }
        if (withEntities) {
            // Rebuilt from what was sent. X leaves "entities" out of a post that has none; a text
            // stored by a build that wrapped links differently gets none either, rather than wrong ones.
            const TcoWrappedText wrapped = wrapLinksAsX(post.sentText, post.id);
            if (!wrapped.links.isEmpty() && wrapped.text == post.text) {
                item.insert(QStringLiteral("entities"), entitiesJson(wrapped.links));
            }
        }
        data.append(item);
    }
    QJsonObject meta {{QStringLiteral("result_count"), data.size()},
                      {QStringLiteral("newest_id"), timeline.constFirst().id},
                      {QStringLiteral("oldest_id"), timeline.constLast().id}};
    if (more) {
        // The next page holds the posts below the oldest one of this page.
        meta.insert(QStringLiteral("next_token"), QString::number(timeline.constLast().id.toLongLong(), 36));
    }
    return Reply::json(200, QJsonObject {{QStringLiteral("data"), data}, {QStringLiteral("meta"), meta}});
}

bool LocalXServer::parseFault(const QJsonValue &value, Fault *fault, QString *error) const
{
    const QJsonObject object = value.toObject();
    const auto kind = enumFromName<FaultKind>(object.value(QStringLiteral("kind")).toString());
    if (!kind) {
        *error = QStringLiteral("unknown fault kind '%1'").arg(object.value(QStringLiteral("kind")).toString());
        return false;
    }
    fault->kind = *kind;
    fault->count = object.value(QStringLiteral("count")).toInt(1);
    fault->delayMs = object.value(QStringLiteral("delayMs")).toInt(0);
    if (object.contains(QStringLiteral("endpoint"))) {
        const auto endpoint = enumFromName<Endpoint>(object.value(QStringLiteral("endpoint")).toString());
        if (!endpoint) {
            *error = QStringLiteral("unknown endpoint '%1'").arg(object.value(QStringLiteral("endpoint")).toString());
            return false;
        }
        fault->endpoint = *endpoint;
    }
    const QJsonValue resetAt = object.value(QStringLiteral("resetAt"));
    if (resetAt.isDouble()) {
        fault->resetAt = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(resetAt.toDouble()), Qt::UTC);
    } else if (resetAt.isString()) {
        fault->resetAt = parseTime(resetAt.toString());
        if (!fault->resetAt.isValid()) {
            *error = QStringLiteral("resetAt is neither Unix seconds nor an ISO 8601 time");
            return false;
        }
    }
    if (fault->count <= 0 || fault->delayMs < 0) {
        *error = QStringLiteral("count must be positive and delayMs not negative");
        return false;
    }
    return true;
}

LocalXServer::Reply LocalXServer::control(const Exchange &exchange)
{
    if (!m_controlApiEnabled) {
        return Reply::problem(404, kNotFoundBody);
    }
    const QString path = exchange.url.path();
    const QByteArray &method = exchange.method;
    auto badRequest = [](const QString &message) {
        return Reply::json(400, QJsonObject {{QStringLiteral("error"), message}});
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(exchange.body, &parseError);
    const QJsonObject body = document.object();
    if (method == "POST" && parseError.error != QJsonParseError::NoError) {
        return badRequest(QStringLiteral("body is not JSON: %1").arg(parseError.errorString()));
    }

    if (path == QLatin1String("/_sandbox/faults") && method == "POST") {
        // One fault or a list; all or nothing, so a typo does not leave half a script queued.
        const QJsonArray list = document.isArray() ? document.array() : QJsonArray {body};
        QList<Fault> faults;
        for (const QJsonValue &item : list) {
            Fault fault;
            QString error;
            if (!parseFault(item, &fault, &error)) {
                return badRequest(error);
            }
            faults.append(fault);
        }
        for (const Fault &fault : std::as_const(faults)) {
            injectFault(fault);
        }
        return Reply::json(201, QJsonObject {{QStringLiteral("pendingFaultCount"), pendingFaultCount()}});
    }
    if (path == QLatin1String("/_sandbox/faults") && method == "DELETE") {
        clearFaults();
        return Reply::json(200, QJsonObject {{QStringLiteral("pendingFaultCount"), 0}});
    }
    if (path == QLatin1String("/_sandbox/stats") && method == "GET") {
        return Reply::json(200,
                           QJsonObject {{QStringLiteral("createRequestCount"), createRequestCount()},
                                        {QStringLiteral("storedPostCount"), storedPostCount()},
                                        {QStringLiteral("pendingFaultCount"), pendingFaultCount()}});
    }
    if (path == QLatin1String("/_sandbox/users") && method == "POST") {
        auto field = [&](const char *key) {
            return body.value(QLatin1String(key)).toString();
        };
        const XCredentials credentials {field("consumerKey"), field("consumerSecret"), field("accessToken"),
                                        field("accessTokenSecret")};
        if (!isDigits(field("id")) || field("username").isEmpty() || !credentials.isComplete()) {
            return badRequest(QStringLiteral("need a numeric id, a username and all four OAuth 1.0a keys"));
        }
        addUser(field("id"), field("username"), field("name"), credentials);
        return Reply::json(201, QJsonObject {{QStringLiteral("id"), field("id")}});
    }
    if (path == QLatin1String("/_sandbox/posts") && method == "GET") {
        QJsonArray data;
        const QList<Post> all = posts();
        for (const Post &post : all) {
            data.append(QJsonObject {{QStringLiteral("id"), post.id},
                                     {QStringLiteral("user_id"), post.userId},
                                     {QStringLiteral("text"), post.text},
                                     {QStringLiteral("sent_text"), post.sentText},
                                     {QStringLiteral("created_at"), isoWithMs(post.createdAt)}});
        }
        return Reply::json(200, QJsonObject {{QStringLiteral("data"), data}});
    }
    if (path == QLatin1String("/_sandbox/rate-limit") && method == "POST") {
        const int per15min = body.value(QStringLiteral("per15min")).toInt(-1);
        const int per24h = body.value(QStringLiteral("per24h")).toInt(-1);
        if (per15min < 0 || per24h < 0) {
            return badRequest(QStringLiteral("need per15min and per24h, both not negative"));
        }
        setRateLimit(per15min, per24h);
        return Reply::json(200, body);
    }
    if (path == QLatin1String("/_sandbox/clock") && method == "POST") {
        if (!body.value(QStringLiteral("offsetMs")).isDouble()) {
            return badRequest(QStringLiteral("need offsetMs"));
        }
        const auto offsetMs = static_cast<qint64>(body.value(QStringLiteral("offsetMs")).toDouble());
        setClock([offsetMs] { return QDateTime::currentDateTimeUtc().addMSecs(offsetMs); });
        return Reply::json(200, QJsonObject {{QStringLiteral("now"), isoWithMs(now())}});
    }
    return Reply::problem(404, kNotFoundBody);
}

bool LocalXServer::withState(const std::function<bool(State &)> &change, QString *error) const
{
    if (m_storageFile.isEmpty()) {
        change(*m_memoryState);
        return true;
    }
    // Every server sharing the file (other processes included) re-reads it under the lock, so
    // duplicate detection, ids and rate limits see one timeline.
    QLockFile lock(m_storageFile + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockTimeoutMs)) {
        *error = tr("The sandbox storage %1 is locked by another process.").arg(m_storageFile);
        return false;
    }
    State state;
    QFile file(m_storageFile);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        if (!state.fromJson(file.readAll(), error)) {
            return false;
        }
    }
    if (!change(state)) {
        return true;
    }
    // QSaveFile renames a complete file into place, so a crash never leaves half a timeline.
    QSaveFile out(m_storageFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(state.toJson()) < 0 || !out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace EpisodeDesk::Models
