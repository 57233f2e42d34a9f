// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/tweetstore.h"

#include "store/sqlutil.h"

#include <QCoreApplication>

#include <numeric>

namespace EpisodeDesk::Models {

namespace {

const char *const selectColumns =
    "SELECT id, episode_id, account_id, text, scheduled_at, scheduled_zone, enabled, archived, status, attempt_id, "
    "claimed_at, claimed_by, post_id, post_url, posted_at, last_error, retry_count, created_at, updated_at, "
    "next_retry_at, claim_deadline, verify_after, verify_count, template_id "
    "FROM tweet_configs ";

TweetConfig fromRow(const QSqlQuery &query)
{
    TweetConfig config;
    config.id = query.value(0).toLongLong();
    config.episodeId = query.value(1).toLongLong();
    config.accountId = query.value(2).toLongLong();
    config.text = query.value(3).toString();
    config.scheduledAt = Sql::toDateTime(query.value(4));
    config.scheduledZone = query.value(5).toString();
    config.enabled = query.value(6).toBool();
    config.archived = query.value(7).toBool();
    config.status = statusFromString(query.value(8).toString()).value_or(TweetStatus::Unknown);
    config.attemptId = query.value(9).toString();
    config.claimedAt = Sql::toDateTime(query.value(10));
    config.claimedBy = query.value(11).toString();
    config.postId = query.value(12).toString();
    config.postUrl = QUrl(query.value(13).toString());
    config.postedAt = Sql::toDateTime(query.value(14));
    config.lastError = query.value(15).toString();
    config.retryCount = query.value(16).toInt();
    config.createdAt = Sql::toDateTime(query.value(17));
    config.updatedAt = Sql::toDateTime(query.value(18));
    config.nextRetryAt = Sql::toDateTime(query.value(19));
    config.claimDeadline = Sql::toDateTime(query.value(20));
    config.verifyAfter = Sql::toDateTime(query.value(21));
    config.verifyCount = query.value(22).toInt();
    if (!query.value(23).isNull()) {
        config.templateId = query.value(23).toLongLong();
    }
    return config;
}

QString noSuchTweet(qint64 id)
{
    return QCoreApplication::translate("Store", "There is no tweet %1.").arg(id);
}

QString mustSettleFirst(TweetStatus status)
{
    return status == TweetStatus::Posting
        ? QCoreApplication::translate("Store",
                                      "This tweet is being posted right now and may already be on X. "
                                      "Wait until it is settled, then delete it.")
        : QCoreApplication::translate("Store",
                                      "This tweet may be on X: its outcome is unknown. Verify it first, "
                                      "then delete it.");
}

} // namespace

int StatusCounts::total() const
{
    return std::accumulate(byStatus.begin(), byStatus.end(), 0);
}

TweetStore::TweetStore(const QSqlDatabase &db) : m_db(db) { }

bool TweetStore::isLockedForEditing(TweetStatus status)
{
    return status == TweetStatus::Posting || status == TweetStatus::Posted || status == TweetStatus::Unknown;
}

bool TweetStore::mustSettleBeforeRemoving(TweetStatus status)
{
    return status == TweetStatus::Posting || status == TweetStatus::Unknown;
}

std::optional<qint64> TweetStore::add(const TweetConfig &config)
{
    QSqlQuery query(m_db);
    const QString now = Sql::now();
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO tweet_configs (episode_id, account_id, text, scheduled_at, "
                                  "scheduled_zone, enabled, created_at, updated_at, template_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {config.episodeId, config.accountId, config.text, Sql::fromDateTime(config.scheduledAt),
                    config.scheduledZone, config.enabled ? 1 : 0, now, now,
                    config.templateId ? QVariant(*config.templateId) : QVariant()},
                   &m_error)) {
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

bool TweetStore::update(const TweetConfig &config)
{
    m_refusedByState = false;
    QSqlQuery query(m_db);
    // The status condition is part of the UPDATE, not a read before it: the poster may claim the row
    // between the dialog opening and the user pressing OK.
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE tweet_configs SET account_id = ?, text = ?, scheduled_at = ?, "
                                  "scheduled_zone = ?, enabled = ?, next_retry_at = NULL, updated_at = ? "
                                  "WHERE id = ? AND status IN ('pending', 'failed')"),
                   {config.accountId, config.text, Sql::fromDateTime(config.scheduledAt), config.scheduledZone,
                    config.enabled ? 1 : 0, Sql::now(), config.id},
                   &m_error)) {
        return false;
    }
    if (query.numRowsAffected() == 1) {
        return true;
    }
    const auto current = find(config.id);
    if (current) {
        m_refusedByState = true;
        m_error = QCoreApplication::translate("Store", "This tweet is %1 and can no longer be edited.")
                      .arg(statusInSentence(current->status));
    }
    return false;
}

bool TweetStore::setEnabled(qint64 id, bool enabled)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("UPDATE tweet_configs SET enabled = ?, updated_at = ? WHERE id = ?"),
                   {enabled ? 1 : 0, Sql::now(), id}, &m_error)) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_error = noSuchTweet(id);
        return false;
    }
    return true;
}

QList<TweetConfig> TweetStore::select(const QString &where, const QVariantList &values) const
{
    QList<TweetConfig> configs;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Sql::exec(query, QLatin1String(selectColumns) + where, values, &m_error)) {
        while (query.next()) {
            configs.append(fromRow(query));
        }
    }
    return configs;
}

std::optional<TweetConfig> TweetStore::find(qint64 id) const
{
    const auto found = select(QStringLiteral("WHERE id = ?"), {id});
    if (found.isEmpty()) {
        m_error = noSuchTweet(id);
        return std::nullopt;
    }
    return found.first();
}

QList<TweetConfig> TweetStore::forEpisode(qint64 episodeId) const
{
    return select(QStringLiteral("WHERE episode_id = ? AND archived = 0 ORDER BY id"), {episodeId});
}

QList<TweetConfig> TweetStore::all() const
{
    return select(QStringLiteral("WHERE archived = 0 ORDER BY id"), {});
}

bool TweetStore::forEach(const std::function<bool(const TweetConfig &)> &visit, QString *error) const
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

QHash<qint64, StatusCounts> TweetStore::countsByEpisode() const
{
    QHash<qint64, StatusCounts> counts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT episode_id, status, count(*) FROM tweet_configs WHERE archived = 0 "
                                  "GROUP BY episode_id, status"),
                   {}, &m_error)) {
        return counts;
    }
    while (query.next()) {
        const auto status = statusFromString(query.value(1).toString());
        if (status) {
            counts[query.value(0).toLongLong()].byStatus.at(static_cast<size_t>(*status)) = query.value(2).toInt();
        }
    }
    return counts;
}

QHash<qint64, StatusCounts> TweetStore::countsByEpisode(const QSet<qint64> &episodeIds) const
{
    QHash<qint64, StatusCounts> counts;
    if (episodeIds.isEmpty()) {
        return counts;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT episode_id, status, count(*) FROM tweet_configs WHERE archived = 0 AND "
                                  "episode_id IN (%1) GROUP BY episode_id, status")
                       .arg(Sql::idList(episodeIds)),
                   {}, &m_error)) {
        return counts;
    }
    while (query.next()) {
        if (const auto status = statusFromString(query.value(1).toString())) {
            counts[query.value(0).toLongLong()].byStatus.at(static_cast<size_t>(*status)) = query.value(2).toInt();
        }
    }
    return counts;
}

QList<TweetConfig> TweetStore::withIds(const QSet<qint64> &ids) const
{
    if (ids.isEmpty()) {
        return {};
    }
    return select(QStringLiteral("WHERE archived = 0 AND id IN (%1) ORDER BY id").arg(Sql::idList(ids)), {});
}

QHash<qint64, QString> TweetStore::sentTexts(const QSet<qint64> &configIds) const
{
    QHash<qint64, QString> texts;
    if (configIds.isEmpty()) {
        return texts;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // attempt_id names the attempt that is in flight, of unknown outcome, or that posted the tweet.
    if (Sql::exec(query,
                  QStringLiteral("SELECT c.id, a.text_sent FROM tweet_configs c JOIN post_attempts a ON "
                                 "a.attempt_id = c.attempt_id WHERE c.id IN (%1)")
                      .arg(Sql::idList(configIds)),
                  {}, &m_error)) {
        while (query.next()) {
            texts.insert(query.value(0).toLongLong(), query.value(1).toString());
        }
    }
    return texts;
}

QList<PostAttempt> TweetStore::attempts(qint64 configId) const
{
    QList<PostAttempt> attempts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT attempt_id, config_id, account_id, text_sent, started_at, finished_at, "
                                  "http_status, outcome, post_id, error, claimed_by, deadline, error_category "
                                  "FROM post_attempts WHERE config_id = ? ORDER BY started_at DESC, attempt_id"),
                   {configId}, &m_error)) {
        return attempts;
    }
    while (query.next()) {
        PostAttempt attempt;
        attempt.attemptId = query.value(0).toString();
        attempt.configId = query.value(1).toLongLong();
        attempt.accountId = query.value(2).toLongLong();
        attempt.textSent = query.value(3).toString();
        attempt.startedAt = Sql::toDateTime(query.value(4));
        attempt.finishedAt = Sql::toDateTime(query.value(5));
        if (!query.value(6).isNull()) {
            attempt.httpStatus = query.value(6).toInt();
        }
        attempt.outcome = query.value(7).toString();
        attempt.postId = query.value(8).toString();
        attempt.error = query.value(9).toString();
        attempt.claimedBy = query.value(10).toString();
        attempt.deadline = Sql::toDateTime(query.value(11));
        attempt.errorCategory = query.value(12).toString();
        attempts.append(attempt);
    }
    return attempts;
}

std::optional<TweetStore::Removal> TweetStore::remove(qint64 id)
{
    m_refusedByState = false;
    QSqlQuery query(m_db);
    // A tweet with history is archived and disabled; one in flight or of unknown outcome is left alone
    // until it is settled. The conditions live in the statements so a claim that lands in between can
    // neither be deleted from under the poster nor hidden while it may be on X.
    if (!Sql::exec(query,
                   QStringLiteral("DELETE FROM tweet_configs WHERE id = ? AND status IN ('pending', 'failed') AND "
                                  "NOT EXISTS (SELECT 1 FROM post_attempts WHERE config_id = ?)"),
                   {id, id}, &m_error)) {
        return std::nullopt;
    }
    if (query.numRowsAffected() == 1) {
        return Removal::Deleted;
    }
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE tweet_configs SET archived = 1, enabled = 0, updated_at = ? "
                                  "WHERE id = ? AND status NOT IN ('posting', 'unknown')"),
                   {Sql::now(), id}, &m_error)) {
        return std::nullopt;
    }
    if (query.numRowsAffected() == 1) {
        return Removal::Archived;
    }
    if (const auto current = find(id)) { // otherwise find() said there is no such tweet
        m_refusedByState = true;
        m_error = mustSettleFirst(current->status);
    }
    return std::nullopt;
}

} // namespace EpisodeDesk::Models
