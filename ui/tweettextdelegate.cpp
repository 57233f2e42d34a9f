// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tweettextdelegate.h"

#include "itemmodels/itemdatarole.h"
#include "media/tweetimage.h"
#include "thumbnailloader.h"

#include <QPainter>

namespace EpisodeDesk::Ui {

TweetTextDelegate::TweetTextDelegate(ThumbnailLoader *thumbnails, QObject *parent)
    : QStyledItemDelegate(parent), m_thumbnails(thumbnails)
{ }

TweetTextDelegate::~TweetTextDelegate() = default;

void TweetTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto images = index.data(Models::ImagesRole).value<QList<Models::TweetImage>>();
    if (images.isEmpty()) {
        return;
    }
    // One line high, like the row: the list stays as dense with images as without.
    const int side = option->fontMetrics.height();
    QPixmap picture = m_thumbnails->strip(images, side, 1, option->palette.color(QPalette::Text), option->font);
    if (picture.isNull()) {
        // Still being made: the room it will take, so the text does not jump when it arrives.
        const QString more = images.size() > 1 ? QStringLiteral("+%1").arg(images.size() - 1) : QString();
        const int width = side + (more.isEmpty() ? 0 : 4 + option->fontMetrics.horizontalAdvance(more));
        picture = QPixmap(width, side);
        picture.fill(Qt::transparent);
    }
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = QIcon(picture);
    option->decorationSize = picture.deviceIndependentSize().toSize();
}

} // namespace EpisodeDesk::Ui
