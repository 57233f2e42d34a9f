// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/episodetablemodel.h"

#include "itemmodels/itemdatarole.h"
#include "itemmodels/rowsync.h"
#include "store/changelog.h"
#include "store/episodestore.h"

#include <QLocale>
#include <QLoggingCategory>

#include <limits>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcEpisodeTableModel, "episodedesk.itemmodels.episodes")

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
        {TweetStatus::Unknown, QT_TR_N_NOOP("%n unknown")}, {TweetStatus::Failed, QT_TR_N_NOOP("%n failed")},
        {TweetStatus::Posting, QT_TR_N_NOOP("%n posting")}, {TweetStatus::Pending, QT_TR_N_NOOP("%n pending")},
        {TweetStatus::Posted, QT_TR_N_NOOP("%n posted")},
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
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return row.number ? QVariant(*row.number) : QVariant();
        case TitleColumn:
            return row.title;
        case PublishedColumn:
            return row.publishedOn.isValid() ? QLocale().toString(row.publishedOn, QLocale::ShortFormat) : QString();
        case TweetsColumn:
            return row.counts.total() == 0 ? tr("no tweets yet") : summaryText(row.counts);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            // One row's read, when a tooltip is shown: not worth holding 100,000 links for.
            const QUrl link = EpisodeStore(m_db).linkOf(row.episodeId);
            return link.isEmpty() ? QVariant() : link.toDisplayString();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case IdRole:
        return row.episodeId;
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case PublishedColumn:
            return row.publishedOn;
        case NumberColumn:
        case TweetsColumn:
            return sortKey(index.row(), index.column());
        }
        break;
    case SearchTextRole:
        // The notes and the tweets are searched in the database (EpisodeStore, TweetStore): the model
        // does not hold them.
        return row.title;
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

qint64 EpisodeTableModel::sortKey(int row, int column) const
{
    const Row &current = m_rows.at(row);
    switch (column) {
    case NumberColumn:
        return current.number ? *current.number : -1;
    case PublishedColumn:
        // Julian days; an episode without a date sorts before every dated one.
        return current.publishedOn.isValid() ? current.publishedOn.toJulianDay() : std::numeric_limits<qint64>::min();
    case TweetsColumn:
        // Episodes needing attention (unknown, failed) sort before quiet ones.
        return qint64(current.counts.count(TweetStatus::Unknown)) * 10000 +
            current.counts.count(TweetStatus::Failed) * 100 + current.counts.count(TweetStatus::Pending);
    default:
        return 0;
    }
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
    Episode episode;
    if (row >= 0 && row < m_rows.size()) {
        const Row &current = m_rows.at(row);
        episode.id = current.episodeId;
        episode.number = current.number;
        episode.title = current.title;
        episode.publishedOn = current.publishedOn;
    }
    return episode;
}

int EpisodeTableModel::rowOf(qint64 episodeId) const
{
    return rowOfId(m_rows, episodeId);
}

std::optional<QList<EpisodeTableModel::Row>> EpisodeTableModel::readRows(const QSet<qint64> *ids) const
{
    const EpisodeStore episodes(m_db);
    const TweetStore tweets(m_db);
    const QList<Episode> listed = ids ? episodes.listing(*ids) : episodes.listing();
    const auto counts = ids ? tweets.countsByEpisode(*ids) : tweets.countsByEpisode();
    // A failed read is an empty list to the stores; taken as the truth it would empty the window while
    // a team database is out of reach. The last rows read stay instead, and the next reload catches up.
    if (!episodes.lastError().isEmpty() || !tweets.lastError().isEmpty()) {
        qCWarning(lcEpisodeTableModel) << "reading the episodes failed; keeping the rows shown:"
                                       << (episodes.lastError().isEmpty() ? tweets.lastError() : episodes.lastError());
        return std::nullopt;
    }
    QList<Row> rows;
    rows.reserve(listed.size());
    for (const Episode &episode : listed) {
        rows.append({episode.id, episode.number, episode.title, episode.publishedOn, counts.value(episode.id)});
    }
    return rows;
}

void EpisodeTableModel::reload()
{
    // One snapshot for the log and the rows: an entry is never read without the row it names.
    const ReadSnapshot snapshot(m_db);
    const ChangeLog log(m_db);
    if (m_seenSeq >= 0) {
        const ChangeLog::Changes changes = log.since(m_seenSeq);
        if (changes.complete) {
            const QSet<qint64> ids = changes.episodes | changes.tweetEpisodes;
            if (!ids.isEmpty()) {
                const auto rows = readRows(&ids);
                if (!rows) {
                    return; // the changes stay unseen, for the next reload
                }
                patchRowsById(this, m_rows, *rows, ids, ColumnCount);
            }
            m_seenSeq = changes.lastSeq;
            return;
        }
    }
    const qint64 seq = log.lastSeq();
    const auto rows = readRows(nullptr);
    if (!rows) {
        return;
    }
    m_seenSeq = seq;
    syncRowsById(this, m_rows, *rows, ColumnCount);
}

} // namespace EpisodeDesk::Models
