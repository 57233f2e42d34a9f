// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedfetcher.h"
#include "feeds/feedstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

class QNetworkAccessManager;

namespace EpisodeDesk::Models {

// One import or refresh from start to end: download (FeedFetcher), parse (FeedParser), follow a move
// the feed announces, and apply (FeedStore), for the command line, the scheduler and the window's
// worker alike. Blocking: it runs a local event loop for the download, so call it from a thread that
// may wait (the command line's main thread, or a worker).
//
// Moves: a chain of permanent redirects, or <itunes:new-feed-url>, moves the stored address only
// after the feed at the new one has parsed (a captive portal's redirect is permanent too). A feed
// that fails to download or parse changes nothing but the "last checked" line.
class FeedUpdate final
{
    Q_DECLARE_TR_FUNCTIONS(FeedUpdate)

public:
    enum class Error
    {
        None,
        Download,
        Parse,
        Store, // FeedStore::Error says which
    };

    struct Options
    {
        FeedFetcher::Options fetch;
        bool force = false; // refresh: ignore the stored validators
        FeedStore::MatchBy matchBy = FeedStore::MatchBy::Guid;
        std::function<QDateTime()> clock;
    };

    struct Result
    {
        Error error = Error::None;
        FeedStore::Error storeError = FeedStore::Error::None;
        QString errorString; // translated
        FeedChanges changes;

        bool ok() const { return error == Error::None; }
    };

    FeedUpdate(const QSqlDatabase &db, QNetworkAccessManager *manager);
    FeedUpdate(const QSqlDatabase &db, QNetworkAccessManager *manager, Options options);

    Result importFeed(const QUrl &url);
    Result refresh();

private:
    struct Read
    {
        QUrl url;
        FeedDownload download;
        FeedParser::Result parsed;
        QStringList warnings;
    };
    // Downloads and parses `request`, then follows a permanent move or new-feed-url once.
    bool read(const FeedRequest &request, Read *read, Result *result);
    Result applyRead(const Read &read, FeedStore::Mode mode, const QUrl &storedUrl);

    QSqlDatabase m_db;
    QNetworkAccessManager *m_manager = nullptr; // not owned
    Options m_options;
};

} // namespace EpisodeDesk::Models
