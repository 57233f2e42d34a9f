// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/controlapi.h"

#include "sandbox/localxserver.h"
#include "sandbox/xformats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace EpisodeDesk::Models {

namespace {

SandboxReply badRequest(const QString &message)
{
    return SandboxReply::json(400, QJsonObject {{QStringLiteral("error"), message}});
}

} // namespace

SandboxReply SandboxControlApi::handle(const SandboxRequest &request)
{
    if (!m_server.controlApiEnabled()) {
        return SandboxReply::notFound();
    }
    const QString path = request.url.path();
    const QByteArray &method = request.method;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (method == "POST" && parseError.error != QJsonParseError::NoError) {
        return badRequest(QStringLiteral("body is not JSON: %1").arg(parseError.errorString()));
    }
    const QJsonObject body = document.object();

    if (path == QLatin1String("/_sandbox/faults") && method == "POST") {
        return addFaults(document);
    }
    if (path == QLatin1String("/_sandbox/faults") && method == "DELETE") {
        m_server.clearFaults();
        return SandboxReply::json(200, QJsonObject {{QStringLiteral("pendingFaultCount"), 0}});
    }
    if (path == QLatin1String("/_sandbox/stats") && method == "GET") {
        return stats();
    }
    if (path == QLatin1String("/_sandbox/users") && method == "POST") {
        return addUser(body);
    }
    if (path == QLatin1String("/_sandbox/posts") && method == "GET") {
        return listPosts();
    }
    if (path == QLatin1String("/_sandbox/rate-limit") && method == "POST") {
        return setRateLimit(body);
    }
    if (path == QLatin1String("/_sandbox/clock") && method == "POST") {
        return setClock(body);
    }
    if (path == QLatin1String("/_sandbox/oauth2/clients") && method == "POST") {
        return addOAuth2Client(body);
    }
    if (path == QLatin1String("/_sandbox/oauth2/expire-access-tokens") && method == "POST") {
        m_server.expireAccessTokens();
        return SandboxReply::json(200, QJsonObject {{QStringLiteral("expired"), true}});
    }
    if (path == QLatin1String("/_sandbox/oauth2/revoke-grants") && method == "POST") {
        m_server.revokeOAuth2Grants();
        return SandboxReply::json(200, QJsonObject {{QStringLiteral("revoked"), true}});
    }
    return SandboxReply::notFound();
}

SandboxReply SandboxControlApi::addFaults(const QJsonDocument &document)
{
    // One fault or a list; all or nothing, so a typo does not leave half a script queued.
    const QJsonArray list = document.isArray() ? document.array() : QJsonArray {document.object()};
    QList<SandboxFault> faults;
    for (const QJsonValue &item : list) {
        QString error;
        const auto fault = SandboxFault::fromJson(item, &error);
        if (!fault) {
            return badRequest(error);
        }
        faults.append(*fault);
    }
    for (const SandboxFault &fault : std::as_const(faults)) {
        m_server.injectFault(fault);
    }
    return SandboxReply::json(201, QJsonObject {{QStringLiteral("pendingFaultCount"), m_server.pendingFaultCount()}});
}

SandboxReply SandboxControlApi::stats() const
{
    return SandboxReply::json(
        200,
        QJsonObject {{QStringLiteral("createRequestCount"), m_server.createRequestCount()},
                     {QStringLiteral("storedPostCount"), m_server.storedPostCount()},
                     {QStringLiteral("pendingFaultCount"), m_server.pendingFaultCount()},
                     {QStringLiteral("tokenRequests"), m_server.tokenRequestCount()},
                     {QStringLiteral("refreshRequests"), m_server.tokenRequestCount(QStringLiteral("refresh_token"))},
                     {QStringLiteral("invalidGrants"), m_server.invalidGrantCount()}});
}

SandboxReply SandboxControlApi::addOAuth2Client(const QJsonObject &body)
{
    const QString clientId = body.value(QStringLiteral("clientId")).toString();
    if (clientId.isEmpty()) {
        return badRequest(QStringLiteral("need a clientId"));
    }
    m_server.addOAuth2Client(clientId);
    if (body.contains(QStringLiteral("redirectUris"))) {
        QStringList uris;
        const QJsonArray list = body.value(QStringLiteral("redirectUris")).toArray();
        for (const QJsonValue &uri : list) {
            uris.append(uri.toString());
        }
        m_server.setOAuth2RedirectUris(clientId, uris);
    }
    if (body.contains(QStringLiteral("signInUser"))) {
        m_server.setOAuth2SignInUser(body.value(QStringLiteral("signInUser")).toString());
    }
    return SandboxReply::json(201, QJsonObject {{QStringLiteral("clientId"), clientId}});
}

SandboxReply SandboxControlApi::addUser(const QJsonObject &body)
{
    auto field = [&](const char *key) {
        return body.value(QLatin1String(key)).toString();
    };
    const XCredentials credentials {field("consumerKey"), field("consumerSecret"), field("accessToken"),
                                    field("accessTokenSecret")};
    if (!XFormats::isId(field("id")) || field("username").isEmpty() || !credentials.hasOAuth1()) {
        return badRequest(QStringLiteral("need a numeric id, a username and all four OAuth 1.0a keys"));
    }
    m_server.addUser(field("id"), field("username"), field("name"), credentials);
    return SandboxReply::json(201, QJsonObject {{QStringLiteral("id"), field("id")}});
}

SandboxReply SandboxControlApi::listPosts() const
{
    QJsonArray data;
    const QList<SandboxPost> all = m_server.posts();
    for (const SandboxPost &post : all) {
        data.append(QJsonObject {{QStringLiteral("id"), post.id},
                                 {QStringLiteral("user_id"), post.userId},
                                 {QStringLiteral("text"), post.text},
                                 {QStringLiteral("sent_text"), post.sentText},
                                 {QStringLiteral("created_at"), XFormats::isoWithMs(post.createdAt)}});
    }
    return SandboxReply::json(200, QJsonObject {{QStringLiteral("data"), data}});
}

SandboxReply SandboxControlApi::setRateLimit(const QJsonObject &body)
{
    const int per15min = body.value(QStringLiteral("per15min")).toInt(-1);
    const int per24h = body.value(QStringLiteral("per24h")).toInt(-1);
    if (per15min < 0 || per24h < 0) {
        return badRequest(QStringLiteral("need per15min and per24h, both not negative"));
    }
    m_server.setRateLimit(per15min, per24h);
    return SandboxReply::json(200, body);
}

SandboxReply SandboxControlApi::setClock(const QJsonObject &body)
{
    if (!body.value(QStringLiteral("offsetMs")).isDouble()) {
        return badRequest(QStringLiteral("need offsetMs"));
    }
    const auto offsetMs = static_cast<qint64>(body.value(QStringLiteral("offsetMs")).toDouble());
    m_server.setClock([offsetMs] { return QDateTime::currentDateTimeUtc().addMSecs(offsetMs); });
    return SandboxReply::json(200, QJsonObject {{QStringLiteral("now"), XFormats::isoWithMs(m_server.now())}});
}

} // namespace EpisodeDesk::Models
