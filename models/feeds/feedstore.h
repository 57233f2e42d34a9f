// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QUrl>

#include <functional>
#include <optional>

namespace EpisodeDesk::Models {

// The feed a show follows, as stored.
struct StoredFeed
{
    qint64 id = 0;
    QUrl url;
    QString title;
    QUrl image;
    QByteArray etag;
    QByteArray lastModified;
    QDateTime importedAt;
    QDateTime checkedAt;
    QString lastError;
};

// The feed's own values of one episode's editable fields, as the last refresh read them: what the
// episode dialog offers beside a field the user changed ("Use the feed's value").
struct FeedValues
{
    QString title;
    std::optional<int> number;
    std::optional<int> season;
    QUrl link;
    QDate publishedOn; // the day of the feed's publication time, on this computer's calendar

    bool operator==(const FeedValues &) const = default;
};

// What one import or refresh did, as `feed import --json` prints it.
struct FeedChanges
{
    QUrl url;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int removed = 0; // episodes this refresh found gone from the feed: kept, marked in_feed = 0
    bool notModified = false;
    int announcements = 0;
    QStringList warnings;
};

// Writes a parsed feed into the database, all of it in one write transaction: a refresh that fails
// part way changes nothing. Episodes are matched by their key (FeedItem::key in episodes.feed_guid).
//
// - A new item becomes an episode. On a refresh (never on the first import, which would flood the
//   timeline with the back catalogue) each template then becomes a tweet of it, scheduled at the
//   episode's publication time plus the template's offset, or left pending for review when the
//   template is manual or that time is past the grace period. One tweet per (episode, template) by
//   the unique index: two refreshes racing cannot make two.
// - A known item updates its episode, except for a field the user changed in EpisodeDesk (title,
//   number, season, link, publication date): the episode's value no longer equals the feed's last
//   one (feed_items), so it is kept, and the feed's new value is stored beside it.
// - An episode whose item left the feed is kept and marked in_feed = 0.
// - A refresh in which (nearly) every known guid has disappeared while as many new ones appeared
//   is refused (GuidsChanged): hosts do rewrite guids (AntennaPod #3275), and importing that as a
//   new show would duplicate every episode and announce them all. matchBy re-keys the episodes
//   by enclosure URL or by title instead.
class FeedStore final
{
    Q_DECLARE_TR_FUNCTIONS(FeedStore)

public:
    enum class Error
    {
        None,
        Busy,
        NoFeed,
        OtherFeed,
        GuidsChanged,
        Failed,
    };
    enum class MatchBy
    {
        Guid,
        Enclosure,
        Title,
    };
    enum class Mode
    {
        FirstImport,
        Refresh,
    };

    struct Apply
    {
        Mode mode = Mode::Refresh;
        QUrl url; // the address the feed was read from (after permanent redirects, when they apply)
        QUrl storedUrl; // the stored address it replaces, when it moved; empty otherwise
        QByteArray etag;
        QByteArray lastModified;
        MatchBy matchBy = MatchBy::Guid;
        std::function<QDateTime()> clock; // now, in UTC; tests move it
    };

    explicit FeedStore(const QSqlDatabase &db);

    std::optional<StoredFeed> feed() const; // the show's feed, if it has one
    // The feed's values for an episode that came from it; nothing for one typed in EpisodeDesk.
    std::optional<FeedValues> feedValues(qint64 episodeId) const;
    bool apply(const ParsedFeed &parsed, const Apply &how, FeedChanges *changes);
    // A refresh that read nothing new (304) or could not read the feed: when it was checked, and why
    // it failed (empty on success).
    bool recordCheck(const QUrl &url, const QString &error, const QDateTime &at);

    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }

private:
    bool fail(Error error, const QString &message);

    QSqlDatabase m_db;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace EpisodeDesk::Models
