// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/textmatch.h"
#include "sandbox/localxserver.h"
#include "testmedia.h"
#include "x/xclient.h"
#include "x/xnetworkaccessmanager.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <optional>

using namespace EpisodeDesk::Models;
using namespace Qt::StringLiterals;

namespace {

const XCredentials kAlice {u"alice-consumer-key"_s, u"alice-consumer-secret"_s, u"alice-token"_s,
                           u"alice-token-secret"_s};
const QString kAliceId = u"1001"_s;
constexpr int kWaitMs = 20000;

} // namespace

class TestXMedia final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void uploadsOneShot_data();
    void uploadsOneShot();
    void uploadsGifInChunks();
    void refusesUnknownType();
    void setsAltText();
    void refusesLongAltText();
    void serverErrorOnUpload_data();
    void serverErrorOnUpload();
    void slowUploadTimesOut();
    void createWithExpiredIdIsNotPublished();
    void createWithIdsAttachesThem();
    void createRefusesBadIds();

private:
    XMediaResult upload(const QByteArray &bytes, const QString &mimeType, int deadlineMs = kWaitMs);
    XMediaResult altText(const QString &mediaId, const QString &alt);
    XCreateResult create(const QString &text, const QStringList &mediaIds);

    std::unique_ptr<XNetworkAccessManager> m_nam;
    std::unique_ptr<XClient> m_client;
    std::unique_ptr<LocalXServer> m_server;
};

void TestXMedia::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestXMedia::init()
{
    m_server = std::make_unique<LocalXServer>();
    m_server->addUser(kAliceId, u"alice_pod"_s, u"Alice's Podcast"_s, kAlice);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_nam = std::make_unique<XNetworkAccessManager>();
    m_client = std::make_unique<XClient>(m_nam.get());
}

void TestXMedia::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

XMediaResult TestXMedia::upload(const QByteArray &bytes, const QString &mimeType, int deadlineMs)
{
    std::optional<XMediaResult> result;
    m_client->uploadMedia(m_server->baseUrl(), kAlice, bytes, mimeType, QDeadlineTimer(deadlineMs), this,
                          [&result](const XMediaResult &done) { result = done; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
    }();
    return result.value_or(XMediaResult());
}

XMediaResult TestXMedia::altText(const QString &mediaId, const QString &alt)
{
    std::optional<XMediaResult> result;
    m_client->setMediaAltText(m_server->baseUrl(), kAlice, mediaId, alt, QDeadlineTimer(kWaitMs), this,
                              [&result](const XMediaResult &done) { result = done; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
    }();
    return result.value_or(XMediaResult());
}

XCreateResult TestXMedia::create(const QString &text, const QStringList &mediaIds)
{
    std::optional<XCreateResult> result;
    m_client->createPost(m_server->baseUrl(), kAlice, text, mediaIds, this,
                         [&result](const XCreateResult &done) { result = done; });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kWaitMs);
    }();
    return result.value_or(XCreateResult());
}

void TestXMedia::uploadsOneShot_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mimeType");
    QTest::newRow("png 600x600") << TestMedia::image("png", 600, 600) << u"image/png"_s;
    QTest::newRow("jpeg") << TestMedia::image("jpeg", 400, 300) << u"image/jpeg"_s;
    QTest::newRow("webp") << TestMedia::image("webp", 200, 200) << u"image/webp"_s;
}

void TestXMedia::uploadsOneShot()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mimeType);
    QVERIFY(!bytes.isEmpty());
    const XMediaResult result = upload(bytes, mimeType);
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(XResponse::isValidPostId(result.mediaId));
    QCOMPARE(result.mediaKey, u"3_"_s + result.mediaId);
    QVERIFY(result.expiresAfterSecs > 86400 - 60 && result.expiresAfterSecs <= 86400);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.category, XErrorCategory::None);
    const auto kept = m_server->uploadedMedia(result.mediaId);
    QVERIFY(kept);
    QCOMPARE(kept->bytes, bytes); // byte for byte what was sent
    QCOMPARE(kept->mimeType, mimeType);
    QCOMPARE(kept->category, u"tweet_image"_s);
    QCOMPARE(kept->ownerUserId, kAliceId);
    QVERIFY(kept->ready);
    QCOMPARE(m_server->mediaUploadCount(), 1);
}

void TestXMedia::uploadsGifInChunks()
{
    // Past 2 MB: three segments of at most 1 MB.
    const QByteArray gif = TestMedia::animatedGif(3, 2 * 1024 * 1024 + 512 * 1024);
    QVERIFY(gif.size() > 2 * XClient::kMediaSegmentBytes);
    // A harmless fault on every media request counts them: initialize, 3 appends, finalize, STATUS.
    m_server->injectFault({.kind = LocalXServer::FaultKind::Delay,
                           .count = 100,
                           .delayMs = 0,
                           .endpoint = LocalXServer::Endpoint::MediaUpload});
    QElapsedTimer timer;
    timer.start();
    const XMediaResult result = upload(gif, u"image/gif"_s);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(m_server->pendingFaultCount(), 100 - 6);
    QVERIFY(timer.elapsed() >= 1000); // finalize said check_after_secs 1
    QCOMPARE(result.mediaKey, u"3_"_s + result.mediaId);
    // As the last answer (STATUS) said it, a few seconds into the upload's day.
    QVERIFY2(result.expiresAfterSecs > 86400 - 60 && result.expiresAfterSecs <= 86400,
             qPrintable(QString::number(result.expiresAfterSecs)));
    const auto kept = m_server->uploadedMedia(result.mediaId);
    QVERIFY(kept);
    QCOMPARE(kept->bytes, gif);
    QCOMPARE(kept->mimeType, u"image/gif"_s);
    QCOMPARE(kept->category, u"tweet_gif"_s);
    QVERIFY(kept->ready);
    QCOMPARE(m_server->mediaUploadCount(), 1);

    const XCreateResult created = create(u"A moving cover"_s, {result.mediaId});
    QCOMPARE(created.outcome, XOutcome::Published);
    QCOMPARE(m_server->posts().constLast().mediaKeys, QStringList {result.mediaKey});
}

void TestXMedia::refusesUnknownType()
{
    for (const QString &type : {u"image/bmp"_s, u"video/mp4"_s, QString()}) {
        const XMediaResult result = upload(TestMedia::image("bmp", 4, 4), type);
        QVERIFY(!result.ok);
        QCOMPARE(result.category, XErrorCategory::Validation);
        QVERIFY(!result.message.isEmpty());
    }
    const XMediaResult empty = upload({}, u"image/png"_s);
    QCOMPARE(empty.category, XErrorCategory::Validation);
    QCOMPARE(m_server->mediaUploadCount(), 0); // nothing left this computer
}

void TestXMedia::setsAltText()
{
    const XMediaResult uploaded = upload(TestMedia::image("png", 16, 16), u"image/png"_s);
    QVERIFY(uploaded.ok);
    const QString alt = u"Episode 12 cover: two hosts laughing at a microphone"_s;
    const XMediaResult result = altText(uploaded.mediaId, alt);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.mediaId, uploaded.mediaId);
    QCOMPARE(m_server->uploadedMedia(uploaded.mediaId)->alt, alt);
    QCOMPARE(m_server->mediaMetadataCount(), 1);
    // 1,000 characters is X's limit, and fine.
    QVERIFY(altText(uploaded.mediaId, QString(1000, u'a')).ok);
}

void TestXMedia::refusesLongAltText()
{
    const XMediaResult uploaded = upload(TestMedia::image("png", 16, 16), u"image/png"_s);
    const XMediaResult tooLong = altText(uploaded.mediaId, QString(1001, u'a'));
    QVERIFY(!tooLong.ok);
    QCOMPARE(tooLong.category, XErrorCategory::Validation);
    const XMediaResult badId = altText(u"not-an-id"_s, u"alt"_s);
    QCOMPARE(badId.category, XErrorCategory::Validation);
    QCOMPARE(m_server->mediaMetadataCount(), 0);
    // An id X does not know: X's 400, in a sentence.
    const XMediaResult unknown = altText(u"1234567890123456789"_s, u"alt"_s);
    QVERIFY(!unknown.ok);
    QCOMPARE(unknown.httpStatus, 400);
    QCOMPARE(unknown.category, XErrorCategory::Validation);
}

void TestXMedia::serverErrorOnUpload_data()
{
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<int>("passing"); // media requests that pass before the 5xx
    QTest::newRow("one-shot") << u"image/png"_s << 0;
    QTest::newRow("gif initialize") << u"image/gif"_s << 0;
    QTest::newRow("gif append") << u"image/gif"_s << 1;
    QTest::newRow("gif finalize") << u"image/gif"_s << 2;
    QTest::newRow("gif status") << u"image/gif"_s << 3;
}

void TestXMedia::serverErrorOnUpload()
{
    QFETCH(QString, mimeType);
    QFETCH(int, passing);
    using Kind = LocalXServer::FaultKind;
    if (passing > 0) {
        m_server->injectFault(
            {.kind = Kind::Delay, .count = passing, .delayMs = 0, .endpoint = LocalXServer::Endpoint::MediaUpload});
    }
    m_server->injectFault({.kind = Kind::ServerError, .endpoint = LocalXServer::Endpoint::MediaUpload});
    const QByteArray bytes = mimeType == "image/gif"_L1 ? TestMedia::animatedGif(3) : TestMedia::image("png", 32, 32);
    const XMediaResult result = upload(bytes, mimeType);
    QVERIFY(!result.ok);
    QCOMPARE(result.httpStatus, 503);
    QCOMPARE(result.category, XErrorCategory::Server);
    // A sentence for a person: what failed and X's status; no address, no Qt text.
    QVERIFY2(result.message.startsWith(u"The image could not be sent to X."_s), qPrintable(result.message));
    QVERIFY2(result.message.contains(u"HTTP 503"_s), qPrintable(result.message));
    QVERIFY(result.message.endsWith(u'.'));
    QVERIFY(!result.message.contains(u"127.0.0.1"_s));
    QVERIFY(!result.message.contains(u"alice"_s));
    QCOMPARE(m_server->pendingFaultCount(), 0);
}

void TestXMedia::slowUploadTimesOut()
{
    m_server->injectFault(
        {.kind = LocalXServer::FaultKind::Delay, .delayMs = 3000, .endpoint = LocalXServer::Endpoint::MediaUpload});
    QElapsedTimer timer;
    timer.start();
    const XMediaResult result = upload(TestMedia::image("png", 64, 64), u"image/png"_s, 400);
    QVERIFY(timer.elapsed() < 2500);
    QVERIFY(!result.ok);
    QCOMPARE(result.category, XErrorCategory::Timeout);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(m_client->pendingRequests(), 0);

    // A GIF whose processing would outlast the deadline stops at the wait, as a Timeout too.
    const XMediaResult gif = upload(TestMedia::animatedGif(3), u"image/gif"_s, 800);
    QCOMPARE(gif.category, XErrorCategory::Timeout);
}

void TestXMedia::createWithExpiredIdIsNotPublished()
{
    const XMediaResult uploaded = upload(TestMedia::image("png", 16, 16), u"image/png"_s);
    QVERIFY(uploaded.ok);
    m_server->injectFault({.kind = LocalXServer::FaultKind::ExpiredMedia});
    const XCreateResult result = create(u"New episode with cover"_s, {uploaded.mediaId});
    QCOMPARE(result.outcome, XOutcome::NotPublished);
    QCOMPARE(result.category, XErrorCategory::Media);
    QCOMPARE(xErrorCategoryName(result.category), u"media"_s);
    QCOMPARE(result.httpStatus, 400);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(m_server->storedPostCount(), 0);

    // Expiry by time is the same refusal; a fresh upload then posts.
    m_server->expireMedia();
    QCOMPARE(create(u"New episode with cover"_s, {uploaded.mediaId}).category, XErrorCategory::Media);
    const XMediaResult again = upload(TestMedia::image("png", 16, 16), u"image/png"_s);
    QCOMPARE(create(u"New episode with cover"_s, {again.mediaId}).outcome, XOutcome::Published);
}

void TestXMedia::createWithIdsAttachesThem()
{
    const XMediaResult png = upload(TestMedia::image("png", 600, 600), u"image/png"_s);
    const XMediaResult jpeg = upload(TestMedia::image("jpeg", 300, 300), u"image/jpeg"_s);
    QVERIFY(png.ok && jpeg.ok);
    const QString text = u"Episode 12 is out: https://example.com/ep12"_s;
    const XCreateResult created = create(text, {png.mediaId, jpeg.mediaId});
    QCOMPARE(created.outcome, XOutcome::Published);
    const LocalXServer::Post post = m_server->posts().constLast();
    QCOMPARE(post.id, created.postId);
    QCOMPARE(post.mediaIds, (QStringList {png.mediaId, jpeg.mediaId}));
    QCOMPARE(post.mediaKeys, (QStringList {png.mediaKey, jpeg.mediaKey}));
    // The existing overload sends no media.
    std::optional<XCreateResult> plain;
    m_client->createPost(m_server->baseUrl(), kAlice, u"No images"_s, this,
                         [&plain](const XCreateResult &done) { plain = done; });
    QTRY_VERIFY_WITH_TIMEOUT(plain.has_value(), kWaitMs);
    QCOMPARE(plain->outcome, XOutcome::Published);
    QVERIFY(m_server->posts().constLast().mediaKeys.isEmpty());

    // Read back as verification reads it: the media link and the attachments, which matchPost takes.
    std::optional<XUserTweetsResult> listed;
    m_client->userTweets(m_server->baseUrl(), kAlice, kAliceId, {}, this,
                         [&listed](const XUserTweetsResult &done) { listed = done; });
    QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), kWaitMs);
    QVERIFY2(listed->ok, qPrintable(listed->message));
    QCOMPARE(listed->posts.size(), 2);
    const XPostSummary onX = listed->posts.at(1);
    QCOMPARE(onX.id, created.postId);
    QVERIFY(onX.hasAttachments);
    QCOMPARE(onX.mediaKeys, (QStringList {png.mediaKey, jpeg.mediaKey}));
    QCOMPARE(onX.urls.size(), 2);
    QCOMPARE(onX.urls.at(1).mediaKey, png.mediaKey);
    QVERIFY(onX.urls.at(0).mediaKey.isEmpty());
    QCOMPARE(matchPost(text, {jpeg.mediaKey, png.mediaKey}, onX), PostMatch::Match);
    QCOMPARE(matchPost(text, {png.mediaKey}, onX), PostMatch::NoMatch);
    QCOMPARE(matchPost(text, onX), PostMatch::NoMatch);
    QVERIFY(!listed->posts.at(0).hasAttachments); // X leaves attachments out of a post without media
    QCOMPARE(matchPost(u"No images"_s, listed->posts.at(0)), PostMatch::Match);
}

void TestXMedia::createRefusesBadIds()
{
    const QStringList five {u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s};
    for (const QStringList &ids : {five, QStringList {u"12ab"_s}}) {
        const XCreateResult result = create(u"Text"_s, ids);
        QCOMPARE(result.outcome, XOutcome::NotPublished);
        QCOMPARE(result.category, XErrorCategory::Validation);
    }
    QCOMPARE(m_server->createRequestCount(), 0);
    // Ids X does not know: X's 400 about media ids.
    const XCreateResult unknown = create(u"Text"_s, {u"1234567890123456789"_s});
    QCOMPARE(unknown.outcome, XOutcome::NotPublished);
    QCOMPARE(unknown.category, XErrorCategory::Media);
}

QTEST_GUILESS_MAIN(TestXMedia)
#include "test_xmedia.moc"
