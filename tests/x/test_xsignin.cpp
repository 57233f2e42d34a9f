// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sign in with X (XSignIn) against the local X server's OAuth 2.0 endpoints, with this test acting as
// the browser: it opens the authorize address, takes X's redirect and delivers it to EpisodeDesk's
// loopback listener on 127.0.0.1. A full sign-in, a redirect with another state (its code never
// exchanged), an expired code, and ports that are taken.
#include "sandbox/localxserver.h"
#include "x/pkce.h"
#include "x/xsignin.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <functional>
#include <memory>

using namespace EpisodeDesk::Models;

namespace {

const QString kClient = QStringLiteral("episodedesk-test-client");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

} // namespace

class XSignInTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<LocalXServer>();
        m_server->addUser(QStringLiteral("2244994945"), QStringLiteral("gardentalk"), QStringLiteral("Garden Talk"),
                          {QStringLiteral("ck"), QStringLiteral("cs"), QStringLiteral("at"), QStringLiteral("ats")});
        m_server->addOAuth2Client(kClient);
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    }

    void cleanup() { m_server.reset(); }

    void signsInWithPkce()
    {
        XSignIn signIn(&m_manager, options());
        QUrl authorize;
        connect(&signIn, &XSignIn::authorizeUrlReady, this, [&](const QUrl &url) {
            authorize = url;
            browse(url);
        });
        QSignalSpy finished(&signIn, &XSignIn::finished);
        signIn.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const auto result = finished.at(0).at(0).value<XSignIn::Result>();
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.username, QStringLiteral("gardentalk"));
        QCOMPARE(result.userId, QStringLiteral("2244994945"));
        QVERIFY(!result.tokens.bearerToken.isEmpty());
        QVERIFY(!result.tokens.refreshToken.isEmpty()); // offline.access was asked for
        const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(result.tokens.bearerExpiresAt);
        QVERIFY2(lifetime > 7000 && lifetime <= 7200, qPrintable(QString::number(lifetime)));
        QCOMPARE(m_server->tokenRequestCount(QStringLiteral("authorization_code")), 1);

        // What the browser was given: S256 challenge, our scopes, a loopback callback, never the verifier.
        const QUrlQuery query(authorize);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), kClient);
        QCOMPARE(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), XSignIn::scopes());
        QCOMPARE(QUrl(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)),
                 QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(m_port)));
        QVERIFY(!query.hasQueryItem(QStringLiteral("code_verifier")));
        // Done: the listener is closed.
        QVERIFY(!signIn.isRunning());
    }

    void aRedirectWithAnotherStateIsRefused()
    {
        XSignIn signIn(&m_manager, options());
        connect(&signIn, &XSignIn::authorizeUrlReady, this, [&](const QUrl &url) {
            browse(url, [](QUrl *redirect) {
                QUrlQuery query(*redirect);
                query.removeQueryItem(QStringLiteral("state"));
                query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(Pkce::makeState()));
                redirect->setQuery(query);
            });
        });
        QSignalSpy finished(&signIn, &XSignIn::finished);
        signIn.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const auto result = finished.at(0).at(0).value<XSignIn::Result>();
        QCOMPARE(result.error, XSignIn::Error::StateMismatch);
        QVERIFY2(result.message.contains(QStringLiteral("does not belong to this sign-in")),
                 qPrintable(result.message));
        QVERIFY(result.tokens.bearerToken.isEmpty());
        QTest::qWait(200); // a code exchange, if one were wrongly started, would reach the server meanwhile
        QCOMPARE(m_server->tokenRequestCount(), 0);
    }

    void anExpiredCodeIsRefusedWithASentence()
    {
        m_server->injectFault({.kind = LocalXServer::FaultKind::ExpiredCode});
        XSignIn signIn(&m_manager, options());
        connect(&signIn, &XSignIn::authorizeUrlReady, this, [&](const QUrl &url) { browse(url); });
        QSignalSpy finished(&signIn, &XSignIn::finished);
        signIn.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        const auto result = finished.at(0).at(0).value<XSignIn::Result>();
        QCOMPARE(result.error, XSignIn::Error::TokenRefused);
        QVERIFY2(result.message.contains(QStringLiteral("30 seconds")), qPrintable(result.message));
        QCOMPARE(m_server->invalidGrantCount(), 1);
    }

    void aTakenPortFallsBackToTheNext()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        const quint16 next = freePort();
        XSignIn::Options withTaken = options();
        withTaken.ports = {taken.serverPort(), next};
        XSignIn signIn(&m_manager, withTaken);
        QSignalSpy ready(&signIn, &XSignIn::authorizeUrlReady);
        signIn.start();
        QCOMPARE(ready.count(), 1);
        QCOMPARE(signIn.callbackUrl(), QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(next)));
        signIn.cancel();

        // Every port taken: a sentence naming them, and no browser.
        XSignIn::Options allTaken = options();
        allTaken.ports = {taken.serverPort()};
        XSignIn blocked(&m_manager, allTaken);
        QSignalSpy blockedReady(&blocked, &XSignIn::authorizeUrlReady);
        QSignalSpy finished(&blocked, &XSignIn::finished);
        blocked.start();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(blockedReady.count(), 0);
        const auto result = finished.at(0).at(0).value<XSignIn::Result>();
        QCOMPARE(result.error, XSignIn::Error::NoPort);
        QVERIFY(result.message.contains(QString::number(taken.serverPort())));
    }

    void nobodyComingBackTimesOut()
    {
        XSignIn::Options quick = options();
        quick.timeout = std::chrono::milliseconds(300);
        XSignIn signIn(&m_manager, quick);
        QSignalSpy finished(&signIn, &XSignIn::finished);
        signIn.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(finished.at(0).at(0).value<XSignIn::Result>().error, XSignIn::Error::TimedOut);
        QVERIFY(!signIn.isRunning());
    }

private:
    XSignIn::Options options()
    {
        m_port = freePort();
        XSignIn::Options options;
        options.clientId = kClient;
        options.apiBase = m_server->baseUrl();
        options.authorizeUrl = m_server->authorizeUrl();
        options.ports = {m_port};
        return options;
    }

    // The browser: opens X's page (which approves at once), and follows its redirect to the loopback
    // address, after `tamper` had its way with it.
    void browse(const QUrl &authorize, std::function<void(QUrl *)> tamper = {})
    {
        QNetworkRequest request(authorize);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *page = m_manager.get(request);
        connect(page, &QNetworkReply::finished, this, [this, page, tamper] {
            page->deleteLater();
            QUrl redirect = page->header(QNetworkRequest::LocationHeader).toUrl();
            QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 302);
            QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
            if (tamper) {
                tamper(&redirect);
            }
            QNetworkReply *callback = m_manager.get(QNetworkRequest(redirect));
            connect(callback, &QNetworkReply::finished, callback, &QObject::deleteLater);
        });
    }

    std::unique_ptr<LocalXServer> m_server;
    QNetworkAccessManager m_manager;
    quint16 m_port = 0;
};

QTEST_GUILESS_MAIN(XSignInTest)
#include "test_xsignin.moc"
