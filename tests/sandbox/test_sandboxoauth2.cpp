// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/localxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const XCredentials kAlice {u"alice-consumer-key"_s, u"alice-consumer-secret"_s, u"alice-token"_s,
                           u"alice-token-secret"_s};
const XCredentials kBob {u"bob-consumer-key"_s, u"bob-consumer-secret"_s, u"bob-token"_s, u"bob-token-secret"_s};
const QString kClient = u"sandbox-native-app"_s;
const QString kRedirect = u"http://127.0.0.1:7777/callback"_s;
const QString kScopes = u"tweet.read tweet.write users.read offline.access media.write"_s;
// RFC 7636 appendix B.
const QString kVerifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
const QString kChallenge = u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s;
const QByteArray kUnauthorized =
    R"({"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"})";
const QByteArray kForbidden = R"({"title":"Forbidden","type":"about:blank","status":403,"detail":"Forbidden"})";

using Params = QList<QPair<QString, QString>>;

struct Result
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QUrl location;

    QString value(const char *key) const { return json.value(QLatin1String(key)).toString(); }
};

struct Tokens
{
    QString access;
    QString refresh;
};

// Everything the server logs, so that a test can prove no secret is in it.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_logMutex);
        g_log.append(message);
    }
    g_previousHandler(type, context, message);
}

// Replaces (or adds, or with a null value removes) parameters of `base`.
Params with(Params base, const Params &changes)
{
    for (const auto &[key, value] : changes) {
        base.removeIf([&](const auto &pair) { return pair.first == key; });
        if (!value.isNull()) {
            base.append({key, value});
        }
    }
    return base;
}

QByteArray form(const Params &params)
{
    QByteArrayList parts;
    for (const auto &[key, value] : params) {
        parts.append(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    }
    return parts.join('&');
}

} // namespace

class TestSandboxOAuth2 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void authorizeRedirectsWithCode();
    void authorizeRefuses_data();
    void authorizeRefuses();
    void exchangesCodeWithRfc7636Vector();
    void noRefreshTokenWithoutOfflineAccess();
    void refusesExchange_data();
    void refusesExchange();
    void toleratesWhatQt64Sends();
    void refreshRotatesAndReplayRevokes();
    void bearerOnEveryEndpoint();
    void bearerNeedsScope_data();
    void bearerNeedsScope();
    void signsInChosenUser();
    void countsRequests();
    void revokes();
    void tokenEndpointDown();
    void expiredCodeFault();
    void invalidGrantFault();
    void faultsOverControlApi();
    void controlApiSteersOAuth2();
    void serversShareGrantsThroughStorage();
    void logsNoSecret();
    void qtAuthorizationCodeFlowSignsInAndRefreshes();

private:
    Params authorizeParams() const;
    Result send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                const QByteArray &contentType = {}, const QByteArray &authorization = {});
    Result authorize(const Params &params, LocalXServer *server = nullptr);
    QString code(const Params &params = {}, LocalXServer *server = nullptr);
    Result token(const Params &params, LocalXServer *server = nullptr);
    Params exchangeParams(const QString &code) const;
    Tokens signIn(const QString &scope = kScopes, LocalXServer *server = nullptr);
    Result refresh(const QString &refreshToken, LocalXServer *server = nullptr);
    Result api(const QByteArray &method, const QString &path, const QString &bearer, LocalXServer *server = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<LocalXServer> m_server;
    QDateTime m_now;
};

void TestSandboxOAuth2::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSandboxOAuth2::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<LocalXServer>();
    m_server->addUser(u"1001"_s, u"alice_pod"_s, u"Alice's Podcast"_s, kAlice);
    m_server->addUser(u"1002"_s, u"bob_pod"_s, u"Bob"_s, kBob);
    m_server->addOAuth2Client(kClient);
    m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    m_server->setClock([this] { return m_now; });
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
}

void TestSandboxOAuth2::cleanup()
{
    m_nam.reset();
    m_server.reset();
    m_dir.reset();
}

Params TestSandboxOAuth2::authorizeParams() const
{
    return {{u"response_type"_s, u"code"_s},        {u"client_id"_s, kClient},
            {u"redirect_uri"_s, kRedirect},         {u"scope"_s, kScopes},
            {u"state"_s, u"xyz-state_1"_s},         {u"code_challenge"_s, kChallenge},
            {u"code_challenge_method"_s, u"S256"_s}};
}

Result TestSandboxOAuth2::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                               const QByteArray &contentType, const QByteArray &authorization)
{
    QNetworkRequest request(url);
    // The test is the browser: it reads the redirect instead of following it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    if (!authorization.isEmpty()) {
        request.setRawHeader("Authorization", authorization);
    }
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    reply->setParent(m_nam.get());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000)) {
        reply->abort();
    }
    Result result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.location = QUrl::fromEncoded(reply->rawHeader("Location"));
    return result;
}

Result TestSandboxOAuth2::authorize(const Params &params, LocalXServer *server)
{
    QUrl url = (server ? server : m_server.get())->authorizeUrl();
    url.setQuery(QString::fromLatin1(form(params)));
    return send("GET", url);
}

QString TestSandboxOAuth2::code(const Params &params, LocalXServer *server)
{
    const Result result = authorize(with(authorizeParams(), params), server);
    return QUrlQuery(result.location).queryItemValue(u"code"_s, QUrl::FullyDecoded);
}

Result TestSandboxOAuth2::token(const Params &params, LocalXServer *server)
{
    return send("POST", (server ? server : m_server.get())->tokenUrl(), form(params),
                "application/x-www-form-urlencoded");
}

Params TestSandboxOAuth2::exchangeParams(const QString &code) const
{
    return {{u"grant_type"_s, u"authorization_code"_s},
            {u"code"_s, code},
            {u"client_id"_s, kClient},
            {u"redirect_uri"_s, kRedirect},
            {u"code_verifier"_s, kVerifier}};
}

Tokens TestSandboxOAuth2::signIn(const QString &scope, LocalXServer *server)
{
    const Result result = token(exchangeParams(code({{u"scope"_s, scope}}, server)), server);
    return {result.value("access_token"), result.value("refresh_token")};
}

Result TestSandboxOAuth2::refresh(const QString &refreshToken, LocalXServer *server)
{
    return token({{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}, {u"client_id"_s, kClient}},
                 server);
}

Result TestSandboxOAuth2::api(const QByteArray &method, const QString &path, const QString &bearer,
                              LocalXServer *server)
{
    QUrl url = (server ? server : m_server.get())->baseUrl();
    url.setPath(path);
    const QByteArray body = method == "POST" ? QByteArray(R"({"text":"Episode 12 is out"})") : QByteArray();
    return send(method, url, body, body.isEmpty() ? QByteArray() : QByteArray("application/json"),
                "Bearer " + bearer.toLatin1());
}

void TestSandboxOAuth2::authorizeRedirectsWithCode()
{
    QCOMPARE(m_server->authorizeUrl().path(), u"/i/oauth2/authorize"_s);
    QCOMPARE(m_server->tokenUrl().path(), u"/2/oauth2/token"_s);
    const Result result = authorize(with(authorizeParams(), {{u"state"_s, u"a b&c=d+e"_s}}));
    QCOMPARE(result.status, 302);
    QCOMPARE(result.location.adjusted(QUrl::RemoveQuery), QUrl(kRedirect));
    const QUrlQuery query(result.location);
    QCOMPARE(query.queryItemValue(u"state"_s, QUrl::FullyDecoded), u"a b&c=d+e"_s);
    QVERIFY(query.queryItemValue(u"code"_s).size() >= 20);
    QVERIFY(!query.hasQueryItem(u"error"_s));
}

void TestSandboxOAuth2::authorizeRefuses_data()
{
    QTest::addColumn<Params>("changes");
    QTest::addColumn<bool>("redirects"); // false: 400 page, nothing sent to the client

    QTest::newRow("no client_id") << Params {{u"client_id"_s, {}}} << false;
    QTest::newRow("unknown client") << Params {{u"client_id"_s, u"other"_s}} << false;
    QTest::newRow("https redirect") << Params {{u"redirect_uri"_s, u"https://127.0.0.1:7777/callback"_s}} << false;
    QTest::newRow("localhost redirect") << Params {{u"redirect_uri"_s, u"http://localhost:7777/callback"_s}} << false;
    QTest::newRow("other host") << Params {{u"redirect_uri"_s, u"http://example.com/callback"_s}} << false;
    QTest::newRow("unknown scope") << Params {{u"scope"_s, u"tweet.read everything"_s}} << true;
    QTest::newRow("no scope") << Params {{u"scope"_s, {}}} << true;
    QTest::newRow("no state") << Params {{u"state"_s, {}}} << true;
    QTest::newRow("state too long") << Params {{u"state"_s, QString(501, u'a')}} << true;
    QTest::newRow("no challenge") << Params {{u"code_challenge"_s, {}}} << true;
    QTest::newRow("no method") << Params {{u"code_challenge_method"_s, {}}} << true;
    QTest::newRow("method S512") << Params {{u"code_challenge_method"_s, u"S512"_s}} << true;
    QTest::newRow("short challenge") << Params {{u"code_challenge"_s, u"abc"_s}} << true;
    QTest::newRow("implicit grant") << Params {{u"response_type"_s, u"token"_s}} << true;
}

void TestSandboxOAuth2::authorizeRefuses()
{
    QFETCH(Params, changes);
    QFETCH(bool, redirects);
    const Params params = with(authorizeParams(), changes);
    const Result result = authorize(params);
    if (!redirects) {
        QCOMPARE(result.status, 400);
        QVERIFY(result.location.isEmpty());
        QVERIFY(!result.body.isEmpty());
        return;
    }
    QCOMPARE(result.status, 302);
    const QUrlQuery query(result.location);
    QCOMPARE(query.queryItemValue(u"error"_s), u"invalid_request"_s);
    QCOMPARE(query.hasQueryItem(u"state"_s), true);
    QVERIFY(!query.hasQueryItem(u"code"_s));
}

void TestSandboxOAuth2::exchangesCodeWithRfc7636Vector()
{
    const Result result = token(exchangeParams(code()));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.value("token_type"), u"bearer"_s);
    QCOMPARE(result.json.value(u"expires_in"_s).toInt(), 7200);
    QCOMPARE(result.value("scope"), kScopes);
    QVERIFY(result.value("access_token").size() >= 20);
    QVERIFY(result.value("refresh_token").size() >= 20);
    QVERIFY(result.value("access_token") != result.value("refresh_token"));

    // plain: the verifier is the challenge.
    m_server->setAccessTokenLifetime(60s);
    const QString plain = code({{u"code_challenge"_s, kVerifier}, {u"code_challenge_method"_s, u"plain"_s}});
    const Result plainResult = token(exchangeParams(plain));
    QCOMPARE(plainResult.status, 200);
    QCOMPARE(plainResult.json.value(u"expires_in"_s).toInt(), 60);
}

void TestSandboxOAuth2::noRefreshTokenWithoutOfflineAccess()
{
    const Result result = token(exchangeParams(code({{u"scope"_s, u"tweet.read users.read"_s}})));
    QCOMPARE(result.status, 200);
    QVERIFY(!result.json.contains(u"refresh_token"_s));
}

void TestSandboxOAuth2::refusesExchange_data()
{
    QTest::addColumn<Params>("changes");
    QTest::addColumn<QString>("error");

    QTest::newRow("wrong verifier") << Params {{u"code_verifier"_s, QString(43, u'a')}} << u"invalid_grant"_s;
    QTest::newRow("verifier too short") << Params {{u"code_verifier"_s, u"short"_s}} << u"invalid_grant"_s;
    QTest::newRow("wrong redirect_uri") << Params {{u"redirect_uri"_s, u"http://127.0.0.1:7778/callback"_s}}
                                        << u"invalid_grant"_s;
    QTest::newRow("redirect without path")
        << Params {{u"redirect_uri"_s, u"http://127.0.0.1:7777/"_s}} << u"invalid_grant"_s;
    QTest::newRow("other client") << Params {{u"client_id"_s, u"second-app"_s}} << u"invalid_grant"_s;
    QTest::newRow("unknown code") << Params {{u"code"_s, u"not-a-code"_s}} << u"invalid_grant"_s;
    QTest::newRow("no verifier") << Params {{u"code_verifier"_s, {}}} << u"invalid_request"_s;
    QTest::newRow("no code") << Params {{u"code"_s, {}}} << u"invalid_request"_s;
    QTest::newRow("no grant_type") << Params {{u"grant_type"_s, {}}} << u"invalid_request"_s;
    QTest::newRow("password grant") << Params {{u"grant_type"_s, u"password"_s}} << u"unsupported_grant_type"_s;
    QTest::newRow("unknown client") << Params {{u"client_id"_s, u"nobody"_s}} << u"invalid_client"_s;
    QTest::newRow("a client secret") << Params {{u"client_secret"_s, u"s3cret"_s}} << u"invalid_client"_s;
}

void TestSandboxOAuth2::refusesExchange()
{
    QFETCH(Params, changes);
    QFETCH(QString, error);
    m_server->addOAuth2Client(u"second-app"_s);
    const QString issued = code();
    const Result result = token(with(exchangeParams(issued), changes));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.value("error"), error);
    QVERIFY(!result.value("error_description").isEmpty());
    QVERIFY(!result.json.contains(u"access_token"_s));
}

void TestSandboxOAuth2::toleratesWhatQt64Sends()
{
    // Qt 6.4 adds an empty client_secret to the exchange, and client_secret plus redirect_uri to a refresh.
    const Result exchanged = token(with(exchangeParams(code()), {{u"client_secret"_s, u""_s}}));
    QCOMPARE(exchanged.status, 200);
    const Result refreshed = token({{u"grant_type"_s, u"refresh_token"_s},
                                    {u"refresh_token"_s, exchanged.value("refresh_token")},
                                    {u"client_id"_s, kClient},
                                    {u"client_secret"_s, u""_s},
                                    {u"redirect_uri"_s, kRedirect}});
    QCOMPARE(refreshed.status, 200);

    // And a form sent as JSON is no form.
    const Result json = send("POST", m_server->tokenUrl(), R"({"grant_type":"refresh_token"})", "application/json");
    QCOMPARE(json.status, 400);
    QCOMPARE(json.value("error"), u"invalid_request"_s);
}

void TestSandboxOAuth2::refreshRotatesAndReplayRevokes()
{
    const Tokens first = signIn();
    const Result second = refresh(first.refresh);
    QCOMPARE(second.status, 200);
    QVERIFY(second.value("refresh_token") != first.refresh);
    QVERIFY(second.value("access_token") != first.access);
    QCOMPARE(second.value("scope"), kScopes);
    const Result third = refresh(second.value("refresh_token"));
    QCOMPARE(third.status, 200);
    QCOMPARE(api("GET", u"/2/users/me"_s, third.value("access_token")).status, 200);

    // A second process replaying the token the first one already used: the grant ends.
    const Result replay = refresh(second.value("refresh_token"));
    QCOMPARE(replay.status, 400);
    QCOMPARE(replay.value("error"), u"invalid_grant"_s);
    QCOMPARE(refresh(third.value("refresh_token")).value("error"), u"invalid_grant"_s);
    const Result me = api("GET", u"/2/users/me"_s, third.value("access_token"));
    QCOMPARE(me.status, 401);
    QCOMPARE(me.body, kUnauthorized);

    // Another sign-in is a grant of its own.
    QCOMPARE(api("GET", u"/2/users/me"_s, signIn().access).status, 200);
}

void TestSandboxOAuth2::bearerOnEveryEndpoint()
{
    const Tokens tokens = signIn();
    const Result created = api("POST", u"/2/tweets"_s, tokens.access);
    QCOMPARE(created.status, 201);
    QCOMPARE(m_server->posts().value(0).userId, u"1001"_s);
    const Result me = api("GET", u"/2/users/me"_s, tokens.access);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(u"data"_s).toObject().value(u"username"_s).toString(), u"alice_pod"_s);
    const Result timeline = api("GET", u"/2/users/1001/tweets"_s, tokens.access);
    QCOMPARE(timeline.status, 200);
    QCOMPARE(timeline.json.value(u"meta"_s).toObject().value(u"result_count"_s).toInt(), 1);

    QCOMPARE(api("GET", u"/2/users/me"_s, u"unknown"_s).body, kUnauthorized);
    QCOMPARE(api("GET", u"/2/users/me"_s, tokens.refresh).status, 401); // a refresh token is no bearer

    // Expired by time, and by expireAccessTokens(); the refresh token survives both.
    m_now = m_now.addSecs(7200);
    QCOMPARE(api("GET", u"/2/users/me"_s, tokens.access).status, 401);
    const Result refreshed = refresh(tokens.refresh);
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(api("GET", u"/2/users/me"_s, refreshed.value("access_token")).status, 200);
    m_server->expireAccessTokens();
    const Result expired = api("POST", u"/2/tweets"_s, refreshed.value("access_token"));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.body, kUnauthorized);
    QCOMPARE(m_server->storedPostCount(), 1);
    QCOMPARE(refresh(refreshed.value("refresh_token")).status, 200);
}

void TestSandboxOAuth2::bearerNeedsScope_data()
{
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");

    QTest::newRow("create without tweet.write")
        << u"tweet.read users.read"_s << QByteArray("POST") << u"/2/tweets"_s << 403;
    QTest::newRow("create with all three")
        << u"tweet.read tweet.write users.read"_s << QByteArray("POST") << u"/2/tweets"_s << 201;
    QTest::newRow("me without users.read")
        << u"tweet.read tweet.write"_s << QByteArray("GET") << u"/2/users/me"_s << 403;
    QTest::newRow("me") << u"tweet.read users.read"_s << QByteArray("GET") << u"/2/users/me"_s << 200;
    QTest::newRow("timeline without tweet.read")
        << u"users.read tweet.write"_s << QByteArray("GET") << u"/2/users/1001/tweets"_s << 403;
}

void TestSandboxOAuth2::bearerNeedsScope()
{
    QFETCH(QString, scope);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const Result result = api(method, path, signIn(scope).access);
    QTEST(result.status, "status");
    if (result.status == 403) {
        QCOMPARE(result.body, kForbidden);
    }
}

void TestSandboxOAuth2::signsInChosenUser()
{
    m_server->setOAuth2SignInUser(u"1002"_s);
    const Result me = api("GET", u"/2/users/me"_s, signIn().access);
    QCOMPARE(me.json.value(u"data"_s).toObject().value(u"id"_s).toString(), u"1002"_s);

    // An allow-list of callbacks means X's exact match, trailing slash included.
    m_server->setOAuth2RedirectUris(kClient, {u"http://127.0.0.1:7777/callback/"_s});
    QCOMPARE(authorize(authorizeParams()).status, 400);
    QCOMPARE(authorize(with(authorizeParams(), {{u"redirect_uri"_s, u"http://127.0.0.1:7777/callback/"_s}})).status,
             302);
}

void TestSandboxOAuth2::countsRequests()
{
    const Tokens tokens = signIn();
    const Result refreshed = refresh(tokens.refresh);
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refresh(tokens.refresh).status, 400);
    QCOMPARE(token(with(exchangeParams(u"nope"_s), {{u"grant_type"_s, {}}})).status, 400);
    QCOMPARE(m_server->tokenRequestCount(), 4);
    QCOMPARE(m_server->tokenRequestCount(u"authorization_code"_s), 1);
    QCOMPARE(m_server->tokenRequestCount(u"refresh_token"_s), 2);
    QCOMPARE(m_server->invalidGrantCount(), 1);

    QUrl stats = m_server->baseUrl();
    stats.setPath(u"/_sandbox/stats"_s);
    const Result result = send("GET", stats);
    QCOMPARE(result.json.value(u"tokenRequests"_s).toInt(), 4);
    QCOMPARE(result.json.value(u"refreshRequests"_s).toInt(), 2);
    QCOMPARE(result.json.value(u"invalidGrants"_s).toInt(), 1);
}

void TestSandboxOAuth2::revokes()
{
    const Tokens tokens = signIn();
    const Result revoked =
        send("POST", m_server->revokeUrl(), form({{u"token"_s, tokens.refresh}, {u"client_id"_s, kClient}}),
             "application/x-www-form-urlencoded");
    QCOMPARE(revoked.status, 200);
    QCOMPARE(revoked.json, QJsonObject({{u"revoked"_s, true}}));
    QCOMPARE(refresh(tokens.refresh).value("error"), u"invalid_grant"_s);
    QCOMPARE(api("GET", u"/2/users/me"_s, tokens.access).status, 401);

    const Tokens other = signIn();
    m_server->revokeOAuth2Grants();
    QCOMPARE(api("GET", u"/2/users/me"_s, other.access).status, 401);
    QCOMPARE(refresh(other.refresh).value("error"), u"invalid_grant"_s);
}

void TestSandboxOAuth2::tokenEndpointDown()
{
    const QString issued = code();
    m_server->injectFault({.kind = LocalXServer::FaultKind::ServerError, .endpoint = LocalXServer::Endpoint::Token});
    QCOMPARE(token(exchangeParams(issued)).status, 503);
    // The 503 did nothing: the code is still good.
    QCOMPARE(token(exchangeParams(issued)).status, 200);
    QCOMPARE(m_server->tokenRequestCount(), 2);

    m_server->injectFault(
        {.kind = LocalXServer::FaultKind::ServerError, .endpoint = LocalXServer::Endpoint::Authorize});
    QCOMPARE(authorize(authorizeParams()).status, 503);
}

void TestSandboxOAuth2::expiredCodeFault()
{
    const Tokens tokens = signIn();
    m_server->injectFault({.kind = LocalXServer::FaultKind::ExpiredCode});
    QCOMPARE(m_server->pendingFaultCount(), 1);
    // A refresh passes the fault by: it waits for a code exchange.
    QCOMPARE(refresh(tokens.refresh).status, 200);
    const Result expired = token(exchangeParams(code()));
    QCOMPARE(expired.value("error"), u"invalid_grant"_s);
    QCOMPARE(m_server->pendingFaultCount(), 0);

    // The same by the clock: 30 s by default, or as set.
    const QString late = code();
    m_now = m_now.addSecs(30);
    QCOMPARE(token(exchangeParams(late)).value("error"), u"invalid_grant"_s);
    m_server->setAuthorizationCodeLifetime(500ms);
    const QString quick = code();
    m_now = m_now.addMSecs(499);
    QCOMPARE(token(exchangeParams(quick)).status, 200);
    // And used once only.
    QCOMPARE(token(exchangeParams(quick)).value("error"), u"invalid_grant"_s);
}

void TestSandboxOAuth2::invalidGrantFault()
{
    const Tokens tokens = signIn();
    m_server->injectFault({.kind = LocalXServer::FaultKind::InvalidGrant});
    QCOMPARE(refresh(tokens.refresh).value("error"), u"invalid_grant"_s);
    QCOMPARE(api("GET", u"/2/users/me"_s, tokens.access).status, 401);
    QCOMPARE(refresh(tokens.refresh).value("error"), u"invalid_grant"_s);
    QCOMPARE(m_server->invalidGrantCount(), 2);

    m_server->injectFault({.kind = LocalXServer::FaultKind::InvalidGrant});
    QCOMPARE(token(exchangeParams(code())).value("error"), u"invalid_grant"_s);
}

void TestSandboxOAuth2::faultsOverControlApi()
{
    QUrl faults = m_server->baseUrl();
    faults.setPath(u"/_sandbox/faults"_s);
    const Result added = send("POST", faults, R"([{"kind":"expiredcode"},{"kind":"ServerError","endpoint":"token"}])",
                              "application/json");
    QCOMPARE(added.status, 201);
    QCOMPARE(added.json.value(u"pendingFaultCount"_s).toInt(), 2);
    QCOMPARE(token(exchangeParams(code())).value("error"), u"invalid_grant"_s);
    QCOMPARE(token(exchangeParams(code())).status, 503);
    QCOMPARE(token(exchangeParams(code())).status, 200);
}

// What another process (the lead's multi-process refresh test) needs: a client, expiry, revocation.
void TestSandboxOAuth2::controlApiSteersOAuth2()
{
    const auto control = [this](const QString &path, const QByteArray &body = "{}") {
        QUrl url = m_server->baseUrl();
        url.setPath(path);
        return send("POST", url, body, "application/json");
    };
    const QJsonObject client {
        {u"clientId"_s, u"cli-app"_s}, {u"redirectUris"_s, QJsonArray {kRedirect}}, {u"signInUser"_s, u"1002"_s}};
    QCOMPARE(control(u"/_sandbox/oauth2/clients"_s, QJsonDocument(client).toJson()).status, 201);
    QCOMPARE(control(u"/_sandbox/oauth2/clients"_s).status, 400);
    const QString issued = code({{u"client_id"_s, u"cli-app"_s}});
    const Result exchanged = token(with(exchangeParams(issued), {{u"client_id"_s, u"cli-app"_s}}));
    QCOMPARE(exchanged.status, 200);
    const QString access = exchanged.value("access_token");
    QCOMPARE(api("GET", u"/2/users/me"_s, access).json.value(u"data"_s).toObject().value(u"id"_s).toString(),
             u"1002"_s);

    QCOMPARE(control(u"/_sandbox/oauth2/expire-access-tokens"_s).status, 200);
    QCOMPARE(api("GET", u"/2/users/me"_s, access).status, 401);
    QCOMPARE(control(u"/_sandbox/oauth2/revoke-grants"_s).status, 200);
    const Result refused = token({{u"grant_type"_s, u"refresh_token"_s},
                                  {u"refresh_token"_s, exchanged.value("refresh_token")},
                                  {u"client_id"_s, u"cli-app"_s}});
    QCOMPARE(refused.value("error"), u"invalid_grant"_s);
}

void TestSandboxOAuth2::serversShareGrantsThroughStorage()
{
    const QString file = m_dir->filePath(u"sandbox.json"_s);
    QVERIFY(m_server->setStorageFile(file));
    LocalXServer other;
    other.addUser(u"1001"_s, u"alice_pod"_s, u"Alice's Podcast"_s, kAlice);
    other.addOAuth2Client(kClient);
    other.setClock([this] { return m_now; });
    QVERIFY(other.setStorageFile(file));
    QVERIFY(other.listen());

    const Tokens tokens = signIn();
    QCOMPARE(api("GET", u"/2/users/me"_s, tokens.access, &other).status, 200);
    const Result refreshed = refresh(tokens.refresh, &other);
    QCOMPARE(refreshed.status, 200);
    // Used through the other server, so used for this one: a replay, and the grant ends for both.
    QCOMPARE(refresh(tokens.refresh).value("error"), u"invalid_grant"_s);
    QCOMPARE(api("GET", u"/2/users/me"_s, refreshed.value("access_token"), &other).status, 401);
    QCOMPARE(m_server->tokenRequestCount(u"refresh_token"_s), 2);
    QCOMPARE(other.invalidGrantCount(), 1);

    // A code from one server is exchanged at the other, and posts land in the one timeline.
    const Result exchanged = token(exchangeParams(code()), &other);
    QCOMPARE(exchanged.status, 200);
    QCOMPARE(api("POST", u"/2/tweets"_s, exchanged.value("access_token")).status, 201);
    QCOMPARE(other.storedPostCount(), 1);
    // The file keeps hashes only.
    QFile stored(file);
    QVERIFY(stored.open(QIODevice::ReadOnly));
    QVERIFY(!stored.readAll().contains(exchanged.value("access_token").toLatin1()));
}

void TestSandboxOAuth2::logsNoSecret()
{
    g_log.clear();
    g_previousHandler = qInstallMessageHandler(captureLog);
    QLoggingCategory::setFilterRules(u"episodedesk.*=true"_s);
    const QString issued = code();
    const Result exchanged = token(exchangeParams(issued));
    const Result refreshed = refresh(exchanged.value("refresh_token"));
    refresh(exchanged.value("refresh_token"));
    api("GET", u"/2/users/me"_s, refreshed.value("access_token"));
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules({});

    const QString all = g_log.join(u'\n');
    QVERIFY(all.contains(u"1001"_s)); // the log says whose grant it was
    for (const QString &secret : {issued, kVerifier, exchanged.value("access_token"), exchanged.value("refresh_token"),
                                  refreshed.value("access_token"), refreshed.value("refresh_token")}) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!all.contains(secret), "a secret was logged");
    }
}

// The sign-in the app does (TOOLCHAIN.md, "Qt NetworkAuth 6.4"): Qt's flow with PKCE added through
// the parameters function, its loopback reply handler on 127.0.0.1, and the test as the browser.
void TestSandboxOAuth2::qtAuthorizationCodeFlowSignsInAndRefreshes()
{
    QOAuth2AuthorizationCodeFlow flow(kClient, m_server->authorizeUrl(), m_server->tokenUrl(), m_nam.get());
    auto *handler = new QOAuthHttpServerReplyHandler(QHostAddress::LocalHost, 0, &flow);
    QVERIFY(handler->isListening());
    handler->setCallbackPath(u"callback"_s);
    flow.setReplyHandler(handler);
    flow.setScope(kScopes);
    flow.setModifyParametersFunction([](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
        switch (stage) {
        case QAbstractOAuth::Stage::RequestingAuthorization:
            parameters->insert(u"code_challenge"_s, kChallenge);
            parameters->insert(u"code_challenge_method"_s, u"S256"_s);
            break;
        case QAbstractOAuth::Stage::RequestingAccessToken:
            parameters->insert(u"code_verifier"_s, kVerifier);
            break;
        default:
            break; // the refresh goes as Qt 6.4 sends it, empty client_secret and redirect_uri included
        }
    });
    QUrl browserUrl;
    connect(&flow, &QAbstractOAuth::authorizeWithBrowser, this, [&](const QUrl &url) { browserUrl = url; });
    QSignalSpy granted(&flow, &QAbstractOAuth::granted);
    flow.grant();
    QVERIFY(browserUrl.isValid());

    const Result page = send("GET", browserUrl);
    QCOMPARE(page.status, 302);
    QCOMPARE(page.location.host(), u"127.0.0.1"_s);
    send("GET", page.location); // the browser lands on the app's callback
    QTRY_COMPARE_WITH_TIMEOUT(granted.count(), 1, 10000);
    QCOMPARE(flow.status(), QAbstractOAuth::Status::Granted);
    QVERIFY(!flow.refreshToken().isEmpty());
    const QString firstRefresh = flow.refreshToken();
    QCOMPARE(api("GET", u"/2/users/me"_s, flow.token()).status, 200);

    QSignalSpy refreshed(&flow, &QAbstractOAuth2::refreshTokenChanged);
    flow.refreshAccessToken();
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 10000);
    QVERIFY(flow.refreshToken() != firstRefresh);
    QCOMPARE(api("POST", u"/2/tweets"_s, flow.token()).status, 201);
    QCOMPARE(m_server->tokenRequestCount(u"authorization_code"_s), 1);
    QCOMPARE(m_server->tokenRequestCount(u"refresh_token"_s), 1);
    QCOMPARE(m_server->invalidGrantCount(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxOAuth2)
#include "test_sandboxoauth2.moc"
