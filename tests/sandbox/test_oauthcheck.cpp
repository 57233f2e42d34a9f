// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/oauthcheck.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace EpisodeDesk::Models;
using namespace Qt::StringLiterals;

namespace {

// tests/data/oauth1_vectors.json, loaded once.
const QJsonArray &signatureVectors()
{
    static const QJsonArray vectors = [] {
        QFile in(QStringLiteral(EPISODEDESK_TESTDATA "/oauth1_vectors.json"));
        if (!in.open(QIODevice::ReadOnly)) {
            qFatal("cannot open oauth1_vectors.json");
        }
        return QJsonDocument::fromJson(in.readAll()).object().value(u"signature_vectors"_s).toArray();
    }();
    return vectors;
}

QJsonObject vectorById(const QString &id)
{
    for (const QJsonValue &value : signatureVectors()) {
        if (value.toObject().value(u"id"_s).toString() == id) {
            return value.toObject();
        }
    }
    qFatal("no such vector");
}

XCredentials credentialsOf(const QJsonObject &vector)
{
    return {vector.value(u"consumer_key"_s).toString(), vector.value(u"consumer_secret"_s).toString(),
            vector.value(u"token"_s).toString(), vector.value(u"token_secret"_s).toString()};
}

// The header the vector prints, or one built from its fields in X's form when it prints none.
QByteArray headerOf(const QJsonObject &vector)
{
    for (const auto &key : {u"expected_authorization_header"_s, u"expected_authorization_header_as_printed"_s}) {
        if (vector.contains(key)) {
            return vector.value(key).toString().toUtf8();
        }
    }
    QByteArrayList fields;
    const auto add = [&](const char *key, const QString &value) {
        fields.append(QByteArray(key) + "=\"" + QUrl::toPercentEncoding(value) + '"');
    };
    add("oauth_consumer_key", vector.value(u"consumer_key"_s).toString());
    add("oauth_nonce", vector.value(u"nonce"_s).toString());
    add("oauth_signature", vector.value(u"expected_signature"_s).toString());
    add("oauth_signature_method", vector.value(u"signature_method"_s).toString());
    add("oauth_timestamp", vector.value(u"timestamp"_s).toString());
    add("oauth_token", vector.value(u"token"_s).toString());
    if (vector.value(u"version"_s).isString()) {
        add("oauth_version", vector.value(u"version"_s).toString());
    }
    return "OAuth " + fields.join(", ");
}

// The request a vector describes, as the sandbox's HTTP layer would hand it over.
SandboxRequest requestOf(const QJsonObject &vector)
{
    SandboxRequest request;
    request.method = vector.value(u"method"_s).toString().toLatin1();
    request.url = QUrl(vector.value(u"request_url"_s).toString(vector.value(u"base_url"_s).toString()));
    request.headers.insert("authorization", headerOf(vector));
    if (vector.contains(u"form_body_raw"_s)) {
        request.headers.insert("content-type", vector.value(u"content_type"_s).toString().toLatin1());
        request.body = vector.value(u"form_body_raw"_s).toString().toLatin1();
    }
    return request;
}

// X's own worked example: a form body, a query, and the full header as X prints it.
const QString kXExample = u"twitter-docs-legacy-api.twitter.com-1"_s;

using Tamper = std::function<void(SandboxRequest &)>;

void replaceInHeader(SandboxRequest &request, const QByteArray &from, const QByteArray &to)
{
    request.headers["authorization"].replace(from, to);
}

} // namespace

Q_DECLARE_METATYPE(Tamper)

class TestOAuthCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsSignedVectors_data();
    void acceptsSignedVectors();
    void refusesTampered_data();
    void refusesTampered();
    void refusesReplayedNonce();
    void forgeryDoesNotUseUpNonce();
    void jsonBodyIsNotSigned();
    void keysAreReplacedById();
};

// Every vector with an X-style token and secrets verifies as the account that holds its keys.
void TestOAuthCheck::acceptsSignedVectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    for (const QJsonValue &value : signatureVectors()) {
        const QJsonObject vector = value.toObject();
        if (vector.value(u"token"_s).isString() && vector.contains(u"consumer_secret"_s) &&
            vector.contains(u"expected_signature"_s)) {
            QTest::newRow(qPrintable(vector.value(u"id"_s).toString())) << vector;
        }
    }
}

void TestOAuthCheck::acceptsSignedVectors()
{
    QFETCH(QJsonObject, vector);
    OAuthCheck check;
    check.setKeys(u"2002"_s, {u"other-key"_s, u"other-secret"_s, u"other-token"_s, u"other-token-secret"_s});
    check.setKeys(u"1001"_s, credentialsOf(vector));
    QString why;
    const QString id = check.verify(requestOf(vector), &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(id, u"1001"_s);
}

void TestOAuthCheck::refusesTampered_data()
{
    QTest::addColumn<QJsonObject>("vector");
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<QString>("why");
    const QJsonObject x = vectorById(kXExample);
    const QString mismatch = u"signature mismatch"_s;
    const QString unsupported = u"missing or unsupported OAuth parameters"_s;

    QTest::newRow("body changed") << x << Tamper([](SandboxRequest &r) { r.body.replace("Ladies", "Lads"); })
                                  << mismatch;
    QTest::newRow("query changed") << x
                                   << Tamper([](SandboxRequest &r) { r.url.setQuery(u"include_entities=false"_s); })
                                   << mismatch;
    QTest::newRow("query added") << x
                                 << Tamper([](SandboxRequest &r) { r.url.setQuery(r.url.query() + u"&trim_user=1"_s); })
                                 << mismatch;
    QTest::newRow("path changed") << x
                                  << Tamper([](SandboxRequest &r) { r.url.setPath(u"/1/statuses/destroy.json"_s); })
                                  << mismatch;
    QTest::newRow("method changed") << x << Tamper([](SandboxRequest &r) { r.method = "PUT"; }) << mismatch;
    QTest::newRow("signature changed") << x << Tamper([](SandboxRequest &r) {
        replaceInHeader(r, "tnnArxj06cWHq44gCs1OSKk", "tnnArxj06cWHq44gCs1OSKK");
    }) << mismatch;
    QTest::newRow("timestamp changed") << x << Tamper([](SandboxRequest &r) {
        replaceInHeader(r, "1318622958", "1318622959");
    }) << mismatch;
    QTest::newRow("unknown consumer key") << x << Tamper([](SandboxRequest &r) {
        replaceInHeader(r, "xvz1evFS4wEEPTGEFPHBog", "xvz1evFS4wEEPTGEFPHBoh");
    }) << u"unknown consumer key or token"_s;
    QTest::newRow("no header") << x << Tamper([](SandboxRequest &r) { r.headers.remove("authorization"); })
                               << u"no OAuth Authorization header"_s;
    QTest::newRow("bearer instead") << x
                                    << Tamper([](SandboxRequest &r) { r.headers["authorization"] = "Bearer AAAA"; })
                                    << u"no OAuth Authorization header"_s;
    QTest::newRow("unquoted value") << x << Tamper([](SandboxRequest &r) {
        replaceInHeader(r, "oauth_version=\"1.0\"", "oauth_version=1.0");
    }) << u"malformed Authorization header"_s;
    QTest::newRow("repeated parameter") << x << Tamper([](SandboxRequest &r) {
        r.headers["authorization"] += ", oauth_nonce=\"another\"";
    }) << u"repeated OAuth parameter oauth_nonce"_s;
    QTest::newRow("HMAC-SHA256") << x
                                 << Tamper([](SandboxRequest &r) { replaceInHeader(r, "HMAC-SHA1", "HMAC-SHA256"); })
                                 << unsupported;
    QTest::newRow("version 2.0") << x << Tamper([](SandboxRequest &r) {
        replaceInHeader(r, "oauth_version=\"1.0\"", "oauth_version=\"2.0\"");
    }) << unsupported;
    // RFC 5849's temporary-credentials request is validly signed, but X only takes token requests.
    QTest::newRow("no token (rfc5849 temporary credentials)")
        << vectorById(u"rfc5849-1.2-temporary-credentials"_s) << Tamper([](SandboxRequest &) {}) << unsupported;
}

void TestOAuthCheck::refusesTampered()
{
    QFETCH(QJsonObject, vector);
    QFETCH(Tamper, tamper);
    QFETCH(QString, why);
    OAuthCheck check;
    check.setKeys(u"1001"_s, credentialsOf(vector));
    SandboxRequest request = requestOf(vector);
    tamper(request);
    QString reason;
    QCOMPARE(check.verify(request, &reason), QString());
    QCOMPARE(reason, why);
}

void TestOAuthCheck::refusesReplayedNonce()
{
    const QJsonObject vector = vectorById(kXExample);
    OAuthCheck check;
    check.setKeys(u"1001"_s, credentialsOf(vector));
    QString why;
    QCOMPARE(check.verify(requestOf(vector), &why), u"1001"_s);
    QCOMPARE(check.verify(requestOf(vector), &why), QString());
    QCOMPARE(why, u"nonce and timestamp already used"_s);
}

// A forged copy arriving first must not make the genuine request look like a replay.
void TestOAuthCheck::forgeryDoesNotUseUpNonce()
{
    const QJsonObject vector = vectorById(kXExample);
    OAuthCheck check;
    check.setKeys(u"1001"_s, credentialsOf(vector));
    SandboxRequest forged = requestOf(vector);
    forged.body = "status=Buy%20now";
    QString why;
    QCOMPARE(check.verify(forged, &why), QString());
    QCOMPARE(check.verify(requestOf(vector), &why), u"1001"_s);
}

// X's v2 API takes JSON bodies, which OAuth 1.0a does not sign: any JSON passes the same header.
void TestOAuthCheck::jsonBodyIsNotSigned()
{
    const QJsonObject vector = vectorById(u"rfc5849-1.2-protected-resource"_s);
    OAuthCheck check;
    check.setKeys(u"1001"_s, credentialsOf(vector));
    SandboxRequest request = requestOf(vector);
    request.headers.insert("content-type", "application/json");
    request.body = R"({"text":"anything"})";
    QString why;
    QCOMPARE(check.verify(request, &why), u"1001"_s);
}

// Re-registering an account (the control API's POST /_sandbox/users) retires its old keys.
void TestOAuthCheck::keysAreReplacedById()
{
    const QJsonObject vector = vectorById(kXExample);
    OAuthCheck check;
    check.setKeys(u"1001"_s, credentialsOf(vector));
    XCredentials rotated = credentialsOf(vector);
    rotated.consumerSecret = u"rotated-secret"_s;
    check.setKeys(u"1001"_s, rotated);
    QString why;
    QCOMPARE(check.verify(requestOf(vector), &why), QString());
    QCOMPARE(why, u"signature mismatch"_s);
}

QTEST_GUILESS_MAIN(TestOAuthCheck)
#include "test_oauthcheck.moc"
