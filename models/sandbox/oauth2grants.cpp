// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/oauth2grants.h"

#include "sandbox/timelinestore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <array>

namespace EpisodeDesk::Models {

namespace {

Q_LOGGING_CATEGORY(lcOAuth2, "episodedesk.sandbox.oauth2")

constexpr char kSection[] = "oauth2";
constexpr char kAuthorizationCode[] = "authorization_code";
constexpr char kRefreshToken[] = "refresh_token";

// The scopes X knows (developer docs, "OAuth 2.0 scopes"); anything else is refused at authorize.
const QStringList &knownScopes()
{
    static const QStringList scopes {
        QStringLiteral("tweet.read"),     QStringLiteral("tweet.write"),    QStringLiteral("tweet.moderate.write"),
        QStringLiteral("users.email"),    QStringLiteral("users.read"),     QStringLiteral("follows.read"),
        QStringLiteral("follows.write"),  QStringLiteral("offline.access"), QStringLiteral("space.read"),
        QStringLiteral("mute.read"),      QStringLiteral("mute.write"),     QStringLiteral("like.read"),
        QStringLiteral("like.write"),     QStringLiteral("list.read"),      QStringLiteral("list.write"),
        QStringLiteral("block.read"),     QStringLiteral("block.write"),    QStringLiteral("bookmark.read"),
        QStringLiteral("bookmark.write"), QStringLiteral("media.write"),    QStringLiteral("dm.read"),
        QStringLiteral("dm.write"),
    };
    return scopes;
}

// RFC 7636 4.1: a verifier, and so a plain challenge, is 43 to 128 unreserved characters; an S256
// challenge is 43 of them (32 bytes, base64url without padding).
bool isPkceString(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9\\-._~]{43,128}$"));
    return pattern.match(text).hasMatch();
}

QString s256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// What the store keeps instead of a code or token, so that neither the file nor the log holds one.
QString hashOf(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString shortHash(const QString &secret)
{
    return hashOf(secret).left(8);
}

QString randomToken()
{
    std::array<quint32, 8> words {};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words.data()), sizeof(words))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// A form body or query string decoded ('+' being a space). False on a repeated key: RFC 6749 3.1
// says parameters must not be included more than once.
bool parseForm(QByteArray data, QHash<QString, QString> *form)
{
    const auto decode = [](QByteArray part) {
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' ')));
    };
    const QList<QByteArray> pairs = data.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        const QString key = decode(equals < 0 ? pair : pair.first(equals));
        if (form->contains(key)) {
            return false;
        }
        form->insert(key, decode(equals < 0 ? QByteArray() : pair.sliced(equals + 1)));
    }
    return true;
}

// X's token-endpoint error: 400 {"error","error_description"} (RFC 6749 5.2).
SandboxReply oauthError(const char *error, const QString &description)
{
    SandboxReply reply = SandboxReply::json(400,
                                            QJsonObject {{QStringLiteral("error"), QLatin1String(error)},
                                                         {QStringLiteral("error_description"), description}});
    reply.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return reply;
}

SandboxReply textReply(int status, const QString &text)
{
    return {SandboxReply::Action::Respond, status, text.toUtf8(), "text/plain; charset=utf-8", {}};
}

// 302 Found to the client's redirect_uri with `items` added to its query.
SandboxReply redirectTo(const QString &redirectUri, const QList<QPair<QString, QString>> &items)
{
    QByteArray location = redirectUri.toUtf8();
    location += redirectUri.contains(u'?') ? '&' : '?';
    QByteArrayList parts;
    for (const auto &[key, value] : items) {
        parts.append(key.toUtf8() + '=' + QUrl::toPercentEncoding(value));
    }
    location += parts.join('&');
    SandboxReply reply = textReply(302, QStringLiteral("Redirecting to the application."));
    reply.headers.append({QByteArrayLiteral("Location"), location});
    return reply;
}

qint64 msOf(const QJsonObject &object, const char *key)
{
    return static_cast<qint64>(object.value(QLatin1String(key)).toDouble());
}

// A new grant in the section, its tokens in `body` (the token endpoint's success answer).
QJsonObject issueTokens(QJsonObject *grant, const QDateTime &now, std::chrono::seconds lifetime)
{
    const QString accessToken = randomToken();
    QJsonObject access = grant->value(QStringLiteral("access")).toObject();
    // Earlier access tokens of the grant stay valid until they expire, as bearer tokens do.
    for (auto it = access.begin(); it != access.end();) {
        it = it.value().toDouble() <= static_cast<double>(now.toMSecsSinceEpoch()) ? access.erase(it) : it + 1;
    }
    access.insert(hashOf(accessToken), static_cast<double>(now.addSecs(lifetime.count()).toMSecsSinceEpoch()));
    grant->insert(QStringLiteral("access"), access);
    const QString scope = grant->value(QStringLiteral("scope")).toString();
    QJsonObject body {{QStringLiteral("token_type"), QStringLiteral("bearer")},
                      {QStringLiteral("expires_in"), static_cast<double>(lifetime.count())},
                      {QStringLiteral("access_token"), accessToken},
                      {QStringLiteral("scope"), scope}};
    if (scope.split(u' ').contains(QLatin1String("offline.access"))) {
        const QString refreshToken = randomToken();
        grant->insert(QStringLiteral("refresh"), hashOf(refreshToken));
        body.insert(QStringLiteral("refresh_token"), refreshToken);
    }
    return body;
}

SandboxReply tokenReply(const QJsonObject &body)
{
    SandboxReply reply = SandboxReply::json(200, body);
    reply.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return reply;
}

void countInvalidGrant(QJsonObject &section)
{
    section.insert(QStringLiteral("invalidGrants"), section.value(QStringLiteral("invalidGrants")).toInt() + 1);
}

} // namespace

void OAuth2Grants::addClient(const QString &clientId)
{
    m_clients.insert(clientId, Client {});
}

bool OAuth2Grants::hasClient(const QString &clientId) const
{
    return m_clients.contains(clientId);
}

void OAuth2Grants::setRedirectUris(const QString &clientId, const QStringList &uris)
{
    m_clients[clientId].redirectUris = uris;
}

bool OAuth2Grants::acceptsRedirect(const QString &clientId, const QString &redirectUri) const
{
    const QStringList &allowed = m_clients.value(clientId).redirectUris;
    if (!allowed.isEmpty()) {
        return allowed.contains(redirectUri); // exact, trailing slash included, as X compares
    }
    const QUrl url(redirectUri, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("http") && url.host() == QLatin1String("127.0.0.1") &&
        url.fragment().isNull();
}

bool OAuth2Grants::withGrants(const std::function<bool(QJsonObject &)> &change) const
{
    QString error;
    if (!m_store.withSection(QLatin1String(kSection), change, &error)) {
        qCWarning(lcOAuth2) << "Sandbox storage failed:" << error;
        return false;
    }
    return true;
}

SandboxReply OAuth2Grants::authorize(const SandboxRequest &request, const QString &userId, const QDateTime &now)
{
    QHash<QString, QString> query;
    const bool unique = parseForm(request.url.query(QUrl::FullyEncoded).toUtf8(), &query);
    const QString clientId = query.value(QStringLiteral("client_id"));
    const QString redirectUri = query.value(QStringLiteral("redirect_uri"));
    // RFC 6749 4.1.2.1: without a known client and its redirect, nothing can be sent back to it.
    if (!hasClient(clientId)) {
        return textReply(400, QStringLiteral("Something went wrong: this app (client_id) is not known."));
    }
    if (!acceptsRedirect(clientId, redirectUri)) {
        return textReply(400, QStringLiteral("Something went wrong: redirect_uri is not a callback of this app."));
    }
    const QString state = query.value(QStringLiteral("state"));
    const auto refuse = [&](const QString &description) {
        return redirectTo(redirectUri,
                          {{QStringLiteral("error"), QStringLiteral("invalid_request")},
                           {QStringLiteral("error_description"), description},
                           {QStringLiteral("state"), state}});
    };
    const QStringList scopes = query.value(QStringLiteral("scope")).split(u' ', Qt::SkipEmptyParts);
    const QString method = query.value(QStringLiteral("code_challenge_method"));
    const QString challenge = query.value(QStringLiteral("code_challenge"));
    if (!unique) {
        return refuse(QStringLiteral("A parameter was given more than once."));
    }
    if (query.value(QStringLiteral("response_type")) != QLatin1String("code")) {
        return refuse(QStringLiteral("response_type must be code."));
    }
    if (scopes.isEmpty() || std::any_of(scopes.cbegin(), scopes.cend(), [](const QString &scope) {
            return !knownScopes().contains(scope);
        })) {
        return refuse(QStringLiteral("Missing or unknown scope."));
    }
    if (state.isEmpty() || state.size() > 500) {
        return refuse(QStringLiteral("state is required, at most 500 characters."));
    }
    if ((method != QLatin1String("S256") && method != QLatin1String("plain")) || !isPkceString(challenge) ||
        (method == QLatin1String("S256") && challenge.size() != 43)) {
        return refuse(QStringLiteral("A code_challenge with code_challenge_method S256 or plain is required."));
    }
    if (userId.isEmpty()) {
        return textReply(400, QStringLiteral("Something went wrong: no sandbox user can sign in."));
    }
    const QString code = randomToken();
    const bool stored = withGrants([&](QJsonObject &section) {
        QJsonObject codes = section.value(QStringLiteral("codes")).toObject();
        for (auto it = codes.begin(); it != codes.end();) { // expired ones would only be refused anyway
            it = msOf(it.value().toObject(), "expiresAt") < now.toMSecsSinceEpoch() ? codes.erase(it) : it + 1;
        }
        codes.insert(hashOf(code),
                     QJsonObject {{QStringLiteral("clientId"), clientId},
                                  {QStringLiteral("redirectUri"), redirectUri},
                                  {QStringLiteral("scope"), scopes.join(u' ')},
                                  {QStringLiteral("challenge"), challenge},
                                  {QStringLiteral("method"), method},
                                  {QStringLiteral("userId"), userId},
                                  {QStringLiteral("expiresAt"),
                                   static_cast<double>(now.addMSecs(m_codeLifetime.count()).toMSecsSinceEpoch())}});
        section.insert(QStringLiteral("codes"), codes);
        return true;
    });
    if (!stored) {
        return SandboxReply::serviceUnavailable();
    }
    qCInfo(lcOAuth2) << "Authorized user" << userId << "for client" << clientId << "code" << shortHash(code);
    return redirectTo(redirectUri, {{QStringLiteral("state"), state}, {QStringLiteral("code"), code}});
}

QString OAuth2Grants::grantTypeOf(const SandboxRequest &request)
{
    QHash<QString, QString> form;
    parseForm(request.body, &form);
    return form.value(QStringLiteral("grant_type"));
}

SandboxReply OAuth2Grants::token(const SandboxRequest &request, const QDateTime &now, Forced forced)
{
    if (!request.headers.value(QByteArrayLiteral("content-type")).startsWith("application/x-www-form-urlencoded")) {
        return oauthError("invalid_request", QStringLiteral("Content-Type must be application/x-www-form-urlencoded."));
    }
    QHash<QString, QString> form;
    if (!parseForm(request.body, &form)) {
        return oauthError("invalid_request", QStringLiteral("A parameter was given more than once."));
    }
    const QString grantType = form.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty()) {
        return oauthError("invalid_request", QStringLiteral("Missing required parameter [grant_type]."));
    }
    if (grantType != QLatin1String(kAuthorizationCode) && grantType != QLatin1String(kRefreshToken)) {
        return oauthError("unsupported_grant_type", QStringLiteral("grant_type is not supported."));
    }
    // A confidential client would authenticate with Basic; public clients name themselves in the body.
    const QByteArray basic = request.headers.value(QByteArrayLiteral("authorization"));
    if (!form.contains(QStringLiteral("client_id")) && basic.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(basic.mid(6).trimmed());
        form.insert(QStringLiteral("client_id"),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(
                        pair.left(pair.indexOf(':') < 0 ? pair.size() : pair.indexOf(':')))));
    }
    if (!hasClient(form.value(QStringLiteral("client_id")))) {
        return oauthError("invalid_client", QStringLiteral("Missing or unknown client_id."));
    }
    // Qt 6.4 sends an empty client_secret; a real secret has no place with a public client.
    if (!form.value(QStringLiteral("client_secret")).isEmpty()) {
        return oauthError("invalid_client", QStringLiteral("This client is public and has no secret."));
    }
    return grantType == QLatin1String(kAuthorizationCode) ? exchangeCode(form, now, forced)
                                                          : refresh(form, now, forced);
}

SandboxReply OAuth2Grants::exchangeCode(const QHash<QString, QString> &form, const QDateTime &now, Forced forced)
{
    for (const char *key : {"code", "redirect_uri", "code_verifier"}) {
        if (form.value(QLatin1String(key)).isEmpty()) {
            return oauthError("invalid_request",
                              QStringLiteral("Missing required parameter [%1].").arg(QLatin1String(key)));
        }
    }
    const QString code = form.value(QStringLiteral("code"));
    const QString verifier = form.value(QStringLiteral("code_verifier"));
    QString refusal;
    QString userId;
    QJsonObject body;
    const bool stored = withGrants([&](QJsonObject &section) {
        QJsonObject codes = section.value(QStringLiteral("codes")).toObject();
        const QString key = hashOf(code);
        const QJsonObject entry = codes.value(key).toObject();
        if (entry.isEmpty() || entry.value(QStringLiteral("used")).toBool()) {
            refusal = QStringLiteral("Value passed for the authorization code was invalid.");
        } else {
            // Single use: a failed exchange burns the code as well.
            QJsonObject burnt = entry;
            burnt.insert(QStringLiteral("used"), true);
            codes.insert(key, burnt);
            section.insert(QStringLiteral("codes"), codes);
            const QString challenge = entry.value(QStringLiteral("challenge")).toString();
            const bool s256Method = entry.value(QStringLiteral("method")).toString() == QLatin1String("S256");
            if (forced != Forced::None || msOf(entry, "expiresAt") <= now.toMSecsSinceEpoch()) {
                refusal = QStringLiteral("The authorization code has expired.");
            } else if (entry.value(QStringLiteral("clientId")).toString() != form.value(QStringLiteral("client_id"))) {
                refusal = QStringLiteral("The authorization code was issued to another client.");
            } else if (entry.value(QStringLiteral("redirectUri")).toString() !=
                       form.value(QStringLiteral("redirect_uri"))) {
                refusal = QStringLiteral("redirect_uri does not match the authorization request.");
            } else if (!isPkceString(verifier) || (s256Method ? s256(verifier) : verifier) != challenge) {
                refusal = QStringLiteral("code_verifier does not match the code_challenge.");
            }
        }
        if (!refusal.isEmpty()) {
            countInvalidGrant(section);
            return true;
        }
        userId = entry.value(QStringLiteral("userId")).toString();
        QJsonObject grant {{QStringLiteral("clientId"), entry.value(QStringLiteral("clientId"))},
                           {QStringLiteral("userId"), userId},
                           {QStringLiteral("scope"), entry.value(QStringLiteral("scope"))}};
        body = issueTokens(&grant, now, m_accessLifetime);
        QJsonObject grants = section.value(QStringLiteral("grants")).toObject();
        grants.insert(randomToken().left(16), grant);
        section.insert(QStringLiteral("grants"), grants);
        return true;
    });
    if (!stored) {
        return SandboxReply::serviceUnavailable();
    }
    if (!refusal.isEmpty()) {
        qCInfo(lcOAuth2) << "invalid_grant for code" << shortHash(code) << "-" << refusal;
        return oauthError("invalid_grant", refusal);
    }
    qCInfo(lcOAuth2) << "Issued tokens for user" << userId << "access"
                     << shortHash(body.value(QStringLiteral("access_token")).toString());
    return tokenReply(body);
}

SandboxReply OAuth2Grants::refresh(const QHash<QString, QString> &form, const QDateTime &now, Forced forced)
{
    const QString refreshToken = form.value(QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty()) {
        return oauthError("invalid_request", QStringLiteral("Missing required parameter [refresh_token]."));
    }
    // A redirect_uri (Qt 6.4 sends one) and a scope are not needed on a refresh and are ignored.
    const QString key = hashOf(refreshToken);
    QString refusal;
    QString userId;
    QJsonObject body;
    const bool stored = withGrants([&](QJsonObject &section) {
        QJsonObject grants = section.value(QStringLiteral("grants")).toObject();
        for (auto it = grants.begin(); it != grants.end(); ++it) {
            QJsonObject grant = it.value().toObject();
            QJsonArray used = grant.value(QStringLiteral("usedRefresh")).toArray();
            const bool current = grant.value(QStringLiteral("refresh")).toString() == key;
            if (!current && !used.contains(key)) {
                continue;
            }
            userId = grant.value(QStringLiteral("userId")).toString();
            if (grant.value(QStringLiteral("revoked")).toBool()) {
                refusal = QStringLiteral("The refresh token has been revoked.");
            } else if (!current) {
                // The replay of a used token: whoever holds the newer one may be an attacker, or a
                // second process that refreshed at the same time. X ends the grant either way.
                refusal = QStringLiteral("The refresh token was already used; the grant is revoked.");
                grant.insert(QStringLiteral("revoked"), true);
            } else if (forced != Forced::None) {
                refusal = QStringLiteral("Value passed for the token was invalid.");
                grant.insert(QStringLiteral("revoked"), true);
            } else if (grant.value(QStringLiteral("clientId")).toString() != form.value(QStringLiteral("client_id"))) {
                refusal = QStringLiteral("The refresh token was issued to another client.");
            } else {
                used.append(key);
                grant.insert(QStringLiteral("usedRefresh"), used);
                body = issueTokens(&grant, now, m_accessLifetime);
            }
            it.value() = grant;
            break;
        }
        if (userId.isEmpty()) {
            refusal = QStringLiteral("Value passed for the token was invalid.");
        }
        if (!refusal.isEmpty()) {
            countInvalidGrant(section);
        }
        section.insert(QStringLiteral("grants"), grants);
        return true;
    });
    if (!stored) {
        return SandboxReply::serviceUnavailable();
    }
    if (!refusal.isEmpty()) {
        qCInfo(lcOAuth2) << "invalid_grant for user" << userId << "refresh" << shortHash(refreshToken) << "-"
                         << refusal;
        return oauthError("invalid_grant", refusal);
    }
    qCInfo(lcOAuth2) << "Refreshed tokens for user" << userId << "refresh" << shortHash(refreshToken) << "->"
                     << shortHash(body.value(QStringLiteral("refresh_token")).toString());
    return tokenReply(body);
}

SandboxReply OAuth2Grants::revoke(const SandboxRequest &request)
{
    QHash<QString, QString> form;
    if (!parseForm(request.body, &form) || form.value(QStringLiteral("token")).isEmpty()) {
        return oauthError("invalid_request", QStringLiteral("Missing required parameter [token]."));
    }
    if (!hasClient(form.value(QStringLiteral("client_id")))) {
        return oauthError("invalid_client", QStringLiteral("Missing or unknown client_id."));
    }
    const QString key = hashOf(form.value(QStringLiteral("token")));
    const bool stored = withGrants([&](QJsonObject &section) {
        QJsonObject grants = section.value(QStringLiteral("grants")).toObject();
        for (auto it = grants.begin(); it != grants.end(); ++it) {
            QJsonObject grant = it.value().toObject();
            QJsonObject access = grant.value(QStringLiteral("access")).toObject();
            // RFC 7009 2.1: revoking a refresh token ends its grant; an access token, only itself.
            if (grant.value(QStringLiteral("refresh")).toString() == key) {
                grant.insert(QStringLiteral("revoked"), true);
            } else {
                access.remove(key);
                grant.insert(QStringLiteral("access"), access);
            }
            it.value() = grant;
        }
        section.insert(QStringLiteral("grants"), grants);
        return true;
    });
    if (!stored) {
        return SandboxReply::serviceUnavailable();
    }
    // An unknown token is revoked too, as far as the client can tell (RFC 7009 2.2).
    return SandboxReply::json(200, QJsonObject {{QStringLiteral("revoked"), true}});
}

std::optional<OAuth2Grants::Bearer> OAuth2Grants::verifyBearer(const QString &token, const QDateTime &now,
                                                               QString *why) const
{
    const QString key = hashOf(token);
    std::optional<Bearer> bearer;
    *why = QStringLiteral("unknown bearer token");
    const bool read = withGrants([&](QJsonObject &section) {
        const QJsonObject grants = section.value(QStringLiteral("grants")).toObject();
        for (const QJsonValue &value : grants) {
            const QJsonObject grant = value.toObject();
            const QJsonValue expiresAt = grant.value(QStringLiteral("access")).toObject().value(key);
            if (expiresAt.isUndefined()) {
                continue;
            }
            if (grant.value(QStringLiteral("revoked")).toBool()) {
                *why = QStringLiteral("bearer token of a revoked grant");
            } else if (static_cast<qint64>(expiresAt.toDouble()) <= now.toMSecsSinceEpoch()) {
                *why = QStringLiteral("expired bearer token");
            } else {
                bearer = Bearer {grant.value(QStringLiteral("userId")).toString(),
                                 grant.value(QStringLiteral("scope")).toString().split(u' ', Qt::SkipEmptyParts)};
            }
            break;
        }
        return false;
    });
    if (!read) {
        *why = QStringLiteral("the storage could not be read");
    }
    return bearer;
}

void OAuth2Grants::countTokenRequest(const QString &grantType)
{
    withGrants([&](QJsonObject &section) {
        QJsonObject requests = section.value(QStringLiteral("requests")).toObject();
        const QString key = grantType.isEmpty() ? QStringLiteral("(none)") : grantType;
        requests.insert(key, requests.value(key).toInt() + 1);
        section.insert(QStringLiteral("requests"), requests);
        return true;
    });
}

int OAuth2Grants::tokenRequestCount(const QString &grantType) const
{
    int count = 0;
    withGrants([&](QJsonObject &section) {
        const QJsonObject requests = section.value(QStringLiteral("requests")).toObject();
        for (auto it = requests.constBegin(); it != requests.constEnd(); ++it) {
            if (grantType.isEmpty() || it.key() == grantType) {
                count += it.value().toInt();
            }
        }
        return false;
    });
    return count;
}

int OAuth2Grants::invalidGrantCount() const
{
    int count = 0;
    withGrants([&](QJsonObject &section) {
        count = section.value(QStringLiteral("invalidGrants")).toInt();
        return false;
    });
    return count;
}

void OAuth2Grants::expireAccessTokens(const QDateTime &now)
{
    withGrants([&](QJsonObject &section) {
        QJsonObject grants = section.value(QStringLiteral("grants")).toObject();
        for (auto it = grants.begin(); it != grants.end(); ++it) {
            QJsonObject grant = it.value().toObject();
            QJsonObject access = grant.value(QStringLiteral("access")).toObject();
            for (auto token = access.begin(); token != access.end(); ++token) {
                token.value() = std::min(token.value().toDouble(), static_cast<double>(now.toMSecsSinceEpoch()));
            }
            grant.insert(QStringLiteral("access"), access);
            it.value() = grant;
        }
        section.insert(QStringLiteral("grants"), grants);
        return true;
    });
}

void OAuth2Grants::revokeAll()
{
    withGrants([&](QJsonObject &section) {
        QJsonObject grants = section.value(QStringLiteral("grants")).toObject();
        for (auto it = grants.begin(); it != grants.end(); ++it) {
            QJsonObject grant = it.value().toObject();
            grant.insert(QStringLiteral("revoked"), true);
            it.value() = grant;
        }
        section.insert(QStringLiteral("grants"), grants);
        return true;
    });
}

} // namespace EpisodeDesk::Models
