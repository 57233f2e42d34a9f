// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/postingservice.h"

#include "posting/mediauploader.h"
#include "posting/postingjournal.h"
#include "posting/verifier.h"
#include "secrets/secretstore.h"
#include "store/accountstore.h"
#include "store/changewatcher.h"
#include "store/connection.h"
#include "store/database.h"
#include "store/tweetstore.h"
#include "x/oauth2tokens.h"
#include "x/xclient.h"
#include "x/xnetworkaccessmanager.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcPosting, "episodedesk.posting")

namespace {

// When a 429 comes without a reset time, wait one 15-minute window rather than hammer.
constexpr qint64 kDefaultRateLimitPauseSecs = 15 * 60;
// Each try of a claim or finish waits this long for another writer's lock; between tries the thread
// handles X's other answers. Finishes back off up to kMaxFinishBackoffMs and never give up.
constexpr int kLockTryMs = 100;
constexpr int kMaxFinishBackoffMs = 2000;
// A sender with less than this left of its lease does not start the upload: the request could not
// complete, and leaving at the last moment only makes an unknown.
constexpr qint64 kMinimumSendWindowMs = 1000;
// How long an automatic verification may run before another process may take it over.
constexpr qint64 kVerifyLeaseMs = 5 * 60 * 1000;

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

} // namespace

PostOutcome::Kind postOutcomeKindFor(TweetStatus status)
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
    if (!m_options.monotonicClock) {
        m_options.monotonicClock = [] {
            static QElapsedTimer timer = [] {
                QElapsedTimer started;
                started.start();
                return started;
            }();
            return timer.elapsed();
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

qint64 PostingService::monotonicNow() const
{
    return m_options.monotonicClock();
}

PostingStore PostingService::store() const
{
    return PostingStore(m_db->connection(), Claimant::current(), m_options.clock, m_options.staleMargin.count(),
                        m_options.requestTimeout.count());
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
            m_claimQueue.enqueue({configId, requestTag, -1, 0});
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
        doPost(m_claimQueue.dequeue());
    }
    scheduleNextClaim();
}

void PostingService::verify(qint64 configId)
{
    QMetaObject::invokeMethod(
        this, [this, configId] { doVerify(configId, false); }, Qt::QueuedConnection);
}

void PostingService::recover()
{
    QMetaObject::invokeMethod(this, &PostingService::backgroundCheck, Qt::QueuedConnection);
}

void PostingService::doStart()
{
    if (m_db) {
        Q_EMIT started(true, {});
        return;
    }
    auto db = std::make_unique<Database>();
    // Short lock waits: a claim or finish that meets another writer tries again from the event loop
    // instead of blocking this thread (and every other post's answer) for the whole busy timeout.
    if (!db->open(m_options.databasePath, m_connectionName, kLockTryMs)) {
        Q_EMIT started(false, db->errorString());
        return;
    }
    m_db = std::move(db);
    m_journal = std::make_unique<PostingJournal>(PostingJournal::directoryFor(m_options.databasePath));
    m_network = new XNetworkAccessManager(this);
    m_client = new XClient(m_network, this);
    m_client->setTimeout(m_options.requestTimeout);
    if (m_options.secretStoreFactory) {
        m_secrets = m_options.secretStoreFactory(this);
    }
    OAuth2Tokens::Options tokens;
    tokens.lockDirectory = m_options.oauth2LockDirectory;
    tokens.clock = m_options.clock;
    m_oauth2 = new OAuth2Tokens(m_secrets, m_network, tokens, this);
    connect(m_oauth2, &OAuth2Tokens::tokensNotSaved, this, &PostingService::accountWarning);
    Verifier::Settings verify;
    verify.requestTimeout = m_options.requestTimeout;
    verify.safeDelay = m_options.verifySafeDelay;
    verify.skew = m_options.verifySkew;
    verify.maxDelay = m_options.verifyMaxDelay;
    verify.clock = m_options.clock;
    m_verifier = new Verifier(
        m_client, m_db->connection(), verify, [this] { return store(); },
        [this](const Account &account, Verifier::CredentialsCallback callback) {
            credentialsFor(account, std::move(callback));
        },
        [this](const Account &account) { return apiBaseFor(account); }, this);
    MediaUploader::Options media;
    media.requestTimeout = m_options.requestTimeout;
    media.reuseMargin = m_options.requestTimeout + std::chrono::minutes(10);
    media.clock = m_options.clock;
    m_media = std::make_unique<MediaUploader>(m_db->connection(), m_client, media);
    connect(m_verifier, &Verifier::finished, this, &PostingService::verifyFinished);
    connect(m_verifier, &Verifier::tweetChanged, this, &PostingService::tweetChanged);
    // The thread may end before this object is deleted; close the connection on the thread that
    // opened it.
    connect(thread(), &QThread::finished, this, &PostingService::shutdown, Qt::DirectConnection);
    replayJournal();
    const int recovered = store().recoverStale();
    if (recovered > 0) {
        qCInfo(lcPosting) << recovered << "interrupted post(s) marked unknown at start-up";
        Q_EMIT tweetChanged(0);
    }
    if (m_options.checkInterval.count() > 0) {
        // A claimant killed while the app runs must not leave "Posting…" until the next start: look
        // again on every change to the database and, for deadlines passing, on a timer.
        m_checkTimer = new QTimer(this);
        connect(m_checkTimer, &QTimer::timeout, this, &PostingService::backgroundCheck);
        m_checkTimer->start(m_options.checkInterval);
        m_watcher =
            new ChangeWatcher(m_db->connection(), int(std::min<qint64>(m_options.checkInterval.count(), 500)), this);
        connect(m_watcher, &ChangeWatcher::changed, this, [this] {
            if (!m_checkQueued) {
                m_checkQueued = true;
                QMetaObject::invokeMethod(this, &PostingService::backgroundCheck, Qt::QueuedConnection);
            }
        });
        m_watcher->start();
    }
    Q_EMIT started(true, {});
}

void PostingService::shutdown()
{
    // Requests still in flight are aborted without callbacks: their rows stay "posting" and the next
    // start (or another process) recovers them as unknown. Nothing is resent. Answers not yet in the
    // database are in the journal.
    delete m_watcher; // holds a handle on the connection
    m_watcher = nullptr;
    delete m_checkTimer;
    m_checkTimer = nullptr;
    delete m_verifier; // before the client whose requests it waits for
    m_verifier = nullptr;
    m_media.reset(); // its uploads in flight end with the client, unanswered (nothing was claimed)
    delete m_client;
    m_client = nullptr;
    delete m_oauth2;
    m_oauth2 = nullptr;
    delete m_network;
    m_network = nullptr;
    delete m_secrets;
    m_secrets = nullptr;
    m_journal.reset();
    m_db.reset();
}

void PostingService::backgroundCheck()
{
    m_checkQueued = false;
    if (!m_db) {
        return;
    }
    replayJournal();
    PostingStore posting = store();
    if (posting.recoverStale() > 0) {
        Q_EMIT tweetChanged(0);
    }
    if (m_options.checkInterval.count() > 0) {
        for (qint64 id : posting.takeDueVerifications(kVerifyLeaseMs)) {
            if (!m_verifier->isVerifying(id)) {
                doVerify(id, true);
            }
        }
    }
}

void PostingService::replayJournal()
{
    if (!m_journal) {
        return;
    }
    const QList<FinishRecord> left = m_journal->pending();
    if (left.isEmpty()) {
        return;
    }
    PostingStore posting = store();
    for (const FinishRecord &record : left) {
        if (m_finishing.contains(record.attemptId)) {
            continue; // this process is writing it itself
        }
        bool applied = false;
        if (!posting.finish(record, &applied)) {
            qCInfo(lcPosting) << "journal replay of attempt" << record.attemptId << "waits:" << posting.lastError();
            return; // busy: the next check tries again
        }
        qCInfo(lcPosting) << "replayed X's answer for attempt" << record.attemptId << "of tweet" << record.configId
                          << "from the journal:" << statusToString(record.outcome) << record.postId;
        m_journal->remove(record.attemptId);
        if (applied) {
            Q_EMIT tweetChanged(record.configId);
        }
    }
}

QUrl PostingService::apiBaseFor(const Account &account) const
{
    if (account.kind == AccountKind::Sandbox) {
        return m_options.sandboxBaseUrl ? m_options.sandboxBaseUrl() : QUrl();
    }
    return account.apiBaseUrl;
}

void PostingService::credentialsFor(const Account &account, Verifier::CredentialsCallback callback)
{
    if (account.kind == AccountKind::Sandbox) {
        callback(true, sandboxCredentials(), {});
        return;
    }
    if (!m_secrets) {
        callback(false, {}, tr("No keychain is available to read this account's X keys."));
        return;
    }
    if (account.auth == AccountAuth::OAuth2) {
        // A bearer token, renewed first when it is about to expire (never inside the lease: this runs
        // before the claim). Without a sign-in on this computer the claim is refused, nothing is sent.
        m_oauth2->access(account, account.apiBaseUrl, this, [callback](const OAuth2Access &access) {
            if (access.ok()) {
                callback(true, access.credentials, {});
            } else {
                callback(false, {}, access.message);
            }
        });
        return;
    }
    m_secrets->readCredentials(account.id, this, [callback, name = account.name](const SecretResult &result) {
        if (result.ok && result.credentials.isComplete()) {
            callback(true, result.credentials, {});
        } else if (result.ok || result.error == SecretError::NotFound) {
            callback(false, {},
                     tr("The X keys of “%1” are not on this computer. Add them in Accounts on this computer; on a team "
                        "database, a teammate's computer that has them posts its scheduled tweets.")
                         .arg(name));
        } else {
            callback(false, {}, result.message);
        }
    });
}

void PostingService::doPost(PendingClaim pending)
{
    PostOutcome outcome;
    outcome.configId = pending.configId;
    outcome.requestTag = pending.requestTag;
    if (!m_db) {
        outcome.message = tr("The posting engine is not running.");
        Q_EMIT postFinished(outcome);
        return;
    }
    // An answer of X's still in the journal (its writer died) settles the row before anyone decides
    // whether to send.
    replayJournal();
    // The keys first, before anything is claimed: a computer without them (a teammate's keychain has
    // them, this one's does not) must leave the tweet to one that has, not claim it and fail it. Reading
    // them here also keeps the keychain's pace out of the lease.
    const QSqlDatabase db = m_db->connection();
    std::optional<TweetConfig> config = TweetStore(db).find(pending.configId);
    std::optional<Account> account;
    if (config) {
        account = AccountStore(db).find(config->accountId);
    }
    if (!account && Connection::isLost(db)) {
        // Not "missing": the team database dropped this connection since its last statement (a server
        // restart, idle_session_timeout). Read again on a new one; a tweet read as accountless would be
        // claimed and then failed for a reason that is not true.
        if (!Connection::restoreIfLost(db)) {
            outcome.kind = PostOutcome::Kind::Error;
            outcome.refusal = ClaimRefusal::DatabaseError;
            outcome.message = tr("The team database cannot be reached. Nothing was sent; EpisodeDesk keeps trying "
                                 "to reconnect.");
            Q_EMIT postFinished(outcome);
            return;
        }
        config = TweetStore(db).find(pending.configId);
        account = config ? AccountStore(db).find(config->accountId) : std::nullopt;
    }
    if (!account) {
        claimAndSend(pending, {false, {}, tr("This tweet's account is missing.")}); // the claim says why
        return;
    }
    const bool claimable = config->status == TweetStatus::Pending || config->status == TweetStatus::Failed;
    credentialsFor(*account,
                   [this, pending, outcome, claimable, account = *account](bool ok, const XCredentials &credentials,
                                                                           const QString &error) {
                       if (!m_db) {
                           return; // shut down meanwhile
                       }
                       if (!ok && claimable) {
                           PostOutcome refused = outcome;
                           refused.kind = PostOutcome::Kind::Refused;
                           refused.refusal = ClaimRefusal::NoCredentials;
                           refused.message = error;
                           Q_EMIT postFinished(refused);
                           return;
                       }
                       // Not claimable as read: the claim refuses with its own reason (already posted, …), which
                       // matters more than the keys or the images.
                       if (!ok || !claimable) {
                           claimAndSend(pending, {ok, credentials, error});
                           return;
                       }
                       uploadImagesAndClaim(pending, account, {ok, credentials, error});
                   });
}

void PostingService::uploadImagesAndClaim(PendingClaim pending, const Account &account, const Keys &keys)
{
    const QUrl base = apiBaseFor(account);
    if (!base.isValid()) {
        claimAndSend(pending, keys); // the Sandbox server is not running: the claim and send say so
        return;
    }
    m_media->prepare(account, base, keys.credentials, pending.configId, this,
                     [this, pending, account, keys](const MediaUploader::Result &ready) {
                         if (ready.bearerRefused) {
                             m_oauth2->bearerRefused(account, keys.credentials.bearerToken);
                         }
                         if (!ready.ok) {
                             // Nothing was claimed: the tweet is as it was, with the reason, and nothing was posted.
                             PostOutcome refused;
                             refused.configId = pending.configId;
                             refused.requestTag = pending.requestTag;
                             refused.kind = ready.refusal == ClaimRefusal::DatabaseError ? PostOutcome::Kind::Error
                                                                                         : PostOutcome::Kind::Refused;
                             refused.refusal = ready.refusal;
                             refused.message = ready.message;
                             Q_EMIT postFinished(refused);
                             return;
                         }
                         claimAndSend(pending, keys, ready.images);
                     });
}

void PostingService::claimAndSend(PendingClaim pending, const Keys &keys, const QList<AttemptImage> &images)
{
    PostOutcome outcome;
    outcome.configId = pending.configId;
    outcome.requestTag = pending.requestTag;
    // The lease starts before the claim is asked for: the fence below then always falls before the
    // deadline the claim stores (which is read after any wait for the lock).
    const qint64 leaseStartMs = monotonicNow();
    if (pending.firstTryMs < 0) {
        pending.firstTryMs = leaseStartMs;
    }
    const ClaimResult claim = store().claim(pending.configId, m_options.requestTimeout.count(), images);
    if (!claim.ok()) {
        if (claim.refusal == ClaimRefusal::ImagesChanged && pending.imageTries < 2) {
            // Edited while uploading: upload what the tweet has now (harmless), then claim again.
            ++pending.imageTries;
            QMetaObject::invokeMethod(
                this, [this, pending] { doPost(pending); }, Qt::QueuedConnection);
            return;
        }
        if (claim.refusal == ClaimRefusal::Busy && monotonicNow() - pending.firstTryMs < m_options.busyTimeoutMs) {
            // Another writer holds the database: try again shortly, from the event loop.
            ++pending.tries;
            QTimer::singleShot(std::min(kLockTryMs * pending.tries, 500), this,
                               [this, pending, keys, images] { claimAndSend(pending, keys, images); });
            return;
        }
        outcome.kind =
            claim.refusal == ClaimRefusal::DatabaseError ? PostOutcome::Kind::Error : PostOutcome::Kind::Refused;
        outcome.refusal = claim.refusal;
        outcome.message = claim.message;
        outcome.retryAt = claim.retryAt;
        outcome.postId = claim.postId;
        outcome.postUrl = claim.postUrl;
        outcome.postedAt = claim.postedAt;
        if (claim.refusal == ClaimRefusal::NeedsVerify) {
            Q_EMIT tweetChanged(pending.configId); // the claim may just have recovered it
        }
        Q_EMIT postFinished(outcome);
        return;
    }
    Q_EMIT tweetChanged(pending.configId);
    Q_EMIT postStarted(pending.configId, claim.attemptId);
    if (m_options.afterClaim) {
        m_options.afterClaim(pending.configId);
    }
    send(claim, keys, leaseStartMs + m_options.requestTimeout.count(), pending.requestTag);
}

void PostingService::send(const ClaimResult &claim, const Keys &keys, qint64 leaseEndsMs, quintptr requestTag)
{
    const QUrl base = apiBaseFor(claim.account);
    XCreateResult local;
    local.outcome = XOutcome::NotPublished;
    if (!keys.ok || !base.isValid()) {
        // Nothing left this computer: a definite failure the user can fix and retry. (Keys missing
        // here only when the tweet became claimable between the look above and the claim.)
        local.category = keys.ok ? XErrorCategory::Network : XErrorCategory::Auth;
        local.message = keys.ok ? tr("The Sandbox server is not running, so nothing was sent.") : keys.error;
        finishPost(claim, local, requestTag);
        return;
    }
    // The fence. A slow start or a frozen process may have outlived the lease; another process may then
    // have recovered, verified and re-sent this tweet. Past the lease nothing may leave, so this attempt
    // ends here, certainly not sent.
    const qint64 remainingMs = leaseEndsMs - monotonicNow();
    const qint64 minimumMs = std::min<qint64>(kMinimumSendWindowMs, m_options.requestTimeout.count() / 4);
    if (remainingMs < minimumMs) {
        qCWarning(lcPosting) << "attempt" << claim.attemptId << "of tweet" << claim.config.id
                             << "not sent: its lease ran out before the upload (" << remainingMs << "ms left)";
        local.category = XErrorCategory::Timeout;
        local.message = tr("Not sent: getting ready took too long, so EpisodeDesk did not send it. Nothing was "
                           "published; post it again.");
        finishPost(claim, local, requestTag);
        return;
    }
    // The network timeout counts from the claim: the request is aborted when the lease ends.
    QStringList mediaIds;
    for (const AttemptImage &image : claim.images) {
        mediaIds.append(image.mediaId);
    }
    m_client->createPost(
        base, keys.credentials, claim.text, mediaIds, QDeadlineTimer(remainingMs, Qt::PreciseTimer), this,
        [this, claim, requestTag, bearer = keys.credentials.bearerToken](const XCreateResult &result) {
            if (result.httpStatus == 401 && !bearer.isEmpty()) {
                // A definite failure (X published nothing). The token is spent or revoked: the next
                // try renews it first, whoever makes it.
                m_oauth2->bearerRefused(claim.account, bearer);
                XCreateResult refused = result;
                refused.message = tr("X did not accept the sign-in of this account (HTTP 401). Nothing was "
                                     "published; EpisodeDesk renews the sign-in, so post it again.");
                finishPost(claim, refused, requestTag);
                return;
            }
            finishPost(claim, result, requestTag);
        });
}

void PostingService::finishPost(const ClaimResult &claim, const XCreateResult &result, quintptr requestTag)
{
    if (result.category == XErrorCategory::Media && m_media) {
        // X no longer knows these ids (expired early, or lost): nothing was published, and the next try
        // uploads the images again instead of sending the same ids.
        m_media->forget(claim.account.id, claim.images);
    }
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
    outcome.kind = postOutcomeKindFor(record.outcome);
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
    if (record.outcome == TweetStatus::Posted) {
        // In the log too: if everything else were lost, a person could still find the post.
        qCInfo(lcPosting) << "tweet" << record.configId << "attempt" << record.attemptId << "posted as"
                          << record.postId;
    }

    // X's answer goes to disk before anything else may fail: a crash or a locked database from here
    // on loses nothing, the journal is replayed at start-up and by every recovery pass.
    if (m_journal && !m_journal->record(record)) {
        qCWarning(lcPosting) << "could not journal the answer for attempt" << record.attemptId << ":"
                             << m_journal->lastError();
    }
    m_finishing.insert(record.attemptId);
    recordLimits(claim.account.id, result);
    writeFinish(record, outcome, 0);
}

void PostingService::writeFinish(const FinishRecord &record, const PostOutcome &outcome, int tries)
{
    if (!m_db) {
        return; // shutting down: the journal keeps the answer
    }
    PostingStore posting = store();
    if (posting.finish(record)) {
        m_finishing.remove(record.attemptId);
        if (m_journal) {
            m_journal->remove(record.attemptId);
        }
        Q_EMIT tweetChanged(record.configId);
        Q_EMIT postFinished(outcome);
        return;
    }
    // Busy or worse (disk full): keep trying for as long as the process lives, without blocking the
    // other answers; the journal covers the process dying first.
    if (tries == 0 || tries % 20 == 0) {
        qCWarning(lcPosting) << "cannot record X's answer for attempt" << record.attemptId << "yet (try" << tries + 1
                             << "):" << posting.lastError();
    }
    const int delayMs = std::min(kMaxFinishBackoffMs, 50 << std::min(tries, 6));
    QTimer::singleShot(delayMs, this, [this, record, outcome, tries] { writeFinish(record, outcome, tries + 1); });
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
    if (result.category == XErrorCategory::Network || result.category == XErrorCategory::Timeout ||
        result.category == XErrorCategory::Media) {
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

void PostingService::doVerify(qint64 configId, bool automatic)
{
    if (!m_db) {
        PostOutcome outcome;
        outcome.configId = configId;
        outcome.automatic = automatic;
        outcome.message = tr("The posting engine is not running.");
        Q_EMIT verifyFinished(outcome);
        return;
    }
    // What the journal or a dead claimant can settle, they settle first.
    replayJournal();
    if (store().recoverStale() > 0) {
        Q_EMIT tweetChanged(0);
    }
    m_verifier->verify(configId, automatic);
}

} // namespace EpisodeDesk::Models
