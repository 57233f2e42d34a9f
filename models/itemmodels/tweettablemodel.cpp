// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/tweettablemodel.h"

#include "itemmodels/itemdatarole.h"
#include "itemmodels/rowsync.h"
#include "store/accountstore.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"

#include <QLocale>

namespace EpisodeDesk::Models {

TweetTableModel::TweetTableModel(const QSqlDatabase &db, QObject *parent) : QAbstractTableModel(parent), m_db(db) { }

int TweetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TweetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TweetTableModel::statusLabel(DisplayStatus status)
{
    switch (status) {
    case DisplayStatus::Pending:
        return tr("Pending");
    case DisplayStatus::Scheduled:
        return tr("Scheduled");
    case DisplayStatus::Posting:
        return tr("Posting…");
    case DisplayStatus::Posted:
        return tr("Posted");
    case DisplayStatus::Failed:
        return tr("Failed");
    case DisplayStatus::Unknown:
        return tr("Unknown");
    case DisplayStatus::Missed:
        return tr("Missed");
    case DisplayStatus::Disabled:
        return tr("Disabled");
    case DisplayStatus::Held:
        return tr("Held");
    }
    return {};
}

DisplayStatus TweetTableModel::displayStatusAt(int row) const
{
    const Row &current = m_rows.at(row);
    return displayStatus(current.config, current.hold, m_clock(), m_graceSeconds);
}

std::optional<HoldReason> TweetTableModel::holdReasonAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).hold : std::nullopt;
}

QVariant TweetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const TweetConfig &config = row.config;
    const DisplayStatus status = displayStatusAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return statusLabel(status);
        case AccountColumn:
            return row.accountLabel;
        case TextColumn:
            return QString(config.text).replace(QLatin1Char('\n'), QChar(0x21B5)); // ↵ keeps rows one line high
        case ScheduledColumn:
            if (!config.scheduledAt.isValid()) {
                return QString();
            }
            // Minutes are the precision a schedule is entered with; some locales' short format shows seconds.
            return QLocale().toString(config.scheduledAt.toLocalTime().date(), QLocale::ShortFormat) +
                QLatin1Char(' ') + QLocale().toString(config.scheduledAt.toLocalTime().time(), QStringLiteral("HH:mm"));
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatusColumn:
            if (status == DisplayStatus::Posted) {
                return tr("Posted %1 as %2")
                    .arg(QLocale().toString(config.postedAt.toLocalTime(), QLocale::ShortFormat), config.postId);
            }
            if (status == DisplayStatus::Held) {
                return row.hold->heldMessage();
            }
            return config.lastError.isEmpty() ? statusLabel(status) : config.lastError;
        case AccountColumn:
            return row.sandbox ? tr("Sandbox account: posts only to the test server inside EpisodeDesk") : QVariant();
        case TextColumn:
            return config.text;
        }
        break;
    case IdRole:
        return config.id;
    case StatusRole:
        return int(status);
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return int(status);
        case AccountColumn:
            return row.accountLabel;
        case TextColumn:
            return config.text;
        case ScheduledColumn:
            return config.scheduledAt;
        }
        break;
    case SearchTextRole:
        return config.text;
    case PostUrlRole:
        return config.postUrl;
    default:
        break;
    }
    return {};
}

QVariant TweetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case AccountColumn:
        return tr("Account");
    case TextColumn:
        return tr("Text");
    case ScheduledColumn:
        return tr("Scheduled");
    default:
        return {};
    }
}

void TweetTableModel::setEpisode(qint64 episodeId)
{
    if (episodeId == m_episodeId) {
        return;
    }
    // Another episode is a different list, not an edit of this one: a reset is the honest signal.
    beginResetModel();
    m_episodeId = episodeId;
    m_rows.clear();
    endResetModel();
    reload();
}

TweetConfig TweetTableModel::configAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).config : TweetConfig {};
}

int TweetTableModel::rowOf(qint64 configId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).config.id == configId) {
            return i;
        }
    }
    return -1;
}

void TweetTableModel::reload()
{
    QList<Row> fresh;
    if (m_episodeId >= 0) {
        // Each episode and account once per reload, however many tweets share it.
        QHash<qint64, std::optional<Account>> accounts;
        QHash<qint64, std::optional<Episode>> episodes;
        const AccountStore accountStore(m_db);
        const EpisodeStore episodeStore(m_db);
        const TweetStore tweets(m_db);
        const auto configs = m_episodeId == 0 ? tweets.all() : tweets.forEpisode(m_episodeId);
        for (const TweetConfig &config : configs) {
            if (!accounts.contains(config.accountId)) {
                accounts.insert(config.accountId, accountStore.find(config.accountId));
            }
            const std::optional<Account> &found = accounts[config.accountId];
            const Account account = found.value_or(Account {});
            QString label = account.handle.isEmpty() ? account.name : QLatin1Char('@') + account.handle;
            if (account.kind == AccountKind::Sandbox) {
                label = tr("%1 (Sandbox)").arg(label);
            }
            std::optional<HoldReason> hold;
            // Only where it could still be sent: a posted tweet's text is history, not a problem.
            if (config.status == TweetStatus::Pending || config.status == TweetStatus::Failed) {
                if (!episodes.contains(config.episodeId)) {
                    episodes.insert(config.episodeId, episodeStore.find(config.episodeId));
                }
                hold = holdReason(config, episodes[config.episodeId], found);
            }
            fresh.append({config, label, account.kind == AccountKind::Sandbox, hold});
        }
    }
    syncRowsById(this, m_rows, fresh, ColumnCount);
}

} // namespace EpisodeDesk::Models
