// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/xroute.h"

#include <QRegularExpression>

namespace EpisodeDesk::Models {

XRoute XRoute::of(const QByteArray &method, const QString &path)
{
    using Endpoint = SandboxFault::Endpoint;
    if (path.startsWith(QLatin1String("/_sandbox/"))) {
        // Method and path are checked by the control API itself, which knows its own routes.
        return {Target::Control, Endpoint::Any, {}};
    }
    // At most 19 digits: a user id has to fit the qint64 that post ids and user ids are compared as.
    static const QRegularExpression userTweetsPath(QStringLiteral("^/2/users/([0-9]{1,19})/tweets$"));
    if (method == "POST" && path == QLatin1String("/2/tweets")) {
        return {Target::Endpoint, Endpoint::CreateTweet, {}};
    }
    if (method == "GET" && path == QLatin1String("/2/users/me")) {
        return {Target::Endpoint, Endpoint::UsersMe, {}};
    }
    if (method == "POST" && path == QLatin1String("/2/oauth2/token")) {
        return {Target::Endpoint, Endpoint::Token, {}};
    }
    if (method == "POST" && path == QLatin1String("/2/oauth2/revoke")) {
        return {Target::Endpoint, Endpoint::Revoke, {}};
    }
    // At x.com rather than api.x.com; one server plays both.
    if (method == "GET" && path == QLatin1String("/i/oauth2/authorize")) {
        return {Target::Endpoint, Endpoint::Authorize, {}};
    }
    // The media paths (sandbox/sandboxmedia.h tells the steps apart): one endpoint for faults.
    static const QRegularExpression mediaStepPath(
        QStringLiteral("^/2/media/upload(/initialize|/[0-9]{1,19}/append|/[0-9]{1,19}/finalize)?$"));
    if ((method == "POST" || method == "GET") && mediaStepPath.match(path).hasMatch()) {
        return {Target::Endpoint, Endpoint::MediaUpload, {}};
    }
    if (method == "POST" && path == QLatin1String("/2/media/metadata")) {
        return {Target::Endpoint, Endpoint::MediaMetadata, {}};
    }
    if (method == "GET") {
        const QRegularExpressionMatch match = userTweetsPath.match(path);
        if (match.hasMatch()) {
            return {Target::Endpoint, Endpoint::UserTweets, match.captured(1)};
        }
    }
    return {};
}

} // namespace EpisodeDesk::Models
