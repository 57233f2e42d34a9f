// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The posting promise under adversarial sequences (issue "At most once under every sequence"). Each
// test is a sequence that once published twice, marked a lost tweet posted, or dropped X's answer;
// every count is of what reached the local X server.

#include "posting/postingjournal.h"
#include "postingfixture.h"
#include "sendergate.h"
#include "store/sqlutil.h"

#include <QDir>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using Kind = PostOutcome::Kind;
using Fault = LocalXServer::FaultKind;
using Endpoint = LocalXServer::Endpoint;

namespace {

// A wall clock and a monotonic clock that move together, and that a test can push forward (a frozen
// process, a slow keychain) or set off from real time (a wrong system clock).
class TestClocks
{
public:
    TestClocks() { m_elapsed.start(); }

    void advance(qint64 ms) { m_offsetMs += ms; }
    // Only the wall clock: the machine's clock is set, monotonic time goes on.
    void stepWall(qint64 ms) { m_wallStepMs += ms; }

    QDateTime wall() const { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs.load() + m_wallStepMs.load()); }
    qint64 monotonic() const { return m_elapsed.elapsed() + m_offsetMs.load(); }

    void applyTo(PostingService::Options *options) const
    {
        options->clock = [this] {
            return wall();
        };
        options->monotonicClock = [this] {
            return monotonic();
        };
    }

private:
    QElapsedTimer m_elapsed;
    std::atomic<qint64> m_offsetMs {0};
    std::atomic<qint64> m_wallStepMs {0};
};

} // namespace

class AtMostOnceTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<PostingFixture>();
        QVERIFY(m_fixture->setUp());
        m_clocks = std::make_unique<TestClocks>();
    }

    void cleanup()
    {
        m_fixture.reset();
        m_clocks.reset();
    }

    // Two services on one database. The first claims, then freezes past its lease. The second recovers
    // the stale claim, verifies it is not on X, and posts it. When the first process wakes up, its
    // lease has ended: it sends nothing. X gets one request.
    void staleClaimSendsNothingAfterItsLease()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Episode {number} is out: {url}"), m_fixture->xAccountId);
        auto gate = std::make_shared<SenderGate>();
        ServiceThread slow(frozenAfterClaim(options(), gate));
        ServiceThread other(options());
        ThreadSignalSpy slowFinished(slow.service(), &PostingService::postFinished);
        ThreadSignalSpy slowStarted(slow.service(), &PostingService::postStarted);
        slow.service()->start();
        slow.service()->post(id);
        QTRY_COMPARE(slowStarted.count(), 1);
        QTRY_COMPARE(gate->frozenCount(), 1);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Posting);

        // The first process is frozen for longer than its lease and the margin.
        m_clocks->advance(20000);
        QCOMPARE(verifyAndWait(other.service(), id).kind, Kind::Failed);
        QCOMPARE(postAndWait(other.service(), id).kind, Kind::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);

        gate->release();
        QTRY_COMPARE(slowFinished.count(), 1);
        const PostOutcome late = outcomeAt(slowFinished, 0);
        QCOMPARE(late.kind, Kind::Failed);
        QVERIFY2(late.message.startsWith(QLatin1String("Not sent")), qPrintable(late.message));
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        const TweetConfig row = m_fixture->tweet(id);
        QCOMPARE(row.status, TweetStatus::Posted);
        QCOMPARE(row.postId, m_fixture->server.posts().constFirst().id);
    }

    // One service alone: a lease that ran out while the sender was stopped ends "not sent", and the
    // tweet can simply be posted again.
    void leaseThatRanOutBeforeTheUploadEndsNotSent()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Stopped sender"), m_fixture->xAccountId);
        auto gate = std::make_shared<SenderGate>();
        ServiceThread thread(frozenAfterClaim(options(), gate));
        ThreadSignalSpy finished(thread.service(), &PostingService::postFinished);
        thread.service()->start();
        thread.service()->post(id);
        QTRY_COMPARE(gate->frozenCount(), 1);
        m_clocks->advance(6000); // the lease is 5 s
        gate->release();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(outcomeAt(finished, 0).kind, Kind::Failed);
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
        const auto attempts = TweetStore(m_fixture->db.connection()).attempts(id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().outcome, QStringLiteral("failed"));
        QCOMPARE(attempts.first().deadline, attempts.first().startedAt.addMSecs(5000));
        QCOMPARE(postAndWait(thread.service(), id).kind, Kind::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    // A's request is lost (X creates nothing), B differs from A only in its link and is posted.
    // Verifying A must not take B's post: A is verified not published and can be sent.
    void lostTweetIsNotVerifiedByItsNeighbour()
    {
        const qint64 a = m_fixture->addTweet(QStringLiteral("Out now! https://example.com/ep101"));
        const qint64 b = m_fixture->addTweet(QStringLiteral("Out now! https://example.com/ep102"));
        ServiceThread thread(options(std::chrono::milliseconds(1500)));
        m_fixture->server.injectFault({Fault::Hang, 1, 0, {}, Endpoint::CreateTweet});
        QCOMPARE(postAndWait(thread.service(), a).kind, Kind::Unknown);
        QCOMPARE(postAndWait(thread.service(), b).kind, Kind::Posted);
        const QString bPost = m_fixture->tweet(b).postId;

        const PostOutcome verified = verifyAndWait(thread.service(), a);
        QCOMPARE(verified.kind, Kind::Failed);
        QVERIFY(verified.postId != bPost);
        QCOMPARE(m_fixture->tweet(a).status, TweetStatus::Failed);
        QVERIFY(m_fixture->tweet(a).postId.isEmpty());
        QCOMPARE(postAndWait(thread.service(), a).kind, Kind::Posted);
        QCOMPARE(m_fixture->server.storedPostCount(), 2);
        QVERIFY(m_fixture->tweet(a).postId != bPost);
    }

    // Two configs with the same text on one account: the post the first owns is never the second's.
    void identicalTextsDoNotShareAPost()
    {
        const QString text = QStringLiteral("Same words https://example.com/same");
        const qint64 first = m_fixture->addTweet(text);
        const qint64 second = m_fixture->addTweet(text);
        ServiceThread thread(options(std::chrono::milliseconds(1500)));
        QCOMPARE(postAndWait(thread.service(), first).kind, Kind::Posted);
        m_fixture->server.injectFault({Fault::Hang, 1, 0, {}, Endpoint::CreateTweet});
        QCOMPARE(postAndWait(thread.service(), second).kind, Kind::Unknown);

        const PostOutcome verified = verifyAndWait(thread.service(), second);
        QCOMPARE(verified.kind, Kind::Failed);
        QCOMPARE(m_fixture->tweet(second).status, TweetStatus::Failed);
        QCOMPARE(m_fixture->tweet(first).postId, m_fixture->server.posts().constFirst().id);
    }

    // X answered "duplicate content" to the only attempt: it may be our own earlier request that got
    // through. Such an attempt is never settled "not published".
    void duplicateAnswerIsNeverVerifiedNotPublished()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Said before https://example.com/dup"));
        ServiceThread thread(options(std::chrono::milliseconds(1500)));
        m_fixture->server.injectFault({Fault::Duplicate, 1, 0, {}, Endpoint::CreateTweet});
        const PostOutcome posted = postAndWait(thread.service(), id);
        QCOMPARE(posted.kind, Kind::Unknown);
        QCOMPARE(posted.category, XErrorCategory::Duplicate);
        const PostOutcome verified = verifyAndWait(thread.service(), id);
        QCOMPARE(verified.kind, Kind::Unknown);
        QVERIFY2(verified.message.contains(QLatin1String("duplicate")), qPrintable(verified.message));
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Unknown);
        QCOMPARE(postAndWait(thread.service(), id).refusal, ClaimRefusal::NeedsVerify);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    // The clock was an hour fast at the first attempt (refused by X) and right at the second (lost
    // after X published it). Verification resolves the row's own attempt over its own window.
    void clockSteppedBackBetweenAttempts()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Clockwork https://example.com/clock"));
        ServiceThread thread(options(std::chrono::milliseconds(1500)));
        m_clocks->stepWall(3600 * 1000);
        m_fixture->server.injectFault({Fault::Unauthorized, 1, 0, {}, Endpoint::CreateTweet});
        QCOMPARE(postAndWait(thread.service(), id).kind, Kind::Failed);
        m_clocks->stepWall(-3600 * 1000);
        m_fixture->server.injectFault({Fault::DropAfterCreate, 1, 0, {}, Endpoint::CreateTweet});
        QCOMPARE(postAndWait(thread.service(), id).kind, Kind::Unknown);

        const PostOutcome verified = verifyAndWait(thread.service(), id);
        QCOMPARE(verified.kind, Kind::Posted);
        QCOMPARE(verified.postId, m_fixture->server.posts().constFirst().id);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 2);
    }

    // "Not published" waits for the last attempt's deadline plus the safe delay, not for the start.
    void notPublishedOnlyAfterTheDeadlineAndTheSafeDelay()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Patience https://example.com/wait"));
        auto patient = options(std::chrono::milliseconds(1500));
        patient.verifySafeDelay = std::chrono::seconds(60);
        ServiceThread thread(patient);
        m_fixture->server.injectFault({Fault::Hang, 1, 0, {}, Endpoint::CreateTweet});
        QCOMPARE(postAndWait(thread.service(), id).kind, Kind::Unknown);
        m_clocks->advance(59000); // deadline (1.5 s) + 59 s: still inside the safe delay
        const PostOutcome early = verifyAndWait(thread.service(), id);
        QCOMPARE(early.kind, Kind::Unknown);
        QVERIFY2(early.message.contains(QLatin1String("Not on X yet")), qPrintable(early.message));
        QVERIFY(m_fixture->tweet(id).verifyAfter.isValid());
        m_clocks->advance(2000);
        QCOMPARE(verifyAndWait(thread.service(), id).kind, Kind::Failed);
    }

    // A finish that meets a write lock held for 5 s (longer than the claim's busy timeout) keeps
    // trying without blocking the other answers; both rows end posted with their ids.
    void finishOutlastsAWriteLockHeldFiveSeconds()
    {
        const qint64 first = m_fixture->addTweet(QStringLiteral("Locked out one"));
        const qint64 second = m_fixture->addTweet(QStringLiteral("Locked out two"));
        auto lockedOptions = options();
        lockedOptions.busyTimeoutMs = 300;
        ServiceThread thread(lockedOptions);
        ThreadSignalSpy started(thread.service(), &PostingService::postStarted);
        ThreadSignalSpy finished(thread.service(), &PostingService::postFinished);
        m_fixture->server.injectFault({Fault::Delay, 2, 500, {}, Endpoint::CreateTweet});
        thread.service()->start();
        thread.service()->post(first);
        thread.service()->post(second);
        QTRY_COMPARE(started.count(), 2);

        QSqlQuery lock(m_fixture->db.connection());
        QVERIFY(beginWriteLock(lock));
        QElapsedTimer held;
        held.start();
        // QDir caches its listing: a fresh one each time.
        const auto journalEntries = [path = PostingJournal::directoryFor(m_fixture->dbPath)] {
            return QDir(path).entryList({QStringLiteral("*.json")}, QDir::Files).size();
        };
        // Both answers arrive and wait in the journal; neither blocks the other.
        QTRY_COMPARE_WITH_TIMEOUT(journalEntries(), 2, 4000);
        QTest::qWait(int(std::max<qint64>(0, 5000 - held.elapsed())));
        QCOMPARE(finished.count(), 0);
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        for (qint64 id : {first, second}) {
            const TweetConfig row = m_fixture->tweet(id);
            QCOMPARE(row.status, TweetStatus::Posted);
            QVERIFY(!row.postId.isEmpty());
        }
        QCOMPARE(m_fixture->server.createRequestCount(), 2);
        QTRY_COMPARE(journalEntries(), 0);
    }

    // A 201 replayed from the journal after recovery made the row unknown and verification (on a
    // timeline that did not list the post yet) settled it "not published": the 201 wins.
    void late201SettlesWhateverHappenedMeanwhile()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Late but true"));
        PostingStore store(
            m_fixture->db.connection(), Claimant::current(), [this] { return m_clocks->wall(); }, 5000);
        const ClaimResult claim = store.claim(id, 2000);
        QVERIFY(claim.ok());
        m_clocks->advance(10000);
        QCOMPARE(store.recoverStale(), 1);
        QCOMPARE(store.settleFailed(id, claim.attemptId, QStringLiteral("verified not published")),
                 SettleResult::Settled);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Failed);

        PostingJournal journal(PostingJournal::directoryFor(m_fixture->dbPath));
        FinishRecord record;
        record.attemptId = claim.attemptId;
        record.configId = id;
        record.outcome = TweetStatus::Posted;
        record.httpStatus = 201;
        record.postId = QStringLiteral("1700000000000000001");
        QVERIFY(journal.record(record));
        ServiceThread thread(options());
        ThreadSignalSpy startedSpy(thread.service(), &PostingService::started);
        thread.service()->start();
        QTRY_COMPARE(startedSpy.count(), 1);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
        QCOMPARE(m_fixture->tweet(id).postId, record.postId);
        QCOMPARE(TweetStore(m_fixture->db.connection()).attempts(id).first().outcome, QStringLiteral("posted"));
        QVERIFY(journal.pending().isEmpty());
        QCOMPARE(postAndWait(thread.service(), id).refusal, ClaimRefusal::AlreadyPosted);
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
    }

    // Recovery uses the claimant's stored lease, never the recovering process's own timeout: a claim
    // with a 60 s lease is in flight for 60 s even to a process whose timeout is 1 s.
    void recoveryWaitsForTheClaimantsOwnLease()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Long lease"));
        PostingStore claimant(
            m_fixture->db.connection(), Claimant {QStringLiteral("elsewhere"), 5, QStringLiteral("other-machine"), {}},
            [this] { return m_clocks->wall(); }, 5000);
        QVERIFY(claimant.claim(id, 60000).ok());
        PostingStore impatient(
            m_fixture->db.connection(), Claimant::current(), [this] { return m_clocks->wall(); }, 5000, 1000);
        m_clocks->advance(30000);
        QCOMPARE(impatient.recoverStale(), 0);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Posting);
        m_clocks->advance(36000);
        QCOMPARE(impatient.recoverStale(), 1);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Unknown);
    }

    // Nothing stays "Posting…": a claimant that died is recovered by the running service itself,
    // within seconds, and the unknown tweet is then verified by itself.
    void deadClaimantRecoveredAndVerifiedWhileRunning()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Orphaned claim"));
        auto running = options();
        running.checkInterval = std::chrono::milliseconds(100);
        ServiceThread thread(running);
        ThreadSignalSpy started(thread.service(), &PostingService::started);
        ThreadSignalSpy verified(thread.service(), &PostingService::verifyFinished);
        thread.service()->start();
        QTRY_COMPARE(started.count(), 1);
        // A process on this machine that no longer exists (above Linux's pid_max) claimed it.
        PostingStore dead(
            m_fixture->db.connection(),
            Claimant {Claimant::current().host, 99999999, Claimant::current().machineId, {}},
            [this] { return m_clocks->wall(); }, 5000);
        QVERIFY(dead.claim(id, 60000).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(id).status, TweetStatus::Unknown, 3000);
        // The first automatic verification is planned a few seconds on; nobody has to click Verify.
        m_clocks->advance(PostingStore::kFirstVerifyDelayMs + 60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(id).status, TweetStatus::Failed, 5000);
        // The row is written before the signal crosses to this thread: wait for it too.
        QTRY_VERIFY_WITH_TIMEOUT(verified.count() >= 1, 5000);
        QVERIFY(outcomeAt(verified, 0).automatic);
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
    }

    // Timeline lag: the first verification cannot read X's list; the next one, planned by itself,
    // finds the post.
    void unknownIsVerifiedAgainByItself()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Found later https://example.com/later"));
        auto running = options(std::chrono::milliseconds(1500));
        running.checkInterval = std::chrono::milliseconds(100);
        ServiceThread thread(running);
        m_fixture->server.injectFault({Fault::DropAfterCreate, 1, 0, {}, Endpoint::CreateTweet});
        m_fixture->server.injectFault({Fault::ServerError, 1, 0, {}, Endpoint::UserTweets});
        QCOMPARE(postAndWait(thread.service(), id).kind, Kind::Unknown);
        ThreadSignalSpy verified(thread.service(), &PostingService::verifyFinished);
        m_clocks->advance(PostingStore::kFirstVerifyDelayMs + 1000);
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 5000);
        QCOMPARE(outcomeAt(verified, 0).kind, Kind::Unknown);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Unknown);
        QCOMPARE(m_fixture->tweet(id).verifyCount, 1);
        m_clocks->advance(60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(id).status, TweetStatus::Posted, 5000);
        QCOMPARE(m_fixture->tweet(id).postId, m_fixture->server.posts().constFirst().id);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    // Learning the account's X user id writes that column only: a rename made while X was answering
    // is kept.
    void cachingTheXUserIdKeepsARenameMadeMeanwhile()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Who am I"), m_fixture->xAccountId);
        ServiceThread thread(options(std::chrono::milliseconds(1500)));
        m_fixture->server.injectFault({Fault::DropAfterCreate, 1, 0, {}, Endpoint::CreateTweet});
        QCOMPARE(postAndWait(thread.service(), id).kind, Kind::Unknown);
        m_fixture->server.injectFault({Fault::Delay, 1, 800, {}, Endpoint::UsersMe});
        ThreadSignalSpy verified(thread.service(), &PostingService::verifyFinished);
        thread.service()->verify(id);
        // The service has read the account and X holds its "who am I" request.
        QTRY_COMPARE(m_fixture->server.pendingFaultCount(), 0);
        AccountStore accounts(m_fixture->db.connection());
        Account renamed = accounts.find(m_fixture->xAccountId).value();
        renamed.name = QStringLiteral("Renamed while verifying");
        QVERIFY(accounts.update(renamed));
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 10000);
        QCOMPARE(outcomeAt(verified, 0).kind, Kind::Posted);
        const Account after = accounts.find(m_fixture->xAccountId).value();
        QCOMPARE(after.name, QStringLiteral("Renamed while verifying"));
        QCOMPARE(after.xUserId, QStringLiteral("2002"));
    }

private:
    // A sender that stops right after its claim is saved until the gate opens (a frozen process).
    PostingService::Options frozenAfterClaim(PostingService::Options options, std::shared_ptr<SenderGate> gate) const
    {
        options.afterClaim = [gate](qint64) {
            gate->wait();
        };
        return options;
    }

    PostingService::Options options(std::chrono::milliseconds timeout = std::chrono::seconds(5)) const
    {
        auto result = m_fixture->options(timeout);
        m_clocks->applyTo(&result);
        result.checkInterval = std::chrono::milliseconds(0); // tests that want it turn it on
        return result;
    }

    std::unique_ptr<PostingFixture> m_fixture;
    std::unique_ptr<TestClocks> m_clocks;
};

QTEST_GUILESS_MAIN(AtMostOnceTest)
#include "test_atmostonce.moc"
