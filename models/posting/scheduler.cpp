// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/scheduler.h"

#include "posting/postingstore.h"
#include "store/changewatcher.h"
#include "store/database.h"
#include "store/settingsstore.h"
#include "store/sqlutil.h"

#include <QHash>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcScheduler, "episodedesk.scheduler")

namespace {

// A wall-clock jump smaller than this is timer jitter, not a sleep or a clock change.
constexpr qint64 kClockJumpToleranceMs = 5000;

struct Candidate
{
    qint64 id = 0;
    qint64 accountId = 0;
    TweetStatus status = TweetStatus::Pending;
    QDateTime scheduledAt;
    QDateTime nextRetryAt;
};

} // namespace

Scheduler::Scheduler(PostingService *service, Options options, QObject *parent)
    : QObject(parent),
      m_service(service),
      m_options(std::move(options)),
      m_wakeTimer(new QTimer(this)),
      m_clockTimer(new QTimer(this))
{
    static std::atomic<int> counter {0};
    m_connectionName = QStringLiteral("scheduler-%1").arg(++counter);
    if (!m_options.clock) {
        m_options.clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
    }
    if (m_options.timeScale <= 0) {
        m_options.timeScale = 1.0;
    }
    m_wakeTimer->setSingleShot(true);
    // A schedule is a promise to the minute: coarse timers may be late by 5 % of an hour-long sleep.
    m_wakeTimer->setTimerType(Qt::PreciseTimer);
    connect(m_wakeTimer, &QTimer::timeout, this, &Scheduler::doCheck);
    connect(m_clockTimer, &QTimer::timeout, this, &Scheduler::checkClock);
    connect(m_service, &PostingService::postFinished, this, &Scheduler::onPostFinished);
    // Our requests carry this tag, so the button's outcomes for the same tweet are not taken for ours.
    m_requestTag = reinterpret_cast<quintptr>(this);
}

Scheduler::~Scheduler()
{
    // The watcher holds a handle on the connection; it must go before the connection is removed.
    delete m_watcher;
    m_watcher = nullptr;
    m_db.reset();
}

void Scheduler::start()
{
    QMetaObject::invokeMethod(this, &Scheduler::doStart, Qt::QueuedConnection);
}

void Scheduler::checkNow()
{
    // Many changes in a burst (a reload, several finishes) need one check.
    if (m_checkQueued.exchange(true)) {
        return;
    }
    QMetaObject::invokeMethod(this, &Scheduler::doCheck, Qt::QueuedConnection);
}

qint64 Scheduler::graceSeconds() const
{
    if (m_options.graceSeconds) {
        return *m_options.graceSeconds;
    }
    return m_db ? SettingsStore(m_db->connection()).graceSeconds() : SettingsStore::DefaultGraceSeconds;
}

void Scheduler::doStart()
{
    if (m_db) {
        Q_EMIT started(true, {});
        return;
    }
    auto db = std::make_unique<Database>();
    if (!db->open(m_options.databasePath, m_connectionName)) {
        Q_EMIT started(false, db->errorString());
        return;
    }
    m_db = std::move(db);
    // Another window, process or the poster changed something: a schedule may have moved.
    m_watcher = new ChangeWatcher(m_db->connection(), m_options.changePollMs, this);
    connect(m_watcher, &ChangeWatcher::changed, this, &Scheduler::checkNow);
    m_watcher->start();
    m_monotonic.start();
    m_clockTimer->start(m_options.clockCheckInterval);
    Q_EMIT started(true, {});
    doCheck();
}

void Scheduler::checkClock()
{
    // Compare how far the scheduler's clock moved with how far real time moved: a difference means the
    // machine slept (timers did not run) or the clock was set. Either way the plan is stale.
    const qint64 realMs = m_monotonic.elapsed() - m_monotonicAtLastCheck;
    const qint64 clockMs = m_clockAtLastCheck.msecsTo(m_options.clock());
    const double expectedMs = double(realMs) * m_options.timeScale;
    if (std::abs(double(clockMs) - expectedMs) > kClockJumpToleranceMs * m_options.timeScale) {
        qCInfo(lcScheduler) << "clock jumped by" << qint64(double(clockMs) - expectedMs) << "ms; re-planning";
        checkNow();
        return;
    }
}

void Scheduler::doCheck()
{
    m_checkQueued = false;
    if (!m_db) {
        return;
    }
    const QDateTime now = m_options.clock();
    m_clockAtLastCheck = now;
    m_monotonicAtLastCheck = m_monotonic.elapsed();
    const qint64 grace = graceSeconds();

    QList<Candidate> candidates;
    {
        QSqlQuery query(m_db->connection());
        query.setForwardOnly(true);
        QString error;
        if (!Sql::exec(query,
                       QStringLiteral("SELECT id, account_id, status, scheduled_at, next_retry_at FROM tweet_configs "
                                      "WHERE archived = 0 AND enabled = 1 AND status IN ('pending', 'failed') AND "
                                      "(scheduled_at IS NOT NULL OR next_retry_at IS NOT NULL)"),
                       {}, &error)) {
            qCWarning(lcScheduler) << "cannot read schedules:" << error;
            planWake(now.addSecs(60));
            return;
        }
        while (query.next()) {
            Candidate candidate;
            candidate.id = query.value(0).toLongLong();
            candidate.accountId = query.value(1).toLongLong();
            candidate.status = statusFromString(query.value(2).toString()).value_or(TweetStatus::Unknown);
            candidate.scheduledAt = Sql::toDateTime(query.value(3));
            candidate.nextRetryAt = Sql::toDateTime(query.value(4));
            candidates.append(candidate);
        }
    }

    PostingStore store(m_db->connection(), Claimant::current(), m_options.clock, 0);
    QHash<qint64, std::optional<AccountLimits>> limits;
    QDateTime next;
    auto earliest = [&next](const QDateTime &when) {
        if (when.isValid() && (!next.isValid() || when < next)) {
            next = when;
        }
    };
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (m_inFlight.contains(candidate.id)) {
            continue;
        }
        if (candidate.nextRetryAt.isValid()) {
            // Waiting for a reset or a planned retry: due at that time, grace or not.
            if (candidate.nextRetryAt > now) {
                earliest(candidate.nextRetryAt);
                continue;
            }
        } else if (candidate.status == TweetStatus::Pending && candidate.scheduledAt.isValid()) {
            if (candidate.scheduledAt > now) {
                m_reportedMissed.remove(candidate.id); // rescheduled: it may be missed (and told) again
                earliest(candidate.scheduledAt);
                continue;
            }
            if (candidate.scheduledAt.secsTo(now) > grace) {
                if (!m_reportedMissed.contains(candidate.id)) {
                    m_reportedMissed.insert(candidate.id);
                    qCInfo(lcScheduler) << "tweet" << candidate.id << "missed its time" << candidate.scheduledAt;
                    Q_EMIT missed(candidate.id, candidate.scheduledAt);
                }
                continue;
            }
        } else {
            continue; // failed with no safe retry planned: the user decides
        }

        if (!limits.contains(candidate.accountId)) {
            limits.insert(candidate.accountId, store.limits(candidate.accountId));
        }
        const auto &accountLimits = limits.value(candidate.accountId);
        if (accountLimits && accountLimits->usageCapped) {
            if (!m_reportedWaiting.contains(candidate.id)) {
                m_reportedWaiting.insert(candidate.id);
                Q_EMIT waiting(candidate.id, {}, accountLimits->message);
            }
            continue;
        }
        if (const QDateTime until = accountLimits ? accountLimits->blockedUntil(now) : QDateTime(); until.isValid()) {
            const QString message = tr("Waiting for X's limit — resumes %1")
                                        .arg(QLocale().toString(until.toLocalTime().time(), QLocale::ShortFormat));
            if (!store.deferUntil(candidate.id, until, message)) {
                qCWarning(lcScheduler) << "cannot defer tweet" << candidate.id << ":" << store.lastError();
            }
            Q_EMIT waiting(candidate.id, until, message);
            earliest(until);
            continue;
        }
        m_inFlight.insert(candidate.id);
        Q_EMIT posting(candidate.id);
        m_service->post(candidate.id, m_requestTag);
    }
    planWake(next);
    if (m_inFlight.isEmpty()) {
        Q_EMIT idle();
    }
}

void Scheduler::planWake(const QDateTime &next)
{
    const QDateTime now = m_options.clock();
    qint64 delayMs = m_options.maxSleep.count();
    if (next.isValid()) {
        const double realMs = double(now.msecsTo(next)) / m_options.timeScale;
        delayMs = std::clamp<qint64>(qint64(std::ceil(realMs)), 0, m_options.maxSleep.count());
    }
    m_nextWake = next;
    m_wakeTimer->start(std::chrono::milliseconds(delayMs));
    Q_EMIT nextWakeChanged(next);
}

void Scheduler::onPostFinished(const PostOutcome &outcome)
{
    if (outcome.requestTag != m_requestTag || !m_inFlight.remove(outcome.configId)) {
        return; // the button's post (or another scheduler's), not ours
    }
    Q_EMIT postFinished(outcome);
    // A failure may have planned a retry, a 429 may have paused the account: look again.
    checkNow();
}

} // namespace EpisodeDesk::Models
