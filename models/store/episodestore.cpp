// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/episodestore.h"

#include "store/sqldialect.h"
#include "store/sqlutil.h"

#include <QCoreApplication>

namespace EpisodeDesk::Models {

namespace {

const char *const selectColumns = "SELECT id, number, title, published_on, link, notes, feed_guid, archived, "
                                  "created_at, updated_at, season, episode_type, published_at, description, image, "
                                  "enclosure_url, duration_s, in_feed FROM episodes ";

Episode fromRow(const QSqlQuery &query)
{
    Episode episode;
    episode.id = query.value(0).toLongLong();
    if (!query.value(1).isNull()) {
        episode.number = query.value(1).toInt();
    }
    episode.title = query.value(2).toString();
    episode.publishedOn = Sql::toDate(query.value(3));
    episode.link = QUrl(query.value(4).toString());
    episode.notes = query.value(5).toString();
    episode.feedGuid = query.value(6).toString();
    episode.archived = query.value(7).toBool();
    episode.createdAt = Sql::toDateTime(query.value(8));
    episode.updatedAt = Sql::toDateTime(query.value(9));
    if (!query.value(10).isNull()) {
        episode.season = query.value(10).toInt();
    }
    episode.episodeType = query.value(11).toString();
    episode.publishedAt = Sql::toDateTime(query.value(12));
    episode.description = query.value(13).toString();
    episode.image = QUrl(query.value(14).toString());
    episode.enclosureUrl = QUrl(query.value(15).toString());
    if (!query.value(16).isNull()) {
        episode.durationS = query.value(16).toLongLong();
    }
    if (!query.value(17).isNull()) {
        episode.inFeed = query.value(17).toBool();
    }
    return episode;
}

QVariant numberValue(const Episode &episode)
{
    return episode.number ? QVariant(*episode.number) : QVariant();
}

QString noSuchEpisode(qint64 id)
{
    return QCoreApplication::translate("Store", "There is no episode %1.").arg(id);
}

QString mustSettleFirst(qint64 tweetId, const QString &status)
{
    return status == QLatin1String("posting")
        ? QCoreApplication::translate("Store",
                                      "Tweet %1 of this episode is being posted right now and may already "
                                      "be on X. Wait until it is settled, then delete the episode.")
              .arg(tweetId)
        : QCoreApplication::translate("Store",
                                      "Tweet %1 of this episode may be on X: its outcome is unknown. "
                                      "Verify it first, then delete the episode.")
              .arg(tweetId);
}

} // namespace

EpisodeStore::EpisodeStore(const QSqlDatabase &db) : m_db(db) { }

std::optional<qint64> EpisodeStore::add(const Episode &episode)
{
    QSqlQuery query(m_db);
    const QString now = Sql::now();
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO episodes (number, title, published_on, link, notes, feed_guid, "
                                  "created_at, updated_at, season, episode_type, published_at, description, image, "
                                  "enclosure_url, duration_s, in_feed) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {numberValue(episode), episode.title.trimmed(), Sql::fromDate(episode.publishedOn),
                    episode.link.toString(), episode.notes, Sql::nullableText(episode.feedGuid), now, now,
                    episode.season ? QVariant(*episode.season) : QVariant(),
                    episode.episodeType.isEmpty() ? QStringLiteral("full") : episode.episodeType,
                    episode.publishedAt.isValid() ? QVariant(Sql::fromDateTime(episode.publishedAt)) : QVariant(),
                    episode.description, episode.image.toString(), episode.enclosureUrl.toString(),
                    episode.durationS ? QVariant(*episode.durationS) : QVariant(),
                    episode.inFeed ? QVariant(int(*episode.inFeed)) : QVariant()},
                   &m_error)) {
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

bool EpisodeStore::update(const Episode &episode)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE episodes SET number = ?, title = ?, published_on = ?, link = ?, notes = ?, "
                                  "updated_at = ? WHERE id = ?"),
                   {numberValue(episode), episode.title.trimmed(), Sql::fromDate(episode.publishedOn),
                    episode.link.toString(), episode.notes, Sql::now(), episode.id},
                   &m_error)) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_error = noSuchEpisode(episode.id);
        return false;
    }
    return true;
}

std::optional<Episode> EpisodeStore::find(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QLatin1String(selectColumns) + QLatin1String("WHERE id = ?"), {id}, &m_error)) {
        return std::nullopt;
    }
    if (!query.next()) {
        m_error = noSuchEpisode(id);
        return std::nullopt;
    }
    return fromRow(query);
}

QList<Episode> EpisodeStore::all(bool includeArchived) const
{
    QList<Episode> episodes;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString where = includeArchived ? QString() : QStringLiteral("WHERE archived = 0 ");
    if (Sql::exec(query, QLatin1String(selectColumns) + where + QLatin1String("ORDER BY id"), {}, &m_error)) {
        while (query.next()) {
            episodes.append(fromRow(query));
        }
    }
    return episodes;
}

bool EpisodeStore::forEach(const std::function<bool(const Episode &)> &visit, QString *error) const
{
    QSqlQuery query(m_db);
    const bool read = Sql::forEachRow(
        query, QLatin1String(selectColumns) + QLatin1String("WHERE archived = 0 ORDER BY id"), {},
        [&visit](const QSqlQuery &row) { return visit(fromRow(row)); }, &m_error);
    if (!read && error) {
        *error = m_error;
    }
    return read;
}

QList<Episode> EpisodeStore::listing() const
{
    return listingWhere(QString(), false, false);
}

QList<Episode> EpisodeStore::listing(const QSet<qint64> &ids) const
{
    return ids.isEmpty() ? QList<Episode>()
                         : listingWhere(QStringLiteral("AND id IN (%1) ").arg(Sql::idList(ids)), false, false);
}

QList<Episode> EpisodeStore::forPlaceholders(const QSet<qint64> &ids) const
{
    return ids.isEmpty() ? QList<Episode>()
                         : listingWhere(QStringLiteral("AND id IN (%1) ").arg(Sql::idList(ids)), true, true);
}

QUrl EpisodeStore::linkOf(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT link FROM episodes WHERE id = ?"), {id}, &m_error) || !query.next()) {
        return {};
    }
    return QUrl(query.value(0).toString());
}

QList<Episode> EpisodeStore::listingWhere(const QString &condition, bool includeArchived, bool forPlaceholders) const
{
    QList<Episode> episodes;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT id, number, title, published_on%1 FROM episodes WHERE %2 %3ORDER BY id")
            .arg(forPlaceholders ? QStringLiteral(", link, season, description, duration_s") : QString(),
                 includeArchived ? QStringLiteral("1 = 1") : QStringLiteral("archived = 0"), condition);
    if (!Sql::exec(query, sql, {}, &m_error)) {
        return episodes;
    }
    while (query.next()) {
        Episode episode;
        episode.id = query.value(0).toLongLong();
        if (!query.value(1).isNull()) {
            episode.number = query.value(1).toInt();
        }
        episode.title = query.value(2).toString();
        episode.publishedOn = Sql::toDate(query.value(3));
        if (forPlaceholders) {
            episode.link = QUrl(query.value(4).toString());
            if (!query.value(5).isNull()) {
                episode.season = query.value(5).toInt();
            }
            episode.description = query.value(6).toString();
            if (!query.value(7).isNull()) {
                episode.durationS = query.value(7).toLongLong();
            }
        }
        episodes.append(episode);
    }
    return episodes;
}

QSet<qint64> EpisodeStore::idsWithTextContaining(const QString &term) const
{
    QSet<qint64> ids;
    if (term.isEmpty()) {
        return ids;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // A trigram needs three characters (code points, as the tokenizer counts them).
    const bool indexed = dialectOf(m_db) == SqlDialect::SQLite && term.toUcs4().size() >= 3;
    if (indexed) {
        // One phrase, quotes doubled: the term is matched as typed, never as FTS5 query syntax.
        QString phrase = term;
        phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (Sql::exec(query, QStringLiteral("SELECT rowid FROM episode_search WHERE episode_search MATCH ?"),
                      {QLatin1Char('"') + phrase + QLatin1Char('"')}, &m_error)) {
            while (query.next()) {
                ids.insert(query.value(0).toLongLong());
            }
            return ids;
        }
        // No index (a database being migrated by hand, an SQLite without FTS5): scan instead.
    }
    const QString pattern = Sql::containsPattern(term);
    if (Sql::exec(query,
                  QStringLiteral("SELECT id FROM episodes WHERE archived = 0 AND (title LIKE ? ESCAPE '\\' OR notes "
                                 "LIKE ? ESCAPE '\\') UNION SELECT episode_id FROM tweet_configs WHERE archived = 0 "
                                 "AND text LIKE ? ESCAPE '\\'"),
                  {pattern, pattern, pattern}, &m_error)) {
        while (query.next()) {
            ids.insert(query.value(0).toLongLong());
        }
    }
    return ids;
}

std::optional<EpisodeStore::Removal> EpisodeStore::remove(qint64 id)
{
    m_refusedByState = false;
    if (!find(id)) {
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    // IMMEDIATE: the check and the delete must see the same rows, even with the poster writing.
    if (!Sql::exec(query, beginWriteStatement(dialectOf(m_db)), {}, &m_error)) {
        return std::nullopt;
    }
    auto rollback = [&query] {
        query.exec(QStringLiteral("ROLLBACK"));
    };
    // Archived tweets count too: archiving the episode would hide a tweet that may be on X.
    if (!Sql::exec(query,
                   QStringLiteral("SELECT id, status FROM tweet_configs WHERE episode_id = ? AND status IN "
                                  "('posting', 'unknown') ORDER BY id LIMIT 1"),
                   {id}, &m_error)) {
        rollback();
        return std::nullopt;
    }
    if (query.next()) {
        m_error = mustSettleFirst(query.value(0).toLongLong(), query.value(1).toString());
        m_refusedByState = true;
        rollback();
        return std::nullopt;
    }
    if (!Sql::exec(query,
                   QStringLiteral("SELECT count(*) FROM tweet_configs WHERE episode_id = ? AND (status IN ('posting', "
                                  "'posted', 'unknown') OR EXISTS (SELECT 1 FROM post_attempts a WHERE a.config_id "
                                  "= tweet_configs.id))"),
                   {id}, &m_error) ||
        !query.next()) {
        rollback();
        return std::nullopt;
    }
    const bool keep = query.value(0).toInt() > 0;
    if (!Sql::exec(query, QStringLiteral("SELECT feed_guid IS NOT NULL FROM episodes WHERE id = ?"), {id}, &m_error) ||
        !query.next()) {
        rollback();
        return std::nullopt;
    }
    const bool fromFeed = query.value(0).toBool();
    bool ok = true;
    if (keep) {
        ok = Sql::exec(query, QStringLiteral("UPDATE episodes SET archived = 1, updated_at = ? WHERE id = ?"),
                       {Sql::now(), id}, &m_error) &&
            Sql::exec(query,
                      QStringLiteral("UPDATE tweet_configs SET archived = 1, enabled = 0, updated_at = ? "
                                     "WHERE episode_id = ?"),
                      {Sql::now(), id}, &m_error);
    } else if (fromFeed) {
        // The row is the memory of the guid: without it the feed's next refresh would add the episode
        // again as new and announce it.
        ok = Sql::exec(query, QStringLiteral("DELETE FROM tweet_configs WHERE episode_id = ?"), {id}, &m_error) &&
            Sql::exec(query, QStringLiteral("UPDATE episodes SET archived = 1, updated_at = ? WHERE id = ?"),
                      {Sql::now(), id}, &m_error);
    } else {
        ok = Sql::exec(query, QStringLiteral("DELETE FROM tweet_configs WHERE episode_id = ?"), {id}, &m_error) &&
            Sql::exec(query, QStringLiteral("DELETE FROM episodes WHERE id = ?"), {id}, &m_error);
    }
    if (!ok || !Sql::exec(query, QStringLiteral("COMMIT"), {}, &m_error)) {
        rollback();
        return std::nullopt;
    }
    return keep ? Removal::Archived : (fromFeed ? Removal::Forgotten : Removal::Deleted);
}

} // namespace EpisodeDesk::Models
