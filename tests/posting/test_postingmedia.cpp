// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Images on posts (issue 13): uploaded before the claim, attached by the one create, recorded with the
// attempt, cached with their expiry, and never a reason to post twice or to post without them.
#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"
#include "media/mediastore.h"
#include "media/tweetimagestore.h"
#include "postingfixture.h"
#include "store/mediablobs.h"
#include "store/sqlutil.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSqlQuery>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using Kind = PostOutcome::Kind;
using Fault = LocalXServer::FaultKind;
using Endpoint = LocalXServer::Endpoint;

namespace {

// An image of `size` in `format` ("png", "jpeg"), its pixels telling it apart from other calls.
QByteArray makeImage(const QSize &size, const char *format, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image); // no text: fonts need a QGuiApplication, which a GUI-less test has not
    painter.fillRect(QRect(QPoint(size.width() / 4, size.height() / 4), size / 2), Qt::white);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

struct MediaFixture : PostingFixture
{
    // Stores the image in the media store and returns it as a tweet carries it, with `alt`.
    TweetImage store(const QByteArray &bytes, const QString &name, const QString &alt)
    {
        const ImageCheck check = prepareImage(bytes, name);
        if (!check.ok()) {
            qWarning("image refused: %s", qPrintable(check.error));
            return {};
        }
        TweetImage image = MediaStore(db.connection()).put(*check.image).value_or(TweetImage {});
        image.alt = alt;
        return image;
    }

    bool setImages(qint64 configId, const QList<TweetImage> &images)
    {
        TweetImageStore store(db.connection());
        if (!store.setImages(configId, images)) {
            qWarning("setImages: %s", qPrintable(store.lastError()));
            return false;
        }
        return true;
    }

    int count(const QString &sql) const
    {
        QSqlQuery query(db.connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }
};

} // namespace

class PostingMediaTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<MediaFixture>();
        QVERIFY(m_fixture->setUp());
        m_art = m_fixture->store(makeImage({600, 600}, "png", Qt::darkBlue), QStringLiteral("art.png"),
                                 QStringLiteral("The show's logo: a loaf of bread on a blue field"));
        m_guest = m_fixture->store(makeImage({800, 450}, "jpeg", Qt::darkRed), QStringLiteral("guest.jpg"),
                                   QStringLiteral("Our guest, smiling, in front of a bakery oven"));
        QVERIFY(!m_art.sha256.isEmpty() && !m_guest.sha256.isEmpty());
    }
    void cleanup() { m_fixture.reset(); }

    // The episode's artwork and a guest photo reach X with their alt texts, attached by one create; the
    // attempt records what was sent; the bytes X received decode to the image's own size.
    void postsWithImagesAndAltText()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("New episode {number}: {title}"));
        QVERIFY(m_fixture->setImages(id, {m_art, m_guest}));
        PostingService service(m_fixture->options());
        const PostOutcome outcome = postAndWait(&service, id);
        QCOMPARE(outcome.kind, Kind::Posted);
        QCOMPARE(m_fixture->server.mediaUploadCount(), 2);
        QCOMPARE(m_fixture->server.mediaMetadataCount(), 2);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);

        const auto posts = m_fixture->server.posts();
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().mediaIds.size(), 2);
        const QHash<QString, QList<AttemptImage>> sent = TweetImageStore(m_fixture->db.connection()).attemptImages(id);
        const QList<AttemptImage> attempt = sent.value(m_fixture->tweet(id).attemptId);
        QCOMPARE(attempt.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const TweetImage &expected = i == 0 ? m_art : m_guest;
            QCOMPARE(attempt.at(i).image.sha256, expected.sha256);
            QCOMPARE(attempt.at(i).image.alt, expected.alt);
            QCOMPARE(attempt.at(i).mediaId, posts.first().mediaIds.at(i));
            QCOMPARE(attempt.at(i).mediaKey, posts.first().mediaKeys.at(i));
            const auto received = m_fixture->server.uploadedMedia(attempt.at(i).mediaId);
            QVERIFY(received);
            QCOMPARE(received->alt, expected.alt);
            const QImage decoded = QImage::fromData(received->bytes);
            QCOMPARE(decoded.size(), QSize(expected.width, expected.height));
            QCOMPARE(mediaHash(received->bytes), expected.sha256);
        }
        // Cached for retries and teammates, with X's expiry.
        QCOMPARE(m_fixture->count(QStringLiteral("SELECT count(*) FROM media_uploads")), 2);
    }

    // A 5xx on the upload leaves the tweet unclaimed, with the reason; the next try uploads again and
    // posts once. X never saw a create without the images.
    void uploadRetriedAfterServerErrorPostsOnce()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Episode {number} with art"));
        QVERIFY(m_fixture->setImages(id, {m_art}));
        m_fixture->server.injectFault({Fault::ServerError, 1, 0, {}, Endpoint::MediaUpload});
        PostingService service(m_fixture->options());
        const PostOutcome first = postAndWait(&service, id);
        QCOMPARE(first.kind, Kind::Refused);
        QCOMPARE(first.refusal, ClaimRefusal::UploadFailed);
        QVERIFY2(first.message.contains(QLatin1String("nothing was posted")), qPrintable(first.message));
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Pending);
        QCOMPARE(m_fixture->count(QStringLiteral("SELECT count(*) FROM post_attempts")), 0);

        const PostOutcome second = postAndWait(&service, id);
        QCOMPARE(second.kind, Kind::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        QCOMPARE(m_fixture->server.storedPostCount(), 1);
        QCOMPARE(m_fixture->server.mediaUploadCount(), 2);
    }

    // A second tweet with the same image reuses the cached id while X keeps it; once the id would
    // expire within the lease, the image is uploaded again.
    void cachedIdReusedUntilItExpires()
    {
        QDateTime now = QDateTime::currentDateTimeUtc();
        PostingService::Options options = m_fixture->options();
        options.clock = [&now] {
            return now;
        };
        const qint64 first = m_fixture->addTweet(QStringLiteral("First with art"));
        const qint64 second = m_fixture->addTweet(QStringLiteral("Second with art"));
        const qint64 third = m_fixture->addTweet(QStringLiteral("Third with art"));
        for (const qint64 id : {first, second, third}) {
            QVERIFY(m_fixture->setImages(id, {m_art}));
        }
        PostingService service(options);
        QCOMPARE(postAndWait(&service, first).kind, Kind::Posted);
        QCOMPARE(m_fixture->server.mediaUploadCount(), 1);
        QCOMPARE(postAndWait(&service, second).kind, Kind::Posted);
        QCOMPARE(m_fixture->server.mediaUploadCount(), 1); // reused
        // X keeps an image id for a day (the server's default): a day later it is uploaded afresh.
        now = now.addSecs(86400 - 60);
        QCOMPARE(postAndWait(&service, third).kind, Kind::Posted);
        QCOMPARE(m_fixture->server.mediaUploadCount(), 2);
        QCOMPARE(m_fixture->server.createRequestCount(), 3);
        QCOMPARE(m_fixture->server.storedPostCount(), 3);
    }

    // X says at create that the ids expired: a definite refusal, nothing published. The ids are
    // forgotten, the retry uploads again, and the post goes out once.
    void expiredIdAtCreateUploadsAgain()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Expired art"));
        QVERIFY(m_fixture->setImages(id, {m_art, m_guest}));
        m_fixture->server.injectFault({Fault::ExpiredMedia, 1, 0, {}, Endpoint::CreateTweet});
        PostingService service(m_fixture->options());
        const PostOutcome first = postAndWait(&service, id);
        QCOMPARE(first.kind, Kind::Failed);
        QCOMPARE(first.category, XErrorCategory::Media);
        QCOMPARE(m_fixture->server.storedPostCount(), 0);
        QCOMPARE(m_fixture->count(QStringLiteral("SELECT count(*) FROM media_uploads")), 0);

        const PostOutcome second = postAndWait(&service, id);
        QCOMPARE(second.kind, Kind::Posted);
        QCOMPARE(m_fixture->server.mediaUploadCount(), 4);
        QCOMPARE(m_fixture->server.createRequestCount(), 2);
        QCOMPARE(m_fixture->server.storedPostCount(), 1);
        QCOMPARE(m_fixture->server.posts().first().mediaIds.size(), 2);
    }

    // An image deleted from the media folder (or a team database's blob lost): held with the reason,
    // nothing uploaded, nothing claimed, nothing posted.
    void missingImageHoldsTheTweet()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Art gone"));
        QVERIFY(m_fixture->setImages(id, {m_art, m_guest}));
        const MediaBlobs blobs(m_fixture->db.connection());
        if (blobs.directory().isEmpty()) {
            QSqlQuery query(m_fixture->db.connection());
            QVERIFY(query.exec(QStringLiteral("DELETE FROM media_blobs WHERE sha256 = '%1'").arg(m_guest.sha256)));
        } else {
            QVERIFY(QFile::remove(
                QDir(blobs.directory()).filePath(MediaBlobs::fileName(m_guest.sha256, m_guest.mimeType))));
        }
        // The window shows it Held, with the same reason, before anyone presses Post now.
        TweetTableModel model(m_fixture->db.connection());
        model.setEpisode(m_fixture->episodeId);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(StatusRole).toInt(), int(DisplayStatus::Held));

        PostingService service(m_fixture->options());
        const PostOutcome outcome = postAndWait(&service, id);
        QCOMPARE(outcome.kind, Kind::Refused);
        QCOMPARE(outcome.refusal, ClaimRefusal::ImagesMissing);
        QVERIFY2(outcome.message.contains(QLatin1String("guest.jpg")), qPrintable(outcome.message));
        QCOMPARE(m_fixture->server.mediaUploadCount(), 0);
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Pending);
    }

    // The user swaps the image while the old one is uploading: the claim refuses the stale upload, the
    // engine uploads the new one, and the post carries only the new image.
    void imagesEditedWhileUploadingPostTheNewOnes()
    {
        const qint64 id = m_fixture->addTweet(QStringLiteral("Swapped art"));
        QVERIFY(m_fixture->setImages(id, {m_art}));
        m_fixture->server.injectFault({Fault::Delay, 1, 800, {}, Endpoint::MediaUpload});
        ServiceThread thread(m_fixture->options());
        ThreadSignalSpy finished(thread.service(), &PostingService::postFinished);
        thread.service()->start();
        thread.service()->post(id);
        QTRY_COMPARE(m_fixture->server.mediaUploadCount(), 1);
        QVERIFY(m_fixture->setImages(id, {m_guest}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(outcomeAt(finished, 0).kind, Kind::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        const auto posts = m_fixture->server.posts();
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().mediaIds.size(), 1);
        const auto received = m_fixture->server.uploadedMedia(posts.first().mediaIds.first());
        QVERIFY(received);
        QCOMPARE(mediaHash(received->bytes), m_guest.sha256);
    }

    // The create's answer is lost: unknown. Verification finds the post by its text and its images'
    // media keys exactly; the same words with other images (here: the keys the attempt recorded made
    // to differ from the post's) are never taken for it.
    void verificationMatchesTheImagesExactly_data()
    {
        QTest::addColumn<bool>("sameImages");
        QTest::newRow("the images the attempt sent") << true;
        QTest::newRow("other images") << false;
    }
    void verificationMatchesTheImagesExactly()
    {
        QFETCH(bool, sameImages);
        const qint64 id = m_fixture->addTweet(QStringLiteral("Episode seven, with its art"));
        QVERIFY(m_fixture->setImages(id, {m_art, m_guest}));
        PostingService service(m_fixture->options());
        m_fixture->server.injectFault({Fault::DropAfterCreate, 1, 0, {}, Endpoint::CreateTweet});
        QCOMPARE(postAndWait(&service, id).kind, Kind::Unknown);
        QCOMPARE(m_fixture->server.storedPostCount(), 1);
        if (!sameImages) {
            QSqlQuery query(m_fixture->db.connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE attempt_images SET media_key = '3_1' WHERE slot = 1")));
        }
        const PostOutcome verified = verifyAndWait(&service, id);
        if (sameImages) {
            QCOMPARE(verified.kind, Kind::Posted);
            QCOMPARE(m_fixture->tweet(id).postId, m_fixture->server.posts().first().id);
        } else {
            QVERIFY(verified.kind != Kind::Posted);
            QVERIFY(m_fixture->tweet(id).postId.isEmpty());
        }
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

private:
    std::unique_ptr<MediaFixture> m_fixture;
    TweetImage m_art;
    TweetImage m_guest;
};

QTEST_GUILESS_MAIN(PostingMediaTest)
#include "test_postingmedia.moc"
