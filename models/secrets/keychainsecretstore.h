// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <atomic>
#include <chrono>

namespace EpisodeDesk::Models {

// Keeps X keys in the OS keychain through QtKeychain (GNOME Keyring or KWallet via the Secret Service,
// macOS Keychain, Windows Credential Manager), never in a file: insecure fallback is off on every job.
//
// Layout: one item per account, service "EpisodeDesk", key "episodedesk:account:<id>:x-oauth1", whose
// value is a small JSON object holding the four OAuth 1.0a strings. One item rather than four because
// - a write replaces all four keys at once: a failure half-way cannot leave an account with a new
//   consumer key and an old token (which X would answer with a puzzling 401);
// - a read is one keychain round trip (and one prompt where a keychain asks per item, as macOS may);
// - it stays far below Windows' 2560-byte limit per credential (writes above it are refused here, so
//   the limit cannot surprise Windows users only).
// The ":x-oauth1" suffix leaves room for OAuth 2.0 tokens under their own key later.
//
// Threads: the store may live in any thread with an event loop (the GUI's, the posting worker's), but
// every QtKeychain job, from every store, runs in the application's main thread, because QtKeychain is
// not thread-safe. The main thread's event loop must therefore be running for any answer to arrive.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    static QString serviceName();
    static QString keyName(qint64 accountId);
    // Windows Credential Manager's limit for one credential's secret, in bytes.
    static constexpr qsizetype MaxValueSize = 2560;

    // On Linux a call that fails with no backend or with an unspecific error (how every Secret Service
    // failure arrives) is retried once after this delay, 3 s by default: the keyring may still be
    // starting with the session (NC's CredentialJob habit). Thread-safe; applies to later failures.
    void setRetryDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds retryDelay() const;

protected:
    void startRead(qint64 accountId, SecretRequest *request) override;
    void startWrite(qint64 accountId, const XCredentials &credentials, SecretRequest *request) override;
    void startRemove(qint64 accountId, SecretRequest *request) override;

private:
    std::atomic<std::chrono::milliseconds::rep> m_retryDelayMs;
};

} // namespace EpisodeDesk::Models
