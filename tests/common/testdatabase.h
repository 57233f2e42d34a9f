// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The database a test runs against, on the backend ctest chose. A test registered with
// `BACKENDS sqlite postgresql` (cmake/EpisodeDeskHelpers.cmake) runs twice: as NAME on SQLite, and as
// NAME_postgresql with EPISODEDESK_TEST_BACKEND=postgresql and EPISODEDESK_TEST_PG_ADMIN (the admin URI of
// the server the `postgres` fixture started). The test itself only asks for a location:
//
//     QTemporaryDir dir;
//     TestDatabase database(dir.path());
//     QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
//     auto db = Database::open(database.location(), ...);   // what --db takes, too
//
// On SQLite the location is <folder>/<name>.sqlite (the file does not exist yet). On PostgreSQL it is a
// fresh, empty database of its own on the shared server (so tests running in parallel never meet), dropped
// again by the destructor. A second TestDatabase with another name is a second fresh database (a copy's
// target). When the server is missing the location is empty and errorString() says why: the test fails,
// it is never skipped.

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace EpisodeDesk::Tests {

namespace Detail {

// Connection names are per process: every helper connection gets its own, so none ever replaces another.
inline QString uniqueConnectionName(const QString &purpose)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("%1-%2-%3").arg(purpose).arg(QCoreApplication::applicationPid()).arg(++counter);
}

} // namespace Detail

// Whether a location names a PostgreSQL database (a libpq URI) rather than an SQLite file.
inline bool isPostgreSqlLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

// A QSqlDatabase connection of its own to a location (an SQLite path or a postgresql:// URI), opened by
// the constructor and removed by the destructor; for reading or writing behind the stores' back.
class TestConnection final
{
public:
    explicit TestConnection(const QString &location)
        : m_name(Detail::uniqueConnectionName(QStringLiteral("testconnection")))
    {
        QSqlDatabase db;
        if (isPostgreSqlLocation(location)) {
            const QUrl url(location);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            // Fail fast when the server is not there, instead of libpq's default of waiting forever.
            QStringList options {QStringLiteral("connect_timeout=10")};
            const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
            for (const auto &[key, value] : items) {
                options.append(key + QLatin1Char('=') + value);
            }
            db.setConnectOptions(options.join(QLatin1Char(';')));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
            db.setDatabaseName(location);
        }
        if (!db.open()) {
            m_error = db.lastError().text();
        }
    }

    ~TestConnection()
    {
        {
            auto db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    Q_DISABLE_COPY_MOVE(TestConnection)

    bool isOpen() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement; on failure returns false and says why in *error.
    bool exec(const QString &sql, QString *error = nullptr) const
    {
        QSqlQuery query(db());
        if (query.exec(sql)) {
            return true;
        }
        if (error) {
            *error = query.lastError().text();
        }
        return false;
    }

private:
    QString m_name;
    QString m_error;
};

class TestDatabase final
{
public:
    // A database on the backend ctest chose (EPISODEDESK_TEST_BACKEND); folder is the test's
    // QTemporaryDir, name tells several databases of one test apart.
    explicit TestDatabase(const QString &folder, const QString &name = QStringLiteral("episodedesk"))
        : TestDatabase(folder, name, isPostgreSql() ? qEnvironmentVariable("EPISODEDESK_TEST_PG_ADMIN") : QString(),
                       isPostgreSql())
    { }

    // A fresh database on the PostgreSQL server at adminLocation (e.g. a PrivatePostgres), whatever the
    // backend ctest chose.
    static TestDatabase onServer(const QString &adminLocation, const QString &name = QStringLiteral("episodedesk"))
    {
        return TestDatabase(QString(), name, adminLocation, true);
    }

    ~TestDatabase()
    {
        if (m_databaseName.isEmpty()) {
            return;
        }
        // FORCE: a test that failed half-way may still hold connections to it (or a child process may).
        TestConnection admin(m_adminLocation);
        if (!admin.isOpen() ||
            !admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName))) {
            qWarning("TestDatabase: could not drop database %s", qPrintable(m_databaseName));
        }
    }

    TestDatabase(TestDatabase &&other) noexcept
        : m_location(std::exchange(other.m_location, {})),
          m_error(std::exchange(other.m_error, {})),
          m_adminLocation(std::exchange(other.m_adminLocation, {})),
          m_databaseName(std::exchange(other.m_databaseName, {}))
    { }
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;
    TestDatabase &operator=(TestDatabase &&) = delete;

    // What Database::open and --db take; empty when the database could not be made (see errorString()).
    QString location() const { return m_location; }
    QString errorString() const { return m_error; }
    // The PostgreSQL database's name (ed_<pid>_<n>_<random>); empty on SQLite.
    QString databaseName() const { return m_databaseName; }

    static bool isPostgreSql() { return backendName() == QLatin1String("postgresql"); }
    // "sqlite" or "postgresql", for messages and data-driven row names.
    static QString backendName()
    {
        const auto backend = qEnvironmentVariable("EPISODEDESK_TEST_BACKEND");
        return backend.isEmpty() ? QStringLiteral("sqlite") : backend;
    }

private:
    TestDatabase(const QString &folder, const QString &name, const QString &adminLocation, bool postgreSql)
        : m_adminLocation(adminLocation)
    {
        if (const auto backend = backendName();
            backend != QLatin1String("sqlite") && backend != QLatin1String("postgresql")) {
            // A typo must not run the SQLite suite a second time under a PostgreSQL name.
            m_error = QStringLiteral("EPISODEDESK_TEST_BACKEND is '%1': use sqlite or postgresql").arg(backend);
            return;
        }
        if (!postgreSql) {
            m_location = folder + QLatin1Char('/') + name + QStringLiteral(".sqlite");
            return;
        }
        if (adminLocation.isEmpty()) {
            m_error = QStringLiteral("EPISODEDESK_TEST_BACKEND is postgresql but EPISODEDESK_TEST_PG_ADMIN is not "
                                     "set: run the test through ctest (the postgres fixture starts the server)");
            return;
        }
        if (!isPostgreSqlLocation(adminLocation)) {
            m_error = QStringLiteral("the admin location '%1' is not a postgresql:// URI").arg(adminLocation);
            return;
        }
        TestConnection admin(adminLocation);
        if (!admin.isOpen()) {
            m_error = QStringLiteral("cannot reach the test PostgreSQL server at %1 (is the postgres_start "
                                     "fixture running?): %2")
                          .arg(adminLocation, admin.errorString());
            return;
        }
        // pid + counter keep one process's databases apart, the random part processes that reuse a pid;
        // unquoted lowercase, so it needs no quoting in SQL.
        static QAtomicInteger<quint64> counter;
        const auto databaseName = QStringLiteral("ed_%1_%2_%3")
                                      .arg(QCoreApplication::applicationPid())
                                      .arg(++counter)
                                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        QString error;
        if (!admin.exec(QStringLiteral("CREATE DATABASE %1").arg(databaseName), &error)) {
            m_error = QStringLiteral("CREATE DATABASE %1 failed: %2").arg(databaseName, error);
            return;
        }
        m_databaseName = databaseName;
        QUrl url(adminLocation);
        url.setPath(QLatin1Char('/') + databaseName);
        m_location = url.toString();
    }

    QString m_location;
    QString m_error;
    QString m_adminLocation;
    QString m_databaseName;
};

// Takes the database's write lock on `query`'s connection and keeps it until COMMIT or ROLLBACK, as
// another window or process writing would: BEGIN IMMEDIATE on SQLite; on PostgreSQL, tables locked in
// EXCLUSIVE mode (reads go on, every write and SELECT … FOR UPDATE waits, as on SQLite).
inline bool beginWriteLock(QSqlQuery &query)
{
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL) {
        return query.exec(QStringLiteral("BEGIN")) &&
            query.exec(QStringLiteral("LOCK TABLE accounts, episodes, tweet_configs, post_attempts, account_limits, "
                                      "settings IN EXCLUSIVE MODE"));
    }
    return query.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

} // namespace EpisodeDesk::Tests
