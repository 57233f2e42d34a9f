// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/timelinequery.h"

#include "sandbox/tcolinks.h"
#include "sandbox/xformats.h"

#include <QJsonArray>

#include <algorithm>
#include <utility>

namespace EpisodeDesk::Models {

namespace {

QString valueOf(const QUrlQuery &query, const char *key)
{
    return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

// The reason for a refused parameter, handed back by the readers below.
struct Refusal
{
    QString parameter;
    QString message;
};

std::optional<Refusal> readMaxResults(const QUrlQuery &query, int *maxResults)
{
    if (!query.hasQueryItem(QStringLiteral("max_results"))) {
        return std::nullopt;
    }
    bool ok = false;
    *maxResults = valueOf(query, "max_results").toInt(&ok);
    if (!ok || *maxResults < 5 || *maxResults > 100) {
        return Refusal {QStringLiteral("max_results"),
                        QStringLiteral("The `max_results` query parameter value [%1] is not between 5 and 100")
                            .arg(valueOf(query, "max_results"))};
    }
    return std::nullopt;
}

std::optional<Refusal> readTime(const QUrlQuery &query, const char *key, QDateTime *time)
{
    if (query.hasQueryItem(QLatin1String(key))) {
        *time = XFormats::parseTime(valueOf(query, key));
        if (!time->isValid()) {
            return Refusal {QLatin1String(key),
                            QStringLiteral("Invalid '%1': not an RFC 3339 time").arg(QLatin1String(key))};
        }
    }
    return std::nullopt;
}

std::optional<Refusal> readId(const QUrlQuery &query, const char *key, qint64 *id)
{
    if (query.hasQueryItem(QLatin1String(key))) {
        if (!XFormats::isId(valueOf(query, key))) {
            return Refusal {QLatin1String(key), QStringLiteral("Invalid '%1'").arg(QLatin1String(key))};
        }
        *id = valueOf(query, key).toLongLong();
    }
    return std::nullopt;
}

// Tokens are opaque to clients, as X's are; this one is the page's lower bound in base 36.
std::optional<Refusal> readPaginationToken(const QUrlQuery &query, qint64 *pageBelow)
{
    if (query.hasQueryItem(QStringLiteral("pagination_token"))) {
        bool ok = false;
        *pageBelow = valueOf(query, "pagination_token").toLongLong(&ok, 36);
        if (!ok || *pageBelow <= 0) {
            return Refusal {QStringLiteral("pagination_token"), QStringLiteral("Invalid 'pagination_token'")};
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<TimelineQuery> TimelineQuery::fromUrlQuery(const QUrlQuery &query, QString *parameter, QString *message)
{
    TimelineQuery result;
    // Checked in a fixed order, so that a request with several bad parameters always names the same one.
    for (const auto &refusal :
         {readMaxResults(query, &result.maxResults), readTime(query, "start_time", &result.startTime),
          readTime(query, "end_time", &result.endTime), readId(query, "since_id", &result.sinceId),
          readId(query, "until_id", &result.untilId), readPaginationToken(query, &result.pageBelow)}) {
        if (refusal) {
            *parameter = refusal->parameter;
            *message = refusal->message;
            return std::nullopt;
        }
    }
    // As at X, created_at and entities are only there when asked for (the 2026 spec calls the
    // parameter post.fields).
    const QStringList fields = (valueOf(query, "tweet.fields") + u',' + valueOf(query, "post.fields")).split(u',');
    result.withCreatedAt = fields.contains(QStringLiteral("created_at"));
    result.withEntities = fields.contains(QStringLiteral("entities"));
    result.withAttachments = fields.contains(QStringLiteral("attachments"));
    return result;
}

bool TimelineQuery::selects(const SandboxPost &post) const
{
    const qint64 id = post.id.toLongLong();
    // Both times are inclusive at second granularity, since_id/until_id exclusive (X's documentation).
    return !((startTime.isValid() && post.createdAt < XFormats::wholeSeconds(startTime)) ||
             (endTime.isValid() && post.createdAt > endTime) || (sinceId && id <= sinceId) ||
             (untilId && id >= untilId) || (pageBelow && id >= pageBelow));
}

QJsonObject TimelineQuery::postJson(const SandboxPost &post) const
{
    QJsonObject item {{QStringLiteral("id"), post.id},
                      {QStringLiteral("text"), post.text},
                      {QStringLiteral("edit_history_tweet_ids"), QJsonArray {post.id}}};
    if (withCreatedAt) {
        item.insert(QStringLiteral("created_at"), XFormats::isoWithMs(post.createdAt));
    }
    if (withEntities) {
        // Rebuilt from what was sent. X leaves "entities" out of a post that has none; a text
        // stored by a build that wrapped links differently gets none either, rather than wrong ones.
        TcoWrappedText wrapped = wrapLinksAsX(post.sentText, post.id);
        if (!post.mediaKeys.isEmpty()) {
            appendMediaLink(&wrapped, post.id, username, post.mediaKeys.constFirst());
        }
        if (!wrapped.links.isEmpty() && wrapped.text == post.text) {
            item.insert(QStringLiteral("entities"), entitiesJson(wrapped.links));
        }
    }
    // As at X, a post without media has no attachments object at all.
    if (withAttachments && !post.mediaKeys.isEmpty()) {
        item.insert(QStringLiteral("attachments"),
                    QJsonObject {{QStringLiteral("media_keys"), QJsonArray::fromStringList(post.mediaKeys)}});
    }
    return item;
}

QJsonObject TimelineQuery::page(QList<SandboxPost> newestFirst) const
{
    newestFirst.removeIf([this](const SandboxPost &post) { return !selects(post); });
    if (newestFirst.isEmpty()) {
        return {{QStringLiteral("meta"), QJsonObject {{QStringLiteral("result_count"), 0}}}};
    }
    const bool more = newestFirst.size() > maxResults;
    newestFirst.resize(std::min<qsizetype>(newestFirst.size(), maxResults));
    QJsonArray data;
    for (const SandboxPost &post : std::as_const(newestFirst)) {
        data.append(postJson(post));
    }
    QJsonObject meta {{QStringLiteral("result_count"), data.size()},
                      {QStringLiteral("newest_id"), newestFirst.constFirst().id},
                      {QStringLiteral("oldest_id"), newestFirst.constLast().id}};
    if (more) {
        // The next page holds the posts below the oldest one of this page.
        meta.insert(QStringLiteral("next_token"), QString::number(newestFirst.constLast().id.toLongLong(), 36));
    }
    return {{QStringLiteral("data"), data}, {QStringLiteral("meta"), meta}};
}

} // namespace EpisodeDesk::Models
