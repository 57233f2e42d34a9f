// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Titles and descriptions as plain text: entities, HTML, escaped HTML (audiobookshelf #4670,
// AntennaPod #3635), and the first sentence for {description}.
#include "feeds/feedtext.h"

#include <QTest>

using namespace EpisodeDesk::Models;

class FeedTextTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainText_data()
    {
        // What the XML reader hands over (the XML layer already decoded), and the plain text.
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("plain");
        QTest::newRow("plain") << "Rooks belong behind passed pawns."
                               << "Rooks belong behind passed pawns.";
        QTest::newRow("ampersand alone") << "Tom & Jerry"
                                         << "Tom & Jerry";
        QTest::newRow("html entity") << "Here&#39;s why"
                                     << "Here's why";
        QTest::newRow("hex entity") << "Keeper&#x2019;s"
                                    << "Keeper\u2019s";
        QTest::newRow("named entity") << "A&nbsp;B &mdash; C"
                                      << "A B \u2014 C";
        QTest::newRow("escaped twice") << "Openings &amp; endgames"
                                       << "Openings & endgames";
        QTest::newRow("unknown entity kept") << "&bogus; stays"
                                             << "&bogus; stays";
        QTest::newRow("tags") << "<p>Why <strong>tomatoes</strong> sprawl.</p>"
                              << "Why tomatoes sprawl.";
        QTest::newRow("paragraphs") << "<p>One.</p><p>Two.</p>"
                                    << "One.\n\nTwo."; // a blank line between
        QTest::newRow("br") << "Links:<br/>Seed list"
                            << "Links:\nSeed list";
        QTest::newRow("list") << "<ul><li>Rollbacks</li><li>Flags</li></ul>"
                              << "Rollbacks\nFlags";
        QTest::newRow("script dropped") << "Hi<script>alert('x')</script> there"
                                        << "Hi there";
        QTest::newRow("style dropped") << "<style>p{color:red}</style>Text"
                                       << "Text";
        QTest::newRow("escaped markup") << "&lt;p&gt;A story.&lt;/p&gt;"
                                        << "A story.";
        QTest::newRow("less-than kept") << "a < b and c > d"
                                        << "a < b and c > d";
        QTest::newRow("white space") << "  many \t  spaces\r\n\r\n\r\n  here "
                                     << "many spaces\n\nhere";
        QTest::newRow("attributes") << "<a href=\"http://127.0.0.1/x?a=1&amp;b=2\">notes</a>"
                                    << "notes";
        QTest::newRow("unicode") << "Caf\u00e9 \U0001F399"
                                 << "Caf\u00e9 \U0001F399";
    }

    void plainText()
    {
        QFETCH(QString, html);
        QFETCH(QString, plain);
        QCOMPARE(plainTextFromFeed(html), plain);
    }

    void plainLineJoinsLines() { QCOMPARE(plainLineFromFeed(u"<p>One</p>\n<p>Two</p>"), QStringLiteral("One Two")); }

    void firstSentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("period") << "Why tomatoes sprawl. And how a trellis helps." << 200 << "Why tomatoes sprawl.";
        QTest::newRow("question") << "Should you? Maybe." << 200 << "Should you?";
        QTest::newRow("no end") << "Just one line" << 200 << "Just one line";
        QTest::newRow("first line") << "Title line\nMore" << 200 << "Title line";
        QTest::newRow("decimal stays") << "Version 2.5 ships today. Yes." << 200 << "Version 2.5 ships today.";
        QTest::newRow("long is cut at a word") << "One two three four five six" << 14 << "One two three\u2026";
        QTest::newRow("empty") << "" << 200 << "";
    }

    void firstSentence()
    {
        QFETCH(QString, text);
        QFETCH(int, max);
        QFETCH(QString, sentence);
        QCOMPARE(EpisodeDesk::Models::firstSentence(text, max), sentence);
    }

    void htmlEntityNames()
    {
        QCOMPARE(htmlEntity(u"nbsp"), QStringLiteral("\u00a0"));
        QCOMPARE(htmlEntity(u"rsquo"), QStringLiteral("\u2019"));
        QVERIFY(htmlEntity(u"nosuch").isEmpty());
    }
};

QTEST_GUILESS_MAIN(FeedTextTest)
#include "test_feedtext.moc"
