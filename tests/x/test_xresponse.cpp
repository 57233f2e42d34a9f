// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "x/xresponse.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTest>

using namespace EpisodeDesk::Models;
using namespace Qt::StringLiterals;

// Readable QCOMPARE failures for our enums.
namespace EpisodeDesk::Models {
char *toString(XOutcome outcome)
{
    return qstrdup(qPrintable(xOutcomeName(outcome)));
}
char *toString(XErrorCategory category)
{
    return qstrdup(qPrintable(xErrorCategoryName(category)));
}
} // namespace EpisodeDesk::Models

namespace {

// tests/data/x_api_v2_fixtures.json, loaded once.
const QJsonObject &fixtures()
{
    static const QJsonObject file = [] {
        QFile in(QStringLiteral(EPISODEDESK_TESTDATA "/x_api_v2_fixtures.json"));
        if (!in.open(QIODevice::ReadOnly)) {
            qFatal("cannot open x_api_v2_fixtures.json");
        }
        return QJsonDocument::fromJson(in.readAll()).object();
    }();
    return file;
}

// The compact JSON of fixtures()[section][entry][bodyKey].
QByteArray fixtureBody(const QString &section, const QString &entry, const QString &bodyKey)
{
    const QJsonObject body = fixtures().value(section).toObject().value(entry).toObject().value(bodyKey).toObject();
    if (body.isEmpty()) {
        qFatal("missing fixture %s/%s/%s", qPrintable(section), qPrintable(entry), qPrintable(bodyKey));
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray createBody(const QString &entry, const QString &bodyKey)
{
    return fixtureBody(u"create_post"_s, entry, bodyKey);
}

// Headers as a 429 from X carries them (observed names; 15-minute window still healthy).
XRawHeaders headersOf429(qint64 remaining15, qint64 userRemaining24, qint64 appRemaining24)
{
    return {
        {"content-type", "application/json; charset=utf-8"},
        {"x-rate-limit-limit", "100"},
        {"x-rate-limit-remaining", QByteArray::number(remaining15)},
        {"x-rate-limit-reset", "1767225600"}, // 2026-01-01T00:00:00Z
        {"X-User-Limit-24hour-Limit", "17"}, // names are case-insensitive
        {"x-user-limit-24hour-remaining", QByteArray::number(userRemaining24)},
        {"x-user-limit-24hour-reset", "1767300000"},
        {"x-app-limit-24hour-limit", "10000"},
        {"x-app-limit-24hour-remaining", QByteArray::number(appRemaining24)},
        {"x-app-limit-24hour-reset", "1767310000"},
    };
}

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

} // namespace

class TestXResponse : public QObject
{
    Q_OBJECT

private slots:
    void classifyHttp_data();
    void classifyHttp();
    void classifyNetwork_data();
    void classifyNetwork();
    void everyNetworkErrorClass();
    void rateLimitHeaders_data();
    void rateLimitHeaders();
    void problemShapes_data();
    void problemShapes();
    void messagesStayShort();
    void usersMe_data();
    void usersMe();
    void userTweets_data();
    void userTweets();
    void userTweetsEntities_data();
    void userTweetsEntities();
    void userTweetsAttachments_data();
    void userTweetsAttachments();
    void parseMedia_data();
    void parseMedia();
    void createRefusedForMedia_data();
    void createRefusedForMedia();
};

void TestXResponse::classifyHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<XRawHeaders>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<XOutcome>("outcome");
    QTest::addColumn<XErrorCategory>("category");
    QTest::addColumn<QString>("postId");
    QTest::addColumn<QDateTime>("retryAfter");

    using E = QNetworkReply::NetworkError;
    using O = XOutcome;
    using C = XErrorCategory;
    const XRawHeaders none;
    const QDateTime noTime;

    // 201: only a readable data.id settles it as posted.
    QTest::newRow("201 documented body") << 201 << E::NoError << none << createBody(u"success"_s, u"body_documented"_s)
                                         << O::Published << C::None << u"1445880548472328192"_s << noTime;
    QTest::newRow("201 observed body with edit history")
        << 201 << E::NoError << none << createBody(u"success"_s, u"body_observed_variant"_s) << O::Published << C::None
        << u"0123456789012345678"_s << noTime;
    QTest::newRow("201 body complete, connection cut afterwards")
        << 201 << E::RemoteHostClosedError << none << createBody(u"success"_s, u"body_documented"_s) << O::Published
        << C::None << u"1445880548472328192"_s << noTime;
    QTest::newRow("201 without data.id") << 201 << E::NoError << none << QByteArray(R"({"data":{"text":"hi"}})")
                                         << O::MayHavePublished << C::Malformed << QString() << noTime;
    QTest::newRow("201 id not digits") << 201 << E::NoError << none << QByteArray(R"({"data":{"id":"12a4"}})")
                                       << O::MayHavePublished << C::Malformed << QString() << noTime;
    QTest::newRow("201 id as a JSON number")
        << 201 << E::NoError << none << QByteArray(R"({"data":{"id":1445880548472328192}})") << O::MayHavePublished
        << C::Malformed << QString() << noTime;
    QTest::newRow("201 id longer than 19 digits")
        << 201 << E::NoError << none << QByteArray(R"({"data":{"id":"12345678901234567890"}})") << O::MayHavePublished
        << C::Malformed << QString() << noTime;
    QTest::newRow("201 empty body") << 201 << E::NoError << none << QByteArray() << O::MayHavePublished << C::Malformed
                                    << QString() << noTime;
    QTest::newRow("201 bad JSON") << 201 << E::NoError << none << QByteArray(R"({"data":{"id":"1445880548)")
                                  << O::MayHavePublished << C::Malformed << QString() << noTime;
    QTest::newRow("201 JSON array") << 201 << E::NoError << none << QByteArray("[]") << O::MayHavePublished
                                    << C::Malformed << QString() << noTime;
    QTest::newRow("201 body cut by a reset")
        << 201 << E::RemoteHostClosedError << none << QByteArray(R"({"data":{"id":"14458)") << O::MayHavePublished
        << C::Malformed << QString() << noTime;
    QTest::newRow("201 after our timeout hit mid-body") << 201 << E::TimeoutError << none << QByteArray(R"({"da)")
                                                        << O::MayHavePublished << C::Malformed << QString() << noTime;
    {
        // Valid JSON, but past the size limit: never parsed.
        QByteArray oversized = createBody(u"success"_s, u"body_documented"_s);
        oversized.append(QByteArray(kXMaxBodyBytes, ' '));
        QTest::newRow("201 oversized") << 201 << E::OperationCanceledError << none << oversized.left(kXMaxBodyBytes + 1)
                                       << O::MayHavePublished << C::Malformed << QString() << noTime;
    }
    QTest::newRow("200 instead of 201") << 200 << E::NoError << none << createBody(u"success"_s, u"body_documented"_s)
                                        << O::MayHavePublished << C::Malformed << QString() << noTime;
    QTest::newRow("307 redirect, not followed")
        << 307 << E::NoError << XRawHeaders {{"location", "https://evil/"}} << QByteArray() << O::MayHavePublished
        << C::Malformed << QString() << noTime;

    // Definite refusals.
    QTest::newRow("400 invalid request (problem + errors)")
        << 400 << E::ProtocolInvalidOperationError << none << createBody(u"error_invalid_request"_s, u"body_typical"_s)
        << O::NotPublished << C::Validation << QString() << noTime;
    QTest::newRow("400 errors[] only") << 400 << E::ProtocolInvalidOperationError << none
                                       << QByteArray(R"({"errors":[{"message":"Text is too long"}]})")
                                       << O::NotPublished << C::Validation << QString() << noTime;
    QTest::newRow("401 observed") << 401 << E::AuthenticationRequiredError << none
                                  << createBody(u"error_unauthorized"_s, u"body_observed"_s) << O::NotPublished
                                  << C::Auth << QString() << noTime;
    QTest::newRow("401 without body") << 401 << E::AuthenticationRequiredError << none << QByteArray()
                                      << O::NotPublished << C::Auth << QString() << noTime;
    QTest::newRow("403 forbidden generic")
        << 403 << E::ContentAccessDenied << none << createBody(u"error_forbidden_generic_v2"_s, u"body_observed"_s)
        << O::NotPublished << C::Auth << QString() << noTime;
    QTest::newRow("403 client-forbidden")
        << 403 << E::ContentAccessDenied << none
        << QByteArray(R"({"title":"Client Forbidden","detail":"This request must be made using an approved developer )"
                      R"(account that is enrolled in the requested endpoint.","reason":"client-not-enrolled",)"
                      R"("registration_url":"https://developer.x.com","type":)"
                      R"("https://api.twitter.com/2/problems/client-forbidden","required_enrollment":"Appropriate )"
                      R"(Level of API Access"})")
        << O::NotPublished << C::Auth << QString() << noTime;
    QTest::newRow("403 unreadable body") << 403 << E::ContentAccessDenied << none << QByteArray("<html>no</html>")
                                         << O::NotPublished << C::Auth << QString() << noTime;
    QTest::newRow("404 wrong API address") << 404 << E::ContentNotFoundError << none << QByteArray() << O::NotPublished
                                           << C::Validation << QString() << noTime;

    // 403 duplicate content: X does not say which post; verify.
    QTest::newRow("403 duplicate, problem shape")
        << 403 << E::ContentAccessDenied << none << createBody(u"error_duplicate_content"_s, u"body_observed"_s)
        << O::MayHavePublished << C::Duplicate << QString() << noTime;
    QTest::newRow("403 duplicate, errors[] message")
        << 403 << E::ContentAccessDenied << none
        << QByteArray(R"({"errors":[{"message":"You are not allowed to create a Tweet with duplicate content."}]})")
        << O::MayHavePublished << C::Duplicate << QString() << noTime;
    QTest::newRow("403 duplicate, v1.1 code 187")
        << 403 << E::ContentAccessDenied << none
        << QByteArray(R"({"errors":[{"code":187,"message":"Status is a duplicate."}]})") << O::MayHavePublished
        << C::Duplicate << QString() << noTime;

    // 429: rate limit with a resume time, or the usage cap (not retryable).
    QTest::newRow("429 observed, 15-minute window exhausted")
        << 429 << E::UnknownContentError << headersOf429(0, 5, 500)
        << createBody(u"error_rate_limited"_s, u"body_observed"_s) << O::NotPublished << C::RateLimit << QString()
        << utc(1767225600);
    QTest::newRow("429 v1.1 errors shape, user 24h cap exhausted")
        << 429 << E::UnknownContentError << headersOf429(99, 0, 500)
        << createBody(u"error_rate_limited"_s, u"body_documented_on_rate_limit_page"_s) << O::NotPublished
        << C::RateLimit << QString() << utc(1767300000);
    QTest::newRow("429 both 24h caps exhausted: the later reset")
        << 429 << E::UnknownContentError << headersOf429(99, 0, 0)
        << createBody(u"error_rate_limited"_s, u"body_observed"_s) << O::NotPublished << C::RateLimit << QString()
        << utc(1767310000);
    QTest::newRow("429 no headers") << 429 << E::UnknownContentError << none
                                    << createBody(u"error_rate_limited"_s, u"body_observed"_s) << O::NotPublished
                                    << C::RateLimit << QString() << noTime;
    QTest::newRow("429 usage capped (api.twitter.com type)")
        << 429 << E::UnknownContentError << headersOf429(99, 5, 500)
        << createBody(u"error_usage_capped"_s, u"body_observed"_s) << O::NotPublished << C::UsageCapped << QString()
        << noTime;
    QTest::newRow("429 usage capped (api.x.com type only)")
        << 429 << E::UnknownContentError << none
        << QByteArray(R"({"type":"https://api.x.com/2/problems/usage-capped","detail":"cap"})") << O::NotPublished
        << C::UsageCapped << QString() << noTime;
    QTest::newRow("429 usage capped (title only)")
        << 429 << E::UnknownContentError << none << QByteArray(R"({"title":"UsageCapExceeded"})") << O::NotPublished
        << C::UsageCapped << QString() << noTime;

    // May have reached X.
    for (const int status : {500, 502, 503, 504}) {
        QTest::addRow("%d server error", status)
            << status << E::InternalServerError << none << QByteArray(R"({"title":"Internal Server Error"})")
            << O::MayHavePublished << C::Server << QString() << noTime;
    }
    QTest::newRow("503 HTML body") << 503 << E::ServiceUnavailableError << none << QByteArray("<html>busy</html>")
                                   << O::MayHavePublished << C::Server << QString() << noTime;
    QTest::newRow("408 from a proxy") << 408 << E::UnknownContentError << none << QByteArray() << O::MayHavePublished
                                      << C::Timeout << QString() << noTime;
}

void TestXResponse::classifyHttp()
{
    QFETCH(int, status);
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(XRawHeaders, headers);
    QFETCH(QByteArray, body);
    QFETCH(XOutcome, outcome);
    QFETCH(XErrorCategory, category);
    QFETCH(QString, postId);
    QFETCH(QDateTime, retryAfter);

    // With an HTTP status, whether bytes were sent is moot: the answer is X's.
    for (const bool requestSent : {true, false}) {
        const XCreateResult result = XResponse::classifyCreate(status, error, requestSent, headers, body);
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.category, category);
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(result.postId, postId);
        QCOMPARE(result.retryAfter, retryAfter);
        QVERIFY(!result.message.isEmpty());
        if (outcome == XOutcome::Published) {
            QVERIFY(!result.postText.isEmpty());
        }
    }
}

void TestXResponse::classifyNetwork_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<bool>("requestSent");
    QTest::addColumn<XOutcome>("outcome");
    QTest::addColumn<XErrorCategory>("category");

    using E = QNetworkReply::NetworkError;
    using O = XOutcome;
    using C = XErrorCategory;
    QTest::newRow("connection refused") << E::ConnectionRefusedError << false << O::NotPublished << C::Network;
    QTest::newRow("host not found") << E::HostNotFoundError << false << O::NotPublished << C::Network;
    QTest::newRow("TLS handshake failed") << E::SslHandshakeFailedError << false << O::NotPublished << C::Network;
    QTest::newRow("proxy refused") << E::ProxyConnectionRefusedError << false << O::NotPublished << C::Network;
    QTest::newRow("address refused by our policy")
        << E::ProtocolUnknownError << false << O::NotPublished << C::Validation;
    // Our own timeout or cancel is an abort from this thread: Qt's news that the request went out may
    // still be on its way, so "not sent yet" proves nothing.
    QTest::newRow("timeout before the news of sending")
        << E::TimeoutError << false << O::MayHavePublished << C::Timeout;
    QTest::newRow("timeout after sending") << E::TimeoutError << true << O::MayHavePublished << C::Timeout;
    QTest::newRow("reset, sending unclear") << E::RemoteHostClosedError << false << O::MayHavePublished << C::Network;
    QTest::newRow("reset after sending") << E::RemoteHostClosedError << true << O::MayHavePublished << C::Network;
    QTest::newRow("cancelled, sending unclear")
        << E::OperationCanceledError << false << O::MayHavePublished << C::Network;
    QTest::newRow("cancelled after sending") << E::OperationCanceledError << true << O::MayHavePublished << C::Network;
    QTest::newRow("Qt could not resend") << E::ContentReSendError << true << O::MayHavePublished << C::Network;
    QTest::newRow("Qt could not resend, sending unclear")
        << E::ContentReSendError << false << O::MayHavePublished << C::Network;
    QTest::newRow("unknown network error, sending unclear")
        << E::UnknownNetworkError << false << O::MayHavePublished << C::Network;
    // Qt may resend on its own after a reset; a refusal on the retry does not undo the first send.
    QTest::newRow("refused after an earlier send")
        << E::ConnectionRefusedError << true << O::MayHavePublished << C::Network;
}

void TestXResponse::classifyNetwork()
{
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(bool, requestSent);
    QFETCH(XOutcome, outcome);
    QFETCH(XErrorCategory, category);
    const XCreateResult result = XResponse::classifyCreate(0, error, requestSent, {}, {});
    QCOMPARE(result.outcome, outcome);
    QCOMPARE(result.category, category);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(result.postId.isEmpty());
    QVERIFY(!result.message.isEmpty());
}

// Every QNetworkReply::NetworkError without an HTTP answer: not published only if the error itself
// proves nothing left (it happens before a connection can carry a request); anything else may have.
void TestXResponse::everyNetworkErrorClass()
{
    const QMetaEnum errors = QMetaEnum::fromType<QNetworkReply::NetworkError>();
    QVERIFY(errors.keyCount() > 20);
    for (int i = 0; i < errors.keyCount(); ++i) {
        const auto error = static_cast<QNetworkReply::NetworkError>(errors.value(i));
        const XCreateResult before = XResponse::classifyCreate(0, error, false, {}, {});
        const XCreateResult after = XResponse::classifyCreate(0, error, true, {}, {});
        const bool provesNothingSent = error == QNetworkReply::ConnectionRefusedError ||
            error == QNetworkReply::HostNotFoundError || error == QNetworkReply::SslHandshakeFailedError ||
            error == QNetworkReply::ProxyConnectionRefusedError || error == QNetworkReply::ProxyNotFoundError ||
            error == QNetworkReply::ProxyAuthenticationRequiredError || error == QNetworkReply::ProtocolUnknownError ||
            error == QNetworkReply::ProtocolInvalidOperationError;
        QVERIFY2(before.outcome == (provesNothingSent ? XOutcome::NotPublished : XOutcome::MayHavePublished),
                 errors.key(i));
        QVERIFY2(after.outcome == XOutcome::MayHavePublished, errors.key(i));
        QVERIFY2(before.category != XErrorCategory::None && after.category != XErrorCategory::None, errors.key(i));
        QVERIFY2(!before.message.isEmpty() && !after.message.isEmpty(), errors.key(i));
    }
}

void TestXResponse::rateLimitHeaders_data()
{
    QTest::addColumn<XRawHeaders>("headers");
    QTest::addColumn<std::optional<qint64>>("limit15");
    QTest::addColumn<std::optional<qint64>>("remaining15");
    QTest::addColumn<QDateTime>("reset15");
    QTest::addColumn<std::optional<qint64>>("userRemaining");
    QTest::addColumn<QDateTime>("appReset");
    QTest::addColumn<QDateTime>("resumeAt");

    const std::optional<qint64> absent;
    QTest::newRow("all nine headers") << headersOf429(3, 16, 9000) << std::optional<qint64>(100)
                                      << std::optional<qint64>(3) << utc(1767225600) << std::optional<qint64>(16)
                                      << utc(1767310000) << utc(1767225600);
    QTest::newRow("none") << XRawHeaders() << absent << absent << QDateTime() << absent << QDateTime() << QDateTime();
    QTest::newRow("garbage values ignored") << XRawHeaders {{"x-rate-limit-limit", "many"},
                                                            {"x-rate-limit-remaining", ""},
                                                            {"x-rate-limit-reset", "-5"},
                                                            {"x-app-limit-24hour-reset", "99999999999999"}}
                                            << absent << absent << QDateTime() << absent << QDateTime() << QDateTime();
    QTest::newRow("only the 24h user window exhausted")
        << XRawHeaders {{"x-user-limit-24hour-remaining", "0"}, {"x-user-limit-24hour-reset", "1767300000"}} << absent
        << absent << QDateTime() << std::optional<qint64>(0) << QDateTime() << utc(1767300000);
}

void TestXResponse::rateLimitHeaders()
{
    QFETCH(XRawHeaders, headers);
    QFETCH(std::optional<qint64>, limit15);
    QFETCH(std::optional<qint64>, remaining15);
    QFETCH(QDateTime, reset15);
    QFETCH(std::optional<qint64>, userRemaining);
    QFETCH(QDateTime, appReset);
    QFETCH(QDateTime, resumeAt);
    const XRateLimit limits = XRateLimit::fromHeaders(headers);
    QCOMPARE(limits.window15min.limit, limit15);
    QCOMPARE(limits.window15min.remaining, remaining15);
    QCOMPARE(limits.window15min.reset, reset15);
    QCOMPARE(limits.user24h.remaining, userRemaining);
    QCOMPARE(limits.app24h.reset, appReset);
    QCOMPARE(limits.resumeAt(), resumeAt);
    if (reset15.isValid()) {
        QCOMPARE(limits.window15min.reset.timeSpec(), Qt::UTC);
    }
}

void TestXResponse::problemShapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<bool>("duplicate");
    QTest::addColumn<bool>("usageCapped");
    QTest::addColumn<QList<int>>("codes");

    QTest::newRow("problem object") << createBody(u"error_unauthorized"_s, u"body_observed"_s) << u"Unauthorized"_s
                                    << false << false << QList<int>();
    QTest::newRow("errors array") << createBody(u"error_rate_limited"_s, u"body_documented_on_rate_limit_page"_s)
                                  << u"Rate limit exceeded"_s << false << false << QList<int> {88};
    QTest::newRow("both shapes") << createBody(u"error_invalid_request"_s, u"body_typical"_s)
                                 << u"One or more parameters to your request was invalid."_s << false << false
                                 << QList<int>();
    QTest::newRow("duplicate") << createBody(u"error_duplicate_content"_s, u"body_observed"_s)
                               << u"You are not allowed to create a Tweet with duplicate content."_s << true << false
                               << QList<int>();
    QTest::newRow("usage capped") << createBody(u"error_usage_capped"_s, u"body_observed"_s)
                                  << u"Usage cap exceeded: Monthly product cap"_s << false << true << QList<int>();
    QTest::newRow("control characters flattened") << QByteArray(R"({"detail":"line one\n\tline\u0007two"})")
                                                  << u"line one line two"_s << false << false << QList<int>();
    QTest::newRow("not JSON") << QByteArray("Service Unavailable") << QString() << false << false << QList<int>();
    QTest::newRow("JSON string") << QByteArray(R"("duplicate content")") << QString() << false << false << QList<int>();
}

void TestXResponse::problemShapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, summary);
    QFETCH(bool, duplicate);
    QFETCH(bool, usageCapped);
    QFETCH(QList<int>, codes);
    const XProblem problem = XResponse::parseProblem(body);
    QCOMPARE(problem.summary(), summary);
    QCOMPARE(problem.isDuplicateContent(), duplicate);
    QCOMPARE(problem.isUsageCapped(), usageCapped);
    QCOMPARE(problem.codes, codes);
}

// A message is one short line for a person, whatever X sends back.
void TestXResponse::messagesStayShort()
{
    const QByteArray longDetail = R"({"detail":")" + QByteArray(10000, 'x') + R"("})";
    const XCreateResult result =
        XResponse::classifyCreate(400, QNetworkReply::ProtocolInvalidOperationError, true, {}, longDetail);
    QCOMPARE(result.outcome, XOutcome::NotPublished);
    QVERIFY(result.message.size() < 400);
    QVERIFY(!result.message.contains(u'\n'));

    // The raw body of an unreadable answer never ends up in the message.
    const XCreateResult html =
        XResponse::classifyCreate(500, QNetworkReply::InternalServerError, true, {}, "<html>secret-ish page</html>");
    QVERIFY(!html.message.contains(u"secret-ish"_s));
}

void TestXResponse::usersMe_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<XErrorCategory>("category");
    QTest::addColumn<QString>("username");

    using E = QNetworkReply::NetworkError;
    using C = XErrorCategory;
    QTest::newRow("documented 200") << 200 << E::NoError
                                    << fixtureBody(u"users_me"_s, u"success"_s, u"body_documented"_s) << true << C::None
                                    << u"XDevelopers"_s;
    QTest::newRow("200 without id") << 200 << E::NoError << QByteArray(R"({"data":{"username":"x"}})") << false
                                    << C::Malformed << QString();
    QTest::newRow("200 bad JSON") << 200 << E::NoError << QByteArray("{") << false << C::Malformed << QString();
    QTest::newRow("200 oversized") << 200 << E::OperationCanceledError << QByteArray(kXMaxBodyBytes + 1, ' ') << false
                                   << C::Malformed << QString();
    QTest::newRow("401") << 401 << E::AuthenticationRequiredError
                         << createBody(u"error_unauthorized"_s, u"body_observed"_s) << false << C::Auth << QString();
    QTest::newRow("429") << 429 << E::UnknownContentError << createBody(u"error_rate_limited"_s, u"body_observed"_s)
                         << false << C::RateLimit << QString();
    QTest::newRow("503") << 503 << E::ServiceUnavailableError << QByteArray() << false << C::Server << QString();
    QTest::newRow("timeout") << 0 << E::TimeoutError << QByteArray() << false << C::Timeout << QString();
    QTest::newRow("refused") << 0 << E::ConnectionRefusedError << QByteArray() << false << C::Network << QString();
}

void TestXResponse::usersMe()
{
    QFETCH(int, status);
    QFETCH(QNetworkReply::NetworkError, error);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(XErrorCategory, category);
    QFETCH(QString, username);
    const XUsersMeResult result = XResponse::parseUsersMe(status, error, headersOf429(74, 16, 9000), body);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.category, category);
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.user.username, username);
    QCOMPARE(result.message.isEmpty(), ok);
    QCOMPARE(result.rateLimit.window15min.remaining, std::optional<qint64>(74));
    if (ok) {
        QCOMPARE(result.user.id, u"2244994945"_s);
        QCOMPARE(result.user.name, u"X Developers"_s);
    }
}

void TestXResponse::userTweets_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<XErrorCategory>("category");
    QTest::addColumn<QStringList>("ids");

    using C = XErrorCategory;
    QTest::newRow("two posts")
        << 200
        << QByteArray(R"({"data":[{"id":"1880000000000000002","text":"New episode https://t.co/abc",)"
                      R"("created_at":"2026-01-01T10:00:05.000Z","edit_history_tweet_ids":["1880000000000000002"]},)"
                      R"({"id":"1880000000000000001","text":"Older","created_at":"2026-01-01T09:00:00.000Z"}],)"
                      R"("meta":{"result_count":2,"newest_id":"1880000000000000002",)"
                      R"("oldest_id":"1880000000000000001"}})")
        << true << C::None << QStringList {u"1880000000000000002"_s, u"1880000000000000001"_s};
    QTest::newRow("empty: no data member")
        << 200 << fixtureBody(u"user_posts_timeline"_s, u"success"_s, u"body_empty_observed"_s) << true << C::None
        << QStringList();
    // The fixture's shape example has placeholder ids ("..."): an entry we cannot read fails the whole
    // answer, since it might be the very post being verified.
    QTest::newRow("placeholder ids from the shape fixture")
        << 200 << fixtureBody(u"user_posts_timeline"_s, u"success"_s, u"body_shape"_s) << false << C::Malformed
        << QStringList();
    QTest::newRow("post without text") << 200 << QByteArray(R"({"data":[{"id":"1"}]})") << false << C::Malformed
                                       << QStringList();
    QTest::newRow("data not an array") << 200 << QByteArray(R"({"data":{"id":"1","text":"t"}})") << false
                                       << C::Malformed << QStringList();
    QTest::newRow("bad JSON") << 200 << QByteArray(R"({"data":[)") << false << C::Malformed << QStringList();
    QTest::newRow("401") << 401 << createBody(u"error_unauthorized"_s, u"body_observed"_s) << false << C::Auth
                         << QStringList();
    QTest::newRow("usage capped") << 429 << createBody(u"error_usage_capped"_s, u"body_observed"_s) << false
                                  << C::UsageCapped << QStringList();
}

void TestXResponse::userTweets()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(XErrorCategory, category);
    QFETCH(QStringList, ids);
    const XUserTweetsResult result = XResponse::parseUserTweets(status, QNetworkReply::NoError, {}, body);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.category, category);
    QStringList actualIds;
    for (const XPostSummary &post : result.posts) {
        actualIds.append(post.id);
    }
    QCOMPARE(actualIds, ids);
    if (ids.size() == 2) {
        QCOMPARE(result.posts.at(0).text, u"New episode https://t.co/abc"_s);
        QCOMPARE(result.posts.at(0).createdAt, QDateTime(QDate(2026, 1, 1), QTime(10, 0, 5), Qt::UTC));
        QCOMPARE(result.posts.at(0).createdAt.timeSpec(), Qt::UTC);
    }
}

void TestXResponse::userTweetsEntities_data()
{
    QTest::addColumn<QByteArray>("post"); // one entry of "data"
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("hasEntities");
    QTest::addColumn<QStringList>("urls"); // "url expanded_url display_url start end"

    const QByteArray head = R"({"id":"1880000000000000002","text":"Out now! https://t.co/AbCdEf1234")";
    const QByteArray entity = R"({"start":9,"end":32,"url":"https://t.co/AbCdEf1234",)"
                              R"("expanded_url":"https://example.com/ep101","display_url":"example.com/ep101"})";
    const QString parsed = u"https://t.co/AbCdEf1234 https://example.com/ep101 example.com/ep101 9 32"_s;

    QTest::newRow("X v2 shape") << head + R"(,"entities":{"urls":[)" + entity + "]}}" << true << true
                                << QStringList {parsed};
    QTest::newRow("extra fields and other entity kinds")
        << head + R"(,"entities":{"hashtags":[{"start":0,"end":3,"tag":"ep"}],"urls":[)" +
            R"({"start":9,"end":32,"url":"https://t.co/AbCdEf1234","expanded_url":"https://example.com/ep101",)" +
            R"("display_url":"example.com/ep101","status":200,"title":"Episode 101","unwound_url":"https://x.y/"}]}})"
        << true << true << QStringList {parsed};
    QTest::newRow("two links, X's order kept")
        << head + R"(,"entities":{"urls":[)" + entity + "," +
            R"({"start":40,"end":63,"url":"https://t.co/ZyXwVu9876","expanded_url":"http://b.example/2"}]}})"
        << true << true << QStringList {parsed, u"https://t.co/ZyXwVu9876 http://b.example/2  40 63"_s};
    QTest::newRow("no expanded_url") << head + R"(,"entities":{"urls":[{"start":9,"end":32,"url":"https://t.co/a"}]}})"
                                     << true << true << QStringList {u"https://t.co/a   9 32"_s};
    QTest::newRow("absent") << head + "}" << true << false << QStringList();
    QTest::newRow("entities without urls") << head + R"(,"entities":{"mentions":[]}})" << true << true << QStringList();
    QTest::newRow("empty urls") << head + R"(,"entities":{"urls":[]}})" << true << true << QStringList();

    // Strict: an entity we cannot read might belong to the very post being verified.
    const auto malformed = [&](const char *name, const QByteArray &entities) {
        QTest::newRow(name) << head + R"(,"entities":)" + entities + "}" << false << false << QStringList();
    };
    malformed("entities not an object", "[]");
    malformed("entities null", "null");
    malformed("urls not an array", R"({"urls":{"url":"https://t.co/a"}})");
    malformed("url entry not an object", R"({"urls":["https://t.co/a"]})");
    malformed("no url", R"({"urls":[{"start":9,"end":32,"expanded_url":"https://example.com/ep101"}]})");
    malformed("empty url", R"({"urls":[{"start":9,"end":32,"url":""}]})");
    malformed("url not a string", R"({"urls":[{"start":9,"end":32,"url":7}]})");
    malformed("no start", R"({"urls":[{"end":32,"url":"https://t.co/a"}]})");
    malformed("start a string", R"({"urls":[{"start":"9","end":32,"url":"https://t.co/a"}]})");
    malformed("negative start", R"({"urls":[{"start":-1,"end":32,"url":"https://t.co/a"}]})");
    malformed("fractional end", R"({"urls":[{"start":9,"end":32.5,"url":"https://t.co/a"}]})");
    malformed("end before start", R"({"urls":[{"start":32,"end":9,"url":"https://t.co/a"}]})");
    malformed("expanded_url not a string",
              R"({"urls":[{"start":9,"end":32,"url":"https://t.co/a","expanded_url":1}]})");
    malformed("display_url null", R"({"urls":[{"start":9,"end":32,"url":"https://t.co/a","display_url":null}]})");
}

void TestXResponse::userTweetsEntities()
{
    QFETCH(QByteArray, post);
    QFETCH(bool, ok);
    QFETCH(bool, hasEntities);
    QFETCH(QStringList, urls);
    // The post in question after one readable post: one bad entry spoils the whole answer.
    const QByteArray body =
        R"({"data":[{"id":"1880000000000000003","text":"Hello"},)" + post + R"(],"meta":{"result_count":2}})";
    const XUserTweetsResult result = XResponse::parseUserTweets(200, QNetworkReply::NoError, {}, body);
    QCOMPARE(result.ok, ok);
    if (!ok) {
        QCOMPARE(result.category, XErrorCategory::Malformed);
        QVERIFY(result.posts.isEmpty());
        return;
    }
    QCOMPARE(result.posts.size(), 2);
    QVERIFY(!result.posts.at(0).hasEntities);
    const XPostSummary &summary = result.posts.at(1);
    QCOMPARE(summary.hasEntities, hasEntities);
    QStringList actual;
    for (const XUrlEntity &entity : summary.urls) {
        actual.append(QStringList {entity.url, entity.expandedUrl, entity.displayUrl, QString::number(entity.start),
                                   QString::number(entity.end)}
                          .join(u' '));
    }
    QCOMPARE(actual, urls);
}

void TestXResponse::userTweetsAttachments_data()
{
    QTest::addColumn<QByteArray>("post");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("hasAttachments");
    QTest::addColumn<QStringList>("mediaKeys");
    QTest::addColumn<QString>("entityMediaKey");
    const QByteArray id = R"("id":"1880000000000000004","text":"Hi https://t.co/MeDiA12345")";
    const QByteArray entity = R"("entities":{"urls":[{"start":3,"end":26,"url":"https://t.co/MeDiA12345",)"
                              R"("expanded_url":"https://x.com/a/status/1880000000000000004/photo/1",)"
                              R"("display_url":"pic.x.com/MeDiA12345","media_key":"3_5"}]})";
    QTest::newRow("attachments and media_key")
        << "{" + id + "," + entity + R"(,"attachments":{"media_keys":["3_5","3_6"]}})" << true << true
        << QStringList {u"3_5"_s, u"3_6"_s} << u"3_5"_s;
    QTest::newRow("no attachments") << "{" + id + "," + entity + "}" << true << false << QStringList() << u"3_5"_s;
    QTest::newRow("attachments without media_keys (a poll)")
        << "{" + id + R"(,"attachments":{"poll_ids":["1"]}})" << true << true << QStringList() << QString();
    QTest::newRow("media_keys not an array")
        << "{" + id + R"(,"attachments":{"media_keys":"3_5"}})" << false << false << QStringList() << QString();
    QTest::newRow("a media key not a string")
        << "{" + id + R"(,"attachments":{"media_keys":[35]}})" << false << false << QStringList() << QString();
    QTest::newRow("attachments not an object")
        << "{" + id + R"(,"attachments":[]})" << false << false << QStringList() << QString();
    QTest::newRow("media_key not a string")
        << "{" + id + R"(,"entities":{"urls":[{"start":3,"end":26,"url":"https://t.co/MeDiA12345","media_key":5}]}})"
        << false << false << QStringList() << QString();
}

void TestXResponse::userTweetsAttachments()
{
    QFETCH(QByteArray, post);
    QFETCH(bool, ok);
    QFETCH(bool, hasAttachments);
    QFETCH(QStringList, mediaKeys);
    QFETCH(QString, entityMediaKey);
    const XUserTweetsResult result =
        XResponse::parseUserTweets(200, QNetworkReply::NoError, {}, R"({"data":[)" + post + "]}");
    QCOMPARE(result.ok, ok);
    if (!ok) {
        QCOMPARE(result.category, XErrorCategory::Malformed);
        return;
    }
    const XPostSummary &summary = result.posts.constFirst();
    QCOMPARE(summary.hasAttachments, hasAttachments);
    QCOMPARE(summary.mediaKeys, mediaKeys);
    QCOMPARE(summary.urls.isEmpty() ? QString() : summary.urls.constFirst().mediaKey, entityMediaKey);
}

void TestXResponse::parseMedia_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("needsId");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("mediaId");
    QTest::addColumn<XErrorCategory>("category");
    QTest::addColumn<QString>("state");
    using C = XErrorCategory;
    QTest::newRow("v2 data.id") << 200
                                << QByteArray(
                                       R"({"data":{"id":"1880000000000000009","media_key":"3_1880000000000000009",)"
                                       R"("expires_after_secs":86400}})")
                                << true << true << u"1880000000000000009"_s << C::None << QString();
    QTest::newRow("media_id_string in data")
        << 200 << QByteArray(R"({"data":{"media_id_string":"1880000000000000009"}})") << true << true
        << u"1880000000000000009"_s << C::None << QString();
    QTest::newRow("media_id_string on top (v1.1 shape)")
        << 201 << QByteArray(R"({"media_id":1880000000000000009,"media_id_string":"1880000000000000009"})") << true
        << true << u"1880000000000000009"_s << C::None << QString();
    QTest::newRow("no id") << 200 << QByteArray(R"({"data":{}})") << true << false << QString() << C::Malformed
                           << QString();
    QTest::newRow("no id needed (append)") << 200 << QByteArray() << false << true << QString() << C::None << QString();
    QTest::newRow("processing pending")
        << 200
        << QByteArray(
               R"({"data":{"id":"1880000000000000009","processing_info":{"state":"pending","check_after_secs":3}}})")
        << false << true << u"1880000000000000009"_s << C::None << u"pending"_s;
    QTest::newRow("400") << 400 << QByteArray(R"({"title":"Invalid Request","detail":"Bad media."})") << true << false
                         << QString() << C::Validation << QString();
    QTest::newRow("403 without media.write") << 403 << QByteArray(R"({"title":"Forbidden","detail":"Forbidden"})")
                                             << true << false << QString() << C::Auth << QString();
    QTest::newRow("503") << 503 << QByteArray() << true << false << QString() << C::Server << QString();
    QTest::newRow("429") << 429 << QByteArray() << true << false << QString() << C::RateLimit << QString();
}

void TestXResponse::parseMedia()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, needsId);
    QFETCH(bool, ok);
    QFETCH(QString, mediaId);
    QFETCH(XErrorCategory, category);
    QFETCH(QString, state);
    using C = XErrorCategory;
    XMediaProcessing processing;
    const XRawHeaders headers {{"x-rate-limit-remaining", "0"}, {"x-rate-limit-reset", "1900000000"}};
    const XMediaResult result =
        XResponse::parseMedia(status, QNetworkReply::NoError, headers, body, needsId, &processing);
    QCOMPARE(result.ok, ok);
    QCOMPARE(result.mediaId, mediaId);
    QCOMPARE(result.category, category);
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(processing.state, state);
    if (!ok) {
        QVERIFY(result.message.startsWith(u"The image could not be sent to X."_s) || category == C::Malformed);
        QVERIFY(!result.message.contains(u"{"_s));
    }
    if (category == C::RateLimit) {
        QCOMPARE(result.retryAfter, QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC));
    }
    if (state == "pending"_L1) {
        QCOMPARE(processing.checkAfterSecs, 3);
    }
}

void TestXResponse::createRefusedForMedia_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<XErrorCategory>("category");
    QTest::newRow("invalid media ids") << QByteArray(
                                              R"({"errors":[{"parameters":{"media.media_ids":["1880000000000000009"]},)"
                                              R"("message":"Your media IDs are invalid."}],"title":"Invalid Request",)"
                                              R"("detail":"One or more parameters to your request was invalid.",)"
                                              R"("type":"https://api.x.com/2/problems/invalid-request"})")
                                       << XErrorCategory::Media;
    QTest::newRow("message only") << QByteArray(R"({"errors":[{"message":"Your media IDs are invalid."}]})")
                                  << XErrorCategory::Media;
    QTest::newRow("another parameter")
        << QByteArray(R"({"errors":[{"parameters":{"text":[""]},"message":"Post text must not be empty."}]})")
        << XErrorCategory::Validation;
}

void TestXResponse::createRefusedForMedia()
{
    QFETCH(QByteArray, body);
    QFETCH(XErrorCategory, category);
    const XCreateResult result =
        XResponse::classifyCreate(400, QNetworkReply::ProtocolInvalidOperationError, true, {}, body);
    QCOMPARE(result.outcome, XOutcome::NotPublished);
    QCOMPARE(result.category, category);
    QVERIFY(!result.message.isEmpty());
}

QTEST_GUILESS_MAIN(TestXResponse)
#include "test_xresponse.moc"
