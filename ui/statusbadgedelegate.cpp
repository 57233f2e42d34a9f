// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusbadgedelegate.h"

#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <algorithm>
#include <cmath>
#include <optional>

namespace EpisodeDesk::Ui {

using Models::DisplayStatus;

namespace {

// Space around the pill inside the cell, and around the text inside the pill.
constexpr int cellMargin = 4;
constexpr int pillHorizontalPadding = 8;
constexpr int pillVerticalPadding = 2;

std::optional<DisplayStatus> modelStatusOf(const QModelIndex &index)
{
    bool ok = false;
    const int value = index.data(Models::StatusRole).toInt(&ok);
    if (!ok || value < int(DisplayStatus::Pending) || value > int(DisplayStatus::Held)) {
        return std::nullopt;
    }
    return static_cast<DisplayStatus>(value);
}

QString wordOf(const QModelIndex &index, DisplayStatus status)
{
    const QString word = index.data(Qt::DisplayRole).toString();
    return word.isEmpty() ? Models::TweetTableModel::statusLabel(status) : word;
}

// Rounded up: QFontMetrics::horizontalAdvance() rounds to the nearest pixel, and a pill sized to a
// rounded-down width would elide its own last letter.
int textWidth(const QFont &font, const QString &text)
{
    return int(std::ceil(QFontMetricsF(font).horizontalAdvance(text)));
}

} // namespace

StatusBadgeDelegate::StatusBadgeDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

void StatusBadgeDelegate::setBusyPredicate(BusyPredicate busy)
{
    m_busy = std::move(busy);
}

void StatusBadgeDelegate::setSpinnerPhase(int degrees)
{
    m_spinnerPhase = ((degrees % 360) + 360) % 360;
}

std::optional<DisplayStatus> StatusBadgeDelegate::shownStatus(const QModelIndex &index) const
{
    const auto status = modelStatusOf(index);
    if (status && m_busy && m_busy(index.data(Models::IdRole).toLongLong())) {
        return DisplayStatus::Posting;
    }
    return status;
}

QString StatusBadgeDelegate::shownWord(const QModelIndex &index, DisplayStatus status) const
{
    // The model's word, unless the badge shows a state the model does not know about yet.
    return modelStatusOf(index) == status ? wordOf(index, status) : Models::TweetTableModel::statusLabel(status);
}

QString StatusBadgeDelegate::symbol(DisplayStatus status)
{
    switch (status) {
    case DisplayStatus::Pending:
        return QStringLiteral("\u25CB"); // ○ ready, nothing happened yet
    case DisplayStatus::Scheduled:
        return QStringLiteral("\u25F7"); // ◷ clock
    case DisplayStatus::Posting:
        return QStringLiteral("\u21BB"); // ↻ in progress
    case DisplayStatus::Posted:
        return QStringLiteral("\u2713"); // ✓
    case DisplayStatus::Failed:
        return QStringLiteral("\u2715"); // ✕
    case DisplayStatus::Unknown:
        return QStringLiteral("?");
    case DisplayStatus::Missed:
        return QStringLiteral("!");
    case DisplayStatus::Disabled:
        return QStringLiteral("\u2298"); // ⊘
    case DisplayStatus::Held:
        return QStringLiteral("\u2016"); // ‖ paused until the user changes something
    }
    return {};
}

StatusBadgeDelegate::Colors StatusBadgeDelegate::colors(DisplayStatus status, bool darkBase)
{
    // Pairs of (pale, deep) shades of one hue: the pale one is the light theme's fill and the dark
    // theme's text, and the other way round, so both themes keep the same hue per status.
    QColor pale;
    QColor deep;
    switch (status) {
    case DisplayStatus::Pending:
        pale = QColor(0xD9, 0xEE, 0xEC);
        deep = QColor(0x0B, 0x4F, 0x4A);
        break;
    case DisplayStatus::Scheduled:
        pale = QColor(0xD6, 0xE4, 0xFB);
        deep = QColor(0x17, 0x3F, 0x8F);
        break;
    case DisplayStatus::Posting:
        pale = QColor(0xFC, 0xEB, 0xB6);
        deep = QColor(0x6B, 0x46, 0x00);
        break;
    case DisplayStatus::Posted:
        pale = QColor(0xD2, 0xEE, 0xD9);
        deep = QColor(0x0F, 0x5A, 0x2A);
        break;
    case DisplayStatus::Failed:
        pale = QColor(0xFB, 0xD5, 0xD2);
        deep = QColor(0x9A, 0x11, 0x11);
        break;
    case DisplayStatus::Unknown:
        pale = QColor(0xEA, 0xDD, 0xFB);
        deep = QColor(0x55, 0x2A, 0x91);
        break;
    case DisplayStatus::Missed:
        pale = QColor(0xFD, 0xE0, 0xC8);
        deep = QColor(0x87, 0x36, 0x00);
        break;
    case DisplayStatus::Disabled:
        pale = QColor(0xE6, 0xE7, 0xE9);
        deep = QColor(0x4A, 0x4E, 0x55);
        break;
    case DisplayStatus::Held:
        // Rose: a problem for the user to fix, apart from Failed's red and Missed's orange.
        pale = QColor(0xFA, 0xDB, 0xEC);
        deep = QColor(0x86, 0x14, 0x5A);
        break;
    }
    return darkBase ? Colors {deep, pale} : Colors {pale, deep};
}

QString StatusBadgeDelegate::badgeText(DisplayStatus status, const QString &word)
{
    return symbol(status) + QChar(0x2009) + word; // thin space: symbol and word read as one unit
}

int StatusBadgeDelegate::widestBadgeWidth(const QFont &font)
{
    const QFont bold = badgeFont(font);
    int widest = 0;
    for (int value = int(DisplayStatus::Pending); value <= int(DisplayStatus::Held); ++value) {
        const auto status = static_cast<DisplayStatus>(value);
        widest = std::max(widest, textWidth(bold, badgeText(status, Models::TweetTableModel::statusLabel(status))));
    }
    return widest + 2 * pillHorizontalPadding + 2 * cellMargin;
}

QFont StatusBadgeDelegate::badgeFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

void StatusBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto status = shownStatus(index);
    if (!status) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // The style still paints the cell (alternating base, selection, focus); only the text is ours.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFont font = badgeFont(opt.font);
    const QFontMetrics metrics(font);
    const QString word = shownWord(index, *status);
    const QString text = badgeText(*status, word);
    const QRect available = opt.rect.adjusted(cellMargin, cellMargin / 2, -cellMargin, -cellMargin / 2);
    const int pillHeight = std::min(available.height(), metrics.height() + 2 * pillVerticalPadding);
    const int needed = textWidth(font, text);
    const int pillWidth = std::min(available.width(), needed + 2 * pillHorizontalPadding);
    QRect pill(0, 0, pillWidth, pillHeight);
    pill.moveCenter(available.center());
    pill.moveLeft(available.left());

    const bool darkBase = opt.palette.color(QPalette::Base).lightness() < 128;
    const Colors colors = StatusBadgeDelegate::colors(*status, darkBase);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor border = colors.foreground;
    border.setAlpha(70); // a hairline keeps the pill visible on a selected (coloured) row
    painter->setPen(QPen(border, 1));
    painter->setBrush(colors.background);
    const QRectF pillF = QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5);
    painter->drawRoundedRect(pillF, pillF.height() / 2, pillF.height() / 2);
    painter->setFont(font);
    painter->setPen(colors.foreground);
    const QRect textRect = pill.adjusted(pillHorizontalPadding, 0, -pillHorizontalPadding, 0);
    const bool fits = needed <= textRect.width();
    if (*status == DisplayStatus::Posting && fits) {
        // The arc takes the symbol's place, so the word does not move when the spinner appears.
        const int symbolWidth = textWidth(font, symbol(*status));
        const int left = textRect.left() + (textRect.width() - needed) / 2;
        const int side = std::min(symbolWidth, metrics.ascent());
        QRectF arc(0, 0, side, side);
        arc.moveCenter(QPointF(left + symbolWidth / 2.0, textRect.center().y() + 0.5));
        QPen pen(colors.foreground, std::max(1.5, side / 7.0));
        pen.setCapStyle(Qt::RoundCap);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        // Qt's angles run counter-clockwise in 1/16 degree; subtracting the phase turns it clockwise.
        painter->drawArc(arc.adjusted(1, 1, -1, -1), (90 - m_spinnerPhase) * 16, -270 * 16);
        painter->setPen(colors.foreground);
        const QString rest = text.mid(symbol(*status).size());
        painter->drawText(textRect.adjusted(left - textRect.left() + symbolWidth, 0, 0, 0),
                          Qt::AlignLeft | Qt::AlignVCenter, rest);
    } else {
        painter->drawText(textRect, Qt::AlignCenter,
                          fits ? text : metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    }
    painter->restore();
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const auto status = shownStatus(index);
    if (!status) {
        return base;
    }
    const QFont font = badgeFont(option.font);
    const QFontMetrics metrics(font);
    const QString text = badgeText(*status, shownWord(index, *status));
    const int width = textWidth(font, text) + 2 * pillHorizontalPadding + 2 * cellMargin;
    const int height = metrics.height() + 2 * pillVerticalPadding + cellMargin;
    return {std::max(base.width(), width), std::max(base.height(), height)};
}

} // namespace EpisodeDesk::Ui
