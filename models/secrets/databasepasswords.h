// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QString>

#include <functional>

class QObject;

namespace EpisodeDesk::Models {

class DatabaseLocation;

// A team database's password in the OS keychain, for the app (the command line uses libpq's own
// ~/.pgpass). One item per database, service "EpisodeDesk team databases", key
// "episodedesk:database:<DatabaseLocation::key()>": another service than the X keys', so the two can
// never be mistaken for each other, and the key leaves out the URI's options (sslmode=require and
// sslmode=prefer reach the same database with the same password).
//
//     DatabasePasswords::read(location, this, [](const SecretResult &result, const QString &password) {
//         if (result.ok) { Database::setSessionPassword(location, password); }  // NotFound: none kept
//     });
//
// The jobs run in the application's main thread (QtKeychain is not thread-safe), so call from it; the
// callback runs later, once, unless `context` is destroyed first. Insecure fallback is off: no file
// ever holds the password. Only key names are logged.
class DatabasePasswords final
{
public:
    using ReadCallback = std::function<void(const SecretResult &result, const QString &password)>;

    static QString serviceName();
    static QString keyName(const DatabaseLocation &location);

    static void read(const DatabaseLocation &location, QObject *context, ReadCallback callback);
    static void write(const DatabaseLocation &location, const QString &password, QObject *context,
                      SecretCallback callback);
    // Removing a password that is not there succeeds.
    static void remove(const DatabaseLocation &location, QObject *context, SecretCallback callback);
};

} // namespace EpisodeDesk::Models
