// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QPointer>

#include <atomic>

namespace EpisodeDesk::Models {

// Keeps keys in this process only: for tests of logic that needs a SecretStore (posting, account
// settings), never for the application. It answers through the same queued path as the keychain store,
// so code that wrongly expects a synchronous answer fails here too.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)

public:
    // What the simulated keychain does with every call until changed; stored keys survive a failure.
    enum class Availability
    {
        Available,
        NoKeychain,
        Locked,
        AccessDenied
    };

    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    // Thread-safe; applies to calls that start after it returns.
    void setAvailability(Availability availability);
    Availability availability() const;

    // While set, writes fail with AccessDenied (the keychain refused them) and keep what was stored;
    // reads and removes still work. Thread-safe.
    void setWritesFail(bool fail);

    // While held, reads wait (the way a keychain waits for the user to unlock it) and are answered,
    // in order, once released. Thread-safe.
    void setReadsHeld(bool held);
    int heldReadCount() const;

    // Synchronous peeks for test assertions, any thread.
    bool contains(qint64 accountId) const;
    qsizetype size() const;

protected:
    void startRead(qint64 accountId, SecretRequest *request) override;
    void startWrite(qint64 accountId, const XCredentials &credentials, SecretRequest *request) override;
    void startRemove(qint64 accountId, SecretRequest *request) override;

private:
    // The failure to report now, or None when the simulated keychain works.
    SecretError simulatedError() const;
    void answerRead(qint64 accountId, SecretRequest *request);
    void releaseHeldReads();

    std::atomic<Availability> m_availability {Availability::Available};
    mutable QMutex m_mutex;
    QHash<qint64, XCredentials> m_credentials;
    bool m_readsHeld = false;
    std::atomic<bool> m_writesFail {false};
    QList<std::pair<qint64, QPointer<SecretRequest>>> m_heldReads;
};

} // namespace EpisodeDesk::Models
