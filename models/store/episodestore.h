// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace EpisodeDesk::Models {

class EpisodeStore final
{
public:
    explicit EpisodeStore(const QSqlDatabase &db);

    std::optional<qint64> add(const Episode &episode);
    bool update(const Episode &episode);
    std::optional<Episode> find(qint64 id) const;
    // Newest first; archived episodes only when asked for.
    QList<Episode> all(bool includeArchived = false) const;
    // The episodes of all(), one at a time as they are read, for lists of any length in constant
    // memory; stops early when `visit` returns false. False, with *error set, when reading failed. `visit`
    // must not query this connection (PostgreSQL would drop the rest of the rows): look up what it needs
    // through another one.
    bool forEach(const std::function<bool(const Episode &)> &visit, QString *error) const;
    // What the episode table shows, by id: id, number, title and published on, without the notes and
    // the link (find() has the whole episode). All unarchived episodes, or those of `ids` that are
    // there and unarchived. Reading 100,000 episodes is most of opening a large show: every column
    // left out counts.
    QList<Episode> listing() const;
    QList<Episode> listing(const QSet<qint64> &ids) const;
    // What tweet templates fill in (expandTweetTemplate): the listing plus the link, season, description
    // and duration, archived or not. Every placeholder's value must be here: the tweet list shows and
    // holds tweets by it.
    QList<Episode> forPlaceholders(const QSet<qint64> &ids) const;
    // The link of one episode (empty when there is none or no such episode).
    QUrl linkOf(qint64 id) const;
    // The unarchived episodes whose title, notes or unarchived tweets (the templates as typed) contain
    // `term`, for the search box. Through the search index (schema 5, SQLite's FTS5 trigram tokenizer:
    // any case, any script) for terms of three or more characters; shorter terms, which the index
    // cannot look up, scan the rows with LIKE (ASCII letters in any case, others exactly).
    QSet<qint64> idsWithTextContaining(const QString &term) const;

    // An episode with a tweet that went out is archived so the record of what was published survives;
    // otherwise it is deleted together with its unsent tweets. An episode with a posting or unknown tweet
    // is refused: that tweet may be on X and is settled (posted or failed) first. An episode that came
    // from the show's feed (it has a guid) is never deleted outright: it is archived with its unsent
    // tweets deleted (Forgotten), so the next refresh, which still finds its guid, neither brings it back
    // nor announces it again.
    enum class Removal
    {
        Deleted,
        Archived,
        Forgotten,
    };
    std::optional<Removal> remove(qint64 id);

    QString lastError() const { return m_error; }
    // True when the last remove() was refused because of a tweet's state (not a failure): nothing changed.
    bool refusedByState() const { return m_refusedByState; }

private:
    QList<Episode> listingWhere(const QString &condition, bool includeArchived, bool forPlaceholders) const;

    QSqlDatabase m_db;
    mutable QString m_error;
    bool m_refusedByState = false;
};

} // namespace EpisodeDesk::Models
