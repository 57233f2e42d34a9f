// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FeedUpdate and FeedStore on a real database (SQLite file or PostgreSQL, as ctest chose) with feeds
// from a real HTTP server on 127.0.0.1: the first import, 304, a new episode and its announcements,
// the user's edits kept, episodes leaving the feed or deleted by the user, guids that all changed, moves,
// and a feed that fails half way. Refreshes racing and the refresher's thread: test_feedrefreshes.
#include "feedimportfixture.h"
#include "feeds/feedupdate.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/sqldialect.h"
#include "testdatabase.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;

class FeedImportTest final : public QObject, protected FeedImportFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void firstImportAddsAndNeverAnnounces()
    {
        addTemplate(QStringLiteral("New: {title}"), 0, false);
        m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue());
        const FeedUpdate::Result result = update().importFeed(url());
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.changes.added, 3);
        QCOMPARE(result.changes.announcements, 0);
        QCOMPARE(tweetCount(), 0);
        const QList<Episode> episodes = EpisodeStore(m_db->connection()).all();
        QCOMPARE(episodes.size(), 3);
        const Episode &three = episodes.at(0);
        QCOMPARE(three.feedGuid, QStringLiteral("g3"));
        QCOMPARE(three.title, QStringLiteral("Three"));
        QCOMPARE(three.number, 3);
        QCOMPARE(three.publishedAt, QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC));
        QCOMPARE(three.enclosureUrl, QUrl(QStringLiteral("http://127.0.0.1/media/g3.mp3")));
        QCOMPARE(three.inFeed, true);
        const std::optional<StoredFeed> stored = FeedStore(m_db->connection()).feed();
        QVERIFY(stored);
        QCOMPARE(stored->url, url());
        QCOMPARE(stored->title, QStringLiteral("Garden Talk"));
        QCOMPARE(stored->etag, QByteArray("\"v1\""));
    }

    void refreshUnchangedIsNotModified()
    {
        m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue());
        QVERIFY(update().importFeed(url()).ok());
        const FeedUpdate::Result again = update().refresh();
        QVERIFY2(again.ok(), qPrintable(again.errorString));
        QVERIFY(again.changes.notModified);
        QCOMPARE(m_server->requests(QStringLiteral("/feed.xml")).constLast().headers.value("if-none-match"),
                 QByteArray("\"v1\""));
        // --force reads it all, and finds nothing changed.
        FeedUpdate::Options forced = m_options;
        forced.force = true;
        const FeedUpdate::Result force = FeedUpdate(m_db->connection(), &m_manager, forced).refresh();
        QVERIFY2(force.ok(), qPrintable(force.errorString));
        QVERIFY(!force.changes.notModified);
        QCOMPARE(force.changes.unchanged, 3);
        QCOMPARE(force.changes.added + force.changes.updated + force.changes.removed, 0);
    }

    void newEpisodeIsAnnouncedOncePerTemplate()
    {
        const qint64 onTime = addTemplate(QStringLiteral("New episode {number}: {title}"), 30, false);
        const qint64 manual = addTemplate(QStringLiteral("Reviewed first"), 0, true);
        const qint64 archived = addTemplate(QStringLiteral("Old template"), 0, false);
        QVERIFY(QSqlQuery(m_db->connection())
                    .exec(QStringLiteral("UPDATE templates SET archived = 1 WHERE id = %1").arg(archived)));
        m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue());
        QVERIFY(update().importFeed(url()).ok());

        // Episode 4 comes out in an hour.
        m_server->serveFeed(QStringLiteral("/feed.xml"),
                            catalogue(item(QStringLiteral("g4"), QStringLiteral("Four"),
                                           QStringLiteral("Tue, 01 Dec 2026 13:00:00 GMT"),
                                           QStringLiteral("<itunes:episode>4</itunes:episode>"))),
                            "\"v2\"", "Tue, 01 Dec 2026 13:00:00 GMT");
        const FeedUpdate::Result result = update().refresh();
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.changes.added, 1);
        QCOMPARE(result.changes.unchanged, 3);
        QCOMPARE(result.changes.announcements, 2);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(
            QStringLiteral("SELECT t.template_id, t.text, t.scheduled_at, t.status, e.feed_guid FROM "
                           "tweet_configs t JOIN episodes e ON e.id = t.episode_id ORDER BY t.template_id")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), onTime);
        QCOMPARE(query.value(1).toString(), QStringLiteral("New episode {number}: {title}"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("2026-12-01T13:30:00.000Z")); // published + 30 min
        QCOMPARE(query.value(3).toString(), QStringLiteral("pending"));
        QCOMPARE(query.value(4).toString(), QStringLiteral("g4"));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), manual);
        QVERIFY(query.value(2).isNull()); // waits for review
        QVERIFY(!query.next());

        // The same feed again (forced): nothing more.
        FeedUpdate::Options forced = m_options;
        forced.force = true;
        const FeedUpdate::Result again = FeedUpdate(m_db->connection(), &m_manager, forced).refresh();
        QVERIFY2(again.ok(), qPrintable(again.errorString));
        QCOMPARE(again.changes.added, 0);
        QCOMPARE(again.changes.announcements, 0);
        QCOMPARE(tweetCount(), 2);
    }

    void lateEpisodeWaitsForReview()
    {
        addTemplate(QStringLiteral("New: {title}"), 0, false);
        m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue());
        QVERIFY(update().importFeed(url()).ok());
        // Published two days ago, found only now: past the grace period, so never posted late unasked.
        m_server->serveFeed(QStringLiteral("/feed.xml"),
                            catalogue(item(QStringLiteral("g4"), QStringLiteral("Four"),
                                           QStringLiteral("Sun, 29 Nov 2026 12:00:00 GMT"))),
                            "\"v2\"", QByteArray());
        const FeedUpdate::Result result = update().refresh();
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.changes.announcements, 1);
        QVERIFY(scalar(m_db->connection(), QStringLiteral("SELECT scheduled_at FROM tweet_configs")).isNull());
    }

    void userEditsWin()
    {
        m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue());
        QVERIFY(update().importFeed(url()).ok());
        EpisodeStore episodes(m_db->connection());
        Episode three = episodes.all().at(0);
        three.title = QStringLiteral("Three (our title)");
        QVERIFY(episodes.update(three));

        // The feed renames episodes 3 and 2 and renumbers 2: only what the user did not touch follows.
        QByteArray items =
            item(QStringLiteral("g3"), QStringLiteral("Three, renamed by the host"),
                 QStringLiteral("Tue, 24 Nov 2026 10:00:00 GMT"),
                 QStringLiteral("<itunes:episode>3</itunes:episode><description>New notes</description>")) +
            item(QStringLiteral("g2"), QStringLiteral("Two, renamed"), QStringLiteral("Tue, 17 Nov 2026 10:00:00 GMT"),
                 QStringLiteral("<itunes:episode>22</itunes:episode>")) +
            item(QStringLiteral("g1"), QStringLiteral("One"), QStringLiteral("Tue, 10 Nov 2026 10:00:00 GMT"),
                 QStringLiteral("<itunes:episode>1</itunes:episode>"));
        m_server->serveFeed(QStringLiteral("/feed.xml"), feed(items), "\"v2\"", QByteArray());
        const FeedUpdate::Result result = update().refresh();
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.changes.updated, 2);
        QCOMPARE(result.changes.unchanged, 1);
        const QList<Episode> after = episodes.all();
        QCOMPARE(after.at(0).title, QStringLiteral("Three (our title)")); // the user's
        QCOMPARE(after.at(0).description, QStringLiteral("New notes")); // not editable: the feed's
        QCOMPARE(after.at(1).title, QStringLiteral("Two, renamed"));
        QCOMPARE(after.at(1).number, 22);
        // The feed's value is kept beside the user's, for "Use the feed's value".
        QCOMPARE(scalar(m_db->connection(),
                        QStringLiteral("SELECT title FROM feed_items WHERE episode_id = %1").arg(after.at(0).id))
                     .toString(),
                 QStringLiteral("Three, renamed by the host"));
        // Once the user takes the feed's value again, the feed leads again.
        three = after.at(0);
        three.title = QStringLiteral("Three, renamed by the host");
        QVERIFY(episodes.update(three));
        items.replace("Three, renamed by the host", "Three, final");
        m_server->serveFeed(QStringLiteral("/feed.xml"), feed(items), "\"v3\"", QByteArray());
        QVERIFY(update().refresh().ok());
        QCOMPARE(episodes.find(three.id)->title, QStringLiteral("Three, final"));
    }

    void episodesLeavingTheFeedAreKeptAndMarked()
    {
        m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue());
        QVERIFY(update().importFeed(url()).ok());
        m_server->serveFeed(
            QStringLiteral("/feed.xml"),
            feed(item(QStringLiteral("g3"), QStringLiteral("Three"), QStringLiteral("Tue, 24 Nov 2026 10:00:00 GMT"),
                      QStringLiteral("<itunes:episode>3</itunes:episode>"))),
            "\"v2\"", QByteArray());
        FeedUpdate::Result result = update().refresh();
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.changes.removed, 2);
        const QList<Episode> episodes = EpisodeStore(m_db->connection()).all();
        QCOMPARE(episodes.size(), 3); // never deleted
        QCOMPARE(episodes.at(1).inFeed, false);
        QCOMPARE(episodes.at(2).inFeed, false);
        // Counted once, when they leave.
        m_server->serveFeed(
            QStringLiteral("/feed.xml"),
            feed(item(QStringLiteral("g3"), QStringLiteral("Three"), QStringLiteral("Tue, 24 Nov 2026 10:00:00 GMT"),
                      QStringLiteral("<itunes:episode>3</itunes:episode>"))),
            "\"v3\"", QByteArray());
        result = update().refresh();
        QCOMPARE(result.changes.removed, 0);
        // Back in the feed: marked in it again, not added twice.
        m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue(), "\"v4\"", QByteArray());
        result = update().refresh();
        QCOMPARE(result.changes.added, 0);
        QCOMPARE(result.changes.updated, 2);
        QCOMPARE(EpisodeStore(m_db->connection()).all().at(2).inFeed, true);
    }

    void aDeletedEpisodeStaysDeleted()
    {
        addTemplate(QStringLiteral("New: {title}"), 0, false);
        m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue());
        QVERIFY(update().importFeed(url()).ok());
        EpisodeStore episodes(m_db->connection());
        const auto two = scalar(m_db->connection(), QStringLiteral("SELECT id FROM episodes WHERE feed_guid = 'g2'"));
        QVERIFY(two.isValid());
        // The user deletes episode 2, which is still in the feed (and has no tweet).
        QCOMPARE(episodes.remove(two.toLongLong()), EpisodeStore::Removal::Forgotten);
        QCOMPARE(episodes.all().size(), 2);
        // Read again in full: the guid is remembered, so it is neither new nor announced.
        FeedUpdate::Options forced = m_options;
        forced.force = true;
        const FeedUpdate::Result again = FeedUpdate(m_db->connection(), &m_manager, forced).refresh();
        QVERIFY2(again.ok(), qPrintable(again.errorString));
        QCOMPARE(again.changes.added, 0);
        QCOMPARE(again.changes.announcements, 0);
        QCOMPARE(episodes.all().size(), 2);
        QCOMPARE(tweetCount(), 0);
        // An episode typed in by hand has no guid to remember: it is deleted outright.
        Episode byHand;
        byHand.title = QStringLiteral("Bonus");
        const auto bonus = episodes.add(byHand);
        QVERIFY(bonus);
        QCOMPARE(episodes.remove(*bonus), EpisodeStore::Removal::Deleted);
        QVERIFY(!episodes.find(*bonus));
    }

    void guidsThatAllChangedAreRefused()
    {
        addTemplate(QStringLiteral("New: {title}"), 0, false);
        m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue());
        QVERIFY(update().importFeed(url()).ok());
        QByteArray rekeyed = catalogue();
        rekeyed.replace(">g1<", ">new-1<").replace(">g2<", ">new-2<").replace(">g3<", ">new-3<");
        m_server->serveFeed(QStringLiteral("/feed.xml"), rekeyed, "\"v2\"", QByteArray());
        const FeedUpdate::Result refused = update().refresh();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.storeError, FeedStore::Error::GuidsChanged);
        QVERIFY2(refused.errorString.contains(QStringLiteral("--match-by")), qPrintable(refused.errorString));
        QCOMPARE(EpisodeStore(m_db->connection()).all().size(), 3);
        QCOMPARE(tweetCount(), 0);

        // Matched by their audio files (unchanged), the episodes take the new guids; nothing is announced.
        FeedUpdate::Options byEnclosure = m_options;
        byEnclosure.matchBy = FeedStore::MatchBy::Enclosure;
        byEnclosure.force = true;
        const FeedUpdate::Result matched = FeedUpdate(m_db->connection(), &m_manager, byEnclosure).refresh();
        QVERIFY2(matched.ok(), qPrintable(matched.errorString));
        QCOMPARE(matched.changes.added, 0);
        QCOMPARE(matched.changes.announcements, 0);
        QCOMPARE(EpisodeStore(m_db->connection()).all().at(0).feedGuid, QStringLiteral("new-3"));
        // And the next ordinary refresh knows them by the new guids.
        const FeedUpdate::Result next = update().refresh();
        QVERIFY2(next.ok(), qPrintable(next.errorString));
    }

    void badFeedChangesNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        QTest::newRow("500") << 500 << QByteArray("<html>oops</html>") << "had a problem";
        QTest::newRow("html page") << 200 << QByteArray("<!DOCTYPE html><html><body>Log in</body></html>")
                                   << "web page";
        QTest::newRow("malformed") << 200 << QByteArray("<rss version=\"2.0\"><channel><item><title>x</channel></rss>")
                                   << "line 1";
    }

    void badFeedChangesNothing()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue());
        QVERIFY(update().importFeed(url()).ok());
        m_server->route(QStringLiteral("/feed.xml"), [status, body](const SandboxRequest &) {
            SandboxReply reply;
            reply.status = status;
            reply.contentType = "text/html";
            reply.body = body;
            return reply;
        });
        const FeedUpdate::Result result = update().refresh();
        QVERIFY(!result.ok());
        QVERIFY2(result.errorString.contains(says), qPrintable(result.errorString));
        QCOMPARE(EpisodeStore(m_db->connection()).all().size(), 3);
        const std::optional<StoredFeed> stored = FeedStore(m_db->connection()).feed();
        QCOMPARE(stored->etag, QByteArray("\"v1\"")); // the validators of the last good copy
        QCOMPARE(stored->lastError, result.errorString);
    }

    void failureHalfWayRollsBack()
    {
        m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue());
        QVERIFY(update().importFeed(url()).ok());
        // The database refuses one episode of the refresh (as a full disk or a lost connection would).
        QSqlQuery query(m_db->connection());
        if (dialectOf(m_db->connection()) == SqlDialect::PostgreSQL) {
            QVERIFY2(query.exec(QStringLiteral("CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                               "BEGIN IF NEW.title = 'Boom' THEN RAISE EXCEPTION 'refused'; END IF; "
                                               "RETURN NEW; END $$")),
                     qPrintable(query.lastError().text()));
            QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_boom BEFORE INSERT ON episodes FOR EACH ROW "
                                              "EXECUTE FUNCTION refuse_boom()")));
        } else {
            QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_boom BEFORE INSERT ON episodes WHEN NEW.title = "
                                              "'Boom' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        }
        m_server->serveFeed(
            QStringLiteral("/feed.xml"),
            feed(item(QStringLiteral("g5"), QStringLiteral("Five"), QStringLiteral("Tue, 01 Dec 2026 10:00:00 GMT")) +
                 item(QStringLiteral("g4"), QStringLiteral("Boom"), QStringLiteral("Mon, 30 Nov 2026 10:00:00 GMT")) +
                 item(QStringLiteral("g3"), QStringLiteral("Three renamed"),
                      QStringLiteral("Tue, 24 Nov 2026 10:00:00 GMT"))),
            "\"v2\"", QByteArray());
        const FeedUpdate::Result result = update().refresh();
        QVERIFY(!result.ok());
        const QList<Episode> episodes = EpisodeStore(m_db->connection()).all();
        QCOMPARE(episodes.size(), 3); // "Five" came first and is gone with the rest
        QCOMPARE(episodes.at(0).title, QStringLiteral("Three"));
        QCOMPARE(episodes.at(1).inFeed, true);
        QCOMPARE(FeedStore(m_db->connection()).feed()->etag, QByteArray("\"v1\""));
    }

    void permanentRedirectMovesTheAddress_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("moves");
        QTest::newRow("301") << 301 << true;
        QTest::newRow("308") << 308 << true;
        QTest::newRow("302") << 302 << false;
    }

    void permanentRedirectMovesTheAddress()
    {
        QFETCH(int, status);
        QFETCH(bool, moves);
        m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue());
        QVERIFY(update().importFeed(url()).ok());
        m_server->redirect(QStringLiteral("/feed.xml"), status, QStringLiteral("/moved.xml"));
        m_server->serveFeed(QStringLiteral("/moved.xml"), catalogue(), "\"m1\"", QByteArray());
        const FeedUpdate::Result result = update().refresh();
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.changes.unchanged, 3);
        QCOMPARE(FeedStore(m_db->connection()).feed()->url,
                 moves ? m_server->url(QStringLiteral("/moved.xml")) : url());
    }

    void permanentRedirectToAPortalDoesNotMove()
    {
        m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue());
        QVERIFY(update().importFeed(url()).ok());
        m_server->redirect(QStringLiteral("/feed.xml"), 301, QStringLiteral("/portal"));
        m_server->status(QStringLiteral("/portal"), 200, "<html><body>Accept the terms of this Wi-Fi</body></html>");
        const FeedUpdate::Result result = update().refresh();
        QVERIFY(!result.ok());
        QCOMPARE(FeedStore(m_db->connection()).feed()->url, url());
    }

    void newFeedUrl_data()
    {
        QTest::addColumn<bool>("newFeedParses");
        QTest::newRow("moves") << true;
        QTest::newRow("stays when nothing is there") << false;
    }

    void newFeedUrl()
    {
        QFETCH(bool, newFeedParses);
        m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue());
        QVERIFY(update().importFeed(url()).ok());
        const QByteArray moved = catalogue(QByteArray())
                                     .replace("<title>Garden Talk</title>",
                                              "<title>Garden Talk</title><itunes:new-feed-url>" +
                                                  m_server->url(QStringLiteral("/elsewhere.xml")).toString().toUtf8() +
                                                  "</itunes:new-feed-url>");
        m_server->serveFeed(QStringLiteral("/feed.xml"), moved, "\"v2\"", QByteArray());
        if (newFeedParses) {
            m_server->serveFeed(QStringLiteral("/elsewhere.xml"), catalogue(), "\"e1\"", QByteArray());
        }
        const FeedUpdate::Result result = update().refresh();
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.changes.warnings.size(), 1);
        QCOMPARE(FeedStore(m_db->connection()).feed()->url,
                 newFeedParses ? m_server->url(QStringLiteral("/elsewhere.xml")) : url());
    }

    void refreshWithoutFeed()
    {
        const FeedUpdate::Result result = update().refresh();
        QVERIFY(!result.ok());
        QCOMPARE(result.storeError, FeedStore::Error::NoFeed);
        QVERIFY2(result.errorString.contains(QStringLiteral("import")), qPrintable(result.errorString));
    }
};

QTEST_GUILESS_MAIN(FeedImportTest)
#include "test_feedimport.moc"
