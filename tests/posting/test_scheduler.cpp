// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/scheduler.h"
#include "postingfixture.h"
#include "store/sqlutil.h"

#include <QMutex>
#include <QSqlQuery>

#include <utility>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using Kind = PostOutcome::Kind;
using Fault = LocalXServer::FaultKind;

namespace {

// The injectable clock every part of one test shares: scheduler, posting engine and X server.
class TestClock
{
public:
    explicit TestClock(QDateTime start) : m_now(std::move(start)) { }
    QDateTime now() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_now;
    }
    void advance(qint64 seconds)
    {
        const QMutexLocker locker(&m_mutex);
        m_now = m_now.addSecs(seconds);
    }
    std::function<QDateTime()> function()
    {
        return [this] {
            return now();
        };
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

const QDateTime start(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

} // namespace

class SchedulerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_clock = std::make_unique<TestClock>(start);
        m_fixture = std::make_unique<PostingFixture>();
        m_fixture->server.setClock(m_clock->function());
        QVERIFY(m_fixture->setUp());
        startEngine();
    }

    void cleanup()
    {
        m_scheduler.reset();
        m_service.reset();
        m_fixture.reset();
    }

    void startEngine(int busyTimeoutMs = PostingService::Options().busyTimeoutMs)
    {
        m_scheduler.reset();
        m_service.reset();
        auto options = m_fixture->options();
        options.clock = m_clock->function();
        options.busyTimeoutMs = busyTimeoutMs;
        m_service = std::make_unique<PostingService>(options);
        Scheduler::Options schedulerOptions;
        schedulerOptions.databasePath = m_fixture->dbPath;
        schedulerOptions.clock = m_clock->function();
        schedulerOptions.graceSeconds = 30 * 60;
        schedulerOptions.clockCheckInterval = std::chrono::milliseconds(50);
        schedulerOptions.changePollMs = 20;
        m_scheduler = std::make_unique<Scheduler>(m_service.get(), schedulerOptions);
        QSignalSpy started(m_scheduler.get(), &Scheduler::started);
        m_service->start();
        m_scheduler->start();
        QTRY_COMPARE(started.count(), 1);
        QVERIFY(started.first().first().toBool());
    }

    void dueTweetIsPostedAtItsTime()
    {
        const qint64 id = scheduled(QStringLiteral("Due at ten past"), 10 * 60);
        check();
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
        QCOMPARE(m_scheduler->nextWake(), start.addSecs(10 * 60));

        m_clock->advance(9 * 60 + 59); // early: a second before
        check();
        QCOMPARE(m_fixture->server.createRequestCount(), 0);

        m_clock->advance(1);
        QSignalSpy finished(m_scheduler.get(), &Scheduler::postFinished);
        check();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<PostOutcome>().kind, Kind::Posted);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        check();
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    void lateWithinGraceIsPostedMissedIsNot()
    {
        const qint64 late = scheduled(QStringLiteral("Ten minutes late"), -10 * 60);
        const qint64 missedId = scheduled(QStringLiteral("Forty-five minutes late"), -45 * 60);
        QSignalSpy missed(m_scheduler.get(), &Scheduler::missed);
        QSignalSpy finished(m_scheduler.get(), &Scheduler::postFinished);
        check();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(m_fixture->tweet(late).status, TweetStatus::Posted);
        QCOMPARE(missed.count(), 1);
        QCOMPARE(missed.first().first().toLongLong(), missedId);
        QCOMPARE(m_fixture->tweet(missedId).status, TweetStatus::Pending);
        QCOMPARE(displayStatus(m_fixture->tweet(missedId), m_clock->now(), 30 * 60), DisplayStatus::Missed);
        check();
        QCOMPARE(missed.count(), 1); // reported once, not on every check
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    void rescheduledMissedTweetGoesOutAtTheNewTime()
    {
        const qint64 id = scheduled(QStringLiteral("Reschedule me"), -2 * 3600);
        check();
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
        TweetConfig config = m_fixture->tweet(id);
        config.scheduledAt = start.addSecs(5 * 60);
        QVERIFY(TweetStore(m_fixture->db.connection()).update(config));
        // Another connection wrote: the scheduler re-plans by itself (data_version), no poke needed.
        QTRY_COMPARE(m_scheduler->nextWake(), start.addSecs(5 * 60));
        m_clock->advance(5 * 60);
        check();
        QTRY_COMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    void disablingAtTheLastMomentWins()
    {
        const qint64 id = scheduled(QStringLiteral("Disabled in time"), 60);
        check();
        m_clock->advance(60);
        QVERIFY(TweetStore(m_fixture->db.connection()).setEnabled(id, false));
        check();
        // And the claim itself re-reads the flag, whoever asks.
        QSignalSpy finished(m_service.get(), &PostingService::postFinished);
        m_service->post(id);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<PostOutcome>().refusal, ClaimRefusal::Disabled);
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
    }

    // The scheduler (on this thread) and the button (another service, on another thread) race for the
    // same due tweet, 200 times: one request each time.
    void schedulerRacesTheButton()
    {
        ServiceThread button(m_fixture->options());
        ThreadSignalSpy buttonFinished(button.service(), &PostingService::postFinished);
        QSignalSpy schedulerFinished(m_scheduler.get(), &Scheduler::postFinished);
        button.service()->start();
        for (int round = 0; round < 200; ++round) {
            const qint64 id = scheduled(QStringLiteral("Race %1").arg(round), 0);
            const int before = m_fixture->server.createRequestCount();
            button.service()->post(id);
            m_scheduler->checkNow();
            QTRY_COMPARE(buttonFinished.count(), round + 1);
            QTRY_COMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
            QTRY_COMPARE(m_scheduler->inFlightCount(), 0);
            QCOMPARE(m_fixture->server.createRequestCount(), before + 1);
        }
        QCOMPARE(m_fixture->server.storedPostCount(), 200);
        QVERIFY(schedulerFinished.count() > 0); // the scheduler did win some rounds
    }

    void rateLimitWaitsForTheReset()
    {
        const QDateTime reset = start.addSecs(15 * 60);
        m_fixture->server.injectFault({Fault::RateLimited, 1, 0, reset, LocalXServer::Endpoint::CreateTweet});
        const qint64 first = scheduled(QStringLiteral("Hits the limit"), 0);
        const qint64 second = scheduled(QStringLiteral("Due while limited"), 60);
        QSignalSpy finished(m_scheduler.get(), &Scheduler::postFinished);
        QSignalSpy waiting(m_scheduler.get(), &Scheduler::waiting);
        check();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<PostOutcome>().category, XErrorCategory::RateLimit);
        QCOMPARE(m_fixture->tweet(first).status, TweetStatus::Failed);
        QCOMPARE(m_fixture->tweet(first).nextRetryAt, reset); // a safe automatic retry, at the reset

        m_clock->advance(10 * 60); // the second is due, the account is not
        check();
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        QVERIFY(waiting.count() >= 1);
        QCOMPARE(m_fixture->tweet(second).nextRetryAt, reset);
        QVERIFY2(m_fixture->tweet(second).lastError.contains(QLatin1String("resumes")),
                 qPrintable(m_fixture->tweet(second).lastError));
        QCOMPARE(m_scheduler->nextWake(), reset);

        m_clock->advance(5 * 60); // the reset, now 5 minutes past the grace of the second? no: 14 min late
        check();
        QTRY_COMPARE(m_fixture->tweet(first).status, TweetStatus::Posted);
        QTRY_COMPARE(m_fixture->tweet(second).status, TweetStatus::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 3);
        QCOMPARE(m_fixture->tweet(first).retryCount, 1);
    }

    void waitingForTheResetOutlastsTheGrace()
    {
        const QDateTime reset = start.addSecs(3 * 3600); // a 24-hour cap: hours away
        PostingStore store(m_fixture->db.connection(), Claimant::current(), m_clock->function(), 1000);
        AccountLimits limits;
        limits.dayLimit = 17;
        limits.dayRemaining = 0;
        limits.dayReset = reset;
        QVERIFY(store.saveLimits(m_fixture->sandboxAccountId, limits));
        const qint64 id = scheduled(QStringLiteral("Release day"), 0);
        check();
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
        QCOMPARE(m_fixture->tweet(id).nextRetryAt, reset);
        m_clock->advance(3 * 3600);
        check();
        QTRY_COMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    void usageCapStopsTheQueueUntilTheUserActs()
    {
        m_fixture->server.injectFault({Fault::UsageCapped, 1, 0, {}, LocalXServer::Endpoint::CreateTweet});
        const qint64 first = scheduled(QStringLiteral("Capped"), 0);
        const qint64 second = scheduled(QStringLiteral("Queued behind the cap"), 60);
        QSignalSpy finished(m_scheduler.get(), &Scheduler::postFinished);
        QSignalSpy waiting(m_scheduler.get(), &Scheduler::waiting);
        check();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<PostOutcome>().category, XErrorCategory::UsageCapped);
        QVERIFY(!m_fixture->tweet(first).nextRetryAt.isValid()); // never retried by itself
        m_clock->advance(60);
        check();
        QTRY_VERIFY(waiting.count() >= 1);
        QVERIFY(!waiting.last().at(1).toDateTime().isValid());
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        QCOMPARE(m_fixture->tweet(second).status, TweetStatus::Pending);

        PostingStore store(m_fixture->db.connection(), Claimant::current(), m_clock->function(), 1000);
        QVERIFY(store.clearUsageCap(m_fixture->sandboxAccountId));
        check();
        QTRY_COMPARE(m_fixture->tweet(second).status, TweetStatus::Posted);
        QCOMPARE(m_fixture->tweet(first).status, TweetStatus::Failed);
        QCOMPARE(m_fixture->server.createRequestCount(), 2);
    }

    void networkDownIsRetriedWithBackoff()
    {
        // The account points at a port nothing listens on: the request never leaves.
        const qint64 id = scheduled(QStringLiteral("Offline"), 0, m_fixture->xAccountId);
        QSqlQuery query(m_fixture->db.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE accounts SET api_base_url = 'http://127.0.0.1:1' WHERE id = %1")
                               .arg(m_fixture->xAccountId)));
        QSignalSpy finished(m_scheduler.get(), &Scheduler::postFinished);
        check();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<PostOutcome>().kind, Kind::Failed);
        QCOMPARE(m_fixture->tweet(id).nextRetryAt, start.addSecs(60));
        QTRY_COMPARE(finished.count(), 1);
        m_clock->advance(60);
        check();
        QTRY_COMPARE(finished.count(), 2);
        QCOMPARE(m_fixture->tweet(id).nextRetryAt, start.addSecs(60 + 120)); // doubled
        QCOMPARE(m_fixture->tweet(id).retryCount, 2);
        // Back online.
        QVERIFY(query.exec(QStringLiteral("UPDATE accounts SET api_base_url = '%1' WHERE id = %2")
                               .arg(m_fixture->server.baseUrl().toString())
                               .arg(m_fixture->xAccountId)));
        m_clock->advance(120);
        check();
        QTRY_COMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    void unknownIsNeverRetried()
    {
        m_fixture->server.injectFault({Fault::ServerError, 1, 0, {}, LocalXServer::Endpoint::CreateTweet});
        const qint64 id = scheduled(QStringLiteral("Unclear"), 0);
        QSignalSpy finished(m_scheduler.get(), &Scheduler::postFinished);
        check();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Unknown);
        m_clock->advance(3600);
        check();
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    void clockJumpReplans()
    {
        const qint64 id = scheduled(QStringLiteral("After the nap"), 2 * 3600);
        check();
        QCOMPARE(m_scheduler->nextWake(), start.addSecs(2 * 3600));
        // The laptop sleeps through the due time: the timer did not fire, the clock moved on.
        m_clock->advance(2 * 3600 + 60);
        QTRY_COMPARE(m_fixture->tweet(id).status, TweetStatus::Posted); // noticed by the clock check
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    void scheduleEditedWhileInFlight()
    {
        m_fixture->server.injectFault({Fault::Delay, 1, 400, {}, LocalXServer::Endpoint::CreateTweet});
        const qint64 id = scheduled(QStringLiteral("Original text"), 0);
        QSignalSpy posting(m_scheduler.get(), &Scheduler::posting);
        QSignalSpy finished(m_scheduler.get(), &Scheduler::postFinished);
        check();
        QTRY_COMPARE(m_fixture->tweet(id).status, TweetStatus::Posting);
        TweetConfig edit = m_fixture->tweet(id);
        edit.text = QStringLiteral("Edited while in flight");
        edit.scheduledAt = start.addSecs(3600);
        TweetStore store(m_fixture->db.connection());
        QVERIFY(!store.update(edit));
        QVERIFY(store.lastError().contains(QLatin1String("posting")));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
        QCOMPARE(m_fixture->server.posts().first().sentText, QStringLiteral("Original text"));
        m_clock->advance(3600);
        check();
        QCOMPARE(posting.count(), 1);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    // The user's report: a due tweet whose episode title was then edited to 290 characters. The claim
    // refuses it (too long); the scheduler must not hand it straight back, at event-loop speed, for ever,
    // but hold it, say so once, and post it once the title is fixed.
    void overLimitAfterAnEpisodeEditIsHeldNotSpun()
    {
        const qint64 id = scheduled(QStringLiteral("New: {title} {url}"), 0);
        setEpisodeTitle(QString(290, QLatin1Char('t')));
        QSignalSpy posting(m_scheduler.get(), &Scheduler::posting);
        QSignalSpy held(m_scheduler.get(), &Scheduler::held);
        QSignalSpy outcomes(m_service.get(), &PostingService::postFinished);
        check();
        // A second of running: at most one try, however fast the event loop turns.
        QVERIFY(!QTest::qWaitFor([&] { return posting.count() > 1 || refusals(outcomes) > 1; }, 1000));
        QVERIFY(posting.count() <= 1);
        QVERIFY(refusals(outcomes) <= 1);
        QCOMPARE(held.count(), 1);
        QCOMPARE(held.first().at(0).toLongLong(), id);
        const QString reason = held.first().at(1).toString();
        QVERIFY2(reason.contains(QLatin1String("after filling in {title}")) &&
                     reason.contains(QLatin1String("(X allows 280)")),
                 qPrintable(reason));
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Pending);
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
        check(); // nothing changed: still held, and not told again
        QCOMPARE(held.count(), 1);

        setEpisodeTitle(QStringLiteral("Seven, shorter"));
        // Another connection wrote: the scheduler looks again by itself (data_version), and posts it.
        QTRY_COMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        QCOMPARE(m_fixture->server.posts().first().sentText,
                 QStringLiteral("New: Seven, shorter https://podcast.example/7"));
        QCOMPARE(held.count(), 1);
    }

    // Another window edits the episode between the scheduler's look and its claim: the claim refuses,
    // and the scheduler holds the tweet (told once) instead of trying again at once.
    void claimRefusedAfterARacingEditIsHeld()
    {
        const qint64 id = scheduled(QStringLiteral("New: {title} {url}"), 0);
        QSignalSpy posting(m_scheduler.get(), &Scheduler::posting);
        QSignalSpy held(m_scheduler.get(), &Scheduler::held);
        QSignalSpy outcomes(m_service.get(), &PostingService::postFinished);
        bool edited = false;
        QObject context;
        // Direct: after the scheduler's look, before the claim queued behind it.
        connect(
            m_scheduler.get(), &Scheduler::posting, &context,
            [&] {
                if (!std::exchange(edited, true)) {
                    setEpisodeTitle(QString(290, QLatin1Char('t')));
                }
            },
            Qt::DirectConnection);
        check();
        QTRY_COMPARE(outcomes.count(), 1);
        QCOMPARE(outcomes.first().first().value<PostOutcome>().refusal, ClaimRefusal::InvalidText);
        QVERIFY(!QTest::qWaitFor([&] { return posting.count() > 1; }, 1000));
        QCOMPARE(posting.count(), 1);
        QCOMPARE(outcomes.count(), 1);
        QCOMPARE(held.count(), 1);
        QVERIFY(held.first().at(1).toString().contains(QLatin1String("(X allows 280)")));

        setEpisodeTitle(QStringLiteral("Seven again"));
        QTRY_COMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    // A transient refusal (another connection holds the write lock longer than the busy timeout) backs
    // off per tweet, 1 s then doubling, instead of spinning; the tweet goes out once the lock is gone.
    void busyDatabaseBacksOffInsteadOfSpinning()
    {
        startEngine(100);
        const qint64 id = scheduled(QStringLiteral("Through a busy database"), 0);
        Database locker;
        QVERIFY(locker.open(m_fixture->dbPath, QStringLiteral("locker"), 100));
        QSqlQuery lock(locker.connection());
        QVERIFY(beginWriteLock(lock));
        QSignalSpy posting(m_scheduler.get(), &Scheduler::posting);
        QSignalSpy waiting(m_scheduler.get(), &Scheduler::waiting);
        QSignalSpy outcomes(m_service.get(), &PostingService::postFinished);
        check();
        QTRY_COMPARE(outcomes.count(), 1);
        QCOMPARE(outcomes.first().first().value<PostOutcome>().refusal, ClaimRefusal::Busy);
        QTRY_COMPARE(m_scheduler->nextWake(), start.addSecs(1));
        QVERIFY(!QTest::qWaitFor([&] { return posting.count() > 1; }, 1000));
        QCOMPARE(posting.count(), 1);
        QVERIFY(waiting.count() >= 1);
        QCOMPARE(waiting.last().at(1).toDateTime(), start.addSecs(1));

        m_clock->advance(1); // due again; the lock is still held: twice as long this time
        check();
        QTRY_COMPARE(outcomes.count(), 2);
        QTRY_COMPARE(m_scheduler->nextWake(), start.addSecs(1 + 2));
        QCOMPARE(posting.count(), 2);

        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        m_clock->advance(2);
        check();
        QTRY_COMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        QCOMPARE(posting.count(), 3);
    }

private:
    static int refusals(const QSignalSpy &outcomes)
    {
        int count = 0;
        for (const QList<QVariant> &arguments : outcomes) {
            count += arguments.first().value<PostOutcome>().kind == Kind::Refused ? 1 : 0;
        }
        return count;
    }

    void setEpisodeTitle(const QString &title)
    {
        EpisodeStore episodes(m_fixture->db.connection());
        Episode episode = episodes.find(m_fixture->episodeId).value_or(Episode {});
        episode.title = title;
        QVERIFY(episodes.update(episode));
    }

    qint64 scheduled(const QString &text, qint64 offsetSecs, qint64 accountId = 0)
    {
        TweetConfig config;
        config.episodeId = m_fixture->episodeId;
        config.accountId = accountId ? accountId : m_fixture->sandboxAccountId;
        config.text = text;
        config.scheduledAt = m_clock->now().addSecs(offsetSecs);
        config.scheduledZone = QStringLiteral("Europe/Berlin");
        return TweetStore(m_fixture->db.connection()).add(config).value_or(0);
    }

    // Runs one check and waits until it has happened.
    void check()
    {
        QSignalSpy planned(m_scheduler.get(), &Scheduler::nextWakeChanged);
        m_scheduler->checkNow();
        QVERIFY(planned.wait(5000));
    }

    std::unique_ptr<TestClock> m_clock;
    std::unique_ptr<PostingFixture> m_fixture;
    std::unique_ptr<PostingService> m_service;
    std::unique_ptr<Scheduler> m_scheduler;
};

QTEST_GUILESS_MAIN(SchedulerTest)
#include "test_scheduler.moc"
