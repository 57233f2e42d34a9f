// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/postingservice.h"
#include "posting/postingstore.h"
#include "postingnotes.h"
#include "postingrequests.h"

#include <QTest>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Ui;

namespace {

// Nine in the morning local time: two hours later is the same local day in every time zone.
const QDateTime now = QDateTime(QDate(2026, 5, 4), QTime(9, 0));

PostOutcome makeRefusal(ClaimRefusal why, const QString &message = {})
{
    PostOutcome outcome;
    outcome.configId = 3;
    outcome.kind = PostOutcome::Kind::Refused;
    outcome.refusal = why;
    outcome.message = message;
    return outcome;
}

} // namespace

class PostingNotesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ago_data()
    {
        QTest::addColumn<int>("secondsBefore");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << 20 << QStringLiteral("just now");
        QTest::newRow("two minutes") << 150 << QStringLiteral("2 min ago");
        QTest::newRow("an hour") << 3700 << QStringLiteral("1 h ago");
        QTest::newRow("clock skew") << -30 << QStringLiteral("just now");
    }

    void ago()
    {
        QFETCH(int, secondsBefore);
        QFETCH(QString, expected);
        QCOMPARE(PostingNotes::ago(now.addSecs(-secondsBefore), now), expected);
        QVERIFY(PostingNotes::ago(now.addDays(-3), now).startsWith(QStringLiteral("on ")));
        QVERIFY(PostingNotes::ago(QDateTime(), now).isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<int>("refusal");
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<QString>("plain");
        QTest::newRow("already posted") << int(ClaimRefusal::AlreadyPosted) << false
                                        << QStringLiteral("Already posted 2 min ago \u2014 Open on X");
        QTest::newRow("already posted, sandbox")
            << int(ClaimRefusal::AlreadyPosted) << true
            << QStringLiteral("Already posted 2 min ago, to the local Sandbox server only");
        QTest::newRow("posting elsewhere")
            << int(ClaimRefusal::AlreadyPosting) << false << QStringLiteral("Being posted from another window");
        QTest::newRow("needs verify") << int(ClaimRefusal::NeedsVerify) << false
                                      << QStringLiteral("Outcome unknown \u2014 Verify");
        QTest::newRow("rate limited") << int(ClaimRefusal::RateLimited) << false
                                      << QStringLiteral("Waiting for X's limit \u2014 resumes 11:05");
        QTest::newRow("busy") << int(ClaimRefusal::Busy) << false
                              << QStringLiteral("Not sent: the database is busy (another window or process is "
                                                "writing). Try again in a moment.");
        QTest::newRow("keys not here") << int(ClaimRefusal::NoCredentials) << false
                                       << QStringLiteral("Not sent from this computer: it cannot use this account's "
                                                         "X keys");
        QTest::newRow("too long") << int(ClaimRefusal::InvalidText) << false
                                  << QStringLiteral("Not sent: The tweet is 300 characters long.");
    }

    void refusals()
    {
        QFETCH(int, refusal);
        QFETCH(bool, sandbox);
        QFETCH(QString, plain);
        PostOutcome outcome =
            makeRefusal(static_cast<ClaimRefusal>(refusal), QStringLiteral("The tweet is 300 characters long."));
        outcome.postedAt = now.addSecs(-150);
        outcome.retryAt = now.addSecs(7500);
        const PostingNote note = PostingNotes::forPost(outcome, sandbox, now);
        QCOMPARE(note.plainText().section(QLatin1Char('\n'), 0, 0), plain);
    }

    // The engine's sentence (which account, where to add the keys) is the detail under the note.
    void keysNotHereKeepTheEnginesWords()
    {
        const QString reason = QStringLiteral("The X keys of “The Show” are not on this computer. Add them in Accounts "
                                              "on this computer.");
        const PostingNote note = PostingNotes::forPost(makeRefusal(ClaimRefusal::NoCredentials, reason), false, now);
        QVERIFY(note.problem);
        QCOMPARE(note.detail, reason);
        QVERIFY(note.plainText().endsWith(reason));
    }

    void outcomes()
    {
        PostOutcome posted;
        posted.kind = PostOutcome::Kind::Posted;
        QCOMPARE(PostingNotes::forPost(posted, false, now).plainText(),
                 QStringLiteral("Posted just now \u2014 Open on X"));
        QCOMPARE(PostingNotes::forPost(posted, false, now).validWhile, std::optional(TweetStatus::Posted));

        PostOutcome failed;
        failed.kind = PostOutcome::Kind::Failed;
        failed.message = QStringLiteral("X refused the keys (401).");
        const PostingNote failure = PostingNotes::forPost(failed, false, now);
        QCOMPARE(failure.plainText(), QStringLiteral("Not posted: X refused the keys (401)."));
        QVERIFY(failure.problem);
        QCOMPARE(failure.validWhile, std::optional(TweetStatus::Failed));

        PostOutcome unknown;
        unknown.kind = PostOutcome::Kind::Unknown;
        unknown.message = QStringLiteral("X answered 503.");
        const PostingNote maybe = PostingNotes::forPost(unknown, false, now);
        QCOMPARE(maybe.link, PostingNote::Link::Verify);
        QVERIFY(maybe.detail.contains(QStringLiteral("X answered 503.")));

        PostOutcome verified;
        verified.kind = PostOutcome::Kind::Failed;
        QCOMPARE(PostingNotes::forVerify(verified, false).text,
                 QStringLiteral("Verified not published \u2014 it is safe to post it again"));
        verified.kind = PostOutcome::Kind::Posted;
        QCOMPARE(PostingNotes::forVerify(verified, true).link, PostingNote::Link::None); // no page for Sandbox
    }

    void htmlEscapesAndLinks()
    {
        PostOutcome failed;
        failed.kind = PostOutcome::Kind::Failed;
        failed.message = QStringLiteral("<script> & co");
        const QString html = PostingNotes::forPost(failed, false, now).html();
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt; &amp; co")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));

        PostOutcome unknown;
        unknown.kind = PostOutcome::Kind::Unknown;
        const PostingNote note = PostingNotes::forPost(unknown, false, now);
        QVERIFY(
            note.html().contains(QStringLiteral("href=\"%1\"").arg(PostingNote::linkHref(PostingNote::Link::Verify))));
        QCOMPARE(PostingNote::linkFromHref(PostingNote::linkHref(PostingNote::Link::OpenOnX)),
                 std::optional(PostingNote::Link::OpenOnX));
        QVERIFY(!PostingNote::linkFromHref(QStringLiteral("https://x.com/")));
    }

    // The window's bookkeeping of one post: marked from the click until the reload after the answer.
    void requestsWaitUntilTheReloadAfterTheAnswer()
    {
        PostingRequests requests;
        QVERIFY(!requests.isWaiting(3));
        QVERIFY(requests.begin(3, PostingRequests::Stage::Confirming));
        QVERIFY(!requests.begin(3, PostingRequests::Stage::Confirming)); // the second click: nothing
        QVERIFY(!requests.begin(3, PostingRequests::Stage::Verifying));
        QVERIFY(!requests.showsPosting(3)); // nothing sent while the question is open
        requests.send(3);
        QVERIFY(requests.showsPosting(3));
        QCOMPARE(requests.postsInFlight(), 1);

        PostingNote posted;
        posted.text = QStringLiteral("Posted just now");
        posted.validWhile = TweetStatus::Posted;
        QVERIFY(requests.answer(3, false, posted));
        QVERIFY(requests.isWaiting(3)); // until the models show it
        QVERIFY(requests.showsPosting(3));
        QCOMPARE(requests.postsInFlight(), 0);
        QCOMPARE(requests.latestNote(3, TweetStatus::Pending)->text, posted.text); // models not reloaded yet
        requests.settle();
        QVERIFY(!requests.isWaiting(3));
        QVERIFY(!requests.anyShowsPosting());
        QCOMPARE(requests.latestNote(3, TweetStatus::Posted)->text, posted.text);
        QVERIFY(!requests.latestNote(3, TweetStatus::Failed)); // moved on since: no longer true

        // A verify answer settles too, but never shows the row as posting.
        QVERIFY(requests.begin(4, PostingRequests::Stage::Verifying));
        QVERIFY(!requests.showsPosting(4));
        QVERIFY(requests.answer(4, true, posted));
        QVERIFY(!requests.showsPosting(4));

        // The scheduler's answer about a tweet being confirmed here leaves the question open.
        QVERIFY(requests.begin(5, PostingRequests::Stage::Confirming));
        QVERIFY(!requests.answer(5, false, posted));
        QCOMPARE(requests.stage(5), PostingRequests::Stage::Confirming);
        requests.cancel(5);
        QVERIFY(!requests.isWaiting(5));
    }

    void stateNotes()
    {
        TweetConfig config;
        config.status = TweetStatus::Failed;
        config.lastError = QStringLiteral("X refused the keys (401).");
        QCOMPARE(PostingNotes::forConfig(config, DisplayStatus::Failed, false, now).plainText(),
                 QStringLiteral("Not posted: X refused the keys (401)."));
        config.status = TweetStatus::Posted;
        config.postedAt = now.addSecs(-600);
        QCOMPARE(PostingNotes::forConfig(config, DisplayStatus::Posted, false, now).plainText(),
                 QStringLiteral("Posted 10 min ago \u2014 Open on X"));
        QCOMPARE(PostingNotes::forConfig(config, DisplayStatus::Posted, true, now).plainText(),
                 QStringLiteral("Posted 10 min ago, to the local Sandbox server only"));
        config.status = TweetStatus::Pending;
        config.scheduledAt = now.addSecs(-7200);
        const PostingNote missed = PostingNotes::forConfig(config, DisplayStatus::Missed, false, now);
        QVERIFY(missed.problem);
        QVERIFY(missed.text.startsWith(QStringLiteral("Missed its time")));
        QVERIFY(missed.text.endsWith(QStringLiteral("Post it now or reschedule it.")));

        // Due, but the account is out of posts: the scheduler deferred it to X's reset.
        config.nextRetryAt = now.addSecs(3900);
        config.lastError = QStringLiteral("Waiting for X's limit \u2014 resumes 10:05 AM");
        const PostingNote waiting = PostingNotes::forConfig(config, DisplayStatus::Scheduled, false, now);
        QCOMPARE(waiting.text, QStringLiteral("Waiting for X's limit \u2014 resumes 10:05"));
        QVERIFY(!waiting.problem);
        // A failure the scheduler retries by itself says when.
        config.status = TweetStatus::Failed;
        config.lastError = QStringLiteral("The network is down.");
        const PostingNote retry = PostingNotes::forConfig(config, DisplayStatus::Scheduled, false, now);
        QCOMPARE(retry.plainText(),
                 QStringLiteral("Not posted yet; it is tried again automatically at 10:05.\nThe network is down."));
    }

    void usageCapOffersResume()
    {
        const PostingNote note = PostingNotes::forUsageCap(QStringLiteral("Usage cap exceeded."));
        QCOMPARE(note.plainText().section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("Posting stopped on this account: X's usage cap is reached \u2014 Resume posting"));
        QVERIFY(note.problem);
        QVERIFY(note.detail.startsWith(QStringLiteral("X said: Usage cap exceeded.")));
        QCOMPARE(PostingNote::linkFromHref(PostingNote::linkHref(PostingNote::Link::ResumePosting)),
                 std::optional(PostingNote::Link::ResumePosting));
        // The engine's answers say the same, whether X refused the post or the claim refused to send it.
        PostOutcome capped;
        capped.kind = PostOutcome::Kind::Failed;
        capped.category = XErrorCategory::UsageCapped;
        QCOMPARE(PostingNotes::forPost(capped, false, now).link, PostingNote::Link::ResumePosting);
        QCOMPARE(PostingNotes::forPost(capped, false, now).validWhile, std::optional(TweetStatus::Failed));
        QCOMPARE(PostingNotes::forPost(makeRefusal(ClaimRefusal::UsageCapped), false, now).link,
                 PostingNote::Link::ResumePosting);
    }

    void limits_data()
    {
        QTest::addColumn<std::optional<AccountLimits>>("limits");
        QTest::addColumn<QString>("expected");
        QTest::newRow("never told") << std::optional<AccountLimits>()
                                    << QStringLiteral(
                                           "Posts left: unknown until the first post (X tells with each answer)");
        AccountLimits both;
        both.windowRemaining = 49;
        both.windowReset = now.addSecs(300);
        both.dayRemaining = 1;
        both.dayReset = now.addDays(1);
        both.updatedAt = now.addSecs(-480);
        QTest::newRow("both windows")
            << std::optional(both)
            << QStringLiteral("49 posts left until 09:05 (15-minute window) \u00b7 1 post left until %1 (24 hours) "
                              "\u2014 as of 08:52")
                   .arg(QLocale().toString(now.addDays(1), QStringLiteral("ddd HH:mm")));
        AccountLimits renewed = both;
        renewed.windowReset = now.addSecs(-60);
        QTest::newRow("window renewed since")
            << std::optional(renewed)
            << QStringLiteral(
                   "15-minute limit renewed at 08:59 \u00b7 1 post left until %1 (24 hours) \u2014 as of 08:52")
                   .arg(QLocale().toString(now.addDays(1), QStringLiteral("ddd HH:mm")));
        AccountLimits paused;
        paused.pausedUntil = now.addSecs(900);
        paused.updatedAt = now;
        QTest::newRow("paused by a 429") << std::optional(paused)
                                         << QStringLiteral("X paused posting until 09:15 \u2014 as of 09:00");
        AccountLimits capped;
        capped.usageCapped = true;
        QTest::newRow("usage capped") << std::optional(capped)
                                      << QStringLiteral("Posting stopped: X's usage cap is reached");
        AccountLimits empty;
        empty.updatedAt = now;
        QTest::newRow("answer without headers") << std::optional(empty)
                                                << QStringLiteral("Posts left: unknown until the first post (X tells "
                                                                  "with each answer)");
    }

    void limits()
    {
        QFETCH(std::optional<AccountLimits>, limits);
        QFETCH(QString, expected);
        QCOMPARE(PostingNotes::forLimits(limits, now), expected);
    }

    void dayAndTime()
    {
        QCOMPARE(PostingNotes::dayAndTime(now.addDays(1), now),
                 QLocale().toString(now.addDays(1), QStringLiteral("ddd HH:mm")));
        QCOMPARE(PostingNotes::dayAndTime(now, now), QLocale().toString(now, QStringLiteral("ddd HH:mm")));
        // Further than a week: the weekday alone would be ambiguous.
        QVERIFY(!PostingNotes::dayAndTime(now.addDays(9), now)
                     .startsWith(QLocale().toString(now.addDays(9), QStringLiteral("ddd "))));
    }
};

QTEST_MAIN(PostingNotesTest)
#include "test_postingnotes.moc"
