// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace EpisodeDesk::Models {

// What changed in the database since a point in its change log (schema 5's row_changes, written by
// triggers on every connection and process). The item models remember the last entry they have read
// and re-read only the rows named since, instead of the whole show.
//
//     const ChangeLog::Changes changes = ChangeLog(db).since(m_seenSeq);
//     if (!changes.complete) { fullReload(); }            // pruned past m_seenSeq, or no log at all
//     else { reread(changes.episodes); }
//     m_seenSeq = changes.lastSeq;
//
// Read it inside the same read transaction as the rows (ReadSnapshot), so that an entry is never
// seen without its row or a row without its entry.
class ChangeLog final
{
public:
    struct Changes
    {
        // False when the entries after `since` are no longer all there (pruned), the log cannot be read,
        // or there are more than the caller's limit: the caller reads everything.
        bool complete = false;
        qint64 lastSeq = 0; // the newest entry read; pass it to the next since()
        QSet<qint64> episodes; // episode rows inserted, updated or deleted
        QSet<qint64> tweets; // tweet config rows
        QSet<qint64> tweetEpisodes; // episodes whose tweets (or their attempts) changed
        QSet<qint64> attemptTweets; // tweet configs whose attempts changed
        bool accounts = false; // any account changed
        bool isEmpty() const
        {
            return episodes.isEmpty() && tweets.isEmpty() && tweetEpisodes.isEmpty() && attemptTweets.isEmpty() &&
                !accounts;
        }
    };

    explicit ChangeLog(const QSqlDatabase &db);

    // The newest entry, or -1 when the database has no change log (reload fully every time).
    qint64 lastSeq() const;
    // Entries after `seq`, at most `limit` of them (more: complete is false).
    Changes since(qint64 seq, int limit = 5000) const;

private:
    QSqlDatabase m_db;
};

// One read transaction for as long as it lives (SQLite WAL: one consistent snapshot for all reads in
// it). Does nothing when the connection is already in a transaction.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(const QSqlDatabase &db);
    ~ReadSnapshot();
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_manual = false; // opened with our own BEGIN (PostgreSQL), not QSqlDatabase::transaction()
};

} // namespace EpisodeDesk::Models
