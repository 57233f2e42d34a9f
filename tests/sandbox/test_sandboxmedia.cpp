// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/localxserver.h"
#include "testmedia.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QOAuth1Signature>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace Qt::StringLiterals;

namespace {

const XCredentials kAlice {u"alice-consumer-key"_s, u"alice-consumer-secret"_s, u"alice-token"_s,
                           u"alice-token-secret"_s};
const XCredentials kBob {u"bob-consumer-key"_s, u"bob-consumer-secret"_s, u"bob-token"_s, u"bob-token-secret"_s};
const QString kAliceId = u"1001"_s;
const QString kBobId = u"1002"_s;
const QString kClient = u"media-test-client"_s;
const QString kRedirect = u"http://127.0.0.1:7890/callback"_s;
const QByteArray kBoundary = "sandbox-media-boundary";

using Fields = QList<std::pair<QByteArray, QByteArray>>;

QByteArray multipart(const Fields &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        body += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
    return body + "--" + kBoundary + "--\r\n";
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct Result
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QJsonObject json;

    QJsonObject data() const { return json.value(u"data"_s).toObject(); }
    QString id() const { return data().value(u"id"_s).toString(); }
};

// How a request is authorized.
struct Auth
{
    XCredentials credentials = kAlice;
    QString bearer; // instead of OAuth 1.0a when set
    QString signedQuery; // sign this query instead of the one sent
};

} // namespace

class TestSandboxMedia final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void uploadsOneShot_data();
    void uploadsOneShot();
    void uploadsJson();
    void bodyIsNotSigned();
    void bearerNeedsMediaWrite();
    void refusesUpload_data();
    void refusesUpload();
    void uploadsInChunks();
    void refusesChunks_data();
    void refusesChunks();
    void setsAltText();
    void refusesAltText_data();
    void refusesAltText();
    void createChecksMedia_data();
    void createChecksMedia();
    void createTakesFourImages();
    void listsMediaLink();
    void appliesFaults_data();
    void appliesFaults();
    void faultsEveryChunkedStep();
    void expiredMediaFault();
    void sharesStorageFile();

private:
    Result send(const QByteArray &method, const QString &path, const QString &query, const QByteArray &body,
                const QByteArray &contentType, const Auth &auth = {}, LocalXServer *server = nullptr,
                int timeoutMs = 10000);
    Result upload(const QByteArray &bytes, const Auth &auth = {}, LocalXServer *server = nullptr);
    QString chunkedGif(const QByteArray &gif, const Auth &auth = {}); // initialized, appended, finalized
    Result create(const QString &text, const QStringList &mediaIds, const Auth &auth = {},
                  LocalXServer *server = nullptr);
    QString bearer(const QString &scope);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<LocalXServer> m_server;
    QDateTime m_now;
};

void TestSandboxMedia::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSandboxMedia::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<LocalXServer>();
    m_server->addUser(kAliceId, u"alice_pod"_s, u"Alice's Podcast"_s, kAlice);
    m_server->addUser(kBobId, u"bob_pod"_s, u"Bob"_s, kBob);
    m_server->addOAuth2Client(kClient);
    m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    m_server->setClock([this] { return m_now; });
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
}

void TestSandboxMedia::cleanup()
{
    m_nam.reset();
    m_server.reset();
    m_dir.reset();
}

Result TestSandboxMedia::send(const QByteArray &method, const QString &path, const QString &query,
                              const QByteArray &body, const QByteArray &contentType, const Auth &auth,
                              LocalXServer *server, int timeoutMs)
{
    QUrl url = (server ? server : m_server.get())->baseUrl();
    url.setPath(path);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    QNetworkRequest request(url);
    if (!contentType.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    }
    if (!auth.bearer.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + auth.bearer.toLatin1());
    } else {
        // OAuth 1.0a as X checks it: method, URL, query and oauth_* parameters; the body is not signed.
        QUrl signedUrl = url;
        if (!auth.signedQuery.isEmpty()) {
            signedUrl.setQuery(auth.signedQuery);
        }
        QMultiMap<QString, QVariant> parameters {
            {u"oauth_consumer_key"_s, auth.credentials.consumerKey},
            {u"oauth_nonce"_s, QUuid::createUuid().toString(QUuid::Id128)},
            {u"oauth_signature_method"_s, u"HMAC-SHA1"_s},
            {u"oauth_timestamp"_s, QString::number(QDateTime::currentSecsSinceEpoch())},
            {u"oauth_token"_s, auth.credentials.accessToken},
            {u"oauth_version"_s, u"1.0"_s},
        };
        QOAuth1Signature signature(signedUrl, auth.credentials.consumerSecret, auth.credentials.accessTokenSecret,
                                   method == "GET" ? QOAuth1Signature::HttpRequestMethod::Get
                                                   : QOAuth1Signature::HttpRequestMethod::Post,
                                   parameters);
        parameters.insert(u"oauth_signature"_s, QString::fromLatin1(signature.hmacSha1().toBase64()));
        QByteArrayList fields;
        for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
            fields.append(it.key().toLatin1() + "=\"" + QUrl::toPercentEncoding(it.value().toString()) + '"');
        }
        request.setRawHeader("Authorization", "OAuth " + fields.join(", "));
    }
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    reply->setParent(m_nam.get());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(timeoutMs)) {
        reply->abort();
    }
    Result result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    return result;
}

Result TestSandboxMedia::upload(const QByteArray &bytes, const Auth &auth, LocalXServer *server)
{
    return send("POST", u"/2/media/upload"_s, {}, multipart({{"media", bytes}, {"media_category", "tweet_image"}}),
                "multipart/form-data; boundary=" + kBoundary, auth, server);
}

QString TestSandboxMedia::chunkedGif(const QByteArray &gif, const Auth &auth)
{
    const Result init = send(
        "POST", u"/2/media/upload/initialize"_s, {},
        json(
            {{u"media_type"_s, u"image/gif"_s}, {u"total_bytes"_s, gif.size()}, {u"media_category"_s, u"tweet_gif"_s}}),
        "application/json", auth);
    if (init.status != 200) {
        return {};
    }
    const QString id = init.id();
    const qsizetype third = gif.size() / 3 + 1;
    for (int segment = 0; segment < 3; ++segment) {
        const Result append = send(
            "POST", u"/2/media/upload/%1/append"_s.arg(id), {},
            multipart({{"media", gif.mid(segment * third, third)}, {"segment_index", QByteArray::number(segment)}}),
            "multipart/form-data; boundary=" + kBoundary, auth);
        if (append.status != 200) {
            return {};
        }
    }
    const Result finalize = send("POST", u"/2/media/upload/%1/finalize"_s.arg(id), {}, {}, {}, auth);
    return finalize.status == 200 ? id : QString();
}

Result TestSandboxMedia::create(const QString &text, const QStringList &mediaIds, const Auth &auth,
                                LocalXServer *server)
{
    QJsonObject body {{u"text"_s, text}};
    if (!mediaIds.isEmpty()) {
        body.insert(u"media"_s, QJsonObject {{u"media_ids"_s, QJsonArray::fromStringList(mediaIds)}});
    }
    return send("POST", u"/2/tweets"_s, {}, json(body), "application/json", auth, server);
}

// An access token of a sign-in with `scope` (PKCE with the plain method: the test is the browser).
QString TestSandboxMedia::bearer(const QString &scope)
{
    const QString verifier = u"verifier-0123456789-0123456789-0123456789-0123"_s;
    QUrl authorize = m_server->authorizeUrl();
    QUrlQuery query;
    query.setQueryItems({{u"response_type"_s, u"code"_s},
                         {u"client_id"_s, kClient},
                         {u"redirect_uri"_s, kRedirect},
                         {u"scope"_s, scope},
                         {u"state"_s, u"state"_s},
                         {u"code_challenge"_s, verifier},
                         {u"code_challenge_method"_s, u"plain"_s}});
    authorize.setQuery(query);
    QNetworkRequest request(authorize);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam->get(request);
    reply->setParent(m_nam.get());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished()) {
        finished.wait(10000);
    }
    const QString code = QUrlQuery(QUrl::fromEncoded(reply->rawHeader("Location"))).queryItemValue(u"code"_s);
    QUrlQuery form;
    form.setQueryItems({{u"grant_type"_s, u"authorization_code"_s},
                        {u"code"_s, code},
                        {u"client_id"_s, kClient},
                        {u"redirect_uri"_s, kRedirect},
                        {u"code_verifier"_s, verifier}});
    QNetworkRequest tokenRequest(m_server->tokenUrl());
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    QNetworkReply *token = m_nam->post(tokenRequest, form.toString(QUrl::FullyEncoded).toLatin1());
    token->setParent(m_nam.get());
    QSignalSpy tokenFinished(token, &QNetworkReply::finished);
    if (!token->isFinished()) {
        tokenFinished.wait(10000);
    }
    return QJsonDocument::fromJson(token->readAll()).object().value(u"access_token"_s).toString();
}

void TestSandboxMedia::uploadsOneShot_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("w");
    QTest::addColumn<int>("h");
    QTest::newRow("png 600x600") << TestMedia::image("png", 600, 600) << u"image/png"_s << 600 << 600;
    QTest::newRow("jpeg") << TestMedia::image("jpeg", 320, 200) << u"image/jpeg"_s << 320 << 200;
    QTest::newRow("webp") << TestMedia::image("webp", 64, 48) << u"image/webp"_s << 64 << 48;
    QTest::newRow("gif") << TestMedia::animatedGif(3) << u"image/gif"_s << 1 << 1;
}

void TestSandboxMedia::uploadsOneShot()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, type);
    QFETCH(int, w);
    QFETCH(int, h);
    QVERIFY(!bytes.isEmpty());
    const Result result = upload(bytes);
    QCOMPARE(result.status, 200);
    const QJsonObject data = result.data();
    const QString id = data.value(u"id"_s).toString();
    QVERIFY2(QRegularExpression(u"^[0-9]{19}$"_s).match(id).hasMatch(), qPrintable(id));
    QCOMPARE(data.value(u"media_key"_s).toString(), u"3_"_s + id);
    QCOMPARE(data.value(u"size"_s).toInteger(), bytes.size());
    QCOMPARE(data.value(u"expires_after_secs"_s).toInteger(), 86400);
    const QJsonObject image = data.value(u"image"_s).toObject();
    QCOMPARE(image.value(u"image_type"_s).toString(), type);
    QCOMPARE(image.value(u"w"_s).toInt(), w);
    QCOMPARE(image.value(u"h"_s).toInt(), h);

    const auto kept = m_server->uploadedMedia(id);
    QVERIFY(kept);
    QCOMPARE(kept->bytes, bytes);
    QCOMPARE(kept->mimeType, type);
    QCOMPARE(kept->mediaKey, u"3_"_s + id);
    QCOMPARE(kept->ownerUserId, kAliceId);
    QCOMPARE(kept->expiresAt, m_now.addSecs(86400));
    QVERIFY(kept->ready);
    QCOMPARE(m_server->mediaUploadCount(), 1);
}

void TestSandboxMedia::uploadsJson()
{
    const QByteArray png = TestMedia::image("png", 10, 10);
    m_server->setMediaLifetime(std::chrono::seconds(600));
    const Result result = send("POST", u"/2/media/upload"_s, {},
                               json({{u"media"_s, QString::fromLatin1(png.toBase64())},
                                     {u"media_category"_s, u"tweet_image"_s},
                                     {u"media_type"_s, u"image/png"_s}}),
                               "application/json");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.data().value(u"expires_after_secs"_s).toInt(), 600);
    QCOMPARE(m_server->uploadedMedia(result.id())->bytes, png);
}

void TestSandboxMedia::bodyIsNotSigned()
{
    // The signature covers the URL and query only: any body passes, a changed query does not.
    const QByteArray png = TestMedia::image("png", 8, 8);
    Auth signedOther;
    signedOther.signedQuery = u"media_category=tweet_image"_s;
    QCOMPARE(send("POST", u"/2/media/upload"_s, u"media_category=tweet_image"_s, multipart({{"media", png}}),
                  "multipart/form-data; boundary=" + kBoundary, signedOther)
                 .status,
             200);
    QCOMPARE(send("POST", u"/2/media/upload"_s, u"media_category=tweet_gif"_s, multipart({{"media", png}}),
                  "multipart/form-data; boundary=" + kBoundary, signedOther)
                 .status,
             401);
    // The same for JSON: metadata signed before its body was written.
    const QString id = upload(png).id();
    QCOMPARE(
        send("POST", u"/2/media/metadata"_s, {},
             json({{u"id"_s, id}, {u"metadata"_s, QJsonObject {{u"alt_text"_s, QJsonObject {{u"text"_s, u"a"_s}}}}}}),
             "application/json")
            .status,
        200);
    Auth wrongKeys;
    wrongKeys.credentials = kAlice;
    wrongKeys.credentials.consumerSecret = u"not-the-secret"_s;
    QCOMPARE(upload(png, wrongKeys).status, 401);
}

void TestSandboxMedia::bearerNeedsMediaWrite()
{
    const QByteArray png = TestMedia::image("png", 8, 8);
    Auth withMedia;
    withMedia.bearer = bearer(u"tweet.read tweet.write users.read media.write"_s);
    QVERIFY(!withMedia.bearer.isEmpty());
    Auth withoutMedia;
    withoutMedia.bearer = bearer(u"tweet.read tweet.write users.read"_s);
    QVERIFY(!withoutMedia.bearer.isEmpty());

    const Result uploaded = upload(png, withMedia);
    QCOMPARE(uploaded.status, 200);
    QCOMPARE(m_server->uploadedMedia(uploaded.id())->ownerUserId, kAliceId);
    QCOMPARE(upload(png, withoutMedia).status, 403);
    const QByteArray alt = json(
        {{u"id"_s, uploaded.id()}, {u"metadata"_s, QJsonObject {{u"alt_text"_s, QJsonObject {{u"text"_s, u"a"_s}}}}}});
    QCOMPARE(send("POST", u"/2/media/metadata"_s, {}, alt, "application/json", withoutMedia).status, 403);
    QCOMPARE(send("POST", u"/2/media/metadata"_s, {}, alt, "application/json", withMedia).status, 200);
    QCOMPARE(
        send("POST", u"/2/media/upload/initialize"_s, {},
             json({{u"media_type"_s, u"image/gif"_s}, {u"total_bytes"_s, 10}, {u"media_category"_s, u"tweet_gif"_s}}),
             "application/json", withoutMedia)
            .status,
        403);
    // The create itself needs tweet.write, not media.write.
    QCOMPARE(create(u"With a bearer"_s, {uploaded.id()}, withoutMedia).status, 201);
}

void TestSandboxMedia::refusesUpload_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    const QByteArray form = "multipart/form-data; boundary=" + kBoundary;
    const QByteArray png = TestMedia::image("png", 8, 8);
    QByteArray huge = png;
    huge.append(QByteArray(5 * 1024 * 1024 + 1 - png.size(), '\0'));
    QTest::newRow("unknown type") << multipart({{"media", "just some text, not an image"}}) << form;
    QTest::newRow("over 5 MB") << multipart({{"media", huge}}) << form;
    QTest::newRow("no media") << multipart({{"media_category", "tweet_image"}}) << form;
    QTest::newRow("gif category one-shot") << multipart({{"media", png}, {"media_category", "tweet_gif"}}) << form;
    QTest::newRow("json, bad base64") << json({{u"media"_s, u"*not base64*"_s}}) << QByteArray("application/json");
    QTest::newRow("json, bmp") << json({{u"media"_s, QString::fromLatin1(TestMedia::image("bmp", 4, 4).toBase64())}})
                               << QByteArray("application/json");
    QTest::newRow("neither form nor json") << QByteArray("media=abc") << QByteArray("text/plain");
}

void TestSandboxMedia::refusesUpload()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    const Result result = send("POST", u"/2/media/upload"_s, {}, body, contentType);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.value(u"title"_s).toString(), u"Invalid Request"_s);
    QCOMPARE(m_server->mediaUploadCount(), 1); // it reached the server all the same
}

void TestSandboxMedia::uploadsInChunks()
{
    const QByteArray gif = TestMedia::animatedGif(3, 4000);
    const Result init = send(
        "POST", u"/2/media/upload/initialize"_s, {},
        json(
            {{u"media_type"_s, u"image/gif"_s}, {u"total_bytes"_s, gif.size()}, {u"media_category"_s, u"tweet_gif"_s}}),
        "application/json");
    QCOMPARE(init.status, 200);
    const QString id = init.id();
    QCOMPARE(init.data().value(u"media_key"_s).toString(), u"3_"_s + id);
    QCOMPARE(init.data().value(u"expires_after_secs"_s).toInt(), 86400);
    QVERIFY(!m_server->uploadedMedia(id)->ready);
    // Segments may come in any order; they are put together by index.
    const qsizetype half = gif.size() / 2;
    for (const auto &[index, part] : {std::pair {1, gif.mid(half)}, std::pair {0, gif.left(half)}}) {
        QCOMPARE(send("POST", u"/2/media/upload/%1/append"_s.arg(id), {},
                      multipart({{"media", part}, {"segment_index", QByteArray::number(index)}}),
                      "multipart/form-data; boundary=" + kBoundary)
                     .status,
                 200);
    }
    const Result finalize = send("POST", u"/2/media/upload/%1/finalize"_s.arg(id), {}, {}, {});
    QCOMPARE(finalize.status, 200);
    QCOMPARE(finalize.data().value(u"processing_info"_s).toObject().value(u"state"_s).toString(), u"pending"_s);
    QCOMPARE(finalize.data().value(u"processing_info"_s).toObject().value(u"check_after_secs"_s).toInt(), 1);
    QCOMPARE(finalize.data().value(u"image"_s).toObject().value(u"image_type"_s).toString(), u"image/gif"_s);
    QVERIFY(!m_server->uploadedMedia(id)->ready);
    // Not processed yet: it cannot be attached.
    QCOMPARE(create(u"Too early"_s, {id}).status, 400);

    const Result status = send("GET", u"/2/media/upload"_s, u"media_id=%1&command=STATUS"_s.arg(id), {}, {});
    QCOMPARE(status.status, 200);
    QCOMPARE(status.data().value(u"processing_info"_s).toObject().value(u"state"_s).toString(), u"succeeded"_s);
    const auto kept = m_server->uploadedMedia(id);
    QVERIFY(kept->ready);
    QCOMPARE(kept->bytes, gif);
    QCOMPARE(kept->mimeType, u"image/gif"_s);
    QCOMPARE(m_server->mediaUploadCount(), 1); // initialize only
    QCOMPARE(create(u"A GIF"_s, {id}).status, 201);
    QCOMPARE(m_server->posts().constLast().mediaKeys, QStringList {u"3_"_s + id});
}

void TestSandboxMedia::refusesChunks_data()
{
    QTest::addColumn<QString>("step"); // where the 400 comes
    QTest::addColumn<QJsonObject>("init");
    QTest::addColumn<QByteArrayList>("segments");
    QTest::addColumn<QByteArray>("segmentIndex");
    QTest::addColumn<bool>("asBob");
    const QByteArray gif = TestMedia::animatedGif(3);
    const auto init = [](const QString &type, qint64 total, const QString &category) {
        return QJsonObject {{u"media_type"_s, type}, {u"total_bytes"_s, total}, {u"media_category"_s, category}};
    };
    const QJsonObject good = init(u"image/gif"_s, gif.size(), u"tweet_gif"_s);
    QTest::newRow("gif over 15 MB") << u"initialize"_s << init(u"image/gif"_s, 15 * 1024 * 1024 + 1, u"tweet_gif"_s)
                                    << QByteArrayList {} << QByteArray("0") << false;
    QTest::newRow("image over 5 MB") << u"initialize"_s << init(u"image/png"_s, 5 * 1024 * 1024 + 1, u"tweet_image"_s)
                                     << QByteArrayList {} << QByteArray("0") << false;
    QTest::newRow("tweet_gif as png") << u"initialize"_s << init(u"image/png"_s, 100, u"tweet_gif"_s)
                                      << QByteArrayList {} << QByteArray("0") << false;
    QTest::newRow("video type") << u"initialize"_s << init(u"video/mp4"_s, 100, u"tweet_gif"_s) << QByteArrayList {}
                                << QByteArray("0") << false;
    QTest::newRow("no total") << u"initialize"_s << init(u"image/gif"_s, 0, u"tweet_gif"_s) << QByteArrayList {}
                              << QByteArray("0") << false;
    QTest::newRow("segment index 1000") << u"append"_s << good << QByteArrayList {gif} << QByteArray("1000") << false;
    QTest::newRow("segment index not a number")
        << u"append"_s << good << QByteArrayList {gif} << QByteArray("one") << false;
    QTest::newRow("more than total_bytes")
        << u"append"_s << good << QByteArrayList {gif + "extra"} << QByteArray("0") << false;
    QTest::newRow("someone else's upload") << u"append"_s << good << QByteArrayList {gif} << QByteArray("0") << true;
    QTest::newRow("bytes do not add up") << u"finalize"_s << good << QByteArrayList {gif.left(10)} << QByteArray("0")
                                         << false;
    QTest::newRow("not a gif") << u"finalize"_s << init(u"image/gif"_s, 8, u"tweet_gif"_s)
                               << QByteArrayList {QByteArray("notagif!")} << QByteArray("0") << false;
}

void TestSandboxMedia::refusesChunks()
{
    QFETCH(QString, step);
    QFETCH(QJsonObject, init);
    QFETCH(QByteArrayList, segments);
    QFETCH(QByteArray, segmentIndex);
    QFETCH(bool, asBob);
    const Result initialized = send("POST", u"/2/media/upload/initialize"_s, {}, json(init), "application/json");
    if (step == "initialize"_L1) {
        QCOMPARE(initialized.status, 400);
        return;
    }
    QCOMPARE(initialized.status, 200);
    Auth auth;
    if (asBob) {
        auth.credentials = kBob;
    }
    for (const QByteArray &segment : std::as_const(segments)) {
        const Result append = send("POST", u"/2/media/upload/%1/append"_s.arg(initialized.id()), {},
                                   multipart({{"media", segment}, {"segment_index", segmentIndex}}),
                                   "multipart/form-data; boundary=" + kBoundary, auth);
        QCOMPARE(append.status, step == "append"_L1 ? 400 : 200);
    }
    if (step == "finalize"_L1) {
        QCOMPARE(send("POST", u"/2/media/upload/%1/finalize"_s.arg(initialized.id()), {}, {}, {}).status, 400);
        QCOMPARE(
            send("GET", u"/2/media/upload"_s, u"media_id=%1&command=STATUS"_s.arg(initialized.id()), {}, {}).status,
            400); // not finalized
    }
    QVERIFY(!m_server->uploadedMedia(initialized.id())->ready);
}

void TestSandboxMedia::setsAltText()
{
    const QString id = upload(TestMedia::image("png", 8, 8)).id();
    const QString alt = u"Cover art: a microphone in front of a blue wall, ünïcödé \U0001F399"_s;
    const Result result =
        send("POST", u"/2/media/metadata"_s, {},
             json({{u"id"_s, id}, {u"metadata"_s, QJsonObject {{u"alt_text"_s, QJsonObject {{u"text"_s, alt}}}}}}),
             "application/json");
    QCOMPARE(result.status, 200);
    QCOMPARE(result.data().value(u"id"_s).toString(), id);
    QCOMPARE(result.data()
                 .value(u"associated_metadata"_s)
                 .toObject()
                 .value(u"alt_text"_s)
                 .toObject()
                 .value(u"text"_s)
                 .toString(),
             alt);
    QCOMPARE(m_server->uploadedMedia(id)->alt, alt);
    QCOMPARE(m_server->mediaMetadataCount(), 1);
}

void TestSandboxMedia::refusesAltText_data()
{
    QTest::addColumn<QString>("id"); // "upload": the one just uploaded
    QTest::addColumn<QString>("alt");
    QTest::addColumn<bool>("asBob");
    QTest::addColumn<bool>("expired");
    QTest::newRow("1,001 characters") << u"upload"_s << QString(1001, u'a') << false << false;
    QTest::newRow("unknown id") << u"1234567890123456789"_s << u"alt"_s << false << false;
    QTest::newRow("not an id") << u"abc"_s << u"alt"_s << false << false;
    QTest::newRow("someone else's") << u"upload"_s << u"alt"_s << true << false;
    QTest::newRow("expired") << u"upload"_s << u"alt"_s << false << true;
}

void TestSandboxMedia::refusesAltText()
{
    QFETCH(QString, id);
    QFETCH(QString, alt);
    QFETCH(bool, asBob);
    QFETCH(bool, expired);
    const QString uploaded = upload(TestMedia::image("png", 8, 8)).id();
    if (id == "upload"_L1) {
        id = uploaded;
    }
    if (expired) {
        m_server->expireMedia();
    }
    Auth auth;
    if (asBob) {
        auth.credentials = kBob;
    }
    QCOMPARE(send("POST", u"/2/media/metadata"_s, {},
                  json({{u"id"_s, id}, {u"metadata"_s, QJsonObject {{u"alt_text"_s, QJsonObject {{u"text"_s, alt}}}}}}),
                  "application/json", auth)
                 .status,
             400);
    QCOMPARE(m_server->uploadedMedia(uploaded)->alt, QString());
    // Exactly 1,000 is fine.
    QCOMPARE(
        send("POST", u"/2/media/metadata"_s, {},
             json({{u"id"_s, uploaded},
                   {u"metadata"_s, QJsonObject {{u"alt_text"_s, QJsonObject {{u"text"_s, QString(1000, u'b')}}}}}}),
             "application/json")
            .status,
        expired ? 400 : 200);
}

void TestSandboxMedia::createChecksMedia_data()
{
    QTest::addColumn<QString>("problem");
    QTest::newRow("unknown id") << u"unknown"_s;
    QTest::newRow("expired id") << u"expired"_s;
    QTest::newRow("expired by its lifetime") << u"lifetime"_s;
    QTest::newRow("someone else's id") << u"foreign"_s;
    QTest::newRow("five images") << u"five"_s;
    QTest::newRow("a GIF and an image") << u"gif+image"_s;
    QTest::newRow("not an id") << u"not an id"_s;
    QTest::newRow("empty list") << u"empty"_s;
}

void TestSandboxMedia::createChecksMedia()
{
    QFETCH(QString, problem);
    const QByteArray png = TestMedia::image("png", 8, 8);
    QStringList ids {upload(png).id()};
    if (problem == "unknown"_L1) {
        ids = {u"1234567890123456789"_s};
    } else if (problem == "expired"_L1) {
        m_server->expireMedia();
    } else if (problem == "lifetime"_L1) {
        m_now = m_now.addSecs(86400);
    } else if (problem == "foreign"_L1) {
        ids = {upload(png, Auth {kBob, {}, {}}).id()};
    } else if (problem == "five"_L1) {
        for (int i = 0; i < 4; ++i) {
            ids.append(upload(png).id());
        }
    } else if (problem == "gif+image"_L1) {
        const QString gif = chunkedGif(TestMedia::animatedGif(3));
        QVERIFY(!gif.isEmpty());
        QCOMPARE(send("GET", u"/2/media/upload"_s, u"media_id=%1&command=STATUS"_s.arg(gif), {}, {}).status, 200);
        ids.append(gif);
    } else if (problem == "not an id"_L1) {
        ids = {u"12ab"_s};
    } else if (problem == "empty"_L1) {
        ids = {};
    }
    QJsonObject body {{u"text"_s, u"With media"_s},
                      {u"media"_s, QJsonObject {{u"media_ids"_s, QJsonArray::fromStringList(ids)}}}};
    const Result result = send("POST", u"/2/tweets"_s, {}, json(body), "application/json");
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.value(u"type"_s).toString(), u"https://api.x.com/2/problems/invalid-request"_s);
    const QJsonObject error = result.json.value(u"errors"_s).toArray().first().toObject();
    QVERIFY(error.value(u"parameters"_s).toObject().contains(u"media.media_ids"_s));
    if (problem == "unknown"_L1 || problem == "expired"_L1 || problem == "lifetime"_L1 || problem == "foreign"_L1) {
        QCOMPARE(error.value(u"message"_s).toString(), u"Your media IDs are invalid."_s);
    }
    QCOMPARE(m_server->storedPostCount(), 0);
}

void TestSandboxMedia::createTakesFourImages()
{
    QStringList ids;
    QStringList keys;
    for (int i = 0; i < 4; ++i) {
        const Result uploaded = upload(TestMedia::image("png", 8 + i, 8));
        ids.append(uploaded.id());
        keys.append(uploaded.data().value(u"media_key"_s).toString());
    }
    const Result created = create(u"Four covers"_s, ids);
    QCOMPARE(created.status, 201);
    const LocalXServer::Post post = m_server->posts().constLast();
    QCOMPARE(post.mediaIds, ids);
    QCOMPARE(post.mediaKeys, keys);
    QCOMPARE(created.data().value(u"text"_s).toString(), post.text);
    QVERIFY(post.text.startsWith(u"Four covers https://t.co/"_s));
}

void TestSandboxMedia::listsMediaLink()
{
    const Result uploaded = upload(TestMedia::image("png", 8, 8));
    const QString key = uploaded.data().value(u"media_key"_s).toString();
    QCOMPARE(create(u"Plain post"_s, {}).status, 201);
    QCOMPARE(create(u"New episode https://example.com/ep7"_s, {uploaded.id()}).status, 201);
    const QString postId = m_server->posts().constLast().id;

    const Result listed = send("GET", u"/2/users/1001/tweets"_s, u"tweet.fields=entities,attachments"_s, {}, {});
    QCOMPARE(listed.status, 200);
    const QJsonArray data = listed.json.value(u"data"_s).toArray();
    QCOMPARE(data.size(), 2);
    const QJsonObject withMedia = data.at(0).toObject();
    const QString text = withMedia.value(u"text"_s).toString();
    // One link for the sent link, and exactly one more, the media link, at the end.
    static const QRegularExpression shape(
        u"^New episode (https://t\\.co/[A-Za-z0-9]{10}) (https://t\\.co/[A-Za-z0-9]{10})$"_s);
    const QRegularExpressionMatch match = shape.match(text);
    QVERIFY2(match.hasMatch(), qPrintable(text));
    const QJsonArray urls = withMedia.value(u"entities"_s).toObject().value(u"urls"_s).toArray();
    QCOMPARE(urls.size(), 2);
    QCOMPARE(urls.at(0).toObject().value(u"expanded_url"_s).toString(), u"https://example.com/ep7"_s);
    QVERIFY(!urls.at(0).toObject().contains(u"media_key"_s));
    const QJsonObject link = urls.at(1).toObject();
    QCOMPARE(link.value(u"url"_s).toString(), match.captured(2));
    QCOMPARE(link.value(u"expanded_url"_s).toString(), u"https://x.com/alice_pod/status/%1/photo/1"_s.arg(postId));
    QCOMPARE(link.value(u"display_url"_s).toString(), u"pic.x.com/"_s + match.captured(2).mid(13));
    QCOMPARE(link.value(u"media_key"_s).toString(), key);
    QCOMPARE(link.value(u"start"_s).toInt(), 36);
    QCOMPARE(link.value(u"end"_s).toInt(), 59);
    QCOMPARE(withMedia.value(u"attachments"_s).toObject().value(u"media_keys"_s).toArray(), QJsonArray {key});
    // A post without media has no attachments; without the field asked for, none has.
    QVERIFY(!data.at(1).toObject().contains(u"attachments"_s));
    const Result plain = send("GET", u"/2/users/1001/tweets"_s, u"tweet.fields=entities"_s, {}, {});
    QVERIFY(!plain.json.value(u"data"_s).toArray().at(0).toObject().contains(u"attachments"_s));
    QCOMPARE(plain.json.value(u"data"_s).toArray().at(0).toObject().value(u"text"_s).toString(), text);
}

void TestSandboxMedia::appliesFaults_data()
{
    QTest::addColumn<LocalXServer::Fault>("fault");
    QTest::addColumn<bool>("metadata"); // the request: alt text, else an upload
    QTest::addColumn<int>("status"); // 0: no answer
    QTest::addColumn<bool>("kept"); // whether the upload / alt text was stored
    QTest::addColumn<int>("received"); // requests that reached the server
    using Kind = LocalXServer::FaultKind;
    using Endpoint = LocalXServer::Endpoint;
    QTest::newRow("upload: server error")
        << LocalXServer::Fault {.kind = Kind::ServerError, .endpoint = Endpoint::MediaUpload} << false << 503 << false
        << 1;
    // Qt resends a request once when its connection drops before an answer (test_localxserver
    // networkManagerResendsAfterDrop): the resend of a dropped upload is served, that of one dropped
    // after storing is refused as a replayed nonce.
    QTest::newRow("upload: drop before") << LocalXServer::Fault {.kind = Kind::DropBeforeCreate,
                                                                 .endpoint = Endpoint::MediaUpload}
                                         << false << 200 << true << 2;
    QTest::newRow("upload: drop after") << LocalXServer::Fault {.kind = Kind::DropAfterCreate,
                                                                .endpoint = Endpoint::MediaUpload}
                                        << false << 401 << true << 2;
    QTest::newRow("upload: hang") << LocalXServer::Fault {.kind = Kind::Hang, .endpoint = Endpoint::MediaUpload}
                                  << false << 0 << false << 1;
    QTest::newRow("upload: slow") << LocalXServer::Fault {.kind = Kind::Delay,
                                                          .delayMs = 300,
                                                          .endpoint = Endpoint::MediaUpload}
                                  << false << 200 << true << 1;
    QTest::newRow("upload: rate limited")
        << LocalXServer::Fault {.kind = Kind::RateLimited, .endpoint = Endpoint::MediaUpload} << false << 429 << false
        << 1;
    QTest::newRow("metadata: server error")
        << LocalXServer::Fault {.kind = Kind::ServerError, .endpoint = Endpoint::MediaMetadata} << true << 503 << false
        << 1;
    QTest::newRow("metadata: slow") << LocalXServer::Fault {.kind = Kind::Delay,
                                                            .delayMs = 300,
                                                            .endpoint = Endpoint::MediaMetadata}
                                    << true << 200 << true << 1;
    QTest::newRow("create fault leaves media alone")
        << LocalXServer::Fault {.kind = Kind::ServerError, .endpoint = Endpoint::CreateTweet} << false << 200 << true
        << 1;
}

void TestSandboxMedia::appliesFaults()
{
    QFETCH(LocalXServer::Fault, fault);
    QFETCH(bool, metadata);
    QFETCH(int, status);
    QFETCH(bool, kept);
    QFETCH(int, received);
    const QByteArray png = TestMedia::image("png", 8, 8);
    const QString id = metadata ? upload(png).id() : QString();
    m_server->injectFault(fault);
    QElapsedTimer timer;
    timer.start();
    const int timeoutMs = fault.kind == LocalXServer::FaultKind::Hang ? 500 : 10000;
    Result result;
    if (metadata) {
        result = send(
            "POST", u"/2/media/metadata"_s, {},
            json({{u"id"_s, id}, {u"metadata"_s, QJsonObject {{u"alt_text"_s, QJsonObject {{u"text"_s, u"alt"_s}}}}}}),
            "application/json", {}, nullptr, timeoutMs);
        QCOMPARE(m_server->uploadedMedia(id)->alt, kept ? u"alt"_s : QString());
        QCOMPARE(m_server->mediaMetadataCount(), 1);
    } else {
        result = send("POST", u"/2/media/upload"_s, {}, multipart({{"media", png}}),
                      "multipart/form-data; boundary=" + kBoundary, {}, nullptr, timeoutMs);
        QCOMPARE(m_server->mediaUploadCount(), received);
    }
    QCOMPARE(result.status, status);
    if (fault.kind == LocalXServer::FaultKind::Delay) {
        QVERIFY(timer.elapsed() >= fault.delayMs);
    }
    if (!metadata) {
        // What was stored can be told by the next upload's id: ids only grow.
        const Result next = upload(png);
        QCOMPARE(next.status, 200);
        const qint64 nextId = next.id().toLongLong();
        bool found = false;
        for (qint64 candidate = nextId - 1; candidate > nextId - 3; --candidate) {
            found = found || m_server->uploadedMedia(QString::number(candidate)).has_value();
        }
        QCOMPARE(found, kept);
    }
}

void TestSandboxMedia::faultsEveryChunkedStep()
{
    // Each step of a chunked upload is MediaUpload: a fault queued after initialize hits the append.
    const QByteArray gif = TestMedia::animatedGif(3);
    const Result init = send(
        "POST", u"/2/media/upload/initialize"_s, {},
        json(
            {{u"media_type"_s, u"image/gif"_s}, {u"total_bytes"_s, gif.size()}, {u"media_category"_s, u"tweet_gif"_s}}),
        "application/json");
    QCOMPARE(init.status, 200);
    using Kind = LocalXServer::FaultKind;
    m_server->injectFault({.kind = Kind::ServerError, .endpoint = LocalXServer::Endpoint::MediaUpload});
    const QByteArray segment = multipart({{"media", gif}, {"segment_index", "0"}});
    const QByteArray form = "multipart/form-data; boundary=" + kBoundary;
    QCOMPARE(send("POST", u"/2/media/upload/%1/append"_s.arg(init.id()), {}, segment, form).status, 503);
    QCOMPARE(send("POST", u"/2/media/upload/%1/append"_s.arg(init.id()), {}, segment, form).status, 200);
    m_server->injectFault({.kind = Kind::ServerError, .endpoint = LocalXServer::Endpoint::MediaUpload});
    QCOMPARE(send("POST", u"/2/media/upload/%1/finalize"_s.arg(init.id()), {}, {}, {}).status, 503);
    QCOMPARE(send("POST", u"/2/media/upload/%1/finalize"_s.arg(init.id()), {}, {}, {}).status, 200);
    m_server->injectFault({.kind = Kind::ServerError, .endpoint = LocalXServer::Endpoint::MediaUpload});
    const QString status = u"media_id=%1&command=STATUS"_s.arg(init.id());
    QCOMPARE(send("GET", u"/2/media/upload"_s, status, {}, {}).status, 503);
    QVERIFY(!m_server->uploadedMedia(init.id())->ready);
    QCOMPARE(send("GET", u"/2/media/upload"_s, status, {}, {}).status, 200);
    QVERIFY(m_server->uploadedMedia(init.id())->ready);
    QCOMPARE(m_server->mediaUploadCount(), 1);
}

void TestSandboxMedia::expiredMediaFault()
{
    const QString id = upload(TestMedia::image("png", 8, 8)).id();
    const QString other = upload(TestMedia::image("png", 9, 9)).id();
    m_server->injectFault({.kind = LocalXServer::FaultKind::ExpiredMedia});
    const Result created = create(u"With media"_s, {id});
    QCOMPARE(created.status, 400);
    QCOMPARE(created.json.value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString(),
             u"Your media IDs are invalid."_s);
    QVERIFY(m_server->uploadedMedia(id)->expiresAt <= m_now);
    QVERIFY(m_server->uploadedMedia(other)->expiresAt > m_now); // only the create's ids
    QCOMPARE(m_server->storedPostCount(), 0);
    QCOMPARE(m_server->pendingFaultCount(), 0);
    // Expired for good; another upload works.
    QCOMPARE(create(u"With media"_s, {id}).status, 400);
    QCOMPARE(create(u"With media"_s, {other}).status, 201);

    // Taken by a create without media, the fault has no ids to expire: the create is served.
    m_server->injectFault({.kind = LocalXServer::FaultKind::ExpiredMedia});
    QCOMPARE(create(u"No media"_s, {}).status, 201);
    QCOMPARE(m_server->pendingFaultCount(), 0);
}

void TestSandboxMedia::sharesStorageFile()
{
    const QString file = m_dir->filePath(u"sandbox.json"_s);
    QVERIFY(m_server->setStorageFile(file));
    LocalXServer second;
    second.addUser(kAliceId, u"alice_pod"_s, u"Alice's Podcast"_s, kAlice);
    second.setClock([this] { return m_now; });
    QVERIFY(second.setStorageFile(file));
    QVERIFY(second.listen());

    const QByteArray png = TestMedia::image("png", 8, 8);
    const QString id = upload(png).id();
    QCOMPARE(second.uploadedMedia(id)->bytes, png);
    QCOMPARE(create(u"Posted elsewhere"_s, {id}, {}, &second).status, 201);
    QCOMPARE(m_server->posts().constLast().mediaKeys, QStringList {u"3_"_s + id});
    // Ids stay unique across servers.
    QVERIFY(upload(png, {}, &second).id() != id);
    second.expireMedia();
    QVERIFY(m_server->uploadedMedia(id)->expiresAt <= m_now);
}

QTEST_GUILESS_MAIN(TestSandboxMedia)
#include "test_sandboxmedia.moc"
