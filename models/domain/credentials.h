// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <utility>

namespace EpisodeDesk::Models {

// The user-context secrets of one X account: the OAuth 1.0a keys a user pasted, or the OAuth 2.0 tokens
// of a Sign in with X (Account::auth says which is in use). Held in memory only while needed; persisted
// only in the OS keychain (secrets/). Never logged, never written to the database or QSettings.
struct XCredentials
{
    XCredentials() = default;
    // The four OAuth 1.0a keys, in the order X's developer portal lists them.
    XCredentials(QString consumer, QString consumerSecretValue, QString token, QString tokenSecret)
        : consumerKey(std::move(consumer)),
          consumerSecret(std::move(consumerSecretValue)),
          accessToken(std::move(token)),
          accessTokenSecret(std::move(tokenSecret))
    { }

    QString consumerKey;
    QString consumerSecret;
    QString accessToken;
    QString accessTokenSecret;

    // OAuth 2.0 (Authorization Code with PKCE). The refresh token is single-use: each refresh returns a
    // new pair, which must be stored before it is used (x/oauth2tokens.h).
    QString bearerToken;
    QString refreshToken;
    QDateTime bearerExpiresAt; // UTC; invalid when unknown

    bool hasOAuth1() const
    {
        return !consumerKey.isEmpty() && !consumerSecret.isEmpty() && !accessToken.isEmpty() &&
            !accessTokenSecret.isEmpty();
    }
    bool hasOAuth2() const { return !bearerToken.isEmpty() || !refreshToken.isEmpty(); }
    // Something to authorize a request with: OAuth 2.0 tokens take precedence when present.
    bool isComplete() const { return hasOAuth1() || hasOAuth2(); }
    bool isOAuth2() const { return hasOAuth2(); }
};

} // namespace EpisodeDesk::Models
