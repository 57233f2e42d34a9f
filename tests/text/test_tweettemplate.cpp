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
    episode.season = 3;
    episode.description = u"We ask the big question. Then we answer it."_s;
    episode.durationS = 2537; // 42 min 17 s
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
        QCOMPARE(names,
                 (QStringList {u"{title}"_s, u"{number}"_s, u"{episode}"_s, u"{url}"_s, u"{date}"_s, u"{season}"_s,
                               u"{description}"_s, u"{duration}"_s}));
    }

    // The feed's placeholders with the value there and without it: absent values expand to nothing and
    // are reported, as {number} is.
    void feedPlaceholders_data()
    {
        QTest::addColumn<QString>("templateText");
        QTest::addColumn<std::optional<int>>("season");
        QTest::addColumn<QString>("description");
        QTest::addColumn<std::optional<qint64>>("durationS");
        QTest::addColumn<QString>("expected");

        const std::optional<int> noSeason;
        const std::optional<qint64> noDuration;
        QTest::newRow("season") << u"S{season}E{number}"_s << std::optional<int>(2) << QString() << noDuration
                                << u"S2E42"_s;
        QTest::newRow("no season") << u"S{season}E{number}"_s << noSeason << QString() << noDuration << u"SE42"_s;
        QTest::newRow("description: first sentence")
            << u"{description}"_s << noSeason << u"We ask the big question. Then we answer it."_s << noDuration
            << u"We ask the big question."_s;
        QTest::newRow("description: first line")
            << u"{description}"_s << noSeason << u"Guest: Ada\nShow notes follow"_s << noDuration << u"Guest: Ada"_s;
        QTest::newRow("description: a question")
            << u"«{description}»"_s << noSeason << u"Why? Because."_s << noDuration << u"«Why?»"_s;
        QTest::newRow("description: long is cut at a word")
            << u"{description}"_s << noSeason << QString(u"word "_s.repeated(60)) << noDuration
            << QString(u"word "_s.repeated(39)).trimmed() + u"…"_s;
        QTest::newRow("no description") << u"[{description}]"_s << noSeason << QString() << noDuration << u"[]"_s;
        QTest::newRow("blank description") << u"[{description}]"_s << noSeason << u" \n  "_s << noDuration << u"[]"_s;
        QTest::newRow("duration") << u"({duration})"_s << noSeason << QString() << std::optional<qint64>(2537)
                                  << u"(42 min)"_s;
        QTest::newRow("no duration") << u"({duration})"_s << noSeason << QString() << noDuration << u"()"_s;
        QTest::newRow("zero duration") << u"({duration})"_s << noSeason << QString() << std::optional<qint64>(0)
                                       << u"()"_s;
        QTest::newRow("all three") << u"S{season} · {duration} · {description}"_s << std::optional<int>(1)
                                   << u"Hello there! More."_s << std::optional<qint64>(3900)
                                   << u"S1 · 1 h 05 min · Hello there!"_s;
    }

    void feedPlaceholders()
    {
        QFETCH(QString, templateText);
        QFETCH(std::optional<int>, season);
        QFETCH(QString, description);
        QFETCH(std::optional<qint64>, durationS);
        QFETCH(QString, expected);
        Episode episode = sampleEpisode();
        episode.season = season;
        episode.description = description;
        episode.durationS = durationS;
        const TweetTemplateExpansion expansion = expandTweetTemplate(templateText, episode);
        QCOMPARE(expansion.text, expected);
        QVERIFY(expansion.unknownPlaceholders.isEmpty());
        QStringList empty;
        for (const auto &[name, missing] :
             {std::pair {u"{season}"_s, !season}, std::pair {u"{description}"_s, description.trimmed().isEmpty()},
              std::pair {u"{duration}"_s, !durationS || *durationS == 0}}) {
            if (missing && templateText.contains(name)) {
                empty.append(name);
            }
        }
        QCOMPARE(expansion.emptyPlaceholders, empty);
    }

    // Nearest minute, half up, at least "1 min" when there is any length; hours from 60 minutes on.
    void durationFormat_data()
    {
        QTest::addColumn<std::optional<qint64>>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << std::optional<qint64>() << QString();
        QTest::newRow("0 s: the feed did not say") << std::optional<qint64>(0) << QString();
        QTest::newRow("1 s") << std::optional<qint64>(1) << u"1 min"_s;
        QTest::newRow("29 s") << std::optional<qint64>(29) << u"1 min"_s;
        QTest::newRow("59 s") << std::optional<qint64>(59) << u"1 min"_s;
        QTest::newRow("89 s") << std::optional<qint64>(89) << u"1 min"_s;
        QTest::newRow("90 s rounds up") << std::optional<qint64>(90) << u"2 min"_s;
        QTest::newRow("42 min") << std::optional<qint64>(42 * 60) << u"42 min"_s;
        QTest::newRow("59 min 29 s") << std::optional<qint64>(59 * 60 + 29) << u"59 min"_s;
        QTest::newRow("59 min 30 s rounds to the hour") << std::optional<qint64>(59 * 60 + 30) << u"1 h 00 min"_s;
        QTest::newRow("1 h") << std::optional<qint64>(3600) << u"1 h 00 min"_s;
        QTest::newRow("1 h 05 min") << std::optional<qint64>(3900) << u"1 h 05 min"_s;
        QTest::newRow("2 h 30 min") << std::optional<qint64>(9000) << u"2 h 30 min"_s;
        QTest::newRow("12 h 59 min 59 s") << std::optional<qint64>(13 * 3600 - 1) << u"13 h 00 min"_s;
    }

    void durationFormat()
    {
        QFETCH(std::optional<qint64>, seconds);
        QFETCH(QString, expected);
        QCOMPARE(tweetTemplateDuration(seconds), expected);
        Episode episode = sampleEpisode();
        episode.durationS = seconds;
        QCOMPARE(expandTweetTemplate(u"{duration}"_s, episode).text, expected);
    }
};

QTEST_GUILESS_MAIN(TweetTemplateTest)
#include "test_tweettemplate.moc"
