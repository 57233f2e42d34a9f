// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// FeedParser on fixture feeds written in the styles of Libsyn, Buzzsprout, Transistor, Anchor/Spotify
// and Podbean (tests/data/feeds), and on every kind of bad feed FEED_NOTES.md lists.
#include "feeds/feedparser.h"

#include <QFile>
#include <QTemporaryFile>
#include <QTest>

using namespace EpisodeDesk::Models;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(EPISODEDESK_TESTDATA "/feeds/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

QByteArray rss(const QByteArray &items, const QByteArray &namespaces = {})
{
    return "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"" +
        namespaces + "><channel><title>Show</title>\n" + items + "\n</channel></rss>\n";
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

} // namespace

class FeedParserTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hosts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("show");
        QTest::addColumn<int>("count");
        QTest::addColumn<FeedItem>("first");
        QTest::addColumn<QString>("secondKey");

        FeedItem libsyn;
        libsyn.key = QStringLiteral("6a3f2b1c-8d9e-4f00-a1b2-c3d4e5f60718");
        libsyn.title = QStringLiteral("Tomatoes & Trellises");
        libsyn.number = 42;
        libsyn.season = 3;
        libsyn.link = QUrl(QStringLiteral("http://127.0.0.1/gardentalk/tomatoes-trellises"));
        libsyn.publishedAt = utc("2026-12-01T11:00:00Z");
        libsyn.description = QStringLiteral("Why your tomatoes sprawl. And how a trellis helps.\n\nLinks:\nSeed list");
        libsyn.image = QUrl(QStringLiteral("http://127.0.0.1/art/ep42.jpg"));
        libsyn.enclosureUrl = QUrl(QStringLiteral("http://127.0.0.1/media/gardentalk/ep42.mp3?dest-id=123"));
        libsyn.durationS = 2525;
        libsyn.line = 17;
        QTest::newRow("libsyn") << "libsyn.xml"
                                << "Garden Talk" << 2 << libsyn << "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

        FeedItem buzzsprout;
        buzzsprout.key = QStringLiteral("Buzzsprout-14012345");
        buzzsprout.title = QStringLiteral("Rye, Explained");
        buzzsprout.number = 7; // podcast:episode, as there is no itunes:episode
        buzzsprout.season = 2;
        buzzsprout.publishedAt = utc("2026-11-30T11:00:00Z");
        buzzsprout.description = QStringLiteral("Rye behaves nothing like wheat. Here's why.");
        buzzsprout.image = QUrl(QStringLiteral("http://127.0.0.1/art/breadhour.jpg")); // the show's
        buzzsprout.enclosureUrl = QUrl(QStringLiteral("http://127.0.0.1/media/breadhour/14012345-rye-explained.mp3"));
        buzzsprout.durationS = 2513;
        buzzsprout.line = 14;
        QTest::newRow("buzzsprout") << "buzzsprout.xml"
                                    << "The Bread Hour" << 2 << buzzsprout << "Buzzsprout-13999999";

        FeedItem transistor;
        transistor.key = QStringLiteral("7d5c0f8e-1b2a-4c3d-9e8f-0a1b2c3d4e5f");
        transistor.title = QStringLiteral("Trailer");
        transistor.episodeType = QStringLiteral("trailer");
        transistor.publishedAt = utc("2026-11-01T08:00:00Z");
        transistor.description = QStringLiteral("What this show is.");
        transistor.image = QUrl(QStringLiteral("http://127.0.0.1/art/shipit.png"));
        transistor.enclosureUrl = QUrl(QStringLiteral("http://127.0.0.1/media/shipit/trailer.mp3"));
        transistor.durationS = 95;
        transistor.line = 12;
        QTest::newRow("transistor") << "transistor.xml"
                                    << "Ship It Weekly" << 2 << transistor << "c2b8a7f6-5e4d-4c3b-8a29-1f0e9d8c7b6a";

        FeedItem anchor;
        anchor.key = QStringLiteral("a1b2c3d4-e5f6-4a5b-8c7d-9e0f1a2b3c4d");
        anchor.title = QStringLiteral("The Lighthouse Keeper\u2019s Log");
        anchor.number = 9;
        anchor.season = 1;
        anchor.link = QUrl(QStringLiteral("http://127.0.0.1/nightowls/episodes/The-Lighthouse-e2abc12"));
        anchor.publishedAt = utc("2026-12-01T23:00:00Z");
        anchor.description = QStringLiteral("A story told in three nights.\n\n---\n\nSupport this podcast");
        anchor.image = QUrl(QStringLiteral("http://127.0.0.1/art/nightowls-ep9.jpg"));
        anchor.enclosureUrl = QUrl(QStringLiteral("http://127.0.0.1/media/nightowls/ep9.m4a"));
        anchor.durationS = 2112;
        anchor.line = 1;
        QTest::newRow("anchor (one line)") << "anchor.xml"
                                           << "Night Owls" << 2 << anchor << "b2c3d4e5-f6a7-4b5c-9d8e-0f1a2b3c4d5e";

        FeedItem podbean;
        podbean.key = QStringLiteral("http://127.0.0.1/media/chess/sicilian.mp3"); // no guid: the enclosure
        podbean.keyFromEnclosure = true;
        podbean.title = QStringLiteral("The Sicilian & You");
        podbean.number = 12;
        podbean.link = QUrl(QStringLiteral("http://127.0.0.1/chesscorner/e/the-sicilian/"));
        podbean.publishedAt = utc("2026-11-26T15:00:00Z");
        podbean.description = QStringLiteral("1. e4 c5 \u2014 and then?");
        podbean.image = QUrl(QStringLiteral("http://127.0.0.1/art/chess.jpg"));
        podbean.enclosureUrl = QUrl(QStringLiteral("http://127.0.0.1/media/chess/sicilian.mp3"));
        podbean.durationS = 3600;
        podbean.line = 10;
        QTest::newRow("podbean") << "podbean.xml"
                                 << "Chess Corner" << 2 << podbean << "http://127.0.0.1/media/chess/endgames.mp3";
    }

    void hosts()
    {
        QFETCH(QString, file);
        QFETCH(QString, show);
        QFETCH(int, count);
        QFETCH(FeedItem, first);
        QFETCH(QString, secondKey);
        const QByteArray xml = fixture(file);
        QVERIFY(!xml.isEmpty());
        const FeedParser::Result result = FeedParser::parse(xml);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.feed.channel.title, show);
        QCOMPARE(result.feed.items.size(), count);
        const FeedItem &item = result.feed.items.constFirst();
        QCOMPARE(item.key, first.key);
        QCOMPARE(item.keyFromEnclosure, first.keyFromEnclosure);
        QCOMPARE(item.title, first.title);
        QCOMPARE(item.number, first.number);
        QCOMPARE(item.season, first.season);
        QCOMPARE(item.episodeType, first.episodeType);
        QCOMPARE(item.link, first.link);
        QCOMPARE(item.publishedAt, first.publishedAt);
        QCOMPARE(item.description, first.description);
        QCOMPARE(item.image, first.image);
        QCOMPARE(item.enclosureUrl, first.enclosureUrl);
        QCOMPARE(item.durationS, first.durationS);
        QCOMPARE(item.line, first.line);
        QCOMPARE(result.feed.items.at(1).key, secondKey);
        QVERIFY2(result.feed.warnings.isEmpty(), qPrintable(result.feed.warnings.join(u'\n')));
        // The same bytes read again make the same keys (podly #231: one function makes the key).
        QCOMPARE(FeedParser::parse(xml).feed.items, result.feed.items);
    }

    void detailsOfTheFixtures()
    {
        const FeedParser::Result libsyn = FeedParser::parse(fixture(QStringLiteral("libsyn.xml")));
        QCOMPARE(libsyn.feed.channel.description,
                 QStringLiteral("Weekly conversations about small gardens & balconies."));
        QCOMPARE(libsyn.feed.channel.image, QUrl(QStringLiteral("http://127.0.0.1/art/gardentalk-3000.jpg")));
        QCOMPARE(libsyn.feed.items.at(1).episodeType, QStringLiteral("bonus"));
        QCOMPARE(libsyn.feed.items.at(1).number, std::nullopt); // "Bonus:" in the title is not a number
        QCOMPARE(libsyn.feed.items.at(1).image, libsyn.feed.channel.image);

        const FeedParser::Result buzzsprout = FeedParser::parse(fixture(QStringLiteral("buzzsprout.xml")));
        QCOMPARE(buzzsprout.feed.channel.podcastGuid, QStringLiteral("9b024349-ccf0-5f69-a609-6b82873eab3c"));
        QCOMPARE(buzzsprout.feed.channel.description, QStringLiteral("Sourdough, rye and the people who bake them."));
        QCOMPARE(buzzsprout.feed.items.at(1).number, std::nullopt); // podcast:episode 6.5 is no episode number

        const FeedParser::Result transistor = FeedParser::parse(fixture(QStringLiteral("transistor.xml")));
        QCOMPARE(transistor.feed.channel.newFeedUrl, QUrl(QStringLiteral("http://127.0.0.1/feeds/shipit-new.xml")));
        const FeedItem &episode1 = transistor.feed.items.at(1);
        QCOMPARE(episode1.title, QStringLiteral("Episode 1: Deploy on Friday"));
        QCOMPARE(episode1.number, 1); // from itunes:episode, not from "Episode 1" in the title
        QCOMPARE(episode1.publishedAt, utc("2026-11-25T22:30:00Z"));
        QCOMPARE(episode1.description, QStringLiteral("Should you?\nRollbacks\nFlags")); // content:encoded
        QCOMPARE(episode1.durationS, 3723);

        const FeedParser::Result podbean = FeedParser::parse(fixture(QStringLiteral("podbean.xml")));
        QCOMPARE(podbean.feed.channel.description, QStringLiteral("Openings, endgames & the odd blunder."));
        QCOMPARE(podbean.feed.items.at(1).publishedAt, utc("2026-11-26T08:00:00Z"));
        QCOMPARE(podbean.feed.items.at(1).durationS, 2730);
    }

    void readsFromAFile()
    {
        // The fetcher hands over a downloaded file, not a buffer.
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(fixture(QStringLiteral("libsyn.xml")));
        file.seek(0);
        const FeedParser::Result result = FeedParser::parse(&file);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.feed.items.size(), 2);
    }

    void undeclaredItunesPrefixIsReadByPrefix()
    {
        const QByteArray xml = "<rss version=\"2.0\"><channel><title>Show</title><item><title>One</title>"
                               "<guid>g1</guid><itunes:episode>3</itunes:episode></item></channel></rss>";
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(xml);
        file.seek(0);
        const FeedParser::Result result = FeedParser::parse(&file);
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.feed.items.size(), 1);
        QCOMPARE(result.feed.items.constFirst().number, 3);
    }

    void undeclaredHtmlEntitiesAreRead()
    {
        const FeedParser::Result result =
            FeedParser::parse(rss("<item><title>Caf&eacute;&nbsp;Talk</title><guid>g</guid></item>"));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.feed.items.constFirst().title, QStringLiteral("Caf\u00e9 Talk"));
    }

    void repeatedGuidsKeepTheFirst()
    {
        const FeedParser::Result result = FeedParser::parse(
            rss("<item><title>First</title><guid>same</guid></item><item><title>Second</title><guid>same</guid></item>"
                "<item><title>Third</title><guid>other</guid></item>"));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.feed.items.size(), 2);
        QCOMPARE(result.feed.items.at(0).title, QStringLiteral("First"));
        QCOMPARE(result.feed.items.at(1).title, QStringLiteral("Third"));
        QCOMPARE(result.feed.skippedItems, 1);
        QCOMPARE(result.feed.warnings.size(), 1);
        QVERIFY2(result.feed.warnings.constFirst().contains(QStringLiteral("same")),
                 qPrintable(result.feed.warnings.constFirst()));
    }

    void itemsWithoutIdentityOrTitle()
    {
        const FeedParser::Result result = FeedParser::parse(
            rss("<item><title>Nothing identifies me</title><link>http://127.0.0.1/x</link></item>"
                "<item><guid>g2</guid><enclosure url=\"http://127.0.0.1/media/ep-17-final.mp3\"/></item>"
                "<item><guid>g3</guid><pubDate>Tue, 01 Dec 2026 11:00:00 GMT</pubDate></item>"
                "<item><title>Dated badly</title><guid>g4</guid><pubDate>soon</pubDate></item>"));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        // The first has only a link, and a link is never the key (gpodder #847).
        QCOMPARE(result.feed.items.size(), 3);
        QCOMPARE(result.feed.skippedItems, 1);
        QCOMPARE(result.feed.items.at(0).title, QStringLiteral("ep-17-final"));
        QVERIFY(result.feed.items.at(0).titleMissing);
        QCOMPARE(result.feed.items.at(1).title, QStringLiteral("Episode of 2026-12-01"));
        QVERIFY(!result.feed.items.at(2).publishedAt.isValid());
        QCOMPARE(result.feed.warnings.size(), 3); // no identity, no title, unreadable date
    }

    void badFeeds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<FeedParser::Error>("error");
        QTest::addColumn<QString>("says");
        QTest::addColumn<qint64>("line");

        QTest::newRow("empty") << QByteArray() << FeedParser::Error::Empty << "nothing" << qint64(0);
        QTest::newRow("white space") << QByteArray(" \n\t ") << FeedParser::Error::Empty << "nothing" << qint64(0);
        QTest::newRow("html doctype") << QByteArray("<!doctype html><html><head><title>Log in</title></head><body><br>")
                                      << FeedParser::Error::HtmlPage << "web page" << qint64(0);
        QTest::newRow("html with xml declaration")
            << QByteArray("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")
            << FeedParser::Error::HtmlPage << "web page" << qint64(0);
        QTest::newRow("upper-case DOCTYPE html") << QByteArray("<!DOCTYPE html>\n<html><body></body></html>")
                                                 << FeedParser::Error::HtmlPage << "web page" << qint64(0);
        QTest::newRow("plain text") << QByteArray("404 Not Found") << FeedParser::Error::NotRss << "not start like XML"
                                    << qint64(0);
        QTest::newRow("json") << QByteArray("{\"error\": \"not found\"}") << FeedParser::Error::NotRss
                              << "not start like XML" << qint64(0);
        QTest::newRow("other xml") << QByteArray("<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>")
                                   << FeedParser::Error::NotRss << "<opml>" << qint64(0);
        QTest::newRow("atom") << QByteArray("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>")
                              << FeedParser::Error::NotRss << "Atom" << qint64(0);
        QTest::newRow("rss without channel")
            << QByteArray("<rss version=\"2.0\"></rss>") << FeedParser::Error::NotRss << "<channel>" << qint64(0);
        QTest::newRow("mismatched tags") << rss("<item><title>One</item>") << FeedParser::Error::Malformed << "line 3"
                                         << qint64(3);
        QTest::newRow("truncated") << QByteArray(
                                          "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<item><title>One")
                                   << FeedParser::Error::Malformed << "not valid XML" << qint64(3);
        QTest::newRow("bare ampersand") << rss("<item><title>Tom & Jerry</title></item>")
                                        << FeedParser::Error::Malformed << "column" << qint64(3);
        QTest::newRow("billion laughs") << QByteArray(
                                               "<?xml version=\"1.0\"?>\n"
                                               "<!DOCTYPE rss [\n"
                                               "<!ENTITY a \"aaaaaaaaaa\">\n"
                                               "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n"
                                               "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
                                               "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n"
                                               "]>\n"
                                               "<rss version=\"2.0\"><channel><title>&d;&d;&d;</title></channel></rss>")
                                        << FeedParser::Error::DeclaresEntities << "entities" << qint64(0);
        QTest::newRow("external entity") << QByteArray(
                                                "<?xml version=\"1.0\"?>\n"
                                                "<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                                                "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>")
                                         << FeedParser::Error::DeclaresEntities << "entities" << qint64(0);
    }

    void badFeeds()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(FeedParser::Error, error);
        QFETCH(QString, says);
        QFETCH(qint64, line);
        const FeedParser::Result result = FeedParser::parse(bytes);
        QVERIFY(!result.ok());
        QCOMPARE(result.error, error);
        QVERIFY2(result.errorString.contains(says), qPrintable(result.errorString));
        QVERIFY(result.feed.items.isEmpty());
        if (line > 0) {
            QCOMPARE(result.line, line);
            QVERIFY(result.column > 0);
        }
    }

    void largeFeedIsReadInOnePass()
    {
        QByteArray items;
        for (int i = 0; i < 5000; ++i) {
            items += "<item><title>Episode " + QByteArray::number(i) + "</title><guid>guid-" + QByteArray::number(i) +
                "</guid><itunes:episode>" + QByteArray::number(i + 1) + "</itunes:episode></item>\n";
        }
        const FeedParser::Result result = FeedParser::parse(rss(items));
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.feed.items.size(), 5000);
        QCOMPARE(result.feed.items.constLast().number, 5000);
    }
};

QTEST_GUILESS_MAIN(FeedParserTest)
#include "test_feedparser.moc"
