// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <array>
#include <functional>
#include <optional>

namespace EpisodeDesk::Models {

// How many of an episode's tweets are in each stored state, for the episode table's summary.
struct StatusCounts
{
    std::array<int, 5> byStatus {}; // indexed by TweetStatus
    int count(TweetStatus status) const { return byStatus.at(static_cast<size_t>(status)); }
    int total() const;
};

// Tweet configs as the user edits them. The posting fields (status, attempt, post id, …) are written
// only by the posting engine (posting/); this store refuses edits that would rewrite the record of a
// tweet that is out or may be out.
class TweetStore final
{
public:
    explicit TweetStore(const QSqlDatabase &db);

    std::optional<qint64> add(const TweetConfig &config);
    // Updates text, account, schedule and enabled. Refused for posting, posted and unknown tweets
    // (only `enabled` may change there).
    bool update(const TweetConfig &config);
    bool setEnabled(qint64 id, bool enabled);
    std::optional<TweetConfig> find(qint64 id) const;
    QList<TweetConfig> forEpisode(qint64 episodeId) const;
    QList<TweetConfig> all() const;
    // The tweets of all(), one at a time as they are read, for lists of any length in constant memory;
    // stops early when `visit` returns false. False, with *error set, when reading failed. `visit` must
    // not query this connection (PostgreSQL would drop the rest of the rows): look up episodes and
    // accounts through another one.
    bool forEach(const std::function<bool(const TweetConfig &)> &visit, QString *error) const;
    QHash<qint64, StatusCounts> countsByEpisode() const;
    // The same for these episodes only (an episode without tweets is missing from the answer).
    QHash<qint64, StatusCounts> countsByEpisode(const QSet<qint64> &episodeIds) const;
    // The unarchived tweets among `ids`, by id.
    QList<TweetConfig> withIds(const QSet<qint64> &ids) const;
    // The exact text the current attempt of each of these tweets sent (or is sending), by tweet id: for
    // a posted tweet, what is on X. Tweets without an attempt are missing from the answer.
    QHash<qint64, QString> sentTexts(const QSet<qint64> &configIds) const;
    QList<PostAttempt> attempts(qint64 configId) const;

    // A tweet with any attempt is archived (its history stays); one never tried is deleted. A posting or
    // unknown tweet is refused (it may be on X: it is settled first, by the poster or by verifying).
    enum class Removal
    {
        Deleted,
        Archived
    };
    std::optional<Removal> remove(qint64 id);

    QString lastError() const { return m_error; }
    // True when the last update() or remove() was refused because of the tweet's state rather than
    // failing (no such tweet, database error): nothing changed, and lastError() says why.
    bool refusedByState() const { return m_refusedByState; }

    static bool isLockedForEditing(TweetStatus status);
    // Posting and unknown tweets may be on X: neither they nor their episode may be deleted yet.
    static bool mustSettleBeforeRemoving(TweetStatus status);

private:
    QList<TweetConfig> select(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
    mutable QString m_error;
    bool m_refusedByState = false;
};

} // namespace EpisodeDesk::Models
