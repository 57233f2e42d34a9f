// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulenotifier.h"

#include "posting/postingservice.h"
#include "postingnotes.h"

#include <algorithm>

namespace EpisodeDesk::Ui {

using Models::ClaimRefusal;
using Models::PostOutcome;

namespace {

// A notification bubble shows two or three short lines; a whole tweet would be cut by the desktop
// anywhere, so cut it here, at a word.
constexpr int kExcerptChars = 70;
// How many missed tweets a grouped notification names before "and N more".
constexpr int kNamedMissed = 2;

} // namespace

ScheduleNotifier::ScheduleNotifier(Lookup lookup, QObject *parent) : QObject(parent), m_lookup(std::move(lookup))
{
    qRegisterMetaType<ScheduleNotification>();
    m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    m_missedBatch.setSingleShot(true);
    m_missedBatch.setInterval(MissedBatchMs);
    connect(&m_missedBatch, &QTimer::timeout, this, &ScheduleNotifier::flushMissed);
}

ScheduleNotifier::~ScheduleNotifier() = default;

void ScheduleNotifier::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QString ScheduleNotifier::excerpt(const QString &text)
{
    const QString line = text.simplified();
    if (line.size() <= kExcerptChars) {
        return line;
    }
    QString cut = line.left(kExcerptChars - 1);
    if (const int space = cut.lastIndexOf(QLatin1Char(' ')); space > kExcerptChars / 2) {
        cut.truncate(space);
    }
    return cut + QChar(0x2026);
}

std::optional<ScheduleNotification> ScheduleNotifier::forOutcome(const PostOutcome &outcome,
                                                                 const ScheduledTweet &tweet, const QDateTime &now)
{
    ScheduleNotification notification;
    notification.configId = tweet.configId;
    const QString text = excerpt(tweet.text);
    switch (outcome.kind) {
    case PostOutcome::Kind::Posted:
        notification.kind = ScheduleNotification::Kind::Posted;
        notification.title = tr("Scheduled tweet posted");
        notification.message = tweet.sandbox
            ? tr("On %1, to the local Sandbox server only (not X): \u201c%2\u201d").arg(tweet.accountName, text)
            : tr("On %1: \u201c%2\u201d").arg(tweet.accountName, text);
        return notification;
    case PostOutcome::Kind::Failed:
        if (outcome.category == Models::XErrorCategory::UsageCapped) {
            return forStopped(tweet, outcome.message);
        }
        notification.kind = ScheduleNotification::Kind::Failed;
        notification.severity = ScheduleNotification::Severity::Warning;
        notification.title = tr("Scheduled tweet not posted");
        notification.message = tr("\u201c%1\u201d on %2: %3").arg(text, tweet.accountName, outcome.message);
        // Say what happens next: either EpisodeDesk tries again by itself, or the user has to.
        notification.message += QLatin1Char(' ') +
            (tweet.nextRetryAt.isValid()
                 ? tr("EpisodeDesk tries again at %1.").arg(PostingNotes::clockTime(tweet.nextRetryAt, now))
                 : tr("Open it to retry."));
        return notification;
    case PostOutcome::Kind::Unknown:
        notification.kind = ScheduleNotification::Kind::Unknown;
        notification.severity = ScheduleNotification::Severity::Warning;
        notification.title = tr("Scheduled tweet: outcome unknown");
        notification.message = tr("X may have published \u201c%1\u201d on %2. Verify it before it is sent again.")
                                   .arg(text, tweet.accountName);
        return notification;
    case PostOutcome::Kind::Error:
        notification.kind = ScheduleNotification::Kind::Failed;
        notification.severity = ScheduleNotification::Severity::Warning;
        notification.title = tr("Scheduled tweet not sent");
        notification.message = tr("\u201c%1\u201d: %2").arg(text, outcome.message);
        return notification;
    case PostOutcome::Kind::Refused:
        break;
    }
    switch (outcome.refusal) {
    case ClaimRefusal::UsageCapped:
        return forStopped(tweet, outcome.message);
    case ClaimRefusal::InvalidText:
    case ClaimRefusal::NoAccount:
    case ClaimRefusal::ImagesMissing:
    case ClaimRefusal::DatabaseError:
        // Nothing was sent, and nothing will be until the user fixes it.
        notification.kind = ScheduleNotification::Kind::Failed;
        notification.severity = ScheduleNotification::Severity::Warning;
        notification.title = tr("Scheduled tweet not sent");
        notification.message = tr("\u201c%1\u201d: %2").arg(text, outcome.message);
        return notification;
    case ClaimRefusal::NoCredentials: // the scheduler waits, and a teammate's computer that has the keys posts it
    case ClaimRefusal::AlreadyPosted: // the button (or another window) was first: its answer is told there
    case ClaimRefusal::AlreadyPosting:
    case ClaimRefusal::NeedsVerify: // the scheduler never picks an unknown tweet; another window made it so
    case ClaimRefusal::Disabled: // the user disabled it at the last moment, as they meant to
    case ClaimRefusal::NotFound:
    case ClaimRefusal::RateLimited: // it waits for X's reset and goes out then, by itself
    case ClaimRefusal::Busy: // the scheduler's next check tries again
    case ClaimRefusal::UploadFailed: // likewise, after a pause: nothing was claimed
    case ClaimRefusal::ImagesChanged:
    case ClaimRefusal::None:
        break;
    }
    return std::nullopt;
}

ScheduleNotification ScheduleNotifier::forMissed(const QList<ScheduledTweet> &tweets, const QDateTime &now)
{
    ScheduleNotification notification;
    notification.kind = ScheduleNotification::Kind::Missed;
    notification.severity = ScheduleNotification::Severity::Warning;
    if (tweets.isEmpty()) {
        return notification;
    }
    const ScheduledTweet &first = tweets.first();
    notification.configId = first.configId;
    if (tweets.size() == 1) {
        notification.title = tr("Scheduled tweet missed");
        notification.message =
            tr("\u201c%1\u201d on %2 was due %3 and was not posted late. Post it now or reschedule it.")
                .arg(excerpt(first.text), first.accountName, PostingNotes::dayAndTime(first.scheduledAt, now));
        return notification;
    }
    notification.title = tr("%n scheduled tweets missed", nullptr, int(tweets.size()));
    QStringList named;
    for (int i = 0; i < std::min<int>(kNamedMissed, int(tweets.size())); ++i) {
        named.append(QStringLiteral("\u201c%1\u201d").arg(excerpt(tweets.at(i).text)));
    }
    const qint64 more = tweets.size() - named.size();
    const QString list = more > 0 ? tr("%1 and %2 more").arg(named.join(tr(", "))).arg(more) : named.join(tr(" and "));
    notification.message = tr("%1 were not posted late. Post them now or reschedule them.").arg(list);
    return notification;
}

ScheduleNotification ScheduleNotifier::forStopped(const ScheduledTweet &tweet, const QString &message)
{
    ScheduleNotification notification;
    notification.kind = ScheduleNotification::Kind::Stopped;
    notification.severity = ScheduleNotification::Severity::Critical;
    notification.configId = tweet.configId;
    notification.title = tr("Posting stopped on %1").arg(tweet.accountName);
    notification.message = tr("X's usage cap is reached, so scheduled tweets wait. Raise the cap on X, then choose "
                              "Resume posting in EpisodeDesk.");
    if (!message.isEmpty()) {
        notification.message = tr("X said: %1 %2").arg(message, notification.message);
    }
    return notification;
}

ScheduleNotification ScheduleNotifier::forHeld(const ScheduledTweet &tweet, const QString &reason)
{
    ScheduleNotification notification;
    notification.kind = ScheduleNotification::Kind::Held;
    notification.severity = ScheduleNotification::Severity::Warning;
    notification.configId = tweet.configId;
    notification.title = tr("Scheduled tweet held");
    notification.message = tr("\u201c%1\u201d on %2 is not posted until you change it: %3")
                               .arg(excerpt(tweet.text), tweet.accountName, reason);
    return notification;
}

ScheduledTweet ScheduleNotifier::describe(qint64 configId) const
{
    if (m_lookup) {
        if (auto tweet = m_lookup(configId)) {
            return *tweet;
        }
    }
    // Deleted meanwhile (or no lookup): still worth telling, by number.
    ScheduledTweet tweet;
    tweet.configId = configId;
    tweet.text = tr("Tweet %1").arg(configId);
    tweet.accountName = tr("its account");
    return tweet;
}

void ScheduleNotifier::publish(const ScheduleNotification &notification)
{
    m_lastConfigId = notification.configId;
    Q_EMIT notificationReady(notification);
}

void ScheduleNotifier::scheduledPostFinished(const PostOutcome &outcome)
{
    if (outcome.kind == PostOutcome::Kind::Refused &&
        (outcome.refusal == ClaimRefusal::InvalidText || outcome.refusal == ClaimRefusal::NoAccount)) {
        return; // the scheduler holds it and reports that (held), once
    }
    const ScheduledTweet tweet = describe(outcome.configId);
    const auto notification = forOutcome(outcome, tweet, m_clock());
    if (!notification) {
        return;
    }
    if (notification->kind == ScheduleNotification::Kind::Stopped) {
        if (m_stoppedAccounts.contains(tweet.accountId)) {
            return;
        }
        m_stoppedAccounts.insert(tweet.accountId);
    }
    publish(*notification);
}

void ScheduleNotifier::missed(qint64 configId, const QDateTime &scheduledAt)
{
    ScheduledTweet tweet = describe(configId);
    if (!tweet.scheduledAt.isValid()) {
        tweet.scheduledAt = scheduledAt;
    }
    m_pendingMissed.append(tweet);
    if (!m_missedBatch.isActive()) {
        m_missedBatch.start();
    }
}

void ScheduleNotifier::flushMissed()
{
    if (m_pendingMissed.isEmpty()) {
        return;
    }
    std::stable_sort(m_pendingMissed.begin(), m_pendingMissed.end(),
                     [](const ScheduledTweet &a, const ScheduledTweet &b) { return a.scheduledAt < b.scheduledAt; });
    const ScheduleNotification notification = forMissed(m_pendingMissed, m_clock());
    m_pendingMissed.clear();
    publish(notification);
}

void ScheduleNotifier::waiting(qint64 configId, const QDateTime &until, const QString &message)
{
    if (until.isValid()) {
        return;
    }
    const ScheduledTweet tweet = describe(configId);
    if (m_stoppedAccounts.contains(tweet.accountId)) {
        return;
    }
    m_stoppedAccounts.insert(tweet.accountId);
    publish(forStopped(tweet, message));
}

void ScheduleNotifier::held(qint64 configId, const QString &reason)
{
    publish(forHeld(describe(configId), reason));
}

void ScheduleNotifier::accountResumed(qint64 accountId)
{
    m_stoppedAccounts.remove(accountId);
}

void ScheduleNotifier::messageClicked()
{
    if (m_lastConfigId != 0) {
        Q_EMIT tweetRequested(m_lastConfigId);
    }
}

} // namespace EpisodeDesk::Ui
