// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The posting protocol on a team database whose server goes away: a PostgreSQL server of the test's own
// (PrivatePostgres) is crashed (pg_ctl stop -m immediate) in the middle of a claim, in the middle of a
// finish, and under a running scheduler, and sessions are cut at COMMIT. Whatever happens, X (the local
// server, which counts every create request) sees each tweet at most once, and once the server is back
// the tweet is posted, exactly once.
#include "posting/postingjournal.h"
#include "posting/scheduler.h"
#include "postingfixture.h"
#include "privatepostgres.h"
#include "sendergate.h"
#include "store/changewatcher.h"
#include "store/connection.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using Kind = PostOutcome::Kind;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

// The backend of our database that waits as `condition` says (a pg_stat_activity condition), or 0.
qint64 waitingBackend(const QString &location, const QString &condition)
{
    TestConnection watch(location);
    return scalar(watch.db(),
                  QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                 "AND pid <> pg_backend_pid() AND ") +
                      condition)
        .toLongLong();
}

} // namespace

class TeamFailoverTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_home.isValid(), qPrintable(m_home.errorString()));
        // The journal of a team database lives in this user's application data: keep it in the test's folder.
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void init()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_database = std::make_unique<TestDatabase>(TestDatabase::onServer(m_server.adminLocation()));
        QVERIFY2(!m_database->location().isEmpty(), qPrintable(m_database->errorString()));
        m_fixture = std::make_unique<PostingFixture>();
        // The fixture's stores and services open the team database instead of a file.
        m_fixture->dbPath = m_database->location();
        QVERIFY2(m_fixture->setUp(), qPrintable(m_fixture->db.errorString() + m_fixture->server.errorString()));
    }

    void cleanup()
    {
        m_fixture.reset();
        // A test that failed with the server down: bring it back so the database can be dropped.
        if (!m_server.isRunning()) {
            QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        }
        if (m_database) {
            QDir(PostingJournal::directoryFor(m_database->location())).removeRecursively();
        }
        m_database.reset();
    }

    void serverStoppedMidClaim()
    {
        ServiceThread thread(lockWaitingOptions());
        PostingService *service = thread.service();
        ThreadSignalSpy started(service, &PostingService::started);
        service->start();
        QTRY_COMPARE(started.count(), 1);
        for (int round = 0; round < 2; ++round) {
            QVERIFY(reconnectFixture());
            const qint64 id = m_fixture->addTweet(QStringLiteral("Mid-claim %1").arg(round));
            QVERIFY(id > 0);
            ThreadSignalSpy finished(service, &PostingService::postFinished);
            {
                // A teammate's transaction holds the row: the claim waits inside its own, after BEGIN.
                TestConnection holder(location());
                QVERIFY2(holder.isOpen(), qPrintable(holder.errorString()));
                QString error;
                QVERIFY2(holder.exec(QStringLiteral("BEGIN"), &error), qPrintable(error));
                QVERIFY2(holder.exec(QStringLiteral("SELECT id FROM tweet_configs WHERE id = %1 FOR UPDATE").arg(id),
                                     &error),
                         qPrintable(error));
                service->post(id);
                QTRY_VERIFY_WITH_TIMEOUT(
                    waitingBackend(location(),
                                   QStringLiteral("wait_event_type = 'Lock' AND application_name = 'EpisodeDesk'")) > 0,
                    10000);
                QVERIFY2(m_server.stopImmediately(), qPrintable(m_server.errorString()));
                QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
            }
            const PostOutcome failed = outcomeAt(finished, 0);
            QCOMPARE(failed.kind, Kind::Error);
            QCOMPARE(failed.refusal, ClaimRefusal::DatabaseError);
            QVERIFY2(failed.message.contains(QLatin1String("team database")), qPrintable(failed.message));
            QVERIFY2(failed.message.contains(QLatin1String("Nothing was sent")), qPrintable(failed.message));
            QCOMPARE(m_fixture->server.createRequestCount(), round);

            QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
            // The crash rolled the claim back: the tweet is pending, and posting it works at once.
            QCOMPARE(rowStatus(id), QStringLiteral("pending"));
            const PostOutcome posted = postAndWait(service, id);
            QVERIFY2(posted.kind == Kind::Posted, qPrintable(posted.message));
            QCOMPARE(m_fixture->server.createRequestCount(), round + 1);
            QCOMPARE(rowStatus(id), QStringLiteral("posted"));
        }
        QCOMPARE(m_fixture->server.posts().size(), 2);
    }

    void serverStoppedMidFinish_data()
    {
        QTest::addColumn<bool>("crash");
        QTest::newRow("the same service retries") << false;
        QTest::newRow("a new service replays the journal") << true;
    }

    void serverStoppedMidFinish()
    {
        QFETCH(bool, crash);
        const qint64 id = m_fixture->addTweet(QStringLiteral("Mid-finish"));
        QVERIFY(id > 0);
        auto gate = std::make_shared<SenderGate>();
        auto options = this->options(std::chrono::seconds(30));
        options.afterClaim = [gate](qint64) {
            gate->wait();
        };
        auto thread = std::make_unique<ServiceThread>(options);
        ThreadSignalSpy finished(thread->service(), &PostingService::postFinished);
        thread->service()->start();
        thread->service()->post(id);
        // Claimed and saved; the sender waits to send while the server goes down.
        QTRY_COMPARE_WITH_TIMEOUT(gate->frozenCount(), 1, 10000);
        QCOMPARE(rowStatus(id), QStringLiteral("posting"));
        QVERIFY2(m_server.stopImmediately(), qPrintable(m_server.errorString()));
        gate->release();

        // X publishes it; its answer cannot reach the database, so it waits in this computer's journal.
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->server.createRequestCount(), 1, 10000);
        QCOMPARE(m_fixture->server.posts().size(), 1);
        const QString postId = m_fixture->server.posts().first().id;
        PostingJournal journal(PostingJournal::directoryFor(location()));
        QVERIFY(journal.directory().startsWith(m_home.path()));
        QTRY_COMPARE_WITH_TIMEOUT(journal.pending().size(), 1, 10000);
        QCOMPARE(journal.pending().first().postId, postId);
        QCOMPARE(journal.pending().first().outcome, TweetStatus::Posted);
        QCOMPARE(finished.count(), 0); // still trying to write it

        if (crash) {
            // The process dies while the server is down: only the journal knows.
            thread.reset();
            QCOMPARE(journal.pending().size(), 1);
            QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
            QCOMPARE(rowStatus(id), QStringLiteral("posting"));
            options.afterClaim = nullptr;
            thread = std::make_unique<ServiceThread>(options);
            ThreadSignalSpy started(thread->service(), &PostingService::started);
            thread->service()->start();
            QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
            QVERIFY(started.at(0).at(0).toBool());
        } else {
            QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
            QCOMPARE(outcomeAt(finished, 0).kind, Kind::Posted);
            QCOMPARE(outcomeAt(finished, 0).postId, postId);
        }
        QTRY_COMPARE_WITH_TIMEOUT(rowStatus(id), QStringLiteral("posted"), 15000);
        QCOMPARE(rowValue(id, QStringLiteral("post_id")).toString(), postId);
        QTRY_COMPARE_WITH_TIMEOUT(journal.pending().size(), 0, 10000);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        // Posting it again is refused as posted: nothing more reaches X.
        const PostOutcome again = postAndWait(thread->service(), id);
        QCOMPARE(again.refusal, ClaimRefusal::AlreadyPosted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    void commitOutcomeLost_data()
    {
        QTest::addColumn<bool>("saved");
        // The commit record is on disk, then the session is cut while COMMIT waits for a synchronous
        // standby that does not exist: committed, but the client never heard.
        QTest::newRow("committed") << true;
        // A deferred trigger holds COMMIT before its commit record; the session is cut there: not committed.
        QTest::newRow("not committed") << false;
    }

    void commitOutcomeLost()
    {
        QFETCH(bool, saved);
        ServiceThread thread(lockWaitingOptions(std::chrono::seconds(30)));
        PostingService *service = thread.service();
        ThreadSignalSpy started(service, &PostingService::started);
        ThreadSignalSpy claimed(service, &PostingService::postStarted);
        service->start();
        QTRY_COMPARE(started.count(), 1);
        TestConnection admin(m_server.adminLocation());
        QVERIFY2(admin.isOpen(), qPrintable(admin.errorString()));
        TestConnection holder(location());
        QVERIFY2(holder.isOpen(), qPrintable(holder.errorString()));
        QString error;
        if (!saved) {
            QVERIFY2(holder.exec(QStringLiteral("CREATE FUNCTION test_hold_commit() RETURNS trigger LANGUAGE plpgsql "
                                                "AS $$ BEGIN PERFORM pg_advisory_xact_lock(4242); RETURN NULL; END $$"),
                                 &error),
                     qPrintable(error));
            QVERIFY2(
                holder.exec(QStringLiteral("CREATE CONSTRAINT TRIGGER test_hold_commit AFTER INSERT ON post_attempts "
                                           "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
                                           "EXECUTE FUNCTION test_hold_commit()"),
                            &error),
                qPrintable(error));
        }
        for (int round = 0; round < 2; ++round) {
            const qint64 id = m_fixture->addTweet(QStringLiteral("Lost commit %1").arg(round));
            QVERIFY(id > 0);
            const int sentBefore = m_fixture->server.createRequestCount();
            QString waitsFor;
            if (saved) {
                QVERIFY2(admin.exec(QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = 'nobody'"), &error),
                         qPrintable(error));
                QVERIFY2(admin.exec(QStringLiteral("SELECT pg_reload_conf()"), &error), qPrintable(error));
                // A new session sees the setting once the server has reloaded, and by then every
                // existing one has been told to reload before its next statement.
                QTRY_COMPARE(scalar(TestConnection(location()).db(), QStringLiteral("SHOW synchronous_standby_names"))
                                 .toString(),
                             QStringLiteral("nobody"));
                waitsFor = QStringLiteral("wait_event = 'SyncRep'");
            } else {
                QVERIFY2(holder.exec(QStringLiteral("BEGIN"), &error), qPrintable(error));
                QVERIFY2(holder.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4242)"), &error), qPrintable(error));
                waitsFor = QStringLiteral("wait_event_type = 'Lock' AND wait_event = 'advisory'");
            }
            ThreadSignalSpy finished(service, &PostingService::postFinished);
            service->post(id);
            qint64 pid = 0;
            QTRY_VERIFY_WITH_TIMEOUT((pid = waitingBackend(location(), waitsFor)) > 0, 10000);
            QCOMPARE(scalar(admin.db(), QStringLiteral("SELECT query FROM pg_stat_activity WHERE pid = %1").arg(pid))
                         .toString(),
                     QStringLiteral("COMMIT"));
            // The claimant's session is cut while its COMMIT waits.
            QVERIFY(scalar(admin.db(), QStringLiteral("SELECT pg_terminate_backend(%1, 10000)").arg(pid)).toBool());
            if (saved) {
                QVERIFY2(admin.exec(QStringLiteral("ALTER SYSTEM RESET synchronous_standby_names"), &error),
                         qPrintable(error));
                QVERIFY2(admin.exec(QStringLiteral("SELECT pg_reload_conf()"), &error), qPrintable(error));
            } else {
                QVERIFY2(holder.exec(QStringLiteral("ROLLBACK"), &error), qPrintable(error));
            }
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
            const PostOutcome outcome = outcomeAt(finished, 0);
            const int attempts =
                scalar(holder.db(), QStringLiteral("SELECT count(*) FROM post_attempts WHERE config_id = %1").arg(id))
                    .toInt();
            if (saved) {
                // Re-read on a new session: the claim is there and ours, so it was sent, once.
                QVERIFY2(outcome.kind == Kind::Posted, qPrintable(outcome.message));
                QCOMPARE(m_fixture->server.createRequestCount(), sentBefore + 1);
                QCOMPARE(claimed.last().at(1).toString(), outcome.attemptId);
                QCOMPARE(rowValue(id, QStringLiteral("attempt_id")).toString(), outcome.attemptId);
                QCOMPARE(rowStatus(id), QStringLiteral("posted"));
                QCOMPARE(attempts, 1);
            } else {
                // Re-read on a new session: no claim, so nothing was sent; the tweet is as it was.
                QCOMPARE(outcome.kind, Kind::Error);
                QVERIFY2(outcome.message.contains(QLatin1String("Nothing was sent")), qPrintable(outcome.message));
                QCOMPARE(m_fixture->server.createRequestCount(), sentBefore);
                QCOMPARE(rowStatus(id), QStringLiteral("pending"));
                QCOMPARE(attempts, 0);
                // With the lock free, the next try goes through.
                const PostOutcome posted = postAndWait(service, id);
                QVERIFY2(posted.kind == Kind::Posted, qPrintable(posted.message));
                QCOMPARE(m_fixture->server.createRequestCount(), sentBefore + 1);
            }
        }
    }

    void schedulerKeepsPostingAcrossARestart()
    {
        auto options = this->options();
        PostingService service(options);
        Scheduler::Options schedule;
        schedule.databasePath = location();
        Scheduler scheduler(&service, schedule);
        QSignalSpy serviceStarted(&service, &PostingService::started);
        QSignalSpy schedulerStarted(&scheduler, &Scheduler::started);
        QSignalSpy posting(&scheduler, &Scheduler::posting);
        service.start();
        scheduler.start();
        QTRY_COMPARE(serviceStarted.count(), 1);
        QTRY_COMPARE(schedulerStarted.count(), 1);
        QVERIFY(schedulerStarted.at(0).at(0).toBool());
        for (int round = 0; round < 2; ++round) {
            QVERIFY2(m_server.stopImmediately(), qPrintable(m_server.errorString()));
            QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
            QVERIFY(reconnectFixture());
            TweetConfig config;
            config.episodeId = m_fixture->episodeId;
            config.accountId = m_fixture->sandboxAccountId;
            config.text = QStringLiteral("Due after restart %1").arg(round);
            config.scheduledAt = QDateTime::currentDateTimeUtc();
            const qint64 id = TweetStore(m_fixture->db.connection()).add(config).value_or(0);
            QVERIFY(id > 0);
            QTRY_COMPARE_WITH_TIMEOUT(rowStatus(id), QStringLiteral("posted"), 20000);
            QCOMPARE(m_fixture->server.createRequestCount(), round + 1);
            QTRY_COMPARE(scheduler.inFlightCount(), 0);
        }
        QCOMPARE(posting.count(), 2);
        QCOMPARE(m_fixture->server.posts().size(), 2);
    }

    void watcherGoesOfflineAndComesBack()
    {
        Database db;
        QVERIFY2(db.open(location(), QStringLiteral("window")), qPrintable(db.errorString()));
        ChangeWatcher watcher(db.connection());
        QSignalSpy online(&watcher, &ChangeWatcher::onlineChanged);
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.start();
        QVERIFY(watcher.isOnline());
        for (int round = 0; round < 2; ++round) {
            QVERIFY2(m_server.stopImmediately(), qPrintable(m_server.errorString()));
            QTRY_COMPARE_WITH_TIMEOUT(online.count(), 2 * round + 1, 5000);
            QCOMPARE(online.last().at(0).toBool(), false);
            QVERIFY(!watcher.isOnline());
            QVERIFY(watcher.retryDelayMs() > 0);
            const int changesBefore = int(changed.count());
            QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
            QTRY_COMPARE_WITH_TIMEOUT(online.count(), 2 * round + 2, 20000);
            QCOMPARE(online.last().at(0).toBool(), true);
            QVERIFY(watcher.isOnline());
            // What was missed while away is unknown: read everything again.
            QTRY_VERIFY_WITH_TIMEOUT(changed.count() > changesBefore, 1000);
            // And it listens again: a teammate's write arrives.
            const int afterReconnect = int(changed.count());
            QVERIFY(reconnectFixture());
            QVERIFY(m_fixture->addTweet(QStringLiteral("Heard %1").arg(round)) > 0);
            QTRY_VERIFY_WITH_TIMEOUT(changed.count() > afterReconnect, 1000);
        }
    }

private:
    QString location() const { return m_database->location(); }

    PostingService::Options options(std::chrono::milliseconds timeout = std::chrono::seconds(10)) const
    {
        return m_fixture->options(timeout);
    }

    // For the tests that act while the claimant waits for a lock. The service's connection normally
    // gives up on a lock after 100 ms and tries again up to 500 ms later, so its wait shows in
    // pg_stat_activity only in short windows, which the polls of a loaded machine can miss for the
    // whole of its 10 s (seen in CI). With a lock_timeout of its own in the address the claim keeps
    // waiting, visibly, until the test acts; what it waits in (the claim's transaction, its COMMIT)
    // is the same.
    PostingService::Options lockWaitingOptions(std::chrono::milliseconds timeout = std::chrono::seconds(10)) const
    {
        PostingService::Options waiting = options(timeout);
        const QChar separator = location().contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?');
        waiting.databasePath = location() + separator + QStringLiteral("options=-c%20lock_timeout%3D30000");
        return waiting;
    }

    // The fixture's own connection after a server restart.
    bool reconnectFixture()
    {
        QSqlQuery probe(m_fixture->db.connection());
        if (probe.exec(QStringLiteral("SELECT 1"))) {
            return true;
        }
        return Connection::restoreIfLost(m_fixture->db.connection());
    }

    QVariant rowValue(qint64 id, const QString &column) const
    {
        TestConnection connection(location());
        return scalar(connection.db(),
                      QStringLiteral("SELECT %1 FROM tweet_configs WHERE id = %2").arg(column).arg(id));
    }

    QString rowStatus(qint64 id) const { return rowValue(id, QStringLiteral("status")).toString(); }

    QTemporaryDir m_home;
    PrivatePostgres m_server;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<PostingFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TeamFailoverTest)
#include "test_teamfailover.moc"
