// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace EpisodeDesk::Models {

// OAuth 1.0a HMAC-SHA1 signing for X's user context (RFC 5849; X's "Authorizing a request").
// Pure functions: no I/O, no clock or randomness except in the overloads that say so.
//
//     const QByteArray value = OAuth1Signer::authorizationHeader("POST", url, credentials);
//     request.setRawHeader("Authorization", value); // empty value: refuse to send
//
// The HMAC and the percent-encoding are QOAuth1Signature's. It takes the base URI verbatim from
// QUrl::toString() and orders parameters by decoded key, which differ from RFC 5849 for paths with
// spaces and keys such as "c@" vs "c2"; rather than send a signature X would reject, signature()
// refuses those inputs (X's own paths and keys never hit either case).
class OAuth1Signer final
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeDesk::Models::OAuth1Signer)

public:
    // Signed parameters, decoded (query items, form-body items, oauth_* protocol parameters).
    using Parameters = QList<std::pair<QString, QString>>;

    OAuth1Signer() = delete;

    // RFC 5849 §3.4.1.2 base string URI of url: scheme and host in lower case, the scheme's default
    // port dropped, dot segments resolved as QNetworkAccessManager sends them, an empty path made "/",
    // no query, no fragment, no user info.
    static QUrl baseStringUri(const QUrl &url);

    // The URL's query items, decoded the way a server decodes them ('+' is a space).
    static Parameters queryParameters(const QUrl &url);

    // Base64 HMAC-SHA1 signature of method & baseUri & parameters. baseUri is used verbatim (pass
    // baseStringUri(url)); parameters must not contain oauth_signature. Returns an empty array and sets
    // *error when QOAuth1Signature cannot sign these inputs faithfully.
    static QByteArray signature(const QByteArray &method, const QUrl &baseUri, const Parameters &parameters,
                                const QString &consumerSecret, const QString &tokenSecret, QString *error = nullptr);

    // The value of the Authorization header for one request to X: the seven oauth_* parameters X
    // expects (consumer_key, nonce, signature, signature_method, timestamp, token, version) in
    // alphabetical order. The URL's query is signed; a JSON body is not (pass nothing); a form body
    // (application/x-www-form-urlencoded, never used by EpisodeDesk) goes in formBody. Empty on failure.
    static QByteArray authorizationHeader(const QByteArray &method, const QUrl &url, const XCredentials &credentials,
                                          const QString &nonce, const QString &timestamp,
                                          const Parameters &formBody = {}, QString *error = nullptr);

    // Same, with a fresh random nonce and the current time.
    static QByteArray authorizationHeader(const QByteArray &method, const QUrl &url, const XCredentials &credentials,
                                          QString *error = nullptr);

    // 32 random alphanumeric characters from the system's secure generator.
    static QString generateNonce();

    // Parses an "OAuth k="v", ..." header value into decoded pairs, in order (for tests and the
    // sandbox server). Returns an empty list if the value is not an OAuth header.
    static Parameters parseAuthorizationHeader(const QByteArray &value);
};

} // namespace EpisodeDesk::Models
