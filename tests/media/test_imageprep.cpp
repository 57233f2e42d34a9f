// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// prepareImage and friends (issue 13, item 3): each kind and size of image X takes, the re-encoding of
// the ones too large, the files refused and the sentences that say why, and the background variant.
#include "media/imageprep.h"
#include "media/tweetimage.h"

#include <QBuffer>
#include <QFile>
#include <QFutureWatcher>
#include <QImage>
#include <QImageWriter>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace EpisodeDesk::Models;

namespace {

// Random pixels: they do not compress, so a modest image is a large file (the re-encoding cases).
QImage noise(int width, int height, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(width, height, format);
    QRandomGenerator random(13); // the same image every run
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            line[x] = random.generate() | 0xFF000000u;
        }
    }
    return image;
}

// `quality` 100 for PNG is no compression: big files, quickly.
QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image)) {
        qWarning() << "cannot write" << format << writer.errorString();
        return {};
    }
    return bytes;
}

void appendLittleEndian16(QByteArray *out, int value)
{
    out->append(char(value & 0xFF));
    out->append(char((value >> 8) & 0xFF));
}

// A GIF89a written by hand (Qt has no GIF writer): a 128-colour palette, `frames` frames of random
// pixels. Each frame's LZW data is a clear code and at most 100 literal codes, again and again, so the
// codes stay 8 bits wide and are the bytes themselves: about one byte per pixel, a file of a chosen size.
QByteArray gif(int width, int height, int frames)
{
    QByteArray out("GIF89a");
    appendLittleEndian16(&out, width);
    appendLittleEndian16(&out, height);
    out.append(char(0xF6)); // global colour table of 2^(6+1) = 128 entries, 7 bits of colour
    out.append(char(0)); // background colour
    out.append(char(0)); // aspect ratio
    for (int i = 0; i < 128; ++i) {
        out.append(char(i * 2)).append(char(255 - i * 2)).append(char(i));
    }
    if (frames > 1) { // NETSCAPE2.0: loop for ever
        out.append("\x21\xFF\x0BNETSCAPE2.0\x03\x01\x00\x00\x00", 19);
    }
    QRandomGenerator random(frames);
    for (int frame = 0; frame < frames; ++frame) {
        out.append("\x21\xF9\x04\x04\x0A\x00\x00\x00", 8); // graphic control: 0.1 s, keep the frame
        out.append(char(0x2C));
        appendLittleEndian16(&out, 0);
        appendLittleEndian16(&out, 0);
        appendLittleEndian16(&out, width);
        appendLittleEndian16(&out, height);
        out.append(char(0)); // no local colour table, not interlaced
        out.append(char(7)); // LZW minimum code size: clear is 128, end 129
        QByteArray codes;
        const qint64 pixels = qint64(width) * height;
        codes.reserve(pixels + pixels / 100 + 2);
        for (qint64 pixel = 0; pixel < pixels; ++pixel) {
            if (pixel % 100 == 0) {
                codes.append(char(128));
            }
            codes.append(char(random.bounded(128)));
        }
        codes.append(char(129));
        for (qsizetype at = 0; at < codes.size(); at += 255) {
            const QByteArray block = codes.mid(at, 255);
            out.append(char(block.size()));
            out.append(block);
        }
        out.append(char(0)); // the frame's block terminator
    }
    out.append(';');
    return out;
}

// A file cut short as a download that stopped would be: the first part only (and not ending, by
// chance, on the byte a whole GIF ends with).
QByteArray cutShort(QByteArray bytes)
{
    bytes.truncate(bytes.size() * 2 / 3);
    while (bytes.endsWith(';') || bytes.endsWith('\0') || bytes.endsWith("\xFF\xD9")) {
        bytes.chop(1);
    }
    return bytes;
}

// Error texts of Qt's that must never reach the user (QImageReader::errorString and the like).
void verifyOurSentence(const QString &error, const QString &fileName)
{
    QVERIFY2(!error.isEmpty(), "no error");
    if (!fileName.isEmpty()) {
        QVERIFY2(error.contains(fileName), qPrintable(error));
    }
    for (const char *qt : {"Unknown error", "Unsupported image format", "Unable to read", "Image is empty", "Device",
                           "QImage", "QIODevice"}) {
        QVERIFY2(!error.contains(QLatin1String(qt)), qPrintable(error));
    }
    QVERIFY2(error.endsWith(QLatin1Char('.')), qPrintable(error));
}

bool samePrepared(const PreparedImage &a, const PreparedImage &b)
{
    return a.data == b.data && a.mimeType == b.mimeType && a.width == b.width && a.height == b.height &&
        a.fileName == b.fileName && a.original == b.original && a.originalMimeType == b.originalMimeType &&
        a.originalWidth == b.originalWidth && a.originalHeight == b.originalHeight && a.frames == b.frames;
}

} // namespace

class ImagePrepTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsWhatXTakes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("frames");
        const QImage small = noise(64, 48);
        QTest::newRow("JPEG") << encode(small, "jpeg", 90) << "image/jpeg" << 64 << 48 << 1;
        QTest::newRow("PNG") << encode(small, "png") << "image/png" << 64 << 48 << 1;
        QTest::newRow("WebP") << encode(small, "webp", 80) << "image/webp" << 64 << 48 << 1;
        QTest::newRow("lossless WebP") << encode(small, "webp", 100) << "image/webp" << 64 << 48 << 1;
        QTest::newRow("still GIF") << gif(7, 5, 1) << "image/gif" << 7 << 5 << 1;
        QTest::newRow("animated GIF") << gif(16, 9, 2) << "image/gif" << 16 << 9 << 2;
        // 2560 × 2400 pixels: a GIF of 6.2 MB, over the 5 MB of other images and not re-encoded.
        QTest::newRow("GIF of 6 MB") << gif(2560, 2400, 1) << "image/gif" << 2560 << 2400 << 1;
        // Just under 5 MB: taken as it is.
        const QByteArray nearLimit = encode(noise(1400, 1200), "png", 100);
        QVERIFY(nearLimit.size() < kMaxImageBytes && nearLimit.size() > 4 * 1024 * 1024);
        QTest::newRow("PNG of 4.8 MB") << nearLimit << "image/png" << 1400 << 1200 << 1;
    }

    void acceptsWhatXTakes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mimeType);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(int, frames);
        QVERIFY(!bytes.isEmpty());
        const ImageCheck check = prepareImage(bytes, QStringLiteral("cover.img"));
        QVERIFY2(check.ok(), qPrintable(check.error));
        QVERIFY(check.error.isEmpty());
        QCOMPARE(check.image->mimeType, mimeType);
        QCOMPARE(check.image->width, width);
        QCOMPARE(check.image->height, height);
        QCOMPARE(check.image->frames, frames);
        QCOMPARE(check.image->fileName, QStringLiteral("cover.img"));
        QVERIFY(check.image->data == bytes); // untouched: what the user chose is what X gets
        QVERIFY(!check.image->reencoded());
        QVERIFY(check.image->original.isEmpty());
    }

    // Over 5 MB: a JPEG at quality 90 within 5 MB, the aspect ratio kept (within the rounding of one
    // pixel), the original kept byte for byte.
    void largeImagesBecomeJpegsThatFit_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mimeType");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::newRow("3000×3000 PNG") << encode(noise(3000, 3000), "png", 100) << "image/png" << 3000 << 3000;
        QTest::newRow("4000×1000 PNG") << encode(noise(4000, 1000), "png", 100) << "image/png" << 4000 << 1000;
        QTest::newRow("1000×4000 PNG") << encode(noise(1000, 4000), "png", 100) << "image/png" << 1000 << 4000;
        QTest::newRow("3000×2000 WebP") << encode(noise(3000, 2000), "webp", 100) << "image/webp" << 3000 << 2000;
        QTest::newRow("3000×3000 JPEG") << encode(noise(3000, 3000), "jpeg", 100) << "image/jpeg" << 3000 << 3000;
    }

    void largeImagesBecomeJpegsThatFit()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mimeType);
        QFETCH(int, width);
        QFETCH(int, height);
        QVERIFY2(bytes.size() > kMaxImageBytes, qPrintable(QString::number(bytes.size())));
        const QByteArray copy = bytes; // a deep copy to compare with
        const ImageCheck check = prepareImage(bytes, QStringLiteral("big.img"));
        QVERIFY2(check.ok(), qPrintable(check.error));
        const PreparedImage &image = *check.image;
        QVERIFY(image.reencoded());
        QCOMPARE(image.mimeType, QStringLiteral("image/jpeg"));
        QVERIFY2(image.data.size() <= kMaxImageBytes, qPrintable(QString::number(image.data.size())));
        QVERIFY(image.data.startsWith("\xFF\xD8"));
        QVERIFY(image.original == copy);
        QCOMPARE(image.originalMimeType, mimeType);
        QCOMPARE(image.originalWidth, width);
        QCOMPARE(image.originalHeight, height);

        QImage decoded;
        QVERIFY(decoded.loadFromData(image.data, "jpeg"));
        QCOMPARE(decoded.width(), image.width);
        QCOMPARE(decoded.height(), image.height);
        QVERIFY(image.width <= width && image.height <= height);
        // The other side as the kept ratio gives it, within a pixel.
        const double expectedHeight = double(image.width) * height / width;
        QVERIFY2(
            std::abs(image.height - expectedHeight) <= 1.0,
            qPrintable(QStringLiteral("%1×%2 from %3×%4").arg(image.width).arg(image.height).arg(width).arg(height)));

        // Quality 90: the JPEG's luminance table is the standard one scaled to 90 (its first entry, 16 at
        // quality 50, is 3 at 90), as libjpeg writes it.
        const qsizetype dqt = image.data.indexOf(QByteArrayView("\xFF\xDB", 2));
        QVERIFY(dqt > 0);
        QCOMPARE(int(quint8(image.data.at(dqt + 5))), 3);
    }

    // Transparency has nothing to show through in a JPEG: it is laid on white, not black.
    void transparencyBecomesWhite()
    {
        QImage image = noise(2400, 1200, QImage::Format_ARGB32);
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
            for (int x = image.width() / 2; x < image.width(); ++x) {
                line[x] = 0x00000000u; // the right half fully transparent
            }
        }
        const QByteArray png = encode(image, "png", 100);
        QVERIFY(png.size() > kMaxImageBytes);
        const ImageCheck check = prepareImage(png, QStringLiteral("logo.png"));
        QVERIFY2(check.ok(), qPrintable(check.error));
        QCOMPARE(check.image->mimeType, QStringLiteral("image/jpeg"));
        QImage decoded;
        QVERIFY(decoded.loadFromData(check.image->data, "jpeg"));
        for (const QPoint at : {QPoint(decoded.width() * 3 / 4, decoded.height() / 2),
                                QPoint(decoded.width() - 1, decoded.height() - 1)}) {
            const QColor colour = decoded.pixelColor(at);
            QVERIFY2(colour.red() >= 245 && colour.green() >= 245 && colour.blue() >= 245, qPrintable(colour.name()));
        }
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // a part of the sentence
        const QImage small = noise(40, 30);
        const QString cut = QStringLiteral("cut short");
        QTest::newRow("JPEG cut short") << cutShort(encode(small, "jpeg", 90)) << cut;
        QTest::newRow("PNG cut short") << cutShort(encode(small, "png")) << cut;
        QTest::newRow("GIF cut short") << cutShort(gif(40, 30, 2)) << cut;
        QTest::newRow("WebP cut short") << cutShort(encode(small, "webp", 80)) << cut;
        QTest::newRow("BMP") << encode(small, "bmp") << QStringLiteral("BMP");
        QTest::newRow("TIFF") << encode(small, "tiff") << QStringLiteral("TIFF");
        QTest::newRow("text") << QByteArray("Episode 41 notes:\nthe guest, the book, the link.\n")
                              << QStringLiteral("not an image");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        // A PNG's signature and end, garbage between: Qt cannot decode it, and its reason is not ours.
        QByteArray damaged = encode(small, "png");
        for (qsizetype i = 40; i < damaged.size() - 20; ++i) {
            damaged[i] = char(0x5A);
        }
        QTest::newRow("damaged PNG") << damaged << QStringLiteral("cannot be read");
        // 16 MB: more than X takes for a GIF.
        QTest::newRow("GIF over 15 MB") << gif(4100, 4000, 1) << QStringLiteral("GIFs up to");
    }

    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        if (QByteArray(QTest::currentDataTag()) == "TIFF") {
            QVERIFY2(!bytes.isEmpty(), "Qt's TIFF plugin (qt6-image-formats-plugins) is missing");
        }
        const QString name = QStringLiteral("chosen file.img");
        const ImageCheck check = prepareImage(bytes, name);
        QVERIFY2(!check.ok(), QTest::currentDataTag());
        QVERIFY2(check.error.contains(expected), qPrintable(check.error));
        verifyOurSentence(check.error, name);
        // Without a name the sentence still makes sense.
        const ImageCheck unnamed = prepareImage(bytes);
        QVERIFY(!unnamed.ok());
        verifyOurSentence(unnamed.error, {});
        QVERIFY2(unnamed.error.contains(QLatin1String("image")), qPrintable(unnamed.error));
    }

    void fileIsReadWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("Episode 41.png"));
        const QByteArray png = encode(noise(30, 20), "png");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(png) == png.size());
        file.close();
        const ImageCheck check = prepareImageFile(path);
        QVERIFY2(check.ok(), qPrintable(check.error));
        QCOMPARE(check.image->fileName, QStringLiteral("Episode 41.png")); // no folder
        QVERIFY(check.image->data == png);
        QCOMPARE(check.image->width, 30);
    }

    void missingFileIsRefused()
    {
        QTemporaryDir dir;
        const ImageCheck check = prepareImageFile(dir.filePath(QStringLiteral("gone.jpg")));
        QVERIFY(!check.ok());
        verifyOurSentence(check.error, QStringLiteral("gone.jpg"));
        QVERIFY2(!check.error.contains(dir.path()), qPrintable(check.error)); // the name, not the folder
        const ImageCheck folder = prepareImageFile(dir.path());
        QVERIFY(!folder.ok());
        QVERIFY(!folder.error.isEmpty());
    }

    // The work is queued on the global thread pool, never done on the calling thread: with the pool's
    // only thread held, the future must still be waiting when the call has returned.
    void backgroundRunsOnThePool()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("art.jpg"));
        QFile file(path);
        const QByteArray jpeg = encode(noise(300, 200), "jpeg", 90);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(jpeg) == jpeg.size());
        file.close();

        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        pool->setMaxThreadCount(1);
        QSemaphore held;
        QSemaphore release;
        pool->start([&] {
            held.release();
            release.acquire();
        });
        QVERIFY(held.tryAcquire(1, 10000));

        QFuture<ImageCheck> future = prepareImageFileInBackground(path);
        QFutureWatcher<ImageCheck> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        watcher.setFuture(future);
        QTest::qWait(50);
        const bool waitedForThePool = !future.isFinished();
        QFuture<ImageCheck> fromBytes = prepareImageInBackground(jpeg, QStringLiteral("art.jpg"));
        const bool bytesWaited = !fromBytes.isFinished();
        release.release();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        fromBytes.waitForFinished();
        pool->setMaxThreadCount(threads);
        QVERIFY2(waitedForThePool, "prepareImageFileInBackground did the work on the calling thread");
        QVERIFY2(bytesWaited, "prepareImageInBackground did the work on the calling thread");

        const ImageCheck direct = prepareImageFile(path);
        QVERIFY(direct.ok());
        QCOMPARE(future.resultCount(), 1);
        const ImageCheck background = future.result();
        QVERIFY2(background.ok(), qPrintable(background.error));
        QVERIFY(samePrepared(*background.image, *direct.image));
        QVERIFY(samePrepared(*fromBytes.result().image, *direct.image));

        // A refusal comes back the same way.
        const ImageCheck missing = prepareImageFileInBackground(dir.filePath(QStringLiteral("no.png"))).result();
        QCOMPARE(missing.error, prepareImageFile(dir.filePath(QStringLiteral("no.png"))).error);
    }
};

QTEST_GUILESS_MAIN(ImagePrepTest)
#include "test_imageprep.moc"
