// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// A team database on a real PostgreSQL server (the `postgres` fixture's): the schema is created on an
// empty database and nowhere else, teammates migrating at once do not collide, a change reaches the
// other connections as it commits, a password never rides in the address, and a connection the server
// dropped comes back. Each test has a fresh database of its own (TestDatabase).
#include "posting/claimant.h"
#include "posting/postingstore.h"
#include "store/accountstore.h"
#include "store/changewatcher.h"
#include "store/connection.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/migrations.h"
#include "store/tweetstore.h"
#include "testdatabase.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <latch>
#include <memory>
#include <vector>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;

namespace {

// Every table of the database's schema with its row count, in name order: what "left untouched" means.
QStringList tableDump(const QSqlDatabase &db)
{
    QStringList dump;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                    "WHERE table_schema = current_schema() ORDER BY table_name"))) {
        return {QStringLiteral("error: ") + tables.lastError().text()};
    }
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name)) || !count.next()) {
            dump.append(name + QStringLiteral(": error"));
            continue;
        }
        dump.append(name + QStringLiteral(": ") + count.value(0).toString());
    }
    return dump;
}

QStringList tableNames(const QSqlDatabase &db)
{
    QStringList names = db.tables(QSql::Tables);
    names.sort();
    return names;
}

// The schema versions recorded, each with how often: "1x1", "2x1", ...
QStringList schemaRows(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT version, count(*) FROM episodedesk_schema GROUP BY version ORDER BY version"))) {
        return {QStringLiteral("error: ") + query.lastError().text()};
    }
    QStringList rows;
    while (query.next()) {
        rows.append(QStringLiteral("%1x%2").arg(query.value(0).toInt()).arg(query.value(1).toInt()));
    }
    return rows;
}

QStringList expectedSchemaRows()
{
    QStringList rows;
    for (int version = 1; version <= Database::currentSchemaVersion(); ++version) {
        rows.append(QStringLiteral("%1x1").arg(version));
    }
    return rows;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

// Whether a backend of that pid is still connected to the server (asked on another connection).
bool backendAlive(const TestConnection &admin, qint64 pid)
{
    return scalar(admin.db(), QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = %1").arg(pid)).toInt() >
        0;
}

// Every message Qt's logging prints while it lives, so a test can prove a secret is never in one.
class LogCapture final
{
public:
    LogCapture() { s_previous = qInstallMessageHandler(&LogCapture::handle); }
    ~LogCapture()
    {
        qInstallMessageHandler(s_previous);
        s_messages.clear();
    }
    Q_DISABLE_COPY_MOVE(LogCapture)
    static QStringList messages() { return s_messages; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        s_messages.append(message);
        if (s_previous) {
            s_previous(type, context, message);
        }
    }
    static inline QtMessageHandler s_previous = nullptr;
    static inline QStringList s_messages;
};

// One committed write on its own connection in another thread, as the posting worker makes them.
bool addEpisodeOnAnotherThread(const QString &location, const QString &title, QString *error)
{
    bool ok = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        Database db;
        if (!db.open(location, QStringLiteral("writer-thread"))) {
            *error = db.errorString();
            return;
        }
        Episode episode;
        episode.title = title;
        ok = EpisodeStore(db.connection()).add(episode).has_value();
        if (!ok) {
            *error = QStringLiteral("EpisodeStore::add failed");
        }
    }));
    thread->start();
    thread->wait();
    return ok;
}

} // namespace

class TeamDatabaseTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(TestDatabase::isPostgreSql());
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        // The CLI runs below keep their state (a journal, the keychain) out of the user's home.
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    }

    void emptyDatabaseGetsTheSchema()
    {
        TestDatabase database(m_dir.path());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
        Database db;
        QVERIFY2(db.open(database.location(), QStringLiteral("schema")), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT max(version) FROM episodedesk_schema")).toInt(),
                 Database::currentSchemaVersion());
        QCOMPARE(schemaRows(db.connection()), expectedSchemaRows());
        const QStringList tables = tableNames(db.connection());
        for (const char *table : {"episodes", "tweet_configs", "post_attempts", "accounts", "settings"}) {
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        }
        // No change log and no full-text index on PostgreSQL (the watcher LISTENs instead).
        QVERIFY(!tables.contains(QStringLiteral("row_changes")));

        // Opening again changes nothing.
        const QStringList before = tableDump(db.connection());
        db.close();
        QVERIFY2(db.open(database.location(), QStringLiteral("schema")), qPrintable(db.errorString()));
        QCOMPARE(tableDump(db.connection()), before);
    }

    void foreignDatabaseIsRefusedUntouched()
    {
        TestDatabase database(m_dir.path());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
        TestConnection raw(database.location());
        QVERIFY2(raw.isOpen(), qPrintable(raw.errorString()));
        QString error;
        QVERIFY2(raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total TEXT)"), &error),
                 qPrintable(error));
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO invoices VALUES (1, '12.50')"), &error), qPrintable(error));
        const QStringList before = tableDump(raw.db());

        Database db;
        QVERIFY(!db.open(database.location(), QStringLiteral("foreign")));
        QCOMPARE(db.error(), Database::Error::NotADatabase);
        QVERIFY2(db.errorString().contains(QLatin1String("left unchanged")), qPrintable(db.errorString()));
        QVERIFY(!db.isOpen());
        QCOMPARE(tableDump(raw.db()), before);
        QCOMPARE(before, QStringList {QStringLiteral("invoices: 1")});
    }

    void newerSchemaIsRefusedUntouched()
    {
        TestDatabase database(m_dir.path());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
        {
            Database db;
            QVERIFY2(db.open(database.location(), QStringLiteral("first")), qPrintable(db.errorString()));
            Episode episode;
            episode.title = QStringLiteral("Kept");
            QVERIFY(EpisodeStore(db.connection()).add(episode));
        }
        TestConnection raw(database.location());
        QVERIFY2(raw.isOpen(), qPrintable(raw.errorString()));
        QString error;
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO episodedesk_schema (version, applied_at) VALUES (99, 'later')"),
                          &error),
                 qPrintable(error));
        const QStringList before = tableDump(raw.db());

        Database db;
        QVERIFY(!db.open(database.location(), QStringLiteral("newer")));
        QCOMPARE(db.error(), Database::Error::NewerSchema);
        QVERIFY2(db.errorString().contains(QLatin1String("99")), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(QLatin1String("left unchanged")), qPrintable(db.errorString()));
        QCOMPARE(tableDump(raw.db()), before);
        QVERIFY(before.contains(QStringLiteral("episodes: 1")));
        QVERIFY(before.contains(QStringLiteral("episodedesk_schema: %1").arg(Database::currentSchemaVersion() + 1)));
    }

    void migrationsRacingInThreads()
    {
        const QStringList reference = referenceTables();
        QVERIFY(!reference.isEmpty());
        constexpr int kThreads = 8;
        for (int round = 0; round < 3; ++round) {
            TestDatabase database(m_dir.path());
            QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
            std::latch ready(kThreads);
            std::vector<QString> errors(kThreads);
            std::vector<int> versions(kThreads, -1);
            std::vector<std::unique_ptr<QThread>> threads;
            for (int i = 0; i < kThreads; ++i) {
                threads.emplace_back(QThread::create([&, i] {
                    Database db;
                    // Every thread at the door before any opens: they migrate at the same moment.
                    ready.arrive_and_wait();
                    if (db.open(database.location(), QStringLiteral("race-%1").arg(i))) {
                        versions[i] = db.schemaVersion();
                    } else {
                        errors[i] = db.errorString();
                    }
                }));
                threads.back()->start();
            }
            for (auto &thread : threads) {
                QVERIFY(thread->wait(60000));
            }
            for (int i = 0; i < kThreads; ++i) {
                QVERIFY2(errors[i].isEmpty(), qPrintable(QStringLiteral("thread %1: %2").arg(i).arg(errors[i])));
                QCOMPARE(versions[i], Database::currentSchemaVersion());
            }
            TestConnection check(database.location());
            QVERIFY2(check.isOpen(), qPrintable(check.errorString()));
            QCOMPARE(schemaRows(check.db()), expectedSchemaRows());
            QCOMPARE(tableNames(check.db()), reference);
        }
    }

    void migrationsRacingInProcesses()
    {
        const QStringList reference = referenceTables();
        QVERIFY(!reference.isEmpty());
        constexpr int kProcesses = 4;
        for (int round = 0; round < 3; ++round) {
            TestDatabase database(m_dir.path());
            QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < kProcesses; ++i) {
                auto process = std::make_unique<QProcess>();
                process->setProgram(QStringLiteral(EPISODEDESK_APP_BINARY));
                process->setArguments(
                    {QStringLiteral("--db"), database.location(), QStringLiteral("episodes"), QStringLiteral("list")});
                processes.push_back(std::move(process));
            }
            for (auto &process : processes) {
                process->start();
            }
            for (auto &process : processes) {
                QVERIFY(process->waitForFinished(60000));
                const QString err = QString::fromUtf8(process->readAllStandardError());
                QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0, qPrintable(err));
                QVERIFY2(!err.contains(QLatin1String("Sanitizer:")), qPrintable(err));
            }
            TestConnection check(database.location());
            QVERIFY2(check.isOpen(), qPrintable(check.errorString()));
            QCOMPARE(schemaRows(check.db()), expectedSchemaRows());
            QCOMPARE(tableNames(check.db()), reference);
        }
    }

    void changeReachesAnotherThreadsConnection()
    {
        TestDatabase database(m_dir.path());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
        Database db;
        QVERIFY2(db.open(database.location(), QStringLiteral("window")), qPrintable(db.errorString()));
        ChangeWatcher watcher(db.connection());
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.start();
        QVERIFY(watcher.isOnline());
        for (int round = 0; round < 5; ++round) {
            const int before = int(changed.count());
            QString error;
            QVERIFY2(addEpisodeOnAnotherThread(database.location(), QStringLiteral("Round %1").arg(round), &error),
                     qPrintable(error));
            // Committed before the thread ended: within a second, without polling.
            QTRY_VERIFY_WITH_TIMEOUT(changed.count() > before, 1000);
        }
    }

    void healthyConnectionIsNotLost()
    {
        TestDatabase database(m_dir.path());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
        Database db;
        QVERIFY2(db.open(database.location(), QStringLiteral("healthy")), qPrintable(db.errorString()));
        const qint64 pid = scalar(db.connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        QVERIFY(!Connection::isLost(db.connection()));
        // Nothing to restore: the session stays the same one.
        QVERIFY(Connection::restoreIfLost(db.connection()));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong(), pid);
        // The heartbeat of a watcher on it finds it well, again and again: no "reconnecting…" flapping.
        ChangeWatcher watcher(db.connection());
        QSignalSpy online(&watcher, &ChangeWatcher::onlineChanged);
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.start();
        for (int beat = 0; beat < 5; ++beat) {
            watcher.check();
            QVERIFY(watcher.isOnline());
        }
        QCOMPARE(online.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong(), pid);
    }

    void changeReachesAnotherProcessesConnection()
    {
        TestDatabase database(m_dir.path());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
        Database db;
        QVERIFY2(db.open(database.location(), QStringLiteral("window")), qPrintable(db.errorString()));
        ChangeWatcher watcher(db.connection());
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.start();
        for (int round = 0; round < 3; ++round) {
            const int before = int(changed.count());
            QProcess cli;
            cli.setProgram(QStringLiteral(EPISODEDESK_APP_BINARY));
            cli.setArguments({QStringLiteral("--db"), database.location(), QStringLiteral("episodes"),
                              QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("From a teammate")});
            cli.start();
            QVERIFY(cli.waitForFinished(60000));
            QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
            QTRY_VERIFY_WITH_TIMEOUT(changed.count() > before, 1000);
        }
        QCOMPARE(EpisodeStore(db.connection()).listing().size(), 3);
    }

    void rolledBackWriteDoesNotNotify()
    {
        TestDatabase database(m_dir.path());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
        Database db;
        QVERIFY2(db.open(database.location(), QStringLiteral("window")), qPrintable(db.errorString()));
        ChangeWatcher watcher(db.connection());
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.start();
        // Which tables the notifications name (the trigger's payload), in the order they arrive.
        QStringList payloads;
        connect(db.connection().driver(), &QSqlDriver::notification, this,
                [&payloads](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                    payloads.append(payload.toString());
                });

        Database other;
        QVERIFY2(other.open(database.location(), QStringLiteral("teammate")), qPrintable(other.errorString()));
        QSqlQuery query(other.connection());
        for (int round = 1; round <= 3; ++round) {
            QVERIFY(query.exec(QStringLiteral("BEGIN")));
            QVERIFY2(query.exec(QStringLiteral("INSERT INTO episodes (title, created_at, updated_at) "
                                               "VALUES ('never', '2026-01-01', '2026-01-01')")),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
            // A committed write after it: notifications arrive in commit order, so when this one is
            // here, a notification of the rolled-back insert would be too.
            QVERIFY2(
                query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('marker%1', 'x')").arg(round)),
                qPrintable(query.lastError().text()));
            QTRY_COMPARE_WITH_TIMEOUT(payloads.size(), round, 1000);
            QTRY_COMPARE_WITH_TIMEOUT(int(changed.count()), round, 1000);
        }
        QCOMPARE(payloads, QStringList(3, QStringLiteral("settings")));
        QCOMPARE(EpisodeStore(db.connection()).listing().size(), 0);
    }

    void passwordInTheAddressIsRefused_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("user-info") << QStringLiteral("postgresql://postgres:%1@127.0.0.1:%2/%3");
        QTest::newRow("query") << QStringLiteral("postgresql://postgres@127.0.0.1:%2/%3?password=%1");
        QTest::newRow("query-among-options")
            << QStringLiteral("postgresql://postgres@127.0.0.1:%2/%3?sslmode=disable&password=%1&application_name=x");
        QTest::newRow("postgres-scheme") << QStringLiteral("postgres://postgres:%1@127.0.0.1:%2/%3");
    }

    void passwordInTheAddressIsRefused()
    {
        QFETCH(QString, form);
        TestDatabase database(m_dir.path());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
        const QUrl url(database.location());
        const QString secret = QStringLiteral("Sup3rS3cretPw");
        const QString location = form.arg(secret).arg(url.port()).arg(database.databaseName());
        LogCapture log;
        Database db;
        QVERIFY(!db.open(location, QStringLiteral("password")));
        QCOMPARE(db.error(), Database::Error::BadLocation);
        QVERIFY(!db.errorString().isEmpty());
        QVERIFY2(!db.errorString().contains(secret), qPrintable(db.errorString()));
        QVERIFY2(!db.path().contains(secret), qPrintable(db.path()));
        for (const QString &message : LogCapture::messages()) {
            QVERIFY2(!message.contains(secret), qPrintable(message));
        }
        // Nothing was created on the way.
        TestConnection raw(database.location());
        QVERIFY2(raw.isOpen(), qPrintable(raw.errorString()));
        QCOMPARE(tableDump(raw.db()), QStringList());
    }

    void optionsPassThrough()
    {
        TestDatabase database(m_dir.path());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
        const QString location = database.location() + QStringLiteral("?sslmode=disable&application_name=x");
        Database db;
        QVERIFY2(db.open(location, QStringLiteral("options")), qPrintable(db.errorString()));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT current_setting('application_name')")).toString(),
                 QStringLiteral("x"));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
                     .toBool(),
                 false);
        // Without the option, the server sees who is connected.
        Database plain;
        QVERIFY2(plain.open(database.location(), QStringLiteral("plain")), qPrintable(plain.errorString()));
        QCOMPARE(scalar(plain.connection(), QStringLiteral("SELECT current_setting('application_name')")).toString(),
                 QStringLiteral("EpisodeDesk"));
    }

    void terminatedSessionIsLostAndRestored()
    {
        TestDatabase database(m_dir.path());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
        Database db;
        QVERIFY2(db.open(database.location(), QStringLiteral("terminated")), qPrintable(db.errorString()));
        TestConnection admin(database.location());
        QVERIFY2(admin.isOpen(), qPrintable(admin.errorString()));
        for (int round = 0; round < 3; ++round) {
            QVERIFY(!Connection::isLost(db.connection()));
            const qint64 pid = scalar(db.connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
            QVERIFY(pid > 0);
            // The second argument waits until the backend is gone.
            QVERIFY(scalar(admin.db(), QStringLiteral("SELECT pg_terminate_backend(%1, 10000)").arg(pid)).toBool());
            QVERIFY(!backendAlive(admin, pid));

            QSqlQuery query(db.connection());
            QVERIFY(!query.exec(QStringLiteral("SELECT 1")));
            QVERIFY(Connection::isLost(db.connection()));
            QVERIFY(Connection::restoreIfLost(db.connection()));
            QVERIFY(!Connection::isLost(db.connection()));
            const qint64 newPid = scalar(db.connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
            QVERIFY(newPid > 0 && newPid != pid);
            // The new session is set up like the first.
            QCOMPARE(scalar(db.connection(), QStringLiteral("SHOW statement_timeout")).toString(),
                     QStringLiteral("1min"));
            QCOMPARE(scalar(db.connection(), QStringLiteral("SELECT current_setting('application_name')")).toString(),
                     QStringLiteral("EpisodeDesk"));
            Episode episode;
            episode.title = QStringLiteral("After %1").arg(round);
            QVERIFY(EpisodeStore(db.connection()).add(episode));
        }
        QCOMPARE(scalar(admin.db(), QStringLiteral("SELECT count(*) FROM episodes")).toInt(), 3);
    }

    void idleSessionTimeoutThenAClaimStillWorks()
    {
        TestDatabase database(m_dir.path());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
        qint64 tweetId = 0;
        {
            Database setup;
            QVERIFY2(setup.open(database.location(), QStringLiteral("setup")), qPrintable(setup.errorString()));
            Account account;
            account.name = QStringLiteral("Sandbox");
            account.kind = AccountKind::Sandbox;
            const auto accountId = AccountStore(setup.connection()).add(account);
            QVERIFY(accountId);
            Episode episode;
            episode.title = QStringLiteral("Idle");
            const auto episodeId = EpisodeStore(setup.connection()).add(episode);
            QVERIFY(episodeId);
            TweetConfig tweet;
            tweet.episodeId = *episodeId;
            tweet.accountId = *accountId;
            tweet.text = QStringLiteral("Out now");
            tweetId = TweetStore(setup.connection()).add(tweet).value_or(0);
            QVERIFY(tweetId > 0);
        }
        TestConnection admin(database.location());
        QVERIFY2(admin.isOpen(), qPrintable(admin.errorString()));
        QString error;
        QVERIFY2(
            admin.exec(
                QStringLiteral("ALTER DATABASE %1 SET idle_session_timeout = '300ms'").arg(database.databaseName()),
                &error),
            qPrintable(error));

        Database db;
        QVERIFY2(db.open(database.location(), QStringLiteral("idle")), qPrintable(db.errorString()));
        QCOMPARE(scalar(db.connection(), QStringLiteral("SHOW idle_session_timeout")).toString(),
                 QStringLiteral("300ms"));
        const qint64 pid = scalar(db.connection(), QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        // The server ends the idle session by itself (asked on another connection, which does not touch it).
        QTRY_VERIFY_WITH_TIMEOUT(!backendAlive(admin, pid), 10000);

        // The store's BEGIN finds the connection gone and opens it again; the claim goes through.
        PostingStore store(
            db.connection(), Claimant::current(), [] { return QDateTime::currentDateTimeUtc(); }, 5000);
        const ClaimResult claim = store.claim(tweetId);
        QVERIFY2(claim.ok(), qPrintable(claim.message));
        QVERIFY(!Connection::isLost(db.connection()));
        QSqlQuery check(admin.db());
        QVERIFY(check.exec(QStringLiteral("SELECT status, attempt_id FROM tweet_configs WHERE id = %1").arg(tweetId)));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("posting"));
        QCOMPARE(check.value(1).toString(), claim.attemptId);
    }

private:
    // The tables one EpisodeDesk creates by itself on an empty database.
    QStringList referenceTables()
    {
        TestDatabase database(m_dir.path(), QStringLiteral("reference"));
        if (database.location().isEmpty()) {
            qWarning() << database.errorString();
            return {};
        }
        Database db;
        if (!db.open(database.location(), QStringLiteral("reference"))) {
            qWarning() << db.errorString();
            return {};
        }
        return tableNames(db.connection());
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TeamDatabaseTest)
#include "test_teamdatabase.moc"
