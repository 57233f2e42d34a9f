// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "posting/holdreason.h"
#include "posting/postingservice.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace EpisodeDesk::Models {

class ChangeWatcher;
class Database;

// Posts scheduled tweets when they come due, through exactly the same claim as the "Post now" button
// (it calls PostingService::post), so the button, other windows and other processes' schedulers can
// race freely and X still sees one request.
//
// It lives on the posting worker's thread, next to its PostingService, with its own database
// connection. It sleeps until the next due time (one precise timer, not fast polling) and re-plans
// when the database changes (another window edits a schedule: PRAGMA data_version), when a post
// finishes, and when the wall clock jumps (sleep/resume, a clock change), which it notices by comparing
// the clock with a monotonic timer.
//
// Rules (issue "Scheduled posting"):
// - a pending tweet is posted when due, late only within the grace period; past it, it is "missed"
//   (reported once per run) and waits for the user;
// - a tweet whose account is out of posts waits for X's reset (next_retry_at) and says so; it is
//   posted at the reset even if that is past the grace period; a usage-capped account's queue stops;
// - a failed scheduled tweet is retried only where PostingService planned a safe retry (next_retry_at);
//   unknown is never retried;
// - a due tweet that cannot be sent as it stands (holdReason(): text over the limit after filling in,
//   account gone) is not claimed. It is "held", reported once, and stays held until the user changes the
//   tweet, its episode or its account (their updated_at). A claim of ours refused for a reason that does
//   not change by itself holds the tweet the same way; a busy or failing database backs off per tweet
//   (1 s, doubling, at most 60 s). Either way a check never hands the same refused tweet straight back.
class Scheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Scheduler)

public:
    struct Options
    {
        QString databasePath;
        // The scheduler's idea of now; tests and simulations inject their own.
        std::function<QDateTime()> clock;
        // How many times faster than real time `clock` runs (a simulation's accelerated clock); the
        // timers sleep for due-time distances divided by this.
        double timeScale = 1.0;
        // Overrides the database's setting (SettingsStore::graceSeconds).
        std::optional<qint64> graceSeconds;
        std::chrono::milliseconds maxSleep {std::chrono::hours(1)};
        std::chrono::milliseconds clockCheckInterval {std::chrono::seconds(30)};
        int changePollMs = 500;
    };

    // `service` must live in the same thread as the scheduler; it is not owned.
    Scheduler(PostingService *service, Options options, QObject *parent = nullptr);
    ~Scheduler() override;

    // Thread-safe entry points.
    void start();
    void checkNow();

    // When the next planned check is, in the scheduler's clock (invalid: none planned). Call from the
    // scheduler's thread; other threads listen to nextWakeChanged.
    QDateTime nextWake() const { return m_nextWake; }
    int inFlightCount() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    void started(bool ok, const QString &error);
    // A due tweet was handed to the posting service.
    void posting(qint64 configId);
    void postFinished(const EpisodeDesk::Models::PostOutcome &outcome);
    void missed(qint64 configId, const QDateTime &scheduledAt);
    // Waiting for X's limit or a busy database (until valid), or stopped by the usage cap (until invalid).
    void waiting(qint64 configId, const QDateTime &until, const QString &message);
    // A due tweet cannot be sent as it stands (`reason`: holdReason's message, without "Held: "). Told
    // once; again only when the user changed it and it is still held, for a new reason.
    void held(qint64 configId, const QString &reason);
    void nextWakeChanged(const QDateTime &when);
    // A check ran and nothing it started is still in flight.
    void idle();

private:
    struct Hold
    {
        QString fingerprint; // the tweet's, its episode's and its account's updated_at when it was held
        QString reason; // what was told (empty: held without telling)
    };
    struct Backoff
    {
        QDateTime until;
        qint64 delayMs = 0;
    };

    void doStart();
    void doCheck();
    void planWake(const QDateTime &next);
    void checkClock();
    void onPostFinished(const PostOutcome &outcome);
    qint64 graceSeconds() const;
    // holdReason() of the tweet as the database has it now, on the scheduler's connection.
    std::optional<HoldReason> readHoldReason(qint64 configId) const;
    void hold(qint64 configId, const QString &fingerprint, const QString &reason);
    void backOff(const PostOutcome &outcome);

    PostingService *m_service;
    Options m_options;
    QString m_connectionName;
    std::unique_ptr<Database> m_db;
    ChangeWatcher *m_watcher = nullptr;
    // Children, so moveToThread() takes them along.
    QTimer *m_wakeTimer;
    QTimer *m_clockTimer;
    QElapsedTimer m_monotonic;
    QDateTime m_clockAtLastCheck;
    qint64 m_monotonicAtLastCheck = 0;
    QDateTime m_nextWake;
    // Handed to the service and not answered yet, with the fingerprint the check saw.
    QHash<qint64, QString> m_inFlight;
    QHash<qint64, Hold> m_held;
    QHash<qint64, Backoff> m_backoff;
    QSet<qint64> m_reportedMissed;
    QSet<qint64> m_reportedWaiting;
    std::atomic_bool m_checkQueued {false};
    quintptr m_requestTag = 0;
};

} // namespace EpisodeDesk::Models
