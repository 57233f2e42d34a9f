// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxhttp.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace EpisodeDesk::Models {

namespace {

constexpr char kJsonType[] = "application/json; charset=utf-8";
constexpr char kProblemType[] = "application/problem+json";

constexpr char kUnauthorizedBody[] =
    R"({"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"})";
constexpr char kDuplicateBody[] = R"({"detail":"You are not allowed to create a Tweet with duplicate content.",)"
                                  R"("type":"about:blank","title":"Forbidden","status":403})";
constexpr char kForbiddenBody[] = R"({"title":"Forbidden","type":"about:blank","status":403,"detail":"Forbidden"})";
constexpr char kTooManyRequestsBody[] =
    R"({"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429})";
constexpr char kUsageCappedBody[] =
    R"({"title":"UsageCapExceeded","detail":"Usage cap exceeded: Monthly product cap",)"
    R"("type":"https://api.x.com/2/problems/usage-capped","period":"Monthly","scope":"Product"})";
constexpr char kServiceUnavailableBody[] =
    R"({"title":"Service Unavailable","detail":"Service Unavailable","type":"about:blank","status":503})";
constexpr char kNotFoundBody[] = R"({"errors":[{"message":"Sorry, that page does not exist","code":34}]})";

} // namespace

SandboxReply SandboxReply::json(int status, const QJsonObject &body)
{
    return {Action::Respond, status, QJsonDocument(body).toJson(QJsonDocument::Compact), kJsonType, {}};
}

SandboxReply SandboxReply::problem(int status, const QByteArray &body)
{
    return {Action::Respond, status, body, kProblemType, {}};
}

SandboxReply SandboxReply::drop()
{
    return {Action::Drop, 0, {}, {}, {}};
}

SandboxReply SandboxReply::invalid(const QString &parameter, const QString &message)
{
    QJsonObject error {{QStringLiteral("message"), message}};
    if (!parameter.isEmpty()) {
        error.insert(QStringLiteral("parameters"), QJsonObject {{parameter, QJsonArray {QString()}}});
    }
    const QJsonObject body {
        {QStringLiteral("errors"), QJsonArray {error}},
        {QStringLiteral("title"), QStringLiteral("Invalid Request")},
        {QStringLiteral("detail"), QStringLiteral("One or more parameters to your request was invalid.")},
        {QStringLiteral("type"), QStringLiteral("https://api.x.com/2/problems/invalid-request")},
    };
    return problem(400, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxReply SandboxReply::unauthorized()
{
    return problem(401, kUnauthorizedBody);
}

SandboxReply SandboxReply::duplicate()
{
    return problem(403, kDuplicateBody);
}

SandboxReply SandboxReply::forbidden()
{
    return problem(403, kForbiddenBody);
}

SandboxReply SandboxReply::tooManyRequests()
{
    return problem(429, kTooManyRequestsBody);
}

SandboxReply SandboxReply::usageCapped()
{
    return problem(429, kUsageCappedBody);
}

SandboxReply SandboxReply::serviceUnavailable()
{
    return problem(503, kServiceUnavailableBody);
}

SandboxReply SandboxReply::notFound()
{
    return problem(404, kNotFoundBody);
}

void SandboxReply::setRateLimitHeaders(const RateLimitStatus &limits)
{
    headers = {
        {"x-rate-limit-limit", QByteArray::number(limits.limit15)},
        {"x-rate-limit-remaining", QByteArray::number(limits.remaining15)},
        {"x-rate-limit-reset", QByteArray::number(limits.reset15.toSecsSinceEpoch())},
        {"x-user-limit-24hour-limit", QByteArray::number(limits.limit24)},
        {"x-user-limit-24hour-remaining", QByteArray::number(limits.remaining24)},
        {"x-user-limit-24hour-reset", QByteArray::number(limits.reset24.toSecsSinceEpoch())},
    };
}

} // namespace EpisodeDesk::Models
