// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedupdate.h"

#include <QLoggingCategory>
#include <QTemporaryFile>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcFeedUpdate, "episodedesk.feeds.update")

FeedUpdate::FeedUpdate(const QSqlDatabase &db, QNetworkAccessManager *manager) : FeedUpdate(db, manager, Options()) { }

FeedUpdate::FeedUpdate(const QSqlDatabase &db, QNetworkAccessManager *manager, Options options)
    : m_db(db), m_manager(manager), m_options(std::move(options))
{ }

bool FeedUpdate::read(const FeedRequest &request, Read *read, Result *result)
{
    read->download = FeedFetcher::fetchBlocking(m_manager, request, m_options.fetch);
    read->url = request.url;
    if (read->download.outcome == FeedDownload::Outcome::Failed) {
        result->error = Error::Download;
        result->errorString = read->download.errorString;
        return false;
    }
    if (read->download.outcome == FeedDownload::Outcome::NotModified) {
        return true;
    }
    read->parsed = FeedParser::parse(read->download.body.get());
    if (!read->parsed.ok()) {
        result->error = Error::Parse;
        result->errorString = read->parsed.errorString;
        return false;
    }
    if (read->download.movedPermanently) {
        read->url = read->download.finalUrl;
        read->warnings.append(tr("The feed has moved permanently to %1; EpisodeDesk follows it there now.")
                                  .arg(read->url.toDisplayString()));
    }
    const QUrl moved = read->parsed.feed.channel.newFeedUrl;
    if (moved.isValid() && !moved.isEmpty() && moved != read->url && moved != request.url) {
        // The show says it moved: read the new address, and move only if a feed is there.
        FeedRequest next;
        next.url = moved;
        const FeedDownload download = FeedFetcher::fetchBlocking(m_manager, next, m_options.fetch);
        FeedParser::Result parsed;
        if (download.outcome == FeedDownload::Outcome::Fetched) {
            parsed = FeedParser::parse(download.body.get());
        }
        if (download.outcome == FeedDownload::Outcome::Fetched && parsed.ok()) {
            qCInfo(lcFeedUpdate) << "following itunes:new-feed-url to" << moved;
            read->download = download;
            read->parsed = parsed;
            read->url = download.movedPermanently ? download.finalUrl : moved;
            read->warnings.append(tr("The show announced a new feed address, %1; EpisodeDesk follows it there now.")
                                      .arg(read->url.toDisplayString()));
        } else {
            read->warnings.append(tr("The show announces a new feed address, %1, but no feed could be read there "
                                     "(%2). EpisodeDesk stays with the current address.")
                                      .arg(moved.toDisplayString(),
                                           download.outcome == FeedDownload::Outcome::Failed ? download.errorString
                                                                                             : parsed.errorString));
        }
    }
    return true;
}

FeedUpdate::Result FeedUpdate::applyRead(const Read &read, FeedStore::Mode mode, const QUrl &storedUrl)
{
    Result result;
    FeedStore store(m_db);
    FeedStore::Apply how;
    how.mode = mode;
    how.url = read.url;
    how.storedUrl = storedUrl.isEmpty() || storedUrl == read.url ? QUrl() : storedUrl;
    how.etag = read.download.etag;
    how.lastModified = read.download.lastModified;
    how.matchBy = m_options.matchBy;
    how.clock = m_options.clock;
    if (!store.apply(read.parsed.feed, how, &result.changes)) {
        result.error = Error::Store;
        result.storeError = store.error();
        result.errorString = store.errorString();
        return result;
    }
    result.changes.warnings = read.warnings + result.changes.warnings;
    return result;
}

FeedUpdate::Result FeedUpdate::importFeed(const QUrl &url)
{
    Result result;
    FeedRequest request;
    request.url = url;
    Read feed;
    if (!read(request, &feed, &result)) {
        return result;
    }
    const std::optional<StoredFeed> stored = FeedStore(m_db).feed();
    return applyRead(feed, FeedStore::Mode::FirstImport, stored && stored->url == url ? url : QUrl());
}

FeedUpdate::Result FeedUpdate::refresh()
{
    Result result;
    FeedStore store(m_db);
    const std::optional<StoredFeed> stored = store.feed();
    if (!stored) {
        result.error = Error::Store;
        result.storeError = FeedStore::Error::NoFeed;
        result.errorString = tr("This show has no feed yet: import it first (File → Import from Feed…, or "
                                "episodedesk feed import URL).");
        return result;
    }
    FeedRequest request;
    request.url = stored->url;
    request.etag = stored->etag;
    request.lastModified = stored->lastModified;
    request.force = m_options.force;
    Read feed;
    const QDateTime now = m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
    if (!read(request, &feed, &result)) {
        store.recordCheck(stored->url, result.errorString, now);
        result.changes.url = stored->url;
        return result;
    }
    if (feed.download.outcome == FeedDownload::Outcome::NotModified) {
        store.recordCheck(stored->url, QString(), now);
        result.changes.url = stored->url;
        result.changes.notModified = true;
        return result;
    }
    return applyRead(feed, FeedStore::Mode::Refresh, stored->url);
}

} // namespace EpisodeDesk::Models
