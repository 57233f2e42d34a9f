// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/postingstore.h"

#include "media/tweetimagestore.h"
#include "posting/holdreason.h"
#include "store/accountstore.h"
#include "store/connection.h"
#include "store/episodestore.h"
#include "store/sqldialect.h"
#include "store/sqlutil.h"
#include "store/tweetstore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcPostingStore, "episodedesk.posting.store")

namespace {

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<int> toOptionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QString claimRefusalToString(ClaimRefusal refusal)
{
    switch (refusal) {
    case ClaimRefusal::None:
        return QStringLiteral("none");
    case ClaimRefusal::NotFound:
        return QStringLiteral("not-found");
    case ClaimRefusal::AlreadyPosted:
        return QStringLiteral("already-posted");
    case ClaimRefusal::AlreadyPosting:
        return QStringLiteral("already-posting");
    case ClaimRefusal::NeedsVerify:
        return QStringLiteral("unknown-verify-first");
    case ClaimRefusal::Disabled:
        return QStringLiteral("disabled");
    case ClaimRefusal::InvalidText:
        return QStringLiteral("invalid-text");
    case ClaimRefusal::NoAccount:
        return QStringLiteral("no-account");
    case ClaimRefusal::RateLimited:
        return QStringLiteral("rate-limited");
    case ClaimRefusal::UsageCapped:
        return QStringLiteral("usage-capped");
    case ClaimRefusal::NoCredentials:
        return QStringLiteral("keys-not-on-this-computer");
    case ClaimRefusal::ImagesMissing:
        return QStringLiteral("images-missing");
    case ClaimRefusal::UploadFailed:
        return QStringLiteral("upload-failed");
    case ClaimRefusal::ImagesChanged:
        return QStringLiteral("images-changed");
    case ClaimRefusal::Busy:
        return QStringLiteral("database-busy");
    case ClaimRefusal::DatabaseError:
        return QStringLiteral("database-error");
    }
    return {};
}

QDateTime AccountLimits::blockedUntil(const QDateTime &now) const
{
    QDateTime until;
    auto later = [&until](const QDateTime &candidate) {
        if (candidate.isValid() && (!until.isValid() || candidate > until)) {
            until = candidate;
        }
    };
    if (pausedUntil.isValid() && pausedUntil > now) {
        later(pausedUntil);
    }
    if (windowRemaining && *windowRemaining <= 0 && windowReset.isValid() && windowReset > now) {
        later(windowReset);
    }
    if (dayRemaining && *dayRemaining <= 0 && dayReset.isValid() && dayReset > now) {
        later(dayReset);
    }
    return until;
}

PostingStore::PostingStore(const QSqlDatabase &db, Claimant self, Clock clock, qint64 marginMs, qint64 legacyTimeoutMs)
    : m_db(db),
      m_self(std::move(self)),
      m_clock(std::move(clock)),
      m_marginMs(marginMs),
      m_legacyTimeoutMs(legacyTimeoutMs)
{ }

bool PostingStore::noteError(const QSqlQuery &query)
{
    // Another writer held the lock too long: worth retrying; anything else is not.
    m_busy = isLockBusy(query.lastError());
    return false;
}

bool PostingStore::begin()
{
    m_busy = false;
    m_connectionLost = false;
    QSqlQuery query(m_db);
    if (query.exec(beginWriteStatement(dialectOf(m_db)))) {
        return true;
    }
    // A team database's connection may have dropped since the last statement (a server restart, a
    // network blip, idle_session_timeout). BEGIN changes nothing, so on a new connection it is simply
    // asked again.
    if (Connection::isLost(m_db)) {
        if (QSqlQuery again(m_db);
            Connection::restoreIfLost(m_db) && again.exec(beginWriteStatement(dialectOf(m_db)))) {
            return true;
        }
        m_connectionLost = true;
        m_error = PostingStore::tr("The team database cannot be reached. Nothing was sent; EpisodeDesk keeps trying to "
                                   "reconnect.");
        qCInfo(lcPostingStore) << "cannot begin a write: the team database is out of reach";
        return false;
    }
    m_busy = isLockBusy(query.lastError());
    m_error = m_busy
        ? PostingStore::tr("The database is busy (another window or process is writing). Nothing was sent; "
                           "please try again.")
        : PostingStore::tr("The database refused to start a change: %1").arg(query.lastError().driverText());
    if (m_busy) {
        qCDebug(lcPostingStore) << "write lock busy:" << query.lastError().text();
    } else {
        qCWarning(lcPostingStore) << "cannot begin write transaction:" << query.lastError().text();
    }
    return false;
}

bool PostingStore::commit()
{
    QSqlQuery query(m_db);
    m_connectionLost = false;
    if (query.exec(QStringLiteral("COMMIT"))) {
        return true;
    }
    m_connectionLost = Connection::isLost(m_db);
    noteError(query);
    m_error = PostingStore::tr("The database could not save the change: %1").arg(query.lastError().driverText());
    qCWarning(lcPostingStore) << "commit failed:" << query.lastError().text();
    rollback();
    return false;
}

bool PostingStore::claimWasSaved(qint64 configId, const QString &attemptId)
{
    if (!Connection::restoreIfLost(m_db)) {
        m_error =
            PostingStore::tr("The team database went away while this tweet was being claimed. Nothing was sent. If the "
                             "claim was saved, the tweet shows “posting” until its lease ends, then “unknown”.");
        return false;
    }
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT status, attempt_id FROM tweet_configs WHERE id = ?"), {configId},
                   &m_error) ||
        !query.next()) {
        return false;
    }
    if (query.value(0).toString() == QLatin1String("posting") && query.value(1).toString() == attemptId) {
        return true;
    }
    m_error = PostingStore::tr(
        "The connection to the team database broke while this tweet was being claimed, and the claim was "
        "not saved. Nothing was sent; post it again.");
    return false;
}

void PostingStore::rollback()
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

ClaimResult PostingStore::refuse(ClaimRefusal refusal, const QString &message)
{
    ClaimResult result;
    result.refusal = refusal;
    result.message = message;
    return result;
}

ClaimResult PostingStore::abandonClaim(const QSqlQuery *failed)
{
    if (failed) {
        noteError(*failed);
    }
    rollback();
    // The team database went away in the middle of the claim (before its COMMIT): nothing was saved,
    // and the driver's words ("server closed the connection unexpectedly…") are not the user's.
    if (Connection::isLost(m_db)) {
        m_connectionLost = true;
        m_error = PostingStore::tr("The team database cannot be reached. Nothing was sent; EpisodeDesk keeps trying to "
                                   "reconnect.");
    }
    return refuse(m_busy ? ClaimRefusal::Busy : ClaimRefusal::DatabaseError, m_error);
}

PostingStore::Staleness PostingStore::staleness(const TweetConfig &config) const
{
    if (config.status != TweetStatus::Posting) {
        return Staleness::Live;
    }
    const QDateTime now = m_clock();
    // The claimant's own lease decides, never this process's timeout: a sender with a longer timeout
    // may legitimately still be waiting for X.
    if (config.claimDeadline.isValid()) {
        if (config.claimDeadline.msecsTo(now) > m_marginMs) {
            return Staleness::Expired;
        }
    } else if (!config.claimedAt.isValid() || config.claimedAt.msecsTo(now) > m_legacyTimeoutMs + m_marginMs) {
        return Staleness::Expired;
    }
    const auto claimant = Claimant::parse(config.claimedBy);
    return claimant && claimant->isOnThisHost() && !claimant->isAlive() ? Staleness::ClaimantDead : Staleness::Live;
}

bool PostingStore::markUnknown(const TweetConfig &config, Staleness why)
{
    const QString reason = why == Staleness::ClaimantDead
        ? PostingStore::tr(
              "The program posting this tweet stopped before X answered; it may have been published. Verify it "
              "before posting again.")
        : PostingStore::tr(
              "The program posting this tweet did not finish in time; it may have been published. Verify it before "
              "posting again.");
    QSqlQuery query(m_db);
    const QDateTime nowTime = m_clock();
    const QString now = Sql::fromDateTime(nowTime).toString();
    if (!Sql::exec(
            query,
            QStringLiteral("UPDATE tweet_configs SET status = 'unknown', last_error = ?, verify_after = ?, "
                           "verify_count = 0, updated_at = ? WHERE id = ? AND attempt_id = ? AND status = 'posting'"),
            {reason, Sql::fromDateTime(nowTime.addMSecs(kFirstVerifyDelayMs)), now, config.id, config.attemptId},
            &m_error)) {
        return noteError(query);
    }
    // A dead process sends nothing more: its lease ends now, which is what "verified not published"
    // then waits for (plus the safe delay, which covers bytes still in the kernel's buffers).
    const QString deadline = why == Staleness::ClaimantDead
        ? QStringLiteral("CASE WHEN deadline IS NULL OR deadline > ? THEN ? ELSE deadline END")
        : QStringLiteral("COALESCE(deadline, ?, ?)");
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE post_attempts SET outcome = 'unknown', finished_at = ?, error = ?, "
                                  "deadline = %1 WHERE attempt_id = ? AND outcome = 'posting'")
                       .arg(deadline),
                   {now, reason, now, now, config.attemptId}, &m_error)) {
        return noteError(query);
    }
    qCInfo(lcPostingStore) << "tweet" << config.id << "attempt" << config.attemptId << "is now unknown:" << reason;
    return true;
}

ClaimResult PostingStore::claim(qint64 configId, qint64 leaseMs, const QList<AttemptImage> &images)
{
    if (!begin()) {
        return refuse(m_busy ? ClaimRefusal::Busy : ClaimRefusal::DatabaseError, m_error);
    }
    const QDateTime now = m_clock();
    TweetStore tweets(m_db);
    // In a write transaction already on SQLite; FOR UPDATE on PostgreSQL (see sqldialect.h).
    QSqlQuery lock(m_db);
    if (!Sql::exec(lock, QStringLiteral("SELECT id FROM tweet_configs WHERE id = ?") + lockRowsSuffix(dialectOf(m_db)),
                   {configId}, &m_error)) {
        return abandonClaim(&lock);
    }
    const auto found = tweets.find(configId);
    if (!found || found->archived) {
        rollback();
        return refuse(ClaimRefusal::NotFound, PostingStore::tr("There is no tweet %1.").arg(configId));
    }
    TweetConfig config = *found;

    // Recover before claiming: a claim left by a dead process or older than the request timeout may
    // have reached X. It becomes unknown, and is refused below like any unknown row.
    if (const Staleness why = staleness(config); why != Staleness::Live) {
        if (!markUnknown(config, why)) {
            return abandonClaim(nullptr);
        }
        config.status = TweetStatus::Unknown;
    }

    ClaimResult refusal;
    refusal.refusal = ClaimRefusal::None;
    switch (config.status) {
    case TweetStatus::Posted:
        refusal =
            refuse(ClaimRefusal::AlreadyPosted,
                   config.postUrl.isEmpty() ? PostingStore::tr("Already posted (%1).").arg(config.postId)
                                            : PostingStore::tr("Already posted: %1").arg(config.postUrl.toString()));
        refusal.postUrl = config.postUrl;
        refusal.postId = config.postId;
        refusal.postedAt = config.postedAt;
        break;
    case TweetStatus::Posting: {
        const auto claimant = Claimant::parse(config.claimedBy);
        refusal = refuse(
            ClaimRefusal::AlreadyPosting,
            claimant
                ? PostingStore::tr("Already being posted (by process %1 on %2).").arg(claimant->pid).arg(claimant->host)
                : PostingStore::tr("Already being posted."));
        break;
    }
    case TweetStatus::Unknown:
        refusal = refuse(
            ClaimRefusal::NeedsVerify,
            PostingStore::tr("The outcome of the last attempt is unknown: it may be on X already. Verify it first."));
        break;
    case TweetStatus::Pending:
    case TweetStatus::Failed:
        break;
    }
    if (refusal.refusal == ClaimRefusal::None && !config.enabled) {
        refusal = refuse(ClaimRefusal::Disabled, PostingStore::tr("This tweet is disabled."));
    }

    std::optional<Account> account;
    std::optional<Episode> episode;
    QString text;
    if (refusal.refusal == ClaimRefusal::None) {
        account = AccountStore(m_db).find(config.accountId);
        episode = EpisodeStore(m_db).find(config.episodeId);
        // The same verdict the scheduler, the table and the editors show as "held".
        if (const auto hold = holdReason(config, episode, account)) {
            refusal = refuse(hold->refusal, hold->message);
        } else {
            // The exact text is fixed here, in the claim, and kept with the attempt.
            text = claimText(config, episode);
        }
    }
    if (refusal.refusal == ClaimRefusal::None) {
        // The images uploaded must be the ones the tweet has now: never post an edited tweet with the
        // images it had before, or without the ones added meanwhile.
        const QList<TweetImage> current = TweetImageStore(m_db).images(configId);
        bool same = current.size() == images.size();
        for (qsizetype i = 0; same && i < current.size(); ++i) {
            same = current.at(i).sha256 == images.at(i).image.sha256 && current.at(i).alt == images.at(i).image.alt &&
                !images.at(i).mediaId.isEmpty();
        }
        if (!same) {
            refusal =
                refuse(ClaimRefusal::ImagesChanged,
                       PostingStore::tr("The tweet's images changed while they were uploading; nothing was sent."));
        }
    }
    if (refusal.refusal == ClaimRefusal::None) {
        if (const auto limits = this->limits(config.accountId)) {
            if (limits->usageCapped) {
                refusal = refuse(
                    ClaimRefusal::UsageCapped,
                    PostingStore::tr("X stopped posting for this account: its usage cap is reached. Posting resumes "
                                     "after you raise the cap on X and clear the stop in EpisodeDesk."));
            } else if (const QDateTime until = limits->blockedUntil(now); until.isValid()) {
                refusal =
                    refuse(ClaimRefusal::RateLimited,
                           PostingStore::tr("X's posting limit for this account is reached; posting resumes at %1.")
                               .arg(localTime(until)));
                refusal.retryAt = until;
            }
        }
    }
    if (refusal.refusal != ClaimRefusal::None) {
        // The recovery above (if any) is worth keeping even though the claim is refused.
        if (!commit()) {
            return abandonClaim(nullptr);
        }
        return refusal;
    }

    ClaimResult result;
    result.refusal = ClaimRefusal::None;
    result.attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    result.text = text;
    result.account = *account;
    result.claimedAt = now;
    // `now` was read with the write lock held, after any wait for it; the sender starts its monotonic
    // lease before asking for the claim, so its own fence always falls before this stored deadline.
    result.deadline = now.addMSecs(leaseMs);
    const QString nowText = Sql::fromDateTime(now).toString();
    const QVariant deadlineText = Sql::fromDateTime(result.deadline);
    QSqlQuery query(m_db);
    // The conditional UPDATE is the claim itself: it must change exactly one row.
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE tweet_configs SET status = 'posting', attempt_id = ?, claimed_at = ?, "
                                  "claimed_by = ?, claim_deadline = ?, last_error = '', next_retry_at = NULL, "
                                  "verify_after = NULL, verify_count = 0, updated_at = ? "
                                  "WHERE id = ? AND status IN ('pending', 'failed') AND enabled = 1 AND archived = 0"),
                   {result.attemptId, nowText, m_self.toString(), deadlineText, nowText, configId}, &m_error)) {
        return abandonClaim(&query);
    }
    if (query.numRowsAffected() != 1) {
        rollback();
        return refuse(ClaimRefusal::AlreadyPosting, PostingStore::tr("Another attempt claimed this tweet first."));
    }
    if (!Sql::exec(
            query,
            QStringLiteral("INSERT INTO post_attempts (attempt_id, config_id, account_id, text_sent, claimed_by, "
                           "started_at, deadline, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, 'posting')"),
            {result.attemptId, configId, config.accountId, text, m_self.toString(), nowText, deadlineText}, &m_error)) {
        return abandonClaim(&query);
    }
    for (qsizetype slot = 0; slot < images.size(); ++slot) {
        const AttemptImage &image = images.at(slot);
        if (!Sql::exec(
                query,
                QStringLiteral("INSERT INTO attempt_images (attempt_id, slot, sha256, alt, media_id, media_key) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {result.attemptId, int(slot), image.image.sha256, image.image.alt, image.mediaId, image.mediaKey},
                &m_error)) {
            return abandonClaim(&query);
        }
    }
    result.images = images;
    // Count the post against the known remaining allowance now, so a burst of claims cannot overrun
    // it before X's answers (and their headers) come back.
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE account_limits SET "
                                  "window_remaining = CASE WHEN window_remaining > 0 THEN window_remaining - 1 "
                                  "ELSE window_remaining END, "
                                  "day_remaining = CASE WHEN day_remaining > 0 THEN day_remaining - 1 "
                                  "ELSE day_remaining END WHERE account_id = ?"),
                   {config.accountId}, &m_error)) {
        return abandonClaim(&query);
    }
    if (!commit()) {
        // The connection broke at COMMIT: the claim may or may not be saved. Nothing is sent on a
        // guess; the row, read again on a new connection, says which. Saved and ours: the lease runs
        // from `now` as stored, and the sender's fence keeps to it.
        if (!m_connectionLost || !claimWasSaved(configId, result.attemptId)) {
            return refuse(m_busy ? ClaimRefusal::Busy : ClaimRefusal::DatabaseError, m_error);
        }
        qCInfo(lcPostingStore) << "the claim of tweet" << configId << "was saved though its COMMIT went unanswered";
    }
    config.status = TweetStatus::Posting;
    config.attemptId = result.attemptId;
    config.claimedAt = now;
    config.claimedBy = m_self.toString();
    config.claimDeadline = result.deadline;
    result.config = config;
    qCDebug(lcPostingStore) << "claimed tweet" << configId << "attempt" << result.attemptId;
    return result;
}

bool PostingStore::finish(const FinishRecord &record, bool *applied)
{
    if (applied) {
        *applied = false;
    }
    if (!begin()) {
        return false;
    }
    const QString now = Sql::fromDateTime(m_clock()).toString();
    const QString status = statusToString(record.outcome);
    const bool posted = record.outcome == TweetStatus::Posted;
    QSqlQuery query(m_db);
    bool ok = false;
    if (posted) {
        // X published it: that is the truth whatever happened to the row meanwhile (recovered to
        // unknown, verified "not published" on a lagging timeline, even claimed again). A row that is
        // posted already keeps its post; this one is kept in the attempt's history.
        ok = Sql::exec(
            query,
            QStringLiteral("UPDATE tweet_configs SET status = 'posted', attempt_id = ?, post_id = ?, "
                           "post_url = ?, posted_at = ?, last_error = '', next_retry_at = NULL, "
                           "verify_after = NULL, updated_at = ? WHERE id = ? AND status <> 'posted'"),
            {record.attemptId, record.postId, Sql::nullableText(record.postUrl.toString()), now, now, record.configId},
            &m_error);
    } else {
        const bool unknown = record.outcome == TweetStatus::Unknown;
        ok = Sql::exec(
            query,
            QStringLiteral("UPDATE tweet_configs SET status = ?, last_error = ?, retry_count = retry_count + ?, "
                           "next_retry_at = ?, verify_after = ?, verify_count = 0, updated_at = ? "
                           "WHERE id = ? AND attempt_id = ? AND status IN ('posting', 'unknown')"),
            {status, record.error, record.outcome == TweetStatus::Failed ? 1 : 0, Sql::fromDateTime(record.nextRetryAt),
             unknown ? Sql::fromDateTime(m_clock().addMSecs(kFirstVerifyDelayMs)) : QVariant(), now, record.configId,
             record.attemptId},
            &m_error);
    }
    if (!ok) {
        noteError(query);
        rollback();
        return false;
    }
    const bool rowChanged = query.numRowsAffected() == 1;
    // A definite verdict already given to the attempt (verification settled it) is not replaced by a
    // vaguer one; a 201 replaces anything.
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE post_attempts SET finished_at = COALESCE(finished_at, ?), http_status = ?, "
                                  "outcome = ?, post_id = ?, error = ?, error_category = ? WHERE attempt_id = ?") +
                       (posted ? QString() : QStringLiteral(" AND outcome IN ('posting', 'unknown')")),
                   {now, optionalInt(record.httpStatus), status, Sql::nullableText(record.postId), record.error,
                    record.errorCategory, record.attemptId},
                   &m_error)) {
        noteError(query);
        rollback();
        return false;
    }
    if (!commit()) {
        return false;
    }
    if (!rowChanged) {
        // Expected when another process replayed this answer from the journal first, or when the row
        // moved on (a newer attempt); the attempt's history has it either way.
        qCInfo(lcPostingStore) << "tweet" << record.configId << "did not take the outcome" << status << "of attempt"
                               << record.attemptId << "; kept in its history";
        // The one way a tweet can be on X twice: a request that left after all (a process frozen with
        // its request already handed to the OS) answering once another attempt was posted. Say so
        // loudly, with both ids, so the user can delete one.
        const auto row = posted ? TweetStore(m_db).find(record.configId) : std::nullopt;
        if (row && row->status == TweetStatus::Posted && row->postId != record.postId) {
            qCWarning(lcPostingStore) << "tweet" << record.configId << "is on X twice: posts" << row->postId << "and"
                                      << record.postId << "(attempt" << record.attemptId << "answered late)";
        }
    }
    if (applied) {
        *applied = rowChanged;
    }
    return true;
}

int PostingStore::recoverStale()
{
    // Runs every few seconds in every window and scheduler: look without the write lock first.
    {
        TweetStore tweets(m_db);
        QSqlQuery look(m_db);
        look.setForwardOnly(true);
        if (!Sql::exec(look, QStringLiteral("SELECT id FROM tweet_configs WHERE status = 'posting'"), {}, &m_error)) {
            return -1;
        }
        // Every id first, then each row: on PostgreSQL another query on the connection discards what
        // a forward-only result has not handed out yet.
        QList<qint64> posting;
        while (look.next()) {
            posting.append(look.value(0).toLongLong());
        }
        bool anyStale = false;
        for (qsizetype i = 0; !anyStale && i < posting.size(); ++i) {
            const auto config = tweets.find(posting.at(i));
            anyStale = config && staleness(*config) != Staleness::Live;
        }
        if (!anyStale) {
            return 0;
        }
    }
    if (!begin()) {
        return -1;
    }
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT id FROM tweet_configs WHERE status = 'posting'") +
                       lockRowsSuffix(dialectOf(m_db)),
                   {}, &m_error)) {
        rollback();
        return -1;
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    int recovered = 0;
    TweetStore tweets(m_db);
    for (qint64 id : std::as_const(ids)) {
        const auto config = tweets.find(id);
        const Staleness why = config ? staleness(*config) : Staleness::Live;
        if (why != Staleness::Live) {
            if (!markUnknown(*config, why)) {
                rollback();
                return -1;
            }
            ++recovered;
        }
    }
    if (!commit()) {
        return -1;
    }
    return recovered;
}

// A settle that cannot go on: undo what it did (if a statement failed) and say whether to retry.
SettleResult PostingStore::abandonSettle(const QSqlQuery *failed)
{
    if (failed) {
        noteError(*failed);
        rollback();
    }
    return m_busy ? SettleResult::Busy : SettleResult::Error;
}

SettleResult PostingStore::settlePosted(qint64 configId, const QString &attemptId, const QString &postId,
                                        const QUrl &postUrl, const QString &message)
{
    if (!begin()) {
        return abandonSettle(nullptr);
    }
    QSqlQuery query(m_db);
    // Under the write lock, so two verifications of two configs with the same text cannot both take
    // the one post X has.
    if (!Sql::exec(query,
                   QStringLiteral("SELECT 1 FROM tweet_configs WHERE post_id = ? AND id <> ? UNION ALL "
                                  "SELECT 1 FROM post_attempts WHERE post_id = ? AND config_id <> ?"),
                   {postId, configId, postId, configId}, &m_error)) {
        return abandonSettle(&query);
    }
    if (query.next()) {
        rollback();
        return SettleResult::OwnedElsewhere;
    }
    const QString now = Sql::fromDateTime(m_clock()).toString();
    if (!Sql::exec(
            query,
            QStringLiteral("UPDATE tweet_configs SET status = 'posted', post_id = ?, post_url = ?, posted_at = ?, "
                           "last_error = ?, verify_after = NULL, updated_at = ? "
                           "WHERE id = ? AND attempt_id = ? AND status = 'unknown'"),
            {postId, Sql::nullableText(postUrl.toString()), now, message, now, configId, attemptId}, &m_error)) {
        return abandonSettle(&query);
    }
    if (query.numRowsAffected() != 1) {
        rollback();
        m_error = PostingStore::tr("The tweet changed while it was being verified; nothing was settled.");
        return SettleResult::Changed;
    }
    // The row's attempt gets the post; the config's other unresolved attempts were not it.
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE post_attempts SET outcome = 'posted', post_id = ?, error = ?, "
                                  "finished_at = COALESCE(finished_at, ?) WHERE attempt_id = ?"),
                   {postId, message, now, attemptId}, &m_error) ||
        !Sql::exec(query,
                   QStringLiteral("UPDATE post_attempts SET outcome = 'failed', error = ?, "
                                  "finished_at = COALESCE(finished_at, ?) WHERE config_id = ? AND attempt_id <> ? "
                                  "AND outcome IN ('posting', 'unknown')"),
                   {PostingStore::tr("Verified: this attempt was not the one X published."), now, configId, attemptId},
                   &m_error)) {
        return abandonSettle(&query);
    }
    if (!commit()) {
        return abandonSettle(nullptr);
    }
    return SettleResult::Settled;
}

SettleResult PostingStore::settleFailed(qint64 configId, const QString &attemptId, const QString &message)
{
    if (!begin()) {
        return abandonSettle(nullptr);
    }
    const QString now = Sql::fromDateTime(m_clock()).toString();
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE tweet_configs SET status = 'failed', last_error = ?, verify_after = NULL, "
                                  "updated_at = ? WHERE id = ? AND attempt_id = ? AND status = 'unknown'"),
                   {message, now, configId, attemptId}, &m_error)) {
        return abandonSettle(&query);
    }
    if (query.numRowsAffected() != 1) {
        rollback();
        m_error = PostingStore::tr("The tweet changed while it was being verified; nothing was settled.");
        return SettleResult::Changed;
    }
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE post_attempts SET outcome = 'failed', error = ?, "
                                  "finished_at = COALESCE(finished_at, ?) WHERE config_id = ? "
                                  "AND outcome IN ('posting', 'unknown')"),
                   {message, now, configId}, &m_error)) {
        return abandonSettle(&query);
    }
    if (!commit()) {
        return abandonSettle(nullptr);
    }
    return SettleResult::Settled;
}

bool PostingStore::planVerify(qint64 configId, const QString &attemptId, const QDateTime &when, const QString &message)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(
            query,
            QStringLiteral("UPDATE tweet_configs SET verify_after = ?, verify_count = verify_count + 1, "
                           "last_error = ?, updated_at = ? WHERE id = ? AND attempt_id = ? AND status = 'unknown'"),
            {Sql::fromDateTime(when), message, Sql::fromDateTime(m_clock()), configId, attemptId}, &m_error)) {
        return noteError(query);
    }
    return true;
}

QList<qint64> PostingStore::takeDueVerifications(qint64 leaseMs, int limit)
{
    QList<qint64> taken;
    const QDateTime now = m_clock();
    const QVariant nowText = Sql::fromDateTime(now);
    QList<qint64> due;
    {
        QSqlQuery look(m_db);
        look.setForwardOnly(true);
        // NULL: unknown rows from before automatic verification existed are due at once.
        if (!Sql::exec(look,
                       QStringLiteral("SELECT id FROM tweet_configs WHERE status = 'unknown' AND archived = 0 AND "
                                      "(verify_after IS NULL OR verify_after <= ?) ORDER BY id LIMIT ?"),
                       {nowText, limit}, &m_error)) {
            return taken;
        }
        while (look.next()) {
            due.append(look.value(0).toLongLong());
        }
    }
    const QVariant leaseText = Sql::fromDateTime(now.addMSecs(leaseMs));
    for (qint64 id : std::as_const(due)) {
        // One statement each: the conditional update is the lease on this verification.
        QSqlQuery query(m_db);
        if (!Sql::exec(query,
                       QStringLiteral("UPDATE tweet_configs SET verify_after = ? WHERE id = ? AND status = 'unknown' "
                                      "AND (verify_after IS NULL OR verify_after <= ?)"),
                       {leaseText, id, nowText}, &m_error)) {
            noteError(query);
            break;
        }
        if (query.numRowsAffected() == 1) {
            taken.append(id);
        }
    }
    return taken;
}

bool PostingStore::deferUntil(qint64 configId, const QDateTime &until, const QString &message)
{
    QSqlQuery query(m_db);
    return Sql::exec(query,
                     QStringLiteral("UPDATE tweet_configs SET next_retry_at = ?, last_error = ?, updated_at = ? "
                                    "WHERE id = ? AND status IN ('pending', 'failed') AND enabled = 1"),
                     {Sql::fromDateTime(until), message, Sql::fromDateTime(m_clock()), configId}, &m_error);
}

bool PostingStore::clearUsageCap(qint64 accountId)
{
    QSqlQuery query(m_db);
    return Sql::exec(query,
                     QStringLiteral("UPDATE account_limits SET usage_capped = 0, message = '', updated_at = ? "
                                    "WHERE account_id = ?"),
                     {Sql::fromDateTime(m_clock()), accountId}, &m_error);
}

std::optional<AccountLimits> PostingStore::limits(qint64 accountId) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT window_limit, window_remaining, window_reset, day_limit, day_remaining, "
                                  "day_reset, paused_until, usage_capped, message, updated_at FROM account_limits "
                                  "WHERE account_id = ?"),
                   {accountId}, &m_error) ||
        !query.next()) {
        return std::nullopt;
    }
    AccountLimits limits;
    limits.windowLimit = toOptionalInt(query.value(0));
    limits.windowRemaining = toOptionalInt(query.value(1));
    limits.windowReset = Sql::toDateTime(query.value(2));
    limits.dayLimit = toOptionalInt(query.value(3));
    limits.dayRemaining = toOptionalInt(query.value(4));
    limits.dayReset = Sql::toDateTime(query.value(5));
    limits.pausedUntil = Sql::toDateTime(query.value(6));
    limits.usageCapped = query.value(7).toBool();
    limits.message = query.value(8).toString();
    limits.updatedAt = Sql::toDateTime(query.value(9));
    return limits;
}

bool PostingStore::saveLimits(qint64 accountId, const AccountLimits &limits)
{
    QSqlQuery query(m_db);
    // One statement: an upsert is atomic on its own, no explicit transaction needed.
    return Sql::exec(
        query,
        QStringLiteral("INSERT INTO account_limits (account_id, window_limit, window_remaining, "
                       "window_reset, day_limit, day_remaining, day_reset, paused_until, usage_capped, "
                       "message, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (account_id) DO UPDATE SET window_limit = excluded.window_limit, "
                       "window_remaining = excluded.window_remaining, window_reset = excluded.window_reset, "
                       "day_limit = excluded.day_limit, day_remaining = excluded.day_remaining, "
                       "day_reset = excluded.day_reset, paused_until = excluded.paused_until, "
                       "usage_capped = excluded.usage_capped, message = excluded.message, "
                       "updated_at = excluded.updated_at"),
        {accountId, optionalInt(limits.windowLimit), optionalInt(limits.windowRemaining),
         Sql::fromDateTime(limits.windowReset), optionalInt(limits.dayLimit), optionalInt(limits.dayRemaining),
         Sql::fromDateTime(limits.dayReset), Sql::fromDateTime(limits.pausedUntil), limits.usageCapped ? 1 : 0,
         limits.message, Sql::fromDateTime(m_clock())},
        &m_error);
}

} // namespace EpisodeDesk::Models
