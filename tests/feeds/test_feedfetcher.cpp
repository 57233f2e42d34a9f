// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FeedFetcher against a real HTTP server on 127.0.0.1: conditional GET and --force, gzip asked for
// and not, redirects (which ones may move the stored address), errors, the size cap and timeouts.
#include "feeds/feedfetcher.h"
#include "feedserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;

namespace {

QByteArray bodyOf(const FeedDownload &download)
{
    return download.body ? download.body->readAll() : QByteArray();
}

} // namespace

class FeedFetcherTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FeedServer>();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_feed = FeedServer::fixture(QStringLiteral("libsyn.xml"));
        QVERIFY(!m_feed.isEmpty());
    }

    void cleanup() { m_server.reset(); }

    void fetchesAndKeepsValidators()
    {
        m_server->serveFeed(QStringLiteral("/feed.xml"), m_feed);
        const FeedDownload download = fetch(at(m_server->url(QStringLiteral("/feed.xml"))));
        QCOMPARE(download.outcome, FeedDownload::Outcome::Fetched);
        QCOMPARE(download.httpStatus, 200);
        QCOMPARE(download.etag, QByteArray("\"v1\""));
        QCOMPARE(download.lastModified, QByteArray("Tue, 01 Dec 2026 11:00:00 GMT"));
        QCOMPARE(bodyOf(download), m_feed);
        QVERIFY(!download.movedPermanently);
        const SandboxRequest request = m_server->requests(QStringLiteral("/feed.xml")).constFirst();
        QVERIFY(request.headers.value("user-agent").startsWith("EpisodeDesk/"));
        QVERIFY(!request.headers.contains("if-none-match"));
    }

    void conditionalGetAndForce_data()
    {
        QTest::addColumn<QByteArray>("etag");
        QTest::addColumn<QByteArray>("lastModified");
        QTest::addColumn<bool>("force");
        QTest::addColumn<bool>("notModified");
        QTest::newRow("etag") << QByteArray("\"v1\"") << QByteArray() << false << true;
        QTest::newRow("last-modified") << QByteArray() << QByteArray("Tue, 01 Dec 2026 11:00:00 GMT") << false << true;
        QTest::newRow("stale etag") << QByteArray("\"v0\"") << QByteArray() << false << false;
        QTest::newRow("force ignores validators")
            << QByteArray("\"v1\"") << QByteArray("Tue, 01 Dec 2026 11:00:00 GMT") << true << false;
    }

    void conditionalGetAndForce()
    {
        QFETCH(QByteArray, etag);
        QFETCH(QByteArray, lastModified);
        QFETCH(bool, force);
        QFETCH(bool, notModified);
        m_server->serveFeed(QStringLiteral("/feed.xml"), m_feed);
        FeedRequest request = at(m_server->url(QStringLiteral("/feed.xml")));
        request.etag = etag;
        request.lastModified = lastModified;
        request.force = force;
        const FeedDownload download = fetch(request);
        QCOMPARE(download.outcome, notModified ? FeedDownload::Outcome::NotModified : FeedDownload::Outcome::Fetched);
        QCOMPARE(bodyOf(download).isEmpty(), notModified);
        const SandboxRequest sent = m_server->requests(QStringLiteral("/feed.xml")).constFirst();
        QCOMPARE(sent.headers.contains("if-none-match"), !force && !etag.isEmpty());
        QCOMPARE(sent.headers.contains("if-modified-since"), !force && !lastModified.isEmpty());
    }

    void gzip_data()
    {
        QTest::addColumn<bool>("declared");
        QTest::newRow("Content-Encoding: gzip") << true;
        QTest::newRow("gzip bytes, no Content-Encoding") << false;
    }

    void gzip()
    {
        QFETCH(bool, declared);
        const QByteArray compressed = FeedServer::gzip(m_feed);
        m_server->route(QStringLiteral("/feed.xml.gz"), [compressed, declared](const SandboxRequest &) {
            SandboxReply reply;
            reply.contentType = declared ? "application/rss+xml" : "application/x-gzip";
            reply.body = compressed;
            if (declared) {
                reply.headers.append({QByteArray("Content-Encoding"), QByteArray("gzip")});
            }
            return reply;
        });
        const FeedDownload download = fetch(at(m_server->url(QStringLiteral("/feed.xml.gz"))));
        QCOMPARE(download.outcome, FeedDownload::Outcome::Fetched);
        QCOMPARE(bodyOf(download), m_feed);
    }

    void gzipBombStopsAtTheCap()
    {
        const QByteArray compressed = FeedServer::gzip(QByteArray(4 * 1024 * 1024, ' '));
        QVERIFY(compressed.size() < 64 * 1024);
        m_server->route(QStringLiteral("/bomb"), [compressed](const SandboxRequest &) {
            SandboxReply reply;
            reply.contentType = "application/octet-stream";
            reply.body = compressed;
            return reply;
        });
        FeedFetcher::Options options;
        options.maxBytes = 1024 * 1024;
        const FeedDownload download = fetch(at(m_server->url(QStringLiteral("/bomb"))), options);
        QCOMPARE(download.outcome, FeedDownload::Outcome::Failed);
        QCOMPARE(download.failure, FeedDownload::Failure::TooLarge);
        QVERIFY2(download.errorString.contains(QStringLiteral("1 MB")), qPrintable(download.errorString));
    }

    void redirects_data()
    {
        QTest::addColumn<QList<int>>("hops");
        QTest::addColumn<bool>("permanent");
        QTest::newRow("301") << QList<int> {301} << true;
        QTest::newRow("308") << QList<int> {308} << true;
        QTest::newRow("302 is temporary") << QList<int> {302} << false;
        QTest::newRow("307 is temporary") << QList<int> {307} << false;
        QTest::newRow("301 then 301") << QList<int> {301, 301} << true;
        QTest::newRow("301 then 302") << QList<int> {301, 302} << false;
    }

    void redirects()
    {
        QFETCH(QList<int>, hops);
        QFETCH(bool, permanent);
        m_server->serveFeed(QStringLiteral("/new/feed.xml"), m_feed);
        for (int i = 0; i < hops.size(); ++i) {
            const QString to =
                i + 1 < hops.size() ? QStringLiteral("/hop%1").arg(i + 1) : QStringLiteral("/new/feed.xml");
            m_server->redirect(QStringLiteral("/hop%1").arg(i), hops.at(i), to); // relative, resolved
        }
        const FeedDownload download = fetch(at(m_server->url(QStringLiteral("/hop0"))));
        QCOMPARE(download.outcome, FeedDownload::Outcome::Fetched);
        QCOMPARE(download.finalUrl, m_server->url(QStringLiteral("/new/feed.xml")));
        QCOMPARE(download.requestedUrl, m_server->url(QStringLiteral("/hop0")));
        QCOMPARE(download.movedPermanently, permanent);
        QCOMPARE(bodyOf(download), m_feed);
    }

    void redirectLoopStops()
    {
        m_server->redirect(QStringLiteral("/a"), 302, QStringLiteral("/b"));
        m_server->redirect(QStringLiteral("/b"), 302, QStringLiteral("/a"));
        const FeedDownload download = fetch(at(m_server->url(QStringLiteral("/a"))));
        QCOMPARE(download.failure, FeedDownload::Failure::TooManyRedirects);
        QVERIFY(m_server->requests(QStringLiteral("/a")).size() <= 3);
    }

    void redirectToAnotherSchemeIsRefused()
    {
        m_server->redirect(QStringLiteral("/a"), 301, QStringLiteral("file:///etc/passwd"));
        const FeedDownload download = fetch(at(m_server->url(QStringLiteral("/a"))));
        QCOMPARE(download.failure, FeedDownload::Failure::BadAddress);
    }

    void httpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("404") << 404 << "not at";
        QTest::newRow("410") << 410 << "not at";
        QTest::newRow("403") << 403 << "refused";
        QTest::newRow("429") << 429 << "slow down";
        QTest::newRow("500") << 500 << "had a problem";
        QTest::newRow("503") << 503 << "had a problem";
        QTest::newRow("418") << 418 << "HTTP 418";
    }

    void httpErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, says);
        m_server->status(QStringLiteral("/feed.xml"), status);
        const FeedDownload download = fetch(at(m_server->url(QStringLiteral("/feed.xml"))));
        QCOMPARE(download.outcome, FeedDownload::Outcome::Failed);
        QCOMPARE(download.failure, FeedDownload::Failure::HttpStatus);
        QCOMPARE(download.httpStatus, status);
        QVERIFY2(download.errorString.contains(says), qPrintable(download.errorString));
        QVERIFY(!download.errorString.contains(QStringLiteral("<html")));
    }

    void unsolicited304IsAnError()
    {
        m_server->status(QStringLiteral("/feed.xml"), 304, QByteArray());
        const FeedDownload download = fetch(at(m_server->url(QStringLiteral("/feed.xml"))));
        QCOMPARE(download.outcome, FeedDownload::Outcome::Failed);
    }

    void tooLargeByContentLength()
    {
        m_server->serveFeed(QStringLiteral("/big.xml"), QByteArray(3 * 1024 * 1024, 'x'));
        FeedFetcher::Options options;
        options.maxBytes = 2 * 1024 * 1024;
        const FeedDownload download = fetch(at(m_server->url(QStringLiteral("/big.xml"))), options);
        QCOMPARE(download.failure, FeedDownload::Failure::TooLarge);
        QVERIFY2(download.errorString.contains(QStringLiteral("2 MB")), qPrintable(download.errorString));
        QVERIFY(!download.body);
    }

    void stalledServerTimesOut()
    {
        m_server->hang(QStringLiteral("/slow.xml"));
        FeedFetcher::Options options;
        options.stallTimeoutMs = 500;
        const FeedDownload download = fetch(at(m_server->url(QStringLiteral("/slow.xml"))), options);
        QCOMPARE(download.failure, FeedDownload::Failure::TimedOut);
    }

    void overallDeadline()
    {
        m_server->hang(QStringLiteral("/slow.xml"));
        FeedFetcher::Options options;
        options.totalTimeoutMs = 500;
        const FeedDownload download = fetch(at(m_server->url(QStringLiteral("/slow.xml"))), options);
        QCOMPARE(download.failure, FeedDownload::Failure::TimedOut);
        QVERIFY2(download.errorString.contains(QStringLiteral("longer than")), qPrintable(download.errorString));
    }

    void unreachable()
    {
        // A port nothing listens on: taken, then released.
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const FeedDownload download = fetch(at(QUrl(QStringLiteral("http://127.0.0.1:%1/feed.xml").arg(port))));
        QCOMPARE(download.failure, FeedDownload::Failure::Unreachable);
        // Our sentence, not Qt's ("Connection refused").
        QCOMPARE(download.errorString,
                 QStringLiteral("127.0.0.1 refused the connection. Check the feed address; nothing was changed."));
    }

    void connectionClosedBeforeTheFeed()
    {
        // A server that accepts and hangs up at once.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                socket->close();
                socket->deleteLater();
            }
        });
        const FeedDownload download =
            fetch(at(QUrl(QStringLiteral("http://127.0.0.1:%1/feed.xml").arg(server.serverPort()))));
        QCOMPARE(download.failure, FeedDownload::Failure::Unreachable);
        QCOMPARE(download.errorString,
                 QStringLiteral("127.0.0.1 closed the connection before sending the feed. Try "
                                "again later; nothing was changed."));
    }

    void badAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("no scheme") << "example.invalid/feed.xml";
        QTest::newRow("ftp") << "ftp://127.0.0.1/feed.xml";
        QTest::newRow("file") << "file:///etc/passwd";
        QTest::newRow("empty") << "";
    }

    void badAddresses()
    {
        QFETCH(QString, url);
        const FeedDownload download = fetch(at(QUrl(url)));
        QCOMPARE(download.failure, FeedDownload::Failure::BadAddress);
        QVERIFY(!download.errorString.isEmpty());
    }

    void signalsProgressAndFinishesOnce()
    {
        m_server->serveFeed(QStringLiteral("/feed.xml"), m_feed);
        QNetworkAccessManager manager;
        FeedFetcher fetcher(&manager);
        QSignalSpy finished(&fetcher, &FeedFetcher::finished);
        QSignalSpy progress(&fetcher, &FeedFetcher::progress);
        fetcher.fetch(at(m_server->url(QStringLiteral("/feed.xml"))));
        QVERIFY(fetcher.isRunning());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!fetcher.isRunning());
        QVERIFY(progress.count() >= 1);
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
    }

private:
    static FeedRequest at(const QUrl &url)
    {
        FeedRequest request;
        request.url = url;
        return request;
    }

    FeedDownload fetch(const FeedRequest &request, const FeedFetcher::Options &options = {})
    {
        QNetworkAccessManager manager;
        return FeedFetcher::fetchBlocking(&manager, request, options);
    }

    std::unique_ptr<FeedServer> m_server;
    QByteArray m_feed;
};

QTEST_GUILESS_MAIN(FeedFetcherTest)
#include "test_feedfetcher.moc"
