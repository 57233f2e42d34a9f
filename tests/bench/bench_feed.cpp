// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// bench_feed: a large feed imported and refreshed (issue 11's benchmark). Prints one JSON object:
//
//   feed                 items and megabytes of the generated feed
//   import_ms            `FeedUpdate::importFeed` from a server on 127.0.0.1: download, parse, apply
//   refresh_forced_ms    the same feed read again in full (--force), nothing changed
//   refresh_304_ms       the refresh a server answers with 304
//   rss_mb               VmHWM (peak resident set) before the import and after the forced refresh,
//                        and the difference: the memory the import itself needed
//
// Options: --items N (5000), --notes-bytes N (each item's description, 1800: about 10 MB in all),
// --dir PATH (where the database is made; system temp by default).
#include "../feeds/feedserver.h"
#include "feeds/feedupdate.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <cstdio>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;

namespace {

double highWaterMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        }
    }
    return -1;
}

// A feed in the style of a large hosted show: every item with a guid, episode and season numbers,
// an RFC 822 date, CDATA show notes with HTML, an enclosure, an image and a duration.
QByteArray makeFeed(int items, int notesBytes)
{
    QByteArray notes = "<p>";
    while (notes.size() < notesBytes) {
        notes += "In this episode we talk about <strong>gardens</strong>, soil &amp; seeds. ";
    }
    notes += "</p>";
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                     "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" "
                     "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>\n"
                     "<title>Benchmark Show</title><link>http://127.0.0.1/show</link>"
                     "<itunes:image href=\"http://127.0.0.1/art/show.jpg\"/>\n";
    const QDateTime first(QDate(2000, 1, 3), QTime(10, 0), Qt::UTC);
    for (int i = items; i >= 1; --i) {
        const QDateTime published = first.addDays(qint64(i) * 2);
        xml += "<item><title>Episode " + QByteArray::number(i) +
            ": A title of a usual length</title>"
            "<guid isPermaLink=\"false\">bench-" +
            QByteArray::number(i) +
            "-6a3f2b1c-8d9e</guid>"
            "<pubDate>" +
            QLocale::c().toString(published, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'")).toUtf8() +
            "</pubDate><link>http://127.0.0.1/show/" + QByteArray::number(i) +
            "</link>"
            "<description><![CDATA[" +
            notes +
            "]]></description>"
            "<enclosure url=\"http://127.0.0.1/media/" +
            QByteArray::number(i) +
            ".mp3\" length=\"41234567\" "
            "type=\"audio/mpeg\"/><itunes:duration>00:42:05</itunes:duration>"
            "<itunes:episode>" +
            QByteArray::number(i) + "</itunes:episode><itunes:season>" + QByteArray::number(1 + i / 100) +
            "</itunes:season></item>\n";
    }
    xml += "</channel></rss>\n";
    return xml;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("items"), QStringLiteral("Items in the feed (5000)."), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("notes-bytes"), QStringLiteral("Bytes of each description (1800)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Where the database is made."), QStringLiteral("PATH")});
    parser.process(app);
    const int items = parser.isSet(QStringLiteral("items")) ? parser.value(QStringLiteral("items")).toInt() : 5000;
    const int notesBytes =
        parser.isSet(QStringLiteral("notes-bytes")) ? parser.value(QStringLiteral("notes-bytes")).toInt() : 1800;

    QTemporaryDir dir(parser.isSet(QStringLiteral("dir"))
                          ? parser.value(QStringLiteral("dir")) + QStringLiteral("/bench-feed-XXXXXX")
                          : QString());
    Database db;
    if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("show.sqlite")), QStringLiteral("bench"))) {
        std::fprintf(stderr, "bench_feed: cannot make the database: %s\n", qUtf8Printable(db.errorString()));
        return 1;
    }
    FeedServer server;
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_feed: %s\n", qUtf8Printable(error));
        return 1;
    }
    const QUrl url = server.url(QStringLiteral("/feed.xml"));
    const double baselineMb = highWaterMb();
    qint64 feedBytes = 0;
    {
        const QByteArray xml = makeFeed(items, notesBytes);
        feedBytes = xml.size();
        server.serveFeed(QStringLiteral("/feed.xml"), xml);
    }
    // The server's copy of the feed is the benchmark's, not the import's: measured from here.
    const double beforeMb = highWaterMb();
    QNetworkAccessManager manager;
    QElapsedTimer timer;
    timer.start();
    const FeedUpdate::Result imported = FeedUpdate(db.connection(), &manager).importFeed(url);
    const double importMs = double(timer.nsecsElapsed()) / 1e6;
    if (!imported.ok() || imported.changes.added != items) {
        std::fprintf(stderr, "bench_feed: import failed: %s\n", qUtf8Printable(imported.errorString));
        return 1;
    }
    FeedUpdate::Options forced;
    forced.force = true;
    timer.restart();
    const FeedUpdate::Result again = FeedUpdate(db.connection(), &manager, forced).refresh();
    const double forcedMs = double(timer.nsecsElapsed()) / 1e6;
    const double afterMb = highWaterMb();
    timer.restart();
    const FeedUpdate::Result notModified = FeedUpdate(db.connection(), &manager).refresh();
    const double notModifiedMs = double(timer.nsecsElapsed()) / 1e6;
    if (!again.ok() || again.changes.unchanged != items || !notModified.ok() || !notModified.changes.notModified) {
        std::fprintf(stderr, "bench_feed: refresh failed: %s %s\n", qUtf8Printable(again.errorString),
                     qUtf8Printable(notModified.errorString));
        return 1;
    }
    const auto round1 = [](double value) {
        return double(qRound64(value * 10)) / 10;
    };
    const QJsonObject result {
        {QStringLiteral("feed"),
         QJsonObject {{QStringLiteral("items"), items}, {QStringLiteral("mb"), round1(double(feedBytes) / 1048576.0)}}},
        {QStringLiteral("import_ms"), round1(importMs)},
        {QStringLiteral("refresh_forced_ms"), round1(forcedMs)},
        {QStringLiteral("refresh_304_ms"), round1(notModifiedMs)},
        {QStringLiteral("rss_mb"),
         QJsonObject {{QStringLiteral("baseline"), round1(baselineMb)},
                      {QStringLiteral("before_import"), round1(beforeMb)},
                      {QStringLiteral("peak_after_refresh"), round1(afterMb)},
                      {QStringLiteral("import_peak_over_before"), round1(afterMb - beforeMb)}}},
        {QStringLiteral("qt_version"), QString::fromLatin1(qVersion())},
    };
    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    return 0;
}
