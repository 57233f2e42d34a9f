// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/changelog.h"

#include "store/sqldialect.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcChangeLog, "episodedesk.store.changelog")

ChangeLog::ChangeLog(const QSqlDatabase &db) : m_db(db) { }

qint64 ChangeLog::lastSeq() const
{
    // A team database keeps no change log (migrations.cpp, migration5PostgreSql): asking would fail,
    // and a failed statement spoils the caller's transaction there.
    if (dialectOf(m_db) == SqlDialect::PostgreSQL) {
        return -1;
    }
    QSqlQuery query(m_db);
    // max(seq), not sqlite_sequence: the same statement works on any SQL database with the table.
    if (!query.exec(QStringLiteral("SELECT coalesce(max(seq), 0) FROM row_changes")) || !query.next()) {
        qCDebug(lcChangeLog) << "no change log:" << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

ChangeLog::Changes ChangeLog::since(qint64 seq, int limit) const
{
    Changes changes;
    changes.lastSeq = seq;
    if (seq < 0) {
        return changes;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The oldest entry first: when it is newer than seq + 1, entries between were pruned (seq has no
    // gaps: AUTOINCREMENT in a transaction that rolls back leaves no row and no number behind).
    if (!query.exec(QStringLiteral("SELECT min(seq), max(seq), count(*) FROM row_changes WHERE seq > %1").arg(seq)) ||
        !query.next()) {
        qCWarning(lcChangeLog) << "cannot read the change log:" << query.lastError().text();
        return changes;
    }
    if (query.value(2).toLongLong() == 0) {
        // Nothing new; but a log pruned to nothing newer than seq while seq is ahead of it means another
        // database was swapped in under us: treat a seq beyond the log's end as stale.
        changes.complete = lastSeq() == seq;
        return changes;
    }
    const qint64 first = query.value(0).toLongLong();
    const qint64 last = query.value(1).toLongLong();
    if (first != seq + 1 || query.value(2).toLongLong() > limit) {
        changes.lastSeq = last;
        return changes;
    }
    if (!query.exec(
            QStringLiteral("SELECT table_name, row_id, episode_id FROM row_changes WHERE seq > %1 AND seq <= %2")
                .arg(seq)
                .arg(last))) {
        qCWarning(lcChangeLog) << "cannot read the change log:" << query.lastError().text();
        return changes;
    }
    while (query.next()) {
        const QString table = query.value(0).toString();
        const qint64 id = query.value(1).toLongLong();
        const QVariant episode = query.value(2);
        if (table == QLatin1String("episodes")) {
            changes.episodes.insert(id);
        } else if (table == QLatin1String("tweet_configs")) {
            changes.tweets.insert(id);
        } else if (table == QLatin1String("post_attempts")) {
            changes.attemptTweets.insert(id);
        } else if (table == QLatin1String("accounts")) {
            changes.accounts = true;
        }
        if (!episode.isNull() && table != QLatin1String("episodes")) {
            changes.tweetEpisodes.insert(episode.toLongLong());
        }
    }
    changes.lastSeq = last;
    changes.complete = true;
    return changes;
}

ReadSnapshot::ReadSnapshot(const QSqlDatabase &db) : m_db(db)
{
    // A nested BEGIN would fail; a caller already in a transaction has its snapshot. PostgreSQL's
    // default isolation gives each statement its own snapshot: ask for one for the whole read.
    if (dialectOf(m_db) == SqlDialect::PostgreSQL) {
        QSqlQuery query(m_db);
        m_open = query.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        m_manual = m_open;
        return;
    }
    m_open = m_db.driver()->hasFeature(QSqlDriver::Transactions) && m_db.transaction();
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_manual) {
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("COMMIT"));
    } else if (m_open) {
        m_db.commit();
    }
}

} // namespace EpisodeDesk::Models
