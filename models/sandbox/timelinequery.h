// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/timelinestore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace EpisodeDesk::Models {

// The parameters of GET /2/users/{id}/tweets and the page of posts they select, in X's shapes
// (X_API_NOTES.md): max_results 5-100 (default 10); start_time and end_time inclusive at second
// granularity; since_id and until_id exclusive; pagination_token from the previous page's
// meta.next_token; tweet.fields or post.fields asking for created_at and entities.
//
//   QString parameter, message;
//   const auto query = TimelineQuery::fromUrlQuery(QUrlQuery(url), &parameter, &message);
//   if (!query) → SandboxReply::invalid(parameter, message)
//   const QJsonObject body = query->page(newestFirst);
struct TimelineQuery
{
    int maxResults = 10;
    QDateTime startTime;
    QDateTime endTime;
    qint64 sinceId = 0;
    qint64 untilId = 0;
    qint64 pageBelow = 0; // from pagination_token: only ids below this one
    bool withCreatedAt = false;
    bool withEntities = false;
    bool withAttachments = false; // attachments.media_keys of a post with media
    QString username; // the timeline owner's, for the expanded_url of a post's media link

    // None, with the offending parameter and X's message for it, when a parameter is invalid.
    static std::optional<TimelineQuery> fromUrlQuery(const QUrlQuery &query, QString *parameter, QString *message);

    // X's response body for the posts of `newestFirst` this query selects:
    // {"data":[…],"meta":{"result_count","newest_id","oldest_id","next_token"?}}, or only
    // {"meta":{"result_count":0}} when none is left.
    QJsonObject page(QList<SandboxPost> newestFirst) const;

private:
    bool selects(const SandboxPost &post) const;
    QJsonObject postJson(const SandboxPost &post) const;
};

} // namespace EpisodeDesk::Models
