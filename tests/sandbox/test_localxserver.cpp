// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/localxserver.h"

#include <QElapsedTimer>
#include <QFile>
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
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>
#include <optional>

using namespace EpisodeDesk::Models;

namespace {

const XCredentials kAlice {QStringLiteral("alice-consumer-key"), QStringLiteral("alice-consumer-secret"),
                           QStringLiteral("alice-token"), QStringLiteral("alice-token-secret")};
const XCredentials kBob {QStringLiteral("bob-consumer-key"), QStringLiteral("bob-consumer-secret"),
                         QStringLiteral("bob-token"), QStringLiteral("bob-token-secret")};
const QString kAliceId = QStringLiteral("1001");
const QString kBobId = QStringLiteral("1002");

// Observed X bodies (tests/data/x_api_v2_fixtures.json).
const QJsonObject kUnauthorized {{QStringLiteral("title"), QStringLiteral("Unauthorized")},
                                 {QStringLiteral("type"), QStringLiteral("about:blank")},
                                 {QStringLiteral("status"), 401},
                                 {QStringLiteral("detail"), QStringLiteral("Unauthorized")}};
const QJsonObject kDuplicate {
    {QStringLiteral("detail"), QStringLiteral("You are not allowed to create a Tweet with duplicate content.")},
    {QStringLiteral("type"), QStringLiteral("about:blank")},
    {QStringLiteral("title"), QStringLiteral("Forbidden")},
    {QStringLiteral("status"), 403}};
const QJsonObject kTooManyRequests {{QStringLiteral("title"), QStringLiteral("Too Many Requests")},
                                    {QStringLiteral("detail"), QStringLiteral("Too Many Requests")},
                                    {QStringLiteral("type"), QStringLiteral("about:blank")},
                                    {QStringLiteral("status"), 429}};

// What the client signs and sends; every field left empty means "the honest value".
struct Request
{
    QByteArray method = QByteArrayLiteral("POST");
    QString path = QStringLiteral("/2/tweets");
    QString query;
    QByteArray body;
    XCredentials credentials = kAlice;
    QString signedQuery; // sign a different query than the one sent
    QByteArray signedMethod; // sign a different method than the one sent
    QString nonce;
    QString timestamp;
    std::optional<QByteArray> authorization; // replaces the signed header
};

struct Result
{
    int status = 0; // 0: no HTTP answer at all
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QNetworkReply *reply = nullptr; // only for headers; deleted with the test's manager

    QByteArray header(const char *name) const { return reply->rawHeader(name); }
};

QByteArray tweetBody(const QString &text)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("text"), text}}).toJson(QJsonDocument::Compact);
}

QString isoSeconds(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

Q_DECLARE_METATYPE(Request)

class TestLocalXServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listensOnLoopback();
    void createsPost();
    void rejectsBadSignature_data();
    void rejectsBadSignature();
    void rejectsReusedNonce();
    void acceptsSignedQueryParameters();
    void rejectsDuplicateText();
    void rejectsInvalidBody_data();
    void rejectsInvalidBody();
    void wrapsUrls_data();
    void wrapsUrls();
    void answersUsersMe();
    void filtersUserTweets();
    void pagesUserTweets();
    void listsUrlEntities();
    void entitiesOnlyWhenAsked();
    void appliesFaults_data();
    void appliesFaults();
    void networkManagerResendsAfterDrop_data();
    void networkManagerResendsAfterDrop();
    void faultsApplyPerEndpoint();
    void delayThenAnswers();
    void hangsUntilClientAborts();
    void storesAfterClientGaveUp();
    void limitsRate();
    void controlsOverHttp();
    void sharesStorageFile();
    void refusesCorruptStorageFile();

private:
    static QByteArray authorization(const Request &request, const QUrl &url);
    Result send(const Request &request, LocalXServer *server = nullptr);
    QByteArray sendRaw(const Request &request, bool *closed);
    Result post(const QString &text, const XCredentials &credentials = kAlice);
    Result get(const QString &path, const QString &query = {});
    Result control(const QByteArray &method, const QString &path, const QJsonDocument &body = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<LocalXServer> m_server;
    QDateTime m_now;
};

void TestLocalXServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLocalXServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_server = std::make_unique<LocalXServer>();
    m_server->addUser(kAliceId, QStringLiteral("alice_pod"), QStringLiteral("Alice's Podcast"), kAlice);
    m_server->addUser(kBobId, QStringLiteral("bob_pod"), QStringLiteral("Bob"), kBob);
    // An accelerated clock the tests move by hand; delays still run in real time.
    m_now = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    m_server->setClock([this] { return m_now; });
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
}

void TestLocalXServer::cleanup()
{
    // The manager first: its replies may still hold connections to the server.
    m_nam.reset();
    m_server.reset();
    m_dir.reset();
}

// The header a client signing `request` for `url` would send.
QByteArray TestLocalXServer::authorization(const Request &request, const QUrl &url)
{
    if (request.authorization) {
        return *request.authorization;
    }
    QUrl signedUrl = url;
    if (!request.signedQuery.isEmpty()) {
        signedUrl.setQuery(request.signedQuery);
    }
    const QByteArray signedMethod = request.signedMethod.isEmpty() ? request.method : request.signedMethod;

    // OAuth 1.0a as X expects it (X_API_NOTES.md): the JSON body is not part of the signature.
    QMultiMap<QString, QVariant> parameters {
        {QStringLiteral("oauth_consumer_key"), request.credentials.consumerKey},
        {QStringLiteral("oauth_nonce"),
         request.nonce.isEmpty() ? QUuid::createUuid().toString(QUuid::Id128) : request.nonce},
        {QStringLiteral("oauth_signature_method"), QStringLiteral("HMAC-SHA1")},
        {QStringLiteral("oauth_timestamp"),
         request.timestamp.isEmpty() ? QString::number(QDateTime::currentSecsSinceEpoch()) : request.timestamp},
        {QStringLiteral("oauth_token"), request.credentials.accessToken},
        {QStringLiteral("oauth_version"), QStringLiteral("1.0")},
    };
    QOAuth1Signature signature(signedUrl, request.credentials.consumerSecret, request.credentials.accessTokenSecret,
                               signedMethod == "GET" ? QOAuth1Signature::HttpRequestMethod::Get
                                                     : QOAuth1Signature::HttpRequestMethod::Post,
                               parameters);
    parameters.insert(QStringLiteral("oauth_signature"), QString::fromLatin1(signature.hmacSha1().toBase64()));
    QByteArrayList fields;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it) {
        fields.append(it.key().toUtf8() + "=\"" + QUrl::toPercentEncoding(it.value().toString()) + '"');
    }
    return "OAuth " + fields.join(", ");
}

// Sends one request to `server` (default: the test's) and waits for the outcome.
Result TestLocalXServer::send(const Request &request, LocalXServer *server)
{
    QUrl url = (server ? server : m_server.get())->baseUrl();
    url.setPath(request.path);
    if (!request.query.isEmpty()) {
        url.setQuery(request.query);
    }
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", authorization(request, url));
    if (!request.body.isEmpty()) {
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    QNetworkReply *reply = m_nam->sendCustomRequest(networkRequest, request.method, request.body);
    reply->setParent(m_nam.get());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(10000)) {
        reply->abort();
    }
    Result result;
    result.reply = reply;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    return result;
}

// Writes a signed request on a bare socket and returns every byte that came back before the server
// closed the connection: QNetworkAccessManager would hide a dropped connection by re-sending.
QByteArray TestLocalXServer::sendRaw(const Request &request, bool *closed)
{
    QUrl url = m_server->baseUrl();
    url.setPath(request.path);
    QTcpSocket socket;
    socket.connectToHost(url.host(), static_cast<quint16>(url.port()));
    if (!socket.waitForConnected(5000)) {
        return {};
    }
    const QByteArray host = url.host().toLatin1() + ':' + QByteArray::number(url.port());
    socket.write(request.method + ' ' + request.path.toLatin1() + " HTTP/1.1\r\nHost: " + host +
                 "\r\nAuthorization: " + authorization(request, url) +
                 "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(request.body.size()) +
                 "\r\n\r\n" + request.body);
    QByteArray received;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
    QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
    *closed = socket.state() == QAbstractSocket::UnconnectedState || disconnected.wait(5000);
    received += socket.readAll();
    return received;
}

Result TestLocalXServer::post(const QString &text, const XCredentials &credentials)
{
    Request request;
    request.body = tweetBody(text);
    request.credentials = credentials;
    return send(request);
}

Result TestLocalXServer::get(const QString &path, const QString &query)
{
    Request request;
    request.method = QByteArrayLiteral("GET");
    request.path = path;
    request.query = query;
    return send(request);
}

Result TestLocalXServer::control(const QByteArray &method, const QString &path, const QJsonDocument &body)
{
    Request request;
    request.method = method;
    request.path = path;
    request.body = body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact);
    request.authorization = QByteArray(); // the control API is not signed
    return send(request);
}

void TestLocalXServer::listensOnLoopback()
{
    QCOMPARE(m_server->baseUrl().scheme(), QStringLiteral("http"));
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_server->port() > 0);
    QVERIFY(m_server->isListening());

    // A second server cannot take the same port, and says why.
    LocalXServer other;
    QVERIFY(!other.listen(m_server->port()));
    QVERIFY(!other.errorString().isEmpty());
}

void TestLocalXServer::createsPost()
{
    QSignalSpy received(m_server.get(), &LocalXServer::createRequestReceived);
    QSignalSpy stored(m_server.get(), &LocalXServer::postStored);

    const Result first = post(QStringLiteral("Episode 1 is out"));
    QCOMPARE(first.status, 201);
    const QJsonObject data = first.json.value(QStringLiteral("data")).toObject();
    const QString id = data.value(QStringLiteral("id")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]{18,19}$")).match(id).hasMatch(), qPrintable(id));
    QCOMPARE(data.value(QStringLiteral("text")).toString(), QStringLiteral("Episode 1 is out"));
    QCOMPARE(data.value(QStringLiteral("edit_history_tweet_ids")).toArray(), QJsonArray {id});
    QVERIFY(first.header("content-type").startsWith("application/json"));

    const Result second = post(QStringLiteral("Episode 2 is out"));
    QCOMPARE(second.status, 201);
    const QString secondId =
        second.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();
    QVERIFY(secondId.toLongLong() > id.toLongLong());

    QCOMPARE(received.count(), 2);
    QCOMPARE(stored.count(), 2);
    QCOMPARE(stored.first().first().toString(), id);
    QCOMPARE(m_server->createRequestCount(), 2);
    QCOMPARE(m_server->storedPostCount(), 2);
    const QList<LocalXServer::Post> posts = m_server->posts();
    QCOMPARE(posts.first().id, id);
    QCOMPARE(posts.first().userId, kAliceId);
    QCOMPARE(posts.first().createdAt, m_now);
}

void TestLocalXServer::rejectsBadSignature_data()
{
    QTest::addColumn<Request>("request");

    Request request;
    request.body = tweetBody(QStringLiteral("Signed wrongly"));

    Request wrongConsumerSecret = request;
    wrongConsumerSecret.credentials.consumerSecret = QStringLiteral("not-the-secret");
    QTest::newRow("wrong consumer secret") << wrongConsumerSecret;

    Request wrongTokenSecret = request;
    wrongTokenSecret.credentials.accessTokenSecret = QStringLiteral("not-the-secret");
    QTest::newRow("wrong token secret") << wrongTokenSecret;

    Request unknownKey = request;
    unknownKey.credentials.consumerKey = QStringLiteral("someone-else");
    QTest::newRow("unknown consumer key") << unknownKey;

    Request mixedUsers = request;
    mixedUsers.credentials.accessToken = kBob.accessToken; // Alice's app with Bob's token
    QTest::newRow("token of another user") << mixedUsers;

    Request otherQuery = request;
    otherQuery.query = QStringLiteral("a=1");
    otherQuery.signedQuery = QStringLiteral("a=2");
    QTest::newRow("signed another query") << otherQuery;

    Request otherMethod = request;
    otherMethod.signedMethod = QByteArrayLiteral("GET");
    QTest::newRow("signed another method") << otherMethod;

    Request none = request;
    none.authorization = QByteArray();
    QTest::newRow("no Authorization header") << none;

    Request bearer = request;
    bearer.authorization = QByteArrayLiteral("Bearer AAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("app-only bearer token") << bearer;

    Request garbage = request;
    garbage.authorization = QByteArrayLiteral("OAuth oauth_consumer_key");
    QTest::newRow("malformed header") << garbage;

    Request repeated = request;
    repeated.authorization = QByteArrayLiteral(R"(OAuth oauth_nonce="a", oauth_nonce="b")");
    QTest::newRow("repeated parameter") << repeated;
}

void TestLocalXServer::rejectsBadSignature()
{
    QFETCH(Request, request);

    const Result result = send(request);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.json, kUnauthorized);
    QCOMPARE(m_server->storedPostCount(), 0);
    // It reached the server, so it counts as an attempt.
    QCOMPARE(m_server->createRequestCount(), 1);
}

void TestLocalXServer::rejectsReusedNonce()
{
    Request request;
    request.body = tweetBody(QStringLiteral("Replayed"));
    request.nonce = QStringLiteral("fixed-nonce");
    request.timestamp = QStringLiteral("1767225600");
    QCOMPARE(send(request).status, 201);

    const Result replay = send(request);
    QCOMPARE(replay.status, 401);
    QCOMPARE(replay.json, kUnauthorized);
    QCOMPARE(m_server->storedPostCount(), 1);
}

void TestLocalXServer::acceptsSignedQueryParameters()
{
    // Query parameters are part of the base string; odd characters must survive both encodings.
    const Result result =
        get(QStringLiteral("/2/users/%1/tweets").arg(kAliceId),
            QStringLiteral("tweet.fields=created_at&exclude=retweets,replies&start_time=%1")
                .arg(QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("2026-03-01T11:59:00+00:00")))));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json.value(QStringLiteral("meta")).toObject().value(QStringLiteral("result_count")).toInt(), 0);
}

void TestLocalXServer::rejectsDuplicateText()
{
    QCOMPARE(post(QStringLiteral("Same words")).status, 201);

    const Result again = post(QStringLiteral("Same words"));
    QCOMPARE(again.status, 403);
    QCOMPARE(again.json, kDuplicate);
    // X counts refused posts against the rate limit too, and says so.
    QVERIFY(!again.header("x-rate-limit-remaining").isEmpty());

    // Duplicates are per user, and whitespace makes a different text.
    QCOMPARE(post(QStringLiteral("Same words"), kBob).status, 201);
    QCOMPARE(post(QStringLiteral("Same words ")).status, 201);
    QCOMPARE(m_server->storedPostCount(), 3);
    QCOMPARE(m_server->createRequestCount(), 4);
}

void TestLocalXServer::rejectsInvalidBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("parameter");

    QTest::newRow("not JSON") << QByteArrayLiteral("text=hello") << QString();
    QTest::newRow("JSON array") << QByteArrayLiteral(R"(["hello"])") << QString();
    QTest::newRow("no text") << QByteArrayLiteral("{}") << QStringLiteral("text");
    QTest::newRow("empty text") << QByteArrayLiteral(R"({"text":""})") << QStringLiteral("text");
    QTest::newRow("blank text") << QByteArrayLiteral(R"({"text":"  "})") << QStringLiteral("text");
    QTest::newRow("text not a string") << QByteArrayLiteral(R"({"text":42})") << QStringLiteral("text");
    QTest::newRow("unknown field") << QByteArrayLiteral(R"({"text":"hi","status":"hi"})") << QStringLiteral("status");
}

void TestLocalXServer::rejectsInvalidBody()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, parameter);

    Request request;
    request.body = body;
    const Result result = send(request);
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json.value(QStringLiteral("title")).toString(), QStringLiteral("Invalid Request"));
    QCOMPARE(result.json.value(QStringLiteral("type")).toString(),
             QStringLiteral("https://api.x.com/2/problems/invalid-request"));
    const QJsonObject error = result.json.value(QStringLiteral("errors")).toArray().first().toObject();
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    if (!parameter.isEmpty()) {
        QVERIFY(error.value(QStringLiteral("parameters")).toObject().contains(parameter));
    }
    QCOMPARE(m_server->storedPostCount(), 0);
}

void TestLocalXServer::wrapsUrls_data()
{
    QTest::addColumn<QString>("sent");
    QTest::addColumn<QString>("expected"); // "T" stands for one t.co link

    QTest::newRow("no link") << QStringLiteral("No link here") << QStringLiteral("No link here");
    QTest::newRow("https") << QStringLiteral("Listen: https://example.com/ep/12?utm=x now")
                           << QStringLiteral("Listen: T now");
    QTest::newRow("two links") << QStringLiteral("http://a.example.com and https://b.example.org/x")
                               << QStringLiteral("T and T");
    QTest::newRow("bare domain") << QStringLiteral("Go to example.com/ep12 or mypod.fm")
                                 << QStringLiteral("Go to T or T");
    // "show" is only in the bundled twitter-text TLD list, so this proves the resource is loaded.
    QTest::newRow("bundled TLD list") << QStringLiteral("Find us at mypodcast.show") << QStringLiteral("Find us at T");
    QTest::newRow("trailing period") << QStringLiteral("New episode at https://example.com/ep12.")
                                     << QStringLiteral("New episode at T.");
    QTest::newRow("in parentheses") << QStringLiteral("(see https://example.com/a)") << QStringLiteral("(see T)");
    QTest::newRow("balanced parentheses")
        << QStringLiteral("https://en.wikipedia.org/wiki/Primer_(film) rocks") << QStringLiteral("T rocks");
    QTest::newRow("not a domain") << QStringLiteral("file.tar.bz2 and $TVI.CA and me@example.com")
                                  << QStringLiteral("file.tar.bz2 and $TVI.CA and me@example.com");
    QTest::newRow("ampersand escaped") << QStringLiteral("Q&A <live> \"now\"")
                                       << QStringLiteral("Q&amp;A &lt;live&gt; \"now\"");
}

void TestLocalXServer::wrapsUrls()
{
    QFETCH(QString, sent);
    QFETCH(QString, expected);

    const Result result = post(sent);
    QCOMPARE(result.status, 201);
    QString text = result.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("text")).toString();
    text.replace(QRegularExpression(QStringLiteral("https://t\\.co/[A-Za-z0-9]{10}")), QStringLiteral("T"));
    QCOMPARE(text, expected);
    QCOMPARE(m_server->posts().first().sentText, sent);
}

void TestLocalXServer::answersUsersMe()
{
    const Result result = get(QStringLiteral("/2/users/me"), QStringLiteral("user.fields=username"));
    QCOMPARE(result.status, 200);
    const QJsonObject expected {{QStringLiteral("data"),
                                 QJsonObject {{QStringLiteral("id"), kAliceId},
                                              {QStringLiteral("name"), QStringLiteral("Alice's Podcast")},
                                              {QStringLiteral("username"), QStringLiteral("alice_pod")}}}};
    QCOMPARE(result.json, expected);
    QCOMPARE(m_server->createRequestCount(), 0);

    Request asBob;
    asBob.method = QByteArrayLiteral("GET");
    asBob.path = QStringLiteral("/2/users/me");
    asBob.credentials = kBob;
    QCOMPARE(send(asBob).json.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString(), kBobId);
}

void TestLocalXServer::filtersUserTweets()
{
    const QDateTime start = m_now;
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        const Result created = post(QStringLiteral("Post %1 https://example.com/%1").arg(i));
        QCOMPARE(created.status, 201);
        ids.append(created.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString());
        m_now = m_now.addSecs(600);
    }
    QCOMPARE(post(QStringLiteral("Bob's post"), kBob).status, 201);
    const QString path = QStringLiteral("/2/users/%1/tweets").arg(kAliceId);

    // Newest first, created_at only when asked for.
    const Result all = get(path, QStringLiteral("tweet.fields=created_at"));
    QCOMPARE(all.status, 200);
    const QJsonArray data = all.json.value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 3);
    QCOMPARE(data.at(0).toObject().value(QStringLiteral("id")).toString(), ids.at(2));
    QCOMPARE(data.at(2).toObject().value(QStringLiteral("created_at")).toString(),
             QStringLiteral("2026-03-01T12:00:00.000Z"));
    QVERIFY(data.at(0).toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("https://t.co/")));
    QCOMPARE(data.at(0).toObject().value(QStringLiteral("edit_history_tweet_ids")).toArray(), QJsonArray {ids.at(2)});
    const QJsonObject meta = all.json.value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("result_count")).toInt(), 3);
    QCOMPARE(meta.value(QStringLiteral("newest_id")).toString(), ids.at(2));
    QCOMPARE(meta.value(QStringLiteral("oldest_id")).toString(), ids.at(0));
    QVERIFY(!meta.contains(QStringLiteral("next_token")));
    QVERIFY(!get(path)
                 .json.value(QStringLiteral("data"))
                 .toArray()
                 .first()
                 .toObject()
                 .contains(QStringLiteral("created_at")));

    auto idsOf = [](const Result &result) {
        QStringList found;
        const QJsonArray items = result.json.value(QStringLiteral("data")).toArray();
        for (const QJsonValue &item : items) {
            found.append(item.toObject().value(QStringLiteral("id")).toString());
        }
        return found;
    };
    // start_time is inclusive at second granularity, like X's.
    QCOMPARE(idsOf(get(path, QStringLiteral("start_time=%1").arg(isoSeconds(start.addSecs(600))))),
             (QStringList {ids.at(2), ids.at(1)}));
    QCOMPARE(idsOf(get(path, QStringLiteral("start_time=%1").arg(isoSeconds(start.addSecs(601))))),
             QStringList {ids.at(2)});
    QCOMPARE(idsOf(get(path, QStringLiteral("end_time=%1").arg(isoSeconds(start.addSecs(600))))),
             (QStringList {ids.at(1), ids.at(0)}));
    QCOMPARE(idsOf(get(path, QStringLiteral("since_id=%1").arg(ids.at(0)))), (QStringList {ids.at(2), ids.at(1)}));
    QCOMPARE(idsOf(get(path, QStringLiteral("until_id=%1").arg(ids.at(2)))), (QStringList {ids.at(1), ids.at(0)}));

    // Nothing found: no "data" at all.
    const Result none = get(path, QStringLiteral("start_time=%1").arg(isoSeconds(m_now)));
    QCOMPARE(none.status, 200);
    QCOMPARE(none.json, (QJsonObject {{QStringLiteral("meta"), QJsonObject {{QStringLiteral("result_count"), 0}}}}));
    QCOMPARE(get(QStringLiteral("/2/users/999/tweets"))
                 .json.value(QStringLiteral("meta"))
                 .toObject()
                 .value(QStringLiteral("result_count")),
             QJsonValue(0));

    QCOMPARE(get(path, QStringLiteral("max_results=1")).status, 400);
    QCOMPARE(get(path, QStringLiteral("start_time=yesterday")).status, 400);
    QCOMPARE(get(path, QStringLiteral("since_id=abc")).status, 400);
}

void TestLocalXServer::pagesUserTweets()
{
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(post(QStringLiteral("Post %1").arg(i)).status, 201);
    }
    const QString path = QStringLiteral("/2/users/%1/tweets").arg(kAliceId);
    const Result first = get(path, QStringLiteral("max_results=5"));
    QCOMPARE(first.json.value(QStringLiteral("data")).toArray().size(), 5);
    const QString token =
        first.json.value(QStringLiteral("meta")).toObject().value(QStringLiteral("next_token")).toString();
    QVERIFY(!token.isEmpty());
    const Result second = get(path, QStringLiteral("max_results=5&pagination_token=%1").arg(token));
    QCOMPARE(second.json.value(QStringLiteral("data")).toArray().size(), 2);
    QCOMPARE(second.json.value(QStringLiteral("data")).toArray().last().toObject().value(QStringLiteral("text")),
             QJsonValue(QStringLiteral("Post 0")));
    QVERIFY(!second.json.value(QStringLiteral("meta")).toObject().contains(QStringLiteral("next_token")));

    // Tokens are opaque, as X's are: not a post id a client could mistake for until_id.
    const QString oldestOfFirst =
        first.json.value(QStringLiteral("meta")).toObject().value(QStringLiteral("oldest_id")).toString();
    QVERIFY(token != oldestOfFirst);
    QCOMPARE(get(path, QStringLiteral("pagination_token=%1").arg(oldestOfFirst)).status, 400);
    QCOMPARE(get(path, QStringLiteral("pagination_token=not*a*token")).status, 400);

    // A token pages within the same window: end_time still holds on the next page.
    m_now = m_now.addSecs(60);
    for (int i = 7; i < 9; ++i) {
        QCOMPARE(post(QStringLiteral("Post %1").arg(i)).status, 201);
    }
    const QString window = QStringLiteral("max_results=5&end_time=%1").arg(isoSeconds(m_now.addSecs(-60)));
    const Result windowFirst = get(path, window);
    QCOMPARE(windowFirst.json.value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("text")),
             QJsonValue(QStringLiteral("Post 6")));
    const QString windowToken =
        windowFirst.json.value(QStringLiteral("meta")).toObject().value(QStringLiteral("next_token")).toString();
    QVERIFY(!windowToken.isEmpty());
    const QJsonArray windowSecond = get(path, window + QStringLiteral("&pagination_token=") + windowToken)
                                        .json.value(QStringLiteral("data"))
                                        .toArray();
    QCOMPARE(windowSecond.size(), 2);
    QCOMPARE(windowSecond.first().toObject().value(QStringLiteral("text")), QJsonValue(QStringLiteral("Post 1")));
}

void TestLocalXServer::listsUrlEntities()
{
    // An emoji (two UTF-16 units, one code point) and an escaped '&' before the links.
    const QString sent = QStringLiteral("\U0001F399 Q&A ep 101: https://example.com/ep101, then example.com/ep102. "
                                        "Notes: https://example.com/notes/2026/episode-101-show-notes");
    const Result created = post(sent);
    QCOMPARE(created.status, 201);
    const QString id = created.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();

    const Result listed =
        get(QStringLiteral("/2/users/%1/tweets").arg(kAliceId), QStringLiteral("tweet.fields=created_at,entities"));
    QCOMPARE(listed.status, 200);
    const QJsonObject item = listed.json.value(QStringLiteral("data")).toArray().first().toObject();
    QCOMPARE(item.value(QStringLiteral("id")).toString(), id);
    const QString text = item.value(QStringLiteral("text")).toString();
    const QJsonArray urls = item.value(QStringLiteral("entities")).toObject().value(QStringLiteral("urls")).toArray();
    QCOMPARE(urls.size(), 3);

    const QList<uint> codePoints = text.toUcs4();
    auto at = [&](int start, int end) {
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start);
    };
    const QStringList expanded {QStringLiteral("https://example.com/ep101"), QStringLiteral("http://example.com/ep102"),
                                QStringLiteral("https://example.com/notes/2026/episode-101-show-notes")};
    const QStringList display {QStringLiteral("example.com/ep101"), QStringLiteral("example.com/ep102"),
                               QStringLiteral("example.com/notes/2026/episode\u2026")};
    for (int i = 0; i < urls.size(); ++i) {
        const QJsonObject entity = urls.at(i).toObject();
        const int start = entity.value(QStringLiteral("start")).toInt();
        const int end = entity.value(QStringLiteral("end")).toInt();
        QCOMPARE(end - start, 23);
        QCOMPARE(at(start, end), entity.value(QStringLiteral("url")).toString());
        QVERIFY(entity.value(QStringLiteral("url")).toString().startsWith(QStringLiteral("https://t.co/")));
        QCOMPARE(entity.value(QStringLiteral("expanded_url")).toString(), expanded.at(i));
        QCOMPARE(entity.value(QStringLiteral("display_url")).toString(), display.at(i));
    }
    // Code points of the returned text, whose '&' X sends as "&amp;": "🎙 Q&amp;A ep 101: " is 18.
    QCOMPARE(urls.at(0).toObject().value(QStringLiteral("start")).toInt(), 18);
    QVERIFY(text.startsWith(QStringLiteral("\U0001F399 Q&amp;A ep 101: https://t.co/")));

    // The same post through post.fields, the 2026 spec's name for the parameter.
    const Result renamed =
        get(QStringLiteral("/2/users/%1/tweets").arg(kAliceId), QStringLiteral("post.fields=entities"));
    QCOMPARE(renamed.json.value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("entities")),
             item.value(QStringLiteral("entities")));
}

void TestLocalXServer::entitiesOnlyWhenAsked()
{
    QCOMPARE(post(QStringLiteral("No link here")).status, 201);
    m_now = m_now.addSecs(1);
    QCOMPARE(post(QStringLiteral("Out now! example.com/ep101")).status, 201);
    const QString path = QStringLiteral("/2/users/%1/tweets").arg(kAliceId);

    const QJsonArray plain =
        get(path, QStringLiteral("tweet.fields=created_at")).json.value(QStringLiteral("data")).toArray();
    QCOMPARE(plain.size(), 2);
    for (const QJsonValue &item : plain) {
        QVERIFY(!item.toObject().contains(QStringLiteral("entities")));
    }
    const QJsonArray asked =
        get(path, QStringLiteral("tweet.fields=entities")).json.value(QStringLiteral("data")).toArray();
    QCOMPARE(asked.size(), 2);
    const QJsonArray urls =
        asked.at(0).toObject().value(QStringLiteral("entities")).toObject().value(QStringLiteral("urls")).toArray();
    QCOMPARE(urls.size(), 1);
    QCOMPARE(urls.at(0).toObject().value(QStringLiteral("expanded_url")).toString(),
             QStringLiteral("http://example.com/ep101"));
    QCOMPARE(urls.at(0).toObject().value(QStringLiteral("display_url")).toString(),
             QStringLiteral("example.com/ep101"));
    QCOMPARE(urls.at(0).toObject().value(QStringLiteral("start")).toInt(), 9);
    QCOMPARE(urls.at(0).toObject().value(QStringLiteral("end")).toInt(), 32);
    // Like X, a post without any entity has no "entities" object even when asked.
    QVERIFY(!asked.at(1).toObject().contains(QStringLiteral("entities")));
}

void TestLocalXServer::appliesFaults_data()
{
    QTest::addColumn<LocalXServer::FaultKind>("kind");
    QTest::addColumn<int>("status"); // 0: the connection closes without an answer
    QTest::addColumn<int>("stored");
    QTest::addColumn<QString>("problemType");

    using Kind = LocalXServer::FaultKind;
    QTest::newRow("server error") << Kind::ServerError << 503 << 0 << QStringLiteral("about:blank");
    QTest::newRow("server error after create")
        << Kind::ServerErrorAfterCreate << 503 << 1 << QStringLiteral("about:blank");
    QTest::newRow("drop before create") << Kind::DropBeforeCreate << 0 << 0 << QString();
    QTest::newRow("drop after create") << Kind::DropAfterCreate << 0 << 1 << QString();
    QTest::newRow("rate limited") << Kind::RateLimited << 429 << 0 << QStringLiteral("about:blank");
    QTest::newRow("usage capped") << Kind::UsageCapped << 429 << 0
                                  << QStringLiteral("https://api.x.com/2/problems/usage-capped");
    QTest::newRow("unauthorized") << Kind::Unauthorized << 401 << 0 << QStringLiteral("about:blank");
    QTest::newRow("duplicate") << Kind::Duplicate << 403 << 0 << QStringLiteral("about:blank");
}

void TestLocalXServer::appliesFaults()
{
    QFETCH(LocalXServer::FaultKind, kind);
    QFETCH(int, status);
    QFETCH(int, stored);
    QFETCH(QString, problemType);

    const QDateTime resetAt = m_now.addSecs(300);
    m_server->injectFault({.kind = kind, .count = 3, .resetAt = resetAt});
    if (status == 0) {
        // The connection closes with not a byte of answer.
        Request request;
        request.body = tweetBody(QStringLiteral("Faulty"));
        bool closed = false;
        QCOMPARE(sendRaw(request, &closed), QByteArray());
        QVERIFY(closed);
        QCOMPARE(m_server->storedPostCount(), stored);
        QCOMPARE(m_server->createRequestCount(), 1);
        QCOMPARE(m_server->pendingFaultCount(), 2);
        return;
    }
    const Result result = post(QStringLiteral("Faulty"));
    QCOMPARE(result.status, status);
    QCOMPARE(m_server->storedPostCount(), stored);
    QCOMPARE(m_server->createRequestCount(), 1);
    QCOMPARE(m_server->pendingFaultCount(), 2);
    QCOMPARE(result.json.value(QStringLiteral("type")).toString(), problemType);
    if (kind == LocalXServer::FaultKind::RateLimited) {
        QCOMPARE(result.json, kTooManyRequests);
        QCOMPARE(result.header("x-rate-limit-remaining"), QByteArrayLiteral("0"));
        QCOMPARE(result.header("x-rate-limit-reset"), QByteArray::number(resetAt.toSecsSinceEpoch()));
        QCOMPARE(result.header("x-user-limit-24hour-reset"), QByteArray::number(resetAt.toSecsSinceEpoch()));
    }
    if (kind == LocalXServer::FaultKind::UsageCapped) {
        QCOMPARE(result.json.value(QStringLiteral("title")).toString(), QStringLiteral("UsageCapExceeded"));
    }
    if (kind == LocalXServer::FaultKind::Duplicate) {
        QCOMPARE(result.json, kDuplicate);
    }
    if (kind == LocalXServer::FaultKind::Unauthorized) {
        QCOMPARE(result.json, kUnauthorized);
    }

    // Once the faults are used up the server behaves again.
    m_server->clearFaults();
    const Result after = post(QStringLiteral("Healthy"));
    QCOMPARE(after.status, 201);
}

void TestLocalXServer::networkManagerResendsAfterDrop_data()
{
    QTest::addColumn<LocalXServer::FaultKind>("kind");
    QTest::addColumn<int>("status");

    // Dropped before storing: the silent second copy is what gets published, and the client sees 201.
    QTest::newRow("drop before create") << LocalXServer::FaultKind::DropBeforeCreate << 201;
    // Dropped after storing: the second copy repeats the first one's nonce, so it is refused, and the
    // client sees a 401 for a post that exists. A posting engine must not read that 401 as "not
    // published" without verifying.
    QTest::newRow("drop after create") << LocalXServer::FaultKind::DropAfterCreate << 401;
}

// Pins Qt 6.4 behaviour the posting engine has to live with: when a connection closes before any
// answer, QNetworkAccessManager re-sends the request once, POST included, with the same headers.
void TestLocalXServer::networkManagerResendsAfterDrop()
{
    QFETCH(LocalXServer::FaultKind, kind);
    QFETCH(int, status);

    m_server->injectFault({.kind = kind});
    const Result result = post(QStringLiteral("Sent once, received twice"));
    QCOMPARE(result.status, status);
    QCOMPARE(m_server->createRequestCount(), 2);
    QCOMPARE(m_server->storedPostCount(), 1);

    // With every copy dropped the client finally sees the closed connection.
    m_server->injectFault({.kind = LocalXServer::FaultKind::DropBeforeCreate, .count = 5});
    const Result dropped = post(QStringLiteral("Dropped"));
    QCOMPARE(dropped.status, 0);
    QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
    QCOMPARE(m_server->createRequestCount(), 4);
}

void TestLocalXServer::faultsApplyPerEndpoint()
{
    m_server->injectFault(
        {.kind = LocalXServer::FaultKind::ServerError, .count = 1, .endpoint = LocalXServer::Endpoint::UsersMe});
    m_server->injectFault(
        {.kind = LocalXServer::FaultKind::Unauthorized, .count = 2, .endpoint = LocalXServer::Endpoint::UserTweets});
    QCOMPARE(m_server->pendingFaultCount(), 3);

    QCOMPARE(post(QStringLiteral("Not affected")).status, 201);
    QCOMPARE(get(QStringLiteral("/2/users/me")).status, 503);
    QCOMPARE(get(QStringLiteral("/2/users/me")).status, 200);
    QCOMPARE(get(QStringLiteral("/2/users/%1/tweets").arg(kAliceId)).status, 401);
    QCOMPARE(get(QStringLiteral("/2/users/%1/tweets").arg(kAliceId)).status, 401);
    QCOMPARE(get(QStringLiteral("/2/users/%1/tweets").arg(kAliceId)).status, 200);

    m_server->injectFault({.kind = LocalXServer::FaultKind::ServerError, .endpoint = LocalXServer::Endpoint::Any});
    QCOMPARE(get(QStringLiteral("/2/users/me")).status, 503);
    QCOMPARE(m_server->pendingFaultCount(), 0);
}

void TestLocalXServer::delayThenAnswers()
{
    m_server->injectFault({.kind = LocalXServer::FaultKind::Delay, .count = 1, .delayMs = 300});
    QElapsedTimer timer;
    timer.start();
    const Result result = post(QStringLiteral("Slow"));
    QCOMPARE(result.status, 201);
    QVERIFY2(timer.elapsed() >= 290, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_server->storedPostCount(), 1);
}

void TestLocalXServer::hangsUntilClientAborts()
{
    m_server->injectFault({.kind = LocalXServer::FaultKind::Hang});
    QSignalSpy received(m_server.get(), &LocalXServer::createRequestReceived);

    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/2/tweets"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *hung = m_nam->post(request, tweetBody(QStringLiteral("Never answered")));
    QVERIFY(received.wait());

    // The server answers other requests meanwhile; the hung one stays unanswered.
    QCOMPARE(get(QStringLiteral("/2/users/me")).status, 200);
    QVERIFY(!hung->isFinished());

    hung->abort();
    QVERIFY(hung->isFinished());
    QCOMPARE(hung->error(), QNetworkReply::OperationCanceledError);
    QVERIFY(!hung->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid());
    delete hung;
    QCOMPARE(m_server->storedPostCount(), 0);
    QCOMPARE(post(QStringLiteral("Answered")).status, 201);
}

// A client that times out while the server is still working: the post lands all the same, which is
// why such an outcome is "unknown" and must be verified.
void TestLocalXServer::storesAfterClientGaveUp()
{
    m_server->injectFault({.kind = LocalXServer::FaultKind::Delay, .delayMs = 200});
    QSignalSpy received(m_server.get(), &LocalXServer::createRequestReceived);
    QSignalSpy stored(m_server.get(), &LocalXServer::postStored);

    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/2/tweets"));
    Request request;
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", authorization(request, url));
    networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam->post(networkRequest, tweetBody(QStringLiteral("Timed out, published anyway")));
    QVERIFY(received.wait());
    reply->abort();
    QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
    delete reply;

    QVERIFY(stored.wait());
    QCOMPARE(m_server->storedPostCount(), 1);
    const Result timeline = get(QStringLiteral("/2/users/%1/tweets").arg(kAliceId));
    QCOMPARE(timeline.json.value(QStringLiteral("meta")).toObject().value(QStringLiteral("result_count")).toInt(), 1);
}

void TestLocalXServer::limitsRate()
{
    m_server->setRateLimit(2, 3);
    const QDateTime windowStart = m_now;
    const QByteArray reset15 = QByteArray::number(windowStart.addSecs(15 * 60).toSecsSinceEpoch());
    const QByteArray reset24 = QByteArray::number(windowStart.addDays(1).toSecsSinceEpoch());

    const Result first = post(QStringLiteral("One"));
    QCOMPARE(first.status, 201);
    QCOMPARE(first.header("x-rate-limit-limit"), QByteArrayLiteral("2"));
    QCOMPARE(first.header("x-rate-limit-remaining"), QByteArrayLiteral("1"));
    QCOMPARE(first.header("x-rate-limit-reset"), reset15);
    QCOMPARE(first.header("x-user-limit-24hour-limit"), QByteArrayLiteral("3"));
    QCOMPARE(first.header("x-user-limit-24hour-remaining"), QByteArrayLiteral("2"));
    QCOMPARE(first.header("x-user-limit-24hour-reset"), reset24);

    m_now = m_now.addSecs(60);
    QCOMPARE(post(QStringLiteral("Two")).header("x-rate-limit-remaining"), QByteArrayLiteral("0"));

    const Result limited = post(QStringLiteral("Three"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.json, kTooManyRequests);
    QCOMPARE(limited.header("x-rate-limit-remaining"), QByteArrayLiteral("0"));
    QCOMPARE(limited.header("x-rate-limit-reset"), reset15);
    QCOMPARE(m_server->storedPostCount(), 2);
    // Limits are per user.
    QCOMPARE(post(QStringLiteral("Three"), kBob).status, 201);

    // After the 15-minute window only the 24-hour allowance is left: one post, then a 429 whose
    // 15-minute headers still look healthy.
    m_now = windowStart.addSecs(15 * 60);
    const Result third = post(QStringLiteral("Three"));
    QCOMPARE(third.status, 201);
    QCOMPARE(third.header("x-user-limit-24hour-remaining"), QByteArrayLiteral("0"));
    const Result capped = post(QStringLiteral("Four"));
    QCOMPARE(capped.status, 429);
    QCOMPARE(capped.header("x-rate-limit-remaining"), QByteArrayLiteral("1"));
    QCOMPARE(capped.header("x-user-limit-24hour-remaining"), QByteArrayLiteral("0"));
    QCOMPARE(capped.header("x-user-limit-24hour-reset"), reset24);

    m_now = windowStart.addDays(1);
    QCOMPARE(post(QStringLiteral("Four")).status, 201);
    QCOMPARE(m_server->createRequestCount(), 7);
}

void TestLocalXServer::controlsOverHttp()
{
    // A user registered over HTTP can post.
    const XCredentials carol {QStringLiteral("carol-ck"), QStringLiteral("carol-cs"), QStringLiteral("carol-at"),
                              QStringLiteral("carol-ats")};
    const Result added =
        control("POST", QStringLiteral("/_sandbox/users"),
                QJsonDocument(QJsonObject {{QStringLiteral("id"), QStringLiteral("1003")},
                                           {QStringLiteral("username"), QStringLiteral("carol")},
                                           {QStringLiteral("name"), QStringLiteral("Carol")},
                                           {QStringLiteral("consumerKey"), carol.consumerKey},
                                           {QStringLiteral("consumerSecret"), carol.consumerSecret},
                                           {QStringLiteral("accessToken"), carol.accessToken},
                                           {QStringLiteral("accessTokenSecret"), carol.accessTokenSecret}}));
    QCOMPARE(added.status, 201);
    QCOMPARE(post(QStringLiteral("Carol here"), carol).status, 201);
    QCOMPARE(control("POST", QStringLiteral("/_sandbox/users"), QJsonDocument(QJsonObject {})).status, 400);

    // Faults, in order, as a list.
    const QJsonArray faults {
        QJsonObject {{QStringLiteral("kind"), QStringLiteral("serverErrorAfterCreate")}},
        QJsonObject {{QStringLiteral("kind"), QStringLiteral("RateLimited")},
                     {QStringLiteral("resetAt"), 1772370000},
                     {QStringLiteral("endpoint"), QStringLiteral("createTweet")}},
    };
    const Result queued = control("POST", QStringLiteral("/_sandbox/faults"), QJsonDocument(faults));
    QCOMPARE(queued.status, 201);
    QCOMPARE(queued.json.value(QStringLiteral("pendingFaultCount")).toInt(), 2);
    QCOMPARE(post(QStringLiteral("Stored but 503")).status, 503);
    const Result limited = post(QStringLiteral("Limited"));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("x-rate-limit-reset"), QByteArrayLiteral("1772370000"));

    QCOMPARE(control("POST", QStringLiteral("/_sandbox/faults"),
                     QJsonDocument(QJsonObject {{QStringLiteral("kind"), QStringLiteral("Meteor")}}))
                 .status,
             400);
    QCOMPARE(control("POST", QStringLiteral("/_sandbox/faults"),
                     QJsonDocument(
                         QJsonObject {{QStringLiteral("kind"), QStringLiteral("Hang")}, {QStringLiteral("count"), 5}}))
                 .status,
             201);
    QCOMPARE(control("DELETE", QStringLiteral("/_sandbox/faults")).status, 200);
    QCOMPARE(m_server->pendingFaultCount(), 0);

    const Result stats = control("GET", QStringLiteral("/_sandbox/stats"));
    QCOMPARE(stats.status, 200);
    QCOMPARE(stats.json,
             (QJsonObject {{QStringLiteral("createRequestCount"), 3},
                           {QStringLiteral("storedPostCount"), 2},
                           {QStringLiteral("pendingFaultCount"), 0},
                           {QStringLiteral("tokenRequests"), 0},
                           {QStringLiteral("refreshRequests"), 0},
                           {QStringLiteral("invalidGrants"), 0}}));
    const Result posts = control("GET", QStringLiteral("/_sandbox/posts"));
    QCOMPARE(posts.json.value(QStringLiteral("data")).toArray().size(), 2);
    QCOMPARE(posts.json.value(QStringLiteral("data")).toArray().last().toObject().value(QStringLiteral("sent_text")),
             QJsonValue(QStringLiteral("Stored but 503")));

    QCOMPARE(control("POST", QStringLiteral("/_sandbox/rate-limit"),
                     QJsonDocument(QJsonObject {{QStringLiteral("per15min"), 0}, {QStringLiteral("per24h"), 10}}))
                 .status,
             200);
    QCOMPARE(post(QStringLiteral("Over the limit")).status, 429);

    m_server->setClock({});
    const Result clock = control("POST", QStringLiteral("/_sandbox/clock"),
                                 QJsonDocument(QJsonObject {{QStringLiteral("offsetMs"), 3600 * 1000}}));
    QCOMPARE(clock.status, 200);
    QVERIFY(m_server->now() > QDateTime::currentDateTimeUtc().addSecs(3500));

    // Without the control API, /_sandbox is just another unknown path.
    m_server->setControlApiEnabled(false);
    QCOMPARE(control("GET", QStringLiteral("/_sandbox/stats")).status, 404);
}

void TestLocalXServer::sharesStorageFile()
{
    const QString file = m_dir->filePath(QStringLiteral("sandbox.json"));
    QVERIFY(m_server->setStorageFile(file));
    QCOMPARE(post(QStringLiteral("From server A")).status, 201);

    // A second server, as another process would start it, on the same file.
    auto other = std::make_unique<LocalXServer>();
    other->addUser(kAliceId, QStringLiteral("alice_pod"), QStringLiteral("Alice's Podcast"), kAlice);
    other->setClock([this] { return m_now; });
    QVERIFY(other->setStorageFile(file));
    QVERIFY(other->listen());
    QCOMPARE(other->storedPostCount(), 1);

    Request duplicate;
    duplicate.body = tweetBody(QStringLiteral("From server A"));
    QCOMPARE(send(duplicate, other.get()).status, 403);

    Request fromB;
    fromB.body = tweetBody(QStringLiteral("From server B"));
    const Result created = send(fromB, other.get());
    QCOMPARE(created.status, 201);
    const QString idFromB =
        created.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString();

    // Server A sees B's post in the timeline, newest first.
    const Result timeline = get(QStringLiteral("/2/users/%1/tweets").arg(kAliceId));
    QCOMPARE(timeline.json.value(QStringLiteral("meta")).toObject().value(QStringLiteral("newest_id")).toString(),
             idFromB);
    QCOMPARE(m_server->storedPostCount(), 2);
    QCOMPARE(m_server->createRequestCount(), 1); // requests are counted per server
    QCOMPARE(other->createRequestCount(), 2);

    // And a restart keeps everything, ids still increasing even with the clock set back.
    other.reset();
    m_server.reset();
    m_server = std::make_unique<LocalXServer>();
    m_server->addUser(kAliceId, QStringLiteral("alice_pod"), QStringLiteral("Alice's Podcast"), kAlice);
    m_now = m_now.addDays(-30);
    m_server->setClock([this] { return m_now; });
    QVERIFY(m_server->setStorageFile(file));
    QVERIFY(m_server->listen());
    QCOMPARE(m_server->posts().last().id, idFromB);
    const Result later = post(QStringLiteral("After restart"));
    QCOMPARE(later.status, 201);
    QVERIFY(later.json.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString().toLongLong() >
            idFromB.toLongLong());
    QCOMPARE(m_server->storedPostCount(), 3);
}

void TestLocalXServer::refusesCorruptStorageFile()
{
    const QString path = m_dir->filePath(QStringLiteral("corrupt.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();

    QVERIFY(!m_server->setStorageFile(path));
    QVERIFY(!m_server->errorString().isEmpty());
    QVERIFY(m_server->storageFile().isEmpty());
    // Still working, in memory.
    QCOMPARE(post(QStringLiteral("In memory")).status, 201);
}

QTEST_GUILESS_MAIN(TestLocalXServer)
#include "test_localxserver.moc"
