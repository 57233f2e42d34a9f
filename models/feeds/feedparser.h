// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QIODevice;

namespace EpisodeDesk::Models {

// One <item> of a podcast feed, in EpisodeDesk's terms (FEED_NOTES.md).
struct FeedItem
{
    // The episode's identity across refreshes: its <guid>, or its enclosure URL when it has none
    // (never the link: gpodder #847). feedItemKey() is the only place that makes it.
    QString key;
    bool keyFromEnclosure = false;
    QString title; // plain text
    bool titleMissing = false; // the feed gave none; `title` is made from the enclosure's file name
    std::optional<int> number; // itunes:episode, else an integral podcast:episode; never from the title
    std::optional<int> season; // itunes:season, else podcast:season
    QString episodeType = QStringLiteral("full"); // full, trailer or bonus
    QUrl link;
    QDateTime publishedAt; // UTC; invalid when missing or unreadable
    QString description; // plain text
    QUrl image; // the item's own, else the show's
    QUrl enclosureUrl;
    qint64 durationS = -1;
    qint64 line = 0; // where the item starts in the feed, for messages

    bool operator==(const FeedItem &) const = default;
};

struct FeedChannel
{
    QString title;
    QUrl link;
    QString description;
    QUrl image;
    QUrl newFeedUrl; // itunes:new-feed-url: the show has moved there
    QString podcastGuid; // podcast:guid: the show's own stable key, not an episode's
};

struct ParsedFeed
{
    FeedChannel channel;
    QList<FeedItem> items; // in feed order, each key once
    QStringList warnings; // translated sentences: skipped items, repeated guids, unreadable dates
    int skippedItems = 0;
};

// Reads a podcast RSS feed in one pass with QXmlStreamReader (no DOM: a 10 MB feed is not held as a
// tree). Refuses what is not a feed with a sentence a podcaster can act on: an HTML page (a login or
// parking page where the feed was), another XML document, malformed XML with its line and column,
// and any document type that declares entities (the "billion laughs" bomb and external entities are
// never expanded).
class FeedParser final
{
    Q_DECLARE_TR_FUNCTIONS(FeedParser)

public:
    enum class Error
    {
        None,
        Empty,
        HtmlPage,
        NotRss,
        Malformed,
        DeclaresEntities,
    };

    struct Result
    {
        ParsedFeed feed;
        Error error = Error::None;
        QString errorString; // translated; empty when ok
        qint64 line = 0;
        qint64 column = 0;

        bool ok() const { return error == Error::None; }
    };

    static Result parse(QIODevice *device);
    static Result parse(const QByteArray &xml);
};

// The identity of an item as feedItem.key holds it: the trimmed guid, else the trimmed enclosure URL.
QString feedItemKey(const QString &guid, const QString &enclosureUrl);

} // namespace EpisodeDesk::Models
