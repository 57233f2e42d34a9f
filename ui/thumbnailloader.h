// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/tweetimage.h"

#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSqlDatabase>

namespace EpisodeDesk::Ui {

// Small pictures of the media store's images for the editor, the tweet pane and the history. A stored
// image may be a 3000×3000 PNG: it is decoded on the thread pool (QImageReader::setScaledSize, so a JPEG
// is never decoded at full size at all), once per SHA-256, and kept in QPixmapCache, which every loader
// shares. A repaint asks and gets a picture or a null pixmap at once; ready() follows when it is made.
//
//     auto *thumbnails = new ThumbnailLoader(db, this);
//     connect(thumbnails, &ThumbnailLoader::ready, view->viewport(), qOverload<>(&QWidget::update));
//     const QPixmap picture = thumbnails->thumbnail(image, 48); // null: not made yet
class ThumbnailLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailLoader)

public:
    // The largest side of a cached thumbnail, in pixels: sharp at 72 points on a 2× screen.
    static constexpr int kCachedSide = 160;

    explicit ThumbnailLoader(const QSqlDatabase &db, QObject *parent = nullptr);
    ~ThumbnailLoader() override;

    // The image scaled to fit a square of `side` device-independent pixels; null while it is being made
    // (ready() follows). An image whose bytes are gone or damaged gets a grey tile with a cross.
    QPixmap thumbnail(const Models::TweetImage &image, int side);
    // Thumbnails of several images side by side (the tweet pane's row, the history's cell), with "+N"
    // after `max` of them; null while any is being made.
    QPixmap strip(const QList<Models::TweetImage> &images, int side, int max, const QColor &textColor,
                  const QFont &font);

    // Decodes `bytes` scaled to fit kCachedSide; thread-safe, for the thread pool.
    static QImage makeThumbnail(const QByteArray &bytes);

Q_SIGNALS:
    void ready(const QString &sha256);

private:
    void start(const Models::TweetImage &image);

    QSqlDatabase m_db;
    QSet<QString> m_pending;
    QSet<QString> m_failed; // no bytes, or bytes Qt cannot decode: not tried again on every repaint
};

} // namespace EpisodeDesk::Ui
