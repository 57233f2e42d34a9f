// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedstore.h"

#include "store/settingsstore.h"
#include "store/sqldialect.h"
#include "store/sqlutil.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcFeedStore, "episodedesk.feeds.store")

namespace {

// A refresh is "the guids all changed" when at least this many known episodes are in the feed and
// fewer than a fifth of them are still found by guid, while the feed brings as many new ones.
constexpr int kSuspiciousMinimum = 3;

// One write transaction, rolled back unless committed.
class WriteTransaction final
{
public:
    explicit WriteTransaction(const QSqlDatabase &db) : m_db(db) { }
    ~WriteTransaction()
    {
        if (m_open) {
            QSqlQuery query(m_db);
            query.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool begin(QSqlError *error)
    {
        QSqlQuery query(m_db);
        m_open = query.exec(beginWriteStatement(dialectOf(m_db)));
        if (!m_open) {
            *error = query.lastError();
        }
        return m_open;
    }
    bool commit(QSqlError *error)
    {
        QSqlQuery query(m_db);
        const bool committed = query.exec(QStringLiteral("COMMIT"));
        if (!committed) {
            *error = query.lastError();
        }
        m_open = !committed && dialectOf(m_db) == SqlDialect::SQLite;
        return committed;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// An episode of the show with a feed key, and the feed's values as the last refresh stored them.
struct Known
{
    qint64 id = 0;
    QString key;
    bool inFeedItems = false; // has a feed_items row of this feed
    bool archived = false;
    std::optional<bool> inFeed;
    // The episode as it is now (what the user sees and may have edited).
    QString title;
    std::optional<int> number;
    std::optional<int> season;
    QString link;
    QDate publishedOn;
    QDateTime publishedAt;
    QString description;
    QString image;
    QString enclosureUrl;
    std::optional<qint64> durationS;
    QString episodeType;
    // The feed's values at the last refresh.
    QString feedTitle;
    std::optional<int> feedNumber;
    std::optional<int> feedSeason;
    QString feedLink;
    QDateTime feedPublishedAt;
};

std::optional<int> optionalInt(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant toVariant(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant toVariant(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// The date the window shows for a feed time: the day it was on this computer's calendar.
QDate dateOf(const QDateTime &publishedAt)
{
    return publishedAt.isValid() ? publishedAt.toLocalTime().date() : QDate();
}

std::optional<qint64> durationOf(const FeedItem &item)
{
    return item.durationS >= 0 ? std::optional<qint64>(item.durationS) : std::nullopt;
}

QString normalizedTitle(const QString &title)
{
    return title.simplified().toCaseFolded();
}

} // namespace

FeedStore::FeedStore(const QSqlDatabase &db) : m_db(db) { }

bool FeedStore::fail(Error error, const QString &message)
{
    m_error = error;
    m_errorString = message;
    return false;
}

std::optional<StoredFeed> FeedStore::feed() const
{
    QSqlQuery query(m_db);
    QString error;
    if (!Sql::exec(query,
                   QStringLiteral("SELECT id, url, title, image, etag, last_modified, imported_at, checked_at, "
                                  "last_error FROM feeds ORDER BY id LIMIT 1"),
                   {}, &error) ||
        !query.next()) {
        return std::nullopt;
    }
    StoredFeed feed;
    feed.id = query.value(0).toLongLong();
    feed.url = QUrl(query.value(1).toString());
    feed.title = query.value(2).toString();
    feed.image = QUrl(query.value(3).toString());
    feed.etag = query.value(4).toString().toUtf8();
    feed.lastModified = query.value(5).toString().toUtf8();
    feed.importedAt = Sql::toDateTime(query.value(6));
    feed.checkedAt = Sql::toDateTime(query.value(7));
    feed.lastError = query.value(8).toString();
    return feed;
}

std::optional<FeedValues> FeedStore::feedValues(qint64 episodeId) const
{
    QSqlQuery query(m_db);
    QString error;
    if (!Sql::exec(
            query,
            QStringLiteral("SELECT title, number, season, link, published_at FROM feed_items WHERE episode_id = ?"),
            {episodeId}, &error) ||
        !query.next()) {
        return std::nullopt;
    }
    FeedValues values;
    values.title = query.value(0).toString();
    values.number = optionalInt(query.value(1));
    values.season = optionalInt(query.value(2));
    values.link = QUrl(query.value(3).toString());
    values.publishedOn = dateOf(Sql::toDateTime(query.value(4)));
    return values;
}

bool FeedStore::recordCheck(const QUrl &url, const QString &error, const QDateTime &at)
{
    QSqlQuery query(m_db);
    QString why;
    if (!Sql::exec(query, QStringLiteral("UPDATE feeds SET checked_at = ?, last_error = ? WHERE url = ?"),
                   {Sql::fromDateTime(at), error, url.toString()}, &why)) {
        return fail(isLockBusy(query.lastError()) ? Error::Busy : Error::Failed, why);
    }
    return true;
}

bool FeedStore::apply(const ParsedFeed &parsed, const Apply &how, FeedChanges *changes)
{
    m_error = Error::None;
    m_errorString.clear();
    *changes = FeedChanges();
    changes->url = how.url;
    changes->warnings = parsed.warnings;
    const QDateTime now = how.clock ? how.clock() : QDateTime::currentDateTimeUtc();
    const SqlDialect dialect = dialectOf(m_db);

    WriteTransaction transaction(m_db);
    QSqlError sqlError;
    if (!transaction.begin(&sqlError)) {
        return fail(isLockBusy(sqlError) ? Error::Busy : Error::Failed,
                    isLockBusy(sqlError) ? tr("The database is busy with another write; the feed was not applied. "
                                              "Try again in a moment.")
                                         : tr("Cannot write to the database: %1").arg(sqlError.driverText()));
    }
    QString why;
    const auto failed = [this, &why](const QSqlQuery &query) {
        const bool busy = isLockBusy(query.lastError());
        qCWarning(lcFeedStore) << "applying the feed failed:" << query.lastError().text();
        return fail(busy ? Error::Busy : Error::Failed,
                    busy ? tr("The database is busy with another write; the feed was not applied. Try again in a "
                              "moment.")
                         : tr("The feed could not be saved (nothing was changed): %1").arg(why));
    };

    // The feed's row, locked: refreshes of one show take turns (on SQLite the write lock does that).
    QSqlQuery query(m_db);
    const QString lookup = how.storedUrl.isEmpty() ? how.url.toString() : how.storedUrl.toString();
    if (!Sql::exec(query, QStringLiteral("SELECT id, url FROM feeds ORDER BY id") + lockRowsSuffix(dialect), {},
                   &why)) {
        return failed(query);
    }
    qint64 feedId = 0;
    QString otherUrl;
    while (query.next()) {
        if (query.value(1).toString() == lookup) {
            feedId = query.value(0).toLongLong();
        } else if (otherUrl.isEmpty()) {
            otherUrl = query.value(1).toString();
        }
    }
    if (feedId == 0 && !otherUrl.isEmpty()) {
        return fail(Error::OtherFeed,
                    tr("This show already follows the feed %1. EpisodeDesk follows one feed per "
                       "show: refresh that one, or use another database for this show.")
                        .arg(otherUrl));
    }
    if (feedId == 0 && how.mode == Mode::Refresh) {
        return fail(Error::NoFeed,
                    tr("This show has no feed yet: import it first (File → Import from Feed…, or "
                       "episodedesk feed import URL)."));
    }
    const bool firstImport = feedId == 0;
    if (firstImport) {
        if (!Sql::exec(query,
                       QStringLiteral("INSERT INTO feeds (url, title, image, etag, last_modified, imported_at, "
                                      "checked_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                       {how.url.toString(), parsed.channel.title, parsed.channel.image.toString(),
                        QString::fromUtf8(how.etag), QString::fromUtf8(how.lastModified), Sql::fromDateTime(now),
                        Sql::fromDateTime(now)},
                       &why)) {
            return failed(query);
        }
        feedId = query.lastInsertId().toLongLong();
        if (feedId == 0 &&
            Sql::exec(query, QStringLiteral("SELECT id FROM feeds WHERE url = ?"), {how.url.toString()}, &why) &&
            query.next()) {
            feedId = query.value(0).toLongLong();
        }
    }

    // Every episode with a key, and the feed's last values where it has them. Read to the end before
    // anything else runs on this connection (PostgreSQL drops an unread result).
    QHash<QString, Known> known;
    if (!Sql::exec(
            query,
            QStringLiteral("SELECT e.id, e.feed_guid, e.archived, e.in_feed, e.title, e.number, e.season, e.link, "
                           "e.published_on, e.published_at, e.description, e.image, e.enclosure_url, "
                           "e.duration_s, e.episode_type, f.episode_id, f.title, f.number, f.season, f.link, "
                           "f.published_at FROM episodes e LEFT JOIN feed_items f ON f.episode_id = e.id AND "
                           "f.feed_id = ? WHERE e.feed_guid IS NOT NULL"),
            {feedId}, &why)) {
        return failed(query);
    }
    while (query.next()) {
        Known row;
        row.id = query.value(0).toLongLong();
        row.key = query.value(1).toString();
        row.archived = query.value(2).toBool();
        if (!query.value(3).isNull()) {
            row.inFeed = query.value(3).toBool();
        }
        row.title = query.value(4).toString();
        row.number = optionalInt(query.value(5));
        row.season = optionalInt(query.value(6));
        row.link = query.value(7).toString();
        row.publishedOn = Sql::toDate(query.value(8));
        row.publishedAt = Sql::toDateTime(query.value(9));
        row.description = query.value(10).toString();
        row.image = query.value(11).toString();
        row.enclosureUrl = query.value(12).toString();
        if (!query.value(13).isNull()) {
            row.durationS = query.value(13).toLongLong();
        }
        row.episodeType = query.value(14).toString();
        row.inFeedItems = !query.value(15).isNull();
        if (row.inFeedItems) {
            row.feedTitle = query.value(16).toString();
            row.feedNumber = optionalInt(query.value(17));
            row.feedSeason = optionalInt(query.value(18));
            row.feedLink = query.value(19).toString();
            row.feedPublishedAt = Sql::toDateTime(query.value(20));
        } else {
            // An episode with this key that the feed never wrote (added by hand or by `db copy` of an
            // older show): what it shows now counts as the feed's, so the feed fills it in.
            row.feedTitle = row.title;
            row.feedNumber = row.number;
            row.feedSeason = row.season;
            row.feedLink = row.link;
            row.feedPublishedAt = row.publishedAt;
        }
        known.insert(row.key, row);
    }

    // Guids that all changed: refuse, or re-key by what the user chose.
    if (!firstImport) {
        int inFeedBefore = 0;
        int stillThere = 0;
        for (const Known &row : std::as_const(known)) {
            if (row.inFeedItems && row.inFeed.value_or(false)) {
                ++inFeedBefore;
            }
        }
        int fresh = 0;
        for (const FeedItem &item : parsed.items) {
            const auto it = known.constFind(item.key);
            if (it != known.constEnd() && it->inFeedItems && it->inFeed.value_or(false)) {
                ++stillThere;
            } else if (it == known.constEnd()) {
                ++fresh;
            }
        }
        const bool suspicious =
            inFeedBefore >= kSuspiciousMinimum && stillThere * 5 < inFeedBefore && fresh >= inFeedBefore - stillThere;
        if (suspicious && how.matchBy == MatchBy::Guid) {
            return fail(Error::GuidsChanged,
                        tr("The feed no longer lists %1 of the %2 episodes EpisodeDesk knows by their guid, and "
                           "lists %3 new ones instead: the host has probably changed every episode's guid. "
                           "Nothing was changed. If these are the same episodes, refresh matching them by their "
                           "audio file (--match-by enclosure) or by title (--match-by title); nothing will be "
                           "announced for episodes matched that way.")
                            .arg(inFeedBefore - stillThere)
                            .arg(inFeedBefore)
                            .arg(fresh));
        }
        if (how.matchBy != MatchBy::Guid) {
            // Re-key known episodes whose item now carries another guid.
            QHash<QString, QString> keyByMatch;
            for (const Known &row : std::as_const(known)) {
                if (!row.inFeedItems) {
                    continue;
                }
                const QString match =
                    how.matchBy == MatchBy::Enclosure ? row.enclosureUrl : normalizedTitle(row.feedTitle);
                if (!match.isEmpty()) {
                    keyByMatch.insert(match, row.key);
                }
            }
            for (const FeedItem &item : parsed.items) {
                if (known.contains(item.key)) {
                    continue;
                }
                const QString match =
                    how.matchBy == MatchBy::Enclosure ? item.enclosureUrl.toString() : normalizedTitle(item.title);
                const QString oldKey = keyByMatch.take(match);
                if (oldKey.isEmpty() || match.isEmpty()) {
                    continue;
                }
                Known row = known.take(oldKey);
                if (!Sql::exec(query, QStringLiteral("UPDATE episodes SET feed_guid = ? WHERE id = ?"),
                               {item.key, row.id}, &why)) {
                    return failed(query);
                }
                row.key = item.key;
                known.insert(item.key, row);
            }
        }
    }

    // Templates, for announcing what is new (never on the first import).
    struct Template
    {
        qint64 id;
        qint64 accountId;
        QString text;
        int offsetMinutes;
        bool manual;
    };
    QList<Template> templates;
    qint64 graceSeconds = SettingsStore::DefaultGraceSeconds;
    if (!firstImport) {
        if (!Sql::exec(query,
                       QStringLiteral("SELECT t.id, t.account_id, t.text, t.offset_minutes, t.manual FROM templates t "
                                      "JOIN accounts a ON a.id = t.account_id WHERE t.archived = 0 AND a.archived = 0 "
                                      "ORDER BY t.id"),
                       {}, &why)) {
            return failed(query);
        }
        while (query.next()) {
            templates.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                              query.value(3).toInt(), query.value(4).toBool()});
        }
        graceSeconds = SettingsStore(m_db).graceSeconds();
    }

    const QString stamp = Sql::now();
    QSet<QString> seen;
    for (const FeedItem &item : parsed.items) {
        seen.insert(item.key);
        const auto it = known.constFind(item.key);
        const QVariant publishedAt = Sql::fromDateTime(item.publishedAt);
        if (it == known.constEnd()) {
            // New: the episode and the feed's copy of its values.
            if (!Sql::exec(query,
                           QStringLiteral("INSERT INTO episodes (number, title, published_on, link, notes, feed_guid, "
                                          "created_at, updated_at, season, episode_type, published_at, description, "
                                          "image, enclosure_url, duration_s, in_feed) VALUES (?, ?, ?, ?, '', ?, ?, ?, "
                                          "?, ?, ?, ?, ?, ?, ?, 1)"),
                           {toVariant(item.number), item.title, Sql::fromDate(dateOf(item.publishedAt)),
                            item.link.toString(), item.key, stamp, stamp, toVariant(item.season), item.episodeType,
                            publishedAt, item.description, item.image.toString(), item.enclosureUrl.toString(),
                            toVariant(durationOf(item))},
                           &why)) {
                return failed(query);
            }
            qint64 episodeId = query.lastInsertId().toLongLong();
            if (episodeId == 0 &&
                Sql::exec(query, QStringLiteral("SELECT id FROM episodes WHERE feed_guid = ?"), {item.key}, &why) &&
                query.next()) {
                episodeId = query.value(0).toLongLong();
            }
            if (!Sql::exec(query,
                           QStringLiteral("INSERT INTO feed_items (episode_id, feed_id, title, number, season, link, "
                                          "published_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {episodeId, feedId, item.title, toVariant(item.number), toVariant(item.season),
                            item.link.toString(), publishedAt, stamp},
                           &why)) {
                return failed(query);
            }
            ++changes->added;
            for (const Template &announcement : std::as_const(templates)) {
                QVariant scheduledAt;
                if (!announcement.manual && item.publishedAt.isValid()) {
                    const QDateTime at = item.publishedAt.addSecs(qint64(announcement.offsetMinutes) * 60);
                    // Never posted late unasked: a time already past the grace period waits for review.
                    if (at >= now.addSecs(-graceSeconds)) {
                        scheduledAt = Sql::fromDateTime(at);
                    }
                }
                if (!Sql::exec(
                        query,
                        QStringLiteral("INSERT INTO tweet_configs (episode_id, account_id, text, scheduled_at, "
                                       "scheduled_zone, template_id, created_at, updated_at) VALUES (?, ?, ?, ?, "
                                       "?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                        {episodeId, announcement.accountId, announcement.text, scheduledAt,
                         scheduledAt.isNull() ? QString() : QStringLiteral("UTC"), announcement.id, stamp, stamp},
                        &why)) {
                    return failed(query);
                }
                changes->announcements += query.numRowsAffected() > 0 ? 1 : 0;
            }
            continue;
        }

        // Known: each editable field follows the feed unless the user changed it here.
        const Known &row = *it;
        const auto follow = [](const auto &current, const auto &lastFeed, const auto &next) {
            return current == lastFeed ? next : current;
        };
        const QString title = follow(row.title, row.feedTitle, item.title);
        const std::optional<int> number = follow(row.number, row.feedNumber, item.number);
        const std::optional<int> season = follow(row.season, row.feedSeason, item.season);
        const QString link = follow(row.link, row.feedLink, item.link.toString());
        // The date shown was the feed's when it is the day of the feed's last time.
        const QDate publishedOn = row.publishedOn == dateOf(row.feedPublishedAt) || !row.publishedOn.isValid()
            ? dateOf(item.publishedAt)
            : row.publishedOn;
        const bool changed = title != row.title || number != row.number || season != row.season || link != row.link ||
            publishedOn != row.publishedOn || item.publishedAt != row.publishedAt ||
            item.description != row.description || item.image.toString() != row.image ||
            item.enclosureUrl.toString() != row.enclosureUrl || durationOf(item) != row.durationS ||
            item.episodeType != row.episodeType || !row.inFeed.value_or(false);
        if (changed) {
            if (!Sql::exec(query,
                           QStringLiteral("UPDATE episodes SET title = ?, number = ?, season = ?, link = ?, "
                                          "published_on = ?, published_at = ?, description = ?, image = ?, "
                                          "enclosure_url = ?, duration_s = ?, episode_type = ?, in_feed = 1, "
                                          "updated_at = ? WHERE id = ?"),
                           {title, toVariant(number), toVariant(season), link, Sql::fromDate(publishedOn), publishedAt,
                            item.description, item.image.toString(), item.enclosureUrl.toString(),
                            toVariant(durationOf(item)), item.episodeType, stamp, row.id},
                           &why)) {
                return failed(query);
            }
            ++changes->updated;
        } else {
            ++changes->unchanged;
        }
        const bool feedValuesChanged = !row.inFeedItems || row.feedTitle != item.title ||
            row.feedNumber != item.number || row.feedSeason != item.season || row.feedLink != item.link.toString() ||
            row.feedPublishedAt != item.publishedAt;
        if (feedValuesChanged) {
            const QString sql = row.inFeedItems
                ? QStringLiteral("UPDATE feed_items SET title = ?, number = ?, season = ?, link = ?, "
                                 "published_at = ?, updated_at = ? WHERE episode_id = ? AND "
                                 "feed_id = ?")
                : QStringLiteral("INSERT INTO feed_items (title, number, season, link, published_at, "
                                 "updated_at, episode_id, feed_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            if (!Sql::exec(query, sql,
                           {item.title, toVariant(item.number), toVariant(item.season), item.link.toString(),
                            publishedAt, stamp, row.id, feedId},
                           &why)) {
                return failed(query);
            }
        }
    }

    // Gone from the feed: kept, marked.
    for (const Known &row : std::as_const(known)) {
        if (row.inFeedItems && row.inFeed.value_or(false) && !seen.contains(row.key)) {
            if (!Sql::exec(query, QStringLiteral("UPDATE episodes SET in_feed = 0, updated_at = ? WHERE id = ?"),
                           {stamp, row.id}, &why)) {
                return failed(query);
            }
            ++changes->removed;
        }
    }

    if (!Sql::exec(query,
                   QStringLiteral("UPDATE feeds SET url = ?, title = ?, image = ?, etag = ?, last_modified = ?, "
                                  "checked_at = ?, last_error = '' WHERE id = ?"),
                   {how.url.toString(), parsed.channel.title, parsed.channel.image.toString(),
                    QString::fromUtf8(how.etag), QString::fromUtf8(how.lastModified), Sql::fromDateTime(now), feedId},
                   &why)) {
        return failed(query);
    }
    if (!transaction.commit(&sqlError)) {
        return fail(isLockBusy(sqlError) ? Error::Busy : Error::Failed,
                    tr("The feed could not be saved (nothing was changed): %1").arg(sqlError.driverText()));
    }
    qCInfo(lcFeedStore) << "feed applied:" << changes->added << "added," << changes->updated << "updated,"
                        << changes->unchanged << "unchanged," << changes->removed << "removed,"
                        << changes->announcements << "announcements";
    return true;
}

} // namespace EpisodeDesk::Models
