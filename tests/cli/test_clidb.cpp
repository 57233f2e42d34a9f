// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// episodedesk db info | db copy, run as a person moving a show to the team database would run them.
#include "clirunner.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;

namespace {

const QByteArray keysJson = R"({"consumer_key":"db-ck","consumer_secret":"db-cs","access_token":"db-at",
                                "access_token_secret":"db-ats"})";

QJsonArray jsonList(const CliDatabase &db, const char *group)
{
    const CliResult result = db.run({QLatin1String(group), QStringLiteral("list"), QStringLiteral("--json")});
    if (result.exitCode != 0) {
        qWarning() << group << "list failed:" << result.exitCode << result.err;
    }
    return QJsonDocument::fromJson(result.out.toUtf8()).array();
}

} // namespace

class CliDbTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_source = std::make_unique<CliDatabase>(m_dir->filePath(QStringLiteral("show.sqlite")));
    }

    void cleanup()
    {
        m_source.reset();
        m_dir.reset();
    }

    void infoOnTheBackend()
    {
        TestDatabase database(m_dir->path());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
        const CliDatabase db(database.location());

        const CliResult json = db.run({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject info = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(info.keys(),
                 (QStringList {QStringLiteral("backend"), QStringLiteral("display_name"), QStringLiteral("location"),
                               QStringLiteral("schema_version")}));
        QCOMPARE(info.value(QLatin1String("backend")).toString(), TestDatabase::backendName());
        QCOMPARE(info.value(QLatin1String("schema_version")).toInt(), Database::currentSchemaVersion());
        const QString location = info.value(QLatin1String("location")).toString();
        QCOMPARE(location, database.location());
        QVERIFY(QUrl(location).password().isEmpty());
        QVERIFY(!info.value(QLatin1String("display_name")).toString().isEmpty());

        const CliResult text = db.run({QStringLiteral("db"), QStringLiteral("info")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("Backend: ") + TestDatabase::backendName()), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("Schema version: %1").arg(Database::currentSchemaVersion())),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("Location: ") + database.location()), qPrintable(text.out));
    }

    // From an SQLite show into a fresh database of the backend under test (PostgreSQL: the team database),
    // then every list of the copy is the source's; a second copy into it is refused and changes nothing.
    void copyIntoAFreshDatabase()
    {
        fillSource();
        TestDatabase team(m_dir->path(), QStringLiteral("team"));
        QVERIFY2(!team.location().isEmpty(), qPrintable(team.errorString()));

        const CliResult copied = m_source->run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"),
                                                team.location(), QStringLiteral("--json")});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        const QJsonObject counts = QJsonDocument::fromJson(copied.out.toUtf8()).object();
        QCOMPARE(counts.value(QLatin1String("to")).toString(), team.location());
        QCOMPARE(counts.value(QLatin1String("accounts")).toInt(), 2);
        QCOMPARE(counts.value(QLatin1String("episodes")).toInt(), 2);
        QCOMPARE(counts.value(QLatin1String("tweets")).toInt(), 3);
        QCOMPARE(counts.value(QLatin1String("attempts")).toInt(), 1);
        QCOMPARE(counts.value(QLatin1String("settings")).toInt(), 0);

        const CliDatabase copy(team.location());
        const QJsonArray tweets = jsonList(*m_source, "tweets");
        QCOMPARE(tweets.size(), 3);
        QCOMPARE(jsonList(copy, "tweets"), tweets);
        QCOMPARE(jsonList(copy, "episodes"), jsonList(*m_source, "episodes"));
        QCOMPARE(jsonList(copy, "accounts"), jsonList(*m_source, "accounts"));
        const CliResult info = copy.run({QStringLiteral("db"), QStringLiteral("info"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(info.out.toUtf8()).object().value(QLatin1String("backend")).toString(),
                 TestDatabase::backendName());

        const CliResult again =
            m_source->run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"), team.location()});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("not empty")), qPrintable(again.err));
        QCOMPARE(jsonList(copy, "tweets"), tweets);
    }

    // The text form says what was copied and that the X keys were not.
    void copyTellsAboutTheKeys()
    {
        fillSource();
        TestDatabase team(m_dir->path(), QStringLiteral("team"));
        QVERIFY2(!team.location().isEmpty(), qPrintable(team.errorString()));
        const CliResult copied =
            m_source->run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"), team.location()});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        QVERIFY2(copied.out.contains(QLatin1String("tweets: 3")), qPrintable(copied.out));
        QVERIFY2(copied.out.contains(QLatin1String("X keys were not copied")), qPrintable(copied.out));
        QVERIFY2(copied.out.contains(QLatin1String("on their own computer")), qPrintable(copied.out));
        QVERIFY(!copied.out.contains(QLatin1String("db-cs")));
    }

    // A tweet being posted belongs to a process on the source: exit 3, and the new target file that
    // opening it made is gone again (a team database stays empty).
    void postingSourceIsRefused()
    {
        fillSource();
        {
            TestConnection connection(m_source->path());
            QString error;
            QVERIFY2(connection.exec(QStringLiteral("UPDATE tweet_configs SET status = 'posting', attempt_id = 'live', "
                                                    "claimed_at = '2026-11-28T09:00:00.000Z' WHERE id = 1"),
                                     &error),
                     qPrintable(error));
        }
        TestDatabase team(m_dir->path(), QStringLiteral("team"));
        QVERIFY2(!team.location().isEmpty(), qPrintable(team.errorString()));
        const CliResult refused =
            m_source->run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"), team.location()});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QLatin1String("wait until")), qPrintable(refused.err));
        if (TestDatabase::isPostgreSql()) {
            QCOMPARE(jsonList(CliDatabase(team.location()), "episodes").size(), 0);
        } else {
            QVERIFY(!QFile::exists(team.location()));
        }
    }

    void badTargetsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString password = QStringLiteral("sekrit-pw");
        QTest::newRow("password in --to")
            << QStringList {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"),
                            QStringLiteral("postgresql://you:%1@127.0.0.1:1/show").arg(password)}
            << 2 << QStringLiteral("~/.pgpass");
        QTest::newRow("password option in --to")
            << QStringList {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"),
                            QStringLiteral("postgresql://you@127.0.0.1:1/show?password=%1").arg(password)}
            << 2 << QStringLiteral("~/.pgpass");
        QTest::newRow("password in --db")
            << QStringList {QStringLiteral("--db"),
                            QStringLiteral("postgresql://you:%1@127.0.0.1:1/show").arg(password), QStringLiteral("db"),
                            QStringLiteral("info"), QStringLiteral("--json")}
            << 1 << QStringLiteral("~/.pgpass");
        QTest::newRow("no --to") << QStringList {QStringLiteral("db"), QStringLiteral("copy")} << 2
                                 << QStringLiteral("--to TARGET");
        QTest::newRow("unknown subcommand")
            << QStringList {QStringLiteral("db"), QStringLiteral("drop")} << 2 << QStringLiteral("  db copy ");
    }

    void badTargetsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        fillSource();
        const QStringList withDb = arguments.contains(QLatin1String("--db"))
            ? arguments
            : QStringList {QStringLiteral("--db"), m_source->path()} + arguments;
        const CliResult result = runCli(withDb);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!result.out.contains(QLatin1String("sekrit-pw")));
        QVERIFY2(!result.err.contains(QLatin1String("sekrit-pw")), qPrintable(result.err));
        QCOMPARE(jsonList(*m_source, "tweets").size(), 3);
    }

    void copyOntoItselfIsRefused()
    {
        fillSource();
        const CliResult result =
            m_source->run({QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--to"), m_source->path()});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QLatin1String("being copied")), qPrintable(result.err));
        QCOMPARE(jsonList(*m_source, "tweets").size(), 3);
    }

private:
    // Two accounts (one with X keys in the keychain), two episodes, three tweets: one pending, one
    // posted with its attempt, one disabled and scheduled.
    void fillSource()
    {
        QVERIFY(!m_source
                     ->add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                            QStringLiteral("Sandbox"), QStringLiteral("--sandbox")})
                     .isEmpty());
        QVERIFY(!m_source
                     ->add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                            QStringLiteral("Main"), QStringLiteral("--api-base"), QStringLiteral("https://api.x.com"),
                            QStringLiteral("--handle"), QStringLiteral("myshow")},
                           keysJson)
                     .isEmpty());
        QVERIFY(!m_source
                     ->add({QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"),
                            QStringLiteral("Pilot"), QStringLiteral("--number"), QStringLiteral("1")})
                     .isEmpty());
        QVERIFY(
            !m_source
                 ->add({QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"),
                        QStringLiteral("Émission 2"), QStringLiteral("--url"), QStringLiteral("https://example.com/2")})
                 .isEmpty());
        QVERIFY(!m_source
                     ->add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"),
                            QStringLiteral("1"), QStringLiteral("--account"), QStringLiteral("1"),
                            QStringLiteral("--text"), QStringLiteral("New: {title}")})
                     .isEmpty());
        QVERIFY(!m_source
                     ->add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"),
                            QStringLiteral("2"), QStringLiteral("--account"), QStringLiteral("2"),
                            QStringLiteral("--text"), QStringLiteral("Out now {url}")})
                     .isEmpty());
        QVERIFY(
            !m_source
                 ->add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"),
                        QStringLiteral("2"), QStringLiteral("--account"), QStringLiteral("2"), QStringLiteral("--text"),
                        QStringLiteral("Later"), QStringLiteral("--at"), QStringLiteral("2030-12-01T09:30:00Z")})
                 .isEmpty());
        QCOMPARE(m_source
                     ->run({QStringLiteral("tweets"), QStringLiteral("edit"), QStringLiteral("3"),
                            QStringLiteral("--disable")})
                     .exitCode,
                 0);
        // A posted tweet as the poster leaves it (posting itself is test_cli's subject).
        TestConnection connection(m_source->path());
        QString error;
        const QString t = QStringLiteral("'2026-11-28T09:00:00.000Z'");
        QVERIFY2(connection.exec(QStringLiteral("INSERT INTO post_attempts (attempt_id, config_id, account_id, "
                                                "text_sent, claimed_by, started_at, finished_at, http_status, outcome, "
                                                "post_id, deadline) VALUES ('a2', 2, 2, 'Out now', 'm:1', %1, %1, 201, "
                                                "'posted', '1900000000000000002', %1)")
                                     .arg(t),
                                 &error),
                 qPrintable(error));
        QVERIFY2(connection.exec(QStringLiteral("UPDATE tweet_configs SET status = 'posted', attempt_id = 'a2', "
                                                "claimed_at = %1, claimed_by = 'm:1', post_id = '1900000000000000002', "
                                                "post_url = 'https://x.com/myshow/status/1900000000000000002', "
                                                "posted_at = %1 WHERE id = 2")
                                     .arg(t),
                                 &error),
                 qPrintable(error));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliDatabase> m_source;
};

QTEST_GUILESS_MAIN(CliDbTest)
#include "test_clidb.moc"
