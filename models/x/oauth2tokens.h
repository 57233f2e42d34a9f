// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"
#include "domain/types.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace EpisodeDesk::Models {

class SecretStore;

// What OAuth2Tokens::access() found: a bearer token to send, or why there is none.
struct OAuth2Access
{
    enum class Status
    {
        Ok, // credentials.bearerToken is fresh
        NeedsSignIn, // no sign-in on this computer, or X refused it (invalid_grant): sign in again
        Unavailable, // X's token endpoint or another EpisodeDesk's refresh did not answer: try later
        KeychainError, // the keychain could not be read
    };
    Status status = Status::Unavailable;
    XCredentials credentials;
    QString message; // plain words for the user when not Ok; never a token
    QString warning; // Ok, but the new tokens could not be stored (kept in memory for this session)
    bool refreshed = false;

    bool ok() const { return status == Status::Ok; }
};

// Keeps an OAuth 2.0 account's bearer token fresh, one refresh at a time per account across threads
// and processes.
//
// X's refresh tokens are single-use: a refresh returns a new pair and the old refresh token stops
// working; a replayed one may revoke the whole grant (X_API_NOTES.md). The window, `scheduler run` and
// a `post` from cron may all find the token expired in the same minute, so a refresh
//   1. takes a lock file per account (QLockFile under `lockDirectory`), waiting for another holder;
//   2. reads the keychain again: whoever held the lock may have refreshed, and then there is nothing
//      to do but use the pair it stored;
//   3. refreshes at API_BASE/2/oauth2/token with the refresh token and the account's client id;
//   4. stores the new pair in the keychain before anything uses it, and only then lets go of the lock.
// A keychain that refuses the write in 4 would lose the only valid refresh token: the pair is then kept
// in memory for the rest of this process (every OAuth2Tokens of it sees it) and `warning` says so.
//
// invalid_grant clears the tokens from the keychain (the account "needs sign-in" on this computer);
// every post is then refused with that reason until the user signs in again. Nothing is ever sent on a
// guess. A token is refreshed `refreshAhead` before it expires, and when X refused it (bearerRefused).
//
// Lives on one thread with an event loop (the posting thread); every step is asynchronous.
class OAuth2Tokens final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OAuth2Tokens)

public:
    struct Options
    {
        QString lockDirectory; // empty: AppDataLocation/locks
        std::chrono::seconds refreshAhead {300};
        std::chrono::milliseconds lockTimeout {30000};
        std::chrono::milliseconds requestTimeout {20000};
        std::function<QDateTime()> clock; // empty: the system clock
    };
    using Callback = std::function<void(const OAuth2Access &)>;

    // `store` and `manager` are not owned and must live in this object's thread.
    OAuth2Tokens(SecretStore *store, QNetworkAccessManager *manager, Options options, QObject *parent = nullptr);
    OAuth2Tokens(SecretStore *store, QNetworkAccessManager *manager, QObject *parent = nullptr);
    ~OAuth2Tokens() override;

    // A fresh bearer token for `account` (an X account with auth OAuth2), refreshed if need be. `done`
    // runs later on this thread, once, unless `context` is destroyed first.
    void access(const Account &account, const QUrl &apiBase, const QObject *context, Callback done);
    // X answered 401 to `bearer`: the next access() refreshes (unless someone already has).
    void bearerRefused(const Account &account, const QString &bearer);

    static QUrl tokenUrl(const QUrl &apiBase); // API_BASE/2/oauth2/token
    // Where the lock files live by default.
    static QString defaultLockDirectory();
    // The tokens this process keeps because the keychain refused them (tests; any thread).
    static bool holdsUnsavedTokens(qint64 accountId);

Q_SIGNALS:
    // The new pair of `accountId` could not be stored in the keychain; `message` says what that means.
    void tokensNotSaved(qint64 accountId, const QString &message);

private:
    struct Job;
    void readTokens(const std::shared_ptr<Job> &job, std::function<void()> next);
    void lock(const std::shared_ptr<Job> &job, std::function<void()> locked);
    void refresh(const std::shared_ptr<Job> &job);
    void store(const std::shared_ptr<Job> &job, const XCredentials &credentials, std::function<void(bool)> stored);
    void finish(const std::shared_ptr<Job> &job, OAuth2Access access);
    bool isFresh(const XCredentials &credentials) const;
    QDateTime now() const;

    QPointer<SecretStore> m_store;
    QNetworkAccessManager *m_manager = nullptr;
    Options m_options;
};

} // namespace EpisodeDesk::Models
