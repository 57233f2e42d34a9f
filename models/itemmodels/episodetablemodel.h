// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "store/tweetstore.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace EpisodeDesk::Models {

template<typename Row, typename Model>
void syncRowsById(Model *model, QList<Row> &rows, const QList<Row> &fresh, int columnCount);
template<typename Row, typename Model, typename Ids>
void patchRowsById(Model *model, QList<Row> &rows, const QList<Row> &fresh, const Ids &ids, int columnCount);

// The show's episodes with a summary of their tweets by status. Reads through the GUI thread's
// connection; reload() after any change (ours, the poster's or another process's). A reload reads the
// change log (ChangeLog) and re-reads only the episodes named there, so that it costs what changed, not
// the size of the show; it reads everything when the log was pruned past the last one seen. Rows hold
// what the table shows, not the notes or the link (the title's tooltip reads it when asked):
// EpisodeStore::find() has the whole episode.
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

    // The episode as the table shows it: id, number, title and published on (no notes, link or times).
    Episode episodeAt(int row) const;
    int rowOf(qint64 episodeId) const;
    // The raw value SortRole gives for a column other than the title, as a number, for a proxy that
    // sorts 100,000 rows without a QVariant per comparison.
    qint64 sortKey(int row, int column) const;
    const QString &titleAt(int row) const { return m_rows.at(row).title; }
    qint64 idAt(int row) const { return m_rows.at(row).episodeId; }

    // One line such as "1 posted · 2 scheduled" (empty when the episode has no tweets).
    static QString summaryText(const StatusCounts &counts);

public Q_SLOTS:
    void reload();

private:
    struct Row
    {
        qint64 episodeId = 0;
        std::optional<int> number;
        QString title;
        QDate publishedOn;
        StatusCounts counts;
        qint64 id() const { return episodeId; }
        bool operator==(const Row &other) const
        {
            return episodeId == other.episodeId && number == other.number && title == other.title &&
                publishedOn == other.publishedOn && counts.byStatus == other.counts.byStatus;
        }
    };
    template<typename R, typename M, typename Ids>
    friend void patchRowsById(M *model, QList<R> &rows, const QList<R> &fresh, const Ids &ids, int columnCount);

    // nullopt when the database could not be read (it was logged): the rows shown stay as they were.
    std::optional<QList<Row>> readRows(const QSet<qint64> *ids) const;
    template<typename R, typename M>
    friend void syncRowsById(M *model, QList<R> &rows, const QList<R> &fresh, int columnCount);

    QSqlDatabase m_db;
    QList<Row> m_rows;
    qint64 m_seenSeq = -1; // the last change log entry read; -1: none, read everything
};

} // namespace EpisodeDesk::Models
