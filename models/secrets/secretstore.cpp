// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/secretstore.h"

#include "secrets/secretrequest.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>

namespace EpisodeDesk::Models {

namespace {
Q_LOGGING_CATEGORY(lcSecretStore, "episodedesk.secrets")
} // namespace

SecretResult SecretResult::success(const XCredentials &credentials)
{
    return {true, SecretError::None, {}, credentials};
}

SecretResult SecretResult::failure(SecretError error, const QString &message)
{
    Q_ASSERT(error != SecretError::None);
    return {false, error, message, {}};
}

SecretStore::SecretStore(QObject *parent) : QObject(parent) { }

SecretStore::~SecretStore() = default;

void SecretStore::readCredentials(qint64 accountId, QObject *context, SecretCallback callback)
{
    SecretRequest *request = createRequest(context, std::move(callback), "readCredentials");
    if (!request) {
        return;
    }
    // The store is looked at only in its own thread, where it can also be deleted: a QPointer read there
    // cannot race with that deletion. A store gone before the request started still answers the caller.
    QMetaObject::invokeMethod(
        request,
        [store = QPointer<SecretStore>(this), request, accountId] {
            if (!store) {
                request->finish(SecretResult::failure(SecretError::Other, errorString(SecretError::Other)));
                return;
            }
            store->startRead(accountId, request);
        },
        Qt::QueuedConnection);
}

void SecretStore::writeCredentials(qint64 accountId, const XCredentials &credentials, QObject *context,
                                   SecretCallback callback)
{
    SecretRequest *request = createRequest(context, std::move(callback), "writeCredentials");
    if (!request) {
        return;
    }
    QMetaObject::invokeMethod(
        request,
        [store = QPointer<SecretStore>(this), request, accountId, credentials] {
            if (!store) {
                request->finish(SecretResult::failure(SecretError::Other, errorString(SecretError::Other)));
                return;
            }
            store->startWrite(accountId, credentials, request);
        },
        Qt::QueuedConnection);
}

void SecretStore::removeCredentials(qint64 accountId, QObject *context, SecretCallback callback)
{
    SecretRequest *request = createRequest(context, std::move(callback), "removeCredentials");
    if (!request) {
        return;
    }
    QMetaObject::invokeMethod(
        request,
        [store = QPointer<SecretStore>(this), request, accountId] {
            if (!store) {
                request->finish(SecretResult::failure(SecretError::Other, errorString(SecretError::Other)));
                return;
            }
            store->startRemove(accountId, request);
        },
        Qt::QueuedConnection);
}

QString SecretStore::errorString(SecretError error)
{
    switch (error) {
    case SecretError::None:
        return {};
    case SecretError::NotFound:
        return tr("No X keys are stored for this account. Enter them in the account's settings.");
    case SecretError::NoKeychain:
        return tr("No keychain is available. EpisodeDesk keeps X keys only in the system keychain (GNOME Keyring, "
                  "KWallet, macOS Keychain or Windows Credential Manager); start one and try again.");
    case SecretError::Locked:
        return tr("The system keychain is locked. Unlock it (for example in your keyring manager, or by logging "
                  "out and in again) and try again.");
    case SecretError::AccessDenied:
        return tr("EpisodeDesk was not allowed to use the system keychain. Allow access when your system asks, "
                  "then try again.");
    case SecretError::Other:
        break;
    }
    return tr("The system keychain could not complete the request. Try again; if it keeps failing, check your "
              "keychain application.");
}

SecretRequest *SecretStore::createRequest(QObject *context, SecretCallback callback, const char *operation) const
{
    if (!context || !callback) {
        // Without a context there is no thread to answer in; refusing is better than guessing one.
        qCWarning(lcSecretStore, "%s called without a context or a callback; ignored", operation);
        return nullptr;
    }
    // Created here, in the caller's thread, so the connection to the context exists before any answer
    // can be emitted; then handed to the store's thread, where all of the store's work happens.
    auto *request = new SecretRequest;
    connect(
        request, &SecretRequest::finished, context,
        [callback = std::move(callback)](const SecretResult &result) { callback(result); }, Qt::QueuedConnection);
    request->moveToThread(thread());
    return request;
}

} // namespace EpisodeDesk::Models
