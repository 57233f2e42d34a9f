// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The media store (issue 13, item 2) on both backends: content-addressed bytes (files beside SQLite, a
// table on PostgreSQL), what removeUnused() keeps, the tweets' images and what attempts sent, and the
// media-id cache.
#include "media/imageprep.h"
#include "media/mediastore.h"
#include "media/tweetimagestore.h"
#include "store/database.h"
#include "store/mediablobs.h"
#include "store/sqlutil.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EpisodeDesk::Models;
using EpisodeDesk::Tests::TestDatabase;

namespace {

// A small image of its own for each seed: different bytes, a different hash.
PreparedImage smallImage(quint32 seed, const char *format = "png", const QString &fileName = {})
{
    QImage image(24, 16, QImage::Format_RGB32);
    image.fill(QColor::fromRgb(QRandomGenerator(seed).generate()));
    image.setPixel(int(seed % 24), 3, 0xFF000000u | seed);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter(&buffer, format).write(image);
    const ImageCheck check = prepareImage(
        bytes, fileName.isEmpty() ? QStringLiteral("image-%1.%2").arg(seed).arg(QLatin1String(format)) : fileName);
    if (!check.ok()) {
        qWarning() << check.error;
        return {};
    }
    return *check.image;
}

// A re-encoded image as prepareImage makes one from a file over 5 MB, without the 5 MB: the store
// does not care how large it is.
PreparedImage reencodedImage(quint32 seed)
{
    PreparedImage original = smallImage(seed, "png", QStringLiteral("huge.png"));
    PreparedImage fitted = smallImage(seed + 1000, "jpeg", QStringLiteral("huge.png"));
    fitted.original = original.data;
    fitted.originalMimeType = original.mimeType;
    fitted.originalWidth = original.width;
    fitted.originalHeight = original.height;
    return fitted;
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

} // namespace

class MediaStoreTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<TestDatabase>(m_dir->path());
        QVERIFY2(!m_database->location().isEmpty(), qPrintable(m_database->errorString()));
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_database->location(), QStringLiteral("t")), qPrintable(m_db->errorString()));
        QVERIFY(exec(QStringLiteral("INSERT INTO accounts (id, name, created_at, updated_at) VALUES (1, 'Main', "
                                    "'t', 't'), (2, 'Other', 't', 't')")));
        QVERIFY(exec(QStringLiteral("INSERT INTO episodes (id, title, created_at, updated_at) VALUES (1, 'Pilot', "
                                    "'t', 't')")));
    }

    void cleanup()
    {
        m_db.reset();
        m_database.reset();
        m_dir.reset();
    }

    void putFindAndBytes()
    {
        MediaStore store(db());
        const PreparedImage prepared = smallImage(1, "png", QStringLiteral("Cover art.png"));
        const auto image = store.put(prepared);
        QVERIFY2(image, qPrintable(store.lastError()));
        QCOMPARE(image->sha256, mediaHash(prepared.data));
        QCOMPARE(image->sha256.size(), 64);
        QCOMPARE(image->mimeType, QStringLiteral("image/png"));
        QCOMPARE(image->bytes, qint64(prepared.data.size()));
        QCOMPARE(image->width, 24);
        QCOMPARE(image->height, 16);
        QCOMPARE(image->fileName, QStringLiteral("Cover art.png"));
        QVERIFY(image->originalSha256.isEmpty());
        QVERIFY(image->alt.isEmpty());
        QCOMPARE(store.find(image->sha256), image);
        QVERIFY(!store.find(QString(64, QLatin1Char('0'))));
        QVERIFY(!store.lastError().isEmpty());
        const auto bytes = store.bytes(*image);
        QVERIFY2(bytes, qPrintable(store.lastError()));
        QVERIFY(*bytes == prepared.data);
        QVERIFY(store.missingProblem({*image}).isEmpty());

        // The same bytes again (even from another file name): one image.
        PreparedImage again = prepared;
        again.fileName = QStringLiteral("copy.png");
        const auto second = store.put(again);
        QVERIFY2(second, qPrintable(store.lastError()));
        QCOMPARE(second->sha256, image->sha256);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM media")), 1);

        if (TestDatabase::isPostgreSql()) {
            QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM media_blobs")), 1);
            QSqlQuery query(db());
            QVERIFY(query.exec(QStringLiteral("SELECT data FROM media_blobs")) && query.next());
            QVERIFY(query.value(0).toByteArray() == prepared.data);
            QCOMPARE(MediaBlobs(db()).directory(), QString());
        } else {
            const QString folder = QFileInfo(m_database->location()).absoluteDir().filePath(QStringLiteral("media"));
            QCOMPARE(MediaBlobs(db()).directory(), folder);
            QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList {image->sha256 + QStringLiteral(".png")});
            QFile file(QDir(folder).filePath(image->sha256 + QStringLiteral(".png")));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll() == prepared.data);
        }
    }

    void extensionFollowsTheType_data()
    {
        QTest::addColumn<QByteArray>("format");
        QTest::addColumn<QString>("extension");
        QTest::newRow("jpeg") << QByteArray("jpeg") << "jpg";
        QTest::newRow("png") << QByteArray("png") << "png";
        QTest::newRow("webp") << QByteArray("webp") << "webp";
    }

    void extensionFollowsTheType()
    {
        QFETCH(QByteArray, format);
        QFETCH(QString, extension);
        const PreparedImage prepared = smallImage(7, format.constData());
        QVERIFY(!prepared.data.isEmpty());
        const auto image = MediaStore(db()).put(prepared);
        QVERIFY(image);
        QCOMPARE(MediaBlobs::fileName(image->sha256, image->mimeType), image->sha256 + QLatin1Char('.') + extension);
        if (!TestDatabase::isPostgreSql()) {
            QVERIFY(QFileInfo::exists(
                QDir(MediaBlobs(db()).directory()).filePath(image->sha256 + QLatin1Char('.') + extension)));
        }
    }

    // What the user chose is never thrown away: the original is media of its own.
    void reencodedPutKeepsTheOriginal()
    {
        MediaStore store(db());
        const PreparedImage prepared = reencodedImage(2);
        const auto image = store.put(prepared);
        QVERIFY2(image, qPrintable(store.lastError()));
        QCOMPARE(image->mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(image->originalSha256, mediaHash(prepared.original));
        const auto original = store.find(image->originalSha256);
        QVERIFY2(original, qPrintable(store.lastError()));
        QCOMPARE(original->mimeType, QStringLiteral("image/png"));
        QCOMPARE(original->bytes, qint64(prepared.original.size()));
        QCOMPARE(original->width, prepared.originalWidth);
        QVERIFY(original->originalSha256.isEmpty());
        QCOMPARE(original->fileName, QStringLiteral("huge.png"));
        QVERIFY(store.bytes(*original) == prepared.original);
        QVERIFY(store.bytes(*image) == prepared.data);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM media")), 2);
    }

    // On SQLite the bytes are files a user may delete or change; on PostgreSQL, rows someone may.
    void deletedBytesAreNamed()
    {
        MediaStore store(db());
        const auto kept = store.put(smallImage(3));
        const auto image = store.put(smallImage(4, "png", QStringLiteral("Guest photo.png")));
        QVERIFY(kept && image);
        if (TestDatabase::isPostgreSql()) {
            QVERIFY(exec(QStringLiteral("DELETE FROM media_blobs WHERE sha256 = '%1'").arg(image->sha256)));
        } else {
            QVERIFY(QFile::remove(QDir(MediaBlobs(db()).directory()).filePath(image->sha256 + QStringLiteral(".png"))));
        }
        QVERIFY(!store.bytes(*image));
        QVERIFY2(store.lastError().contains(QLatin1String("missing")), qPrintable(store.lastError()));
        QVERIFY(store.bytes(*kept));
        const QString problem = store.missingProblem({*kept, *image});
        QVERIFY2(problem.contains(QLatin1String("Guest photo.png")), qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String("2")), qPrintable(problem)); // the second image
        QVERIFY(store.missingProblem({*kept}).isEmpty());

        // Adding it again brings it back.
        QVERIFY(store.put(smallImage(4, "png", QStringLiteral("Guest photo.png"))));
        QVERIFY(store.bytes(*image));
        QVERIFY(store.missingProblem({*kept, *image}).isEmpty());
    }

    void changedBytesAreRefused()
    {
        MediaStore store(db());
        const auto image = store.put(smallImage(5, "png", QStringLiteral("Logo.png")));
        QVERIFY(image);
        if (TestDatabase::isPostgreSql()) {
            QVERIFY(exec(QStringLiteral("UPDATE media_blobs SET data = '\\x00'::bytea || data WHERE sha256 = '%1'")
                             .arg(image->sha256)));
        } else {
            QFile file(QDir(MediaBlobs(db()).directory()).filePath(image->sha256 + QStringLiteral(".png")));
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(30));
            QVERIFY(file.write("XX") == 2);
            file.close();
        }
        QVERIFY(!store.bytes(*image));
        QVERIFY2(store.lastError().contains(QLatin1String("changed or damaged")), qPrintable(store.lastError()));
        // What would be sent is not what the user chose: the tweet must wait, as for a missing file.
        const QString problem = store.missingProblem({*image});
        QVERIFY2(problem.contains(QLatin1String("Logo.png")), qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String("changed or damaged")), qPrintable(problem));

        // Adding the image again mends it.
        QVERIFY2(store.put(smallImage(5, "png", QStringLiteral("Logo.png"))), qPrintable(store.lastError()));
        QVERIFY2(store.bytes(*image), qPrintable(store.lastError()));
        QVERIFY(store.missingProblem({*image}).isEmpty());
    }

    void removeUnusedKeepsWhatIsUsed()
    {
        MediaStore store(db());
        TweetImageStore tweets(db());
        const qint64 first = addTweet(QStringLiteral("pending"));
        const qint64 second = addTweet(QStringLiteral("pending"));
        const qint64 posted = addTweet(QStringLiteral("pending"));
        const auto shared = store.put(smallImage(10));
        const auto onlyFirst = store.put(smallImage(11));
        const auto sentOnly = store.put(smallImage(12));
        const auto fitted = store.put(reencodedImage(13));
        const auto fittedSent = store.put(reencodedImage(14));
        const auto unused = store.put(smallImage(15));
        const auto unusedFitted = store.put(reencodedImage(16));
        QVERIFY(shared && onlyFirst && sentOnly && fitted && fittedSent && unused && unusedFitted);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM media")), 10);
        QVERIFY2(tweets.setImages(first, {*shared, *onlyFirst}), qPrintable(tweets.lastError()));
        QVERIFY2(tweets.setImages(second, {*shared, *fitted}), qPrintable(tweets.lastError()));
        // What an attempt sent, as the posting engine records it; the tweet itself no longer has them.
        QVERIFY(exec(QStringLiteral("INSERT INTO post_attempts (attempt_id, config_id, account_id, text_sent, "
                                    "claimed_by, started_at, outcome) VALUES ('a-1', %1, 1, 'text', 'm:1', 't', "
                                    "'failed')")
                         .arg(posted)));
        QVERIFY(exec(QStringLiteral("INSERT INTO attempt_images (attempt_id, slot, sha256, alt, media_id, media_key) "
                                    "VALUES ('a-1', 0, '%1', 'sent', '111', '3_111'), ('a-1', 1, '%2', '', '112', "
                                    "'3_112')")
                         .arg(sentOnly->sha256, fittedSent->sha256)));
        // An upload of the unused image: the cache goes with it.
        QVERIFY(MediaUploads(db()).save({1, unused->sha256, QStringLiteral("9"), QStringLiteral("3_9"), std::nullopt,
                                         QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc().addDays(1)}));

        // The first tweet drops its images: onlyFirst is no longer used, shared still is.
        QVERIFY(tweets.setImages(first, {}));
        QCOMPARE(store.removeUnused(), 4); // onlyFirst, unused, unusedFitted and its original
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        for (const auto &image : {*shared, *sentOnly, *fitted, *fittedSent}) {
            QVERIFY2(store.find(image.sha256), qPrintable(image.fileName));
            QVERIFY2(store.bytes(image), qPrintable(store.lastError()));
        }
        for (const QString &sha256 : {fitted->originalSha256, fittedSent->originalSha256}) {
            const auto original = store.find(sha256);
            QVERIFY(original);
            QVERIFY(store.bytes(*original));
        }
        for (const QString &sha256 :
             {onlyFirst->sha256, unused->sha256, unusedFitted->sha256, unusedFitted->originalSha256}) {
            QVERIFY(!store.find(sha256));
        }
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM media")), 6);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM media_uploads")), 0);
        if (TestDatabase::isPostgreSql()) {
            QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM media_blobs")), 6);
        } else {
            QCOMPARE(QDir(MediaBlobs(db()).directory()).entryList(QDir::Files).size(), 6);
            QVERIFY(!QFileInfo::exists(
                QDir(MediaBlobs(db()).directory()).filePath(unused->sha256 + QStringLiteral(".png"))));
        }
        QCOMPARE(store.removeUnused(), 0);

        // Once nothing refers to them, they all go.
        QVERIFY(tweets.setImages(second, {}));
        QVERIFY(exec(QStringLiteral("DELETE FROM post_attempts")));
        QCOMPARE(store.removeUnused(), 6);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM media")), 0);
        if (!TestDatabase::isPostgreSql()) {
            QCOMPARE(QDir(MediaBlobs(db()).directory()).entryList(QDir::Files), QStringList());
        }
    }

    void setImagesKeepsOrderAndAlt()
    {
        MediaStore store(db());
        TweetImageStore tweets(db());
        const qint64 id = addTweet(QStringLiteral("pending"));
        QList<TweetImage> images;
        for (quint32 seed = 20; seed < 24; ++seed) {
            auto image = store.put(smallImage(seed));
            QVERIFY(image);
            image->alt = QStringLiteral("Alt %1: ünïcode 🎙").arg(seed);
            images.prepend(*image); // not in hash or insertion order
        }
        images[1].alt.clear();
        images[2].alt = QString(kMaxAltTextLength, QLatin1Char('a'));
        QVERIFY2(tweets.setImages(id, images), qPrintable(tweets.lastError()));
        QCOMPARE(tweets.images(id), images);
        // Replaced, not added to.
        const QList<TweetImage> two = {images.at(3), images.at(0)};
        QVERIFY(tweets.setImages(id, two));
        QCOMPARE(tweets.images(id), two);
        QVERIFY(tweets.setImages(id, {}));
        QCOMPARE(tweets.images(id), QList<TweetImage>());
        QVERIFY(tweets.imagesOf({id}).isEmpty());
    }

    void setImagesRefusesWhatXWould_data()
    {
        QTest::addColumn<int>("images");
        QTest::addColumn<bool>("gif");
        QTest::addColumn<int>("altLength");
        QTest::addColumn<QString>("expected");
        QTest::newRow("5 images") << 5 << false << 0 << "at most 4";
        QTest::newRow("a GIF and an image") << 2 << true << 0 << "GIF";
        QTest::newRow("alt of 1,001 characters") << 1 << false << 1001 << "1001";
    }

    void setImagesRefusesWhatXWould()
    {
        QFETCH(int, images);
        QFETCH(bool, gif);
        QFETCH(int, altLength);
        QFETCH(QString, expected);
        MediaStore store(db());
        TweetImageStore tweets(db());
        const qint64 id = addTweet(QStringLiteral("pending"));
        const auto kept = store.put(smallImage(30));
        QVERIFY(kept && tweets.setImages(id, {*kept}));
        const QString before = updatedAt(id);
        QList<TweetImage> list;
        for (int i = 0; i < images; ++i) {
            auto image = store.put(smallImage(31 + i));
            QVERIFY(image);
            if (gif && i == 0) {
                image->mimeType = QStringLiteral("image/gif");
            }
            image->alt = QString(altLength, QLatin1Char('x'));
            list.append(*image);
        }
        QTest::qWait(2); // so that a touch would show in updated_at
        QVERIFY(!tweets.setImages(id, list));
        QVERIFY2(tweets.lastError().contains(expected), qPrintable(tweets.lastError()));
        // Not the tweet's state: X's rule, which the editor shows beside the images.
        QVERIFY(!tweets.refusedByState());
        QCOMPARE(tweets.images(id), QList<TweetImage>({*kept}));
        QCOMPARE(updatedAt(id), before);
    }

    void setImagesFollowsTheTweetsState_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("pending") << "pending" << true;
        QTest::newRow("failed") << "failed" << true;
        QTest::newRow("posting") << "posting" << false;
        QTest::newRow("posted") << "posted" << false;
        QTest::newRow("unknown") << "unknown" << false;
    }

    void setImagesFollowsTheTweetsState()
    {
        QFETCH(QString, status);
        QFETCH(bool, accepted);
        MediaStore store(db());
        TweetImageStore tweets(db());
        const auto before = store.put(smallImage(40));
        const auto after = store.put(smallImage(41));
        QVERIFY(before && after);
        const qint64 id = addTweet(QStringLiteral("pending"));
        QVERIFY(tweets.setImages(id, {*before}));
        QVERIFY(exec(QStringLiteral("UPDATE tweet_configs SET status = '%1', attempt_id = 'a', claimed_at = 't', "
                                    "post_id = '%2', updated_at = '2000-01-01T00:00:00.000Z' WHERE id = %3")
                         .arg(status, status == QLatin1String("posted") ? QStringLiteral("19") : QString())
                         .arg(id)));
        if (status != QLatin1String("posted")) {
            QVERIFY(exec(QStringLiteral("UPDATE tweet_configs SET post_id = NULL WHERE id = %1").arg(id)));
        }
        QCOMPARE(tweets.setImages(id, {*after}), accepted);
        QCOMPARE(tweets.refusedByState(), !accepted);
        if (accepted) {
            QVERIFY2(tweets.lastError().isEmpty(), qPrintable(tweets.lastError()));
            QCOMPARE(tweets.images(id), QList<TweetImage>({*after}));
            QVERIFY2(updatedAt(id) > QStringLiteral("2000-01-01T00:00:00.000Z"), qPrintable(updatedAt(id)));
        } else {
            QVERIFY2(tweets.lastError().contains(status), qPrintable(tweets.lastError()));
            QCOMPARE(tweets.images(id), QList<TweetImage>({*before}));
            QCOMPARE(updatedAt(id), QStringLiteral("2000-01-01T00:00:00.000Z"));
        }
    }

    void setImagesOnNoTweet()
    {
        const auto image = MediaStore(db()).put(smallImage(42));
        QVERIFY(image);
        TweetImageStore tweets(db());
        QVERIFY(!tweets.setImages(999, {*image}));
        QVERIFY(!tweets.refusedByState());
        QVERIFY2(tweets.lastError().contains(QLatin1String("999")), qPrintable(tweets.lastError()));
    }

    // An image that is not in the store (deleted by removeUnused() in another window, say) is refused
    // with a sentence, not the database's words, and nothing changes.
    void setImagesOfAnImageNotStored()
    {
        TweetImageStore tweets(db());
        const qint64 id = addTweet(QStringLiteral("pending"));
        const auto kept = MediaStore(db()).put(smallImage(43));
        QVERIFY(kept && tweets.setImages(id, {*kept}));
        TweetImage gone = *kept;
        gone.sha256 = QString(64, QLatin1Char('e'));
        QVERIFY(!tweets.setImages(id, {*kept, gone}));
        QVERIFY(!tweets.refusedByState());
        QVERIFY2(tweets.lastError().contains(gone.fileName), qPrintable(tweets.lastError()));
        for (const char *database : {"FOREIGN KEY", "violates", "Unable to", "refused the change"}) {
            QVERIFY2(!tweets.lastError().contains(QLatin1String(database), Qt::CaseInsensitive),
                     qPrintable(tweets.lastError()));
        }
        QCOMPARE(tweets.images(id), QList<TweetImage>({*kept}));
    }

    void imagesOfManyTweets()
    {
        MediaStore store(db());
        TweetImageStore tweets(db());
        QSet<qint64> ids;
        QHash<qint64, QList<TweetImage>> expected;
        const auto a = store.put(smallImage(50));
        const auto b = store.put(smallImage(51));
        QVERIFY(a && b);
        for (int i = 0; i < 120; ++i) {
            const qint64 id = addTweet(QStringLiteral("pending"));
            ids.insert(id);
            if (i % 3 == 0) {
                continue; // without images: absent
            }
            TweetImage first = *a;
            first.alt = QStringLiteral("tweet %1").arg(id);
            QList<TweetImage> list = {first};
            if (i % 3 == 2) {
                list.prepend(*b);
            }
            QVERIFY(tweets.setImages(id, list));
            expected.insert(id, list);
        }
        const auto found = tweets.imagesOf(ids);
        QCOMPARE(found.size(), 80);
        QCOMPARE(found, expected);
        QVERIFY(tweets.imagesOf({}).isEmpty());
        QVERIFY(tweets.imagesOf({123456}).isEmpty());
    }

    void attemptImagesByAttempt()
    {
        MediaStore store(db());
        TweetImageStore tweets(db());
        const qint64 id = addTweet(QStringLiteral("pending"));
        const qint64 other = addTweet(QStringLiteral("pending"));
        auto a = store.put(smallImage(60));
        auto b = store.put(smallImage(61));
        QVERIFY(a && b);
        QVERIFY(exec(QStringLiteral("INSERT INTO post_attempts (attempt_id, config_id, account_id, text_sent, "
                                    "claimed_by, started_at, outcome) VALUES ('a-1', %1, 1, 't', 'm', 't', 'failed'), "
                                    "('a-2', %1, 1, 't', 'm', 't', 'posted'), ('o-1', %2, 1, 't', 'm', 't', 'failed'), "
                                    "('a-3', %1, 1, 't', 'm', 't', 'failed')")
                         .arg(id)
                         .arg(other)));
        QVERIFY(exec(QStringLiteral("INSERT INTO attempt_images (attempt_id, slot, sha256, alt, media_id, media_key) "
                                    "VALUES ('a-1', 0, '%1', 'first alt', '101', '3_101'), "
                                    "('a-2', 1, '%1', '', '202', '3_202'), ('a-2', 0, '%2', 'b alt', '201', ''), "
                                    "('o-1', 0, '%1', 'other', '301', '3_301')")
                         .arg(a->sha256, b->sha256)));
        const auto sent = tweets.attemptImages(id);
        QCOMPARE(sent.keys().size(), 2); // a-3 sent no image
        a->alt = QStringLiteral("first alt");
        QCOMPARE(sent.value(QStringLiteral("a-1")),
                 QList<AttemptImage>({{*a, QStringLiteral("101"), QStringLiteral("3_101")}}));
        TweetImage bSent = *b;
        bSent.alt = QStringLiteral("b alt");
        TweetImage aSent = *a;
        aSent.alt.clear();
        QCOMPARE(sent.value(QStringLiteral("a-2")),
                 QList<AttemptImage>({{bSent, QStringLiteral("201"), QString()},
                                      {aSent, QStringLiteral("202"), QStringLiteral("3_202")}}));
        QCOMPARE(tweets.attemptImages(other).size(), 1);
        QVERIFY(tweets.attemptImages(987).isEmpty());
    }

    void uploadsCache()
    {
        MediaStore store(db());
        const auto image = store.put(smallImage(70));
        const auto second = store.put(smallImage(71));
        QVERIFY(image && second);
        MediaUploads uploads(db());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime uploadedAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
        MediaUpload upload {1,
                            image->sha256,
                            QStringLiteral("1001"),
                            QStringLiteral("3_1001"),
                            std::nullopt,
                            uploadedAt,
                            uploadedAt.addSecs(86400)};
        QVERIFY2(uploads.save(upload), qPrintable(uploads.lastError()));
        QVERIFY2(uploads.save({1, second->sha256, QStringLiteral("1002"), QString(), QStringLiteral(""), uploadedAt,
                               uploadedAt.addSecs(3600)}),
                 qPrintable(uploads.lastError()));

        // Usable until before it expires: found; until it expires or later: not.
        const auto found = uploads.find(1, image->sha256, uploadedAt.addSecs(86399));
        QVERIFY2(found, qPrintable(uploads.lastError()));
        QCOMPARE(*found, upload);
        QVERIFY(!found->alt.has_value());
        QVERIFY(!uploads.find(1, image->sha256, uploadedAt.addSecs(86400)));
        QVERIFY(!uploads.find(1, image->sha256, uploadedAt.addDays(2)));
        QVERIFY(!uploads.find(2, image->sha256, uploadedAt)); // another account's uploads are its own
        // An empty alt text is one X has, not none.
        const auto withAlt = uploads.find(1, second->sha256, uploadedAt);
        QVERIFY(withAlt && withAlt->alt.has_value() && withAlt->alt->isEmpty());

        // Saved again: replaced.
        MediaUpload again = upload;
        again.mediaId = QStringLiteral("2001");
        again.mediaKey = QStringLiteral("3_2001");
        again.alt = QStringLiteral("A walrus");
        again.uploadedAt = uploadedAt.addSecs(10);
        again.expiresAt = uploadedAt.addDays(2);
        QVERIFY(uploads.save(again));
        QCOMPARE(uploads.find(1, image->sha256, uploadedAt.addDays(1)), again);
        QCOMPARE(count(db(), QStringLiteral("SELECT count(*) FROM media_uploads")), 2);

        QVERIFY(uploads.forget(1, {image->sha256, QString(64, QLatin1Char('f'))}));
        QVERIFY(!uploads.find(1, image->sha256, uploadedAt));
        QVERIFY(uploads.find(1, second->sha256, uploadedAt));
        QVERIFY(uploads.forget(1, {}));
    }

private:
    QSqlDatabase db() const { return m_db->connection(); }

    bool exec(const QString &sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql)) {
            qWarning() << sql << query.lastError().text();
            return false;
        }
        return true;
    }

    qint64 addTweet(const QString &status)
    {
        QSqlQuery query(db());
        if (!query.exec(QStringLiteral("INSERT INTO tweet_configs (episode_id, account_id, text, status, created_at, "
                                       "updated_at) VALUES (1, 1, 'Hear it', '%1', 't', 't')")
                            .arg(status))) {
            qWarning() << query.lastError().text();
            return -1;
        }
        return count(db(), QStringLiteral("SELECT max(id) FROM tweet_configs"));
    }

    QString updatedAt(qint64 id)
    {
        QSqlQuery query(db());
        if (!query.exec(QStringLiteral("SELECT updated_at FROM tweet_configs WHERE id = %1").arg(id)) ||
            !query.next()) {
            return {};
        }
        return query.value(0).toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(MediaStoreTest)
#include "test_mediastore.moc"
