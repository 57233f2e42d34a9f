// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The PostgreSQL test infrastructure itself (tests/common): the suites that run on both backends rest on
// TestDatabase handing each test a database of its own, and the failover tests on PrivatePostgres
// crashing and restarting a server without losing committed data.
#include "privatepostgres.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace EpisodeDesk::Tests;

namespace {

// Whether the database at adminLocation's server has a database of this name.
bool databaseExists(const QString &adminLocation, const QString &name, QString *error)
{
    TestConnection admin(adminLocation);
    if (!admin.isOpen()) {
        *error = admin.errorString();
        return false;
    }
    QSqlQuery query(admin.db());
    query.prepare(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return query.next();
}

bool tableExists(const TestConnection &connection, const QString &table)
{
    return connection.db().tables().contains(table);
}

} // namespace

class TestPostgresTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backendIsPostgreSql()
    {
        // Registered with BACKENDS postgresql only: ctest must have said so, with the fixture's server.
        QVERIFY(TestDatabase::isPostgreSql());
        QCOMPARE(TestDatabase::backendName(), QStringLiteral("postgresql"));
        QVERIFY(!qEnvironmentVariable("EPISODEDESK_TEST_PG_ADMIN").isEmpty());
    }

    void twoDatabasesAreDistinctAndDroppedAfterwards()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto admin = qEnvironmentVariable("EPISODEDESK_TEST_PG_ADMIN");
        QString firstName;
        QString secondName;
        {
            TestDatabase first(dir.path());
            TestDatabase second(dir.path(), QStringLiteral("target"));
            QVERIFY2(!first.location().isEmpty(), qPrintable(first.errorString()));
            QVERIFY2(!second.location().isEmpty(), qPrintable(second.errorString()));
            QVERIFY(first.location() != second.location());
            QVERIFY(first.location().startsWith(QStringLiteral("postgresql://postgres@127.0.0.1:")));
            QVERIFY(first.location().endsWith(QLatin1Char('/') + first.databaseName()));
            QVERIFY(first.databaseName().startsWith(QStringLiteral("ed_%1_").arg(QCoreApplication::applicationPid())));
            firstName = first.databaseName();
            secondName = second.databaseName();

            TestConnection one(first.location());
            TestConnection two(second.location());
            QVERIFY2(one.isOpen(), qPrintable(one.errorString()));
            QVERIFY2(two.isOpen(), qPrintable(two.errorString()));
            QCOMPARE(one.db().driverName(), QStringLiteral("QPSQL"));
            QString error;
            QVERIFY2(one.exec(QStringLiteral("CREATE TABLE only_here (id INTEGER PRIMARY KEY)"), &error),
                     qPrintable(error));
            QVERIFY(tableExists(one, QStringLiteral("only_here")));
            QVERIFY(!tableExists(two, QStringLiteral("only_here")));

            QVERIFY2(databaseExists(admin, firstName, &error), qPrintable(error));
            QVERIFY2(databaseExists(admin, secondName, &error), qPrintable(error));
            // `one` and `two` are still connected here: the drop must not wait for them.
        }
        QString error;
        QVERIFY(!databaseExists(admin, firstName, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!databaseExists(admin, secondName, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void unreachableServerFailsWithAReason()
    {
        // Nothing listens on port 1: TestDatabase must say so, not hand out a location.
        auto database = TestDatabase::onServer(QStringLiteral("postgresql://postgres@127.0.0.1:1/postgres"));
        QVERIFY(database.location().isEmpty());
        QVERIFY2(database.errorString().contains(QLatin1String("cannot reach")), qPrintable(database.errorString()));
    }

    void missingAdminLocationFailsWithAReason()
    {
        const auto admin = qgetenv("EPISODEDESK_TEST_PG_ADMIN");
        qunsetenv("EPISODEDESK_TEST_PG_ADMIN");
        QTemporaryDir dir;
        TestDatabase database(dir.path());
        qputenv("EPISODEDESK_TEST_PG_ADMIN", admin);
        QVERIFY(database.location().isEmpty());
        QVERIFY2(database.errorString().contains(QLatin1String("EPISODEDESK_TEST_PG_ADMIN is not set")),
                 qPrintable(database.errorString()));

        // Not a URI: refused, rather than taken for an SQLite file name.
        auto notAUri = TestDatabase::onServer(QStringLiteral("postgres"));
        QVERIFY(notAUri.location().isEmpty());
        QVERIFY2(notAUri.errorString().contains(QLatin1String("not a postgresql:// URI")),
                 qPrintable(notAUri.errorString()));
    }

    void privateServerSurvivesAnImmediateStop()
    {
        PrivatePostgres server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(server.isRunning());
        QVERIFY(server.port() != 0);
        QCOMPARE(server.adminLocation(),
                 QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(server.port()));
        // Not the shared fixture's server.
        QVERIFY(server.adminLocation() != qEnvironmentVariable("EPISODEDESK_TEST_PG_ADMIN"));

        auto database = TestDatabase::onServer(server.adminLocation());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
        {
            TestConnection before(database.location());
            QVERIFY2(before.isOpen(), qPrintable(before.errorString()));
            QString error;
            QVERIFY2(before.exec(QStringLiteral("CREATE TABLE kept (value TEXT)"), &error), qPrintable(error));
            QVERIFY2(before.exec(QStringLiteral("INSERT INTO kept VALUES ('committed')"), &error), qPrintable(error));

            QVERIFY2(server.stopImmediately(), qPrintable(server.errorString()));
            QVERIFY(!server.isRunning());
            QVERIFY(!before.exec(QStringLiteral("SELECT value FROM kept"), &error));
            TestConnection during(database.location());
            QVERIFY(!during.isOpen());

            const auto port = server.port();
            QVERIFY2(server.start(), qPrintable(server.errorString()));
            QCOMPARE(server.port(), port);
        }
        TestConnection after(database.location());
        QVERIFY2(after.isOpen(), qPrintable(after.errorString()));
        QSqlQuery query(after.db());
        QVERIFY2(query.exec(QStringLiteral("SELECT value FROM kept")), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("committed"));
        QVERIFY(!query.next());

        QVERIFY2(server.restart(), qPrintable(server.errorString()));
        TestConnection afterRestart(database.location());
        QVERIFY2(afterRestart.isOpen(), qPrintable(afterRestart.errorString()));
    }

    void stopDeletesTheServer()
    {
        PrivatePostgres server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const auto admin = server.adminLocation();
        QVERIFY2(server.stop(), qPrintable(server.errorString()));
        QVERIFY(!server.isRunning());
        QVERIFY(server.adminLocation().isEmpty());
        TestConnection gone(admin);
        QVERIFY(!gone.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestPostgresTest)
#include "test_testpostgres.moc"
