// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"

#include "store/connection.h"
#include "store/migrations.h"
#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcDatabase, "episodedesk.store.database")

namespace {

// Any fixed number works, as long as every EpisodeDesk uses the same one ("EpDk" in ASCII).
constexpr qint64 kMigrationLockKey = 0x4570446b;

QMutex &sessionPasswordsMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
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
    return static_cast<int>(schemaMigrations(SqlDialect::SQLite).size());
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
    qCWarning(lcDatabase) << "cannot use database" << m_location.displayName() << ":" << message;
    close();
    return false;
}

bool Database::open(const QString &location, const QString &connectionName, int busyTimeoutMs)
{
    close();
    m_error = Error::None;
    m_errorString.clear();
    m_backupPath.clear();
    QString why;
    const auto parsed = DatabaseLocation::parse(location, &why);
    if (!parsed) {
        m_location = DatabaseLocation();
        return fail(Error::BadLocation, why);
    }
    m_location = *parsed;
    m_connectionName = connectionName;
    const bool ok = m_location.isPostgreSql() ? openPostgreSql(busyTimeoutMs) : openSqlite(busyTimeoutMs);
    if (ok) {
        m_schemaVersion = currentSchemaVersion();
    }
    return ok;
}

bool Database::openSqlite(int busyTimeoutMs)
{
    const QString path = m_location.filePath();
    // Never open the database file ourselves (to sniff its header, say): on POSIX, closing any
    // descriptor of a file drops every lock this process holds on it, including the locks of this
    // process's other SQLite connections, and two processes could then both write. SQLite itself
    // refuses a file that is not a database on the first read below, before anything is written.
    const QFileInfo info(path);
    const bool existedWithContent = info.exists() && info.size() > 0;
    if (!QDir().mkpath(info.absolutePath())) {
        return fail(Error::CannotOpen,
                    Database::tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(info.absolutePath())));
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!m_db.open()) {
        return fail(
            Error::CannotOpen,
            Database::tr("Cannot open “%1”: %2").arg(QDir::toNativeSeparators(path), m_db.lastError().driverText()));
    }

    int version = 0;
    if (!readSchemaVersion(&version)) {
        return fail(
            Error::NotADatabase,
            Database::tr("“%1” is damaged or not an EpisodeDesk database (it is not an SQLite file). It was left "
                         "unchanged.")
                .arg(QDir::toNativeSeparators(path)));
    }
    if (version > currentSchemaVersion()) {
        return fail(
            Error::NewerSchema,
            Database::tr("“%1” was written by a newer version of EpisodeDesk (schema %2; this version knows up to %3). "
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
                            Database::tr("Cannot back up “%1” before upgrading it: %2. Nothing was changed.")
                                .arg(QDir::toNativeSeparators(path), query.lastError().driverText()));
            }
            m_backupPath = backup;
            qCInfo(lcDatabase) << "backed up" << path << "to" << backup << "before migrating from" << version;
        }
        if (!migrate(version)) {
            return false;
        }
    }
    return true;
}

void Database::setSessionPassword(const DatabaseLocation &location, const QString &password)
{
    const QMutexLocker locker(&sessionPasswordsMutex());
    if (password.isEmpty()) {
        sessionPasswords().remove(location.key());
    } else {
        sessionPasswords().insert(location.key(), password);
    }
}

bool Database::openPostgreSql(int busyTimeoutMs)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return fail(Error::NoDriver,
                    Database::tr("This copy of EpisodeDesk cannot reach a team database: Qt's PostgreSQL "
                                 "driver is missing (on Debian and Ubuntu, install libqt6sql6-psql)."));
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    m_db.setHostName(m_location.host());
    if (m_location.port() > 0) {
        m_db.setPort(m_location.port());
    }
    m_db.setUserName(m_location.user());
    m_db.setDatabaseName(m_location.databaseName());
    QStringList options;
    if (!m_location.connectOptions().isEmpty()) {
        options.append(m_location.connectOptions());
    }
    // A server that does not answer must not freeze a window for libpq's default of forever.
    if (!m_location.connectOptions().contains(QLatin1String("connect_timeout="))) {
        options.append(QStringLiteral("connect_timeout=10"));
    }
    if (!m_location.connectOptions().contains(QLatin1String("application_name="))) {
        options.append(QStringLiteral("application_name=EpisodeDesk"));
    }
    // SQLite's busy timeout, as PostgreSQL's lock_timeout: a claim waits this long for a teammate's
    // lock, then gives up cleanly (Busy) instead of hanging. In the connection options, so a reconnect
    // keeps it.
    if (!m_location.connectOptions().contains(QLatin1String("options="))) {
        options.append(QStringLiteral("options='-c lock_timeout=%1'").arg(busyTimeoutMs));
    }
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    {
        const QMutexLocker locker(&sessionPasswordsMutex());
        m_db.setPassword(sessionPasswords().value(m_location.key()));
    }
    if (!m_db.open()) {
        const QString reason = m_db.lastError().driverText().trimmed();
        const QString detail = m_db.lastError().databaseText().trimmed();
        // libpq's words for "the server wants a password we do not have" (they never contain it).
        if (detail.contains(QLatin1String("password"), Qt::CaseInsensitive)) {
            return fail(
                Error::NeedsPassword,
                Database::tr("The team database %1 asks for a password. Put it in ~/.pgpass (or the file PGPASSFILE "
                             "names), or enter it in File → Open team database…, which keeps it in this computer's "
                             "keychain.")
                    .arg(shownName()));
        }
        return fail(Error::CannotOpen,
                    Database::tr("Cannot reach the team database %1: %2")
                        .arg(shownName(), detail.isEmpty() ? reason : detail.section(QLatin1Char('\n'), 0, 0)));
    }
    if (!Connection::setUpSession(m_db)) {
        return fail(Error::CannotOpen,
                    Database::tr("Cannot set up the connection to the team database %1.").arg(shownName()));
    }
    int version = 0;
    bool foreign = false;
    if (!readPostgreSqlSchemaVersion(&version, &foreign)) {
        return fail(
            Error::CannotOpen,
            Database::tr("Cannot read the team database %1: %2").arg(shownName(), m_db.lastError().driverText()));
    }
    if (foreign) {
        return fail(
            Error::NotADatabase,
            Database::tr("The database %1 holds tables that are not EpisodeDesk's. Use an empty database for the team "
                         "(createdb); this one was left unchanged.")
                .arg(shownName()));
    }
    if (version > currentSchemaVersion()) {
        return fail(
            Error::NewerSchema,
            Database::tr("The team database %1 was upgraded by a newer version of EpisodeDesk (schema %2; this version "
                         "knows up to %3). Please update EpisodeDesk. The database was left unchanged.")
                .arg(shownName())
                .arg(version)
                .arg(currentSchemaVersion()));
    }
    if (version < currentSchemaVersion()) {
        return migratePostgreSql();
    }
    return true;
}

bool Database::readPostgreSqlSchemaVersion(int *version, bool *foreign)
{
    QSqlQuery query(m_db);
    *foreign = false;
    if (!query.exec(QStringLiteral("SELECT to_regclass('episodedesk_schema') IS NOT NULL, "
                                   "(SELECT count(*) FROM information_schema.tables "
                                   "WHERE table_schema = current_schema())")) ||
        !query.next()) {
        return false;
    }
    if (!query.value(0).toBool()) {
        *version = 0;
        *foreign = query.value(1).toLongLong() > 0;
        return true;
    }
    if (!query.exec(QStringLiteral("SELECT max(version) FROM episodedesk_schema")) || !query.next()) {
        return false;
    }
    *version = query.value(0).toInt();
    return true;
}

bool Database::migratePostgreSql()
{
    const auto migrations = schemaMigrations(SqlDialect::PostgreSQL);
    QSqlQuery query(m_db);
    const auto failWith = [&](const QString &reason) {
        query.exec(QStringLiteral("ROLLBACK"));
        return fail(
            Error::MigrationFailed,
            Database::tr("Cannot upgrade the team database %1: %2. It was not changed.").arg(shownName(), reason));
    };
    // One transaction for every pending step, under a lock that every EpisodeDesk holds while it
    // migrates: a teammate opening the database at the same moment waits here, then finds the work done.
    // The lock is the transaction's, so a crash releases it with the rollback.
    if (!query.exec(QStringLiteral("BEGIN")) ||
        !query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey))) {
        return failWith(query.lastError().driverText());
    }
    int current = 0;
    bool foreign = false;
    if (!readPostgreSqlSchemaVersion(&current, &foreign) || foreign) {
        return failWith(Database::tr("its tables changed while it was being opened"));
    }
    if (current > currentSchemaVersion()) {
        query.exec(QStringLiteral("ROLLBACK"));
        return fail(Error::NewerSchema,
                    Database::tr("The team database %1 was upgraded by a newer version of EpisodeDesk "
                                 "meanwhile. Please update EpisodeDesk. It was left unchanged.")
                        .arg(shownName()));
    }
    for (int target = current + 1; target <= currentSchemaVersion(); ++target) {
        for (const QString &statement : migrations.at(target - 1)) {
            if (!query.exec(statement)) {
                qCWarning(lcDatabase) << "migration" << target << "failed:" << query.lastError().text();
                return failWith(query.lastError().driverText());
            }
        }
        if (!query.exec(QStringLiteral("INSERT INTO episodedesk_schema (version, applied_at) VALUES (%1, '%2')")
                            .arg(target)
                            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)))) {
            return failWith(query.lastError().driverText());
        }
    }
    if (!query.exec(QStringLiteral("COMMIT"))) {
        return failWith(query.lastError().driverText());
    }
    qCInfo(lcDatabase) << "migrated the team database" << shownName() << "from schema" << current << "to"
                       << currentSchemaVersion();
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
                    Database::tr("Cannot switch “%1” to write-ahead logging. Is the folder writable?")
                        .arg(QDir::toNativeSeparators(m_location.filePath())));
    }
    for (const auto *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
        if (!query.exec(QLatin1String(pragma))) {
            return fail(Error::CannotOpen,
                        Database::tr("Cannot configure “%1”: %2")
                            .arg(QDir::toNativeSeparators(m_location.filePath()), query.lastError().driverText()));
        }
    }
    return true;
}

bool Database::migrate(int fromVersion)
{
    const auto migrations = schemaMigrations(SqlDialect::SQLite);
    QSqlQuery query(m_db);
    for (int target = fromVersion + 1; target <= currentSchemaVersion(); ++target) {
        // IMMEDIATE takes the write lock up front, so two processes opening a new file at once migrate
        // one after the other; the second re-reads the version and finds nothing to do.
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            return fail(Error::MigrationFailed,
                        Database::tr("Cannot upgrade “%1”: %2")
                            .arg(QDir::toNativeSeparators(m_location.filePath()), query.lastError().driverText()));
        }
        int current = 0;
        if (!readSchemaVersion(&current)) {
            query.exec(QStringLiteral("ROLLBACK"));
            return fail(Error::MigrationFailed,
                        Database::tr("Cannot read the schema version of “%1”.").arg(m_location.filePath()));
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
                            Database::tr("Cannot upgrade “%1” to schema %2: %3. The file was not changed.")
                                .arg(QDir::toNativeSeparators(m_location.filePath()))
                                .arg(target)
                                .arg(reason));
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)) ||
            !query.exec(QStringLiteral("COMMIT"))) {
            const QString reason = query.lastError().driverText();
            query.exec(QStringLiteral("ROLLBACK"));
            return fail(
                Error::MigrationFailed,
                Database::tr("Cannot upgrade “%1”: %2").arg(QDir::toNativeSeparators(m_location.filePath()), reason));
        }
        qCInfo(lcDatabase) << "migrated" << m_location.filePath() << "to schema" << target;
    }
    return true;
}

} // namespace EpisodeDesk::Models
