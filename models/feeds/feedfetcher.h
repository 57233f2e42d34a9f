// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

class QIODevice;
class QNetworkAccessManager;
class QTemporaryFile;

namespace EpisodeDesk::Models {

// What a refresh asks for: the stored address and the validators of the last copy (AntennaPod
// PR #681 reverted conditional GET because some servers answer 304 wrongly: `force` skips them).
struct FeedRequest
{
    QUrl url;
    QByteArray etag;
    QByteArray lastModified;
    bool force = false;
};

struct FeedDownload
{
    enum class Outcome
    {
        Fetched,
        NotModified,
        Failed,
    };
    enum class Failure
    {
        None,
        BadAddress,
        Unreachable,
        HttpStatus,
        TooLarge,
        TimedOut,
        TooManyRedirects,
        Decompression,
    };

    Outcome outcome = Outcome::Failed;
    Failure failure = Failure::None;
    QString errorString; // translated, for the podcaster; never a server's body
    int httpStatus = 0;
    QUrl requestedUrl;
    QUrl finalUrl; // after redirects
    // Every hop was 301 or 308: the stored address may move to finalUrl, once the feed there has
    // parsed (a captive portal redirects permanently too: AntennaPod PR #5826).
    bool movedPermanently = false;
    QByteArray etag;
    QByteArray lastModified;
    std::shared_ptr<QTemporaryFile> body; // the feed, decompressed, positioned at 0; Fetched only
    qint64 bytes = 0;
};

// Downloads a feed with QNetworkAccessManager into a temporary file (a 50 MB feed is never held in
// memory), following redirects itself so that it knows which were permanent. Conditional GET with
// the stored validators; gzip whether asked for or not; a size cap, a stall timeout and an overall
// deadline. One fetch at a time per fetcher.
class FeedFetcher final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 maxBytes = 50LL * 1024 * 1024;
        int stallTimeoutMs = 30000; // no byte for this long
        int totalTimeoutMs = 120000; // the whole download
        int maxRedirects = 5;
    };

    explicit FeedFetcher(QNetworkAccessManager *manager, QObject *parent = nullptr);
    FeedFetcher(QNetworkAccessManager *manager, const Options &options, QObject *parent = nullptr);
    ~FeedFetcher() override;

    void fetch(const FeedRequest &request);
    void abort();
    bool isRunning() const { return m_reply != nullptr; }

    // Waits in a local event loop: for the command line and the scheduler's worker thread.
    static FeedDownload fetchBlocking(QNetworkAccessManager *manager, const FeedRequest &request,
                                      const Options &options);

Q_SIGNALS:
    void progress(qint64 received, qint64 total);
    void finished(const EpisodeDesk::Models::FeedDownload &download);

private:
    void start(const QUrl &url);
    void onReadyRead();
    void onFinished();
    void fail(FeedDownload::Failure failure, const QString &message, int status = 0);
    void complete();

    QNetworkAccessManager *m_manager = nullptr; // not owned
    Options m_options;
    FeedRequest m_request;
    FeedDownload m_download;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    int m_redirects = 0;
    bool m_allPermanent = true;
};

// Whether a file starts with gzip's magic bytes (a feed served gzipped without saying so).
bool isGzip(QIODevice *device);
// Inflates a gzip file into a new temporary file, at most maxBytes of it; null with a sentence when
// it is not valid gzip or grows past the cap (a "zip bomb" stops there).
std::shared_ptr<QTemporaryFile> gunzip(QIODevice *in, qint64 maxBytes, QString *error, bool *tooLarge);

} // namespace EpisodeDesk::Models
