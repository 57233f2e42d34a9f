// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_media: what images cost before a post (issue 13). Prints one JSON object:
//
//   prepare_ms       prepareImage() (decode, check, re-encode when over X's 5 MB) per kind of image,
//                    the median of --runs runs: a 1400×1400 JPEG (typical artwork), a 3000×3000 PNG of
//                    9+ MB (re-encoded to JPEG q90), a 3000×3000 PNG that needs scaling too
//   prepared         each one's result: type, pixel size, bytes
//   store_put_ms     MediaStore::put of the 3000×3000 re-encoding (its bytes and the original)
//
// The decode runs off the GUI thread in the app (prepareImageFileInBackground); these figures are
// how long the user waits for a thumbnail, not a stall. Options: --runs N (5), --dir PATH.
#include "media/imageprep.h"
#include "media/mediastore.h"
#include "store/database.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace EpisodeDesk::Models;

namespace {

// Noise compresses badly, as photographs do: what makes a 3000×3000 PNG 9 MB and more.
QByteArray noisyImage(int side, const char *format, int noiseEvery)
{
    QImage image(side, side, QImage::Format_RGB32);
    QRandomGenerator random(side);
    for (int y = 0; y < side; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < side; ++x) {
            const bool noisy = (x + y) % noiseEvery == 0;
            line[x] = noisy ? random.generate() | 0xff000000u : qRgb(x * 255 / side, y * 255 / side, 128);
        }
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, qstrcmp(format, "png") == 0 ? -1 : 95); // PNG: the default compression
    return bytes;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QJsonObject describe(const ImageCheck &check, qint64 inputBytes)
{
    if (!check.ok()) {
        return {{QStringLiteral("error"), check.error}};
    }
    return {{QStringLiteral("input_bytes"), inputBytes},
            {QStringLiteral("type"), check.image->mimeType},
            {QStringLiteral("width"), check.image->width},
            {QStringLiteral("height"), check.image->height},
            {QStringLiteral("bytes"), qint64(check.image->data.size())},
            {QStringLiteral("reencoded"), check.image->reencoded()}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per image."), QStringLiteral("n"),
                                        QStringLiteral("5"));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where the database is made."),
                                       QStringLiteral("path"));
    parser.addOptions({runsOption, dirOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    std::fprintf(stderr, "making the images…\n");
    const QList<std::pair<QString, QByteArray>> inputs = {
        {QStringLiteral("jpeg_1400"), noisyImage(1400, "jpeg", 7)},
        {QStringLiteral("png_3000_reencode"), noisyImage(3000, "png", 9)},
        {QStringLiteral("png_3000_scaled"), noisyImage(3000, "png", 1)},
    };
    QJsonObject prepareMs;
    QJsonObject prepared;
    std::optional<PreparedImage> large;
    for (const auto &[name, bytes] : inputs) {
        QList<double> times;
        ImageCheck check;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            check = prepareImage(bytes, name);
            times.append(timer.nsecsElapsed() / 1e6);
        }
        prepareMs.insert(name, median(times));
        prepared.insert(name, describe(check, bytes.size()));
        if (name == QLatin1String("png_3000_reencode") && check.ok()) {
            large = check.image;
        }
        std::fprintf(stderr, "%s: %.1f ms\n", qPrintable(name), median(times));
    }

    QTemporaryDir dir(parser.isSet(dirOption) ? parser.value(dirOption) + QStringLiteral("/bench-media-XXXXXX")
                                              : QString());
    Database db;
    double putMs = -1;
    if (large && db.open(dir.filePath(QStringLiteral("show.sqlite")), QStringLiteral("bench"))) {
        QElapsedTimer timer;
        timer.start();
        const auto stored = MediaStore(db.connection()).put(*large);
        putMs = stored ? timer.nsecsElapsed() / 1e6 : -1;
    }
    const QJsonObject result {{QStringLiteral("runs"), runs},
                              {QStringLiteral("prepare_ms"), prepareMs},
                              {QStringLiteral("prepared"), prepared},
                              {QStringLiteral("store_put_ms"), putMs}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return putMs < 0 ? 1 : 0;
}
