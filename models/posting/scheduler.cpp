// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/scheduler.h"

#include "posting/postingstore.h"
#include "store/accountstore.h"
#include "store/changewatcher.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/settingsstore.h"
#include "store/sqlutil.h"
#include "store/tweetstore.h"

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
// A busy or failing database: the first retry of a tweet after a second, then doubling up to a minute.
constexpr qint64 kFirstBackoffMs = 1000;
constexpr qint64 kMaxBackoffMs = 60 * 1000;

struct Candidate
{
    qint64 id = 0;
    qint64 accountId = 0;
    TweetStatus status = TweetStatus::Pending;
    QDateTime scheduledAt;
    QDateTime nextRetryAt;
    // What the user can change to lift a hold: the tweet, its episode, its account (their updated_at).
    QString fingerprint;
};

enum class RefusalHandling
{
    None, // not a refusal, or one the limits below already handle (RateLimited, UsageCapped)
    Hold, // will not change by itself: wait for the user
    HoldQuietly, // as Hold, but another actor's doing (the button, a disable): nothing to tell
    BackOff, // transient: try again later, later each time
};

RefusalHandling handlingOf(const PostOutcome &outcome)
{
    if (outcome.kind != PostOutcome::Kind::Refused && outcome.kind != PostOutcome::Kind::Error) {
        return RefusalHandling::None;
    }
    switch (outcome.refusal) {
    case ClaimRefusal::InvalidText:
    case ClaimRefusal::NoAccount:
    case ClaimRefusal::ImagesMissing: // until the user adds the image again
        return RefusalHandling::Hold;
    case ClaimRefusal::Disabled:
    case ClaimRefusal::NotFound:
    case ClaimRefusal::AlreadyPosted:
    case ClaimRefusal::NeedsVerify:
    case ClaimRefusal::AlreadyPosting:
        return RefusalHandling::HoldQuietly;
    case ClaimRefusal::Busy:
    case ClaimRefusal::DatabaseError:
    // The keys may be added on this computer later, and a teammate's scheduler that has them posts the
    // tweet meanwhile: look again now and then, without claiming it.
    case ClaimRefusal::NoCredentials:
    // X's media endpoints were down or slow: nothing was claimed, so trying again later is safe.
    case ClaimRefusal::UploadFailed:
    case ClaimRefusal::ImagesChanged:
        return RefusalHandling::BackOff;
    case ClaimRefusal::RateLimited:
    case ClaimRefusal::UsageCapped:
        return RefusalHandling::None;
    case ClaimRefusal::None:
        break;
    }
    // An Error without a refusal: the engine could not even try (not running, …). Also transient.
    return outcome.kind == PostOutcome::Kind::Error ? RefusalHandling::BackOff : RefusalHandling::None;
}

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
                       QStringLiteral("SELECT t.id, t.account_id, t.status, t.scheduled_at, t.next_retry_at, "
                                      "t.updated_at, e.updated_at, a.updated_at FROM tweet_configs t "
                                      "LEFT JOIN episodes e ON e.id = t.episode_id "
                                      "LEFT JOIN accounts a ON a.id = t.account_id "
                                      "WHERE t.archived = 0 AND t.enabled = 1 AND t.status IN ('pending', 'failed') "
                                      "AND (t.scheduled_at IS NOT NULL OR t.next_retry_at IS NOT NULL)"),
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
            candidate.fingerprint =
                QStringList {query.value(5).toString(), query.value(6).toString(), query.value(7).toString()}.join(
                    QLatin1Char('|'));
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

        // Held: nothing the claim would look at changed since, so it would refuse again.
        if (const auto held = m_held.constFind(candidate.id);
            held != m_held.cend() && held->fingerprint == candidate.fingerprint) {
            continue;
        }
        if (const auto reason = readHoldReason(candidate.id)) {
            hold(candidate.id, candidate.fingerprint, reason->message);
            continue;
        }
        m_held.remove(candidate.id);
        if (const auto backoff = m_backoff.constFind(candidate.id);
            backoff != m_backoff.cend() && backoff->until > now) {
            earliest(backoff->until);
            continue;
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
        m_inFlight.insert(candidate.id, candidate.fingerprint);
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

std::optional<HoldReason> Scheduler::readHoldReason(qint64 configId) const
{
    const QSqlDatabase db = m_db->connection();
    const auto config = TweetStore(db).find(configId);
    if (!config) {
        return std::nullopt; // gone meanwhile: the claim says so (NotFound)
    }
    return holdReason(*config, EpisodeStore(db).find(config->episodeId), AccountStore(db).find(config->accountId));
}

void Scheduler::hold(qint64 configId, const QString &fingerprint, const QString &reason)
{
    const auto previous = m_held.constFind(configId);
    // Told once per reason: an edit that leaves it held for the same reason is not news.
    const bool tell = !reason.isEmpty() && (previous == m_held.cend() || previous->reason != reason);
    m_held.insert(configId, {fingerprint, reason.isEmpty() && previous != m_held.cend() ? previous->reason : reason});
    m_backoff.remove(configId);
    if (tell) {
        qCInfo(lcScheduler) << "tweet" << configId << "held:" << reason;
        Q_EMIT held(configId, reason);
    }
}

void Scheduler::backOff(const PostOutcome &outcome)
{
    Backoff &backoff = m_backoff[outcome.configId];
    backoff.delayMs = backoff.delayMs == 0 ? kFirstBackoffMs : std::min(backoff.delayMs * 2, kMaxBackoffMs);
    backoff.until = m_options.clock().addMSecs(backoff.delayMs);
    qCInfo(lcScheduler) << "tweet" << outcome.configId << "not claimed:" << outcome.message << "; again in"
                        << backoff.delayMs << "ms";
    Q_EMIT waiting(
        outcome.configId, backoff.until,
        tr("Trying again at %1: %2")
            .arg(QLocale().toString(backoff.until.toLocalTime().time(), QStringLiteral("HH:mm:ss")), outcome.message));
}

void Scheduler::onPostFinished(const PostOutcome &outcome)
{
    const auto flight = outcome.requestTag == m_requestTag ? m_inFlight.find(outcome.configId) : m_inFlight.end();
    if (flight == m_inFlight.end()) {
        return; // the button's post (or another scheduler's), not ours
    }
    const QString fingerprint = *flight;
    m_inFlight.erase(flight);
    Q_EMIT postFinished(outcome);
    switch (handlingOf(outcome)) {
    case RefusalHandling::Hold: {
        // Another process changed the tweet between our check and the claim. Held as of what the check
        // saw: if the change came after it, the next check looks again. The reason in holdReason's
        // words where it agrees, so that the next check does not tell it a second time.
        const auto reason = m_db ? readHoldReason(outcome.configId) : std::nullopt;
        hold(outcome.configId, fingerprint, reason ? reason->message : outcome.message);
        break;
    }
    case RefusalHandling::HoldQuietly:
        hold(outcome.configId, fingerprint, {});
        break;
    case RefusalHandling::BackOff:
        backOff(outcome);
        break;
    case RefusalHandling::None:
        m_backoff.remove(outcome.configId);
        break;
    }
    // A failure may have planned a retry, a 429 may have paused the account: look again.
    checkNow();
}

} // namespace EpisodeDesk::Models
