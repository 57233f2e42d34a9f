// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/episodetablemodel.h"

#include "itemmodels/itemdatarole.h"
#include "itemmodels/rowsync.h"
#include "store/episodestore.h"

#include <QLocale>

namespace EpisodeDesk::Models {

EpisodeTableModel::EpisodeTableModel(const QSqlDatabase &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

int EpisodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EpisodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EpisodeTableModel::summaryText(const StatusCounts &counts)
{
    // Order: what needs attention first.
    static const std::pair<TweetStatus, const char *> parts[] = {
        {TweetStatus::Unknown, QT_TR_NOOP("%n unknown")}, {TweetStatus::Failed, QT_TR_NOOP("%n failed")},
        {TweetStatus::Posting, QT_TR_NOOP("%n posting")}, {TweetStatus::Pending, QT_TR_NOOP("%n pending")},
        {TweetStatus::Posted, QT_TR_NOOP("%n posted")},
    };
    QStringList words;
    for (const auto &[status, text] : parts) {
        if (const int n = counts.count(status); n > 0) {
            words.append(tr(text, nullptr, n));
        }
    }
    return words.join(QStringLiteral(" · "));
}

QVariant EpisodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const Episode &episode = row.episode;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return episode.number ? QVariant(*episode.number) : QVariant();
        case TitleColumn:
            return episode.title;
        case PublishedColumn:
            return episode.publishedOn.isValid() ? QLocale().toString(episode.publishedOn, QLocale::ShortFormat)
                                                 : QString();
        case TweetsColumn:
            return row.counts.total() == 0 ? tr("no tweets yet") : summaryText(row.counts);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !episode.link.isEmpty()) {
            return episode.link.toDisplayString();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case IdRole:
        return episode.id;
    case SortRole:
        switch (index.column()) {
        case NumberColumn:
            return episode.number ? *episode.number : -1;
        case TitleColumn:
            return episode.title;
        case PublishedColumn:
            return episode.publishedOn;
        case TweetsColumn:
            // Episodes needing attention (unknown, failed) sort before quiet ones.
            return row.counts.count(TweetStatus::Unknown) * 10000 + row.counts.count(TweetStatus::Failed) * 100 +
                row.counts.count(TweetStatus::Pending);
        }
        break;
    case SearchTextRole:
        return episode.title + QLatin1Char(' ') + episode.notes;
    case StatusCountsRole: {
        QVariantMap map;
        for (auto status : {TweetStatus::Pending, TweetStatus::Posting, TweetStatus::Posted, TweetStatus::Failed,
                            TweetStatus::Unknown}) {
            map.insert(statusToString(status), row.counts.count(status));
        }
        return map;
    }
    default:
        break;
    }
    return {};
}

QVariant EpisodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("#");
    case TitleColumn:
        return tr("Title");
    case PublishedColumn:
        return tr("Published");
    case TweetsColumn:
        return tr("Tweets");
    default:
        return {};
    }
}

Episode EpisodeTableModel::episodeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).episode : Episode {};
}

int EpisodeTableModel::rowOf(qint64 episodeId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).episode.id == episodeId) {
            return i;
        }
    }
    return -1;
}

void EpisodeTableModel::reload()
{
    const QList<Episode> episodes = EpisodeStore(m_db).all();
    const auto counts = TweetStore(m_db).countsByEpisode();
    QList<Row> fresh;
    fresh.reserve(episodes.size());
    for (const Episode &episode : episodes) {
        fresh.append({episode, counts.value(episode.id)});
    }
    syncRowsById(this, m_rows, fresh, ColumnCount);
}

} // namespace EpisodeDesk::Models
