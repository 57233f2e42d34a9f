// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusbar.h"

#include <QHelpEvent>
#include <QPainter>
#include <QSizeGrip>
#include <QStyleOption>
#include <QToolTip>

#include <algorithm>

namespace EpisodeDesk::Ui {

StatusBar::StatusBar(QWidget *parent) : QStatusBar(parent) { }

StatusBar::~StatusBar() = default;

QList<QWidget *> StatusBar::visiblePermanentWidgets() const
{
    // While a message shows, QStatusBar hides its normal widgets: the visible children are the
    // permanent ones (and the size grip, which is not an item).
    QList<QWidget *> widgets;
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (child->isVisible() && !qobject_cast<QSizeGrip *>(child)) {
            widgets.append(child);
        }
    }
    return widgets;
}

QRect StatusBar::messageRect() const
{
    // The room QStatusBar gives its message: from 6 px in to 12 px before the end (the size grip's
    // corner), and 2 px clear of the permanent widgets.
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    int left = 6;
    int right = width() - 12;
    for (const QWidget *widget : visiblePermanentWidgets()) {
        if (rightToLeft) {
            left = std::max(left, widget->x() + widget->width() + 2);
        } else {
            right = std::min(right, widget->x() - 2);
        }
    }
    return QRect(left, 0, std::max(0, right - left), height());
}

QString StatusBar::shownMessage() const
{
    return fontMetrics().elidedText(currentMessage(), Qt::ElideRight, messageRect().width());
}

bool StatusBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString message = currentMessage();
        if (!message.isEmpty() && shownMessage() != message && messageRect().contains(help->pos())) {
            QToolTip::showText(help->globalPos(), message, this, messageRect());
            return true;
        }
    }
    return QStatusBar::event(event);
}

void StatusBar::paintEvent(QPaintEvent *event)
{
    const QString message = currentMessage();
    if (message.isEmpty()) {
        QStatusBar::paintEvent(event);
        return;
    }
    // QStatusBar's own painting with a message, but the message elided to its room.
    QPainter painter(this);
    QStyleOption panel;
    panel.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &panel, &painter, this);
    for (QWidget *widget : visiblePermanentWidgets()) {
        QStyleOption frame;
        frame.rect = widget->geometry().adjusted(-2, -1, 2, 1);
        frame.palette = palette();
        frame.state = QStyle::State_None;
        if (event->rect().intersects(frame.rect)) {
            style()->drawPrimitive(QStyle::PE_FrameStatusBarItem, &frame, &painter, widget);
        }
    }
    painter.setPen(palette().windowText().color());
    painter.drawText(messageRect(), Qt::AlignLeading | Qt::AlignVCenter | Qt::TextSingleLine, shownMessage());
}

} // namespace EpisodeDesk::Ui
