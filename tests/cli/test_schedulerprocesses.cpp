// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The headless scheduler as cron or a systemd timer runs it: real processes, one database file, the
// local X server counting what reaches it.

#include "clirunner.h"
#include "sandbox/localxserver.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;

namespace {

const QByteArray keysJson = R"({"consumer_key":"sch-ck","consumer_secret":"sch-cs","access_token":"sch-at",
                                "access_token_secret":"sch-ats"})";

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

class SchedulerProcessesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<TestDatabase>(m_dir->path(), QStringLiteral("show"));
        m_db = m_database->location();
        QVERIFY2(!m_db.isEmpty(), qPrintable(m_database->errorString()));
        m_server = std::make_unique<LocalXServer>();
        m_server->addUser(
            QStringLiteral("4004"), QStringLiteral("schedshow"), QStringLiteral("Scheduled show"),
            {QStringLiteral("sch-ck"), QStringLiteral("sch-cs"), QStringLiteral("sch-at"), QStringLiteral("sch-ats")});
        m_server->setRateLimit(100000, 100000);
        QVERIFY(m_server->listen());
        m_account = add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("Sched"), QStringLiteral("--api-base"), m_server->baseUrl().toString()},
                        keysJson);
        m_episode = add({QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"),
                         QStringLiteral("Release day")});
        QVERIFY(!m_account.isEmpty() && !m_episode.isEmpty());
    }

    void cleanup()
    {
        m_server.reset();
        m_database.reset();
        m_dir.reset();
    }

    // Two schedulers on one database (two windows, or a window and cron): each due tweet goes out once.
    void twoSchedulersPostEachTweetOnce()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        constexpr int tweets = 12;
        for (int i = 0; i < tweets; ++i) {
            QVERIFY(!newTweet(QStringLiteral("Due now %1").arg(i), now.addSecs(-60 - i)).isEmpty());
        }
        const QString missed = newTweet(QStringLiteral("Yesterday's"), now.addDays(-1));
        const QString later = newTweet(QStringLiteral("Tomorrow's"), now.addDays(1));
        QObject owner;
        const QStringList arguments {QStringLiteral("--db"), m_db, QStringLiteral("scheduler"), QStringLiteral("run"),
                                     QStringLiteral("--once")};
        QProcess *first = startCli(arguments, &owner);
        QProcess *second = startCli(arguments, &owner);
        const CliResult a = finishCli(first);
        const CliResult b = finishCli(second);
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        QCOMPARE(m_server->createRequestCount(), tweets);
        QCOMPARE(m_server->storedPostCount(), tweets);
        QVERIFY2(a.err.contains(QLatin1String("missed")) && b.err.contains(QLatin1String("missed")), qPrintable(a.err));
        QCOMPARE(status(missed), QStringLiteral("pending"));
        QCOMPARE(status(later), QStringLiteral("pending"));
        const int postedByA = int(a.out.count(QLatin1String("posted ")));
        const int postedByB = int(b.out.count(QLatin1String("posted ")));
        QCOMPARE(postedByA + postedByB, tweets);
    }

    // A day's worth of scheduled tweets, the clock running 2880 times faster (a day in 30 s):
    // X receives exactly one request per tweet, each at (simulated) time.
    void aDayOfTweetsOnAnAcceleratedClock()
    {
        const QDateTime start = QDateTime::currentDateTimeUtc();
        constexpr int tweets = 48; // every half hour
        for (int i = 1; i <= tweets; ++i) {
            QVERIFY(!newTweet(QStringLiteral("Half-hourly %1").arg(i), start.addSecs(i * 1800)).isEmpty());
        }
        const CliResult run =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("scheduler"), QStringLiteral("run"),
                    QStringLiteral("--time-scale"), QStringLiteral("2880"), QStringLiteral("--start-at"), iso(start),
                    QStringLiteral("--until"), iso(start.addSecs(24 * 3600 + 600))},
                   {}, 120000);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.endsWith(QLatin1String("scheduler: 48 posted, 0 failed, 0 unknown, 0 missed, 0 waiting")),
                 qPrintable(run.out.right(200)));
        QCOMPARE(m_server->createRequestCount(), tweets);
        QCOMPARE(m_server->storedPostCount(), tweets);
        // They went out in schedule order.
        const auto posts = m_server->posts();
        for (int i = 0; i < tweets; ++i) {
            QCOMPARE(posts.at(i).sentText, QStringLiteral("Half-hourly %1").arg(i + 1));
        }
        qInfo("accelerated day: %d tweets scheduled, %d requests received by the X server", tweets,
              m_server->createRequestCount());
    }

    // The user's report, as cron runs it: a due tweet whose episode's title is 290 characters long. The
    // run ends (it used to retry the refused claim at 100 % CPU for ever), says the tweet is held and
    // why, and sends nothing.
    void onceEndsAndSaysWhyATweetIsHeld()
    {
        const QString episode = add({QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"),
                                     QString(290, QLatin1Char('t')), QStringLiteral("--url"),
                                     QStringLiteral("https://podcast.com/episodes/1")});
        QVERIFY(!episode.isEmpty());
        const QString id =
            add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"), episode,
                 QStringLiteral("--account"), m_account, QStringLiteral("--text"), QStringLiteral("New: {title} {url}"),
                 QStringLiteral("--at"), iso(QDateTime::currentDateTimeUtc().addSecs(-60))});
        QVERIFY(!id.isEmpty());
        const CliResult run = runCli({QStringLiteral("--db"), m_db, QStringLiteral("scheduler"), QStringLiteral("run"),
                                      QStringLiteral("--once")},
                                     {}, 30000);
        QVERIFY2(run.err != QLatin1String("timed out"), "scheduler run --once did not end");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.out.endsWith(QLatin1String("scheduler: 0 posted, 0 failed, 0 unknown, 0 missed, 0 waiting, 1 held")),
            qPrintable(run.out));
        // "New: " 5 + the title 290 + " " 1 + the link 23.
        QVERIFY2(run.err.contains(
                     QStringLiteral("held %1: 319 characters after filling in {title} (X allows 280).").arg(id)),
                 qPrintable(run.err));
        QCOMPARE(m_server->createRequestCount(), 0);
        QCOMPARE(status(id), QStringLiteral("pending"));
        const QJsonObject listed = CliDatabase(m_db).tweet(id);
        QCOMPARE(listed.value(QLatin1String("display_status")).toString(), QStringLiteral("held"));
        QVERIFY(listed.value(QLatin1String("held_reason")).toString().contains(QLatin1String("{title}")));
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
    QString newTweet(const QString &text, const QDateTime &at)
    {
        return add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"), m_episode,
                    QStringLiteral("--account"), m_account, QStringLiteral("--text"), text, QStringLiteral("--at"),
                    iso(at)});
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    QString m_db; // an SQLite file or a postgresql:// URI, as --db takes it
    std::unique_ptr<LocalXServer> m_server;
    QString m_account;
    QString m_episode;
};

QTEST_GUILESS_MAIN(SchedulerProcessesTest)
#include "test_schedulerprocesses.moc"
