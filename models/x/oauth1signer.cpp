// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "x/oauth1signer.h"

#include <QDateTime>
#include <QMultiMap>
#include <QOAuth1Signature>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EpisodeDesk::Models {

namespace {

void setError(QString *error, const QString &text)
{
    if (error) {
        *error = text;
    }
}

QOAuth1Signature::HttpRequestMethod knownMethod(const QByteArray &method)
{
    using Method = QOAuth1Signature::HttpRequestMethod;
    if (method == "GET") {
        return Method::Get;
    }
    if (method == "POST") {
        return Method::Post;
    }
    if (method == "PUT") {
        return Method::Put;
    }
    if (method == "DELETE") {
        return Method::Delete;
    }
    if (method == "HEAD") {
        return Method::Head;
    }
    return Method::Custom;
}

struct EncodedParameter
{
    QByteArray key;
    QByteArray value;
    qsizetype index = 0;
};

} // namespace

QUrl OAuth1Signer::baseStringUri(const QUrl &url)
{
    QUrl result;
    const QString scheme = url.scheme().toLower();
    result.setScheme(scheme);
    result.setHost(url.host().toLower());
    const int port = url.port();
    const bool defaultPort = port == -1 || (scheme == u"http"_s && port == 80) || (scheme == u"https"_s && port == 443);
    if (!defaultPort) {
        result.setPort(port);
    }
    // The path exactly as QNetworkAccessManager puts it on the request line: dot segments resolved
    // (RFC 3986 §5.2.4, which QNAM applies through QUrl::NormalizePathSegments), "/" for an empty one.
    QString path = url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyEncoded);
    if (path.isEmpty()) {
        path = u"/"_s;
    }
    result.setPath(path, QUrl::TolerantMode);
    return result;
}

OAuth1Signer::Parameters OAuth1Signer::queryParameters(const QUrl &url)
{
    if (!url.hasQuery()) {
        return {};
    }
    // Servers decode '+' in a query as a space (RFC 5849 §3.4.1.3.1 follows HTML forms); "%2B" stays '+'.
    QString query = url.query(QUrl::FullyEncoded);
    query.replace(u'+', u"%20"_s);
    Parameters result;
    const auto items = QUrlQuery(query).queryItems(QUrl::FullyDecoded);
    result.reserve(items.size());
    for (const auto &item : items) {
        result.append({item.first, item.second});
    }
    return result;
}

QByteArray OAuth1Signer::signature(const QByteArray &method, const QUrl &baseUri, const Parameters &parameters,
                                   const QString &consumerSecret, const QString &tokenSecret, QString *error)
{
    if (method.isEmpty() || method.toUpper() != method) {
        setError(error, tr("The request method must be an upper-case HTTP method."));
        return {};
    }
    // QOAuth1Signature writes the URI with QUrl::toString(), which decodes "%20" to a space; the RFC wants
    // the encoded form. Refuse any URI where the two differ instead of signing the wrong string.
    if (!baseUri.isValid() || baseUri.hasQuery() || baseUri.hasFragment() ||
        baseUri.toString() != baseUri.toString(QUrl::FullyEncoded)) {
        setError(error, tr("The request address cannot be signed (unexpected characters in it)."));
        return {};
    }

    // RFC 5849 §3.4.1.3.2: sort by encoded key, then by encoded value.
    QList<EncodedParameter> sorted;
    sorted.reserve(parameters.size());
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        if (parameters.at(i).first == u"oauth_signature"_s) {
            setError(error, tr("The parameters to sign already contain a signature."));
            return {};
        }
        sorted.append(
            {QUrl::toPercentEncoding(parameters.at(i).first), QUrl::toPercentEncoding(parameters.at(i).second), i});
    }
    std::sort(sorted.begin(), sorted.end(), [](const EncodedParameter &a, const EncodedParameter &b) {
        return a.key != b.key ? a.key < b.key : a.value < b.value;
    });

    // QMultiMap iterates equal keys newest first, so inserting in reverse gives ascending values.
    QMultiMap<QString, QVariant> map;
    for (auto it = sorted.crbegin(); it != sorted.crend(); ++it) {
        map.insert(parameters.at(it->index).first, parameters.at(it->index).second);
    }
    // QOAuth1Signature orders by decoded key; check that this equals the RFC order for these keys.
    qsizetype position = 0;
    for (auto it = map.cbegin(); it != map.cend(); ++it, ++position) {
        const EncodedParameter &expected = sorted.at(position);
        if (QUrl::toPercentEncoding(it.key()) != expected.key ||
            QUrl::toPercentEncoding(it.value().toString()) != expected.value) {
            setError(error, tr("The request parameters cannot be signed in the order OAuth requires."));
            return {};
        }
    }

    // The constructor keeps the map as given; setParameters() would re-insert and reverse duplicates.
    const QOAuth1Signature::HttpRequestMethod known = knownMethod(method);
    QOAuth1Signature signer(baseUri, consumerSecret, tokenSecret, known, map);
    if (known == QOAuth1Signature::HttpRequestMethod::Custom) {
        signer.setCustomMethodString(method);
    }
    return signer.hmacSha1().toBase64();
}

QByteArray OAuth1Signer::authorizationHeader(const QByteArray &method, const QUrl &url, const XCredentials &credentials,
                                             const QString &nonce, const QString &timestamp, const Parameters &formBody,
                                             QString *error)
{
    if (!credentials.hasOAuth1()) {
        setError(error, tr("The account's X keys are incomplete."));
        return {};
    }
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"https"_s && scheme != u"http"_s)) {
        setError(error, tr("The request address is not a valid web address."));
        return {};
    }
    if (nonce.isEmpty() || timestamp.isEmpty()) {
        setError(error, tr("The request has no nonce or timestamp."));
        return {};
    }

    Parameters oauth {
        {u"oauth_consumer_key"_s, credentials.consumerKey}, {u"oauth_nonce"_s, nonce},
        {u"oauth_signature_method"_s, u"HMAC-SHA1"_s},      {u"oauth_timestamp"_s, timestamp},
        {u"oauth_token"_s, credentials.accessToken},        {u"oauth_version"_s, u"1.0"_s},
    };

    Parameters all = queryParameters(url);
    all.append(formBody);
    // X rejects repeated oauth_* keys; one smuggled in through the query or body would be one.
    for (const auto &parameter : std::as_const(all)) {
        if (parameter.first.startsWith(u"oauth_"_s)) {
            setError(error, tr("The request already carries OAuth parameters."));
            return {};
        }
    }
    all.append(oauth);

    const QByteArray signatureValue =
        signature(method, baseStringUri(url), all, credentials.consumerSecret, credentials.accessTokenSecret, error);
    if (signatureValue.isEmpty()) {
        return {};
    }
    oauth.append({u"oauth_signature"_s, QString::fromLatin1(signatureValue)});
    std::sort(oauth.begin(), oauth.end());

    QByteArray header = "OAuth ";
    for (qsizetype i = 0; i < oauth.size(); ++i) {
        if (i > 0) {
            header += ", ";
        }
        header +=
            QUrl::toPercentEncoding(oauth.at(i).first) + "=\"" + QUrl::toPercentEncoding(oauth.at(i).second) + '"';
    }
    return header;
}

QByteArray OAuth1Signer::authorizationHeader(const QByteArray &method, const QUrl &url, const XCredentials &credentials,
                                             QString *error)
{
    return authorizationHeader(method, url, credentials, generateNonce(),
                               QString::number(QDateTime::currentSecsSinceEpoch()), {}, error);
}

QString OAuth1Signer::generateNonce()
{
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    constexpr int alphabetSize = sizeof(alphabet) - 1;
    constexpr int length = 32;
    QString nonce;
    nonce.reserve(length);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (int i = 0; i < length; ++i) {
        nonce.append(QLatin1Char(alphabet[generator->bounded(alphabetSize)]));
    }
    return nonce;
}

OAuth1Signer::Parameters OAuth1Signer::parseAuthorizationHeader(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.size() < 6 || trimmed.left(6).toLower() != "oauth ") {
        return {};
    }
    // RFC 5849 §3.5.1: name="value" pairs separated by ',' and optional whitespace.
    Parameters result;
    qsizetype pos = 6;
    while (pos < trimmed.size()) {
        while (pos < trimmed.size() && (trimmed.at(pos) == ' ' || trimmed.at(pos) == ',' || trimmed.at(pos) == '\t')) {
            ++pos;
        }
        if (pos >= trimmed.size()) {
            break;
        }
        const qsizetype equals = trimmed.indexOf('=', pos);
        if (equals < 0 || equals + 1 >= trimmed.size() || trimmed.at(equals + 1) != '"') {
            return {};
        }
        const qsizetype closing = trimmed.indexOf('"', equals + 2);
        if (closing < 0) {
            return {};
        }
        const QByteArray name = trimmed.mid(pos, equals - pos).trimmed();
        const QByteArray encoded = trimmed.mid(equals + 2, closing - equals - 2);
        result.append({QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(encoded)});
        pos = closing + 1;
    }
    return result;
}

} // namespace EpisodeDesk::Models
