// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"
#include "posting/postingservice.h"
#include "sandbox/localxserver.h"
#include "store/database.h"
#include "store/episodestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;

namespace {

const QByteArray keysJson = R"({"consumer_key":"cli-ck","consumer_secret":"cli-cs","access_token":"cli-at",
                                "access_token_secret":"cli-ats"})";

} // namespace

class CliTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("show.sqlite"));
        m_server = std::make_unique<LocalXServer>();
        m_server->addUser(
            QStringLiteral("2002"), QStringLiteral("realshow"), QStringLiteral("Real show"),
            {QStringLiteral("cli-ck"), QStringLiteral("cli-cs"), QStringLiteral("cli-at"), QStringLiteral("cli-ats")});
        m_server->setRateLimit(1000, 1000);
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown subcommand") << QStringList {QStringLiteral("tweets"), QStringLiteral("frobnicate")};
        QTest::newRow("post without id") << QStringList {QStringLiteral("post")};
        QTest::newRow("post with word") << QStringList {QStringLiteral("post"), QStringLiteral("first")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("episodes"), QStringLiteral("add"),
                                                        QStringLiteral("--colour"), QStringLiteral("red")};
        QTest::newRow("episode without title") << QStringList {QStringLiteral("episodes"), QStringLiteral("add")};
        QTest::newRow("account without kind") << QStringList {QStringLiteral("accounts"), QStringLiteral("add"),
                                                              QStringLiteral("--name"), QStringLiteral("x")};
        QTest::newRow("http to another host") << QStringList {
            QStringLiteral("accounts"), QStringLiteral("add"),        QStringLiteral("--name"),
            QStringLiteral("x"),        QStringLiteral("--api-base"), QStringLiteral("http://example.com")};
        QTest::newRow("bad date") << QStringList {QStringLiteral("episodes"),    QStringLiteral("add"),
                                                  QStringLiteral("--title"),     QStringLiteral("t"),
                                                  QStringLiteral("--published"), QStringLiteral("yesterday")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        const CliResult result = runCli(QStringList {QStringLiteral("--db"), m_db} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
    }

    void textCheck_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("weightedLength");
        QTest::addColumn<bool>("valid");
        QTest::newRow("short") << QStringLiteral("hello") << 0 << 5 << true;
        QTest::newRow("url counts 23") << QStringLiteral("new https://example.com/a/very/long/path/to/episode") << 0
                                       << 27 << true;
        QTest::newRow("emoji counts 2") << QStringLiteral("🎙️") << 0 << 2 << true;
        QTest::newRow("281") << QString(281, QLatin1Char('x')) << 1 << 281 << false;
        QTest::newRow("CJK counts 2") << QString(141, QChar(0x4E2D)) << 1 << 282 << false;
    }

    void textCheck()
    {
        QFETCH(QString, text);
        QFETCH(int, exitCode);
        QFETCH(int, weightedLength);
        QFETCH(bool, valid);
        const CliResult result =
            runCli({QStringLiteral("text"), QStringLiteral("check"), QStringLiteral("--json"), text});
        QCOMPARE(result.exitCode, exitCode);
        const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("weightedLength")).toInt(), weightedLength);
        QCOMPARE(json.value(QLatin1String("valid")).toBool(), valid);
        QCOMPARE(json.value(QLatin1String("permillage")).toInt(), weightedLength * 1000 / 280);
    }

    void fullWorkflowWithExitCodes()
    {
        const QString account =
            add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Real show"), QStringLiteral("--handle"), QStringLiteral("@realshow"),
                 QStringLiteral("--api-base"), m_server->baseUrl().toString()},
                keysJson);
        QVERIFY(!account.isEmpty());
        // The keys went to the keychain only: neither the database nor the output holds them.
        QVERIFY(!fileContains(m_db, "cli-cs") && !fileContains(m_db + QStringLiteral("-wal"), "cli-cs"));

        const QString episode =
            add({QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Pilot"),
                 QStringLiteral("--number"), QStringLiteral("1"), QStringLiteral("--url"),
                 QStringLiteral("https://example.com/1"), QStringLiteral("--published"), QStringLiteral("2026-11-28")});
        QVERIFY(!episode.isEmpty());

        // Over X's limit: refused, nothing saved.
        const CliResult tooLong =
            cli({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"), episode,
                 QStringLiteral("--account"), account, QStringLiteral("--text"), QString(300, QLatin1Char('a'))});
        QCOMPARE(tooLong.exitCode, 1);
        QVERIFY2(tooLong.err.contains(QLatin1String("280")), qPrintable(tooLong.err));
        QCOMPARE(CliDatabase(m_db).tweets().size(), 0);

        const QString tweet = add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"),
                                   episode, QStringLiteral("--account"), account, QStringLiteral("--text"),
                                   QStringLiteral("Episode {number}: {title} {url}"), QStringLiteral("--at"),
                                   QStringLiteral("2026-12-01T09:30:00+01:00")});
        const QJsonArray listed = CliDatabase(m_db).tweets();
        QCOMPARE(listed.size(), 1);
        const QJsonObject row = listed.first().toObject();
        for (const auto *key :
             {"id", "episode_id", "account_id", "status", "post_id", "post_url", "text", "last_error"}) {
            QVERIFY2(row.contains(QLatin1String(key)), key);
        }
        QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(row.value(QLatin1String("scheduled_at")).toString(), QStringLiteral("2026-12-01T08:30:00Z"));

        const CliResult posted = cli({QStringLiteral("post"), tweet});
        QCOMPARE(posted.exitCode, 0);
        const QString postId = m_server->posts().first().id;
        QCOMPARE(posted.out, QStringLiteral("posted: https://x.com/realshow/status/") + postId);
        QCOMPARE(m_server->posts().first().sentText, QStringLiteral("Episode 1: Pilot https://example.com/1"));

        const CliResult again = cli({QStringLiteral("post"), tweet});
        QCOMPARE(again.exitCode, 3);
        QCOMPARE(again.err, QStringLiteral("already posted: https://x.com/realshow/status/") + postId);
        QCOMPARE(m_server->createRequestCount(), 1);
        QCOMPARE(CliDatabase(m_db).tweets().first().toObject().value(QLatin1String("post_id")).toString(), postId);

        QCOMPARE(cli({QStringLiteral("post"), QStringLiteral("999")}).exitCode, 1);
        const CliResult verifyPosted = cli({QStringLiteral("verify"), tweet});
        QCOMPARE(verifyPosted.exitCode, 0);
    }

    void failuresAndUnknownExitCodes()
    {
        const QString account =
            add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("Real show"), QStringLiteral("--api-base"), m_server->baseUrl().toString()},
                keysJson);
        const QString episode = add(
            {QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Pilot")});
        auto newTweet = [&](const QString &text) {
            return add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"), episode,
                        QStringLiteral("--account"), account, QStringLiteral("--text"), text});
        };

        m_server->injectFault({LocalXServer::FaultKind::Unauthorized, 1, 0, {}, LocalXServer::Endpoint::CreateTweet});
        const CliResult unauthorized = cli({QStringLiteral("post"), newTweet(QStringLiteral("one"))});
        QCOMPARE(unauthorized.exitCode, 4);
        QVERIFY2(unauthorized.err.startsWith(QLatin1String("failed, not published:")), qPrintable(unauthorized.err));

        const QString unknownTweet = newTweet(QStringLiteral("two"));
        m_server->injectFault(
            {LocalXServer::FaultKind::ServerErrorAfterCreate, 1, 0, {}, LocalXServer::Endpoint::CreateTweet});
        const CliResult unknown = cli({QStringLiteral("post"), unknownTweet});
        QCOMPARE(unknown.exitCode, 5);
        QVERIFY2(unknown.err.contains(QLatin1String("verify")), qPrintable(unknown.err));
        QCOMPARE(cli({QStringLiteral("post"), unknownTweet}).exitCode, 3);
        const CliResult verified = cli({QStringLiteral("verify"), unknownTweet});
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.out.contains(m_server->posts().last().id), qPrintable(verified.out));

        m_server->injectFault({LocalXServer::FaultKind::RateLimited, 1, 0, QDateTime::currentDateTimeUtc().addSecs(900),
                               LocalXServer::Endpoint::CreateTweet});
        const CliResult limited = cli({QStringLiteral("post"), newTweet(QStringLiteral("three"))});
        QCOMPARE(limited.exitCode, 4);
        const CliResult waiting = cli({QStringLiteral("post"), newTweet(QStringLiteral("four"))});
        QCOMPARE(waiting.exitCode, 4);
        QVERIFY2(waiting.err.startsWith(QLatin1String("rate limited until")), qPrintable(waiting.err));
        QCOMPARE(m_server->createRequestCount(), 3); // the fourth never reached X
    }

    void missingKeysInKeychain()
    {
        // An account whose keys are not in the keychain (written by another machine, say).
        const QString sandbox = add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                                     QStringLiteral("S"), QStringLiteral("--sandbox")});
        QVERIFY(!sandbox.isEmpty());
        {
            Database db;
            QVERIFY(db.open(m_db, QStringLiteral("direct")));
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral("INSERT INTO accounts (name, kind, api_base_url, created_at, updated_at) "
                                              "VALUES ('No keys', 'x', '%1', 'x', 'x')")
                                   .arg(m_server->baseUrl().toString())));
        }
        const QString episode = add(
            {QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Pilot")});
        const QString tweet =
            add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"), episode,
                 QStringLiteral("--account"), QStringLiteral("2"), QStringLiteral("--text"), QStringLiteral("hello")});
        const CliResult result = cli({QStringLiteral("post"), tweet});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(QLatin1String("keychain")), qPrintable(result.err));
        QCOMPARE(m_server->createRequestCount(), 0);
    }

    void badKeysInputAddsNothing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("not json") << QByteArray("consumer_key=abc");
        QTest::newRow("missing secret") << QByteArray(
            R"({"consumer_key":"a","access_token":"b","access_token_secret":"c"})");
    }

    void badKeysInputAddsNothing()
    {
        QFETCH(QByteArray, input);
        const CliResult result =
            cli({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("X"),
                 QStringLiteral("--api-base"), QStringLiteral("https://api.x.com")},
                input);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.contains(QLatin1String("\"a\"")));
        const CliResult list = cli({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    }

    void badDatabaseIsRefusedUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("garbage") << QByteArray("this is my shopping list\n");
        QTest::newRow("binary") << QByteArray(2048, '\x7f');
    }

    void badDatabaseIsRefusedUnchanged()
    {
        QFETCH(QByteArray, content);
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const CliResult result = cli({QStringLiteral("tweets"), QStringLiteral("list")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("left unchanged")), qPrintable(result.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    // Regression: opening a second connection in this process must not drop the locks the first one
    // holds on the file. POSIX drops all of a process's locks on a file when any descriptor of it is
    // closed; when Database::open sniffed the header with QFile, another process closing its own
    // connection believed itself the last one, checkpointed and deleted the WAL, and this process's
    // later commits (claims!) were lost, so two processes posted the same tweet.
    void secondConnectionKeepsTheFirstOnesCommits()
    {
        Database first;
        QVERIFY(first.open(m_db, QStringLiteral("first")));
        Episode episode;
        episode.title = QStringLiteral("Before the second connection");
        QVERIFY(EpisodeStore(first.connection()).add(episode));
        Database second;
        QVERIFY(second.open(m_db, QStringLiteral("second")));
        // Another process opens and closes the database.
        QCOMPARE(cli({QStringLiteral("episodes"), QStringLiteral("list")}).exitCode, 0);
        episode.title = QStringLiteral("After the other process closed");
        QVERIFY(EpisodeStore(first.connection()).add(episode));
        const CliResult listed = cli({QStringLiteral("episodes"), QStringLiteral("list")});
        QVERIFY2(listed.out.contains(QLatin1String("After the other process closed")), qPrintable(listed.out));
    }

private:
    CliResult cli(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return CliDatabase(m_db).run(arguments, input);
    }
    QString add(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return CliDatabase(m_db).add(arguments, input);
    }
    QString status(const QString &id) const { return CliDatabase(m_db).status(id); }
    static bool fileContains(const QString &path, const char *needle)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(needle);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<LocalXServer> m_server;
};

QTEST_GUILESS_MAIN(CliTest)
#include "test_cli.moc"
