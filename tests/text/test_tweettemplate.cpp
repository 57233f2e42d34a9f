// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/tweettemplate.h"
#include "text/twittertext.h"

#include <QSet>
#include <QTest>

using namespace EpisodeDesk::Models;
using namespace Qt::StringLiterals;

namespace {

Episode sampleEpisode()
{
    Episode episode;
    episode.id = 7;
    episode.number = 42;
    episode.title = u"Caf\u00E9 talk: the answer"_s;
    episode.publishedOn = QDate(2024, 5, 31);
    episode.link = QUrl(u"https://podcast.example/episodes/42"_s);
    return episode;
}

} // namespace

class TweetTemplateTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expandsPlaceholders_data()
    {
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("unknown");

        QTest::newRow("all placeholders")
            << u"Episode {number}: {title} ({date}) {url}"_s
            << u"Episode 42: Caf\u00E9 talk: the answer (2024-05-31) https://podcast.example/episodes/42"_s
            << QStringList();
        QTest::newRow("{episode} is {number}") << u"#{episode} / {number}"_s << u"#42 / 42"_s << QStringList();
        QTest::newRow("placeholder repeated") << u"{number}{number}"_s << u"4242"_s << QStringList();
        QTest::newRow("no placeholders") << u"Just text."_s << u"Just text."_s << QStringList();
        QTest::newRow("empty template") << QString() << QString() << QStringList();
        QTest::newRow("unknown kept and reported once")
            << u"{titel}: {title} {titel}"_s << u"{titel}: Caf\u00E9 talk: the answer {titel}"_s
            << QStringList {u"{titel}"_s};
        QTest::newRow("placeholders are case-sensitive")
            << u"{Title} {URL}"_s << u"{Title} {URL}"_s << QStringList {u"{Title}"_s, u"{URL}"_s};
        QTest::newRow("non-ASCII unknown is reported")
            << u"{t\u00EDtulo}"_s << u"{t\u00EDtulo}"_s << QStringList {u"{t\u00EDtulo}"_s};
        QTest::newRow("braces that are not placeholders")
            << u"{} { title } {1} {title"_s << u"{} { title } {1} {title"_s << QStringList();
        QTest::newRow("doubled braces keep the outer ones")
            << u"{{title}}"_s << u"{Caf\u00E9 talk: the answer}"_s << QStringList();
        QTest::newRow("adjacent placeholders")
            << u"{date}{url}"_s << u"2024-05-31https://podcast.example/episodes/42"_s << QStringList();
    }

    void expandsPlaceholders()
    {
        QFETCH(QString, templateText);
        QFETCH(QString, expected);
        QFETCH(QStringList, unknown);
        const TweetTemplateExpansion expansion = expandTweetTemplate(templateText, sampleEpisode());
        QCOMPARE(expansion.text, expected);
        QCOMPARE(expansion.unknownPlaceholders, unknown);
        QVERIFY(expansion.emptyPlaceholders.isEmpty());
    }

    void missingValuesExpandToNothingAndAreReported()
    {
        Episode episode;
        episode.title = u"Pilot"_s;
        const TweetTemplateExpansion expansion =
            expandTweetTemplate(u"{title} #{number} {url} {date} {episode} {title}"_s, episode);
        QCOMPARE(expansion.text, u"Pilot #    Pilot"_s);
        QCOMPARE(expansion.emptyPlaceholders, (QStringList {u"{number}"_s, u"{url}"_s, u"{date}"_s, u"{episode}"_s}));
        QVERIFY(expansion.unknownPlaceholders.isEmpty());
    }

    void valuesAreNotExpandedAgain()
    {
        Episode episode = sampleEpisode();
        episode.title = u"About {url} and {nope}"_s;
        const TweetTemplateExpansion expansion = expandTweetTemplate(u"{title}"_s, episode);
        QCOMPARE(expansion.text, u"About {url} and {nope}"_s);
        // Only the template is checked: the user cannot fix the episode's title from the tweet editor.
        QVERIFY(expansion.unknownPlaceholders.isEmpty());
    }

    void urlIsFullyEncodedSoTheLinkStaysWhole()
    {
        Episode episode = sampleEpisode();
        episode.link = QUrl(u"https://example.com/show notes/\u00E9p 1"_s);
        const TweetTemplateExpansion expansion = expandTweetTemplate(u"Listen: {url}"_s, episode);
        QCOMPARE(expansion.text, u"Listen: https://example.com/show%20notes/%C3%A9p%201"_s);
        // The whole link is one URL for X's counter: 8 + 23.
        const QList<ExtractedUrl> urls = extractUrlsWithIndices(expansion.text);
        QCOMPARE(urls.size(), 1);
        QCOMPARE(urls.first().end, expansion.text.size());
        QCOMPARE(parseTweet(expansion.text).weightedLength, 31);
    }

    void dateIsIsoWhateverTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        Episode episode = sampleEpisode();
        episode.publishedOn = QDate(2025, 1, 2);
        QCOMPARE(expandTweetTemplate(u"{date}"_s, episode).text, u"2025-01-02"_s);
        QLocale::setDefault(QLocale::c());
    }

    void supportedPlaceholdersAllExpand()
    {
        const QList<TweetTemplatePlaceholder> placeholders = tweetTemplatePlaceholders();
        QStringList names;
        for (const TweetTemplatePlaceholder &placeholder : placeholders) {
            names.append(placeholder.name);
            QVERIFY2(!placeholder.description.isEmpty(), qPrintable(placeholder.name));
            const TweetTemplateExpansion expansion = expandTweetTemplate(placeholder.name, sampleEpisode());
            QVERIFY2(expansion.unknownPlaceholders.isEmpty(), qPrintable(placeholder.name));
            QVERIFY2(expansion.text != placeholder.name, qPrintable(placeholder.name));
        }
        QCOMPARE(names, (QStringList {u"{title}"_s, u"{number}"_s, u"{episode}"_s, u"{url}"_s, u"{date}"_s}));
    }
};

QTEST_GUILESS_MAIN(TweetTemplateTest)
#include "test_tweettemplate.moc"
