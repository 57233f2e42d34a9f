// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "thumbnailloader.h"

#include "media/mediastore.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImageReader>
#include <QLoggingCategory>
#include <QPainter>
#include <QPixmapCache>
#include <QPointer>
#include <QThreadPool>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcThumbnails, "episodedesk.ui.thumbnails")

namespace {

QString cacheKey(const QString &sha256)
{
    return QStringLiteral("episodedesk/thumbnail/") + sha256;
}

QPixmap missingTile(int side, qreal dpr)
{
    QPixmap tile(QSize(side, side) * dpr);
    tile.setDevicePixelRatio(dpr);
    tile.fill(QColor(0xE0, 0xE0, 0xE0));
    QPainter painter(&tile);
    painter.setPen(QPen(QColor(0x80, 0x80, 0x80), 1.5));
    painter.drawLine(QPointF(side * 0.3, side * 0.3), QPointF(side * 0.7, side * 0.7));
    painter.drawLine(QPointF(side * 0.7, side * 0.3), QPointF(side * 0.3, side * 0.7));
    return tile;
}

} // namespace

ThumbnailLoader::ThumbnailLoader(const QSqlDatabase &db, QObject *parent) : QObject(parent), m_db(db) { }

ThumbnailLoader::~ThumbnailLoader() = default;

QImage ThumbnailLoader::makeThumbnail(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize full = reader.size();
    if (full.isValid() && (full.width() > kCachedSide || full.height() > kCachedSide)) {
        // The reader scales while decoding where the format can (JPEG): no full-size image in memory.
        reader.setScaledSize(full.scaled(kCachedSide, kCachedSide, Qt::KeepAspectRatio));
    }
    QImage image = reader.read();
    if (!image.isNull() && (image.width() > kCachedSide || image.height() > kCachedSide)) {
        image = image.scaled(kCachedSide, kCachedSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }
    return image;
}

QPixmap ThumbnailLoader::thumbnail(const Models::TweetImage &image, int side)
{
    const qreal dpr = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    if (m_failed.contains(image.sha256)) {
        return missingTile(side, dpr);
    }
    QPixmap cached;
    if (!QPixmapCache::find(cacheKey(image.sha256), &cached)) {
        start(image);
        return {};
    }
    QPixmap scaled = cached.scaled(QSize(side, side) * dpr, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    scaled.setDevicePixelRatio(dpr);
    return scaled;
}

QPixmap ThumbnailLoader::strip(const QList<Models::TweetImage> &images, int side, int max, const QColor &textColor,
                               const QFont &font)
{
    QList<QPixmap> pictures;
    for (const Models::TweetImage &image : images.mid(0, max)) {
        const QPixmap picture = thumbnail(image, side);
        if (picture.isNull()) {
            return {};
        }
        pictures.append(picture);
    }
    if (pictures.isEmpty()) {
        return {};
    }
    const QString more = images.size() > max ? QStringLiteral("+%1").arg(images.size() - max) : QString();
    const QFontMetrics metrics(font);
    const int gap = 2;
    const int moreWidth = more.isEmpty() ? 0 : gap + metrics.horizontalAdvance(more) + gap;
    const int width = int(pictures.size()) * (side + gap) - gap + moreWidth;
    const qreal dpr = pictures.first().devicePixelRatio();
    QPixmap strip(QSize(width, side) * dpr);
    strip.setDevicePixelRatio(dpr);
    strip.fill(Qt::transparent);
    QPainter painter(&strip);
    int x = 0;
    for (const QPixmap &picture : pictures) {
        const QSizeF size = picture.deviceIndependentSize();
        painter.drawPixmap(QPointF(x + (side - size.width()) / 2, (side - size.height()) / 2), picture);
        x += side + gap;
    }
    if (!more.isEmpty()) {
        painter.setPen(textColor);
        painter.setFont(font);
        painter.drawText(QRect(x, 0, moreWidth, side), Qt::AlignLeft | Qt::AlignVCenter, more);
    }
    return strip;
}

void ThumbnailLoader::start(const Models::TweetImage &image)
{
    if (m_pending.contains(image.sha256)) {
        return;
    }
    // The bytes through this thread's connection (a Qt SQL connection belongs to its thread); only the
    // decoding goes to the pool.
    Models::MediaStore store(m_db);
    const std::optional<QByteArray> bytes = store.bytes(image);
    if (!bytes) {
        qCWarning(lcThumbnails) << "no bytes for image" << image.sha256 << store.lastError();
        m_failed.insert(image.sha256);
        Q_EMIT ready(image.sha256);
        return;
    }
    m_pending.insert(image.sha256);
    QPointer<ThumbnailLoader> self(this);
    const QString sha256 = image.sha256;
    QThreadPool::globalInstance()->start([self, sha256, bytes = *bytes] {
        const QImage picture = makeThumbnail(bytes);
        QMetaObject::invokeMethod(
            qApp,
            [self, sha256, picture] {
                if (!self) {
                    return;
                }
                self->m_pending.remove(sha256);
                if (picture.isNull()) {
                    qCWarning(lcThumbnails) << "image" << sha256 << "does not decode";
                    self->m_failed.insert(sha256);
                } else {
                    QPixmapCache::insert(cacheKey(sha256), QPixmap::fromImage(picture));
                }
                Q_EMIT self->ready(sha256);
            },
            Qt::QueuedConnection);
    });
}

} // namespace EpisodeDesk::Ui
