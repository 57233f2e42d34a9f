// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"

#include <QObject>
#include <QString>

#include <functional>

namespace EpisodeDesk::Models {

class SecretRequest;

enum class SecretError
{
    None,
    NotFound, // nothing stored for this account: not a keychain problem
    NoKeychain, // no Secret Service / keychain reachable at all
    Locked, // a keychain exists but is locked or not set up (no login collection)
    AccessDenied, // the user or the system refused EpisodeDesk access
    Other
};

// The outcome of one SecretStore call. `message` is plain words for a user (never a secret, never a
// key's value); it is empty on success. `credentials` is filled only by a successful read.
struct SecretResult
{
    bool ok = false;
    SecretError error = SecretError::Other;
    QString message;
    XCredentials credentials;

    static SecretResult success(const XCredentials &credentials = {});
    static SecretResult failure(SecretError error, const QString &message);
};

using SecretCallback = std::function<void(SecretResult)>;

// Where an account's X keys live (STYLE.md §4, after KeePassXC's QuickUnlockInterface). Production uses
// KeychainSecretStore (the OS keychain via QtKeychain); tests of other logic use MemorySecretStore.
//
// Every call is asynchronous, because QtKeychain is:
//
//     store->readCredentials(accountId, this, [this](const SecretResult &result) {
//         if (!result.ok) {
//             showError(result.message); // NotFound: ask for the keys; anything else: the keychain failed
//             return;
//         }
//         sign(result.credentials);
//     });
//
// - Call from any thread that runs an event loop, passing a `context` that lives in that thread. The
//   callback runs later (never inside the call) in the context's thread, exactly once, unless the
//   context is destroyed first: then it is dropped.
// - The store's work starts in the thread the store lives in, so that thread must run an event loop.
//   An implementation may continue elsewhere (KeychainSecretStore runs its jobs in the main thread).
// - Calls made from one thread take effect in the order they were made.
//
// There is deliberately no errorString() member holding the "last error" (as in KeePassXC): with calls
// in flight from several threads, "last" means nothing. Each SecretResult carries its own message, and
// errorString(SecretError) gives the standard wording for a category.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    ~SecretStore() override;

    void readCredentials(qint64 accountId, QObject *context, SecretCallback callback);
    void writeCredentials(qint64 accountId, const XCredentials &credentials, QObject *context, SecretCallback callback);
    // Removing keys that are not there succeeds: the wanted state ("no keys stored") holds.
    void removeCredentials(qint64 accountId, QObject *context, SecretCallback callback);

    // The standard user-facing wording for a category; empty for None.
    static QString errorString(SecretError error);

protected:
    explicit SecretStore(QObject *parent = nullptr);

    // Called in this store's thread, in call order. Implementations must call request->finish() exactly
    // once, now or later; the request deletes itself afterwards.
    virtual void startRead(qint64 accountId, SecretRequest *request) = 0;
    virtual void startWrite(qint64 accountId, const XCredentials &credentials, SecretRequest *request) = 0;
    virtual void startRemove(qint64 accountId, SecretRequest *request) = 0;

private:
    SecretRequest *createRequest(QObject *context, SecretCallback callback, const char *operation) const;
};

} // namespace EpisodeDesk::Models
