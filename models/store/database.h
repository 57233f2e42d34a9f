// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace EpisodeDesk::Models {

// One open connection to the EpisodeDesk database, owned by the thread that opened it.
//
// Usage:
//     Database db;
//     if (!db.open(path, QStringLiteral("gui"))) { show(db.errorString()); }
//     EpisodeStore episodes(db.connection());
//
// open() refuses, and leaves the file byte-for-byte untouched, when it is not an SQLite database or
// when its schema is newer than this program. Otherwise it applies the pragmas the posting protocol
// relies on (WAL, synchronous=FULL so a claim is on disk before X is called, foreign keys, a busy
// timeout) and runs pending migrations, each in its own transaction, after backing up the file once.
class Database final
{
public:
    enum class Error
    {
        None,
        CannotOpen,
        NotADatabase,
        NewerSchema,
        MigrationFailed,
        BackupFailed
    };

    // The schema this program writes. Bump together with a new migration in migrations.cpp.
    static int currentSchemaVersion();

    Database() = default;
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // connectionName must be unique per thread (a Qt SQL connection belongs to its thread).
    bool open(const QString &path, const QString &connectionName, int busyTimeoutMs = 10000);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    Error error() const { return m_error; }
    // A sentence for the user: what is wrong and what was (not) done to their file.
    QString errorString() const { return m_errorString; }
    // Where the pre-migration backup went in this run, if one was written.
    QString backupPath() const { return m_backupPath; }
    int schemaVersion() const { return m_schemaVersion; }

    // Where the user's database lives unless --db says otherwise.
    static QString defaultPath();

private:
    bool fail(Error error, const QString &message);
    bool readSchemaVersion(int *version);
    bool applyPragmas();
    bool migrate(int fromVersion);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    QString m_errorString;
    Error m_error = Error::None;
    int m_schemaVersion = 0;
};

} // namespace EpisodeDesk::Models
