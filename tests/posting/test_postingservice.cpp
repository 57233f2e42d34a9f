// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postingfixture.h"
#include "store/sqlutil.h"

#include <QSqlQuery>
#include <QTimer>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using Kind = PostOutcome::Kind;
using Fault = LocalXServer::FaultKind;

Q_DECLARE_METATYPE(LocalXServer::FaultKind)

namespace { } // namespace

class PostingServiceTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<PostingFixture>();
        QVERIFY(m_fixture->setUp());
    }

    void cleanup() { m_fixture.reset(); }

    void postsOnceWithTheExpandedText()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Episode {number}: {title} {url}"));
        ServiceThread thread(m_fixture->options());
        const PostOutcome outcome = postAndWait(thread.service(), id);
        QCOMPARE(outcome.kind, Kind::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        const auto posts = m_fixture->server.posts();
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().sentText, QStringLiteral("Episode 7: Seven https://podcast.example/7"));
        QCOMPARE(outcome.postId, posts.first().id);

        const TweetConfig config = m_fixture->tweet(id);
        QCOMPARE(config.status, TweetStatus::Posted);
        QCOMPARE(config.postId, posts.first().id);
        QVERIFY(config.postedAt.isValid());
        const auto attempts = TweetStore(m_fixture->db.connection()).attempts(id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().textSent, posts.first().sentText);
        QCOMPARE(attempts.first().outcome, QStringLiteral("posted"));
        QCOMPARE(attempts.first().httpStatus, std::optional<int>(201));

        // Asking again is refused with what is true, and nothing is sent.
        const PostOutcome again = postAndWait(thread.service(), id);
        QCOMPARE(again.kind, Kind::Refused);
        QCOMPARE(again.refusal, ClaimRefusal::AlreadyPosted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    void xAccountReadsKeysAndLinksToX()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Out now"), m_fixture->xAccountId);
        ServiceThread thread(m_fixture->options());
        const PostOutcome outcome = postAndWait(thread.service(), id);
        QCOMPARE(outcome.kind, Kind::Posted);
        QCOMPARE(outcome.postUrl.toString(), QStringLiteral("https://x.com/realshow/status/") + outcome.postId);
        QCOMPARE(m_fixture->server.posts().first().userId, QStringLiteral("2002"));
        QCOMPARE(m_fixture->tweet(id).postUrl, outcome.postUrl);
    }

    void missingKeysFailWithoutSending_data()
    {
        QTest::addColumn<int>("availability");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no keys stored") << int(MemorySecretStore::Availability::Available)
                                        << QStringLiteral("not on this computer");
        QTest::newRow("keychain locked") << int(MemorySecretStore::Availability::Locked) << QStringLiteral("locked");
        QTest::newRow("no keychain") << int(MemorySecretStore::Availability::NoKeychain) << QStringLiteral("keychain");
    }

    void missingKeysFailWithoutSending()
    {
        QFETCH(int, availability);
        QFETCH(QString, messagePart);
        const qint64 id = m_fixture->addTweet(QStringLiteral("Out now"), m_fixture->xAccountId);
        auto options = m_fixture->options();
        options.secretStoreFactory = [availability](QObject *parent) -> SecretStore * {
            auto *store = new MemorySecretStore(parent);
            store->setAvailability(MemorySecretStore::Availability(availability));
            return store;
        };
        ServiceThread thread(options);
        const PostOutcome outcome = postAndWait(thread.service(), id);
        // Refused before the claim: on a team database a teammate's computer that has the keys may post
        // it, so this one leaves the row as it was (not failed, no attempt).
        QCOMPARE(outcome.kind, Kind::Refused);
        QCOMPARE(outcome.refusal, ClaimRefusal::NoCredentials);
        QVERIFY2(outcome.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(outcome.message));
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Pending);
        QVERIFY(TweetStore(m_fixture->db.connection()).attempts(id).isEmpty());
    }

    void refusalsAreTyped_data()
    {
        QTest::addColumn<QString>("setupSql"); // %1 = tweet id, {now} = the time now as stored
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("refusal");

        QTest::newRow("disabled") << QStringLiteral("UPDATE tweet_configs SET enabled = 0 WHERE id = %1")
                                  << QStringLiteral("hello") << int(ClaimRefusal::Disabled);
        QTest::newRow("unknown") << QStringLiteral("UPDATE tweet_configs SET status = 'unknown' WHERE id = %1")
                                 << QStringLiteral("hello") << int(ClaimRefusal::NeedsVerify);
        QTest::newRow("posting live") << QStringLiteral("UPDATE tweet_configs SET status = 'posting', attempt_id = "
                                                        "'x', claimed_at = '{now}', claimed_by = "
                                                        "'elsewhere:1' WHERE id = %1")
                                      << QStringLiteral("hello") << int(ClaimRefusal::AlreadyPosting);
        QTest::newRow("posted") << QStringLiteral(
                                       "UPDATE tweet_configs SET status = 'posted', post_id = '5' WHERE id = %1")
                                << QStringLiteral("hello") << int(ClaimRefusal::AlreadyPosted);
        QTest::newRow("too long") << QString() << QString(281, QLatin1Char('a')) << int(ClaimRefusal::InvalidText);
        QTest::newRow("blank") << QString() << QStringLiteral("   ") << int(ClaimRefusal::InvalidText);
        QTest::newRow("archived") << QStringLiteral("UPDATE tweet_configs SET archived = 1 WHERE id = %1")
                                  << QStringLiteral("hello") << int(ClaimRefusal::NotFound);
        QTest::newRow("rate limited")
            << QStringLiteral("INSERT INTO account_limits (account_id, paused_until, updated_at) SELECT account_id, "
                              "'2999-01-01T00:00:00.000Z', 'x' FROM tweet_configs WHERE id = %1")
            << QStringLiteral("hello") << int(ClaimRefusal::RateLimited);
        QTest::newRow("usage capped")
            << QStringLiteral(
                   "INSERT INTO account_limits (account_id, usage_capped, updated_at) SELECT account_id, 1, 'x' "
                   "FROM tweet_configs WHERE id = %1")
            << QStringLiteral("hello") << int(ClaimRefusal::UsageCapped);
    }

    void refusalsAreTyped()
    {
        QFETCH(QString, setupSql);
        QFETCH(QString, text);
        QFETCH(int, refusal);
        const qint64 id = m_fixture->addTweet(text);
        if (!setupSql.isEmpty()) {
            QSqlQuery query(m_fixture->db.connection());
            const QString sql = QString(setupSql).replace(QLatin1String("{now}"), Sql::now()).arg(id);
            QVERIFY2(query.exec(sql), qPrintable(sql));
        }
        ServiceThread thread(m_fixture->options());
        const PostOutcome outcome = postAndWait(thread.service(), id);
        QCOMPARE(outcome.kind, Kind::Refused);
        QCOMPARE(int(outcome.refusal), refusal);
        QVERIFY(!outcome.message.isEmpty());
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
    }

    // Every misbehaviour of the server ends in the right state; nothing is ever sent twice; unknown is
    // settled by verification (posted with the server's id, or verified not published and then
    // retryable exactly once).
    void misbehaviourEndsInTheRightState_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<int>("expectedKind");
        QTest::addColumn<int>("category");
        QTest::addColumn<bool>("storedByServer");

        QTest::newRow("delay 200 ms") << Fault::Delay << int(Kind::Posted) << int(XErrorCategory::None) << true;
        QTest::newRow("503 after creating")
            << Fault::ServerErrorAfterCreate << int(Kind::Unknown) << int(XErrorCategory::Server) << true;
        QTest::newRow("drop after creating")
            << Fault::DropAfterCreate << int(Kind::Unknown) << int(XErrorCategory::Network) << true;
        QTest::newRow("drop before creating")
            << Fault::DropBeforeCreate << int(Kind::Unknown) << int(XErrorCategory::Network) << false;
        QTest::newRow("503") << Fault::ServerError << int(Kind::Unknown) << int(XErrorCategory::Server) << false;
        QTest::newRow("hang") << Fault::Hang << int(Kind::Unknown) << int(XErrorCategory::Timeout) << false;
        QTest::newRow("duplicate 403") << Fault::Duplicate << int(Kind::Unknown) << int(XErrorCategory::Duplicate)
                                       << false;
        QTest::newRow("401") << Fault::Unauthorized << int(Kind::Failed) << int(XErrorCategory::Auth) << false;
        QTest::newRow("429") << Fault::RateLimited << int(Kind::Failed) << int(XErrorCategory::RateLimit) << false;
        QTest::newRow("429 usage capped")
            << Fault::UsageCapped << int(Kind::Failed) << int(XErrorCategory::UsageCapped) << false;
    }

    void misbehaviourEndsInTheRightState()
    {
        QFETCH(Fault, fault);
        QFETCH(int, expectedKind);
        QFETCH(int, category);
        QFETCH(bool, storedByServer);

        const qint64 id = m_fixture->addTweet(QStringLiteral("New episode: {title} {url}"));
        LocalXServer::Fault injected;
        injected.kind = fault;
        injected.delayMs = 200;
        injected.resetAt = QDateTime::currentDateTimeUtc().addSecs(600);
        m_fixture->server.injectFault(injected);
        ServiceThread thread(m_fixture->options(std::chrono::milliseconds(400)));

        const PostOutcome outcome = postAndWait(thread.service(), id);
        QCOMPARE(int(outcome.kind), expectedKind);
        QCOMPARE(int(outcome.category), category);
        QVERIFY(!outcome.message.isEmpty());
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        QCOMPARE(m_fixture->server.storedPostCount(), storedByServer ? 1 : 0);
        QCOMPARE(m_fixture->tweet(id).status,
                 Kind(expectedKind) == Kind::Posted       ? TweetStatus::Posted
                     : Kind(expectedKind) == Kind::Failed ? TweetStatus::Failed
                                                          : TweetStatus::Unknown);

        // Clicking again never sends a second request for a tweet that is out or may be out, nor while
        // X's limit says no. (A 401 is a plain failure: retrying it is allowed, see below.)
        if (XErrorCategory(category) != XErrorCategory::Auth) {
            const PostOutcome again = postAndWait(thread.service(), id);
            QCOMPARE(again.kind, Kind::Refused);
            QCOMPARE(m_fixture->server.createRequestCount(), 1);
        }

        if (Kind(expectedKind) == Kind::Unknown) {
            // "Not published" needs the attempt's lease to have ended (plus the safe delay, 0 here).
            const QDateTime deadline = TweetStore(m_fixture->db.connection()).attempts(id).first().deadline;
            QVERIFY(deadline.isValid());
            QTRY_VERIFY(QDateTime::currentDateTimeUtc() > deadline);
            ThreadSignalSpy verified(thread.service(), &PostingService::verifyFinished);
            thread.service()->verify(id);
            QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 10000);
            const PostOutcome settled = outcomeAt(verified, 0);
            if (XErrorCategory(category) == XErrorCategory::Duplicate) {
                // X said the text is out already (perhaps from an earlier request of ours): never
                // "verified not published", whatever the timeline shows.
                QCOMPARE(settled.kind, Kind::Unknown);
                QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Unknown);
                QCOMPARE(m_fixture->server.createRequestCount(), 1);
                return;
            }
            if (storedByServer) {
                QCOMPARE(settled.kind, Kind::Posted);
                QCOMPARE(settled.postId, m_fixture->server.posts().first().id);
                QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
            } else {
                QCOMPARE(settled.kind, Kind::Failed);
                QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Failed);
                // Verified not published: a retry posts exactly once more.
                QCOMPARE(postAndWait(thread.service(), id).kind, Kind::Posted);
                QCOMPARE(m_fixture->server.createRequestCount(), 2);
            }
            QCOMPARE(m_fixture->server.storedPostCount(), 1);
        }
    }

    // The lost post is older than one page of X's answer (100 posts): verification reads on to the
    // next page instead of guessing.
    void verifyReadsEveryPageOfTheWindow()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Lost in a busy timeline"));
        m_fixture->server.injectFault({Fault::DropAfterCreate, 1, 0, {}, LocalXServer::Endpoint::CreateTweet});
        ServiceThread thread(m_fixture->options());
        QCOMPARE(postAndWait(thread.service(), id).kind, Kind::Unknown);
        // The account then posts more than one page of X's answer (100) before anyone verifies.
        ThreadSignalSpy finished(thread.service(), &PostingService::postFinished);
        for (int i = 0; i < 101; ++i) {
            thread.service()->post(m_fixture->addTweet(QStringLiteral("Busy %1").arg(i)));
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 101, 30000);
        ThreadSignalSpy verified(thread.service(), &PostingService::verifyFinished);
        thread.service()->verify(id);
        QTRY_COMPARE_WITH_TIMEOUT(verified.count(), 1, 10000);
        const PostOutcome outcome = outcomeAt(verified, 0);
        QCOMPARE(outcome.kind, Kind::Posted);
        QCOMPARE(outcome.postId, m_fixture->server.posts().constFirst().id);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 102);

        // X bills each page as owned reads: one x_reads row per page, with the posts it returned.
        QSqlQuery reads(m_fixture->db.connection());
        QVERIFY(reads.exec(QStringLiteral("SELECT account_id, config_id, kind, resources, read_at FROM x_reads "
                                          "ORDER BY id")));
        QList<int> resources;
        while (reads.next()) {
            QCOMPARE(reads.value(0).toLongLong(), m_fixture->sandboxAccountId);
            QCOMPARE(reads.value(1).toLongLong(), id);
            QCOMPARE(reads.value(2).toString(), QStringLiteral("owned"));
            QVERIFY(Sql::toDateTime(reads.value(4)).isValid());
            resources.append(reads.value(3).toInt());
        }
        QCOMPARE(resources, (QList<int> {100, 2}));
    }

    void failedPostCanBeRetriedOnce()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Retry me"));
        m_fixture->server.injectFault({Fault::Unauthorized, 1, 0, {}, LocalXServer::Endpoint::CreateTweet});
        ServiceThread thread(m_fixture->options());
        QCOMPARE(postAndWait(thread.service(), id).kind, Kind::Failed);
        QCOMPARE(postAndWait(thread.service(), id).kind, Kind::Posted);
        QCOMPARE(postAndWait(thread.service(), id).refusal, ClaimRefusal::AlreadyPosted);
        QCOMPARE(m_fixture->server.createRequestCount(), 2);
        QCOMPARE(m_fixture->tweet(id).retryCount, 1);
        QCOMPARE(TweetStore(m_fixture->db.connection()).attempts(id).size(), 2);
    }

    void rateLimitHeadersAreKept()
    {
        m_fixture->server.setRateLimit(2, 100);
        ServiceThread thread(m_fixture->options());
        QCOMPARE(postAndWait(thread.service(), m_fixture->addTweet(QStringLiteral("one"))).kind, Kind::Posted);
        QCOMPARE(postAndWait(thread.service(), m_fixture->addTweet(QStringLiteral("two"))).kind, Kind::Posted);
        // The server said 0 remaining: the third is refused locally until the reset, and X sees nothing.
        const PostOutcome third = postAndWait(thread.service(), m_fixture->addTweet(QStringLiteral("three")));
        QCOMPARE(third.refusal, ClaimRefusal::RateLimited);
        QVERIFY(third.retryAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(m_fixture->server.createRequestCount(), 2);
        PostingStore store(
            m_fixture->db.connection(), Claimant::current(), [] { return QDateTime::currentDateTimeUtc(); }, 1000);
        const auto limits = store.limits(m_fixture->sandboxAccountId);
        QVERIFY(limits);
        QCOMPARE(limits->windowRemaining, std::optional<int>(0));
        QCOMPARE(limits->dayRemaining, std::optional<int>(98));
    }

    void doubleClickSendsOneRequest()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Double click"));
        m_fixture->server.injectFault({Fault::Delay, 1, 300, {}, LocalXServer::Endpoint::CreateTweet});
        ServiceThread thread(m_fixture->options());
        ThreadSignalSpy finished(thread.service(), &PostingService::postFinished);
        thread.service()->start();
        for (int i = 0; i < 5; ++i) {
            thread.service()->post(id);
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 5, 10000);
        int posted = 0;
        for (qsizetype i = 0; i < finished.count(); ++i) {
            const PostOutcome outcome = outcomeAt(finished, i);
            if (outcome.kind == Kind::Posted) {
                ++posted;
            } else {
                QCOMPARE(outcome.refusal, ClaimRefusal::AlreadyPosting);
            }
        }
        QCOMPARE(posted, 1);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    // 50 threads, each with its own service and connection, claim and post the same tweet; 200 times.
    void fiftyThreadsRaceForOneTweet()
    {
        constexpr int threads = 50;
        constexpr int rounds = 200;
        std::vector<std::unique_ptr<ServiceThread>> workers;
        std::vector<std::unique_ptr<ThreadSignalSpy>> spies;
        for (int i = 0; i < threads; ++i) {
            workers.push_back(std::make_unique<ServiceThread>(m_fixture->options()));
            spies.push_back(
                std::make_unique<ThreadSignalSpy>(workers.back()->service(), &PostingService::postFinished));
            workers.back()->service()->start();
        }
        for (int round = 0; round < rounds; ++round) {
            const qint64 id = m_fixture->addTweet(QStringLiteral("Race %1").arg(round));
            const int requestsBefore = m_fixture->server.createRequestCount();
            for (auto &worker : workers) {
                worker->service()->post(id);
            }
            auto finishedCount = [&spies, round] {
                int n = 0;
                for (auto &spy : spies) {
                    n += spy->count() > round ? 1 : 0;
                }
                return n;
            };
            QTRY_COMPARE_WITH_TIMEOUT(finishedCount(), threads, 30000);
            int posted = 0;
            for (auto &spy : spies) {
                const PostOutcome outcome = outcomeAt(*spy, round);
                QCOMPARE(outcome.configId, id);
                if (outcome.kind == Kind::Posted) {
                    ++posted;
                } else {
                    QCOMPARE(outcome.kind, Kind::Refused);
                    QVERIFY2(outcome.refusal == ClaimRefusal::AlreadyPosting ||
                                 outcome.refusal == ClaimRefusal::AlreadyPosted,
                             qPrintable(claimRefusalToString(outcome.refusal)));
                }
            }
            QCOMPARE(posted, 1);
            QCOMPARE(m_fixture->server.createRequestCount(), requestsBefore + 1);
        }
        QCOMPARE(m_fixture->server.createRequestCount(), rounds);
        QCOMPARE(m_fixture->server.storedPostCount(), rounds);
    }

    void recoversDeadClaimsAtStart()
    {
        const qint64 dead = m_fixture->addTweet(QStringLiteral("Dead claimant"));
        const qint64 old = m_fixture->addTweet(QStringLiteral("Old claim"));
        const qint64 live = m_fixture->addTweet(QStringLiteral("Live claim elsewhere"));
        QSqlQuery query(m_fixture->db.connection());
        const QString now = Sql::now();
        // A pid that cannot be alive on this host (above Linux's pid_max).
        const QString deadClaimant = Claimant {Claimant::current().host, 99999999, {}, {}}.toString();
        QVERIFY(
            query.exec(QStringLiteral("UPDATE tweet_configs SET status='posting', attempt_id='a1', claimed_at='%1', "
                                      "claimed_by='%2' WHERE id=%3")
                           .arg(now, deadClaimant)
                           .arg(dead)));
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET status='posting', attempt_id='a2', "
                                          "claimed_at='2020-01-01T00:00:00.000Z', claimed_by='otherhost:5' WHERE id=%1")
                               .arg(old)));
        QVERIFY(
            query.exec(QStringLiteral("UPDATE tweet_configs SET status='posting', attempt_id='a3', claimed_at='%1', "
                                      "claimed_by='otherhost:5' WHERE id=%2")
                           .arg(now)
                           .arg(live)));
        ServiceThread thread(m_fixture->options());
        ThreadSignalSpy started(thread.service(), &PostingService::started);
        thread.service()->start();
        QTRY_COMPARE(started.count(), 1);
        QCOMPARE(m_fixture->tweet(dead).status, TweetStatus::Unknown);
        QCOMPARE(m_fixture->tweet(old).status, TweetStatus::Unknown);
        QCOMPARE(m_fixture->tweet(live).status, TweetStatus::Posting); // another machine's post in flight
        QCOMPARE(postAndWait(thread.service(), dead).refusal, ClaimRefusal::NeedsVerify);
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
    }

    void secondWriterMakesClaimsWaitOrFailCleanly()
    {
        const qint64 waits = m_fixture->addTweet(QStringLiteral("Waits for the lock"));
        const qint64 refused = m_fixture->addTweet(QStringLiteral("Gives up"));
        auto options = m_fixture->options();
        options.busyTimeoutMs = 300;
        ServiceThread thread(options);
        ThreadSignalSpy started(thread.service(), &PostingService::started);
        thread.service()->start();
        QTRY_COMPARE(started.count(), 1);

        // Held longer than the busy timeout: the claim fails cleanly, the row stays pending.
        QSqlQuery lock(m_fixture->db.connection());
        QVERIFY(beginWriteLock(lock));
        const PostOutcome busy = postAndWait(thread.service(), refused);
        QCOMPARE(busy.refusal, ClaimRefusal::Busy);
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QCOMPARE(m_fixture->tweet(refused).status, TweetStatus::Pending);
        QCOMPARE(m_fixture->server.createRequestCount(), 0);

        // Held for less than the busy timeout: the claim waits and goes through.
        QVERIFY(beginWriteLock(lock));
        QTimer::singleShot(150, this, [&lock] { lock.exec(QStringLiteral("COMMIT")); });
        QCOMPARE(postAndWait(thread.service(), waits).kind, Kind::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        QCOMPARE(postAndWait(thread.service(), refused).kind, Kind::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 2);
    }

private:
    std::unique_ptr<PostingFixture> m_fixture;
};

QTEST_GUILESS_MAIN(PostingServiceTest)
#include "test_postingservice.moc"
