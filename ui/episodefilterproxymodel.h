// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

namespace EpisodeDesk::Ui {

// Sorts episodes on SortRole (raw values) and keeps those matching the search box: by their own
// SearchTextRole (title and notes) or because one of their tweets matches. The tweets are not in the
// episode model, so the window looks them up and passes the matching episodes' ids along.
class EpisodeFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpisodeFilterProxyModel)

public:
    explicit EpisodeFilterProxyModel(QObject *parent = nullptr);
    ~EpisodeFilterProxyModel() override = default;

    void setSearch(const QString &text, const QSet<qint64> &episodesWithMatchingTweets);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QSet<qint64> m_tweetMatches;
};

} // namespace EpisodeDesk::Ui
