// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace EpisodeDesk::Models {
struct PostOutcome;
}

namespace EpisodeDesk::Ui {

// One desktop notification about a scheduled post: what the tray shows, or the status bar where there
// is no tray.
struct ScheduleNotification
{
    enum class Kind
    {
        Posted,
        Failed,
        Unknown, // X may have published it: verify before anything is sent again
        Missed,
        Stopped, // X's usage cap stopped the account's queue
        Held, // due, but it cannot be sent as it stands (too long, account gone): the user must change it
    };
    enum class Severity
    {
        Information,
        Warning,
        Critical,
    };

    Kind kind = Kind::Posted;
    Severity severity = Severity::Information;
    qint64 configId = 0; // the tweet a click on the notification opens
    QString title;
    QString message;
};

// What the notifier needs to know to name a tweet in words.
struct ScheduledTweet
{
    qint64 configId = 0;
    qint64 accountId = 0;
    QString text; // as it is posted: placeholders filled in
    QString accountName;
    bool sandbox = false;
    QDateTime scheduledAt;
    QDateTime nextRetryAt; // a safe automatic retry the scheduler will make; invalid for none
};

// Decides which of the scheduler's reports become a desktop notification, and with which words; the
// window only shows them (QSystemTrayIcon, or its status bar) and routes a click back here.
//
//     auto *notifier = new ScheduleNotifier(lookup, window);
//     connect(scheduler, &Models::Scheduler::postFinished, notifier, &ScheduleNotifier::scheduledPostFinished);
//     connect(scheduler, &Models::Scheduler::missed, notifier, &ScheduleNotifier::missed);
//     connect(notifier, &ScheduleNotifier::notificationReady, window, &MainWindow::showNotification);
//     connect(tray, &QSystemTrayIcon::messageClicked, notifier, &ScheduleNotifier::messageClicked);
//     connect(notifier, &ScheduleNotifier::tweetRequested, window, &MainWindow::showTweet);
//
// Rules: a scheduled post that went out, failed or may have gone out is told once. A refusal is told
// only when the user has to act (another window posting it, a disabled tweet or a busy database are
// not news). Missed tweets reported together (the scheduler's first check after a night off finds them
// all at once) make one notification. A usage-capped account is told once until the user resumes it. A
// held tweet is told through held(), which the scheduler reports once: a too-long text or a missing
// account refused by the claim itself is told there, not a second time as a refusal.
// GUI thread only; the lookup reads the GUI thread's database connection.
class ScheduleNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleNotifier)

public:
    using Lookup = std::function<std::optional<ScheduledTweet>(qint64 configId)>;
    using Clock = std::function<QDateTime()>;

    // Missed reports closer together than this are told as one.
    static constexpr int MissedBatchMs = 250;

    explicit ScheduleNotifier(Lookup lookup, QObject *parent = nullptr);
    ~ScheduleNotifier() override;

    void setClock(Clock clock);

    // The words, as pure functions of their arguments (the time included).
    static std::optional<ScheduleNotification> forOutcome(const Models::PostOutcome &outcome,
                                                          const ScheduledTweet &tweet, const QDateTime &now);
    // One or more missed tweets, earliest first; a click opens the first.
    static ScheduleNotification forMissed(const QList<ScheduledTweet> &tweets, const QDateTime &now);
    static ScheduleNotification forStopped(const ScheduledTweet &tweet, const QString &message);
    // `reason` is the scheduler's (holdReason's message).
    static ScheduleNotification forHeld(const ScheduledTweet &tweet, const QString &reason);
    // The tweet's text on one line, cut to fit a notification.
    static QString excerpt(const QString &text);

    // The tweet the latest notification is about (what a click opens); 0 before the first.
    qint64 lastConfigId() const { return m_lastConfigId; }

Q_SIGNALS:
    void notificationReady(const EpisodeDesk::Ui::ScheduleNotification &notification);
    // The user clicked a notification: show this tweet.
    void tweetRequested(qint64 configId);

public Q_SLOTS:
    // Scheduler::postFinished (the scheduler's own posts only).
    void scheduledPostFinished(const EpisodeDesk::Models::PostOutcome &outcome);
    // Scheduler::missed.
    void missed(qint64 configId, const QDateTime &scheduledAt);
    // Scheduler::waiting: an invalid `until` is the usage cap's stop; a valid one waits for X's reset,
    // which needs nobody and is not told.
    void waiting(qint64 configId, const QDateTime &until, const QString &message);
    // Scheduler::held.
    void held(qint64 configId, const QString &reason);
    // The user resumed posting on the account: a new stop there is news again.
    void accountResumed(qint64 accountId);
    // QSystemTrayIcon::messageClicked: it has no argument, and the tray shows one message at a time,
    // so the click is about the latest one.
    void messageClicked();

private:
    ScheduledTweet describe(qint64 configId) const;
    void publish(const ScheduleNotification &notification);
    void flushMissed();

    Lookup m_lookup;
    Clock m_clock;
    QTimer m_missedBatch;
    QList<ScheduledTweet> m_pendingMissed;
    QSet<qint64> m_stoppedAccounts;
    qint64 m_lastConfigId = 0;
};

} // namespace EpisodeDesk::Ui

Q_DECLARE_METATYPE(EpisodeDesk::Ui::ScheduleNotification)
