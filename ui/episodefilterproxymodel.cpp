// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "episodefilterproxymodel.h"

#include "itemmodels/itemdatarole.h"

namespace EpisodeDesk::Ui {

EpisodeFilterProxyModel::EpisodeFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Models::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void EpisodeFilterProxyModel::setSearch(const QString &text, const QSet<qint64> &episodesWithMatchingTweets)
{
    const QString search = text.trimmed();
    if (search == m_search && episodesWithMatchingTweets == m_tweetMatches) {
        return; // a refilter would re-emit rows for nothing
    }
    m_search = search;
    m_tweetMatches = episodesWithMatchingTweets;
    invalidateFilter();
}

bool EpisodeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty()) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(Models::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive) ||
        m_tweetMatches.contains(index.data(Models::IdRole).toLongLong());
}

} // namespace EpisodeDesk::Ui
