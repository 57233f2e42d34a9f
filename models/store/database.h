// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/databaselocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace EpisodeDesk::Models {

// One open connection to the EpisodeDesk database, owned by the thread that opened it.
//
// Usage:
//     Database db;
//     if (!db.open(location, QStringLiteral("gui"))) { show(db.errorString()); }
//     EpisodeStore episodes(db.connection());
//
// `location` is what --db takes (see DatabaseLocation): an SQLite file or a team database's
// postgresql:// URI. open() refuses, and leaves the database untouched, when it is not an EpisodeDesk
// database or when its schema is newer than this program. Otherwise it sets the connection up and runs
// pending migrations, each in its own transaction:
// - SQLite: the pragmas the posting protocol relies on (WAL, synchronous=FULL so a claim is on disk
//   before X is called, foreign keys, a busy timeout), and a backup of the file before migrating.
// - PostgreSQL: migrations under an advisory lock, so teammates upgrading at once take turns.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeDesk::Models::Database)

public:
    enum class Error
    {
        None,
        CannotOpen,
        NotADatabase,
        NewerSchema,
        MigrationFailed,
        BackupFailed,
        BadLocation, // --db text that names nothing usable (a password in a URI, a malformed URI)
        NoDriver, // Qt's PostgreSQL driver is not installed
        NeedsPassword // the server asked for a password that libpq's sources and the keychain lack
    };

    // The schema this program writes. Bump together with a new migration in migrations.cpp.
    static int currentSchemaVersion();

    Database() = default;
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // connectionName must be unique per thread (a Qt SQL connection belongs to its thread).
    bool open(const QString &location, const QString &connectionName, int busyTimeoutMs = 10000);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase connection() const { return m_db; }
    // The location as open() was given it (the text --db takes).
    QString path() const { return m_location.toString(); }
    const DatabaseLocation &location() const { return m_location; }
    Error error() const { return m_error; }
    // A sentence for the user: what is wrong and what was (not) done to their file.
    QString errorString() const { return m_errorString; }
    // Where the pre-migration backup went in this run, if one was written.
    QString backupPath() const { return m_backupPath; }
    int schemaVersion() const { return m_schemaVersion; }

    // Where the user's database lives unless --db says otherwise.
    static QString defaultPath();

    // A team database's password for this process, from the keychain (the app sets it before opening;
    // every connection to that database in the process then uses it). Kept in memory only.
    static void setSessionPassword(const DatabaseLocation &location, const QString &password);

private:
    bool fail(Error error, const QString &message);
    bool openSqlite(int busyTimeoutMs);
    bool openPostgreSql(int busyTimeoutMs);
    bool readSchemaVersion(int *version);
    bool readPostgreSqlSchemaVersion(int *version, bool *foreign);
    bool applyPragmas();
    bool migrate(int fromVersion);
    bool migratePostgreSql();
    QString shownName() const { return m_location.displayName(); }

    QSqlDatabase m_db;
    QString m_connectionName;
    DatabaseLocation m_location;
    QString m_backupPath;
    QString m_errorString;
    Error m_error = Error::None;
    int m_schemaVersion = 0;
};

} // namespace EpisodeDesk::Models
