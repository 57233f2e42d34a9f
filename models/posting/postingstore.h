// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "media/tweetimage.h"
#include "posting/claimant.h"

#include <QCoreApplication>
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
    NoCredentials, // this computer's keychain lacks the account's keys (a teammate's may have them)
    ImagesMissing, // an image's bytes are gone from the media store (deleted from disk, damaged): held
    UploadFailed, // X did not take an image (or its alt text) before the claim: nothing was claimed
    ImagesChanged, // the images were edited while they uploaded: upload the new ones, then claim
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
    QDateTime deadline; // the lease: claimedAt + the lease asked for; nothing may be sent after it
    QDateTime retryAt; // RateLimited
    QUrl postUrl; // AlreadyPosted
    QString postId; // AlreadyPosted
    QDateTime postedAt;
    QList<AttemptImage> images; // what the create attaches (media ids), as the attempt records them

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

// How a verification's verdict went into the database.
enum class SettleResult
{
    Settled,
    OwnedElsewhere, // the post id belongs to another tweet config: it is not this one's post
    Changed, // the row no longer carries that attempt, or is no longer unknown
    Busy,
    Error,
};

// The SQL of the posting protocol (DESIGN.md): claim, finish, recover, settle. Every method is one
// short write transaction on the caller's connection; no transaction is ever left open across a call
// to X. Keep the dialect differences in store/sqldialect.h.
class PostingStore final
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeDesk::Models::PostingStore)

public:
    using Clock = std::function<QDateTime()>;

    // A claim is stale `marginMs` after its stored deadline (the margin covers clock skew between
    // machines and the moment a sender needs to notice its own lease ran out). Rows claimed before
    // leases were stored have no deadline: they are stale `legacyTimeoutMs + marginMs` after the claim.
    PostingStore(const QSqlDatabase &db, Claimant self, Clock clock, qint64 marginMs, qint64 legacyTimeoutMs = 30000);

    // Step 1. Re-reads the row under the write lock, refuses unless pending/failed, enabled, with
    // valid text and a usable account, then marks it posting with a fresh attempt id and a lease of
    // `leaseMs` (its deadline) and inserts the attempt with the exact text. Commits before returning.
    // `images` are the tweet's images made ready on X before the claim (MediaUploader), in order. They
    // must be the images the tweet carries as this transaction reads it (an edit may have changed them
    // meanwhile: refused, ImagesChanged); the attempt records them with their media ids.
    ClaimResult claim(qint64 configId, qint64 leaseMs = 30000, const QList<AttemptImage> &images = {});

    // Step 3. X's answer for one attempt; idempotent, so a journal replay may repeat it.
    // - posted: always settles the row as posted, whatever recovery or verification did meanwhile
    //   (unless it is posted already), and the attempt with it;
    // - failed / unknown: only where the row still carries this attempt and is posting or unknown,
    //   and the attempt only while it is still unresolved.
    // *applied tells whether the tweet row changed.
    bool finish(const FinishRecord &record, bool *applied = nullptr);

    // Step 4. Turns stale posting rows (claimant dead on this machine, or stored deadline + margin
    // passed) into unknown. Reads first and writes only when something is stale. Returns how many, or
    // -1 on a database error.
    int recoverStale();

    // Step 5's end. An unknown row becomes posted with a post found on X, unless that post id is
    // already owned by another config or its attempts (checked in the same transaction).
    SettleResult settlePosted(qint64 configId, const QString &attemptId, const QString &postId, const QUrl &postUrl,
                              const QString &message);
    // An unknown row becomes failed ("verified not published"), with every unresolved attempt.
    SettleResult settleFailed(qint64 configId, const QString &attemptId, const QString &message);
    // Verification was inconclusive: verify again by itself at `when` (and count the try), with the
    // reason shown meanwhile.
    bool planVerify(qint64 configId, const QString &attemptId, const QDateTime &when, const QString &message);
    // Unknown rows whose automatic verification is due. Each one returned is leased to the caller for
    // `leaseMs` (verify_after moved on), so two processes do not verify it at the same moment.
    QList<qint64> takeDueVerifications(qint64 leaseMs, int limit = 20);

    // The scheduler found the tweet due but its account out of posts: it waits, visibly, until `until`,
    // and is then posted even if that is past the grace period.
    bool deferUntil(qint64 configId, const QDateTime &until, const QString &message);

    std::optional<AccountLimits> limits(qint64 accountId) const;
    // Lifts a usage-capped stop once the user says the cap was raised.
    bool clearUsageCap(qint64 accountId);
    bool saveLimits(qint64 accountId, const AccountLimits &limits);

    QString lastError() const { return m_error; }
    // Whether the last failure was another writer holding the database (worth retrying).
    bool wasBusy() const { return m_busy; }

    // How soon a row that just became unknown is first verified by itself.
    static constexpr qint64 kFirstVerifyDelayMs = 5000;

private:
    bool begin();
    bool commit();
    void rollback();
    enum class Staleness
    {
        Live,
        Expired, // the stored deadline plus the margin has passed
        ClaimantDead, // the claimant was a process on this machine that is gone
    };
    Staleness staleness(const TweetConfig &config) const;
    bool markUnknown(const TweetConfig &config, Staleness why);
    ClaimResult refuse(ClaimRefusal refusal, const QString &message);
    // A statement of a claim failed (`failed`, or null when it was noted already): rolls back and refuses.
    ClaimResult abandonClaim(const QSqlQuery *failed);
    bool noteError(const QSqlQuery &query);
    SettleResult abandonSettle(const QSqlQuery *failed);

    bool claimWasSaved(qint64 configId, const QString &attemptId);

    QSqlDatabase m_db;
    Claimant m_self;
    Clock m_clock;
    qint64 m_marginMs;
    qint64 m_legacyTimeoutMs;
    mutable QString m_error;
    bool m_busy = false;
    bool m_connectionLost = false; // the last begin() or commit() found the team database out of reach
};

} // namespace EpisodeDesk::Models
