// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Images on the command line (issue 13): `tweets add --image PATH --alt TEXT … --episode-artwork`,
// `tweets edit --image … | --no-images`, what `tweets list --json` shows of them, the refusals that add
// nothing, and deleting tweets that share an image. The real executable, on the backend ctest chose.
#include "../feeds/feedserver.h"
#include "clirunner.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;

namespace {

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray encoded(const QImage &image, const char *format)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return data;
}

QByteArray plainImage(int width, int height, Qt::GlobalColor color, const char *format)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    return encoded(image, format);
}

// Noise does not compress: a 3000×3000 PNG of it is about 27 MB, far over X's 5 MB.
QByteArray noisyPng(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(13);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            line[x] = 0xff000000u | (random.generate() & 0x00ffffffu);
        }
    }
    return encoded(image, "PNG");
}

// Qt writes no GIF: the smallest one there is, one white pixel.
QByteArray tinyGif()
{
    static const unsigned char gif[] = {0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80,
                                        0x00, 0x00, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x21, 0xf9, 0x04,
                                        0x01, 0x00, 0x00, 0x00, 0x00, 0x2c, 0x00, 0x00, 0x00, 0x00, 0x01,
                                        0x00, 0x01, 0x00, 0x00, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b};
    return QByteArray(reinterpret_cast<const char *>(gif), sizeof gif);
}

QStringList strings(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *word : words) {
        list.append(QString::fromUtf8(word));
    }
    return list;
}

} // namespace

class CliMediaTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<TestDatabase>(m_dir->path(), QStringLiteral("show"));
        QVERIFY2(!m_database->location().isEmpty(), qPrintable(m_database->errorString()));
        m_cli = std::make_unique<CliDatabase>(m_database->location());
        m_account = m_cli->add(strings({"accounts", "add", "--name", "Practice", "--sandbox"}));
        m_episode = m_cli->add(strings({"episodes", "add", "--title", "Pilot"}));
        QVERIFY(!m_account.isEmpty() && !m_episode.isEmpty());
    }

    void cleanup()
    {
        m_cli.reset();
        m_database.reset();
        m_dir.reset();
    }

    void addTwoImagesWithAlt()
    {
        const QByteArray red = plainImage(40, 20, Qt::red, "PNG");
        const QByteArray blue = plainImage(30, 60, Qt::blue, "JPEG");
        const CliResult added =
            addTweet({QStringLiteral("--image"), file(QStringLiteral("red.png"), red), QStringLiteral("--alt"),
                      QStringLiteral("A red band"), QStringLiteral("--image"), file(QStringLiteral("blue.jpg"), blue),
                      QStringLiteral("--alt"), QStringLiteral("A blue column")});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(!added.err.contains(QStringLiteral("alt text")), qPrintable(added.err));
        const QJsonArray images = imagesOf(added.out);
        QCOMPARE(images.size(), 2);
        const QJsonObject first = images.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("sha256")).toString(), sha256(red));
        QCOMPARE(first.value(QLatin1String("type")).toString(), QStringLiteral("image/png"));
        QCOMPARE(first.value(QLatin1String("width")).toInt(), 40);
        QCOMPARE(first.value(QLatin1String("height")).toInt(), 20);
        QCOMPARE(first.value(QLatin1String("bytes")).toInteger(), red.size());
        QCOMPARE(first.value(QLatin1String("alt")).toString(), QStringLiteral("A red band"));
        const QJsonObject second = images.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("sha256")).toString(), sha256(blue));
        QCOMPARE(second.value(QLatin1String("type")).toString(), QStringLiteral("image/jpeg"));
        QCOMPARE(second.value(QLatin1String("width")).toInt(), 30);
        QCOMPARE(second.value(QLatin1String("height")).toInt(), 60);
        QCOMPARE(second.value(QLatin1String("bytes")).toInteger(), blue.size());
        QCOMPARE(second.value(QLatin1String("alt")).toString(), QStringLiteral("A blue column"));
        if (!isPostgreSqlLocation(m_database->location())) {
            QCOMPARE(storedFile(sha256(red), QStringLiteral("png")), red);
            QCOMPARE(storedFile(sha256(blue), QStringLiteral("jpg")), blue);
        }
        const CliResult text = m_cli->run(strings({"tweets", "list"}));
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.endsWith(QStringLiteral("[2 images]")), qPrintable(text.out));
    }

    // Taken, with a warning: the alt text can still be added in the editor or with tweets edit.
    void imageWithoutAltIsTakenWithAWarning()
    {
        const CliResult added = addTweet(
            {QStringLiteral("--image"), file(QStringLiteral("plain.png"), plainImage(10, 10, Qt::green, "PNG"))});
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.err.contains(QStringLiteral("“plain.png” has no alt text")), qPrintable(added.err));
        QCOMPARE(imagesOf(added.out).at(0).toObject().value(QLatin1String("alt")).toString(), QString());
        // Without images the list has an empty array, not a missing key.
        const CliResult bare = addTweet({});
        QCOMPARE(bare.exitCode, 0);
        QVERIFY(m_cli->tweet(bare.out).value(QLatin1String("images")).isArray());
        QCOMPARE(imagesOf(bare.out).size(), 0);
    }

    void largePngIsStoredAsJpeg()
    {
        const QByteArray big = noisyPng(3000, 3000);
        QVERIFY2(big.size() > 5 * 1024 * 1024, QByteArray::number(big.size()));
        // Decoding and re-encoding 9 megapixels takes a while, longer in a sanitizer build.
        const CliResult added =
            runCli(QStringList {QStringLiteral("--db"), m_database->location()} +
                       addArguments({QStringLiteral("--image"), file(QStringLiteral("noise.png"), big),
                                     QStringLiteral("--alt"), QStringLiteral("Static")}),
                   {}, 300000);
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.err.contains(QStringLiteral("“noise.png”")) && added.err.contains(QStringLiteral("JPEG")),
                 qPrintable(added.err));
        const QJsonArray images = imagesOf(added.out);
        QCOMPARE(images.size(), 1);
        const QJsonObject image = images.at(0).toObject();
        QCOMPARE(image.value(QLatin1String("type")).toString(), QStringLiteral("image/jpeg"));
        QVERIFY(image.value(QLatin1String("bytes")).toInteger() <= 5 * 1024 * 1024);
        QVERIFY(image.value(QLatin1String("width")).toInt() > 0);
        QCOMPARE(image.value(QLatin1String("width")).toInt(), image.value(QLatin1String("height")).toInt());
        // The file as chosen is kept beside its re-encoding.
        const TestConnection connection(m_database->location());
        QVERIFY2(connection.isOpen(), qPrintable(connection.errorString()));
        QSqlQuery query(connection.db());
        QVERIFY(query.exec(QStringLiteral("SELECT r.original_sha256, o.mime_type, o.width, o.height, o.bytes FROM "
                                          "media r JOIN media o ON o.sha256 = r.original_sha256 WHERE r.sha256 = '%1'")
                               .arg(image.value(QLatin1String("sha256")).toString())));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), sha256(big));
        QCOMPARE(query.value(1).toString(), QStringLiteral("image/png"));
        QCOMPARE(query.value(2).toInt(), 3000);
        QCOMPARE(query.value(3).toInt(), 3000);
        QCOMPARE(query.value(4).toLongLong(), big.size());
    }

    // Each refused before anything is stored: no tweet, and nothing in the media store.
    void refusedImagesAddNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("five images") << QStringLiteral("five") << 2 << QStringLiteral("at most 4 images");
        QTest::newRow("truncated PNG") << QStringLiteral("truncated") << 1 << QStringLiteral("“cut.png” is cut short");
        QTest::newRow("BMP") << QStringLiteral("bmp") << 1 << QStringLiteral("“picture.bmp” is a BMP image");
        QTest::newRow("missing file") << QStringLiteral("missing") << 1 << QStringLiteral("Could not open “gone.png”");
        QTest::newRow("GIF with another") << QStringLiteral("gif") << 1 << QStringLiteral("GIF only on its own");
        QTest::newRow("alt text too long") << QStringLiteral("long alt") << 2 << QStringLiteral("X takes up to 1000");
    }

    void refusedImagesAddNothing()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, sentence);
        const QString good = file(QStringLiteral("good.png"), plainImage(20, 20, Qt::yellow, "PNG"));
        QStringList arguments {QStringLiteral("--image"), good, QStringLiteral("--alt"), QStringLiteral("Yellow")};
        if (kind == QLatin1String("five")) {
            for (int i = 0; i < 4; ++i) {
                arguments << QStringLiteral("--image")
                          << file(QStringLiteral("more%1.png").arg(i), plainImage(10 + i, 10, Qt::red, "PNG"));
            }
        } else if (kind == QLatin1String("truncated")) {
            const QByteArray png = plainImage(200, 200, Qt::cyan, "PNG");
            arguments << QStringLiteral("--image") << file(QStringLiteral("cut.png"), png.left(png.size() / 2));
        } else if (kind == QLatin1String("bmp")) {
            arguments << QStringLiteral("--image")
                      << file(QStringLiteral("picture.bmp"), plainImage(20, 20, Qt::gray, "BMP"));
        } else if (kind == QLatin1String("missing")) {
            arguments << QStringLiteral("--image") << m_dir->filePath(QStringLiteral("gone.png"));
        } else if (kind == QLatin1String("gif")) {
            arguments << QStringLiteral("--image") << file(QStringLiteral("still.gif"), tinyGif());
        } else {
            arguments << QStringLiteral("--image") << good << QStringLiteral("--alt")
                      << QString(1001, QLatin1Char('a'));
        }
        const CliResult refused = addTweet(arguments);
        QCOMPARE(refused.exitCode, exitCode);
        QVERIFY2(refused.err.contains(sentence), qPrintable(refused.err));
        QCOMPARE(m_cli->tweets().size(), 0);
        QCOMPARE(mediaCount(), 0);
    }

    void altWithoutItsImageIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("alt first") << strings({"--alt", "A picture", "--image", "x.png"});
        QTest::newRow("alt alone") << strings({"--alt", "A picture"});
        QTest::newRow("two alts") << strings({"--image", "x.png", "--alt", "One", "--alt", "Two"});
    }

    void altWithoutItsImageIsAUsageError()
    {
        QFETCH(QStringList, arguments);
        // The image exists: only the order is wrong.
        const QString path = file(QStringLiteral("x.png"), plainImage(8, 8, Qt::black, "PNG"));
        arguments.replaceInStrings(QStringLiteral("x.png"), path);
        const CliResult refused = addTweet(arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(QStringLiteral("--alt")), qPrintable(refused.err));
        QCOMPARE(m_cli->tweets().size(), 0);
    }

    void episodeArtworkFromTheFeed()
    {
        FeedServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QByteArray art = plainImage(300, 300, Qt::darkGreen, "PNG");
        server.route(QStringLiteral("/art.png"), [art](const SandboxRequest &) {
            SandboxReply reply;
            reply.status = 200;
            reply.contentType = "image/png";
            reply.body = art;
            return reply;
        });
        const auto item = [&](const char *guid, const QString &image) {
            return QStringLiteral("<item><title>%1</title><guid>%1</guid><pubDate>Tue, 01 Dec 2026 10:00:00 GMT"
                                  "</pubDate><itunes:image href=\"%2\"/></item>")
                .arg(QLatin1String(guid), server.url(image).toString())
                .toUtf8();
        };
        server.serveFeed(
            QStringLiteral("/feed.xml"),
            "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" "
            "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><channel><title>Art Show</title>" +
                item("with-art", QStringLiteral("/art.png")) + item("lost-art", QStringLiteral("/missing.png")) +
                "</channel></rss>\n");
        QCOMPARE(m_cli
                     ->run({QStringLiteral("feed"), QStringLiteral("import"),
                            server.url(QStringLiteral("/feed.xml")).toString()})
                     .exitCode,
                 0);
        const QString withArt = episodeWithGuid(QStringLiteral("with-art"));
        const QString lostArt = episodeWithGuid(QStringLiteral("lost-art"));
        QVERIFY(!withArt.isEmpty() && !lostArt.isEmpty());

        const CliResult added =
            addTweet({QStringLiteral("--episode-artwork"), QStringLiteral("--alt"), QStringLiteral("The show's cover")},
                     withArt);
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(server.requests(QStringLiteral("/art.png")).size(), 1);
        const QJsonArray images = imagesOf(added.out);
        QCOMPARE(images.size(), 1);
        QCOMPARE(images.at(0).toObject().value(QLatin1String("sha256")).toString(), sha256(art));
        QCOMPARE(images.at(0).toObject().value(QLatin1String("alt")).toString(), QStringLiteral("The show's cover"));

        // A 404 there, after a good image: a sentence, and nothing added.
        const CliResult missing =
            addTweet({QStringLiteral("--image"), file(QStringLiteral("own.png"), plainImage(12, 12, Qt::white, "PNG")),
                      QStringLiteral("--episode-artwork")},
                     lostArt);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("HTTP 404")), qPrintable(missing.err));
        QCOMPARE(server.requests(QStringLiteral("/missing.png")).size(), 1);
        QCOMPARE(m_cli->tweets().size(), 1);
        QCOMPARE(mediaCount(), 1);

        // An episode typed in by hand on a show with a feed that names no show image: none is known.
        const CliResult none = addTweet({QStringLiteral("--episode-artwork")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.err.contains(QStringLiteral("no artwork")), qPrintable(none.err));
        QCOMPARE(m_cli->tweets().size(), 1);
    }

    void editReplacesAndRemovesImages()
    {
        const QByteArray first = plainImage(16, 16, Qt::red, "PNG");
        const QByteArray second = plainImage(16, 16, Qt::blue, "PNG");
        const CliResult added = addTweet({QStringLiteral("--image"), file(QStringLiteral("first.png"), first),
                                          QStringLiteral("--alt"), QStringLiteral("Red")});
        QCOMPARE(added.exitCode, 0);
        const QString id = added.out;
        const CliResult replaced =
            m_cli->run({QStringLiteral("tweets"), QStringLiteral("edit"), id, QStringLiteral("--image"),
                        file(QStringLiteral("second.png"), second), QStringLiteral("--alt"), QStringLiteral("Blue"),
                        QStringLiteral("--text"), QStringLiteral("Now in blue")});
        QCOMPARE(replaced.exitCode, 0);
        QCOMPARE(m_cli->tweet(id).value(QLatin1String("text")).toString(), QStringLiteral("Now in blue"));
        QCOMPARE(imagesOf(id).size(), 1);
        QCOMPARE(imagesOf(id).at(0).toObject().value(QLatin1String("sha256")).toString(), sha256(second));
        QCOMPARE(mediaCount(), 1); // the replaced image went, nothing uses it

        const CliResult both =
            m_cli->run({QStringLiteral("tweets"), QStringLiteral("edit"), id, QStringLiteral("--no-images"),
                        QStringLiteral("--image"), file(QStringLiteral("first.png"), first)});
        QCOMPARE(both.exitCode, 2);

        const CliResult removed =
            m_cli->run({QStringLiteral("tweets"), QStringLiteral("edit"), id, QStringLiteral("--no-images")});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(imagesOf(id).size(), 0);
        QCOMPARE(mediaCount(), 0);
        if (!isPostgreSqlLocation(m_database->location())) {
            QVERIFY(!QFileInfo::exists(mediaFolder().filePath(sha256(second) + QStringLiteral(".png"))));
        }
    }

    // A tweet that may be on X keeps what it is sending; the image offered is not left behind.
    void editRefusedOncePosted()
    {
        const CliResult added = addTweet({});
        QCOMPARE(added.exitCode, 0);
        {
            const TestConnection connection(m_database->location());
            QVERIFY2(connection.isOpen(), qPrintable(connection.errorString()));
            QString error;
            QVERIFY2(connection.exec(QStringLiteral("UPDATE tweet_configs SET status = 'posted', post_id = '9' WHERE "
                                                    "id = %1")
                                         .arg(added.out),
                                     &error),
                     qPrintable(error));
        }
        const CliResult refused =
            m_cli->run({QStringLiteral("tweets"), QStringLiteral("edit"), added.out, QStringLiteral("--image"),
                        file(QStringLiteral("late.png"), plainImage(9, 9, Qt::red, "PNG"))});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("posted and can no longer be edited")), qPrintable(refused.err));
        QCOMPARE(imagesOf(added.out).size(), 0);
        QCOMPARE(mediaCount(), 0);
    }

    void deletingTweetsThatShareAnImage()
    {
        const QByteArray shared = plainImage(24, 24, Qt::darkBlue, "PNG");
        const QString path = file(QStringLiteral("shared.png"), shared);
        const CliResult one = addTweet({QStringLiteral("--image"), path, QStringLiteral("--alt"), QStringLiteral("1")});
        const CliResult two = addTweet({QStringLiteral("--image"), path, QStringLiteral("--alt"), QStringLiteral("2")});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(two.exitCode, 0);
        QCOMPARE(mediaCount(), 1); // the same bytes are one image
        const QString stored = mediaFolder().filePath(sha256(shared) + QStringLiteral(".png"));
        const bool sqlite = !isPostgreSqlLocation(m_database->location());

        QCOMPARE(m_cli->run({QStringLiteral("tweets"), QStringLiteral("delete"), one.out}).exitCode, 0);
        QCOMPARE(mediaCount(), 1);
        QCOMPARE(imagesOf(two.out).at(0).toObject().value(QLatin1String("sha256")).toString(), sha256(shared));
        if (sqlite) {
            QVERIFY(QFileInfo::exists(stored));
        }

        QCOMPARE(m_cli->run({QStringLiteral("tweets"), QStringLiteral("delete"), two.out}).exitCode, 0);
        QCOMPARE(mediaCount(), 0);
        if (sqlite) {
            QVERIFY(!QFileInfo::exists(stored));
        }
    }

private:
    QString file(const QString &name, const QByteArray &data) const
    {
        const QString path = m_dir->filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size()) {
            qWarning() << "cannot write" << path;
        }
        return path;
    }

    QStringList addArguments(const QStringList &images, const QString &episode = {}) const
    {
        return QStringList {QStringLiteral("tweets"),    QStringLiteral("add"),
                            QStringLiteral("--episode"), episode.isEmpty() ? m_episode : episode,
                            QStringLiteral("--account"), m_account,
                            QStringLiteral("--text"),    QStringLiteral("New episode")} +
            images;
    }

    CliResult addTweet(const QStringList &images, const QString &episode = {}) const
    {
        return m_cli->run(addArguments(images, episode));
    }

    QJsonArray imagesOf(const QString &id) const { return m_cli->tweet(id).value(QLatin1String("images")).toArray(); }

    QString episodeWithGuid(const QString &guid) const
    {
        const CliResult listed = m_cli->run(strings({"episodes", "list", "--json"}));
        for (const QJsonValue &value : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            if (value.toObject().value(QLatin1String("guid")).toString() == guid) {
                return QString::number(value.toObject().value(QLatin1String("id")).toInteger());
            }
        }
        return {};
    }

    // The rows of the media table; on SQLite also checks the folder holds exactly their files.
    int mediaCount() const
    {
        const TestConnection connection(m_database->location());
        QSqlQuery query(connection.db());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM media")) || !query.next()) {
            qWarning() << "cannot count the media";
            return -1;
        }
        const int rows = query.value(0).toInt();
        if (!isPostgreSqlLocation(m_database->location())) {
            const qsizetype files = mediaFolder().entryList(QDir::Files).size();
            if (files != rows) {
                qWarning() << "media rows" << rows << "but files" << files;
                return -1;
            }
        } else if (!query.exec(QStringLiteral("SELECT count(*) FROM media_blobs")) || !query.next() ||
                   query.value(0).toInt() != rows) {
            qWarning() << "media rows" << rows << "without as many blobs";
            return -1;
        }
        return rows;
    }

    QDir mediaFolder() const
    {
        return QDir(QFileInfo(m_database->location()).absolutePath() + QStringLiteral("/media"));
    }

    QByteArray storedFile(const QString &hash, const QString &extension) const
    {
        QFile stored(mediaFolder().filePath(hash + QLatin1Char('.') + extension));
        return stored.open(QIODevice::ReadOnly) ? stored.readAll() : QByteArray();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<CliDatabase> m_cli;
    QString m_account;
    QString m_episode;
};

QTEST_GUILESS_MAIN(CliMediaTest)
#include "test_climedia.moc"
