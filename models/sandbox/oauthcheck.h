// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"
#include "sandbox/sandboxhttp.h"

#include <QByteArray>
#include <QList>
#include <QQueue>
#include <QSet>
#include <QString>

namespace EpisodeDesk::Models {

// Decides whether a request carries a valid OAuth 1.0a HMAC-SHA1 Authorization header from one of
// the accounts it knows, as X does: the signature is recomputed with QOAuth1Signature (not with
// the app's own OAuth1Signer, so that a mistake in the signer cannot hide itself), over the URL
// with its query and a form body, but not a JSON body. A nonce+timestamp is accepted once.
//
//   OAuthCheck check;
//   check.setKeys(QStringLiteral("1001"), credentials);
//   QString why;
//   const QString userId = check.verify(request, &why); // empty: refused, `why` says why
class OAuthCheck final
{
public:
    // Registers, or replaces by account id, the keys of an account.
    void setKeys(const QString &accountId, const XCredentials &credentials);

    // The id of the account that signed `request`, or empty with the reason in `why`. The reason is
    // for the log only: X itself only ever says "Unauthorized".
    QString verify(const SandboxRequest &request, QString *why);

private:
    struct Account
    {
        QString id;
        XCredentials credentials;
    };
    struct Header;

    const Account *findAccount(const QString &consumerKey, const QString &token) const;
    bool rememberNonce(const QByteArray &key);

    QList<Account> m_accounts;
    QSet<QByteArray> m_seenNonces;
    QQueue<QByteArray> m_nonceOrder; // oldest first, so that the memory stays bounded
};

} // namespace EpisodeDesk::Models
