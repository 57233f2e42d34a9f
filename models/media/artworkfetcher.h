// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/imageprep.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace EpisodeDesk::Models {

// "Use episode artwork": downloads the episode's image as the show's feed names it (`<itunes:image>` of
// the item, else of the channel) and checks it as any image (prepareImage, off the calling thread).
//
//     auto *fetcher = new ArtworkFetcher(network, this);
//     connect(fetcher, &ArtworkFetcher::finished, this, [](const ImageCheck &check) { … });
//     fetcher->fetch(ArtworkFetcher::artworkUrl(db, episodeId));
//
// One fetch at a time. http and https only, at most 5 redirects (never https → http), 30 MB and
// 60 seconds at most; every failure is one sentence of ours, never Qt's error text.
class ArtworkFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArtworkFetcher)

public:
    explicit ArtworkFetcher(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ArtworkFetcher() override;

    // The episode's own image, else the image of the feed it came from, else (a show with one feed)
    // the show's; an empty URL when none is known.
    static QUrl artworkUrl(const QSqlDatabase &db, qint64 episodeId);

    void fetch(const QUrl &url);
    void abort();
    bool isRunning() const;

    // For the command line: fetches in a local event loop.
    static ImageCheck fetchBlocking(QNetworkAccessManager *network, const QUrl &url);

Q_SIGNALS:
    void finished(const EpisodeDesk::Models::ImageCheck &check);

private:
    void onFinished();
    void fail(const QString &message);

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QFutureWatcher<ImageCheck> m_watcher;
    QUrl m_url;
};

} // namespace EpisodeDesk::Models

Q_DECLARE_METATYPE(EpisodeDesk::Models::ImageCheck)
