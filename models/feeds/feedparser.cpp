// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedparser.h"

#include "feeddate.h"
#include "feedtext.h"

#include <QBuffer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QXmlStreamEntityResolver>
#include <QXmlStreamReader>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcFeedParser, "episodedesk.feeds.parser")

namespace {

using namespace Qt::StringLiterals;

enum class Space
{
    Rss, // no namespace: RSS 2.0's own elements
    Itunes,
    Podcast,
    Content,
    Other,
};

// Namespaces are matched by URI as feeds really write them (Apple's DTD URI appears in several
// casings; the Podcast Index namespace under two addresses).
Space spaceOfUri(QStringView uri)
{
    if (uri.isEmpty()) {
        return Space::Rss;
    }
    const QString lower = uri.toString().toLower();
    if (lower.contains("itunes.com/dtds/podcast"_L1)) {
        return Space::Itunes;
    }
    if (lower.contains("podcastindex.org/namespace"_L1) || lower.contains("podcast-namespace"_L1)) {
        return Space::Podcast;
    }
    if (lower.contains("purl.org/rss/1.0/modules/content"_L1)) {
        return Space::Content;
    }
    return Space::Other;
}

// Without namespace processing (a feed that uses "itunes:" without declaring it), by prefix.
Space spaceOfPrefix(QStringView prefix)
{
    if (prefix.isEmpty()) {
        return Space::Rss;
    }
    if (prefix == u"itunes") {
        return Space::Itunes;
    }
    if (prefix == u"podcast") {
        return Space::Podcast;
    }
    if (prefix == u"content") {
        return Space::Content;
    }
    return Space::Other;
}

// HTML's named entities in a document that never declared them ("&nbsp;" in a title) are read as
// the characters they stand for, instead of failing the whole feed.
class HtmlEntityResolver final : public QXmlStreamEntityResolver
{
public:
    QString resolveUndeclaredEntity(const QString &name) override { return htmlEntity(name); }
};

std::optional<int> positiveInt(QStringView text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value <= 0) {
        return std::nullopt;
    }
    return value;
}

// podcast:episode is a decimal ("315.5"); only a whole number is an episode number.
std::optional<int> wholeNumber(QStringView text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || value <= 0 || value > 1e9 || value != double(qint64(value))) {
        return std::nullopt;
    }
    return int(value);
}

QUrl feedUrl(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty()) {
        return {};
    }
    QUrl url(trimmed, QUrl::TolerantMode);
    return url.isValid() ? url : QUrl();
}

QString htmlPageMessage()
{
    return FeedParser::tr("The address returned a web page, not a feed. Copy the show's RSS feed address from your "
                          "podcast host (it often ends in /feed, /rss or .xml).");
}

class Reader
{
public:
    Reader(QIODevice *device, bool namespaces) : m_xml(device)
    {
        m_xml.setNamespaceProcessing(namespaces);
        m_xml.setEntityResolver(&m_resolver);
        m_namespaces = namespaces;
    }

    FeedParser::Result run()
    {
        FeedParser::Result result;
        if (!readRoot(&result)) {
            return result;
        }
        while (nextChild()) {
            if (space() == Space::Rss && m_xml.name() == u"channel") {
                readChannel(&result.feed);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError()) {
            fail(&result);
            return result;
        }
        if (!m_sawChannel) {
            result.error = FeedParser::Error::NotRss;
            result.errorString =
                FeedParser::tr("The address returned RSS without a <channel>: it is not a podcast feed.");
            return result;
        }
        finish(&result.feed);
        return result;
    }

    bool undeclaredPrefix() const { return m_undeclaredPrefix; }

private:
    Space space() const
    {
        if (m_namespaces) {
            return spaceOfUri(m_xml.namespaceUri());
        }
        const QStringView qualified = m_xml.qualifiedName();
        const qsizetype colon = qualified.indexOf(u':');
        return spaceOfPrefix(colon < 0 ? QStringView() : qualified.left(colon));
    }

    QStringView localName() const
    {
        if (m_namespaces) {
            return m_xml.name();
        }
        const QStringView qualified = m_xml.qualifiedName();
        const qsizetype colon = qualified.indexOf(u':');
        return colon < 0 ? qualified : qualified.mid(colon + 1);
    }

    bool is(Space wanted, QStringView name) const { return space() == wanted && localName() == name; }

    // Advances to the next child element of the current one; false at its end (or on an error).
    bool nextChild() { return m_xml.readNextStartElement(); }

    // The text of the current element, child elements' text included (XHTML in a description).
    QString text()
    {
        QString out;
        int depth = 1;
        while (depth > 0 && !m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::StartElement:
                ++depth;
                break;
            case QXmlStreamReader::EndElement:
                --depth;
                break;
            case QXmlStreamReader::Characters:
                out.append(m_xml.text());
                break;
            case QXmlStreamReader::EntityReference:
                // Neither declared nor HTML's: kept as written.
                out.append(m_xml.text().isEmpty() ? u'&' + m_xml.name().toString() + u';' : m_xml.text().toString());
                break;
            default:
                break;
            }
        }
        return out;
    }

    bool readRoot(FeedParser::Result *result)
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD) {
                if (!m_xml.entityDeclarations().isEmpty()) {
                    result->error = FeedParser::Error::DeclaresEntities;
                    result->errorString = FeedParser::tr(
                        "The feed declares its own XML entities, which podcast feeds never need; it was not read "
                        "(entities can make a small file expand to gigabytes).");
                    return false;
                }
                if (m_xml.dtdName().compare(u"html", Qt::CaseInsensitive) == 0) {
                    return htmlPage(result);
                }
                continue;
            }
            if (token == QXmlStreamReader::StartElement) {
                const QStringView name = localName();
                if (name.compare(u"html", Qt::CaseInsensitive) == 0) {
                    return htmlPage(result);
                }
                if (name == u"rss" && space() == Space::Rss) {
                    return true;
                }
                result->error = FeedParser::Error::NotRss;
                result->errorString = name == u"feed"
                    ? FeedParser::tr("The address returned an Atom feed. Podcast apps read RSS: use the show's "
                                     "RSS feed address (your host shows it as \"RSS feed\").")
                    : FeedParser::tr("The address returned an XML document that is not an RSS feed (it starts "
                                     "with <%1>).")
                          .arg(m_xml.qualifiedName().toString());
                return false;
            }
        }
        fail(result);
        return false;
    }

    bool htmlPage(FeedParser::Result *result)
    {
        result->error = FeedParser::Error::HtmlPage;
        result->errorString = htmlPageMessage();
        return false;
    }

    // The reader stopped on an error: where, in the reader's words (Qt's message names the problem,
    // such as "Opening and ending tag mismatch."; no raw exception text exists here).
    void fail(FeedParser::Result *result)
    {
        const QString message = m_xml.errorString();
        m_undeclaredPrefix = m_namespaces && message.contains("prefix"_L1, Qt::CaseInsensitive);
        result->error = FeedParser::Error::Malformed;
        result->line = m_xml.lineNumber();
        result->column = m_xml.columnNumber();
        result->errorString = FeedParser::tr("The feed is not valid XML at line %1, column %2: %3")
                                  .arg(result->line)
                                  .arg(result->column)
                                  .arg(message);
    }

    void readChannel(ParsedFeed *feed)
    {
        m_sawChannel = true;
        FeedChannel &channel = feed->channel;
        QString itunesSummary;
        while (nextChild()) {
            if (is(Space::Rss, u"item")) {
                readItem(feed);
            } else if (is(Space::Rss, u"title")) {
                channel.title = plainLineFromFeed(text());
            } else if (is(Space::Rss, u"link")) {
                channel.link = feedUrl(text());
            } else if (is(Space::Rss, u"description")) {
                channel.description = plainTextFromFeed(text());
            } else if (is(Space::Itunes, u"summary")) {
                itunesSummary = plainTextFromFeed(text());
            } else if (is(Space::Itunes, u"image")) {
                channel.image = feedUrl(m_xml.attributes().value("href"_L1));
                m_xml.skipCurrentElement();
            } else if (is(Space::Rss, u"image")) {
                while (nextChild()) {
                    if (is(Space::Rss, u"url") && channel.image.isEmpty()) {
                        channel.image = feedUrl(text());
                    } else {
                        m_xml.skipCurrentElement();
                    }
                }
            } else if (is(Space::Itunes, u"new-feed-url")) {
                channel.newFeedUrl = feedUrl(text());
            } else if (is(Space::Podcast, u"guid")) {
                channel.podcastGuid = text().trimmed();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (channel.description.isEmpty()) {
            channel.description = itunesSummary;
        }
    }

    void readItem(ParsedFeed *feed)
    {
        FeedItem item;
        item.line = m_xml.lineNumber();
        QString guid;
        QString itunesTitle;
        QString encoded;
        QString summary;
        std::optional<int> podcastEpisode;
        std::optional<int> podcastSeason;
        QString pubDate;
        while (nextChild()) {
            if (is(Space::Rss, u"guid")) {
                guid = text();
            } else if (is(Space::Rss, u"title")) {
                item.title = plainLineFromFeed(text());
            } else if (is(Space::Itunes, u"title")) {
                itunesTitle = plainLineFromFeed(text());
            } else if (is(Space::Rss, u"link")) {
                item.link = feedUrl(text());
            } else if (is(Space::Rss, u"pubDate")) {
                pubDate = text();
            } else if (is(Space::Rss, u"description")) {
                item.description = plainTextFromFeed(text());
            } else if (is(Space::Content, u"encoded")) {
                encoded = plainTextFromFeed(text());
            } else if (is(Space::Itunes, u"summary")) {
                summary = plainTextFromFeed(text());
            } else if (is(Space::Itunes, u"episode")) {
                item.number = positiveInt(text());
            } else if (is(Space::Itunes, u"season")) {
                item.season = positiveInt(text());
            } else if (is(Space::Podcast, u"episode")) {
                podcastEpisode = wholeNumber(text());
            } else if (is(Space::Podcast, u"season")) {
                podcastSeason = positiveInt(text());
            } else if (is(Space::Itunes, u"episodeType")) {
                const QString type = text().trimmed().toLower();
                if (type == "trailer"_L1 || type == "bonus"_L1) {
                    item.episodeType = type;
                }
            } else if (is(Space::Itunes, u"image")) {
                item.image = feedUrl(m_xml.attributes().value("href"_L1));
                m_xml.skipCurrentElement();
            } else if (is(Space::Rss, u"enclosure")) {
                if (item.enclosureUrl.isEmpty()) {
                    item.enclosureUrl = feedUrl(m_xml.attributes().value("url"_L1));
                }
                m_xml.skipCurrentElement();
            } else if (is(Space::Itunes, u"duration")) {
                item.durationS = parseFeedDuration(text());
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError()) {
            return;
        }
        if (!item.number) {
            item.number = podcastEpisode;
        }
        if (!item.season) {
            item.season = podcastSeason;
        }
        if (item.title.isEmpty()) {
            item.title = itunesTitle;
        }
        if (item.description.isEmpty()) {
            item.description = !encoded.isEmpty() ? encoded : summary;
        }
        if (!pubDate.trimmed().isEmpty()) {
            item.publishedAt = parseFeedDate(pubDate);
            if (!item.publishedAt.isValid()) {
                ++m_unreadableDates;
                qCDebug(lcFeedParser) << "unreadable pubDate" << pubDate << "at line" << item.line;
            }
        }
        item.key = feedItemKey(guid, item.enclosureUrl.toString());
        item.keyFromEnclosure = guid.trimmed().isEmpty() && !item.key.isEmpty();
        if (item.key.isEmpty()) {
            ++feed->skippedItems;
            ++m_withoutIdentity;
            return;
        }
        if (item.title.isEmpty()) {
            item.titleMissing = true;
            const QString file = QFileInfo(item.enclosureUrl.path()).completeBaseName();
            item.title = !file.isEmpty() ? file
                : item.publishedAt.isValid()
                ? FeedParser::tr("Episode of %1").arg(item.publishedAt.date().toString(Qt::ISODate))
                : FeedParser::tr("Untitled episode");
            ++m_withoutTitle;
        }
        if (m_keys.contains(item.key)) {
            ++feed->skippedItems;
            m_repeated.append(item.key);
            return;
        }
        m_keys.insert(item.key);
        feed->items.append(item);
    }

    void finish(ParsedFeed *feed)
    {
        for (FeedItem &item : feed->items) {
            if (item.image.isEmpty()) {
                item.image = feed->channel.image;
            }
        }
        if (m_withoutIdentity > 0) {
            feed->warnings.append(FeedParser::tr("%n item(s) with neither a guid nor an enclosure were skipped: "
                                                 "nothing identifies them from one refresh to the next.",
                                                 nullptr, m_withoutIdentity));
        }
        if (!m_repeated.isEmpty()) {
            feed->warnings.append(FeedParser::tr("%n item(s) repeat the guid of an earlier one and were skipped "
                                                 "(first: %1).",
                                                 nullptr, int(m_repeated.size()))
                                      .arg(m_repeated.constFirst()));
        }
        if (m_withoutTitle > 0) {
            feed->warnings.append(FeedParser::tr("%n item(s) have no title; they are named after their audio file.",
                                                 nullptr, m_withoutTitle));
        }
        if (m_unreadableDates > 0) {
            feed->warnings.append(FeedParser::tr("%n item(s) have a publication date that could not be read; it was "
                                                 "left empty.",
                                                 nullptr, m_unreadableDates));
        }
    }

    QXmlStreamReader m_xml;
    HtmlEntityResolver m_resolver;
    bool m_namespaces = true;
    bool m_sawChannel = false;
    bool m_undeclaredPrefix = false;
    QSet<QString> m_keys;
    QStringList m_repeated;
    int m_withoutIdentity = 0;
    int m_withoutTitle = 0;
    int m_unreadableDates = 0;
};

// Whether the document starts, after white space and a byte-order mark, with '<'.
bool startsLikeXml(QIODevice *device, bool *empty, bool *html)
{
    const QByteArray head = device->peek(4096);
    // A web page where the feed was: "<!doctype html>" (lower case is not XML at all) or <html>,
    // possibly after an XML declaration. Only the start counts: a feed may quote HTML later on.
    QByteArray lower = head.left(1024).toLower();
    if (lower.startsWith("\xef\xbb\xbf")) {
        lower = lower.mid(3);
    }
    lower = lower.trimmed();
    if (lower.startsWith("<?xml")) {
        const qsizetype end = lower.indexOf("?>");
        lower = end < 0 ? QByteArray() : lower.mid(end + 2).trimmed();
    }
    *html = lower.startsWith("<!doctype html") || lower.startsWith("<html");
    *empty = head.trimmed().isEmpty();
    qsizetype i = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        i = 3;
    }
    while (i < head.size() && (head.at(i) == ' ' || head.at(i) == '\n' || head.at(i) == '\r' || head.at(i) == '\t')) {
        ++i;
    }
    return i < head.size() && head.at(i) == '<';
}

} // namespace

QString feedItemKey(const QString &guid, const QString &enclosureUrl)
{
    const QString trimmed = guid.trimmed();
    return !trimmed.isEmpty() ? trimmed : enclosureUrl.trimmed();
}

FeedParser::Result FeedParser::parse(QIODevice *device)
{
    bool empty = false;
    bool html = false;
    const bool xmlLike = startsLikeXml(device, &empty, &html);
    if (html && !empty) {
        Result result;
        result.error = Error::HtmlPage;
        result.errorString = htmlPageMessage();
        return result;
    }
    if (empty || !xmlLike) {
        Result result;
        result.error = empty ? Error::Empty : Error::NotRss;
        result.errorString = empty ? tr("The address returned nothing: an empty document is not a feed.")
                                   : tr("The address returned something that is not a feed (it does not start "
                                        "like XML).");
        return result;
    }
    const qint64 start = device->pos();
    Result result;
    {
        Reader reader(device, true);
        result = reader.run();
        if (result.ok() || !reader.undeclaredPrefix() || device->isSequential()) {
            return result;
        }
    }
    // "itunes:episode" without xmlns:itunes is common enough to read anyway, by prefix.
    qCInfo(lcFeedParser) << "the feed uses namespace prefixes it does not declare; reading it by prefix";
    device->seek(start);
    Reader reader(device, false);
    return reader.run();
}

FeedParser::Result FeedParser::parse(const QByteArray &xml)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    return parse(&buffer);
}

} // namespace EpisodeDesk::Models
