// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/postingservice.h"

#include "posting/textmatch.h"
#include "secrets/secretstore.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/tweetstore.h"
#include "x/xclient.h"
#include "x/xnetworkaccessmanager.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcPosting, "episodedesk.posting")

namespace {

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

// How far before the claim verification looks for the post: X's clock and ours may differ a little.
constexpr qint64 kVerifyLookBackSecs = 5 * 60;
// When a 429 comes without a reset time, wait one 15-minute window rather than hammer.
constexpr qint64 kDefaultRateLimitPauseSecs = 15 * 60;
// A finish that meets a locked database is retried this often before the row is left to Recover.
constexpr int kFinishRetries = 5;
// Automatic retries of a scheduled post that failed safely (issue: "Failed is not forgotten").
constexpr int kMaxAutoRetries = 5;
constexpr qint64 kFirstRetryDelaySecs = 60;
constexpr qint64 kMaxRetryDelaySecs = 30 * 60;

TweetStatus statusFor(XOutcome outcome)
{
    switch (outcome) {
    case XOutcome::Published:
        return TweetStatus::Posted;
    case XOutcome::NotPublished:
        return TweetStatus::Failed;
    case XOutcome::MayHavePublished:
        return TweetStatus::Unknown;
    }
    return TweetStatus::Unknown;
}

PostOutcome::Kind kindFor(TweetStatus status)
{
    switch (status) {
    case TweetStatus::Posted:
        return PostOutcome::Kind::Posted;
    case TweetStatus::Failed:
        return PostOutcome::Kind::Failed;
    default:
        return PostOutcome::Kind::Unknown;
    }
}

} // namespace

QString postOutcomeKindToString(PostOutcome::Kind kind)
{
    switch (kind) {
    case PostOutcome::Kind::Posted:
        return QStringLiteral("posted");
    case PostOutcome::Kind::Failed:
        return QStringLiteral("failed");
    case PostOutcome::Kind::Unknown:
        return QStringLiteral("unknown");
    case PostOutcome::Kind::Refused:
        return QStringLiteral("refused");
    case PostOutcome::Kind::Error:
        return QStringLiteral("error");
    }
    return {};
}

PostingService::PostingService(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    static std::atomic<int> counter {0};
    // A Qt SQL connection belongs to the thread that opened it; each service gets its own name.
    m_connectionName = QStringLiteral("posting-%1").arg(++counter);
    if (!m_options.clock) {
        m_options.clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
    }
    qRegisterMetaType<PostOutcome>();
}

PostingService::~PostingService()
{
    shutdown();
}

XCredentials PostingService::sandboxCredentials()
{
    return {QStringLiteral("episodedesk-sandbox-consumer-key"), QStringLiteral("episodedesk-sandbox-consumer-secret"),
            QStringLiteral("episodedesk-sandbox-access-token"), QStringLiteral("episodedesk-sandbox-token-secret")};
}

QUrl PostingService::postUrlFor(const Account &account, const QString &postId)
{
    if (postId.isEmpty() || account.kind == AccountKind::Sandbox) {
        return {}; // Sandbox posts live only in the local server
    }
    if (account.handle.isEmpty()) {
        return QUrl(QStringLiteral("https://x.com/i/web/status/") + postId);
    }
    return QUrl(QStringLiteral("https://x.com/%1/status/%2").arg(account.handle, postId));
}

QDateTime PostingService::now() const
{
    return m_options.clock();
}

PostingStore PostingService::store() const
{
    const qint64 staleMs = (m_options.requestTimeout + m_options.staleMargin).count();
    return PostingStore(m_db->connection(), Claimant::current(), m_options.clock, staleMs);
}

void PostingService::start()
{
    QMetaObject::invokeMethod(this, &PostingService::doStart, Qt::QueuedConnection);
}

void PostingService::post(qint64 configId, quintptr requestTag)
{
    QMetaObject::invokeMethod(
        this,
        [this, configId, requestTag] {
            m_claimQueue.enqueue({configId, requestTag});
            scheduleNextClaim();
        },
        Qt::QueuedConnection);
}

void PostingService::scheduleNextClaim()
{
    if (m_claimScheduled || m_claimQueue.isEmpty()) {
        return;
    }
    // One claim per turn of the event loop: each claim waits for an fsync, and a burst of them (a
    // hundred posts queued at once) would otherwise keep this thread from feeding the request bodies
    // of the posts already claimed to the network.
    m_claimScheduled = true;
    QMetaObject::invokeMethod(this, &PostingService::claimNext, Qt::QueuedConnection);
}

void PostingService::claimNext()
{
    m_claimScheduled = false;
    if (!m_claimQueue.isEmpty()) {
        const auto [configId, requestTag] = m_claimQueue.dequeue();
        doPost(configId, requestTag);
    }
    scheduleNextClaim();
}

void PostingService::verify(qint64 configId)
{
    QMetaObject::invokeMethod(
        this, [this, configId] { doVerify(configId); }, Qt::QueuedConnection);
}

void PostingService::recover()
{
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_db && store().recoverStale() > 0) {
                Q_EMIT tweetChanged(0);
            }
        },
        Qt::QueuedConnection);
}

void PostingService::doStart()
{
    if (m_db) {
        Q_EMIT started(true, {});
        return;
    }
    auto db = std::make_unique<Database>();
    if (!db->open(m_options.databasePath, m_connectionName, m_options.busyTimeoutMs)) {
        Q_EMIT started(false, db->errorString());
        return;
    }
    m_db = std::move(db);
    m_network = new XNetworkAccessManager(this);
    m_client = new XClient(m_network, this);
    m_client->setTimeout(m_options.requestTimeout);
    if (m_options.secretStoreFactory) {
        m_secrets = m_options.secretStoreFactory(this);
    }
    // The thread may end before this object is deleted; close the connection on the thread that
    // opened it.
    connect(thread(), &QThread::finished, this, &PostingService::shutdown, Qt::DirectConnection);
    const int recovered = store().recoverStale();
    if (recovered > 0) {
        qCInfo(lcPosting) << recovered << "interrupted post(s) marked unknown at start-up";
        Q_EMIT tweetChanged(0);
    }
    Q_EMIT started(true, {});
}

void PostingService::shutdown()
{
    // Requests still in flight are aborted without callbacks: their rows stay "posting" and the next
    // start (or another process) recovers them as unknown. Nothing is resent.
    delete m_client;
    m_client = nullptr;
    delete m_network;
    m_network = nullptr;
    delete m_secrets;
    m_secrets = nullptr;
    m_db.reset();
}

QUrl PostingService::apiBaseFor(const Account &account) const
{
    if (account.kind == AccountKind::Sandbox) {
        return m_options.sandboxBaseUrl ? m_options.sandboxBaseUrl() : QUrl();
    }
    return account.apiBaseUrl;
}

void PostingService::credentialsFor(const Account &account, CredentialsCallback callback)
{
    if (account.kind == AccountKind::Sandbox) {
        callback(true, sandboxCredentials(), {});
        return;
    }
    if (!m_secrets) {
        callback(false, {}, tr("No keychain is available to read this account's X keys."));
        return;
    }
    m_secrets->readCredentials(account.id, this, [callback, name = account.name](const SecretResult &result) {
        if (result.ok && result.credentials.isComplete()) {
            callback(true, result.credentials, {});
        } else if (result.ok || result.error == SecretError::NotFound) {
            callback(false, {}, tr("The X keys of “%1” are not in the keychain. Add them in Accounts.").arg(name));
        } else {
            callback(false, {}, result.message);
        }
    });
}

void PostingService::doPost(qint64 configId, quintptr requestTag)
{
    PostOutcome outcome;
    outcome.configId = configId;
    outcome.requestTag = requestTag;
    if (!m_db) {
        outcome.message = tr("The posting engine is not running.");
        Q_EMIT postFinished(outcome);
        return;
    }
    const ClaimResult claim = store().claim(configId);
    if (!claim.ok()) {
        outcome.kind =
            claim.refusal == ClaimRefusal::DatabaseError ? PostOutcome::Kind::Error : PostOutcome::Kind::Refused;
        outcome.refusal = claim.refusal;
        outcome.message = claim.message;
        outcome.retryAt = claim.retryAt;
        outcome.postId = claim.postId;
        outcome.postUrl = claim.postUrl;
        outcome.postedAt = claim.postedAt;
        if (claim.refusal == ClaimRefusal::NeedsVerify) {
            Q_EMIT tweetChanged(configId); // the claim may just have recovered it
        }
        Q_EMIT postFinished(outcome);
        return;
    }
    Q_EMIT tweetChanged(configId);
    Q_EMIT postStarted(configId, claim.attemptId);

    credentialsFor(claim.account,
                   [this, claim, requestTag](bool ok, const XCredentials &credentials, const QString &error) {
                       const QUrl base = apiBaseFor(claim.account);
                       if (!ok || !base.isValid()) {
                           // Nothing left this computer: a definite failure the user can fix and retry.
                           XCreateResult local;
                           local.outcome = XOutcome::NotPublished;
                           local.category = ok ? XErrorCategory::Network : XErrorCategory::Auth;
                           local.message = ok ? tr("The Sandbox server is not running, so nothing was sent.") : error;
                           finishPost(claim, local, requestTag);
                           return;
                       }
                       m_client->createPost(base, credentials, claim.text, this,
                                            [this, claim, requestTag](const XCreateResult &result) {
                                                finishPost(claim, result, requestTag);
                                            });
                   });
}

void PostingService::finishPost(const ClaimResult &claim, const XCreateResult &result, quintptr requestTag)
{
    FinishRecord record;
    record.attemptId = claim.attemptId;
    record.configId = claim.config.id;
    record.outcome = statusFor(result.outcome);
    if (result.httpStatus > 0) {
        record.httpStatus = result.httpStatus;
    }
    record.postId = result.postId;
    record.postUrl = postUrlFor(claim.account, result.postId);
    record.error = record.outcome == TweetStatus::Posted ? QString() : result.message;
    record.errorCategory = result.category == XErrorCategory::None ? QString() : xErrorCategoryName(result.category);
    record.nextRetryAt = automaticRetryAt(claim.config, result);

    PostOutcome outcome;
    outcome.configId = claim.config.id;
    outcome.kind = kindFor(record.outcome);
    outcome.category = result.category;
    outcome.message = result.message;
    outcome.attemptId = claim.attemptId;
    outcome.postId = result.postId;
    outcome.postUrl = record.postUrl;
    outcome.postedAt = record.outcome == TweetStatus::Posted ? now() : QDateTime();
    outcome.retryAt = result.retryAfter;
    outcome.httpStatus = result.httpStatus;
    outcome.requestTag = requestTag;
    if (outcome.kind == PostOutcome::Kind::Posted && outcome.message.isEmpty()) {
        outcome.message = tr("Posted.");
    }

    recordLimits(claim.account.id, result);

    // A busy database must not lose X's answer: retry the short finish a few times. If it still
    // cannot be written, the row stays "posting", Recover makes it unknown and Verify finds the post.
    auto attempt = std::make_shared<std::function<void(int)>>();
    *attempt = [this, record, outcome, attempt](int left) {
        if (!m_db) {
            return;
        }
        PostingStore posting = store();
        if (posting.finish(record)) {
            Q_EMIT tweetChanged(record.configId);
            Q_EMIT postFinished(outcome);
            *attempt = nullptr; // break the self-reference
            return;
        }
        if (left > 0) {
            QTimer::singleShot(200, this, [attempt, left] {
                if (*attempt) {
                    (*attempt)(left - 1);
                }
            });
            return;
        }
        qCWarning(lcPosting) << "could not record the outcome of attempt" << record.attemptId << ":"
                             << posting.lastError();
        PostOutcome unknown = outcome;
        unknown.kind = PostOutcome::Kind::Unknown;
        unknown.message = tr("X answered, but the database could not record it (%1). The tweet will show as "
                             "unknown; verify it.")
                              .arg(posting.lastError());
        Q_EMIT postFinished(unknown);
        *attempt = nullptr;
    };
    (*attempt)(kFinishRetries);
}

QDateTime PostingService::automaticRetryAt(const TweetConfig &config, const XCreateResult &result) const
{
    // Only scheduled posts retry by themselves, and only when the failure proves nothing was published
    // and waiting can fix it: the request never left (network down), or X's limit (after its reset).
    // Everything else waits for the user; unknown is never retried, only verified.
    if (result.outcome != XOutcome::NotPublished || !config.scheduledAt.isValid() ||
        config.retryCount + 1 > kMaxAutoRetries) {
        return {};
    }
    if (result.category == XErrorCategory::RateLimit) {
        return result.retryAfter.isValid() ? result.retryAfter : now().addSecs(kDefaultRateLimitPauseSecs);
    }
    if (result.category == XErrorCategory::Network) {
        const qint64 delay = std::min(kMaxRetryDelaySecs, kFirstRetryDelaySecs << std::min(config.retryCount, 10));
        return now().addSecs(delay);
    }
    return {};
}

void PostingService::recordLimits(qint64 accountId, const XCreateResult &result)
{
    const bool limited = result.category == XErrorCategory::RateLimit;
    const bool capped = result.category == XErrorCategory::UsageCapped;
    if (result.rateLimit.isEmpty() && !limited && !capped && result.outcome != XOutcome::Published) {
        return;
    }
    PostingStore posting = store();
    AccountLimits limits = posting.limits(accountId).value_or(AccountLimits {});
    auto copyWindow = [](const XRateLimitWindow &window, std::optional<int> *limit, std::optional<int> *remaining,
                         QDateTime *reset) {
        if (window.isEmpty()) {
            return;
        }
        *limit = window.limit ? std::optional<int>(int(*window.limit)) : std::nullopt;
        *remaining = window.remaining ? std::optional<int>(int(*window.remaining)) : std::nullopt;
        *reset = window.reset;
    };
    copyWindow(result.rateLimit.window15min, &limits.windowLimit, &limits.windowRemaining, &limits.windowReset);
    copyWindow(result.rateLimit.user24h, &limits.dayLimit, &limits.dayRemaining, &limits.dayReset);
    if (limited) {
        limits.pausedUntil =
            result.retryAfter.isValid() ? result.retryAfter : now().addSecs(kDefaultRateLimitPauseSecs);
        limits.message = result.message;
    } else if (capped) {
        limits.usageCapped = true;
        limits.message = result.message;
    } else if (result.outcome == XOutcome::Published) {
        limits.pausedUntil = {};
        limits.message.clear();
    }
    if (!posting.saveLimits(accountId, limits)) {
        qCWarning(lcPosting) << "could not save rate limits of account" << accountId << ":" << posting.lastError();
    }
}

void PostingService::doVerify(qint64 configId)
{
    PostOutcome outcome;
    outcome.configId = configId;
    if (!m_db) {
        outcome.message = tr("The posting engine is not running.");
        Q_EMIT verifyFinished(outcome);
        return;
    }
    PostingStore posting = store();
    if (posting.recoverStale() > 0) {
        Q_EMIT tweetChanged(0);
    }
    const auto config = TweetStore(m_db->connection()).find(configId);
    if (!config) {
        outcome.kind = PostOutcome::Kind::Refused;
        outcome.refusal = ClaimRefusal::NotFound;
        outcome.message = tr("There is no tweet %1.").arg(configId);
        Q_EMIT verifyFinished(outcome);
        return;
    }
    switch (config->status) {
    case TweetStatus::Posted:
        outcome.kind = PostOutcome::Kind::Posted;
        outcome.postId = config->postId;
        outcome.postUrl = config->postUrl;
        outcome.postedAt = config->postedAt;
        outcome.message = tr("Already posted.");
        Q_EMIT verifyFinished(outcome);
        return;
    case TweetStatus::Posting:
        outcome.kind = PostOutcome::Kind::Refused;
        outcome.refusal = ClaimRefusal::AlreadyPosting;
        outcome.message = tr("This tweet is being posted right now; wait for X's answer.");
        Q_EMIT verifyFinished(outcome);
        return;
    case TweetStatus::Pending:
    case TweetStatus::Failed:
        outcome.kind = PostOutcome::Kind::Refused;
        outcome.message = tr("Nothing to verify: this tweet is %1, not unknown.").arg(statusToString(config->status));
        Q_EMIT verifyFinished(outcome);
        return;
    case TweetStatus::Unknown:
        break;
    }
    const auto attempt = posting.latestAttempt(configId);
    const auto account = AccountStore(m_db->connection()).find(config->accountId);
    outcome.kind = PostOutcome::Kind::Unknown;
    if (!attempt || !account) {
        outcome.message = tr("The attempt to verify or its account is missing from the database.");
        Q_EMIT verifyFinished(outcome);
        return;
    }
    outcome.attemptId = attempt->attemptId;
    credentialsFor(*account,
                   [this, outcome, config = *config, account = *account,
                    attempt = *attempt](bool ok, const XCredentials &credentials, const QString &error) {
                       const QUrl base = apiBaseFor(account);
                       if (!ok || !base.isValid()) {
                           PostOutcome failed = outcome;
                           failed.message = ok ? tr("The Sandbox server is not running; cannot verify.") : error;
                           emitVerify(failed);
                           return;
                       }
                       if (!account.xUserId.isEmpty()) {
                           verifyAgainst(outcome, config, account, attempt, credentials, account.xUserId);
                           return;
                       }
                       m_client->usersMe(
                           base, credentials, this,
                           [this, outcome, config, account, attempt, credentials](const XUsersMeResult &me) {
                               if (!me.ok) {
                                   PostOutcome failed = outcome;
                                   failed.category = me.category;
                                   failed.httpStatus = me.httpStatus;
                                   failed.message = tr("Could not ask X who this account is: %1").arg(me.message);
                                   emitVerify(failed);
                                   return;
                               }
                               // Cache the id (and fill in the handle) so the next verify needs one call.
                               Account updated = account;
                               updated.xUserId = me.user.id;
                               if (updated.handle.isEmpty()) {
                                   updated.handle = me.user.username;
                               }
                               AccountStore(m_db->connection()).update(updated);
                               verifyAgainst(outcome, config, updated, attempt, credentials, me.user.id);
                           });
                   });
}

void PostingService::verifyAgainst(const PostOutcome &base, const TweetConfig &config, const Account &account,
                                   const PostAttempt &attempt, const XCredentials &credentials, const QString &userId)
{
    const QDateTime since = attempt.startedAt.addSecs(-kVerifyLookBackSecs);
    m_client->userTweets(
        apiBaseFor(account), credentials, userId, XTimelineQuery {since, {}, {}}, this,
        [this, base, config, account, attempt](const XUserTweetsResult &timeline) {
            PostOutcome outcome = base;
            outcome.httpStatus = timeline.httpStatus;
            if (!timeline.ok) {
                outcome.category = timeline.category;
                outcome.message = tr("Could not read the account's posts on X: %1").arg(timeline.message);
                emitVerify(outcome);
                return;
            }
            PostingStore posting = store();
            bool undecided = false;
            for (const XPostSummary &post : timeline.posts) {
                const PostMatch match = matchPost(attempt.textSent, post);
                undecided = undecided || match == PostMatch::CannotTell;
                if (match == PostMatch::Match) {
                    const QUrl url = postUrlFor(account, post.id);
                    if (!posting.settle(config.id, attempt.attemptId, TweetStatus::Posted, post.id, url, {})) {
                        outcome.message = posting.lastError();
                        emitVerify(outcome);
                        return;
                    }
                    outcome.kind = PostOutcome::Kind::Posted;
                    outcome.postId = post.id;
                    outcome.postUrl = url;
                    outcome.postedAt = post.createdAt;
                    outcome.message = tr("Verified: it is on X.");
                    emitVerify(outcome);
                    return;
                }
            }
            if (undecided) {
                // A post fits only if a link is ours, and X did not say what it stands for.
                outcome.message = tr("X lists a post with this text but does not say where its links lead; "
                                     "EpisodeDesk cannot tell whether it is this tweet. Check the account on X.");
                emitVerify(outcome);
                return;
            }
            if (!timeline.nextToken.isEmpty()) {
                // More posts since the claim than one page holds: not finding it on this page proves
                // nothing, and "verified not published" must never be a guess.
                outcome.message = tr("The account posted more than one page of posts since this attempt; EpisodeDesk "
                                     "cannot rule out that it is among them. Check the account on X.");
                emitVerify(outcome);
                return;
            }
            const QDateTime settleAt = attempt.startedAt.addSecs(m_options.verifySafeDelay.count());
            if (now() < settleAt) {
                outcome.message = tr("Not on X yet. X can take a moment to list new posts; verify again after %1.")
                                      .arg(localTime(settleAt));
                emitVerify(outcome);
                return;
            }
            const QString message = tr("Verified not published: X has no such post.");
            if (!posting.settle(config.id, attempt.attemptId, TweetStatus::Failed, {}, {}, message)) {
                outcome.message = posting.lastError();
                emitVerify(outcome);
                return;
            }
            outcome.kind = PostOutcome::Kind::Failed;
            outcome.message = message;
            emitVerify(outcome);
        });
}

void PostingService::emitVerify(PostOutcome outcome)
{
    Q_EMIT tweetChanged(outcome.configId);
    Q_EMIT verifyFinished(outcome);
}

} // namespace EpisodeDesk::Models
