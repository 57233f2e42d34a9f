// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What the scheduler's reports become as desktop notifications, in which words, and which tweet a click
// opens: without a tray, a window or a scheduler (the window's wiring is in test_scheduling).

#include "posting/postingservice.h"
#include "postingnotes.h"
#include "schedulenotifier.h"

#include <QSignalSpy>
#include <QTest>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Ui;
using Kind = ScheduleNotification::Kind;

namespace {

// Nine in the morning local time: the times below stay on the same local day in every time zone.
const QDateTime now = QDateTime(QDate(2026, 12, 1), QTime(9, 0));

ScheduledTweet tweet(qint64 id, const QString &text, qint64 accountId = 1,
                     const QString &account = QStringLiteral("Real show"))
{
    ScheduledTweet tweet;
    tweet.configId = id;
    tweet.accountId = accountId;
    tweet.text = text;
    tweet.accountName = account;
    tweet.scheduledAt = now.addSecs(-3600 * id);
    return tweet;
}

PostOutcome outcome(qint64 id, PostOutcome::Kind kind, const QString &message = {})
{
    PostOutcome outcome;
    outcome.configId = id;
    outcome.kind = kind;
    outcome.message = message;
    return outcome;
}

} // namespace

class ScheduleNotifierTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void posted()
    {
        const auto note = ScheduleNotifier::forOutcome(outcome(3, PostOutcome::Kind::Posted),
                                                       tweet(3, QStringLiteral("Ep 7 is out")), now);
        QVERIFY(note);
        QCOMPARE(note->kind, Kind::Posted);
        QCOMPARE(note->configId, 3);
        QCOMPARE(note->severity, ScheduleNotification::Severity::Information);
        QCOMPARE(note->title, QStringLiteral("Scheduled tweet posted"));
        QCOMPARE(note->message, QStringLiteral("On Real show: \u201cEp 7 is out\u201d"));

        ScheduledTweet sandbox = tweet(3, QStringLiteral("Practice run"));
        sandbox.sandbox = true;
        sandbox.accountName = QStringLiteral("Practice");
        QCOMPARE(ScheduleNotifier::forOutcome(outcome(3, PostOutcome::Kind::Posted), sandbox, now)->message,
                 QStringLiteral("On Practice, to the local Sandbox server only (not X): \u201cPractice run\u201d"));
    }

    void failedSaysWhatHappensNext()
    {
        ScheduledTweet retried = tweet(4, QStringLiteral("Offline"));
        retried.nextRetryAt = now.addSecs(120);
        const auto withRetry = ScheduleNotifier::forOutcome(
            outcome(4, PostOutcome::Kind::Failed, QStringLiteral("The network is down.")), retried, now);
        QCOMPARE(withRetry->kind, Kind::Failed);
        QCOMPARE(withRetry->severity, ScheduleNotification::Severity::Warning);
        QCOMPARE(withRetry->title, QStringLiteral("Scheduled tweet not posted"));
        QCOMPARE(withRetry->message,
                 QStringLiteral("\u201cOffline\u201d on Real show: The network is down. EpisodeDesk "
                                "tries again at %1.")
                     .arg(PostingNotes::clockTime(retried.nextRetryAt, now)));

        const auto noRetry = ScheduleNotifier::forOutcome(
            outcome(4, PostOutcome::Kind::Failed, QStringLiteral("X refused the keys (401).")),
            tweet(4, QStringLiteral("Keys revoked")), now);
        QCOMPARE(noRetry->message,
                 QStringLiteral("\u201cKeys revoked\u201d on Real show: X refused the keys (401). Open it to retry."));

        const auto unknown = ScheduleNotifier::forOutcome(outcome(5, PostOutcome::Kind::Unknown),
                                                          tweet(5, QStringLiteral("Did it go out?")), now);
        QCOMPARE(unknown->kind, Kind::Unknown);
        QCOMPARE(unknown->title, QStringLiteral("Scheduled tweet: outcome unknown"));
        QCOMPARE(unknown->message,
                 QStringLiteral("X may have published \u201cDid it go out?\u201d on Real show. Verify "
                                "it before it is sent again."));
    }

    void refusalsThatNeedNobodyAreNotTold_data()
    {
        QTest::addColumn<int>("refusal");
        QTest::addColumn<bool>("told");
        QTest::newRow("already posted by the button") << int(ClaimRefusal::AlreadyPosted) << false;
        QTest::newRow("being posted by the button") << int(ClaimRefusal::AlreadyPosting) << false;
        QTest::newRow("disabled at the last moment") << int(ClaimRefusal::Disabled) << false;
        QTest::newRow("waits for the reset") << int(ClaimRefusal::RateLimited) << false;
        QTest::newRow("busy: the next check tries again") << int(ClaimRefusal::Busy) << false;
        QTest::newRow("too long: the user must fix it") << int(ClaimRefusal::InvalidText) << true;
        QTest::newRow("account gone") << int(ClaimRefusal::NoAccount) << true;
        QTest::newRow("usage cap") << int(ClaimRefusal::UsageCapped) << true;
    }

    void refusalsThatNeedNobodyAreNotTold()
    {
        QFETCH(int, refusal);
        QFETCH(bool, told);
        PostOutcome refused = outcome(6, PostOutcome::Kind::Refused, QStringLiteral("Why."));
        refused.refusal = static_cast<ClaimRefusal>(refusal);
        const auto note = ScheduleNotifier::forOutcome(refused, tweet(6, QStringLiteral("Text")), now);
        QCOMPARE(note.has_value(), told);
        if (note && refused.refusal == ClaimRefusal::InvalidText) {
            QCOMPARE(note->title, QStringLiteral("Scheduled tweet not sent"));
            QCOMPARE(note->message, QStringLiteral("\u201cText\u201d: Why."));
        }
    }

    void missedOneAndMany()
    {
        const ScheduledTweet one = tweet(2, QStringLiteral("Last call"));
        const auto single = ScheduleNotifier::forMissed({one}, now);
        QCOMPARE(single.kind, Kind::Missed);
        QCOMPARE(single.configId, 2);
        QCOMPARE(single.title, QStringLiteral("Scheduled tweet missed"));
        QCOMPARE(single.message,
                 QStringLiteral("\u201cLast call\u201d on Real show was due %1 and was not posted late. "
                                "Post it now or reschedule it.")
                     .arg(PostingNotes::dayAndTime(one.scheduledAt, now)));

        const auto three = ScheduleNotifier::forMissed(
            {tweet(3, QStringLiteral("First")), tweet(2, QStringLiteral("Second")), tweet(1, QStringLiteral("Third"))},
            now);
        QCOMPARE(three.title, QStringLiteral("3 scheduled tweets missed"));
        QCOMPARE(three.configId, 3);
        QCOMPARE(three.message,
                 QStringLiteral("\u201cFirst\u201d, \u201cSecond\u201d and 1 more were not posted late. "
                                "Post them now or reschedule them."));
    }

    void longTextIsCutAtAWord()
    {
        const QString text = QStringLiteral("Episode 7 is out: how we turned a spare room into a studio for under "
                                            "three hundred dollars, with photos");
        const QString cut = ScheduleNotifier::excerpt(text);
        QVERIFY(cut.size() <= 70);
        QVERIFY(cut.endsWith(QChar(0x2026)));
        QVERIFY(text.startsWith(cut.chopped(1)));
        QVERIFY(text.at(cut.size() - 1) == QLatin1Char(' ')); // cut before a word, not inside one
        QCOMPARE(ScheduleNotifier::excerpt(QStringLiteral("  two\nlines ")), QStringLiteral("two lines"));
    }

    // The notifier as the window uses it: reports in, notifications out, a click back to the tweet.
    void reportsBecomeNotificationsAndAClickOpensTheTweet()
    {
        const QHash<qint64, ScheduledTweet> tweets = {
            {1, tweet(1, QStringLiteral("One"))},
            {2, tweet(2, QStringLiteral("Two"))},
            {3, tweet(3, QStringLiteral("Three"), 9, QStringLiteral("Second show"))},
        };
        ScheduleNotifier notifier([&tweets](qint64 id) -> std::optional<ScheduledTweet> {
            if (tweets.contains(id)) {
                return tweets.value(id);
            }
            return std::nullopt;
        });
        notifier.setClock([] { return now; });
        QSignalSpy ready(&notifier, &ScheduleNotifier::notificationReady);
        QSignalSpy requested(&notifier, &ScheduleNotifier::tweetRequested);

        notifier.messageClicked(); // nothing told yet: nothing to open
        QCOMPARE(requested.count(), 0);

        notifier.scheduledPostFinished(outcome(1, PostOutcome::Kind::Posted));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.last().first().value<ScheduleNotification>().kind, Kind::Posted);
        notifier.messageClicked();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.last().first().toLongLong(), 1);

        // Misses reported together are one notification, about the earliest.
        notifier.missed(1, tweets.value(1).scheduledAt);
        notifier.missed(2, tweets.value(2).scheduledAt);
        QCOMPARE(ready.count(), 1);
        QTRY_COMPARE(ready.count(), 2);
        const auto missed = ready.last().first().value<ScheduleNotification>();
        QCOMPARE(missed.title, QStringLiteral("2 scheduled tweets missed"));
        QCOMPARE(missed.configId, 2);
        notifier.messageClicked();
        QCOMPARE(requested.last().first().toLongLong(), 2);

        // The usage cap is told once per account until the user resumes it.
        notifier.waiting(3, {}, QStringLiteral("Usage cap exceeded."));
        QCOMPARE(ready.count(), 3);
        const auto stopped = ready.last().first().value<ScheduleNotification>();
        QCOMPARE(stopped.kind, Kind::Stopped);
        QCOMPARE(stopped.severity, ScheduleNotification::Severity::Critical);
        QCOMPARE(stopped.title, QStringLiteral("Posting stopped on Second show"));
        QVERIFY(stopped.message.startsWith(QStringLiteral("X said: Usage cap exceeded.")));
        QVERIFY(stopped.message.contains(QStringLiteral("Resume posting")));
        PostOutcome capped = outcome(3, PostOutcome::Kind::Failed, QStringLiteral("Usage cap exceeded."));
        capped.category = XErrorCategory::UsageCapped;
        notifier.scheduledPostFinished(capped);
        notifier.waiting(3, {}, QStringLiteral("Usage cap exceeded."));
        QCOMPARE(ready.count(), 3);
        notifier.waiting(1, now.addSecs(600), QStringLiteral("Waiting for X's limit")); // waits by itself: not told
        QCOMPARE(ready.count(), 3);
        notifier.accountResumed(9);
        notifier.waiting(3, {}, QStringLiteral("Usage cap exceeded."));
        QCOMPARE(ready.count(), 4);

        // A tweet deleted meanwhile is still told, by number.
        notifier.scheduledPostFinished(outcome(42, PostOutcome::Kind::Posted));
        QCOMPARE(ready.last().first().value<ScheduleNotification>().message,
                 QStringLiteral("On its account: \u201cTweet 42\u201d"));
    }

    // A held tweet (too long after filling in, account gone) is told once, through the scheduler's held
    // report; the claim's refusal of the same thing, if the scheduler's own post met it, is not told again.
    void heldIsToldOnceWithItsReason()
    {
        ScheduleNotifier notifier([](qint64 id) -> std::optional<ScheduledTweet> {
            return tweet(id, QStringLiteral("New: a very long title"));
        });
        notifier.setClock([] { return now; });
        QSignalSpy ready(&notifier, &ScheduleNotifier::notificationReady);
        PostOutcome refused = outcome(4, PostOutcome::Kind::Refused, QStringLiteral("Too long."));
        refused.refusal = ClaimRefusal::InvalidText;
        notifier.scheduledPostFinished(refused);
        QCOMPARE(ready.count(), 0);
        notifier.held(4, QStringLiteral("319 characters after filling in {title} (X allows 280)."));
        QCOMPARE(ready.count(), 1);
        const auto held = ready.last().first().value<ScheduleNotification>();
        QCOMPARE(held.kind, Kind::Held);
        QCOMPARE(held.severity, ScheduleNotification::Severity::Warning);
        QCOMPARE(held.configId, 4);
        QCOMPARE(held.title, QStringLiteral("Scheduled tweet held"));
        QCOMPARE(held.message,
                 QStringLiteral("\u201cNew: a very long title\u201d on Real show is not posted until you "
                                "change it: 319 characters after filling in {title} (X allows 280)."));
    }
};

QTEST_GUILESS_MAIN(ScheduleNotifierTest)
#include "test_schedulenotifier.moc"
