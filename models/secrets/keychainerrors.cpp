// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/keychainerrors.h"

#include <initializer_list>

namespace EpisodeDesk::Models {

namespace {

bool containsAny(const QString &text, std::initializer_list<QLatin1String> needles)
{
    for (const QLatin1String needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

// The raw OtherError messages seen on Linux (TOOLCHAIN.md) and their siblings.
SecretError classifyOtherError(const QString &raw)
{
    // QtKeychain's own text when no keychain library (libsecret, libgnome-keyring) could be loaded.
    if (raw.trimmed() == QLatin1String("Unknown error")) {
        return SecretError::NoKeychain;
    }
    // No session bus ("Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not connect: No such file or
    // directory"), or a bus without a Secret Service ("The name org.freedesktop.secrets was not provided
    // by any .service files"); KWallet's path reports "D-Bus is not running" / ServiceUnknown.
    if (containsAny(raw,
                    {QLatin1String("Cannot autolaunch D-Bus"), QLatin1String("Could not connect"),
                     QLatin1String("was not provided by any .service files"),
                     QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown"),
                     QLatin1String("org.freedesktop.DBus.Error.NoServer"),
                     QLatin1String("org.freedesktop.DBus.Error.NoReply"), QLatin1String("D-Bus is not running"),
                     QLatin1String("No keychain service available"), QLatin1String("No keyring daemon")})) {
        return SecretError::NoKeychain;
    }
    // gnome-keyring without an unlocked login collection (never unlocked this session, or the unlock
    // prompt could not be shown) answers "Object does not exist at path …/collection/login"; a locked
    // one refuses with "Cannot create an item in a locked collection".
    if ((raw.contains(QLatin1String("Object does not exist at path"), Qt::CaseInsensitive) &&
         raw.contains(QLatin1String("/collection/"), Qt::CaseInsensitive)) ||
        raw.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
        return SecretError::Locked;
    }
    // The user dismissed the unlock prompt, or D-Bus policy refused the call.
    if (containsAny(raw,
                    {QLatin1String("dismissed"), QLatin1String("cancelled"), QLatin1String("canceled"),
                     QLatin1String("AccessDenied"), QLatin1String("access denied")})) {
        return SecretError::AccessDenied;
    }
    return SecretError::Other;
}

} // namespace

SecretError classifyKeychainError(QKeychain::Error error, const QString &rawMessage)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretError::None;
    case QKeychain::EntryNotFound:
        return SecretError::NotFound;
    case QKeychain::AccessDeniedByUser:
        return SecretError::AccessDenied;
    case QKeychain::AccessDenied:
        // libsecret reports a locked item as AccessDenied (SECRET_ERROR_IS_LOCKED).
        return rawMessage.contains(QLatin1String("lock"), Qt::CaseInsensitive) ? SecretError::Locked
                                                                               : SecretError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
        return SecretError::Other;
    case QKeychain::OtherError:
        return classifyOtherError(rawMessage);
    }
    return SecretError::Other;
}

SecretResult keychainFailure(QKeychain::Error error, const QString &rawMessage)
{
    const SecretError category = classifyKeychainError(error, rawMessage);
    Q_ASSERT(category != SecretError::None);
    QString message = SecretStore::errorString(category);
    if (category == SecretError::Other && !rawMessage.trimmed().isEmpty()) {
        message = SecretStore::tr("%1 (The keychain said: %2)").arg(message, rawMessage.trimmed());
    }
    return SecretResult::failure(category, message);
}

} // namespace EpisodeDesk::Models
