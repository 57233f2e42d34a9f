// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Two computers on one team database, played by episodedesk processes with different
// EPISODEDESK_MACHINE_ID values (the machine id the claims record): the promise holds across machines
// exactly as across processes. Every test counts what reached the local X server.

#include "clirunner.h"
#include "sandbox/localxserver.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;

namespace {

const QByteArray keysJson = R"({"consumer_key":"team-ck","consumer_secret":"team-cs","access_token":"team-at",
                                "access_token_secret":"team-ats"})";

QHash<QString, QString> machine(const QString &id)
{
    return {{QStringLiteral("EPISODEDESK_MACHINE_ID"), id}};
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

class TeamMachinesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<TestDatabase>(m_dir->path(), QStringLiteral("team"));
        m_db = m_database->location();
        QVERIFY2(!m_db.isEmpty(), qPrintable(m_database->errorString()));
        m_server = std::make_unique<LocalXServer>();
        m_server->addUser(QStringLiteral("5005"), QStringLiteral("teamshow"), QStringLiteral("Team show"),
                          {QStringLiteral("team-ck"), QStringLiteral("team-cs"), QStringLiteral("team-at"),
                           QStringLiteral("team-ats")});
        m_server->setRateLimit(100000, 100000);
        QVERIFY(m_server->listen());
        m_account = add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("Team"), QStringLiteral("--api-base"), m_server->baseUrl().toString()},
                        keysJson);
        m_episode = add(
            {QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Launch")});
        QVERIFY(!m_account.isEmpty() && !m_episode.isEmpty());
    }

    void cleanup()
    {
        m_server.reset();
        m_database.reset();
        m_dir.reset();
    }

    // Eight processes, four on each of two computers, post the same tweet at once, round after round:
    // one is posted, seven are refused, X gets one request per tweet.
    void stormAcrossTwoMachinesPostsOnce()
    {
        constexpr int processes = 8;
        constexpr int rounds = 10;
        for (int round = 0; round < rounds; ++round) {
            const QString tweet = newTweet(QStringLiteral("Storm %1 across the team").arg(round));
            QObject owner;
            QList<QProcess *> running;
            for (int i = 0; i < processes; ++i) {
                running.append(startCli({QStringLiteral("--db"), m_db, QStringLiteral("post"), tweet}, &owner,
                                        machine(i % 2 ? QStringLiteral("laptop-b") : QStringLiteral("laptop-a"))));
            }
            int posted = 0;
            for (QProcess *process : std::as_const(running)) {
                const CliResult result = finishCli(process);
                if (result.exitCode == 0) {
                    ++posted;
                } else {
                    QVERIFY2(result.exitCode == 3 && result.err.startsWith(QLatin1String("already post")),
                             qPrintable(QString::number(result.exitCode) + QLatin1Char(' ') + result.err));
                }
            }
            QCOMPARE(posted, 1);
            QCOMPARE(m_server->createRequestCount(), round + 1);
        }
        QCOMPARE(m_server->storedPostCount(), rounds);
        qInfo("%d rounds x %d processes on 2 machines: %d requests reached X", rounds, processes,
              m_server->createRequestCount());
    }

    // A claimant on machine A is killed mid-request. Machine B cannot look at A's processes: it waits
    // for the lease (the deadline plus the margin), and only then takes it as unknown; verification
    // finds nothing on X, and the tweet is posted once. The same kill seen from machine A itself is
    // recovered at once (the claimant is a dead process there).
    void claimantKilledOnAnotherMachineWaitsForItsLease()
    {
        const QString tweet = newTweet(QStringLiteral("Claimed on A, A dies"));
        m_server->injectFault({LocalXServer::FaultKind::Hang, 1, 0, {}, LocalXServer::Endpoint::CreateTweet});
        QObject owner;
        QProcess *claimant = startCli({QStringLiteral("--db"), m_db, QStringLiteral("post"), tweet,
                                       QStringLiteral("--timeout"), QStringLiteral("4")},
                                      &owner, machine(QStringLiteral("laptop-a")));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->createRequestCount(), 1, 20000);
        QElapsedTimer sinceClaim;
        sinceClaim.start();
        ::kill(static_cast<pid_t>(claimant->processId()), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(int(claimant->state()), int(QProcess::NotRunning), 10000);
        QCOMPARE(status(tweet), QStringLiteral("posting"));

        // B, within the lease: refused, and the claim stays as it is.
        const CliResult early = cli({QStringLiteral("post"), tweet}, machine(QStringLiteral("laptop-b")));
        QCOMPARE(early.exitCode, 3);
        QVERIFY2(early.err.startsWith(QLatin1String("already posting")), qPrintable(early.err));
        QCOMPARE(status(tweet), QStringLiteral("posting"));

        // Past the deadline (4 s) and the margin (5 s), B recovers it as unknown, never re-sends it.
        QTRY_VERIFY_WITH_TIMEOUT(cli({QStringLiteral("post"), tweet}, machine(QStringLiteral("laptop-b")))
                                     .err.startsWith(QLatin1String("unknown")),
                                 20000);
        qInfo("machine B took the lease over after %lld ms (deadline 4 s + margin 5 s)", sinceClaim.elapsed());
        QVERIFY(sinceClaim.elapsed() >= 9000);
        QCOMPARE(status(tweet), QStringLiteral("unknown"));
        QCOMPARE(m_server->createRequestCount(), 1);
        const CliResult verified =
            cli({QStringLiteral("verify"), tweet, QStringLiteral("--safe-delay"), QStringLiteral("0")},
                machine(QStringLiteral("laptop-b")));
        QCOMPARE(verified.exitCode, 0);
        QVERIFY2(verified.out.startsWith(QLatin1String("not published")), qPrintable(verified.out));
        QCOMPARE(cli({QStringLiteral("post"), tweet}, machine(QStringLiteral("laptop-b"))).exitCode, 0);
        QCOMPARE(m_server->createRequestCount(), 2);
        QCOMPARE(m_server->storedPostCount(), 1);

        // The contrast: killed on A and seen from A, the dead claimant is recognised at once.
        const QString second = newTweet(QStringLiteral("Claimed on A, seen from A"));
        m_server->injectFault({LocalXServer::FaultKind::Hang, 1, 0, {}, LocalXServer::Endpoint::CreateTweet});
        QProcess *again = startCli({QStringLiteral("--db"), m_db, QStringLiteral("post"), second,
                                    QStringLiteral("--timeout"), QStringLiteral("30")},
                                   &owner, machine(QStringLiteral("laptop-a")));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->createRequestCount(), 3, 20000);
        ::kill(static_cast<pid_t>(again->processId()), SIGKILL);
        QTRY_COMPARE_WITH_TIMEOUT(int(again->state()), int(QProcess::NotRunning), 10000);
        const CliResult fromA = cli({QStringLiteral("post"), second}, machine(QStringLiteral("laptop-a")));
        QVERIFY2(fromA.err.startsWith(QLatin1String("unknown")), qPrintable(fromA.err));
        QCOMPARE(m_server->createRequestCount(), 3);
    }

    // `scheduler run` on two computers at once: every due tweet is posted once, by one of them.
    void schedulersOnTwoMachinesPostEachTweetOnce()
    {
        constexpr int tweets = 12;
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < tweets; ++i) {
            QVERIFY(!newTweet(QStringLiteral("Scheduled %1").arg(i), start.addMSecs(2000 + i * 300)).isEmpty());
        }
        const QStringList run = {QStringLiteral("--db"),      m_db,
                                 QStringLiteral("scheduler"), QStringLiteral("run"),
                                 QStringLiteral("--until"),   iso(start.addSecs(12))};
        QObject owner;
        QProcess *a = startCli(run, &owner, machine(QStringLiteral("studio")));
        QProcess *b = startCli(run, &owner, machine(QStringLiteral("home-office")));
        const CliResult resultA = finishCli(a, {}, 60000);
        const CliResult resultB = finishCli(b, {}, 60000);
        QCOMPARE(resultA.exitCode, 0);
        QCOMPARE(resultB.exitCode, 0);
        const int postedA = postedIn(resultA.out);
        const int postedB = postedIn(resultB.out);
        QVERIFY2(postedA >= 0 && postedB >= 0, qPrintable(resultA.out.right(200) + resultB.out.right(200)));
        QCOMPARE(postedA + postedB, tweets);
        QCOMPARE(m_server->createRequestCount(), tweets);
        QCOMPARE(m_server->storedPostCount(), tweets);
        qInfo("two schedulers: %d and %d posted, %d requests reached X", postedA, postedB,
              m_server->createRequestCount());
    }

    // Secrets stay per computer. The studio's scheduler cannot read the account's keys (no keychain
    // there), so it leaves the tweets alone instead of claiming and failing them; the home office's
    // scheduler, which has them, posts every one.
    void schedulerWithoutTheKeysLeavesTweetsToTheOneWithThem()
    {
        constexpr int tweets = 4;
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < tweets; ++i) {
            QVERIFY(!newTweet(QStringLiteral("Keys elsewhere %1").arg(i), start.addMSecs(1500 + i * 200)).isEmpty());
        }
        QHash<QString, QString> noKeys = machine(QStringLiteral("studio"));
        noKeys.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        QObject owner;
        QProcess *studio = startCli({QStringLiteral("--db"), m_db, QStringLiteral("scheduler"), QStringLiteral("run"),
                                     QStringLiteral("--until"), iso(start.addSecs(6))},
                                    &owner, noKeys);
        const CliResult alone = finishCli(studio, {}, 60000);
        QCOMPARE(alone.exitCode, 0);
        QCOMPARE(postedIn(alone.out), 0);
        QCOMPARE(m_server->createRequestCount(), 0);
        for (int i = 0; i < tweets; ++i) {
            QCOMPARE(status(QString::number(i + 1)), QStringLiteral("pending")); // not claimed, not failed
        }
        QProcess *office = startCli({QStringLiteral("--db"), m_db, QStringLiteral("scheduler"), QStringLiteral("run"),
                                     QStringLiteral("--once")},
                                    &owner, machine(QStringLiteral("home-office")));
        const CliResult withKeys = finishCli(office, {}, 60000);
        QCOMPARE(withKeys.exitCode, 0);
        QCOMPARE(postedIn(withKeys.out), tweets);
        QCOMPARE(m_server->createRequestCount(), tweets);
    }

private:
    // The "N posted" of a scheduler run's summary line, or -1.
    static int postedIn(const QString &out)
    {
        static const QRegularExpression summary(QStringLiteral("scheduler: (\\d+) posted"));
        const auto match = summary.match(out);
        return match.hasMatch() ? match.captured(1).toInt() : -1;
    }

    CliResult cli(const QStringList &arguments, const QHash<QString, QString> &environment = {}) const
    {
        QObject owner;
        return finishCli(startCli(QStringList {QStringLiteral("--db"), m_db} + arguments, &owner, environment));
    }
    QString add(const QStringList &arguments, const QByteArray &input = {}) const
    {
        return CliDatabase(m_db).add(arguments, input);
    }
    QString status(const QString &id) const { return CliDatabase(m_db).status(id); }
    QString newTweet(const QString &text, const QDateTime &at = {})
    {
        QStringList arguments = {QStringLiteral("tweets"),    QStringLiteral("add"),
                                 QStringLiteral("--episode"), m_episode,
                                 QStringLiteral("--account"), m_account,
                                 QStringLiteral("--text"),    text};
        if (at.isValid()) {
            arguments << QStringLiteral("--at") << iso(at);
        }
        return add(arguments);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    QString m_db;
    std::unique_ptr<LocalXServer> m_server;
    QString m_account;
    QString m_episode;
};

QTEST_GUILESS_MAIN(TeamMachinesTest)
#include "test_teammachines.moc"
