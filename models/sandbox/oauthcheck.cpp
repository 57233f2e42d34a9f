// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/oauthcheck.h"

#include <QMultiMap>
#include <QOAuth1Signature>
#include <QVariant>

namespace EpisodeDesk::Models {

namespace {

// Replayed nonces are caught among this many recent ones; enough for any test or sandbox session.
constexpr qsizetype kRememberedNonces = 10000;

QOAuth1Signature::HttpRequestMethod signatureMethod(const QByteArray &method)
{
    if (method == "GET") {
        return QOAuth1Signature::HttpRequestMethod::Get;
    }
    if (method == "POST") {
        return QOAuth1Signature::HttpRequestMethod::Post;
    }
    if (method == "PUT") {
        return QOAuth1Signature::HttpRequestMethod::Put;
    }
    if (method == "DELETE") {
        return QOAuth1Signature::HttpRequestMethod::Delete;
    }
    if (method == "HEAD") {
        return QOAuth1Signature::HttpRequestMethod::Head;
    }
    return QOAuth1Signature::HttpRequestMethod::Custom;
}

// Compares without an early exit, so response timing does not reveal how much of a signature matched.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        difference = static_cast<char>(difference | (a.at(i) ^ b.at(i)));
    }
    return difference == 0;
}

// RFC 5849 3.4.1.3.1: a form body's parameters are signed decoded ('+' being a space), and the
// signature encodes them once. QOAuth1Signature::addRequestBody() would take QUrlQuery's partly
// encoded values instead, encoding an escaped value (%2C, %21, …) a second time.
void addFormBody(QOAuth1Signature *signature, const QByteArray &body)
{
    const auto decode = [](QByteArray part) {
        return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' ')));
    };
    const QList<QByteArray> pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        const QByteArray key = equals < 0 ? pair : pair.first(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.sliced(equals + 1);
        signature->insert(decode(key), decode(value));
    }
}

} // namespace

// The Authorization header taken apart: the signed oauth_* parameters and the signature.
struct OAuthCheck::Header
{
    QMultiMap<QString, QVariant> parameters; // without oauth_signature and realm, which are not signed
    QByteArray signature;

    QString value(const char *key) const { return parameters.value(QLatin1String(key)).toString(); }

    bool parse(const QByteArray &header, QString *why)
    {
        if (!header.startsWith("OAuth ")) {
            *why = QStringLiteral("no OAuth Authorization header");
            return false;
        }
        QSet<QString> seen;
        const QList<QByteArray> fields = header.mid(6).split(',');
        for (const QByteArray &field : fields) {
            const QByteArray trimmed = field.trimmed();
            const qsizetype equals = trimmed.indexOf('=');
            const QByteArray rawValue = trimmed.mid(equals + 1);
            if (equals <= 0 || rawValue.size() < 2 || !rawValue.startsWith('"') || !rawValue.endsWith('"')) {
                *why = QStringLiteral("malformed Authorization header");
                return false;
            }
            const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(trimmed.left(equals)));
            const QByteArray decoded = QByteArray::fromPercentEncoding(rawValue.mid(1, rawValue.size() - 2));
            // X refuses repeated keys; letting one through would make the signature ambiguous.
            if (seen.contains(key)) {
                *why = QStringLiteral("repeated OAuth parameter %1").arg(key);
                return false;
            }
            seen.insert(key);
            if (key == QLatin1String("oauth_signature")) {
                signature = decoded;
            } else if (key != QLatin1String("realm")) {
                parameters.insert(key, QString::fromUtf8(decoded));
            }
        }
        return true;
    }

    // X's profile of OAuth 1.0a: a token, HMAC-SHA1, version 1.0 when stated.
    bool isComplete() const
    {
        const QString version = parameters.value(QStringLiteral("oauth_version"), QStringLiteral("1.0")).toString();
        return !value("oauth_consumer_key").isEmpty() && !value("oauth_token").isEmpty() &&
            !value("oauth_nonce").isEmpty() && !value("oauth_timestamp").isEmpty() && !signature.isEmpty() &&
            value("oauth_signature_method") == QLatin1String("HMAC-SHA1") && version == QLatin1String("1.0");
    }
};

void OAuthCheck::setKeys(const QString &accountId, const XCredentials &credentials)
{
    m_accounts.removeIf([&](const Account &account) { return account.id == accountId; });
    m_accounts.append(Account {accountId, credentials});
}

QString OAuthCheck::verify(const SandboxRequest &request, QString *why)
{
    Header header;
    if (!header.parse(request.headers.value(QByteArrayLiteral("authorization")).trimmed(), why)) {
        return {};
    }
    if (!header.isComplete()) {
        *why = QStringLiteral("missing or unsupported OAuth parameters");
        return {};
    }
    const QString consumerKey = header.value("oauth_consumer_key");
    const QString token = header.value("oauth_token");
    const Account *account = findAccount(consumerKey, token);
    if (!account) {
        *why = QStringLiteral("unknown consumer key or token");
        return {};
    }

    // The URL the request was sent to, query included (QOAuth1Signature adds the query items);
    // a JSON body is not signed, a form body is.
    QOAuth1Signature expected(request.url, account->credentials.consumerSecret, account->credentials.accessTokenSecret,
                              signatureMethod(request.method), header.parameters);
    if (expected.httpRequestMethod() == QOAuth1Signature::HttpRequestMethod::Custom) {
        expected.setCustomMethodString(request.method);
    }
    if (request.headers.value(QByteArrayLiteral("content-type")).startsWith("application/x-www-form-urlencoded")) {
        addFormBody(&expected, request.body);
    }
    if (!constantTimeEquals(expected.hmacSha1().toBase64(), header.signature)) {
        *why = QStringLiteral("signature mismatch");
        return {};
    }
    // Only after the signature: a forged request must not use up the nonce of a genuine one.
    const QString nonceKey =
        consumerKey + u'\n' + token + u'\n' + header.value("oauth_nonce") + u'\n' + header.value("oauth_timestamp");
    if (!rememberNonce(nonceKey.toUtf8())) {
        *why = QStringLiteral("nonce and timestamp already used");
        return {};
    }
    return account->id;
}

const OAuthCheck::Account *OAuthCheck::findAccount(const QString &consumerKey, const QString &token) const
{
    for (const Account &account : m_accounts) {
        if (account.credentials.consumerKey == consumerKey && account.credentials.accessToken == token) {
            return &account;
        }
    }
    return nullptr;
}

bool OAuthCheck::rememberNonce(const QByteArray &key)
{
    if (m_seenNonces.contains(key)) {
        return false;
    }
    m_seenNonces.insert(key);
    m_nonceOrder.enqueue(key);
    if (m_nonceOrder.size() > kRememberedNonces) {
        m_seenNonces.remove(m_nonceOrder.dequeue());
    }
    return true;
}

} // namespace EpisodeDesk::Models
