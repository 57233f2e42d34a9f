// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/memorysecretstore.h"

#include "secrets/secretrequest.h"

#include <QMutexLocker>

#include <optional>
#include <utility>

namespace EpisodeDesk::Models {

MemorySecretStore::MemorySecretStore(QObject *parent) : SecretStore(parent) { }

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::setAvailability(Availability availability)
{
    m_availability.store(availability);
}

MemorySecretStore::Availability MemorySecretStore::availability() const
{
    return m_availability.load();
}

bool MemorySecretStore::contains(qint64 accountId) const
{
    const QMutexLocker locker(&m_mutex);
    return m_credentials.contains(accountId);
}

qsizetype MemorySecretStore::size() const
{
    const QMutexLocker locker(&m_mutex);
    return m_credentials.size();
}

SecretError MemorySecretStore::simulatedError() const
{
    switch (m_availability.load()) {
    case Availability::Available:
        return SecretError::None;
    case Availability::NoKeychain:
        return SecretError::NoKeychain;
    case Availability::Locked:
        return SecretError::Locked;
    case Availability::AccessDenied:
        return SecretError::AccessDenied;
    }
    return SecretError::Other;
}

// The base class already delivers through the caller's event loop, so answering at once here keeps the
// same asynchronous behaviour as the keychain store.
void MemorySecretStore::setReadsHeld(bool held)
{
    {
        const QMutexLocker locker(&m_mutex);
        m_readsHeld = held;
    }
    if (!held) {
        // Answered on the store's own thread, like every other answer.
        QMetaObject::invokeMethod(this, &MemorySecretStore::releaseHeldReads, Qt::QueuedConnection);
    }
}

int MemorySecretStore::heldReadCount() const
{
    const QMutexLocker locker(&m_mutex);
    return int(m_heldReads.size());
}

void MemorySecretStore::releaseHeldReads()
{
    QList<std::pair<qint64, QPointer<SecretRequest>>> reads;
    {
        const QMutexLocker locker(&m_mutex);
        if (m_readsHeld) {
            return;
        }
        reads = std::exchange(m_heldReads, {});
    }
    for (const auto &[accountId, request] : std::as_const(reads)) {
        if (request) {
            answerRead(accountId, request);
        }
    }
}

void MemorySecretStore::startRead(qint64 accountId, SecretRequest *request)
{
    {
        const QMutexLocker locker(&m_mutex);
        if (m_readsHeld) {
            m_heldReads.append({accountId, QPointer<SecretRequest>(request)});
            return;
        }
    }
    answerRead(accountId, request);
}

void MemorySecretStore::answerRead(qint64 accountId, SecretRequest *request)
{
    if (const SecretError error = simulatedError(); error != SecretError::None) {
        request->finish(SecretResult::failure(error, errorString(error)));
        return;
    }
    std::optional<XCredentials> found;
    {
        const QMutexLocker locker(&m_mutex);
        if (const auto it = m_credentials.constFind(accountId); it != m_credentials.cend()) {
            found = *it;
        }
    }
    request->finish(found ? SecretResult::success(*found)
                          : SecretResult::failure(SecretError::NotFound, errorString(SecretError::NotFound)));
}

void MemorySecretStore::setWritesFail(bool fail)
{
    m_writesFail.store(fail);
}

void MemorySecretStore::startWrite(qint64 accountId, const XCredentials &credentials, SecretRequest *request)
{
    if (m_writesFail.load()) {
        request->finish(SecretResult::failure(SecretError::AccessDenied, errorString(SecretError::AccessDenied)));
        return;
    }
    if (const SecretError error = simulatedError(); error != SecretError::None) {
        request->finish(SecretResult::failure(error, errorString(error)));
        return;
    }
    {
        const QMutexLocker locker(&m_mutex);
        m_credentials.insert(accountId, credentials);
    }
    request->finish(SecretResult::success());
}

void MemorySecretStore::startRemove(qint64 accountId, SecretRequest *request)
{
    if (const SecretError error = simulatedError(); error != SecretError::None) {
        request->finish(SecretResult::failure(error, errorString(error)));
        return;
    }
    {
        const QMutexLocker locker(&m_mutex);
        m_credentials.remove(accountId);
    }
    request->finish(SecretResult::success());
}

} // namespace EpisodeDesk::Models
