// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/verifier.h"

#include "media/tweetimagestore.h"
#include "posting/postingservice.h"
#include "posting/textmatch.h"
#include "store/accountstore.h"
#include "store/tweetstore.h"
#include "store/usagestore.h"
#include "x/xclient.h"

#include <QLocale>
#include <QLoggingCategory>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcVerifier, "episodedesk.posting.verify")

namespace {

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

Verifier::Verifier(XClient *client, const QSqlDatabase &db, Settings settings, std::function<PostingStore()> store,
                   Credentials credentials, std::function<QUrl(const Account &)> apiBase, QObject *parent)
    : QObject(parent),
      m_client(client),
      m_db(db),
      m_settings(std::move(settings)),
      m_store(std::move(store)),
      m_credentials(std::move(credentials)),
      m_apiBase(std::move(apiBase))
{
    Q_ASSERT(m_client && m_settings.clock && m_store && m_credentials && m_apiBase);
}

Verifier::~Verifier() = default;

// What one verification knows while it reads the account's posts (DESIGN.md, posting protocol step 5).
struct Verifier::Verification
{
    PostOutcome outcome;
    TweetConfig config;
    Account account;
    XCredentials credentials;
    QString userId;
    QList<PostAttempt> unresolved; // the attempts that may be on X
    QHash<QString, QStringList> mediaKeys; // by attempt id: the media keys each attempt attached
    QDateTime windowStart; // first unresolved attempt's start, less the skew
    QDateTime windowEnd; // last deadline, plus the skew
    QDateTime lastDeadline;
    bool duplicateAnswer = false; // X said "duplicate content" to one of them
    QList<XPostSummary> matches;
    bool cannotTell = false;
    bool incomplete = false;
    int pages = 0;
};

void Verifier::verify(qint64 configId, bool automatic)
{
    auto verification = std::make_shared<Verification>();
    PostOutcome &outcome = verification->outcome;
    outcome.configId = configId;
    outcome.automatic = automatic;
    const auto config = TweetStore(m_db).find(configId);
    if (!config) {
        outcome.kind = PostOutcome::Kind::Refused;
        outcome.refusal = ClaimRefusal::NotFound;
        outcome.message = tr("There is no tweet %1.").arg(configId);
        Q_EMIT finished(outcome);
        return;
    }
    switch (config->status) {
    case TweetStatus::Posted:
        outcome.kind = PostOutcome::Kind::Posted;
        outcome.postId = config->postId;
        outcome.postUrl = config->postUrl;
        outcome.postedAt = config->postedAt;
        outcome.message = tr("Already posted.");
        Q_EMIT finished(outcome);
        return;
    case TweetStatus::Posting:
        outcome.kind = PostOutcome::Kind::Refused;
        outcome.refusal = ClaimRefusal::AlreadyPosting;
        outcome.message = tr("This tweet is being posted right now; wait for X's answer.");
        Q_EMIT finished(outcome);
        return;
    case TweetStatus::Pending:
    case TweetStatus::Failed:
        outcome.kind = PostOutcome::Kind::Refused;
        outcome.message = tr("Nothing to verify: this tweet is %1, not unknown.").arg(statusInSentence(config->status));
        Q_EMIT finished(outcome);
        return;
    case TweetStatus::Unknown:
        break;
    }
    verification->config = *config;
    outcome.kind = PostOutcome::Kind::Unknown;
    outcome.attemptId = config->attemptId;

    // The row's attempt, found by its id (the newest start time is not the newest attempt once the
    // clock has stepped back), and every other attempt of this config that is still unresolved.
    bool haveCurrent = false;
    for (const PostAttempt &attempt : TweetStore(m_db).attempts(configId)) {
        const bool current = attempt.attemptId == config->attemptId;
        haveCurrent = haveCurrent || current;
        if (current || attempt.outcome == statusToString(TweetStatus::Unknown) ||
            attempt.outcome == QLatin1String("posting")) {
            verification->unresolved.append(attempt);
        }
    }
    // A post matches an attempt only with exactly the images it attached (their media keys): two
    // announcements with the same words and other pictures are different posts.
    const QHash<QString, QList<AttemptImage>> images = TweetImageStore(m_db).attemptImages(configId);
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        for (const AttemptImage &image : it.value()) {
            verification->mediaKeys[it.key()].append(image.mediaKey);
        }
    }
    const auto account = AccountStore(m_db).find(config->accountId);
    if (!haveCurrent || !account) {
        outcome.message = tr("The attempt to verify or its account is missing from the database.");
        Q_EMIT finished(outcome);
        return;
    }
    verification->account = *account;
    const qint64 skewSecs = m_settings.skew.count();
    for (const PostAttempt &attempt : std::as_const(verification->unresolved)) {
        const QDateTime deadline = attempt.deadline.isValid()
            ? attempt.deadline
            : attempt.startedAt.addMSecs(m_settings.requestTimeout.count());
        if (!verification->windowStart.isValid() || attempt.startedAt < verification->windowStart) {
            verification->windowStart = attempt.startedAt;
        }
        if (!verification->lastDeadline.isValid() || deadline > verification->lastDeadline) {
            verification->lastDeadline = deadline;
        }
        verification->duplicateAnswer =
            verification->duplicateAnswer || attempt.errorCategory == xErrorCategoryName(XErrorCategory::Duplicate);
    }
    verification->windowStart = verification->windowStart.addSecs(-skewSecs);
    verification->windowEnd = verification->lastDeadline.addSecs(skewSecs);
    m_verifying.insert(configId);

    m_credentials(*account, [this, verification](bool ok, const XCredentials &credentials, const QString &error) {
        const QUrl base = m_apiBase(verification->account);
        if (!ok || !base.isValid()) {
            verification->outcome.message = ok ? tr("The Sandbox server is not running; cannot verify.") : error;
            conclude(verification);
            return;
        }
        verification->credentials = credentials;
        if (!verification->account.xUserId.isEmpty()) {
            verification->userId = verification->account.xUserId;
            readTimeline(verification, {});
            return;
        }
        m_client->usersMe(base, credentials, this, [this, verification](const XUsersMeResult &me) {
            if (!me.ok) {
                verification->outcome.category = me.category;
                verification->outcome.httpStatus = me.httpStatus;
                verification->outcome.message = tr("Could not ask X who this account is: %1").arg(me.message);
                conclude(verification);
                return;
            }
            // Only the id (and an empty handle): the account row may have been edited meanwhile.
            AccountStore accounts(m_db);
            if (!accounts.cacheXUser(verification->account.id, me.user.id, me.user.username)) {
                qCWarning(lcVerifier) << "could not remember the X user id of account" << verification->account.id
                                      << ":" << accounts.lastError();
            }
            if (verification->account.handle.isEmpty()) {
                verification->account.handle = me.user.username;
            }
            verification->userId = me.user.id;
            readTimeline(verification, {});
        });
    });
}

void Verifier::readTimeline(const std::shared_ptr<Verification> &verification, const QString &paginationToken)
{
    XTimelineQuery query;
    query.startTime = verification->windowStart;
    // X refuses an end time that is not in the past; while the window is still open, read to now.
    if (verification->windowEnd < m_settings.clock().addSecs(-10)) {
        query.endTime = verification->windowEnd;
    }
    query.paginationToken = paginationToken;
    m_client->userTweets(
        m_apiBase(verification->account), verification->credentials, verification->userId, query, this,
        [this, verification](const XUserTweetsResult &timeline) {
            PostOutcome &outcome = verification->outcome;
            outcome.httpStatus = timeline.httpStatus;
            if (!timeline.ok) {
                outcome.category = timeline.category;
                outcome.message = tr("Could not read the account's posts on X: %1").arg(timeline.message);
                verification->cannotTell = true;
                conclude(verification);
                return;
            }
            recordRead(*verification, int(timeline.posts.size()));
            for (const XPostSummary &post : timeline.posts) {
                // The window again on our side: a server that ignores start_time must not widen it.
                if (post.createdAt.isValid() &&
                    (post.createdAt < verification->windowStart || post.createdAt > verification->windowEnd)) {
                    continue;
                }
                for (const PostAttempt &attempt : std::as_const(verification->unresolved)) {
                    const PostMatch match =
                        matchPost(attempt.textSent, verification->mediaKeys.value(attempt.attemptId), post);
                    if (match == PostMatch::Match) {
                        verification->matches.append(post);
                        break;
                    }
                    if (match == PostMatch::CannotTell) {
                        verification->cannotTell = true;
                    }
                }
            }
            ++verification->pages;
            if (!timeline.nextToken.isEmpty()) {
                if (verification->pages < kMaxTimelinePages) {
                    readTimeline(verification, timeline.nextToken);
                    return;
                }
                verification->incomplete = true;
            }
            conclude(verification);
        });
}

void Verifier::recordRead(const Verification &verification, int resources)
{
    // X bills each post of the page as an owned read (X_API_NOTES.md, "Prices"). Only a count for the
    // spend shown to the user: a failure to write it is logged and the verification goes on.
    UsageStore usage(m_db);
    if (!usage.recordRead(verification.account.id, verification.config.id, UsageStore::ReadKind::Owned, resources,
                          m_settings.clock())) {
        qCWarning(lcVerifier) << "could not record a read of" << resources << "posts of account"
                              << verification.account.id << ":" << usage.lastError();
    }
}

void Verifier::conclude(const std::shared_ptr<Verification> &verification)
{
    PostOutcome outcome = verification->outcome;
    const TweetConfig &config = verification->config;
    PostingStore posting = m_store();
    auto settledMeanwhile = [&] {
        // Someone else (a late 201, another window's verification) decided first: report the row.
        const auto fresh = TweetStore(m_db).find(config.id);
        outcome.kind = fresh ? postOutcomeKindFor(fresh->status) : PostOutcome::Kind::Unknown;
        outcome.postId = fresh ? fresh->postId : QString();
        outcome.postUrl = fresh ? fresh->postUrl : QUrl();
        outcome.message = fresh ? tr("The tweet was settled meanwhile: it is %1.").arg(statusInSentence(fresh->status))
                                : tr("The tweet was settled meanwhile: it no longer exists.");
        emitVerify(outcome);
    };

    // X lists the newest first; the earliest match in the window is the likeliest to be this one.
    bool ownedElsewhere = false;
    for (auto it = verification->matches.crbegin(); it != verification->matches.crend(); ++it) {
        const QUrl url = PostingService::postUrlFor(verification->account, it->id);
        switch (posting.settlePosted(config.id, config.attemptId, it->id, url, {})) {
        case SettleResult::Settled:
            outcome.kind = PostOutcome::Kind::Posted;
            outcome.postId = it->id;
            outcome.postUrl = url;
            outcome.postedAt = it->createdAt;
            outcome.message = tr("Verified: it is on X.");
            emitVerify(outcome);
            return;
        case SettleResult::OwnedElsewhere:
            ownedElsewhere = true; // another tweet's post with the same text and link: not this one
            continue;
        case SettleResult::Changed:
            settledMeanwhile();
            return;
        case SettleResult::Busy:
        case SettleResult::Error:
            outcome.message = posting.lastError();
            verification->cannotTell = true;
            break;
        }
        break;
    }

    const QDateTime settleAt = verification->lastDeadline.addSecs(m_settings.safeDelay.count());
    QString reason;
    if (!outcome.message.isEmpty()) {
        reason = outcome.message; // could not ask X, or could not write what it said
    } else if (verification->incomplete) {
        reason = tr("The account posted more than EpisodeDesk reads (%1 pages) around this attempt; it cannot rule "
                    "out that it is among them. Check the account on X.")
                     .arg(kMaxTimelinePages);
    } else if (verification->cannotTell) {
        reason = tr("X listed a post like this one without saying where its links lead, so EpisodeDesk cannot tell "
                    "whether it is this tweet. It will ask again later.");
    } else if (verification->duplicateAnswer) {
        reason = ownedElsewhere ? tr("X refused this text as a duplicate, and the post with this text belongs to "
                                     "another tweet. Check the account on X.")
                                : tr("X refused this text as a duplicate: the same text is on X already. Check the "
                                     "account on X.");
    } else if (m_settings.clock() < settleAt) {
        reason = tr("Not on X yet. X can take a moment to list new posts; EpisodeDesk verifies again by itself "
                    "after %1.")
                     .arg(localTime(settleAt));
    }
    if (reason.isEmpty()) {
        const QString message = tr("Verified not published: X has no such post.");
        switch (posting.settleFailed(config.id, config.attemptId, message)) {
        case SettleResult::Settled:
            outcome.kind = PostOutcome::Kind::Failed;
            outcome.message = message;
            emitVerify(outcome);
            return;
        case SettleResult::Changed:
            settledMeanwhile();
            return;
        case SettleResult::OwnedElsewhere:
        case SettleResult::Busy:
        case SettleResult::Error:
            reason = posting.lastError();
            break;
        }
    }

    // Still unknown: verify again by itself, backing off, and not later than the moment the verdict
    // "not published" becomes possible.
    const qint64 firstMs = PostingStore::kFirstVerifyDelayMs;
    const qint64 backoffMs =
        std::min<qint64>(m_settings.maxDelay.count(), firstMs << std::min(verification->config.verifyCount + 1, 20));
    QDateTime next = m_settings.clock().addMSecs(backoffMs);
    if (settleAt > m_settings.clock() && settleAt.addSecs(1) < next) {
        next = settleAt.addSecs(1);
    }
    if (!posting.planVerify(config.id, config.attemptId, next, reason)) {
        qCWarning(lcVerifier) << "could not plan the next verification of tweet" << config.id << ":"
                              << posting.lastError();
    }
    outcome.kind = PostOutcome::Kind::Unknown;
    outcome.message = reason;
    emitVerify(outcome);
}

void Verifier::emitVerify(const PostOutcome &outcome)
{
    m_verifying.remove(outcome.configId);
    Q_EMIT tweetChanged(outcome.configId);
    Q_EMIT finished(outcome);
}

} // namespace EpisodeDesk::Models
