// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `episodedesk accounts signin` and OAuth 2.0 posting as scripts and cron run them, against the local X
// server's OAuth 2.0 endpoints and the real keychain, this test acting as the browser:
// - a sign-in from the command line: the address alone on a line, the account's id as the last line;
// - eight `post` processes finding the access token expired at once: exactly one refresh, no
//   invalid_grant, eight posts (the refresh is serialized across processes and re-reads the keychain);
// - a replayed refresh token: a clear sentence, the post left pending, nothing sent, "needs sign-in";
// - no token in any process's output, the database file or the settings.
#include "clirunner.h"
#include "sandbox/localxserver.h"
#include "secrets/keychainsecretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;

namespace {

const QString kClient = QStringLiteral("cli-test-client");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

SecretResult keychain(qint64 accountId, const std::optional<XCredentials> &write = std::nullopt)
{
    KeychainSecretStore store;
    SecretResult answer;
    QEventLoop loop;
    auto done = [&](const SecretResult &result) {
        answer = result;
        loop.quit();
    };
    if (write) {
        store.writeCredentials(accountId, *write, &loop, done);
    } else {
        store.readCredentials(accountId, &loop, done);
    }
    loop.exec();
    return answer;
}

} // namespace

class CliSignInTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cli = std::make_unique<CliDatabase>(m_dir->filePath(QStringLiteral("show.sqlite")));
        m_server = std::make_unique<LocalXServer>();
        m_server->addUser(QStringLiteral("1600000001"), QStringLiteral("gardentalk"), QStringLiteral("Garden Talk"),
                          {QStringLiteral("ck"), QStringLiteral("cs"), QStringLiteral("at"), QStringLiteral("ats")});
        m_server->addOAuth2Client(kClient);
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        m_outputs.clear();
    }

    void cleanup()
    {
        m_server.reset();
        m_cli.reset();
        m_dir.reset();
    }

    void signInFromTheCommandLine()
    {
        const QString id = signIn();
        QVERIFY(!id.isEmpty());
        const QJsonArray accounts =
            QJsonDocument::fromJson(
                m_cli->run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                .array();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject account = accounts.at(0).toObject();
        QCOMPARE(account.value(QLatin1String("auth")).toString(), QStringLiteral("oauth2"));
        QCOMPARE(account.value(QLatin1String("client_id")).toString(), kClient);
        QCOMPARE(account.value(QLatin1String("needs_signin")).toBool(), false);
        QCOMPARE(account.value(QLatin1String("handle")).toString(), QStringLiteral("gardentalk"));
        QCOMPARE(account.value(QLatin1String("x_user_id")).toString(), QStringLiteral("1600000001"));
        const SecretResult stored = keychain(id.toLongLong());
        QVERIFY(stored.ok);
        QVERIFY(stored.credentials.hasOAuth2());
        QVERIFY(!stored.credentials.hasOAuth1());

        // Usage errors, before anything is opened.
        QCOMPARE(m_cli
                     ->run({QStringLiteral("accounts"), QStringLiteral("signin"), QStringLiteral("--name"),
                            QStringLiteral("x")})
                     .exitCode,
                 2);
        noTokenLeaked(stored.credentials);
    }

    void eightProcessesRefreshOnce()
    {
        const QString account = signIn();
        QVERIFY(!account.isEmpty());
        const QString episode = m_cli->add(
            {QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Seeds")});
        constexpr int kProcesses = 8;
        QStringList tweets;
        for (int i = 0; i < kProcesses; ++i) {
            tweets.append(m_cli->add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"),
                                      episode, QStringLiteral("--account"), account, QStringLiteral("--text"),
                                      QStringLiteral("Seeds, part %1").arg(i)}));
        }
        const XCredentials before = expire(account);
        const int refreshesBefore = m_server->tokenRequestCount(QStringLiteral("refresh_token"));

        QObject owner;
        QList<QProcess *> running;
        for (const QString &tweet : std::as_const(tweets)) {
            running.append(startCli({QStringLiteral("--db"), m_cli->path(), QStringLiteral("post"), tweet}, &owner));
        }
        int posted = 0;
        for (QProcess *process : std::as_const(running)) {
            const CliResult result = finishCli(process, {}, 120000);
            m_outputs.append(result.out + result.err);
            posted += result.exitCode == 0 ? 1 : 0;
            if (result.exitCode != 0) {
                qWarning() << "post failed:" << result.exitCode << result.err;
            }
        }
        qInfo("%d processes: %d refresh requests, %d invalid_grant, %d creates, %d posted", kProcesses,
              m_server->tokenRequestCount(QStringLiteral("refresh_token")) - refreshesBefore,
              m_server->invalidGrantCount(), m_server->createRequestCount(), posted);
        QCOMPARE(m_server->tokenRequestCount(QStringLiteral("refresh_token")) - refreshesBefore, 1);
        QCOMPARE(m_server->invalidGrantCount(), 0);
        QCOMPARE(posted, kProcesses);
        QCOMPARE(m_server->createRequestCount(), kProcesses);
        QCOMPARE(m_server->storedPostCount(), kProcesses);
        // The keychain holds the renewed pair, not the spent one.
        const SecretResult after = keychain(account.toLongLong());
        QVERIFY(after.ok);
        QVERIFY(after.credentials.refreshToken != before.refreshToken);
        noTokenLeaked(before);
        noTokenLeaked(after.credentials);
    }

    void aReplayedRefreshTokenHoldsThePost()
    {
        const QString account = signIn();
        const QString episode = m_cli->add(
            {QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Compost")});
        const QString first = m_cli->add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"),
                                          episode, QStringLiteral("--account"), account, QStringLiteral("--text"),
                                          QStringLiteral("Compost, explained")});
        XCredentials spent = expire(account);
        spent.bearerExpiresAt = QDateTime::currentDateTimeUtc().addSecs(-60); // as expired as it was
        const CliResult ok = m_cli->run({QStringLiteral("post"), first});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(m_server->createRequestCount(), 1);

        // Another copy of the old pair (a restored backup, a second keychain): its refresh token was
        // spent by the refresh above. X refuses it and ends the grant.
        keychain(account.toLongLong(), spent);
        const QString second = m_cli->add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"),
                                           episode, QStringLiteral("--account"), account, QStringLiteral("--text"),
                                           QStringLiteral("Compost, part two")});
        const CliResult held = m_cli->run({QStringLiteral("post"), second});
        m_outputs.append(held.out + held.err);
        // Not published (exit 4, as for keys that are not on this computer), nothing sent, the row pending.
        QVERIFY2(held.exitCode == 4, qPrintable(held.err));
        QVERIFY2(held.err.contains(QStringLiteral("Sign in with X again")), qPrintable(held.err));
        QCOMPARE(m_server->invalidGrantCount(), 1);
        QCOMPARE(m_server->createRequestCount(), 1);
        QCOMPARE(m_cli->status(second), QStringLiteral("pending"));
        const QJsonObject listed =
            QJsonDocument::fromJson(
                m_cli->run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8())
                .array()
                .at(0)
                .toObject();
        QCOMPARE(listed.value(QLatin1String("needs_signin")).toBool(), true);
        // Again: the same sentence, and still nothing sent (no refresh is even tried: there is no token).
        const CliResult again = m_cli->run({QStringLiteral("post"), second});
        QCOMPARE(again.exitCode, 4);
        QVERIFY2(again.err.contains(QStringLiteral("not signed in to X on this computer")), qPrintable(again.err));
        QCOMPARE(m_server->tokenRequestCount(QStringLiteral("refresh_token")), 2);
        QCOMPARE(m_server->createRequestCount(), 1);
        noTokenLeaked(spent);
    }

private:
    // Signs in from the command line, acting as the browser; the new account's id.
    QString signIn()
    {
        QObject owner;
        QProcess *process =
            startCli({QStringLiteral("--db"), m_cli->path(), QStringLiteral("accounts"), QStringLiteral("signin"),
                      QStringLiteral("--name"), QStringLiteral("Garden Talk"), QStringLiteral("--client-id"), kClient,
                      QStringLiteral("--api-base"), m_server->baseUrl().toString(), QStringLiteral("--authorize-url"),
                      m_server->authorizeUrl().toString(), QStringLiteral("--port"), QString::number(freePort()),
                      QStringLiteral("--no-browser")},
                     &owner);
        if (!QTest::qWaitFor([process] { return process->canReadLine(); }, 20000)) {
            qWarning() << "no address printed:" << process->readAllStandardError();
            return {};
        }
        const QUrl authorize(QString::fromUtf8(process->readLine()).trimmed());
        if (authorize.host() != QLatin1String("127.0.0.1") || !authorize.hasQuery()) {
            qWarning() << "not an address:" << authorize;
            return {};
        }
        QNetworkRequest request(authorize);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *page = m_manager.get(request);
        if (!QTest::qWaitFor([page] { return page->isFinished(); }, 10000)) {
            return {};
        }
        const QUrl redirect = page->header(QNetworkRequest::LocationHeader).toUrl();
        page->deleteLater();
        QNetworkReply *callback = m_manager.get(QNetworkRequest(redirect));
        const bool delivered = QTest::qWaitFor([callback] { return callback->isFinished(); }, 10000);
        callback->deleteLater();
        if (!delivered) {
            qWarning() << "the redirect did not reach the command";
        }
        const CliResult result = finishCli(process, {}, 30000);
        m_outputs.append(result.out + result.err);
        if (result.exitCode != 0) {
            qWarning() << "signin failed:" << result.exitCode << result.err;
            return {};
        }
        return result.out.split(QLatin1Char('\n')).constLast().trimmed();
    }

    // Makes the account's access token expired, for X and in the keychain; returns the pair as it was.
    XCredentials expire(const QString &account)
    {
        const SecretResult stored = keychain(account.toLongLong());
        XCredentials expired = stored.credentials;
        expired.bearerExpiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        keychain(account.toLongLong(), expired);
        m_server->expireAccessTokens();
        return stored.credentials;
    }

    // No token of `tokens` in anything the processes printed, the database file or the settings.
    void noTokenLeaked(const XCredentials &tokens)
    {
        QByteArrayList places;
        for (const QString &output : std::as_const(m_outputs)) {
            places.append(output.toUtf8());
        }
        QFile db(m_cli->path());
        QVERIFY(db.open(QIODevice::ReadOnly));
        places.append(db.readAll());
        QDirIterator settings(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                              {QStringLiteral("*.conf"), QStringLiteral("*.ini")}, QDir::Files,
                              QDirIterator::Subdirectories);
        while (settings.hasNext()) {
            QFile file(settings.next());
            if (file.open(QIODevice::ReadOnly)) {
                places.append(file.readAll());
            }
        }
        for (const QString &token : {tokens.bearerToken, tokens.refreshToken}) {
            QVERIFY(!token.isEmpty());
            for (const QByteArray &place : std::as_const(places)) {
                QVERIFY2(!place.contains(token.toUtf8()), "a token was found outside the keychain");
            }
        }
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliDatabase> m_cli;
    std::unique_ptr<LocalXServer> m_server;
    QNetworkAccessManager m_manager;
    QStringList m_outputs;
};

QTEST_GUILESS_MAIN(CliSignInTest)
#include "test_clisignin.moc"
