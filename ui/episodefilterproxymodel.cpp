// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "episodefilterproxymodel.h"

#include "itemmodels/episodetablemodel.h"
#include "itemmodels/itemdatarole.h"

namespace EpisodeDesk::Ui {

using Models::EpisodeTableModel;

EpisodeFilterProxyModel::EpisodeFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Models::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void EpisodeFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_episodes = qobject_cast<const EpisodeTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void EpisodeFilterProxyModel::setSearch(const QString &text, const QSet<qint64> &episodesWithMatchingText)
{
    const QString search = text.trimmed();
    if (search == m_search && episodesWithMatchingText == m_textMatches) {
        return; // a refilter would re-emit rows for nothing
    }
    m_search = search;
    m_textMatches = episodesWithMatchingText;
    // One layout change, not invalidateFilter(): that reports every run of rows that appears or goes
    // as its own insert or remove, and a search over 100,000 date-sorted episodes makes thousands of
    // runs, each of which the view's header answers in time proportional to all rows.
    invalidate();
}

bool EpisodeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty()) {
        return true;
    }
    if (m_episodes && !sourceParent.isValid()) {
        return m_episodes->titleAt(sourceRow).contains(m_search, Qt::CaseInsensitive) ||
            m_textMatches.contains(m_episodes->idAt(sourceRow));
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(Models::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive) ||
        m_textMatches.contains(index.data(Models::IdRole).toLongLong());
}

bool EpisodeFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Titles compare as text (locale aware); every other column has a numeric key.
    if (m_episodes && left.column() == right.column() && left.column() != EpisodeTableModel::TitleColumn &&
        sortRole() == Models::SortRole) {
        return m_episodes->sortKey(left.row(), left.column()) < m_episodes->sortKey(right.row(), right.column());
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace EpisodeDesk::Ui
