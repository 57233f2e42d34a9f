// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "store/tweetstore.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace EpisodeDesk::Models {

template<typename Row, typename Model>
void syncRowsById(Model *model, QList<Row> &rows, const QList<Row> &fresh, int columnCount);

// The show's episodes with a summary of their tweets by status. Reads through the GUI thread's
// connection; reload() after any change (ours, the poster's or another process's).
class EpisodeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpisodeTableModel)

public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        PublishedColumn,
        TweetsColumn,
        ColumnCount
    };

    explicit EpisodeTableModel(const QSqlDatabase &db, QObject *parent = nullptr);
    ~EpisodeTableModel() override = default;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Episode episodeAt(int row) const;
    int rowOf(qint64 episodeId) const;

    // One line such as "1 posted · 2 scheduled" (empty when the episode has no tweets).
    static QString summaryText(const StatusCounts &counts);

public Q_SLOTS:
    void reload();

private:
    struct Row
    {
        Episode episode;
        StatusCounts counts;
        qint64 id() const { return episode.id; }
        bool operator==(const Row &other) const
        {
            return episode == other.episode && counts.byStatus == other.counts.byStatus;
        }
    };
    template<typename R, typename M>
    friend void syncRowsById(M *model, QList<R> &rows, const QList<R> &fresh, int columnCount);

    QSqlDatabase m_db;
    QList<Row> m_rows;
};

} // namespace EpisodeDesk::Models
