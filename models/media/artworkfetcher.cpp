// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "media/artworkfetcher.h"

#include "store/sqlutil.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcArtwork, "episodedesk.media.artwork")

namespace {

constexpr qint64 kMaxArtworkBytes = 30LL * 1024 * 1024;
constexpr int kTimeoutMs = 60000;
constexpr int kMaxRedirects = 5;

QString fileNameOf(const QUrl &url)
{
    const QString name = url.fileName();
    return name.isEmpty() ? url.host() : name;
}

} // namespace

ArtworkFetcher::ArtworkFetcher(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network)
{
    connect(&m_watcher, &QFutureWatcher<ImageCheck>::finished, this, [this] { Q_EMIT finished(m_watcher.result()); });
}

ArtworkFetcher::~ArtworkFetcher()
{
    abort();
    m_watcher.waitForFinished();
}

QUrl ArtworkFetcher::artworkUrl(const QSqlDatabase &db, qint64 episodeId)
{
    QSqlQuery query(db);
    QString error;
    // The item's image, then its feed's, then the only feed's (an episode typed in by hand on a show
    // with one feed).
    if (Sql::exec(query,
                  QStringLiteral("SELECT e.image, f.image, (SELECT min(image) FROM feeds WHERE image <> '' HAVING "
                                 "count(*) = 1) FROM episodes e LEFT JOIN feed_items i ON i.episode_id = e.id "
                                 "LEFT JOIN feeds f ON f.id = i.feed_id WHERE e.id = ?"),
                  {episodeId}, &error) &&
        query.next()) {
        for (int column = 0; column < 3; ++column) {
            const QUrl url(query.value(column).toString());
            if (url.isValid() && !url.isRelative()) {
                return url;
            }
        }
    }
    return {};
}

bool ArtworkFetcher::isRunning() const
{
    return m_reply || m_watcher.isRunning();
}

void ArtworkFetcher::fetch(const QUrl &url)
{
    abort();
    m_url = url;
    const QString scheme = url.scheme().toLower();
    if (url.isEmpty()) {
        fail(tr("This episode has no artwork: its feed names no image for it or for the show."));
        return;
    }
    if (!url.isValid() || (scheme != u"http" && scheme != u"https")) {
        fail(tr("The artwork address “%1” is not a web address.").arg(url.toDisplayString()));
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setTransferTimeout(kTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("EpisodeDesk"));
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (received > kMaxArtworkBytes || total > kMaxArtworkBytes) {
            qCInfo(lcArtwork) << "artwork over" << kMaxArtworkBytes << "bytes, stopped";
            m_reply->setProperty("tooLarge", true);
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &ArtworkFetcher::onFinished);
}

void ArtworkFetcher::abort()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ArtworkFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    const QString host = m_url.host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->property("tooLarge").toBool()) {
        fail(tr("The artwork at %1 is larger than 30 MB; EpisodeDesk did not download it.").arg(host));
        return;
    }
    if (reply->error() == QNetworkReply::TooManyRedirectsError ||
        reply->error() == QNetworkReply::InsecureRedirectError) {
        fail(tr("The artwork address at %1 redirects too often or to an insecure address; EpisodeDesk stopped "
                "following it.")
                 .arg(host));
        return;
    }
    if (reply->error() == QNetworkReply::OperationCanceledError) {
        fail(tr("%1 took longer than a minute to send the artwork; try again later.").arg(host));
        return;
    }
    if (status >= 400) {
        fail(tr("%1 answered HTTP %2 for the artwork, so there is nothing to attach.").arg(host).arg(status));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        qCInfo(lcArtwork) << "artwork download failed:" << reply->error();
        fail(tr("EpisodeDesk could not download the artwork from %1. Check your connection.").arg(host));
        return;
    }
    m_watcher.setFuture(prepareImageInBackground(reply->readAll(), fileNameOf(reply->url())));
}

void ArtworkFetcher::fail(const QString &message)
{
    ImageCheck check;
    check.error = message;
    // Queued, so that a caller connecting after fetch() still hears a failure found at once.
    QMetaObject::invokeMethod(
        this, [this, check] { Q_EMIT finished(check); }, Qt::QueuedConnection);
}

ImageCheck ArtworkFetcher::fetchBlocking(QNetworkAccessManager *network, const QUrl &url)
{
    ArtworkFetcher fetcher(network);
    ImageCheck result;
    QEventLoop loop;
    connect(&fetcher, &ArtworkFetcher::finished, &loop, [&](const ImageCheck &check) {
        result = check;
        loop.quit();
    });
    fetcher.fetch(url);
    loop.exec();
    return result;
}

} // namespace EpisodeDesk::Models
