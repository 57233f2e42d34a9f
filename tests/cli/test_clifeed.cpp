// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// `episodedesk feed import | refresh` as a script runs them, against a feed server on 127.0.0.1 and
// a database on the backend ctest chose: the first import, 304, a new episode announced once even
// when refreshes race in separate processes, and the sentences bad feeds get.
#include "../feeds/feedserver.h"
#include "clirunner.h"
#include "testdatabase.h"

#include <QTemporaryDir>
#include <QTest>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;

namespace {

QByteArray item(int n, const QString &pubDate)
{
    return QStringLiteral("<item><title>Episode %1</title><guid>ep-%1</guid><pubDate>%2</pubDate>"
                          "<itunes:episode>%1</itunes:episode><enclosure url=\"http://127.0.0.1/m/%1.mp3\" "
                          "length=\"1\" type=\"audio/mpeg\"/></item>\n")
        .arg(n)
        .arg(pubDate)
        .toUtf8();
}

// Episodes 1..count; episode n is published n days after the same anchor, whatever the count, so a
// refresh that adds an episode leaves the others unchanged. Episodes 10 and later are in the future.
QByteArray show(int count)
{
    static const QDateTime anchor = QDateTime::currentDateTimeUtc().addDays(-10).addSecs(3600);
    QByteArray items;
    for (int n = count; n >= 1; --n) {
        const QDateTime published = anchor.addDays(n);
        items += item(n, QLocale::c().toString(published, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")));
    }
    return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">"
           "<channel><title>CLI Show</title>\n" +
        items + "</channel></rss>\n";
}

QJsonObject json(const CliResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

} // namespace

class CliFeedTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<TestDatabase>(m_dir->path());
        QVERIFY2(!m_database->location().isEmpty(), qPrintable(m_database->errorString()));
        m_cli = std::make_unique<CliDatabase>(m_database->location());
        m_accountId.clear();
        m_server = std::make_unique<FeedServer>();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_server.reset();
        m_cli.reset();
        m_database.reset();
        m_dir.reset();
    }

    void importRefreshAndAnnounce()
    {
        m_server->serveFeed(QStringLiteral("/feed.xml"), show(3));
        const CliResult imported =
            m_cli->run({QStringLiteral("feed"), QStringLiteral("import"), url(), QStringLiteral("--json")});
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject first = json(imported);
        QCOMPARE(first.value(QLatin1String("url")).toString(), url());
        QCOMPARE(first.value(QLatin1String("added")).toInt(), 3);
        QCOMPARE(first.value(QLatin1String("announcements")).toInt(), 0);
        QCOMPARE(first.value(QLatin1String("not_modified")).toBool(), false);
        for (const char *key : {"updated", "unchanged", "removed"}) {
            QVERIFY2(first.contains(QLatin1String(key)), key);
        }
        addTemplate(QStringLiteral("Out now: {title}"));

        const CliResult unchanged =
            m_cli->run({QStringLiteral("feed"), QStringLiteral("refresh"), QStringLiteral("--json")});
        QCOMPARE(unchanged.exitCode, 0);
        QCOMPARE(json(unchanged).value(QLatin1String("not_modified")).toBool(), true);

        m_server->serveFeed(QStringLiteral("/feed.xml"), show(4), "\"v2\"", QByteArray());
        const CliResult refreshed = m_cli->run({QStringLiteral("feed"), QStringLiteral("refresh")});
        QCOMPARE(refreshed.exitCode, 0);
        QVERIFY2(refreshed.out.contains(QStringLiteral("1 added, 0 updated, 3 unchanged")), qPrintable(refreshed.out));
        QVERIFY2(refreshed.out.contains(QStringLiteral("1 announcement")), qPrintable(refreshed.out));
        const QJsonArray tweets = m_cli->tweets();
        QCOMPARE(tweets.size(), 1);
        QCOMPARE(tweets.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("pending"));

        const CliResult episodes =
            m_cli->run({QStringLiteral("episodes"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(episodes.out.toUtf8()).array().size(), 4);
    }

    void racingProcessesAnnounceOnce()
    {
        m_server->serveFeed(QStringLiteral("/feed.xml"), show(2));
        QCOMPARE(m_cli->run({QStringLiteral("feed"), QStringLiteral("import"), url()}).exitCode, 0);
        addTemplate(QStringLiteral("Out now: {title}"));
        addTemplate(QStringLiteral("Reminder: {title}"));
        constexpr int kRounds = 3;
        constexpr int kProcesses = 6;
        for (int round = 0; round < kRounds; ++round) {
            m_server->serveFeed(QStringLiteral("/feed.xml"), show(3 + round), "\"r" + QByteArray::number(round) + "\"",
                                QByteArray());
            QObject owner;
            QList<QProcess *> processes;
            for (int p = 0; p < kProcesses; ++p) {
                processes.append(
                    startCli({QStringLiteral("--db"), m_database->location(), QStringLiteral("feed"),
                              QStringLiteral("refresh"), QStringLiteral("--force"), QStringLiteral("--json")},
                             &owner));
            }
            int announcements = 0;
            for (QProcess *process : processes) {
                const CliResult result = finishCli(process, {}, 120000);
                // A refresh that found the database busy says so and changes nothing; the others apply.
                QVERIFY2(result.exitCode == 0 || result.err.contains(QStringLiteral("busy")), qPrintable(result.err));
                announcements += json(result).value(QLatin1String("announcements")).toInt();
            }
            QCOMPARE(announcements, 2);
        }
        QCOMPARE(m_cli->tweets().size(), 2 * kRounds);
    }

    void schedulerRunRefreshesAndPostsTheAnnouncement()
    {
        m_server->serveFeed(QStringLiteral("/feed.xml"), show(2));
        QCOMPARE(m_cli->run({QStringLiteral("feed"), QStringLiteral("import"), url()}).exitCode, 0);
        addTemplate(QStringLiteral("Out now: {title}"));
        // Episode 3 came out a minute ago: its announcement is due, within the grace period.
        QByteArray feed = show(2);
        const QString published = QLocale::c().toString(QDateTime::currentDateTimeUtc().addSecs(-60),
                                                        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        feed.replace("<channel><title>CLI Show</title>\n", "<channel><title>CLI Show</title>\n" + item(3, published));
        m_server->serveFeed(QStringLiteral("/feed.xml"), feed, "\"v2\"", QByteArray());
        // Cron's way: one run refreshes the feed, then posts what is due.
        const CliResult run =
            m_cli->run({QStringLiteral("scheduler"), QStringLiteral("run"), QStringLiteral("--once")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("1 new episode")), qPrintable(run.err));
        const QJsonArray tweets = m_cli->tweets();
        QCOMPARE(tweets.size(), 1);
        QCOMPARE(tweets.at(0).toObject().value(QLatin1String("status")).toString(), QStringLiteral("posted"));
        // --feed-every 0 leaves the feed alone.
        const int requests = int(m_server->requests(QStringLiteral("/feed.xml")).size());
        QCOMPARE(m_cli
                     ->run({QStringLiteral("scheduler"), QStringLiteral("run"), QStringLiteral("--once"),
                            QStringLiteral("--feed-every"), QStringLiteral("0")})
                     .exitCode,
                 0);
        QCOMPARE(int(m_server->requests(QStringLiteral("/feed.xml")).size()), requests);
    }

    void templatesAddListRemove()
    {
        addTemplate(QStringLiteral("Out now: {title}"));
        const QString manual =
            m_cli->add({QStringLiteral("templates"), QStringLiteral("add"), QStringLiteral("--account"), m_accountId,
                        QStringLiteral("--text"), QStringLiteral("Review me"), QStringLiteral("--manual")});
        const QString later = m_cli->add(
            {QStringLiteral("templates"), QStringLiteral("add"), QStringLiteral("--account"), m_accountId,
             QStringLiteral("--text"), QStringLiteral("Reminder"), QStringLiteral("--offset"), QStringLiteral("1440")});
        QVERIFY(!manual.isEmpty() && !later.isEmpty());
        CliResult listed = m_cli->run({QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--json")});
        QJsonArray templates = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(templates.size(), 3);
        QCOMPARE(templates.at(1).toObject().value(QLatin1String("manual")).toBool(), true);
        QCOMPARE(templates.at(2).toObject().value(QLatin1String("offset_minutes")).toInt(), 1440);
        QCOMPARE(templates.at(0).toObject().value(QLatin1String("text")).toString(),
                 QStringLiteral("Out now: {title}"));
        QCOMPARE(m_cli->run({QStringLiteral("templates"), QStringLiteral("remove"), manual}).exitCode, 0);
        const CliResult again = m_cli->run({QStringLiteral("templates"), QStringLiteral("remove"), manual});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("no template")), qPrintable(again.err));
        listed = m_cli->run({QStringLiteral("templates"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 2);

        const CliResult both =
            m_cli->run({QStringLiteral("templates"), QStringLiteral("add"), QStringLiteral("--account"), m_accountId,
                        QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--offset"), QStringLiteral("5"),
                        QStringLiteral("--manual")});
        QCOMPARE(both.exitCode, 2);
        const CliResult noAccount =
            m_cli->run({QStringLiteral("templates"), QStringLiteral("add"), QStringLiteral("--account"),
                        QStringLiteral("999"), QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(noAccount.exitCode, 1);
        QVERIFY2(noAccount.err.contains(QStringLiteral("no account 999")), qPrintable(noAccount.err));
        const CliResult blank =
            m_cli->run({QStringLiteral("templates"), QStringLiteral("add"), QStringLiteral("--account"), m_accountId,
                        QStringLiteral("--text"), QStringLiteral("  ")});
        QCOMPARE(blank.exitCode, 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("import without url")
            << QStringList {QStringLiteral("feed"), QStringLiteral("import")} << 2 << "needs the feed's address";
        QTest::newRow("refresh without feed")
            << QStringList {QStringLiteral("feed"), QStringLiteral("refresh")} << 1 << "no feed yet";
        QTest::newRow("bad match-by") << QStringList {QStringLiteral("feed"), QStringLiteral("refresh"),
                                                      QStringLiteral("--match-by"), QStringLiteral("guess")}
                                      << 2 << "enclosure or title";
        QTest::newRow("not http") << QStringList {QStringLiteral("feed"), QStringLiteral("import"),
                                                  QStringLiteral("ftp://127.0.0.1/feed.xml")}
                                  << 1 << "not a feed address";
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const CliResult result = m_cli->run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
    }

    void badFeeds_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("404") << 404 << QByteArray("<html>Not here</html>") << "not at";
        QTest::newRow("web page") << 200 << QByteArray("<!doctype html><html><body>Parked</body></html>") << "web page";
        QTest::newRow("not xml") << 200 << QByteArray("Service Unavailable") << "not start like XML";
        QTest::newRow("malformed") << 200 << QByteArray("<rss version=\"2.0\">\n<channel><item></channel>") << "line 2";
        QTest::newRow("entity bomb") << 200
                                     << QByteArray(
                                            "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaa\"><!ENTITY b "
                                            "\"&a;&a;&a;&a;\">]><rss><channel><title>&b;</title></channel></rss>")
                                     << "entities";
    }

    void badFeeds()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        m_server->status(QStringLiteral("/bad.xml"), status, body);
        const CliResult result = m_cli->run(
            {QStringLiteral("feed"), QStringLiteral("import"), m_server->url(QStringLiteral("/bad.xml")).toString()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(says), qPrintable(result.err));
        const CliResult episodes =
            m_cli->run({QStringLiteral("episodes"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(episodes.out.toUtf8()).array().size(), 0);
    }

private:
    QString url() const { return m_server->url(QStringLiteral("/feed.xml")).toString(); }

    // Through the command line, as a podcaster sets them up.
    void addTemplate(const QString &text)
    {
        if (m_accountId.isEmpty()) {
            m_accountId = m_cli->add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                                      QStringLiteral("Show"), QStringLiteral("--sandbox")});
        }
        QVERIFY(!m_cli
                     ->add({QStringLiteral("templates"), QStringLiteral("add"), QStringLiteral("--account"),
                            m_accountId, QStringLiteral("--text"), text})
                     .isEmpty());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<CliDatabase> m_cli;
    std::unique_ptr<FeedServer> m_server;
    QString m_accountId;
};

QTEST_MAIN(CliFeedTest)
#include "test_clifeed.moc"
