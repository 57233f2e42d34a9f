// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QList>
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

    // An episode with a tweet that went out is archived so the record of what was published survives;
    // otherwise it is deleted together with its unsent tweets. An episode with a posting or unknown tweet
    // is refused: that tweet may be on X and is settled (posted or failed) first.
    enum class Removal
    {
        Deleted,
        Archived
    };
    std::optional<Removal> remove(qint64 id);

    QString lastError() const { return m_error; }
    // True when the last remove() was refused because of a tweet's state (not a failure): nothing changed.
    bool refusedByState() const { return m_refusedByState; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
    bool m_refusedByState = false;
};

} // namespace EpisodeDesk::Models
