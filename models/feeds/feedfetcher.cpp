// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedfetcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryFile>

#include <zlib.h>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcFeedFetcher, "episodedesk.feeds.fetcher")

namespace {

QString unreachableMessage(QNetworkReply::NetworkError error, const QString &host)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return FeedFetcher::tr("%1 refused the connection. Check the feed address; nothing was changed.").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return FeedFetcher::tr(
                   "%1 closed the connection before sending the feed. Try again later; nothing was changed.")
            .arg(host);
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        return FeedFetcher::tr(
                   "The secure connection to %1 could not be set up (its certificate may be invalid or expired). "
                   "Nothing was changed.")
            .arg(host);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return FeedFetcher::tr("The proxy this computer uses could not reach %1. Check the proxy settings; nothing was "
                               "changed.")
            .arg(host);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return FeedFetcher::tr("This computer seems to be offline, so %1 could not be reached. Nothing was changed.")
            .arg(host);
    default:
        return FeedFetcher::tr("EpisodeDesk could not reach %1. Check your connection; nothing was changed.").arg(host);
    }
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString hostOf(const QUrl &url)
{
    return url.host().isEmpty() ? url.toString() : url.host();
}

QString httpStatusMessage(int status, const QUrl &url)
{
    if (status == 404 || status == 410) {
        return FeedFetcher::tr("The feed is not at %1 (HTTP %2). Check the address in your podcast host's dashboard.")
            .arg(url.toDisplayString())
            .arg(status);
    }
    if (status == 401 || status == 403) {
        return FeedFetcher::tr(
                   "%1 refused to give the feed (HTTP %2): is it a private feed that needs its own address?")
            .arg(hostOf(url))
            .arg(status);
    }
    if (status == 429) {
        return FeedFetcher::tr("%1 asked EpisodeDesk to slow down (HTTP 429). It tries again at the next refresh.")
            .arg(hostOf(url));
    }
    if (status >= 500) {
        return FeedFetcher::tr("The feed's server at %1 had a problem (HTTP %2). Nothing was changed; try again later.")
            .arg(hostOf(url))
            .arg(status);
    }
    return FeedFetcher::tr("%1 answered HTTP %2 instead of the feed.").arg(hostOf(url)).arg(status);
}

} // namespace

bool isGzip(QIODevice *device)
{
    const QByteArray head = device->peek(2);
    return head.size() == 2 && quint8(head.at(0)) == 0x1f && quint8(head.at(1)) == 0x8b;
}

std::shared_ptr<QTemporaryFile> gunzip(QIODevice *in, qint64 maxBytes, QString *error, bool *tooLarge)
{
    *tooLarge = false;
    auto out = std::make_shared<QTemporaryFile>();
    if (!out->open()) {
        *error =
            FeedFetcher::tr("EpisodeDesk could not make a temporary file for the feed: %1").arg(out->errorString());
        return nullptr;
    }
    z_stream stream {};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) { // 16: a gzip header, not zlib's
        *error = FeedFetcher::tr("The feed is compressed in a way EpisodeDesk cannot read.");
        return nullptr;
    }
    QByteArray input;
    QByteArray output(64 * 1024, Qt::Uninitialized);
    qint64 written = 0;
    int status = Z_OK;
    while (status != Z_STREAM_END) {
        if (stream.avail_in == 0) {
            input = in->read(64 * 1024);
            if (input.isEmpty()) {
                break;
            }
            stream.next_in = reinterpret_cast<Bytef *>(input.data());
            stream.avail_in = uInt(input.size());
        }
        stream.next_out = reinterpret_cast<Bytef *>(output.data());
        stream.avail_out = uInt(output.size());
        status = inflate(&stream, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END) {
            break;
        }
        const qint64 produced = output.size() - qint64(stream.avail_out);
        written += produced;
        if (written > maxBytes) {
            inflateEnd(&stream);
            *tooLarge = true;
            *error = FeedFetcher::tr("The feed grows past %1 MB when uncompressed; EpisodeDesk stopped reading it.")
                         .arg(maxBytes / (1024 * 1024));
            return nullptr;
        }
        out->write(output.constData(), produced);
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END) {
        *error = FeedFetcher::tr("The feed is gzip-compressed but the compressed data is damaged or cut short.");
        return nullptr;
    }
    out->flush();
    out->seek(0);
    return out;
}

FeedFetcher::FeedFetcher(QNetworkAccessManager *manager, QObject *parent) : FeedFetcher(manager, Options(), parent) { }

FeedFetcher::FeedFetcher(QNetworkAccessManager *manager, const Options &options, QObject *parent)
    : QObject(parent), m_manager(manager), m_options(options)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(FeedDownload::Failure::TimedOut,
             FeedFetcher::tr("%1 took longer than %2 seconds to send the feed; EpisodeDesk stopped waiting.")
                 .arg(hostOf(m_download.finalUrl))
                 .arg(m_options.totalTimeoutMs / 1000));
    });
}

FeedFetcher::~FeedFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void FeedFetcher::fetch(const FeedRequest &request)
{
    Q_ASSERT(!m_reply);
    m_request = request;
    m_download = FeedDownload();
    m_download.requestedUrl = request.url;
    m_download.finalUrl = request.url;
    m_redirects = 0;
    m_allPermanent = true;
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        fail(FeedDownload::Failure::BadAddress,
             FeedFetcher::tr("\"%1\" is not a feed address: it should start with https:// (or http://).")
                 .arg(request.url.toDisplayString()));
        return;
    }
    m_deadline.start(m_options.totalTimeoutMs);
    start(request.url);
}

void FeedFetcher::abort()
{
    if (m_reply) {
        fail(FeedDownload::Failure::TimedOut, FeedFetcher::tr("The feed's download was stopped."));
    }
}

void FeedFetcher::start(const QUrl &url)
{
    m_download.finalUrl = url;
    m_download.body = std::make_shared<QTemporaryFile>();
    if (!m_download.body->open()) {
        fail(FeedDownload::Failure::Decompression,
             FeedFetcher::tr("EpisodeDesk could not make a temporary file for the feed: %1")
                 .arg(m_download.body->errorString()));
        return;
    }
    QNetworkRequest request(url);
    // Redirects are followed here, not by QNetworkAccessManager: only a chain of permanent ones may
    // move the stored address (AntennaPod #1393, #3733).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_options.stallTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("EpisodeDesk/%1").arg(QCoreApplication::applicationVersion()));
    request.setRawHeader("Accept", "application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
    // Accept-Encoding is left to QNetworkAccessManager, which then inflates gzip and deflate itself.
    if (!m_request.force) {
        if (!m_request.etag.isEmpty()) {
            request.setRawHeader("If-None-Match", m_request.etag);
        }
        if (!m_request.lastModified.isEmpty()) {
            request.setRawHeader("If-Modified-Since", m_request.lastModified);
        }
    }
    m_reply = m_manager->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const bool compressed = !m_reply->rawHeader("Content-Encoding").isEmpty();
        if (!isRedirect(status) && !compressed && length > m_options.maxBytes) {
            fail(FeedDownload::Failure::TooLarge,
                 FeedFetcher::tr("The feed is %1 MB, more than the %2 MB EpisodeDesk reads; nothing was imported.")
                     .arg(length / (1024 * 1024))
                     .arg(m_options.maxBytes / (1024 * 1024)));
        }
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &FeedFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &FeedFetcher::progress);
    connect(m_reply, &QNetworkReply::finished, this, &FeedFetcher::onFinished);
}

void FeedFetcher::onReadyRead()
{
    if (!m_reply || !m_reply->isOpen()) {
        return; // aborted (a timeout): nothing left to read
    }
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = m_reply->readAll();
    if (isRedirect(status) || status == 304) {
        return; // a redirect's or a 304's body is nobody's feed
    }
    m_download.bytes += chunk.size();
    if (m_download.bytes > m_options.maxBytes) {
        fail(FeedDownload::Failure::TooLarge,
             FeedFetcher::tr("The feed is larger than the %1 MB EpisodeDesk reads; nothing was imported.")
                 .arg(m_options.maxBytes / (1024 * 1024)));
        return;
    }
    if (m_download.body->write(chunk) != chunk.size()) {
        fail(FeedDownload::Failure::Decompression,
             FeedFetcher::tr("EpisodeDesk could not write the feed to a temporary file: %1")
                 .arg(m_download.body->errorString()));
    }
}

void FeedFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply) {
        return;
    }
    onReadyRead();
    if (!m_reply) {
        return; // failed while reading the rest
    }
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl url = reply->url();
    m_download.httpStatus = status;
    if (status == 0 || (reply->error() != QNetworkReply::NoError && status < 400 && !isRedirect(status))) {
        const QNetworkReply::NetworkError error = reply->error();
        qCInfo(lcFeedFetcher) << "feed download failed:" << error << reply->errorString();
        if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
            fail(FeedDownload::Failure::TimedOut,
                 FeedFetcher::tr("%1 stopped sending the feed for %2 seconds; EpisodeDesk gave up. Try again later.")
                     .arg(hostOf(url))
                     .arg(m_options.stallTimeoutMs / 1000));
        } else if (error == QNetworkReply::HostNotFoundError) {
            fail(
                FeedDownload::Failure::Unreachable,
                FeedFetcher::tr("EpisodeDesk could not find the server %1. Check the feed address and your connection.")
                    .arg(hostOf(url)));
        } else {
            // Our sentence, never Qt's errorString() (it may quote a proxy's address or an SSL library's
            // words); the log above keeps that for whoever debugs it.
            fail(FeedDownload::Failure::Unreachable, unreachableMessage(error, hostOf(url)));
        }
        return;
    }
    if (isRedirect(status)) {
        // The raw header: QNetworkRequest::LocationHeader drops a relative Location, which RFC 9110 allows.
        const QUrl location = url.resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location").trimmed())));
        const QString scheme = location.scheme().toLower();
        if (++m_redirects > m_options.maxRedirects) {
            fail(FeedDownload::Failure::TooManyRedirects,
                 FeedFetcher::tr("The feed address redirects more than %1 times; EpisodeDesk stopped following it.")
                     .arg(m_options.maxRedirects));
            return;
        }
        if (!location.isValid() || (scheme != u"http" && scheme != u"https")) {
            fail(FeedDownload::Failure::BadAddress,
                 FeedFetcher::tr("The feed address redirects to \"%1\", which is not a web address.")
                     .arg(location.toDisplayString()));
            return;
        }
        if (status != 301 && status != 308) {
            m_allPermanent = false;
        }
        qCDebug(lcFeedFetcher) << "redirect" << status << "to" << location;
        start(location);
        return;
    }
    if (status == 304) {
        if (m_request.force || (m_request.etag.isEmpty() && m_request.lastModified.isEmpty())) {
            fail(FeedDownload::Failure::HttpStatus,
                 FeedFetcher::tr("%1 answered \"not modified\" to a request that did not ask for it (HTTP 304).")
                     .arg(hostOf(url)),
                 status);
            return;
        }
        m_download.outcome = FeedDownload::Outcome::NotModified;
        m_download.body.reset();
        m_download.movedPermanently = m_redirects > 0 && m_allPermanent;
        complete();
        return;
    }
    if (status >= 300) {
        fail(FeedDownload::Failure::HttpStatus, httpStatusMessage(status, url), status);
        return;
    }
    m_download.etag = reply->rawHeader("ETag");
    m_download.lastModified = reply->rawHeader("Last-Modified");
    m_download.movedPermanently = m_redirects > 0 && m_allPermanent;
    m_download.body->flush();
    m_download.body->seek(0);
    if (isGzip(m_download.body.get())) {
        // Compressed without a Content-Encoding (or twice): AntennaPod #89, gpodder #836.
        QString error;
        bool tooLarge = false;
        std::shared_ptr<QTemporaryFile> inflated = gunzip(m_download.body.get(), m_options.maxBytes, &error, &tooLarge);
        if (!inflated) {
            fail(tooLarge ? FeedDownload::Failure::TooLarge : FeedDownload::Failure::Decompression, error, status);
            return;
        }
        m_download.body = std::move(inflated);
    }
    m_download.outcome = FeedDownload::Outcome::Fetched;
    complete();
}

void FeedFetcher::fail(FeedDownload::Failure failure, const QString &message, int status)
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_download.outcome = FeedDownload::Outcome::Failed;
    m_download.failure = failure;
    m_download.errorString = message;
    if (status != 0) {
        m_download.httpStatus = status;
    }
    m_download.body.reset();
    complete();
}

void FeedFetcher::complete()
{
    m_deadline.stop();
    // Emitted queued: fail() may run inside fetch(), before the caller has connected or returned.
    const FeedDownload download = m_download;
    QMetaObject::invokeMethod(
        this, [this, download] { Q_EMIT finished(download); }, Qt::QueuedConnection);
}

FeedDownload FeedFetcher::fetchBlocking(QNetworkAccessManager *manager, const FeedRequest &request,
                                        const Options &options)
{
    FeedFetcher fetcher(manager, options);
    FeedDownload result;
    QEventLoop loop;
    connect(&fetcher, &FeedFetcher::finished, &loop, [&](const FeedDownload &download) {
        result = download;
        loop.quit();
    });
    fetcher.fetch(request);
    loop.exec();
    return result;
}

} // namespace EpisodeDesk::Models
