// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"
#include "posting/postingstore.h"
#include "posting/postoutcome.h"
#include "x/xresponse.h"

#include <QObject>
#include <QQueue>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace EpisodeDesk::Models {

class ChangeWatcher;
class Database;
class MediaUploader;
class OAuth2Tokens;
class PostingJournal;
class SecretStore;
class Verifier;
class XClient;

// The posting engine (DESIGN.md "The posting protocol" and "Threads").
//
// Usage, in the composition root:
//     auto *service = new PostingService(options);   // no parent: it moves to its own thread
//     service->moveToThread(&m_postingThread);
//     m_postingThread.start();
//     service->start();                               // opens its connection on that thread
//     service->post(configId);                        // from any thread; answers with postFinished
//     ...
//     m_postingThread.quit(); m_postingThread.wait(); delete service;
//
// Every public entry point queues itself onto the thread the service lives in, and results come back
// only as signals. The service owns its QNetworkAccessManager, X client, secret store and database
// connection, all created on its thread. Many posts may be in flight at once (replies are
// asynchronous); claims are serialized by the database. The command line uses the same class on its
// main thread.
class PostingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostingService)

public:
    struct Options
    {
        QString databasePath;
        // Called on the service's thread, so the keychain jobs live there too.
        std::function<SecretStore *(QObject *parent)> secretStoreFactory;
        // Where OAuth 2.0 accounts' refresh lock files live (empty: OAuth2Tokens' default, shared by
        // every EpisodeDesk of this user).
        QString oauth2LockDirectory;
        // Where Sandbox accounts post (the in-app local server); empty when there is none.
        std::function<QUrl()> sandboxBaseUrl;
        // The lease of every claim: no request for it leaves after this, counted from the claim.
        std::chrono::milliseconds requestTimeout {30000};
        // A claim this long past its stored deadline is treated as abandoned (Recover): covers clock
        // skew between machines and the last moments of a sender noticing its own lease ran out.
        std::chrono::milliseconds staleMargin {5000};
        // Verification settles "not published" only this long after the last attempt's deadline,
        // because X may take a moment to list a new post.
        std::chrono::seconds verifySafeDelay {120};
        // How far beyond an attempt's start and deadline verification looks: X's clock and ours differ.
        std::chrono::seconds verifySkew {300};
        // The wall clock (stored times) and a monotonic clock in ms (the lease fence); tests inject both.
        std::function<QDateTime()> clock;
        std::function<qint64()> monotonicClock;
        // Runs on the service's thread after a claim is saved and before its fence. Tests stop a sender
        // here, as a frozen or swapped-out process would stop, to prove that the fence holds.
        std::function<void(qint64 configId)> afterClaim;
        // How long a claim waits for another writer's lock before it gives up cleanly (Busy). The
        // wait is a series of short tries, so X's answers to other posts are handled meanwhile.
        int busyTimeoutMs = 10000;
        // Recovery, journal replay and automatic verification run this often and on every database
        // change; zero turns the background checks off (one-shot command-line calls).
        std::chrono::milliseconds checkInterval {2000};
        // Unknown tweets are verified again by themselves with a backoff capped at this.
        std::chrono::milliseconds verifyMaxDelay {std::chrono::minutes(30)};
    };

    explicit PostingService(Options options, QObject *parent = nullptr);
    ~PostingService() override;

    // Thread-safe entry points.
    void start();
    // `requestTag` comes back in the outcome, so a caller can tell its own requests from others'.
    void post(qint64 configId, quintptr requestTag = 0);
    void verify(qint64 configId);
    // Replay the journal and recover stale claims now (also done at start, before each claim, on
    // verify, every checkInterval and on every database change).
    void recover();

    // Well-known keys of the Sandbox account: they only open the local test server, so they are not
    // secrets and are not kept in the keychain.
    static XCredentials sandboxCredentials();
    // The address a posted tweet can be opened at.
    static QUrl postUrlFor(const Account &account, const QString &postId);

Q_SIGNALS:
    void started(bool ok, const QString &error);
    void postStarted(qint64 configId, const QString &attemptId);
    void postFinished(const EpisodeDesk::Models::PostOutcome &outcome);
    void verifyFinished(const EpisodeDesk::Models::PostOutcome &outcome);
    // Any write the service made to a tweet (claim, finish, recover, settle).
    void tweetChanged(qint64 configId);
    // Something the user should know that is not about one post: a renewed sign-in with X that the
    // keychain refused to store (kept in memory until the app quits).
    void accountWarning(qint64 accountId, const QString &message);

private:
    struct PendingClaim
    {
        qint64 configId = 0;
        quintptr requestTag = 0;
        qint64 firstTryMs = -1; // monotonic; -1 until the first try
        int tries = 0;
        int imageTries = 0; // claims refused because the images changed while uploading
    };
    void doStart();
    void doPost(PendingClaim pending);
    void scheduleNextClaim();
    void claimNext();
    void doVerify(qint64 configId, bool automatic);
    void backgroundCheck();
    void replayJournal();
    void shutdown();
    void credentialsFor(const Account &account,
                        std::function<void(bool ok, const XCredentials &, const QString &error)> callback);
    QUrl apiBaseFor(const Account &account) const;
    // The account's keys as read from this computer's keychain before the claim.
    struct Keys
    {
        bool ok = false;
        XCredentials credentials;
        QString error; // why not, in the user's words
    };
    // Before the claim: the tweet's images uploaded (or their cached media ids), then claimAndSend.
    void uploadImagesAndClaim(PendingClaim pending, const Account &account, const Keys &keys);
    void claimAndSend(PendingClaim pending, const Keys &keys, const QList<AttemptImage> &images = {});
    void send(const ClaimResult &claim, const Keys &keys, qint64 leaseEndsMs, quintptr requestTag);
    void finishPost(const ClaimResult &claim, const XCreateResult &result, quintptr requestTag);
    void writeFinish(const FinishRecord &record, const PostOutcome &outcome, int tries);
    void recordLimits(qint64 accountId, const XCreateResult &result);
    QDateTime automaticRetryAt(const TweetConfig &config, const XCreateResult &result) const;
    PostingStore store() const;
    QDateTime now() const;
    qint64 monotonicNow() const;

    Options m_options;
    QString m_connectionName;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PostingJournal> m_journal;
    QNetworkAccessManager *m_network = nullptr;
    XClient *m_client = nullptr;
    SecretStore *m_secrets = nullptr;
    OAuth2Tokens *m_oauth2 = nullptr; // OAuth 2.0 accounts: fresh bearer tokens, one refresh at a time
    Verifier *m_verifier = nullptr;
    std::unique_ptr<MediaUploader> m_media;
    ChangeWatcher *m_watcher = nullptr;
    QTimer *m_checkTimer = nullptr;
    QQueue<PendingClaim> m_claimQueue;
    bool m_claimScheduled = false;
    bool m_checkQueued = false;
    QSet<QString> m_finishing; // attempts whose answer this process is still writing
};

} // namespace EpisodeDesk::Models
