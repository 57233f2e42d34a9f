// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace EpisodeDesk::Models {

// One HTTP request to the local X server, copied out of QHttpServerRequest: a delayed answer
// outlives the request, and the parts that judge a request (OAuth check, handlers) can be tested
// with a plain value.
struct SandboxRequest
{
    QByteArray method; // upper case, as on the request line
    QUrl url; // as received, query included
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

// The rate-limit state X reports in its x-rate-limit-* and x-user-limit-24hour-* headers.
struct RateLimitStatus
{
    int limit15 = 0;
    int remaining15 = 0;
    QDateTime reset15;
    int limit24 = 0;
    int remaining24 = 0;
    QDateTime reset24;
};

// What the server does with a request: answer it, close the connection, or never answer.
struct SandboxReply
{
    enum class Action
    {
        Respond,
        Drop,
        Hang
    };

    Action action = Action::Respond;
    int status = 200;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SandboxReply json(int status, const QJsonObject &body);
    static SandboxReply problem(int status, const QByteArray &body); // application/problem+json
    static SandboxReply drop();
    // X's 400 shape (x_api_v2_fixtures.json, error_invalid_request); `parameter` may be empty.
    static SandboxReply invalid(const QString &parameter, const QString &message);

    // The bodies X has been observed to send, byte for byte (X_API_NOTES.md), key order included.
    static SandboxReply unauthorized(); // 401
    static SandboxReply duplicate(); // 403 duplicate content
    static SandboxReply forbidden(); // 403 generic, e.g. an OAuth 2.0 token without the scope
    static SandboxReply tooManyRequests(); // 429
    static SandboxReply usageCapped(); // 429, monthly cap
    static SandboxReply serviceUnavailable(); // 503
    static SandboxReply notFound(); // 404

    bool isSuccess() const { return action == Action::Respond && status >= 200 && status < 300; }
    void setRateLimitHeaders(const RateLimitStatus &status);
};

} // namespace EpisodeDesk::Models
