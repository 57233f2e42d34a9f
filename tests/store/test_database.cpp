// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/changelog.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace EpisodeDesk::Models;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString pragma(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

// A raw SQLite file at the given user_version with one table of data, written without our migrations.
void writeRawDatabase(const QString &path, int userVersion)
{
    {
        auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO notes VALUES ('keep me')")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

} // namespace

class DatabaseTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void freshDatabaseGetsSchemaAndPragmas()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("new/fresh.sqlite")), QStringLiteral("t")),
                 qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QCOMPARE(pragma(db.connection(), QStringLiteral("user_version")).toInt(), Database::currentSchemaVersion());
        QCOMPARE(pragma(db.connection(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(db.connection(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
        QCOMPARE(pragma(db.connection(), QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
        const QStringList tables = db.connection().tables();
        for (const auto *name : {"accounts", "episodes", "tweet_configs", "post_attempts"}) {
            QVERIFY2(tables.contains(QLatin1String(name)), name);
        }
        QVERIFY(db.backupPath().isEmpty()); // nothing to back up in a new file
    }

    void reopeningDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("db.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path, QStringLiteral("a")));
        }
        Database db;
        QVERIFY(db.open(path, QStringLiteral("b")));
        QVERIFY(db.backupPath().isEmpty());
    }

    void upgradeWritesBackupFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        writeRawDatabase(path, 0);
        Database db;
        QVERIFY2(db.open(path, QStringLiteral("t")), qPrintable(db.errorString()));
        QVERIFY(!db.backupPath().isEmpty());
        QVERIFY(QFile::exists(db.backupPath()));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        // The data that was there survives the upgrade, and is in the backup too.
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT text FROM notes")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("keep me"));
        {
            auto backup = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            backup.setDatabaseName(db.backupPath());
            QVERIFY(backup.open());
            QCOMPARE(pragma(backup, QStringLiteral("user_version")).toInt(), 0);
            QVERIFY(backup.tables().contains(QStringLiteral("notes")));
            QVERIFY(!backup.tables().contains(QStringLiteral("episodes")));
            backup.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    }

    void refusesAndLeavesUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("userVersion"); // -1: write content as is
        QTest::addColumn<int>("expectedError");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("text file") << QByteArray("episode 1, episode 2\n") << -1 << int(Database::Error::NotADatabase)
                                   << QStringLiteral("not an EpisodeDesk database");
        QTest::newRow("binary garbage") << QByteArray(4096, '\xAB') << -1 << int(Database::Error::NotADatabase)
                                        << QStringLiteral("left unchanged");
        QByteArray damaged("SQLite format 3\0", 16);
        damaged.append(QByteArray(4080, '\x01'));
        QTest::newRow("damaged sqlite header")
            << damaged << -1 << int(Database::Error::NotADatabase) << QStringLiteral("damaged");
        QTest::newRow("newer schema") << QByteArray() << Database::currentSchemaVersion() + 1
                                      << int(Database::Error::NewerSchema) << QStringLiteral("newer version");
    }

    void refusesAndLeavesUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, userVersion);
        QFETCH(int, expectedError);
        QFETCH(QString, messagePart);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("user.sqlite"));
        if (userVersion >= 0) {
            writeRawDatabase(path, userVersion);
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

        Database db;
        QVERIFY(!db.open(path, QStringLiteral("t")));
        QCOMPARE(int(db.error()), expectedError);
        QVERIFY2(db.errorString().contains(messagePart), qPrintable(db.errorString()));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(path), before);
        // No -wal, -shm or backup file appeared beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }

    void emptyFileBecomesDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Database db;
        QVERIFY2(db.open(path, QStringLiteral("t")), qPrintable(db.errorString()));
    }

    // Schema 4 → 5 (issue 9): a show written by the previous version keeps its rows, its episodes and
    // tweets become searchable through the new index, and changes from then on go to the change log.
    void upgradeFromFourIndexesTheShowAndLogsChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        {
            auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            const auto migrations = schemaMigrations(SqlDialect::SQLite);
            for (int version = 1; version <= 4; ++version) {
                for (const QString &statement : migrations.at(version - 1)) {
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
                }
            }
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 4")));
            const char *const rows[] = {
                "INSERT INTO accounts (id, name, created_at, updated_at) VALUES (1, 'Main', 't', 't')",
                "INSERT INTO episodes (id, title, notes, created_at, updated_at) VALUES (1, 'Pilot', 'With a "
                "Walrus', 't', 't')",
                "INSERT INTO episodes (id, title, archived, created_at, updated_at) VALUES (2, 'Gone', 1, 't', 't')",
                "INSERT INTO tweet_configs (id, episode_id, account_id, text, created_at, updated_at) VALUES (1, 1, "
                "1, 'Hear the narwhal: {url}', 't', 't')",
            };
            for (const char *row : rows) {
                QVERIFY2(query.exec(QLatin1String(row)), qPrintable(query.lastError().text()));
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4"));

        Database db;
        QVERIFY2(db.open(path, QStringLiteral("t")), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(!db.backupPath().isEmpty());
        const EpisodeStore episodes(db.connection());
        QCOMPARE(episodes.idsWithTextContaining(QStringLiteral("NARWHAL")), QSet<qint64>({1}));
        QCOMPARE(episodes.idsWithTextContaining(QStringLiteral("walrus")), QSet<qint64>({1}));
        QCOMPARE(episodes.idsWithTextContaining(QStringLiteral("Gone")), QSet<qint64>());
        // Terms are text, never FTS5 or LIKE syntax.
        QCOMPARE(episodes.idsWithTextContaining(QStringLiteral("\"narwhal")), QSet<qint64>());
        QCOMPARE(episodes.idsWithTextContaining(QStringLiteral("%")), QSet<qint64>());
        QCOMPARE(episodes.idsWithTextContaining(QStringLiteral("{u")), QSet<qint64>({1}));

        const ChangeLog log(db.connection());
        const qint64 before = log.lastSeq();
        QCOMPARE(before, 0); // the upgrade itself logs nothing: there is no one to tell yet
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET enabled = 0 WHERE id = 1")));
        const ChangeLog::Changes changes = log.since(before);
        QVERIFY(changes.complete);
        QCOMPARE(changes.tweets, QSet<qint64>({1}));
        QCOMPARE(changes.tweetEpisodes, QSet<qint64>({1}));
        QVERIFY(changes.episodes.isEmpty());
    }

    // Schema 7 → 8 (issue 13): a show written by the previous version keeps its rows, and its tweets
    // can carry images from then on, with the references the media tables promise.
    void upgradeFromSevenAddsTheMediaTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
        {
            auto raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v7"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery query(raw);
            const auto migrations = schemaMigrations(SqlDialect::SQLite);
            QVERIFY(migrations.size() >= 8);
            for (int version = 1; version <= 7; ++version) {
                for (const QString &statement : migrations.at(version - 1)) {
                    QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
                }
            }
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 7")));
            const char *const rows[] = {
                "INSERT INTO accounts (id, name, created_at, updated_at) VALUES (1, 'Main', 't', 't')",
                "INSERT INTO episodes (id, title, created_at, updated_at) VALUES (1, 'Pilot', 't', 't')",
                "INSERT INTO tweet_configs (id, episode_id, account_id, text, created_at, updated_at) VALUES (4, 1, "
                "1, 'Hear it: {url}', 't', 't')",
                "INSERT INTO post_attempts (attempt_id, config_id, account_id, text_sent, claimed_by, started_at, "
                "outcome) VALUES ('a-1', 4, 1, 'Hear it', 'm', 't', 'failed')",
            };
            for (const char *row : rows) {
                QVERIFY2(query.exec(QLatin1String(row)), qPrintable(query.lastError().text()));
            }
            QVERIFY(!query.exec(QStringLiteral("SELECT count(*) FROM media")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v7"));

        Database db;
        QVERIFY2(db.open(path, QStringLiteral("t")), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), Database::currentSchemaVersion());
        QVERIFY(db.schemaVersion() >= 8);
        QVERIFY(!db.backupPath().isEmpty());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT text FROM tweet_configs WHERE id = 4")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Hear it: {url}"));
        for (const char *table : {"media", "tweet_images", "attempt_images", "media_uploads"}) {
            QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) && query.next(),
                     table);
            QCOMPARE(query.value(0).toInt(), 0);
        }
        const QString sha = QString(64, QLatin1Char('a'));
        // An image needs its media row; a tweet's and an attempt's images hold on to it.
        QVERIFY(!query.exec(
            QStringLiteral("INSERT INTO tweet_images (config_id, slot, sha256) VALUES (4, 0, '%1')").arg(sha)));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO media (sha256, mime_type, bytes, width, height, created_at) "
                                           "VALUES ('%1', 'image/png', 10, 2, 2, 't')")
                                .arg(sha)),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO media (sha256, mime_type, bytes, width, height, created_at) "
                                           "VALUES ('%1', 'image/bmp', 10, 2, 2, 't')")
                                .arg(QString(64, QLatin1Char('b')))));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO tweet_images (config_id, slot, sha256, alt) VALUES (4, 0, "
                                           "'%1', 'alt')")
                                .arg(sha)),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(
            QStringLiteral("INSERT INTO tweet_images (config_id, slot, sha256) VALUES (4, 4, '%1')").arg(sha)));
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO tweet_images (config_id, slot, sha256, alt) VALUES (4, 1, "
                                           "'%1', '%2')")
                                .arg(sha, QString(1001, QLatin1Char('x')))));
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO attempt_images (attempt_id, slot, sha256, media_id) VALUES "
                                           "('a-1', 0, '%1', '99')")
                                .arg(sha)),
                 qPrintable(query.lastError().text()));
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM media WHERE sha256 = '%1'").arg(sha)));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM post_attempts")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM tweet_configs")));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM tweet_images")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0); // they went with their tweet
        QVERIFY(query.exec(QStringLiteral("DELETE FROM media WHERE sha256 = '%1'").arg(sha)));
    }

    void defaultPathIsInAppData()
    {
        QVERIFY(Database::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "test_database.moc"
