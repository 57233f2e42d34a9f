// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgetutil.h"

#include <QAction>
#include <QHeaderView>
#include <QTableView>

namespace EpisodeDesk::Ui {

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    // Tab leaves the table instead of walking its cells: rows are the unit here, not cells.
    view->setTabKeyNavigation(false);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->verticalHeader()->hide();
    // Every row the same height, known without asking the model: a list of 100,000 episodes lays out
    // without measuring them.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 14);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QString elided(const QString &text, int maxChars)
{
    const QString oneLine = text.simplified();
    return oneLine.size() <= maxChars ? oneLine : oneLine.left(maxChars - 1) + QChar(0x2026);
}

QAction *separatorAction(QObject *parent)
{
    auto *action = new QAction(parent);
    action->setSeparator(true);
    return action;
}

} // namespace EpisodeDesk::Ui
