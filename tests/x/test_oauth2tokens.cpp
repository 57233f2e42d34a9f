// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/localxserver.h"
#include "secrets/memorysecretstore.h"
#include "x/oauth2tokens.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>
#include <vector>

using namespace EpisodeDesk::Models;
using namespace Qt::StringLiterals;

namespace {

const XCredentials kAliceKeys {u"alice-consumer-key"_s, u"alice-consumer-secret"_s, u"alice-token"_s,
                               u"alice-token-secret"_s};
const QString kClient = u"episodedesk-test-app"_s;
const QString kRedirect = u"http://127.0.0.1:7777/callback"_s;
const QString kScopes = u"tweet.read tweet.write users.read offline.access"_s;
// RFC 7636 appendix B.
const QString kVerifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_s;
const QString kChallenge = u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s;

struct Reply
{
    int status = 0;
    QJsonObject json;
    QUrl location;
};

} // namespace

// OAuth2Tokens against a real LocalXServer on 127.0.0.1: the pair comes from a real code exchange, the
// keychain is a MemorySecretStore, and the lock files go to a QTemporaryDir.
class TestOAuth2Tokens final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void freshTokenAsIs();
    void expiredTokenRefreshedOnce();
    void concurrentAccessRefreshesOnce();
    void replayedRefreshTokenNeedsSignIn();
    void keychainRefusesWrite();
    void tokenEndpointDown();
    void bearerRefusedRefreshesNext();
    void bearerRefusedIgnoresOtherBearer();

private:
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {});
    XCredentials signIn(const QDateTime &expiresAt);
    Reply refreshDirectly(const QString &refreshToken);
    void put(const XCredentials &credentials);
    XCredentials stored();
    OAuth2Access access(OAuth2Tokens &tokens);
    std::unique_ptr<OAuth2Tokens> makeTokens(QNetworkAccessManager *manager, OAuth2Tokens::Options options = {});
    bool lockReleased() const;
    int refreshCount() const { return m_server->tokenRequestCount(u"refresh_token"_s); }
    static QDateTime expired() { return QDateTime::currentDateTimeUtc().addSecs(-60); }
    static QDateTime fresh() { return QDateTime::currentDateTimeUtc().addSecs(3600); }
    // No token appears in what the user reads.
    static bool mentionsNoToken(const OAuth2Access &access, const QStringList &tokens);

    std::unique_ptr<QTemporaryDir> m_locks;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<LocalXServer> m_server;
    std::unique_ptr<MemorySecretStore> m_store;
    Account m_account;
    qint64 m_nextAccountId = 41;
};

void TestOAuth2Tokens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOAuth2Tokens::init()
{
    m_locks = std::make_unique<QTemporaryDir>();
    QVERIFY(m_locks->isValid());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<LocalXServer>();
    m_server->addUser(u"1001"_s, u"alice_pod"_s, u"Alice's Podcast"_s, kAliceKeys);
    m_server->addOAuth2Client(kClient);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_store = std::make_unique<MemorySecretStore>();
    // The tokens a refused keychain write leaves in memory are per process and per account id: every
    // test has an account of its own.
    m_account = {};
    m_account.id = m_nextAccountId++;
    m_account.name = u"Alice's Show"_s;
    m_account.kind = AccountKind::X;
    m_account.auth = AccountAuth::OAuth2;
    m_account.clientId = kClient;
    m_account.apiBaseUrl = m_server->baseUrl();
}

void TestOAuth2Tokens::cleanup()
{
    m_store.reset();
    m_nam.reset();
    m_server.reset();
    m_locks.reset();
}

Reply TestOAuth2Tokens::send(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    // The test is the browser: it reads the redirect instead of following it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    }
    std::unique_ptr<QNetworkReply> reply(m_nam->sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000)) {
        reply->abort();
    }
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.json = QJsonDocument::fromJson(reply->readAll()).object();
    result.location = QUrl::fromEncoded(reply->rawHeader("Location"));
    return result;
}

// The sign-in XSignIn makes, done by hand: authorize (auto-approved), then the code exchange.
XCredentials TestOAuth2Tokens::signIn(const QDateTime &expiresAt)
{
    QUrlQuery authorize;
    authorize.setQueryItems({{u"response_type"_s, u"code"_s},
                             {u"client_id"_s, kClient},
                             {u"redirect_uri"_s, kRedirect},
                             {u"scope"_s, kScopes},
                             {u"state"_s, u"state-1"_s},
                             {u"code_challenge"_s, kChallenge},
                             {u"code_challenge_method"_s, u"S256"_s}});
    QUrl url = m_server->authorizeUrl();
    url.setQuery(authorize);
    const Reply page = send("GET", url);
    const QString code = QUrlQuery(page.location).queryItemValue(u"code"_s, QUrl::FullyDecoded);
    QUrlQuery exchange;
    exchange.setQueryItems({{u"grant_type"_s, u"authorization_code"_s},
                            {u"code"_s, code},
                            {u"client_id"_s, kClient},
                            {u"redirect_uri"_s, kRedirect},
                            {u"code_verifier"_s, kVerifier}});
    const Reply token = send("POST", m_server->tokenUrl(), exchange.query(QUrl::FullyEncoded).toUtf8());
    XCredentials credentials;
    credentials.bearerToken = token.json.value(u"access_token"_s).toString();
    credentials.refreshToken = token.json.value(u"refresh_token"_s).toString();
    credentials.bearerExpiresAt = expiresAt;
    return credentials;
}

Reply TestOAuth2Tokens::refreshDirectly(const QString &refreshToken)
{
    QUrlQuery form;
    form.setQueryItems(
        {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}, {u"client_id"_s, kClient}});
    return send("POST", m_server->tokenUrl(), form.query(QUrl::FullyEncoded).toUtf8());
}

void TestOAuth2Tokens::put(const XCredentials &credentials)
{
    std::optional<SecretResult> result;
    m_store->writeCredentials(m_account.id, credentials, this, [&](const SecretResult &r) { result = r; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    QVERIFY(result->ok);
}

XCredentials TestOAuth2Tokens::stored()
{
    std::optional<SecretResult> result;
    m_store->readCredentials(m_account.id, this, [&](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000) || !result->ok) {
        return {};
    }
    return result->credentials;
}

OAuth2Access TestOAuth2Tokens::access(OAuth2Tokens &tokens)
{
    std::optional<OAuth2Access> result;
    tokens.access(m_account, m_account.apiBaseUrl, this, [&](const OAuth2Access &a) { result = a; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000)) {
        OAuth2Access none;
        none.message = u"the test waited in vain"_s;
        return none;
    }
    return *result;
}

std::unique_ptr<OAuth2Tokens> TestOAuth2Tokens::makeTokens(QNetworkAccessManager *manager,
                                                           OAuth2Tokens::Options options)
{
    options.lockDirectory = m_locks->path();
    return std::make_unique<OAuth2Tokens>(m_store.get(), manager, options);
}

// A job holds the account's lock file from its start to its end; no file left means it finished.
bool TestOAuth2Tokens::lockReleased() const
{
    return QDir(m_locks->path()).entryList(QDir::Files | QDir::Hidden).isEmpty();
}

bool TestOAuth2Tokens::mentionsNoToken(const OAuth2Access &access, const QStringList &tokens)
{
    for (const QString &token : tokens) {
        if (token.isEmpty() || access.message.contains(token) || access.warning.contains(token)) {
            return false;
        }
    }
    return true;
}

void TestOAuth2Tokens::freshTokenAsIs()
{
    const XCredentials signedIn = signIn(fresh());
    QVERIFY(signedIn.hasOAuth2());
    put(signedIn);
    const int exchanges = m_server->tokenRequestCount();
    auto tokens = makeTokens(m_nam.get());
    const OAuth2Access result = access(*tokens);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.credentials.bearerToken, signedIn.bearerToken);
    QCOMPARE(result.credentials.refreshToken, signedIn.refreshToken);
    QVERIFY(!result.refreshed);
    QVERIFY(result.warning.isEmpty());
    QCOMPARE(m_server->tokenRequestCount(), exchanges);
    QCOMPARE(refreshCount(), 0);
    QVERIFY(lockReleased());
}

void TestOAuth2Tokens::expiredTokenRefreshedOnce()
{
    const XCredentials signedIn = signIn(expired());
    put(signedIn);
    auto tokens = makeTokens(m_nam.get());
    const OAuth2Access result = access(*tokens);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.refreshed);
    QCOMPARE(refreshCount(), 1);
    QVERIFY(result.credentials.bearerToken != signedIn.bearerToken);
    QVERIFY(result.credentials.refreshToken != signedIn.refreshToken);
    QVERIFY(result.credentials.bearerExpiresAt > fresh());
    // In the keychain before anyone used it.
    const XCredentials kept = stored();
    QCOMPARE(kept.bearerToken, result.credentials.bearerToken);
    QCOMPARE(kept.refreshToken, result.credentials.refreshToken);
    QCOMPARE(kept.bearerExpiresAt, result.credentials.bearerExpiresAt);
    QVERIFY(lockReleased());

    // A second access uses the new pair as is.
    const OAuth2Access again = access(*tokens);
    QVERIFY(again.ok());
    QVERIFY(!again.refreshed);
    QCOMPARE(again.credentials.bearerToken, result.credentials.bearerToken);
    QCOMPARE(refreshCount(), 1);

    // The old refresh token was spent by the rotation.
    QCOMPARE(refreshDirectly(signedIn.refreshToken).json.value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestOAuth2Tokens::concurrentAccessRefreshesOnce()
{
    const XCredentials signedIn = signIn(expired());
    put(signedIn);
    constexpr int count = 6;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    std::vector<std::unique_ptr<OAuth2Tokens>> tokens;
    std::vector<std::optional<OAuth2Access>> results(count);
    for (int i = 0; i < count; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        tokens.push_back(makeTokens(managers.back().get()));
    }
    // All in the same event loop turn: each finds the token expired before any refresh has finished.
    for (int i = 0; i < count; ++i) {
        tokens[i]->access(m_account, m_account.apiBaseUrl, this,
                          [&results, i](const OAuth2Access &a) { results[i] = a; });
    }
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(results.begin(), results.end(), [](const auto &r) { return r.has_value(); }),
                             20000);
    QCOMPARE(refreshCount(), 1);
    QCOMPARE(m_server->invalidGrantCount(), 0);
    const QString bearer = results.front()->credentials.bearerToken;
    QVERIFY(bearer != signedIn.bearerToken);
    int refreshed = 0;
    for (const auto &result : results) {
        QVERIFY2(result->ok(), qPrintable(result->message));
        QCOMPARE(result->credentials.bearerToken, bearer);
        refreshed += result->refreshed ? 1 : 0;
    }
    QCOMPARE(refreshed, 1);
    QCOMPARE(stored().bearerToken, bearer);
    QVERIFY(lockReleased());
}

void TestOAuth2Tokens::replayedRefreshTokenNeedsSignIn()
{
    const XCredentials signedIn = signIn(expired());
    // Someone else (another computer with a copy of the keychain) used the refresh token already.
    QCOMPARE(refreshDirectly(signedIn.refreshToken).status, 200);
    put(signedIn);
    auto tokens = makeTokens(m_nam.get());
    const OAuth2Access result = access(*tokens);
    QCOMPARE(result.status, OAuth2Access::Status::NeedsSignIn);
    QVERIFY2(result.message.contains(u"Sign in with X again"_s), qPrintable(result.message));
    QVERIFY(result.message.contains(m_account.name));
    QVERIFY(mentionsNoToken(result, {signedIn.bearerToken, signedIn.refreshToken}));
    QVERIFY(result.credentials.bearerToken.isEmpty());
    QCOMPARE(m_server->invalidGrantCount(), 1);
    const XCredentials kept = stored();
    QVERIFY(!kept.hasOAuth2());
    QVERIFY(kept.bearerToken.isEmpty());
    QVERIFY(kept.refreshToken.isEmpty());
    QVERIFY(!OAuth2Tokens::holdsUnsavedTokens(m_account.id));

    // Nothing is tried again on a guess: the next access says "sign in" without asking X.
    const OAuth2Access next = access(*tokens);
    QCOMPARE(next.status, OAuth2Access::Status::NeedsSignIn);
    QVERIFY(!next.message.isEmpty());
    QCOMPARE(refreshCount(), 2);
    QCOMPARE(m_server->invalidGrantCount(), 1);
}

void TestOAuth2Tokens::keychainRefusesWrite()
{
    const XCredentials signedIn = signIn(expired());
    put(signedIn);
    m_store->setWritesFail(true);
    auto first = makeTokens(m_nam.get());
    QSignalSpy notSaved(first.get(), &OAuth2Tokens::tokensNotSaved);
    const OAuth2Access result = access(*first);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.refreshed);
    QVERIFY(!result.warning.isEmpty());
    QVERIFY(result.warning.contains(m_account.name));
    QVERIFY(mentionsNoToken(result, {result.credentials.bearerToken, result.credentials.refreshToken}));
    QCOMPARE(notSaved.count(), 1);
    QCOMPARE(notSaved.at(0).at(0).toLongLong(), m_account.id);
    QCOMPARE(notSaved.at(0).at(1).toString(), result.warning);
    QVERIFY(OAuth2Tokens::holdsUnsavedTokens(m_account.id));
    QCOMPARE(stored().refreshToken, signedIn.refreshToken); // the keychain still has the spent pair
    QCOMPARE(refreshCount(), 1);

    // Another OAuth2Tokens of this process uses the kept pair, not the spent one in the keychain.
    QNetworkAccessManager otherManager;
    auto second = makeTokens(&otherManager);
    const OAuth2Access kept = access(*second);
    QVERIFY2(kept.ok(), qPrintable(kept.message));
    QVERIFY(!kept.refreshed);
    QCOMPARE(kept.credentials.bearerToken, result.credentials.bearerToken);
    QCOMPARE(refreshCount(), 1);

    // Later (the bearer expired), with the keychain working again: the kept refresh token renews it.
    m_store->setWritesFail(false);
    OAuth2Tokens::Options later;
    later.clock = [] {
        return QDateTime::currentDateTimeUtc().addSecs(3 * 3600);
    };
    auto third = makeTokens(&otherManager, later);
    const OAuth2Access renewed = access(*third);
    QVERIFY2(renewed.ok(), qPrintable(renewed.message));
    QVERIFY(renewed.refreshed);
    QVERIFY(renewed.warning.isEmpty());
    QCOMPARE(refreshCount(), 2);
    QCOMPARE(m_server->invalidGrantCount(), 0);
    QVERIFY(!OAuth2Tokens::holdsUnsavedTokens(m_account.id));
    QCOMPARE(stored().refreshToken, renewed.credentials.refreshToken);
    QCOMPARE(notSaved.count(), 1);
}

void TestOAuth2Tokens::tokenEndpointDown()
{
    const XCredentials signedIn = signIn(expired());
    put(signedIn);
    m_server->injectFault({.kind = LocalXServer::FaultKind::ServerError, .endpoint = LocalXServer::Endpoint::Token});
    auto tokens = makeTokens(m_nam.get());
    const OAuth2Access result = access(*tokens);
    QCOMPARE(result.status, OAuth2Access::Status::Unavailable);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(result.message.contains(m_account.name));
    QVERIFY(mentionsNoToken(result, {signedIn.bearerToken, signedIn.refreshToken}));
    QVERIFY(result.credentials.bearerToken.isEmpty());
    const XCredentials kept = stored();
    QCOMPARE(kept.bearerToken, signedIn.bearerToken);
    QCOMPARE(kept.refreshToken, signedIn.refreshToken);
    QCOMPARE(kept.bearerExpiresAt, signedIn.bearerExpiresAt);
    QVERIFY(!OAuth2Tokens::holdsUnsavedTokens(m_account.id));
    QVERIFY(lockReleased());

    // Nothing was lost: once X answers again the same refresh token works.
    const OAuth2Access later = access(*tokens);
    QVERIFY2(later.ok(), qPrintable(later.message));
    QVERIFY(later.refreshed);
    QCOMPARE(m_server->invalidGrantCount(), 0);
    QCOMPARE(stored().bearerToken, later.credentials.bearerToken);
}

void TestOAuth2Tokens::bearerRefusedRefreshesNext()
{
    const XCredentials signedIn = signIn(fresh());
    put(signedIn);
    auto tokens = makeTokens(m_nam.get());
    tokens->bearerRefused(m_account, signedIn.bearerToken);
    QTRY_VERIFY(lockReleased());
    const OAuth2Access result = access(*tokens);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(result.refreshed);
    QVERIFY(result.credentials.bearerToken != signedIn.bearerToken);
    QCOMPARE(refreshCount(), 1);
    QCOMPARE(m_server->invalidGrantCount(), 0);

    // Asked again at once, before the keychain knows the new bearer was refused too: another
    // OAuth2Tokens of this process does not hand out the refused one.
    const XCredentials second = result.credentials;
    tokens->bearerRefused(m_account, second.bearerToken);
    auto other = makeTokens(m_nam.get());
    const OAuth2Access again = access(*other);
    QVERIFY2(again.ok(), qPrintable(again.message));
    QVERIFY(again.credentials.bearerToken != second.bearerToken);
    QCOMPARE(refreshCount(), 2);
}

void TestOAuth2Tokens::bearerRefusedIgnoresOtherBearer()
{
    const XCredentials signedIn = signIn(expired());
    put(signedIn);
    auto tokens = makeTokens(m_nam.get());
    const OAuth2Access renewed = access(*tokens);
    QVERIFY(renewed.refreshed);
    // A 401 to the bearer from before the refresh says nothing about the new one.
    tokens->bearerRefused(m_account, signedIn.bearerToken);
    QTRY_VERIFY(lockReleased());
    const OAuth2Access result = access(*tokens);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!result.refreshed);
    QCOMPARE(result.credentials.bearerToken, renewed.credentials.bearerToken);
    QCOMPARE(stored().bearerExpiresAt, renewed.credentials.bearerExpiresAt);
    QCOMPARE(refreshCount(), 1);
}

QTEST_GUILESS_MAIN(TestOAuth2Tokens)
#include "test_oauth2tokens.moc"
