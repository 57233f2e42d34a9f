// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/sandboxhttp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace EpisodeDesk::Models {

class TimelineStore;

// The local X server's OAuth 2.0 Authorization Code flow with PKCE, as X runs it for a public
// ("Native App") client: authorize (auto-approved for one user), token (code exchange with
// RFC 7636 checks, rotating single-use refresh tokens), revoke, and the bearer check of the API
// endpoints. Facts in X_API_NOTES.md; what X does not document follows public reports: replaying a
// refresh token that was already used answers invalid_grant and revokes the whole grant.
//
// Codes and grants (with their counters) live in the "oauth2" section of the TimelineStore, so that
// servers sharing a storage file share them under its lock: a refresh token used through one server
// is used for all. Only SHA-256 hashes of codes and tokens are kept, and only a short hash is logged.
//
//   OAuth2Grants grants(timeline);
//   grants.addClient(QStringLiteral("client-id"));
//   SandboxReply reply = grants.token(request, now);
//   if (const auto bearer = grants.verifyBearer(token, now, &why)) … bearer->userId, bearer->scopes
class OAuth2Grants final
{
    Q_DECLARE_TR_FUNCTIONS(OAuth2Grants)
    Q_DISABLE_COPY_MOVE(OAuth2Grants)

public:
    // What a fault makes the next token request do instead of its honest outcome.
    enum class Forced
    {
        None,
        ExpiredCode, // a code exchange fails as if the code had expired
        InvalidGrant, // any token request fails with invalid_grant; its grant is revoked
    };
    struct Bearer
    {
        QString userId;
        QStringList scopes;
    };

    explicit OAuth2Grants(const TimelineStore &store) : m_store(store) { }

    // Clients are per server, like users: registering is configuration, not shared state.
    void addClient(const QString &clientId);
    bool hasClient(const QString &clientId) const;
    // Empty: any http://127.0.0.1 redirect is accepted. Otherwise an exact match is required.
    void setRedirectUris(const QString &clientId, const QStringList &uris);
    void setCodeLifetime(std::chrono::milliseconds lifetime) { m_codeLifetime = lifetime; }
    void setAccessTokenLifetime(std::chrono::seconds lifetime) { m_accessLifetime = lifetime; }

    // GET /i/oauth2/authorize, approved at once for `userId` (empty: nobody can sign in).
    SandboxReply authorize(const SandboxRequest &request, const QString &userId, const QDateTime &now);
    // POST /2/oauth2/token.
    SandboxReply token(const SandboxRequest &request, const QDateTime &now, Forced forced = Forced::None);
    // POST /2/oauth2/revoke.
    SandboxReply revoke(const SandboxRequest &request);

    // The grant behind `Authorization: Bearer <token>`, or none with the reason (for the log) in `why`.
    std::optional<Bearer> verifyBearer(const QString &token, const QDateTime &now, QString *why) const;

    // Counts a token request that reached a server, before any fault; `grantType` as sent.
    void countTokenRequest(const QString &grantType);
    int tokenRequestCount(const QString &grantType = {}) const; // empty: all
    int invalidGrantCount() const;
    void expireAccessTokens(const QDateTime &now); // refresh tokens stay valid
    void revokeAll();

    // The grant_type of a form body, for counting and for choosing a fault before the request runs.
    static QString grantTypeOf(const SandboxRequest &request);

private:
    struct Client
    {
        QStringList redirectUris;
    };

    SandboxReply exchangeCode(const QHash<QString, QString> &form, const QDateTime &now, Forced forced);
    SandboxReply refresh(const QHash<QString, QString> &form, const QDateTime &now, Forced forced);
    bool acceptsRedirect(const QString &clientId, const QString &redirectUri) const;
    // Runs `change` on the shared section; a storage failure is logged and answered as 503 by the caller.
    bool withGrants(const std::function<bool(QJsonObject &)> &change) const;

    const TimelineStore &m_store;
    QHash<QString, Client> m_clients;
    std::chrono::milliseconds m_codeLifetime = std::chrono::seconds(30);
    std::chrono::seconds m_accessLifetime = std::chrono::hours(2);
};

} // namespace EpisodeDesk::Models
