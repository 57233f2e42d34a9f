// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QColor>
#include <QStyledItemDelegate>

#include <functional>
#include <optional>

namespace EpisodeDesk::Ui {

// Paints a tweet's DisplayStatus as a rounded pill holding a symbol and the word ("✓ Posted"), so colour
// is never the only cue. The word is the model's DisplayRole, which is also what assistive technology
// reads for the cell; the colour and symbol come from StatusRole (DisplayStatus as int).
//
//     view->setItemDelegateForColumn(Models::TweetTableModel::StatusColumn, new StatusBadgeDelegate(view));
//
// A "Posting…" badge shows a spinning arc in place of its symbol, turned by setSpinnerPhase() (the view's
// owner runs the timer, only while something is posting). setBusyPredicate() lets the owner show a row as
// posting before the database says so: from the click that sent it until the engine's answer.
class StatusBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadgeDelegate)

public:
    struct Colors
    {
        QColor background;
        QColor foreground;
    };

    using BusyPredicate = std::function<bool(qint64 configId)>;

    explicit StatusBadgeDelegate(QObject *parent = nullptr);
    ~StatusBadgeDelegate() override = default;

    void setBusyPredicate(BusyPredicate busy);
    // The spinner's angle in degrees; the caller repaints.
    void setSpinnerPhase(int degrees);
    int spinnerPhase() const { return m_spinnerPhase; }
    // The status the badge of this index shows: the model's, or Posting while the busy predicate says so.
    std::optional<Models::DisplayStatus> shownStatus(const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // One distinct symbol per status, so the badge also reads in grey scale and for colour-blind users.
    static QString symbol(Models::DisplayStatus status);
    // Light pills on a light base, dark pills on a dark one; the text contrast stays above 4.5:1.
    static Colors colors(Models::DisplayStatus status, bool darkBase);
    // The text inside the pill: symbol, thin gap, word.
    static QString badgeText(Models::DisplayStatus status, const QString &word);
    // The width of a cell that fits every status's badge (with the model's words) in this font, so a
    // status column can keep one width while statuses change under it.
    static int widestBadgeWidth(const QFont &font);

private:
    static QFont badgeFont(const QFont &base);
    QString shownWord(const QModelIndex &index, Models::DisplayStatus status) const;

    BusyPredicate m_busy;
    int m_spinnerPhase = 0;
};

} // namespace EpisodeDesk::Ui
