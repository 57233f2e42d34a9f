// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include "store/migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcDatabase, "episodedesk.store.database")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

QString sqlQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

int Database::currentSchemaVersion()
{
    return static_cast<int>(schemaMigrations().size());
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/episodedesk.sqlite");
}

void Database::close()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    qCWarning(lcDatabase) << "cannot use database" << m_path << ":" << message;
    close();
    return false;
}

bool Database::open(const QString &path, const QString &connectionName, int busyTimeoutMs)
{
    close();
    m_path = path;
    m_error = Error::None;
    m_errorString.clear();
    m_backupPath.clear();

    // Never open the database file ourselves (to sniff its header, say): on POSIX, closing any
    // descriptor of a file drops every lock this process holds on it, including the locks of this
    // process's other SQLite connections, and two processes could then both write. SQLite itself
    // refuses a file that is not a database on the first read below, before anything is written.
    const QFileInfo info(path);
    const bool existedWithContent = info.exists() && info.size() > 0;
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(Error::CannotOpen,
                    tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    m_connectionName = connectionName;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!m_db.open()) {
        return fail(Error::CannotOpen,
                    tr("Cannot open “%1”: %2").arg(QDir::toNativeSeparators(path), m_db.lastError().driverText()));
    }

    int version = 0;
    if (!readSchemaVersion(&version)) {
        return fail(Error::NotADatabase,
                    tr("“%1” is damaged or not an EpisodeDesk database (it is not an SQLite file). It was left "
                       "unchanged.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    if (version > currentSchemaVersion()) {
        return fail(Error::NewerSchema,
                    tr("“%1” was written by a newer version of EpisodeDesk (schema %2; this version knows up to %3). "
                       "Please update EpisodeDesk. The file was left unchanged.")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(version)
                        .arg(currentSchemaVersion()));
    }
    if (!applyPragmas()) {
        return false;
    }
    if (version < currentSchemaVersion()) {
        if (existedWithContent) {
            // One consistent copy before the first migration of this run; VACUUM INTO reads through the
            // WAL, so the copy is complete even when the last writer did not checkpoint.
            const QString backup =
                QStringLiteral("%1.backup-v%2-%3")
                    .arg(path)
                    .arg(version)
                    .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            QSqlQuery query(m_db);
            if (!query.exec(QStringLiteral("VACUUM INTO %1").arg(sqlQuote(backup)))) {
                return fail(Error::BackupFailed,
                            tr("Cannot back up “%1” before upgrading it: %2. Nothing was changed.")
                                .arg(QDir::toNativeSeparators(path), query.lastError().driverText()));
            }
            m_backupPath = backup;
            qCInfo(lcDatabase) << "backed up" << path << "to" << backup << "before migrating from" << version;
        }
        if (!migrate(version)) {
            return false;
        }
    }
    m_schemaVersion = currentSchemaVersion();
    return true;
}

bool Database::readSchemaVersion(int *version)
{
    QSqlQuery query(m_db);
    // schema_version touches the file header; user_version is where our migrations record their number.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
        return false;
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return false;
    }
    *version = query.value(0).toInt();
    return true;
}

bool Database::applyPragmas()
{
    QSqlQuery query(m_db);
    // WAL lets the GUI read while the posting worker writes; FULL makes a committed claim durable before
    // the request to X leaves; foreign keys are per connection in SQLite.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next() ||
        query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return fail(Error::CannotOpen,
                    tr("Cannot switch “%1” to write-ahead logging. Is the folder writable?")
                        .arg(QDir::toNativeSeparators(m_path)));
    }
    for (const auto *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!query.exec(QLatin1String(pragma))) {
            return fail(
                Error::CannotOpen,
                tr("Cannot configure “%1”: %2").arg(QDir::toNativeSeparators(m_path), query.lastError().driverText()));
        }
    }
    return true;
}

bool Database::migrate(int fromVersion)
{
    const auto migrations = schemaMigrations();
    QSqlQuery query(m_db);
    for (int target = fromVersion + 1; target <= currentSchemaVersion(); ++target) {
        // IMMEDIATE takes the write lock up front, so two processes opening a new file at once migrate
        // one after the other; the second re-reads the version and finds nothing to do.
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            return fail(
                Error::MigrationFailed,
                tr("Cannot upgrade “%1”: %2").arg(QDir::toNativeSeparators(m_path), query.lastError().driverText()));
        }
        int current = 0;
        if (!readSchemaVersion(&current)) {
            query.exec(QStringLiteral("ROLLBACK"));
            return fail(Error::MigrationFailed, tr("Cannot read the schema version of “%1”.").arg(m_path));
        }
        if (current >= target) {
            query.exec(QStringLiteral("COMMIT"));
            continue;
        }
        for (const QString &statement : migrations.at(target - 1)) {
            if (!query.exec(statement)) {
                const QString reason = query.lastError().driverText();
                qCWarning(lcDatabase) << "migration" << target << "failed:" << query.lastError().text();
                query.exec(QStringLiteral("ROLLBACK"));
                return fail(Error::MigrationFailed,
                            tr("Cannot upgrade “%1” to schema %2: %3. The file was not changed.")
                                .arg(QDir::toNativeSeparators(m_path))
                                .arg(target)
                                .arg(reason));
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)) ||
            !query.exec(QStringLiteral("COMMIT"))) {
            const QString reason = query.lastError().driverText();
            query.exec(QStringLiteral("ROLLBACK"));
            return fail(Error::MigrationFailed,
                        tr("Cannot upgrade “%1”: %2").arg(QDir::toNativeSeparators(m_path), reason));
        }
        qCInfo(lcDatabase) << "migrated" << m_path << "to schema" << target;
    }
    return true;
}

} // namespace EpisodeDesk::Models
