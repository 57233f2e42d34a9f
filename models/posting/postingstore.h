// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "posting/claimant.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace EpisodeDesk::Models {

// Why a claim was refused. Each is shown as such by the UI and the command line.
enum class ClaimRefusal
{
    None,
    NotFound,
    AlreadyPosted,
    AlreadyPosting,
    NeedsVerify, // unknown: may be out already, verify before anything is sent again
    Disabled,
    InvalidText,
    NoAccount,
    RateLimited, // X said no more posts until retryAt
    UsageCapped, // X's spend cap: stopped until the user acts
    Busy, // another writer held the database longer than the busy timeout
    DatabaseError,
};

QString claimRefusalToString(ClaimRefusal refusal);

struct ClaimResult
{
    ClaimRefusal refusal = ClaimRefusal::DatabaseError;
    QString message; // plain words for the user
    QString attemptId;
    QString text; // the exact text to send: the template expanded at claim time
    TweetConfig config;
    Account account;
    QDateTime claimedAt;
    QDateTime retryAt; // RateLimited
    QUrl postUrl; // AlreadyPosted
    QString postId; // AlreadyPosted
    QDateTime postedAt;

    bool ok() const { return refusal == ClaimRefusal::None; }
};

// What X last told us about an account's limits (x-rate-limit-*, x-user-limit-24hour-*, 429s).
struct AccountLimits
{
    std::optional<int> windowLimit;
    std::optional<int> windowRemaining;
    QDateTime windowReset;
    std::optional<int> dayLimit;
    std::optional<int> dayRemaining;
    QDateTime dayReset;
    QDateTime pausedUntil;
    bool usageCapped = false;
    QString message;
    QDateTime updatedAt;

    // When posting may resume, if it may not now; invalid when posting is allowed (or usage-capped).
    QDateTime blockedUntil(const QDateTime &now) const;
};

struct FinishRecord
{
    QString attemptId;
    qint64 configId = 0;
    TweetStatus outcome = TweetStatus::Unknown; // Posted, Failed or Unknown
    std::optional<int> httpStatus;
    QString postId;
    QUrl postUrl;
    QString error;
    QString errorCategory; // why it failed (xErrorCategoryName), kept with the attempt
    QDateTime nextRetryAt; // a safe automatic retry the scheduler will make; invalid for none
};

// The SQL of the posting protocol (DESIGN.md): claim, finish, recover, settle. Every method is one
// short write transaction on the caller's connection; no transaction is ever left open across a call
// to X. Keep the dialect differences in store/sqldialect.h.
class PostingStore final
{
public:
    using Clock = std::function<QDateTime()>;

    PostingStore(const QSqlDatabase &db, Claimant self, Clock clock, qint64 staleAfterMs);

    // Step 1. Re-reads the row under the write lock, refuses unless pending/failed, enabled, with
    // valid text and a usable account, then marks it posting with a fresh attempt id and inserts the
    // attempt with the exact text. Commits before returning.
    ClaimResult claim(qint64 configId);

    // Step 3. Writes the outcome only where the row still carries this attempt id (it may have been
    // recovered to unknown meanwhile; a definite answer from X then still settles it). The attempt
    // row always gets the outcome. *applied tells whether the tweet row changed.
    bool finish(const FinishRecord &record, bool *applied = nullptr);

    // Step 4. Turns stale posting rows (claimant dead on this host, or claim older than the request
    // timeout) into unknown. Returns how many, or -1 on a database error.
    int recoverStale();

    // Step 5's end: an unknown row becomes posted (found on X) or failed ("verified not published").
    bool settle(qint64 configId, const QString &attemptId, TweetStatus outcome, const QString &postId,
                const QUrl &postUrl, const QString &message);

    // The scheduler found the tweet due but its account out of posts: it waits, visibly, until `until`,
    // and is then posted even if that is past the grace period.
    bool deferUntil(qint64 configId, const QDateTime &until, const QString &message);

    std::optional<AccountLimits> limits(qint64 accountId) const;
    // Lifts a usage-capped stop once the user says the cap was raised.
    bool clearUsageCap(qint64 accountId);
    bool saveLimits(qint64 accountId, const AccountLimits &limits);

    // The newest attempt of a config (what verification compares with).
    std::optional<PostAttempt> latestAttempt(qint64 configId) const;

    QString lastError() const { return m_error; }

private:
    bool begin();
    bool commit();
    void rollback();
    bool isStale(const TweetConfig &config) const;
    bool markUnknown(const TweetConfig &config, const QString &reason);
    ClaimResult refuse(ClaimRefusal refusal, const QString &message);

    QSqlDatabase m_db;
    Claimant m_self;
    Clock m_clock;
    qint64 m_staleAfterMs;
    mutable QString m_error;
    bool m_busy = false;
};

} // namespace EpisodeDesk::Models
