// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/imageprep.h"

#include "media/tweetimage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>
#include <QLoggingCategory>
#include <QPainter>
#include <QPromise>
#include <QThreadPool>

#include <cmath>
#include <memory>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcImagePrep, "episodedesk.media.imageprep")

namespace {

constexpr qint64 kMaxFileBytes = 100 * 1024 * 1024;
constexpr int kJpegQuality = 90;

// The context of this file's sentences for Qt Linguist.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ImagePrep)
};

QString named(const QString &fileName)
{
    return fileName.isEmpty() ? Text::tr("The image") : QStringLiteral("“%1”").arg(fileName);
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString mimeTypeFor(const QByteArray &format)
{
    if (format == "jpeg" || format == "jpg") {
        return QStringLiteral("image/jpeg");
    }
    if (format == "png") {
        return QStringLiteral("image/png");
    }
    if (format == "webp") {
        return QStringLiteral("image/webp");
    }
    if (format == "gif") {
        return QStringLiteral("image/gif");
    }
    return {};
}

quint32 littleEndian32(const QByteArray &bytes, int at)
{
    return quint32(quint8(bytes.at(at))) | quint32(quint8(bytes.at(at + 1))) << 8 |
        quint32(quint8(bytes.at(at + 2))) << 16 | quint32(quint8(bytes.at(at + 3))) << 24;
}

// Whether the file ends as its format says a whole file ends. Qt decodes a cut-off JPEG or PNG without
// complaint (the missing part grey or black), so this is the only way to tell.
bool isComplete(const QByteArray &bytes, const QString &mimeType)
{
    if (mimeType == QLatin1String("image/jpeg")) {
        // In entropy-coded data 0xFF is always stuffed (FF 00) or a restart marker, so an FF D9 after
        // the last start-of-scan is the real end of image (an EXIF thumbnail's comes before it).
        const qsizetype lastScan = bytes.lastIndexOf(QByteArrayView("\xFF\xDA", 2));
        return lastScan > 0 && bytes.lastIndexOf(QByteArrayView("\xFF\xD9", 2)) > lastScan;
    }
    if (mimeType == QLatin1String("image/png")) {
        const qsizetype end = bytes.lastIndexOf(QByteArrayView("IEND"));
        return end > 0 && end + 8 <= bytes.size();
    }
    if (mimeType == QLatin1String("image/gif")) {
        qsizetype last = bytes.size() - 1;
        while (last > 0 && bytes.at(last) == '\0') {
            --last; // some writers pad the file
        }
        return last > 0 && bytes.at(last) == ';'; // the trailer, 0x3B
    }
    if (mimeType == QLatin1String("image/webp")) {
        return bytes.size() >= 12 && qint64(littleEndian32(bytes, 4)) + 8 <= bytes.size();
    }
    return false;
}

// A JPEG of `image` that fits X's 5 MB: quality 90 at full size if that fits, else scaled down.
std::optional<QByteArray> encodeToFit(QImage image, qint64 limit)
{
    if (image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    QImage scaled = image;
    for (int round = 0; round < 8; ++round) {
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(kJpegQuality);
        writer.setOptimizedWrite(true);
        if (!writer.write(scaled)) {
            qCWarning(lcImagePrep) << "JPEG encoding failed:" << writer.errorString();
            return std::nullopt;
        }
        if (out.size() <= limit) {
            return out;
        }
        // The size of a JPEG grows about with its pixel count: shrink both sides by the square root of
        // how much too large it is, and a little more so that one more round is rarely needed.
        const double factor = std::sqrt(double(limit) / double(out.size())) * 0.95;
        const int width = std::max(1, int(std::floor(scaled.width() * factor)));
        scaled = image.scaledToWidth(width, Qt::SmoothTransformation);
    }
    return std::nullopt;
}

} // namespace

ImageCheck prepareImage(const QByteArray &bytes, const QString &fileName)
{
    ImageCheck check;
    if (bytes.isEmpty()) {
        check.error = Text::tr("%1 is empty.").arg(named(fileName));
        return check;
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = QImageReader::imageFormat(&buffer);
    const QString mimeType = mimeTypeFor(format);
    if (mimeType.isEmpty()) {
        check.error = format.isEmpty() ? Text::tr("%1 is not an image EpisodeDesk can read.").arg(named(fileName))
                                       : Text::tr("%1 is a %2 image; X takes JPEG, PNG, WebP and GIF.")
                                             .arg(named(fileName), QString::fromLatin1(format).toUpper());
        return check;
    }
    if (!isComplete(bytes, mimeType)) {
        check.error = Text::tr("%1 is cut short (the file ends before the image does). Copy or download it again.")
                          .arg(named(fileName));
        return check;
    }
    buffer.seek(0);
    QImageReader reader(&buffer, format);
    reader.setAutoTransform(true);
    const int frames = mimeType == QLatin1String("image/gif") ? std::max(1, reader.imageCount()) : 1;
    QImage image = reader.read();
    if (image.isNull()) {
        // Qt's reason ("Unknown error", "Unable to read image data") says nothing the user can act on.
        qCInfo(lcImagePrep) << "cannot decode" << fileName << format << reader.errorString();
        check.error = Text::tr("%1 cannot be read as an image: it may be damaged. Open it in an image editor and "
                               "save it again.")
                          .arg(named(fileName));
        return check;
    }
    PreparedImage prepared;
    prepared.fileName = fileName;
    prepared.frames = frames;
    if (mimeType == QLatin1String("image/gif")) {
        if (bytes.size() > kMaxGifBytes) {
            check.error = Text::tr("%1 is a GIF of %2; X takes GIFs up to %3.")
                              .arg(named(fileName), size(bytes.size()), size(kMaxGifBytes));
            return check;
        }
    } else if (bytes.size() > kMaxImageBytes) {
        const std::optional<QByteArray> fitted = encodeToFit(image, kMaxImageBytes);
        if (!fitted) {
            check.error = Text::tr("%1 (%2) is larger than X takes, and could not be made smaller.")
                              .arg(named(fileName), size(bytes.size()));
            return check;
        }
        QImage decoded;
        decoded.loadFromData(*fitted, "jpeg");
        prepared.original = bytes;
        prepared.originalMimeType = mimeType;
        prepared.originalWidth = image.width();
        prepared.originalHeight = image.height();
        prepared.data = *fitted;
        prepared.mimeType = QStringLiteral("image/jpeg");
        prepared.width = decoded.width();
        prepared.height = decoded.height();
        check.image = prepared;
        return check;
    }
    prepared.data = bytes;
    prepared.mimeType = mimeType;
    prepared.width = image.width();
    prepared.height = image.height();
    check.image = prepared;
    return check;
}

ImageCheck prepareImageFile(const QString &path)
{
    const QFileInfo info(path);
    ImageCheck check;
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        check.error = Text::tr("Could not open “%1”.").arg(info.fileName());
        return check;
    }
    if (file.size() > kMaxFileBytes) {
        check.error = Text::tr("“%1” is %2; EpisodeDesk takes images up to %3.")
                          .arg(info.fileName(), size(file.size()), size(kMaxFileBytes));
        return check;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.size() != file.size()) {
        check.error = Text::tr("Could not read all of “%1”.").arg(info.fileName());
        return check;
    }
    return prepareImage(bytes, info.fileName());
}

namespace {

QFuture<ImageCheck> inBackground(std::function<ImageCheck()> work)
{
    auto promise = std::make_shared<QPromise<ImageCheck>>();
    QFuture<ImageCheck> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

} // namespace

QFuture<ImageCheck> prepareImageFileInBackground(const QString &path)
{
    return inBackground([path] { return prepareImageFile(path); });
}

QFuture<ImageCheck> prepareImageInBackground(const QByteArray &bytes, const QString &fileName)
{
    return inBackground([bytes, fileName] { return prepareImage(bytes, fileName); });
}

} // namespace EpisodeDesk::Models
