// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "x/oauth1signer.h"
#include "x/xclient.h"
#include "x/xnetworkaccessmanager.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QOAuth1Signature>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace EpisodeDesk::Models;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace EpisodeDesk::Models {
char *toString(XOutcome outcome)
{
    return qstrdup(qPrintable(xOutcomeName(outcome)));
}
char *toString(XErrorCategory category)
{
    return qstrdup(qPrintable(xErrorCategoryName(category)));
}
} // namespace EpisodeDesk::Models

namespace {

const XCredentials kCredentials {u"test-consumer-key"_s, u"consumer-SECRET-1"_s, u"42-access-token"_s,
                                 u"token-SECRET-2"_s};

// What the server should do once a request has fully arrived.
struct Script
{
    enum class Kind
    {
        Respond, // send status, headers, body; then close
        Silent, // read the request, never answer (the client's timeout fires)
        CloseAfterBody, // read the request, close the connection without a byte of answer
    };
    Kind kind = Kind::Respond;
    int status = 200;
    XRawHeaders headers;
    QByteArray body;
};

// One request as the server received it.
struct Received
{
    QByteArray method;
    QByteArray target; // path and query as on the request line
    XRawHeaders headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &header : headers) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                return header.second;
            }
        }
        return {};
    }
};

// A real HTTP/1.1 server on 127.0.0.1 that answers every request with the current script.
class ScriptedServer final
{
public:
    ScriptedServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { acceptConnections(); });
    }
    Q_DISABLE_COPY_MOVE(ScriptedServer)

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    void setScript(const Script &script) { m_script = script; }
    const QList<Received> &received() const { return m_received; }

private:
    void acceptConnections()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                buffer->append(socket->readAll());
                handle(socket, *buffer);
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void handle(QTcpSocket *socket, QByteArray &buffer)
    {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            return;
        }
        Received request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                request.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
            }
        }
        contentLength = request.header("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + contentLength) {
            return; // body still arriving
        }
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, headerEnd + 4 + contentLength);
        m_received.append(request);

        switch (m_script.kind) {
        case Script::Kind::Silent:
            return;
        case Script::Kind::CloseAfterBody:
            socket->close();
            return;
        case Script::Kind::Respond:
            break;
        }
        QByteArray response = "HTTP/1.1 " + QByteArray::number(m_script.status) + " Scripted\r\n";
        response += "Content-Type: application/json\r\nConnection: close\r\n";
        response += "Content-Length: " + QByteArray::number(m_script.body.size()) + "\r\n";
        for (const auto &header : std::as_const(m_script.headers)) {
            response += header.first + ": " + header.second + "\r\n";
        }
        response += "\r\n" + m_script.body;
        socket->write(response);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Script m_script;
    QList<Received> m_received;
};

// Recomputes the request's signature the way X would: from what arrived (method, Host header,
// request target) with QOAuth1Signature directly. Returns an empty string when it verifies.
QString verifyAuthorization(const Received &request, const XCredentials &credentials)
{
    const OAuth1Signer::Parameters header = OAuth1Signer::parseAuthorizationHeader(request.header("authorization"));
    QStringList keys;
    QMultiMap<QString, QVariant> signedParameters;
    QString signature;
    for (const auto &parameter : header) {
        keys.append(parameter.first);
        if (parameter.first == u"oauth_signature"_s) {
            signature = parameter.second;
        } else {
            signedParameters.insert(parameter.first, parameter.second);
        }
    }
    const QStringList expectedKeys {u"oauth_consumer_key"_s,     u"oauth_nonce"_s,     u"oauth_signature"_s,
                                    u"oauth_signature_method"_s, u"oauth_timestamp"_s, u"oauth_token"_s,
                                    u"oauth_version"_s};
    if (keys != expectedKeys) {
        return u"unexpected oauth keys: "_s + keys.join(u',');
    }
    if (signedParameters.value(u"oauth_consumer_key"_s).toString() != credentials.consumerKey ||
        signedParameters.value(u"oauth_token"_s).toString() != credentials.accessToken) {
        return u"wrong consumer key or token"_s;
    }
    const qint64 timestamp = signedParameters.value(u"oauth_timestamp"_s).toLongLong();
    if (qAbs(timestamp - QDateTime::currentSecsSinceEpoch()) > 300) {
        return u"timestamp far from now"_s;
    }
    // The URL X would see; QOAuth1Signature adds its query items itself.
    const QUrl url(u"http://"_s + QString::fromLatin1(request.header("host")) + QString::fromLatin1(request.target));
    QOAuth1Signature expected(url, credentials.consumerSecret, credentials.accessTokenSecret,
                              request.method == "POST" ? QOAuth1Signature::HttpRequestMethod::Post
                                                       : QOAuth1Signature::HttpRequestMethod::Get,
                              signedParameters);
    const QString recomputed = QString::fromLatin1(expected.hmacSha1().toBase64());
    return recomputed == signature ? QString() : u"signature mismatch"_s;
}

XRawHeaders rateLimitHeaders()
{
    return {{"x-rate-limit-limit", "100"},           {"x-rate-limit-remaining", "0"},
            {"x-rate-limit-reset", "1767225600"},    {"x-user-limit-24hour-limit", "17"},
            {"x-user-limit-24hour-remaining", "12"}, {"x-user-limit-24hour-reset", "1767300000"}};
}

// Collects log lines while alive (to check that nothing secret is logged).
class LogCapture final
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    Q_DISABLE_COPY_MOVE(LogCapture)

    static QStringList lines()
    {
        const QMutexLocker locker(&s_mutex);
        return s_lines;
    }

private:
    static void handler(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        const QMutexLocker locker(&s_mutex);
        s_lines.append(QString::fromLatin1(context.category ? context.category : "") + u": "_s + message);
    }

    QtMessageHandler m_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QStringList s_lines;
};

} // namespace

class TestXClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void createPost_data();
    void createPost();
    void requestShapeAndSignature_data();
    void requestShapeAndSignature();
    void closedAfterBodyIsNotResent();
    void connectionRefused();
    void redirectIsNotFollowed();
    void plainHttpElsewhereIsRefused();
    void incompleteCredentialsSendNothing();
    void usersMe();
    void userTweets();
    void userTweetsRejectsBadUserId();
    void contextDestroyedSkipsCallback();
    void clientDestroyedWhileInFlight();
    void nothingSecretInLogs();

private:
    std::unique_ptr<ScriptedServer> m_server;
    std::unique_ptr<XNetworkAccessManager> m_manager;
    std::unique_ptr<XClient> m_client;
};

void TestXClient::initTestCase()
{
    QLoggingCategory::setFilterRules(u"episodedesk.*.info=true\nepisodedesk.*.warning=true"_s);
}

void TestXClient::init()
{
    m_server = std::make_unique<ScriptedServer>();
    QVERIFY(m_server->listen());
    m_manager = std::make_unique<XNetworkAccessManager>();
    m_client = std::make_unique<XClient>(m_manager.get());
    m_client->setTimeout(300ms); // short, so the silent-server case stays quick
}

void TestXClient::cleanup()
{
    m_client.reset();
    m_manager.reset();
    m_server.reset();
}

void TestXClient::createPost_data()
{
    QTest::addColumn<Script>("script");
    QTest::addColumn<XOutcome>("outcome");
    QTest::addColumn<XErrorCategory>("category");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("postId");
    QTest::addColumn<QDateTime>("retryAfter");

    using K = Script::Kind;
    using O = XOutcome;
    using C = XErrorCategory;
    const QDateTime noTime;
    QTest::newRow("201 created") << Script {K::Respond, 201, {}, R"({"data":{"id":"1445880548472328192","text":"Hi"}})"}
                                 << O::Published << C::None << 201 << u"1445880548472328192"_s << noTime;
    QTest::newRow("401 unauthorized")
        << Script {K::Respond,
                   401,
                   {},
                   R"({"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"})"}
        << O::NotPublished << C::Auth << 401 << QString() << noTime;
    QTest::newRow("403 duplicate content")
        << Script {K::Respond,
                   403,
                   {},
                   R"({"detail":"You are not allowed to create a Tweet with duplicate content.","type":"about:blank",)"
                   R"("title":"Forbidden","status":403})"}
        << O::MayHavePublished << C::Duplicate << 403 << QString() << noTime;
    QTest::newRow("429 with rate-limit headers")
        << Script {K::Respond, 429, rateLimitHeaders(),
                   R"({"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429})"}
        << O::NotPublished << C::RateLimit << 429 << QString() << QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    QTest::newRow("429 usage capped")
        << Script {K::Respond,
                   429,
                   {},
                   R"({"title":"UsageCapExceeded","type":"https://api.twitter.com/2/problems/usage-capped"})"}
        << O::NotPublished << C::UsageCapped << 429 << QString() << noTime;
    QTest::newRow("500 server error") << Script {K::Respond, 500, {}, R"({"title":"Internal Server Error"})"}
                                      << O::MayHavePublished << C::Server << 500 << QString() << noTime;
    QTest::newRow("no answer: timeout after sending")
        << Script {K::Silent, 0, {}, {}} << O::MayHavePublished << C::Timeout << 0 << QString() << noTime;
    QTest::newRow("201 oversized body") << Script {K::Respond, 201, {}, QByteArray(kXMaxBodyBytes + 4096, ' ')}
                                        << O::MayHavePublished << C::Malformed << 201 << QString() << noTime;
    QTest::newRow("201 malformed JSON") << Script {K::Respond, 201, {}, R"({"data":{"id":"14458805)"}
                                        << O::MayHavePublished << C::Malformed << 201 << QString() << noTime;
    QTest::newRow("201 without id") << Script {K::Respond, 201, {}, R"({"data":{}})"} << O::MayHavePublished
                                    << C::Malformed << 201 << QString() << noTime;
}

void TestXClient::createPost()
{
    QFETCH(Script, script);
    QFETCH(XOutcome, outcome);
    QFETCH(XErrorCategory, category);
    QFETCH(int, httpStatus);
    QFETCH(QString, postId);
    QFETCH(QDateTime, retryAfter);
    m_server->setScript(script);

    std::optional<XCreateResult> result;
    int calls = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    m_client->createPost(m_server->baseUrl(), kCredentials, u"New episode: hello"_s, this, [&](const XCreateResult &r) {
        result = r;
        ++calls;
    });
    QCOMPARE(m_client->pendingRequests(), 1);
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->outcome, outcome);
    QCOMPARE(result->category, category);
    QCOMPARE(result->httpStatus, httpStatus);
    QCOMPARE(result->postId, postId);
    QCOMPARE(result->retryAfter, retryAfter);
    QVERIFY(!result->message.isEmpty());
    if (script.kind == Script::Kind::Silent) {
        QVERIFY2(elapsed.elapsed() < 3000, "the client's deadline did not fire");
    }

    // Exactly one request arrived and it carries a valid signature.
    QCOMPARE(m_server->received().size(), 1);
    QCOMPARE(verifyAuthorization(m_server->received().constFirst(), kCredentials), QString());

    // Called once, and the reply is gone.
    QCOMPARE(m_client->pendingRequests(), 0);
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(calls, 1);
}

void TestXClient::requestShapeAndSignature_data()
{
    QTest::addColumn<QString>("basePath");
    QTest::addColumn<QByteArray>("expectedTarget");
    QTest::newRow("bare host") << QString() << QByteArray("/2/tweets");
    QTest::newRow("trailing slash") << u"/"_s << QByteArray("/2/tweets");
    QTest::newRow("path prefix") << u"/sandbox/"_s << QByteArray("/sandbox/2/tweets");
    QTest::newRow("dot segments") << u"/a/../sandbox"_s << QByteArray("/sandbox/2/tweets");
    QTest::newRow("double slash inside") << u"/sandbox//x"_s << QByteArray("/sandbox//x/2/tweets");
}

void TestXClient::requestShapeAndSignature()
{
    QFETCH(QString, basePath);
    QFETCH(QByteArray, expectedTarget);
    m_server->setScript({Script::Kind::Respond, 201, {}, R"({"data":{"id":"1","text":"x"}})"});
    QUrl base = m_server->baseUrl();
    base.setPath(basePath);
    const QString text = u"Épisode 12 — “quotes” & emoji 🎙️ https://example.com/ep?12"_s;

    std::optional<XCreateResult> result;
    m_client->createPost(base, kCredentials, text, this, [&](const XCreateResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->outcome, XOutcome::Published);

    QCOMPARE(m_server->received().size(), 1);
    const Received &request = m_server->received().constFirst();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, expectedTarget);
    QVERIFY(request.header("content-type").startsWith("application/json"));
    QCOMPARE(request.header("user-agent"), XNetworkAccessManager::userAgent());
    QVERIFY(request.header("user-agent").startsWith("EpisodeDesk/"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.keys(), QStringList {u"text"_s});
    QCOMPARE(body.value(u"text"_s).toString(), text);
    // The JSON body is not signed: the server verifies from method, URL and oauth_* alone.
    QCOMPARE(verifyAuthorization(request, kCredentials), QString());
}

// A server (or a proxy) that takes the whole request and then drops the connection. The tweet may
// exist now; the client must report that, and must not have sent it a second time.
void TestXClient::closedAfterBodyIsNotResent()
{
    m_server->setScript({Script::Kind::CloseAfterBody, 0, {}, {}});
    std::optional<XCreateResult> result;
    m_client->createPost(m_server->baseUrl(), kCredentials, u"once"_s, this,
                         [&](const XCreateResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->outcome, XOutcome::MayHavePublished);
    QCOMPARE(result->category, XErrorCategory::Network);
    QCOMPARE(result->httpStatus, 0);
    // Qt resends (if it does) before the reply finishes; a short event-processing wait lets such a
    // request reach the server before counting. A negative check cannot be polled with QTRY_*.
    QTest::qWait(50);
    QCOMPARE(m_server->received().size(), 1);
}

void TestXClient::connectionRefused()
{
    // A port that was free a moment ago: listen, note it, close.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QUrl closed(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    probe.close();

    std::optional<XCreateResult> result;
    m_client->createPost(closed, kCredentials, u"x"_s, this, [&](const XCreateResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->outcome, XOutcome::NotPublished);
    QCOMPARE(result->category, XErrorCategory::Network);
    QCOMPARE(result->httpStatus, 0);
}

void TestXClient::redirectIsNotFollowed()
{
    ScriptedServer other;
    QVERIFY(other.listen());
    other.setScript({Script::Kind::Respond, 201, {}, R"({"data":{"id":"9","text":"x"}})"});
    const QByteArray location = other.baseUrl().toString().toLatin1() + "/2/tweets";
    m_server->setScript({Script::Kind::Respond, 307, {{"Location", location}}, {}});

    std::optional<XCreateResult> result;
    m_client->createPost(m_server->baseUrl(), kCredentials, u"x"_s, this, [&](const XCreateResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->httpStatus, 307);
    QCOMPARE(result->outcome, XOutcome::MayHavePublished);
    QTest::qWait(50); // as above: give a (wrongly) followed redirect time to arrive
    QCOMPARE(m_server->received().size(), 1);
    QCOMPARE(other.received().size(), 0); // the Authorization header never reached another host
}

void TestXClient::plainHttpElsewhereIsRefused()
{
    QVERIFY(XNetworkAccessManager::isAllowedUrl(QUrl(u"https://api.x.com/2/tweets"_s)));
    QVERIFY(XNetworkAccessManager::isAllowedUrl(QUrl(u"http://localhost:8080/2/tweets"_s)));
    QVERIFY(XNetworkAccessManager::isAllowedUrl(QUrl(u"http://[::1]:8080/2/tweets"_s)));
    QVERIFY(!XNetworkAccessManager::isAllowedUrl(QUrl(u"http://api.x.com/2/tweets"_s)));
    QVERIFY(!XNetworkAccessManager::isAllowedUrl(QUrl(u"http://192.0.2.1/2/tweets"_s)));
    QVERIFY(!XNetworkAccessManager::isAllowedUrl(QUrl(u"ftp://127.0.0.1/2/tweets"_s)));

    // 192.0.2.1 is TEST-NET-1: were a connection attempted, it would hang until the deadline.
    QTest::ignoreMessage(QtWarningMsg, "Refused POST request to http://192.0.2.1 (only https, or http on loopback)");
    std::optional<XCreateResult> result;
    m_client->setTimeout(10s);
    QElapsedTimer elapsed;
    elapsed.start();
    m_client->createPost(QUrl(u"http://192.0.2.1"_s), kCredentials, u"x"_s, this,
                         [&](const XCreateResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(elapsed.elapsed() < 5000);
    QCOMPARE(result->outcome, XOutcome::NotPublished);
    QCOMPARE(result->category, XErrorCategory::Validation);
}

void TestXClient::incompleteCredentialsSendNothing()
{
    XCredentials missing = kCredentials;
    missing.accessTokenSecret.clear();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"POST 127\\.0\\.0\\.1 /2/tweets not sent: cannot sign"_s));
    std::optional<XCreateResult> result;
    m_client->createPost(m_server->baseUrl(), missing, u"x"_s, this, [&](const XCreateResult &r) { result = r; });
    QVERIFY(!result.has_value()); // never from inside the call
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->outcome, XOutcome::NotPublished);
    QCOMPARE(result->category, XErrorCategory::Auth);
    QVERIFY(!result->message.isEmpty());
    QCOMPARE(m_server->received().size(), 0);
}

void TestXClient::usersMe()
{
    m_server->setScript({Script::Kind::Respond,
                         200,
                         {{"x-rate-limit-remaining", "74"}},
                         R"({"data":{"id":"2244994945","name":"X Developers","username":"XDevelopers"}})"});
    std::optional<XUsersMeResult> result;
    m_client->usersMe(m_server->baseUrl(), kCredentials, this, [&](const XUsersMeResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok);
    QCOMPARE(result->user.id, u"2244994945"_s);
    QCOMPARE(result->user.username, u"XDevelopers"_s);
    QCOMPARE(result->user.name, u"X Developers"_s);
    QCOMPARE(result->rateLimit.window15min.remaining, std::optional<qint64>(74));

    QCOMPARE(m_server->received().size(), 1);
    const Received &request = m_server->received().constFirst();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray("/2/users/me"));
    QCOMPARE(verifyAuthorization(request, kCredentials), QString());

    // And a refusal.
    m_server->setScript({Script::Kind::Respond, 401, {}, R"({"title":"Unauthorized","status":401})"});
    result.reset();
    m_client->usersMe(m_server->baseUrl(), kCredentials, this, [&](const XUsersMeResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok);
    QCOMPARE(result->category, XErrorCategory::Auth);
}

void TestXClient::userTweets()
{
    m_server->setScript(
        {Script::Kind::Respond,
         200,
         {},
         R"({"data":[{"id":"1880000000000000002","text":"New episode https://t.co/abc","created_at":"2026-01-01T10:00:05.000Z"}],)"
         R"("meta":{"result_count":1}})"});
    const QDateTime start(QDate(2026, 1, 1), QTime(9, 59, 0), Qt::UTC);
    std::optional<XUserTweetsResult> result;
    m_client->userTweets(m_server->baseUrl(), kCredentials, u"2244994945"_s, {start.toOffsetFromUtc(3600), {}, {}},
                         this, [&](const XUserTweetsResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok);
    QCOMPARE(result->posts.size(), 1);
    QCOMPARE(result->posts.at(0).id, u"1880000000000000002"_s);
    QCOMPARE(result->posts.at(0).createdAt, QDateTime(QDate(2026, 1, 1), QTime(10, 0, 5), Qt::UTC));

    QCOMPARE(m_server->received().size(), 1);
    const Received &request = m_server->received().constFirst();
    const QUrl url(u"http://h"_s + QString::fromLatin1(request.target));
    QCOMPARE(url.path(), u"/2/users/2244994945/tweets"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"max_results"_s), u"100"_s);
    // entities: verification compares each t.co link's expanded_url with the link that was sent.
    // attachments: the media keys of a post with images (matchPost with media).
    QCOMPARE(query.queryItemValue(u"tweet.fields"_s, QUrl::FullyDecoded), u"created_at,entities,attachments"_s);
    QCOMPARE(query.queryItemValue(u"start_time"_s, QUrl::FullyDecoded), u"2026-01-01T09:59:00Z"_s); // UTC
    QVERIFY(!query.hasQueryItem(u"end_time"_s));
    QVERIFY(!query.hasQueryItem(u"pagination_token"_s));
    // The query is part of the signature: the server recomputes it with the query it received.
    QCOMPARE(verifyAuthorization(request, kCredentials), QString());

    // A closed window, and the next page of it.
    m_server->setScript({Script::Kind::Respond, 200, {}, R"({"meta":{"result_count":0}})"});
    result.reset();
    const XTimelineQuery window {start, QDateTime(QDate(2026, 1, 1), QTime(10, 30, 0, 700), Qt::UTC).toLocalTime(),
                                 u"7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i"_s};
    m_client->userTweets(m_server->baseUrl(), kCredentials, u"2244994945"_s, window, this,
                         [&](const XUserTweetsResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok);
    const Received &paged = m_server->received().constLast();
    const QUrlQuery pagedQuery(QUrl(u"http://h"_s + QString::fromLatin1(paged.target)));
    QCOMPARE(pagedQuery.queryItemValue(u"start_time"_s, QUrl::FullyDecoded), u"2026-01-01T09:59:00Z"_s);
    // Whole seconds, inclusive at X: the post of 10:30:00.700 is still in the window.
    QCOMPARE(pagedQuery.queryItemValue(u"end_time"_s, QUrl::FullyDecoded), u"2026-01-01T10:30:00Z"_s);
    QCOMPARE(pagedQuery.queryItemValue(u"pagination_token"_s, QUrl::FullyDecoded),
             u"7140dibdnow9c7btw3w29grvxfcgvpb9n9coehpk7xz5i"_s);
    QCOMPARE(pagedQuery.queryItemValue(u"tweet.fields"_s, QUrl::FullyDecoded), u"created_at,entities,attachments"_s);
    QCOMPARE(verifyAuthorization(paged, kCredentials), QString());

    // An empty window is a success with no posts.
    m_server->setScript({Script::Kind::Respond, 200, {}, R"({"meta":{"result_count":0}})"});
    result.reset();
    m_client->userTweets(m_server->baseUrl(), kCredentials, u"2244994945"_s, {}, this,
                         [&](const XUserTweetsResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok);
    QVERIFY(result->posts.isEmpty());
    QVERIFY(!m_server->received().constLast().target.contains("start_time"));
    QVERIFY(!m_server->received().constLast().target.contains("end_time"));
    QVERIFY(!m_server->received().constLast().target.contains("pagination_token"));
}

void TestXClient::userTweetsRejectsBadUserId()
{
    std::optional<XUserTweetsResult> result;
    m_client->userTweets(m_server->baseUrl(), kCredentials, u"../me"_s, {}, this,
                         [&](const XUserTweetsResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok);
    QCOMPARE(result->category, XErrorCategory::Validation);
    // A page token that would need escaping in the signed query is refused the same way.
    result.reset();
    m_client->userTweets(m_server->baseUrl(), kCredentials, u"2244994945"_s, {{}, {}, u"a&max_results=5"_s}, this,
                         [&](const XUserTweetsResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok);
    QCOMPARE(result->category, XErrorCategory::Validation);
    QCOMPARE(m_server->received().size(), 0);
}

void TestXClient::contextDestroyedSkipsCallback()
{
    m_server->setScript({Script::Kind::Respond, 201, {}, R"({"data":{"id":"1","text":"x"}})"});
    auto context = std::make_unique<QObject>();
    bool called = false;
    m_client->createPost(m_server->baseUrl(), kCredentials, u"x"_s, context.get(),
                         [&](const XCreateResult &) { called = true; });
    context.reset();
    QTRY_COMPARE(m_server->received().size(), 1);
    // The callback would run inside the reply's finished handler, which has run once nothing is pending.
    QTRY_COMPARE(m_client->pendingRequests(), 0);
    QVERIFY(!called);
}

void TestXClient::clientDestroyedWhileInFlight()
{
    m_server->setScript({Script::Kind::Silent, 0, {}, {}});
    bool called = false;
    m_client->createPost(m_server->baseUrl(), kCredentials, u"x"_s, this,
                         [&](const XCreateResult &) { called = true; });
    QTRY_COMPARE(m_server->received().size(), 1);
    m_client.reset(); // aborts the reply and drops its handlers synchronously
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!called);
}

void TestXClient::nothingSecretInLogs()
{
    const LogCapture capture;
    m_server->setScript({Script::Kind::Respond, 401, {}, R"({"title":"Unauthorized","status":401})"});
    std::optional<XUserTweetsResult> result;
    m_client->userTweets(m_server->baseUrl(), kCredentials, u"2244994945"_s,
                         {QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC), {}, {}}, this,
                         [&](const XUserTweetsResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());

    const QStringList lines = LogCapture::lines();
    QVERIFY2(!lines.isEmpty(), "expected the finished request to be logged");
    const QString all = lines.join(u'\n');
    QVERIFY(all.contains(u"episodedesk.x"_s));
    QVERIFY(all.contains(u"/2/users/2244994945/tweets"_s));
    for (const QString &secret : {kCredentials.consumerKey, kCredentials.consumerSecret, kCredentials.accessToken,
                                  kCredentials.accessTokenSecret, u"oauth_"_s, u"start_time"_s}) {
        QVERIFY2(!all.contains(secret), qPrintable(secret));
    }
}

QTEST_GUILESS_MAIN(TestXClient)
#include "test_xclient.moc"
