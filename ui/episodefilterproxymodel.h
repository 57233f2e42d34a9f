// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QString>

namespace EpisodeDesk::Models {
class EpisodeTableModel;
}

namespace EpisodeDesk::Ui {

// Sorts episodes on SortRole (raw values) and keeps those matching the search box: by their own
// SearchTextRole (the title) or because the database found the term in their notes or one of their
// tweets. Neither is in the episode model, so the window looks them up (EpisodeStore,
// TweetStore) and passes the matching episodes' ids along.
//
// Over an EpisodeTableModel it reads the model's rows directly (titleAt, sortKey) instead of through
// QVariants: with 100,000 episodes a sort is ~1.7 million comparisons and a search 100,000 matches.
class EpisodeFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpisodeFilterProxyModel)

public:
    explicit EpisodeFilterProxyModel(QObject *parent = nullptr);
    ~EpisodeFilterProxyModel() override = default;

    void setSourceModel(QAbstractItemModel *model) override;
    void setSearch(const QString &text, const QSet<qint64> &episodesWithMatchingText);
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    QSet<qint64> m_textMatches;
    const Models::EpisodeTableModel *m_episodes = nullptr; // the source, when it is one
};

} // namespace EpisodeDesk::Ui
