// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/tweettablemodel.h"

#include "itemmodels/itemdatarole.h"
#include "itemmodels/rowsync.h"
#include "media/mediastore.h"
#include "media/tweetimagestore.h"
#include "store/accountstore.h"
#include "store/changelog.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"
#include "text/tweettemplate.h"
#include "text/twittertext.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSet>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcTweetTableModel, "episodedesk.itemmodels.tweets")

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
            return QString(row.shownText).replace(QLatin1Char('\n'), QChar(0x21B5)); // ↵ keeps rows one line high
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
        case TextColumn: {
            QString tip = tr("Template: %1\n%2/%3 as X counts it")
                              .arg(config.text)
                              .arg(row.weightedLength)
                              .arg(TwitterTextConfig().maxWeightedTweetLength);
            if (!row.images.isEmpty()) {
                tip += QLatin1Char('\n') +
                    (row.images.size() == 1 ? tr("1 image:") : tr("%1 images:").arg(row.images.size()));
                for (qsizetype i = 0; i < row.images.size(); ++i) {
                    const TweetImage &image = row.images.at(i);
                    tip += QLatin1Char('\n') +
                        tr("%1. %2 — %3")
                            .arg(i + 1)
                            .arg(describeImage(image),
                                 image.alt.isEmpty() ? tr("no alt text") : tr("alt: “%1”").arg(image.alt));
                }
            }
            return tip;
        }
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
            return row.shownText;
        case ScheduledColumn:
            return config.scheduledAt;
        }
        break;
    case SearchTextRole:
        return config.text;
    case PostUrlRole:
        return config.postUrl;
    case ImagesRole:
        return QVariant::fromValue(row.images);
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
    m_seenSeq = -1;
    endResetModel();
    reload();
}

TweetConfig TweetTableModel::configAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).config : TweetConfig {};
}

int TweetTableModel::rowOf(qint64 configId) const
{
    return rowOfId(m_rows, configId);
}

QString TweetTableModel::shownTextAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).shownText : QString();
}

QList<TweetImage> TweetTableModel::imagesAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).images : QList<TweetImage> {};
}

std::optional<QList<TweetTableModel::Row>> TweetTableModel::readRows(const QList<TweetConfig> &configs) const
{
    // Each episode and account once per read, however many tweets share it; episodes with what the
    // placeholders need (forPlaceholders), never the notes.
    QHash<qint64, std::optional<Account>> accounts;
    QSet<qint64> episodeIds;
    QSet<qint64> sent;
    QSet<qint64> ids;
    for (const TweetConfig &config : configs) {
        ids.insert(config.id);
        episodeIds.insert(config.episodeId);
        if (!config.attemptId.isEmpty() && TweetStore::isLockedForEditing(config.status)) {
            sent.insert(config.id);
        }
    }
    QHash<qint64, Episode> episodes;
    const EpisodeStore episodeStore(m_db);
    for (const Episode &episode : episodeStore.forPlaceholders(episodeIds)) {
        episodes.insert(episode.id, episode);
    }
    const TweetStore tweets(m_db);
    const QHash<qint64, QString> sentTexts = tweets.sentTexts(sent);
    // The images of the rows read, in one query: setImages touches the tweet, so they are re-read on the
    // same change path as the text.
    const TweetImageStore imageStore(m_db);
    const QHash<qint64, QList<TweetImage>> images = imageStore.imagesOf(ids);
    const AccountStore accountStore(m_db);
    const TwitterTextConfig rules;
    QList<Row> rows;
    rows.reserve(configs.size());
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
        const auto episodeIt = episodes.constFind(config.episodeId);
        const std::optional<Episode> episode =
            episodeIt != episodes.constEnd() ? std::optional<Episode>(*episodeIt) : std::nullopt;
        std::optional<HoldReason> hold;
        // Only where it could still be sent: a posted tweet's text is history, not a problem.
        if (config.status == TweetStatus::Pending || config.status == TweetStatus::Failed) {
            hold = holdReason(config, episode, found);
            // An image deleted from the media folder holds it too (the engine refuses it the same way);
            // only whether the files are there, not their bytes: this runs for every row on a reload.
            const QList<TweetImage> own = images.value(config.id);
            if (!hold && !own.isEmpty()) {
                if (const QString missing = MediaStore(m_db).missingProblem(own, false); !missing.isEmpty()) {
                    HoldReason held;
                    held.refusal = ClaimRefusal::ImagesMissing;
                    held.message = missing;
                    held.weightedLength = parseTweet(claimText(config, episode), rules).weightedLength;
                    hold = held;
                }
            }
        }
        // Once an attempt has sent it (or may have), its text is what X has: the episode may have been
        // edited since, and the template would now fill in differently.
        const auto sentIt = sentTexts.constFind(config.id);
        const QString shown = sentIt != sentTexts.constEnd() ? *sentIt : claimText(config, episode);
        rows.append({config, label, account.kind == AccountKind::Sandbox, hold, shown,
                     hold ? hold->weightedLength : parseTweet(shown, rules).weightedLength, images.value(config.id)});
    }
    // Rows made from half a read (no account, no episode) would show wrong labels and holds.
    for (const QString &error :
         {episodeStore.lastError(), tweets.lastError(), accountStore.lastError(), imageStore.lastError()}) {
        if (!error.isEmpty()) {
            qCWarning(lcTweetTableModel) << "reading the tweets failed; keeping the rows shown:" << error;
            return std::nullopt;
        }
    }
    return rows;
}

bool TweetTableModel::syncRows(const TweetStore &tweets, const QList<TweetConfig> &configs, const QSet<qint64> *ids)
{
    // A failed read is an empty list to the store; taken as the truth it would empty the window while a
    // team database is out of reach. The last rows read stay instead, and the next reload catches up.
    if (!tweets.lastError().isEmpty()) {
        qCWarning(lcTweetTableModel) << "reading the tweets failed; keeping the rows shown:" << tweets.lastError();
        return false;
    }
    const auto rows = readRows(configs);
    if (!rows) {
        return false;
    }
    if (ids) {
        patchRowsById(this, m_rows, *rows, *ids, ColumnCount);
    } else {
        syncRowsById(this, m_rows, *rows, ColumnCount);
    }
    return true;
}

void TweetTableModel::reload()
{
    if (m_episodeId < 0) {
        syncRowsById(this, m_rows, {}, ColumnCount);
        return;
    }
    const ReadSnapshot snapshot(m_db);
    const ChangeLog log(m_db);
    const TweetStore tweets(m_db);
    if (m_seenSeq >= 0) {
        const ChangeLog::Changes changes = log.since(m_seenSeq);
        if (changes.complete) {
            // The changes stay unseen when a read fails, for the next reload.
            if (m_episodeId > 0) {
                // One episode's tweets are few: when anything of theirs changed, read them again.
                const bool touched = changes.accounts || changes.episodes.contains(m_episodeId) ||
                    changes.tweetEpisodes.contains(m_episodeId);
                if (!touched || syncRows(tweets, tweets.forEpisode(m_episodeId), nullptr)) {
                    m_seenSeq = changes.lastSeq;
                }
                return;
            }
            if (!changes.accounts && changes.episodes.isEmpty()) {
                const QSet<qint64> ids = changes.tweets | changes.attemptTweets;
                if (ids.isEmpty() || syncRows(tweets, tweets.withIds(ids), &ids)) {
                    m_seenSeq = changes.lastSeq;
                }
                return;
            }
        }
    }
    const qint64 seq = log.lastSeq();
    const auto configs = m_episodeId == 0 ? tweets.all() : tweets.forEpisode(m_episodeId);
    if (syncRows(tweets, configs, nullptr)) {
        m_seenSeq = seq;
    }
}

} // namespace EpisodeDesk::Models
