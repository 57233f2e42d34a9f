// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "media/tweetimage.h"
#include "posting/holdreason.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace EpisodeDesk::Models {

class TweetStore;

template<typename Row, typename Model>
void syncRowsById(Model *model, QList<Row> &rows, const QList<Row> &fresh, int columnCount);
template<typename Row, typename Model, typename Ids>
void patchRowsById(Model *model, QList<Row> &rows, const QList<Row> &fresh, const Ids &ids, int columnCount);

// The tweet configs of one episode (or of every episode with episodeId 0), with their display status.
// Each reload also reads the tweets' episodes and accounts, so that a tweet that cannot be sent as it
// stands shows Held, with the reason in its status tooltip (holdReason(), the claim's own checks).
// The text column shows each tweet as X will see it: the template filled in from its episode (what the
// claim would send), or, once an attempt has sent it, the exact text that attempt sent; its tooltip has
// the template and X's weighted count ("213/280"), and the tweet's images with their alt text (ImagesRole
// has them). A reload reads the change log (ChangeLog) and reads
// the list again only when something it shows changed.
class TweetTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TweetTableModel)

public:
    enum Column
    {
        StatusColumn,
        AccountColumn,
        TextColumn,
        ScheduledColumn,
        ColumnCount
    };

    explicit TweetTableModel(const QSqlDatabase &db, QObject *parent = nullptr);
    ~TweetTableModel() override = default;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEpisode(qint64 episodeId);
    qint64 episodeId() const { return m_episodeId; }
    TweetConfig configAt(int row) const;
    int rowOf(qint64 configId) const;
    DisplayStatus displayStatusAt(int row) const;
    // Why the tweet of this row cannot be sent as it stands, as of the last reload; nullopt when it can
    // (or when it is not pending or failed, where the question does not arise).
    std::optional<HoldReason> holdReasonAt(int row) const;

    // The grace period after a scheduled time in which a late post is still made (issue: missed).
    void setGraceSeconds(qint64 seconds) { m_graceSeconds = seconds; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    static QString statusLabel(DisplayStatus status);
    // What the text column shows for this row: the text as posted (see above), on several lines.
    QString shownTextAt(int row) const;
    QList<TweetImage> imagesAt(int row) const;

public Q_SLOTS:
    void reload();

private:
    struct Row
    {
        TweetConfig config;
        QString accountLabel;
        bool sandbox = false;
        std::optional<HoldReason> hold;
        QString shownText; // as X will see it (or saw it)
        int weightedLength = 0; // of shownText, as X counts it
        QList<TweetImage> images; // TweetImageStore::images, with alt text
        qint64 id() const { return config.id; }
        bool operator==(const Row &) const = default;
    };
    template<typename R, typename M>
    friend void syncRowsById(M *model, QList<R> &rows, const QList<R> &fresh, int columnCount);
    template<typename R, typename M, typename Ids>
    friend void patchRowsById(M *model, QList<R> &rows, const QList<R> &fresh, const Ids &ids, int columnCount);

    // nullopt when the database could not be read (it was logged): the rows shown stay as they were.
    std::optional<QList<Row>> readRows(const QList<TweetConfig> &configs) const;
    // Shows what was read, in place (ids: only those rows) or as the whole list; false, rows untouched,
    // when the read failed.
    bool syncRows(const TweetStore &tweets, const QList<TweetConfig> &configs, const QSet<qint64> *ids);

    QSqlDatabase m_db;
    qint64 m_episodeId = -1;
    qint64 m_graceSeconds = 30 * 60;
    std::function<QDateTime()> m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    QList<Row> m_rows;
    qint64 m_seenSeq = -1; // the last change log entry read; -1: none, read everything
};

} // namespace EpisodeDesk::Models
