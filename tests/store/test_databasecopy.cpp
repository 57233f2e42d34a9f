// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// DatabaseCopy from an SQLite show into the backend under test (a fresh TestDatabase) and back into a
// fresh SQLite file: every row of every table, ids, NULLs and integer types kept, all or nothing.
#include "media/imageprep.h"
#include "media/mediastore.h"
#include "media/tweetimagestore.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/databasecopy.h"
#include "store/episodestore.h"
#include "store/mediablobs.h"
#include "store/sqldialect.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;

namespace {

using Dump = QMap<QString, QStringList>; // table → its rows, each "col=value|…" in key order

// A value as the comparison sees it: NULL, an integer or a text, never one for another (a copy that
// turned 0 into '0' or NULL into '' must not pass).
QString canonical(const QSqlQuery &query, int column)
{
    if (query.isNull(column)) {
        return QStringLiteral("NULL");
    }
    const QVariant value = query.value(column);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QStringLiteral("i:") + QString::number(value.toLongLong());
    case QMetaType::QString:
        return QStringLiteral("s:") + value.toString();
    default:
        return QStringLiteral("?%1:").arg(QString::fromLatin1(value.typeName())) + value.toString();
    }
}

// The columns of a table, as SQLite's PRAGMA lists them (the source's schema, the reference).
QStringList columnsOf(const QSqlDatabase &sqlite, const QString &table)
{
    QStringList columns;
    QSqlQuery query(sqlite);
    if (query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table))) {
        while (query.next()) {
            columns.append(query.value(1).toString());
        }
    }
    return columns;
}

Dump dump(const QSqlDatabase &db, const QSqlDatabase &reference)
{
    Dump rows;
    for (const QString &table : DatabaseCopy::tables()) {
        const QStringList columns = columnsOf(reference, table);
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                            .arg(columns.join(QLatin1String(", ")), table, columns.value(0)))) {
            qWarning() << "cannot dump" << table << query.lastError().text();
            rows[table].append(QStringLiteral("<unreadable>"));
            continue;
        }
        rows[table]; // an empty table is in the dump too
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i) {
                values.append(columns.at(i) + QLatin1Char('=') + canonical(query, i));
            }
            rows[table].append(values.join(QLatin1Char('|')));
        }
    }
    return rows;
}

// Table by table, so that a failure names the table and the first row that differs.
void compareDumps(const Dump &actual, const Dump &expected)
{
    QCOMPARE(actual.keys(), expected.keys());
    for (auto table = expected.begin(); table != expected.end(); ++table) {
        const QStringList rows = actual.value(table.key());
        if (rows != table.value()) {
            qWarning().noquote() << "table" << table.key() << "differs";
        }
        QCOMPARE(rows, table.value());
    }
}

bool execAll(const QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            qWarning() << sql << query.lastError().text();
            return false;
        }
    }
    return true;
}

// A show with a bit of everything: id gaps (deleted rows), NULLs and empty texts, tweets in every
// settled status with their attempts and post ids, X's limits, settings.
QStringList showStatements()
{
    const char *t = "'2026-11-28T09:00:00.000Z'";
    QStringList s;
    s << QStringLiteral("INSERT INTO accounts (id, name, kind, handle, x_user_id, api_base_url, archived, created_at, "
                        "updated_at) VALUES (1, 'Main', 'x', 'myshow', '2002', 'https://api.x.com', 0, %1, %1), "
                        "(3, 'Sandbox', 'sandbox', '', '', 'http://127.0.0.1:1', 1, %1, %1)")
             .arg(QLatin1String(t));
    s << QStringLiteral(
             "INSERT INTO episodes (id, number, title, published_on, link, notes, feed_guid, archived, "
             "created_at, updated_at) VALUES "
             "(2, 41, 'Émission ünïcode 🎙', '2026-11-27', 'https://example.com/41', 'one\ntwo', 'g41', 0, "
             "%1, %1), (5, NULL, 'No number', NULL, '', '', NULL, 1, %1, %1), "
             "(7, 0, 'Zero', NULL, '', '', NULL, 0, %1, %1)")
             .arg(QLatin1String(t));
    const QString tweet = QStringLiteral(
        "INSERT INTO tweet_configs (id, episode_id, account_id, text, scheduled_at, scheduled_zone, enabled, "
        "archived, status, attempt_id, claimed_at, claimed_by, post_id, post_url, posted_at, last_error, "
        "retry_count, created_at, updated_at, next_retry_at, claim_deadline, verify_after, verify_count) VALUES ");
    s << tweet +
            QStringLiteral("(1, 2, 1, 'pending {title}', '2026-12-01T09:30:00.000Z', 'Europe/Berlin', 1, 0, 'pending', "
                           "NULL, NULL, NULL, NULL, NULL, NULL, '', 0, %1, %1, NULL, NULL, NULL, 0)")
                .arg(QLatin1String(t));
    s << tweet +
            QStringLiteral(
                "(4, 2, 1, 'posted', NULL, '', 1, 0, 'posted', 'a-posted', %1, 'm1:100', '1900000000000000001', "
                "'https://x.com/myshow/status/1900000000000000001', %1, '', 0, %1, %1, NULL, %1, NULL, 0)")
                .arg(QLatin1String(t));
    s << tweet +
            QStringLiteral("(6, 5, 3, 'failed', NULL, '', 0, 1, 'failed', 'a-failed', %1, 'm2:200', NULL, NULL, NULL, "
                           "'rate limited', 3, %1, %1, '2026-11-28T10:00:00.000Z', %1, NULL, 0)")
                .arg(QLatin1String(t));
    s << tweet +
            QStringLiteral(
                "(9, 7, 1, 'unknown', NULL, '', 1, 0, 'unknown', 'a-unknown', %1, 'm1:300', NULL, NULL, NULL, "
                "'timed out', 0, %1, %1, NULL, %1, '2026-11-28T09:05:00.000Z', 2)")
                .arg(QLatin1String(t));
    const QString attempt = QStringLiteral(
        "INSERT INTO post_attempts (attempt_id, config_id, account_id, text_sent, claimed_by, started_at, "
        "finished_at, http_status, outcome, post_id, error, error_category, deadline) VALUES ");
    s << attempt +
            QStringLiteral(
                "('a-posted', 4, 1, 'posted', 'm1:100', %1, %1, 201, 'posted', '1900000000000000001', '', '', "
                "%1), ('a-failed-0', 6, 3, 'failed', 'm2:200', %1, %1, 0, 'failed', NULL, 'no network', "
                "'network', NULL), ('a-failed', 6, 3, 'failed', 'm2:200', %1, %1, 429, 'failed', NULL, "
                "'rate limited', 'rate_limit', %1), ('a-unknown', 9, 1, 'unknown', 'm1:300', %1, NULL, "
                "NULL, 'unknown', NULL, 'timed out', '', %1)")
                .arg(QLatin1String(t));
    s << QStringLiteral(
             "INSERT INTO account_limits (account_id, window_limit, window_remaining, window_reset, day_limit, "
             "day_remaining, day_reset, paused_until, usage_capped, message, updated_at) VALUES "
             "(1, 100, 0, %1, 17, 16, NULL, NULL, 1, 'usage capped', %1), "
             "(3, NULL, NULL, NULL, NULL, NULL, NULL, %1, 0, '', %1)")
             .arg(QLatin1String(t));
    s << QStringLiteral("INSERT INTO settings (key, value) VALUES ('scheduler.grace_seconds', '900'), ('empty', '')");
    // Schema 6: the feed, its values of episode 2, a template and the announcement it made.
    s << QStringLiteral("INSERT INTO feeds (id, url, title, image, etag, last_modified, imported_at, checked_at, "
                        "last_error) VALUES (4, 'http://127.0.0.1/feed.xml', 'Show', 'http://127.0.0.1/a.jpg', "
                        "'\"v1\"', 'Tue, 01 Dec 2026 11:00:00 GMT', %1, %1, '')")
             .arg(QLatin1String(t));
    s << QStringLiteral("UPDATE episodes SET season = 3, episode_type = 'bonus', published_at = %1, description = "
                        "'Plain text.', image = 'http://127.0.0.1/e.jpg', enclosure_url = 'http://127.0.0.1/e.mp3', "
                        "duration_s = 2525, in_feed = 1 WHERE id = 2")
             .arg(QLatin1String(t));
    s << QStringLiteral("UPDATE episodes SET in_feed = 0 WHERE id = 7");
    s << QStringLiteral("INSERT INTO feed_items (episode_id, feed_id, title, number, season, link, published_at, "
                        "updated_at) VALUES (2, 4, 'Feed title', 41, 3, 'https://example.com/41', %1, %1)")
             .arg(QLatin1String(t));
    s << QStringLiteral("INSERT INTO templates (id, account_id, text, offset_minutes, manual, archived, created_at, "
                        "updated_at) VALUES (2, 1, 'New: {title}', 15, 0, 0, %1, %1), (5, 3, 'Old', 0, 1, 1, %1, %1)")
             .arg(QLatin1String(t));
    s << QStringLiteral("UPDATE tweet_configs SET template_id = 2 WHERE id = 1");
    return s;
}

// A small PNG of its own per seed, checked as the editor checks a chosen file.
PreparedImage image(quint32 seed)
{
    QImage picture(20 + int(seed), 10, QImage::Format_RGB32);
    picture.fill(QColor::fromRgb(0x102030u * seed));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, "png").write(picture);
    return prepareImage(bytes, QStringLiteral("image %1.png").arg(seed)).image.value_or(PreparedImage {});
}

// Every image's bytes as the database's media store keeps them, by hash; a missing one as empty.
QMap<QString, QByteArray> mediaBytes(const QSqlDatabase &db)
{
    QMap<QString, QByteArray> bytes;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sha256, mime_type FROM media"))) {
        qWarning() << query.lastError().text();
        return bytes;
    }
    const MediaBlobs blobs(db);
    while (query.next()) {
        bytes.insert(query.value(0).toString(),
                     blobs.read(query.value(0).toString(), query.value(1).toString()).value_or(QByteArray()));
    }
    return bytes;
}

} // namespace

class DatabaseCopyTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_source = std::make_unique<Database>();
        QVERIFY2(m_source->open(m_dir->filePath(QStringLiteral("source.sqlite")), QStringLiteral("source")),
                 qPrintable(m_source->errorString()));
        m_target = std::make_unique<TestDatabase>(m_dir->path(), QStringLiteral("target"));
        QVERIFY2(!m_target->location().isEmpty(), qPrintable(m_target->errorString()));
    }

    void cleanup()
    {
        m_source.reset();
        m_target.reset();
        m_dir.reset();
    }

    void copiesEveryRowAndBackAgain()
    {
        QVERIFY(execAll(m_source->connection(), showStatements()));
        const Dump expected = dump(m_source->connection(), m_source->connection());
        QCOMPARE(expected.value(QStringLiteral("tweet_configs")).size(), 4);
        QCOMPARE(expected.value(QStringLiteral("post_attempts")).size(), 4);

        Database target;
        QVERIFY2(target.open(m_target->location(), QStringLiteral("target")), qPrintable(target.errorString()));
        QCOMPARE(target.location().isPostgreSql(), TestDatabase::isPostgreSql());
        DatabaseCopy there(m_source->connection(), target.connection());
        QVERIFY2(there.run(), qPrintable(there.errorString()));
        QCOMPARE(there.error(), DatabaseCopy::Error::None);
        QCOMPARE(there.counts().accounts, qint64(2));
        QCOMPARE(there.counts().episodes, qint64(3));
        QCOMPARE(there.counts().tweets, qint64(4));
        QCOMPARE(there.counts().attempts, qint64(4));
        QCOMPARE(there.counts().limits, qint64(2));
        QCOMPARE(there.counts().settings, qint64(2));
        compareDumps(dump(target.connection(), m_source->connection()), expected);
        if (QTest::currentTestFailed()) {
            return;
        }

        // …and back into a fresh SQLite file: from PostgreSQL on the postgresql variant.
        Database back;
        QVERIFY2(back.open(m_dir->filePath(QStringLiteral("back.sqlite")), QStringLiteral("back")),
                 qPrintable(back.errorString()));
        DatabaseCopy home(target.connection(), back.connection());
        QVERIFY2(home.run(), qPrintable(home.errorString()));
        QCOMPARE(home.counts().tweets, qint64(4));
        compareDumps(dump(back.connection(), m_source->connection()), expected);
        if (QTest::currentTestFailed()) {
            return;
        }
    }

    // Images (schema 8): their rows with ids and alt texts kept, and their bytes, from files beside the
    // SQLite source to the target (media_blobs on PostgreSQL, files beside it on SQLite) and back into a
    // SQLite file in a folder of its own.
    void copiesImagesAndTheirBytes()
    {
        QVERIFY(execAll(m_source->connection(), showStatements()));
        MediaStore sourceMedia(m_source->connection());
        const auto cover = sourceMedia.put(image(1));
        const auto guest = sourceMedia.put(image(2));
        PreparedImage fitted = image(3);
        fitted.original = image(4).data; // as a re-encoded one: the original kept beside it
        fitted.originalMimeType = QStringLiteral("image/png");
        fitted.originalWidth = 24;
        fitted.originalHeight = 10;
        const auto reencoded = sourceMedia.put(fitted);
        QVERIFY2(cover && guest && reencoded, qPrintable(sourceMedia.lastError()));
        TweetImage withAlt = *cover;
        withAlt.alt = QStringLiteral("The cover: ünïcode 🎙");
        TweetImageStore tweets(m_source->connection());
        QVERIFY2(tweets.setImages(1, {withAlt, *reencoded}), qPrintable(tweets.lastError()));
        QVERIFY(execAll(m_source->connection(),
                        {QStringLiteral("INSERT INTO attempt_images (attempt_id, slot, sha256, alt, media_id, "
                                        "media_key) VALUES ('a-posted', 0, '%1', 'Guest', '1901', '3_1901')")
                             .arg(guest->sha256),
                         QStringLiteral("INSERT INTO media_uploads (account_id, sha256, media_id, media_key, alt, "
                                        "uploaded_at, expires_at) VALUES (1, '%1', '1901', '3_1901', NULL, "
                                        "'2026-11-28T09:00:00.000Z', '2026-11-29T09:00:00.000Z')")
                             .arg(guest->sha256)}));
        const Dump expected = dump(m_source->connection(), m_source->connection());
        QCOMPARE(expected.value(QStringLiteral("media")).size(), 4);
        const QMap<QString, QByteArray> bytes = mediaBytes(m_source->connection());
        QCOMPARE(bytes.size(), 4);
        for (auto it = bytes.begin(); it != bytes.end(); ++it) {
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
        }

        // The target in a folder of its own, so that its media folder is not the source's.
        QTemporaryDir there;
        TestDatabase targetDatabase(there.path(), QStringLiteral("images"));
        QVERIFY2(!targetDatabase.location().isEmpty(), qPrintable(targetDatabase.errorString()));
        Database target;
        QVERIFY2(target.open(targetDatabase.location(), QStringLiteral("images")), qPrintable(target.errorString()));
        DatabaseCopy copy(m_source->connection(), target.connection());
        QVERIFY2(copy.run(), qPrintable(copy.errorString()));
        QCOMPARE(copy.counts().media, qint64(4));
        QCOMPARE(copy.counts().otherMediaRows, qint64(4)); // 2 tweet_images, 1 attempt_images, 1 media_uploads
        compareDumps(dump(target.connection(), m_source->connection()), expected);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(mediaBytes(target.connection()), bytes);
        QCOMPARE(TweetImageStore(target.connection()).images(1), QList<TweetImage>({withAlt, *reencoded}));
        if (TestDatabase::isPostgreSql()) {
            QSqlQuery query(target.connection());
            QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM media_blobs")) && query.next());
            QCOMPARE(query.value(0).toInt(), 4);
        } else {
            QCOMPARE(QDir(there.filePath(QStringLiteral("media"))).entryList(QDir::Files).size(), 4);
        }

        QTemporaryDir home;
        Database back;
        QVERIFY2(back.open(home.filePath(QStringLiteral("back.sqlite")), QStringLiteral("back")),
                 qPrintable(back.errorString()));
        DatabaseCopy again(target.connection(), back.connection());
        QVERIFY2(again.run(), qPrintable(again.errorString()));
        QCOMPARE(again.counts().media, qint64(4));
        compareDumps(dump(back.connection(), m_source->connection()), expected);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(mediaBytes(back.connection()), bytes);
        // Files named by their hash, beside the new SQLite file.
        QStringList files;
        for (const QString &sha256 : bytes.keys()) {
            files.append(sha256 + QStringLiteral(".png"));
        }
        QCOMPARE(QDir(home.filePath(QStringLiteral("media"))).entryList(QDir::Files, QDir::Name), files);
        for (const QString &sha256 : bytes.keys()) {
            QFile file(home.filePath(QStringLiteral("media/%1.png").arg(sha256)));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll() == bytes.value(sha256));
        }
    }

    // An image whose file is gone from beside the source: nothing is copied, and the sentence says so.
    void missingImageFileRefusesTheCopy()
    {
        QVERIFY(execAll(m_source->connection(), showStatements()));
        const auto cover = MediaStore(m_source->connection()).put(image(5));
        QVERIFY(cover);
        QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("media/%1.png").arg(cover->sha256))));
        Database target;
        QVERIFY2(target.open(m_target->location(), QStringLiteral("target")), qPrintable(target.errorString()));
        DatabaseCopy copy(m_source->connection(), target.connection());
        QVERIFY(!copy.run());
        QCOMPARE(copy.error(), DatabaseCopy::Error::Failed);
        QVERIFY2(copy.errorString().contains(QLatin1String("Nothing was copied")), qPrintable(copy.errorString()));
        QVERIFY2(copy.errorString().contains(cover->sha256), qPrintable(copy.errorString()));
        QSqlQuery query(target.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM media")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    // Explicit ids must not leave PostgreSQL's identity sequences behind: the next row gets a new id.
    void nextIdsFollowTheCopiedOnes()
    {
        QVERIFY(execAll(m_source->connection(), showStatements()));
        Database target;
        QVERIFY2(target.open(m_target->location(), QStringLiteral("target")), qPrintable(target.errorString()));
        DatabaseCopy copy(m_source->connection(), target.connection());
        QVERIFY2(copy.run(), qPrintable(copy.errorString()));

        EpisodeStore episodes(target.connection());
        Episode episode;
        episode.title = QStringLiteral("After the move");
        const auto episodeId = episodes.add(episode);
        QVERIFY2(episodeId, qPrintable(episodes.lastError()));
        QCOMPARE(*episodeId, qint64(8));
        AccountStore accounts(target.connection());
        Account account;
        account.name = QStringLiteral("Second");
        account.kind = AccountKind::Sandbox;
        const auto accountId = accounts.add(account);
        QVERIFY2(accountId, qPrintable(accounts.lastError()));
        QCOMPARE(*accountId, qint64(4));
        QSqlQuery query(target.connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO tweet_configs (episode_id, account_id, text, created_at, "
                                          "updated_at) VALUES (8, 4, 'new', 'now', 'now')")));
        QVERIFY(query.exec(QStringLiteral("SELECT max(id) FROM tweet_configs")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), qint64(10));
    }

    // An empty source gives an empty copy, and the first ids of the target start at 1.
    void emptySourceCopiesNothing()
    {
        Database target;
        QVERIFY2(target.open(m_target->location(), QStringLiteral("target")), qPrintable(target.errorString()));
        DatabaseCopy copy(m_source->connection(), target.connection());
        QVERIFY2(copy.run(), qPrintable(copy.errorString()));
        QCOMPARE(copy.counts().tweets, qint64(0));
        EpisodeStore episodes(target.connection());
        Episode episode;
        episode.title = QStringLiteral("First");
        const auto id = episodes.add(episode);
        QVERIFY2(id, qPrintable(episodes.lastError()));
        QCOMPARE(*id, qint64(1));
    }

    void nonEmptyTargetIsRefusedUnchanged_data()
    {
        QTest::addColumn<QStringList>("statements");
        const QString t = QStringLiteral("'2026-11-28T09:00:00.000Z'");
        QTest::newRow("an account") << QStringList {
            QStringLiteral("INSERT INTO accounts (name, created_at, updated_at) VALUES ('A', %1, %1)").arg(t)};
        QTest::newRow("an episode") << QStringList {
            QStringLiteral("INSERT INTO episodes (title, created_at, updated_at) VALUES ('E', %1, %1)").arg(t)};
        QTest::newRow("a setting") << QStringList {
            QStringLiteral("INSERT INTO settings (key, value) VALUES ('scheduler.grace_seconds', '60')")};
        QTest::newRow("a whole show") << showStatements();
    }

    void nonEmptyTargetIsRefusedUnchanged()
    {
        QFETCH(QStringList, statements);
        QVERIFY(execAll(m_source->connection(), showStatements()));
        Database target;
        QVERIFY2(target.open(m_target->location(), QStringLiteral("target")), qPrintable(target.errorString()));
        // The target's own rows differ from the source's (the show's rows get other ids there).
        QVERIFY(execAll(target.connection(), statements));
        const Dump before = dump(target.connection(), m_source->connection());

        DatabaseCopy copy(m_source->connection(), target.connection());
        QVERIFY(!copy.run());
        QCOMPARE(copy.error(), DatabaseCopy::Error::TargetNotEmpty);
        QVERIFY2(copy.errorString().contains(QLatin1String("not empty")), qPrintable(copy.errorString()));
        QCOMPARE(copy.counts().tweets, qint64(0));
        compareDumps(dump(target.connection(), m_source->connection()), before);
        if (QTest::currentTestFailed()) {
            return;
        }
    }

    // A claim in flight belongs to a process on the source database: the copy waits for it.
    void postingSourceIsRefused()
    {
        QVERIFY(execAll(m_source->connection(), showStatements()));
        QVERIFY(
            execAll(m_source->connection(),
                    {QStringLiteral("UPDATE tweet_configs SET status = 'posting', attempt_id = 'a-live', "
                                    "claimed_at = '2026-11-28T09:00:00.000Z', claimed_by = 'm1:400' WHERE id = 1")}));
        Database target;
        QVERIFY2(target.open(m_target->location(), QStringLiteral("target")), qPrintable(target.errorString()));
        const Dump before = dump(target.connection(), m_source->connection());

        DatabaseCopy copy(m_source->connection(), target.connection());
        QVERIFY(!copy.run());
        QCOMPARE(copy.error(), DatabaseCopy::Error::SourcePosting);
        QVERIFY2(copy.errorString().contains(QLatin1String("wait until")), qPrintable(copy.errorString()));
        compareDumps(dump(target.connection(), m_source->connection()), before);
        if (QTest::currentTestFailed()) {
            return;
        }
    }

    // A row the target refuses part way (here: a trigger on the last-but-two table) leaves it empty.
    void failureHalfWayLeavesTheTargetEmpty()
    {
        QVERIFY(execAll(m_source->connection(), showStatements()));
        Database target;
        QVERIFY2(target.open(m_target->location(), QStringLiteral("target")), qPrintable(target.errorString()));
        const QStringList refuse = dialectOf(target.connection()) == SqlDialect::PostgreSQL
            ? QStringList {QStringLiteral("CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                          "BEGIN RAISE EXCEPTION 'refused by the test'; END $$"),
                           QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON post_attempts FOR EACH ROW "
                                          "EXECUTE FUNCTION refuse_row()")}
            : QStringList {QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON post_attempts BEGIN "
                                          "SELECT RAISE(ABORT, 'refused by the test'); END")};
        QVERIFY(execAll(target.connection(), refuse));
        const Dump before = dump(target.connection(), m_source->connection());

        DatabaseCopy copy(m_source->connection(), target.connection());
        QVERIFY(!copy.run());
        QCOMPARE(copy.error(), DatabaseCopy::Error::Failed);
        QVERIFY2(copy.errorString().contains(QLatin1String("nothing was copied")), qPrintable(copy.errorString()));
        compareDumps(dump(target.connection(), m_source->connection()), before);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(before.value(QStringLiteral("accounts")).size(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_source;
    std::unique_ptr<TestDatabase> m_target;
};

QTEST_GUILESS_MAIN(DatabaseCopyTest)
#include "test_databasecopy.moc"
