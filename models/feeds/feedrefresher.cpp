// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds/feedrefresher.h"

#include "store/database.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

#include <memory>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcFeedRefresher, "episodedesk.feeds.refresher")

// Owns what the refresh thread uses: its connection and its network access manager, both made on that
// thread on first use.
// No meta-object of its own: it only receives queued calls, and answers through the owner's done().
class FeedRefresher::Worker final : public QObject
{
public:
    Worker(FeedRefresher::Options options, FeedRefresher *owner) : m_options(std::move(options)), m_owner(owner) { }

    void refresh()
    {
        FeedUpdate::Result result;
        if (!m_db) {
            static QAtomicInteger<quint64> connections;
            m_db = std::make_unique<Database>();
            if (!m_db->open(m_options.databasePath, QStringLiteral("feed-refresh-%1").arg(++connections))) {
                result.error = FeedUpdate::Error::Store;
                result.storeError = FeedStore::Error::Failed;
                result.errorString = m_db->errorString();
                m_db.reset();
                done(result, true);
                return;
            }
            m_manager = std::make_unique<QNetworkAccessManager>();
        }
        if (!FeedStore(m_db->connection()).feed()) {
            done(result, false);
            return;
        }
        result = FeedUpdate(m_db->connection(), m_manager.get(), m_options.update).refresh();
        done(result, true);
    }

    void shutDown()
    {
        m_manager.reset();
        m_db.reset();
    }

private:
    void done(const FeedUpdate::Result &result, bool hasFeed)
    {
        // The owner outlives this call: its destructor waits for this thread.
        QMetaObject::invokeMethod(
            m_owner, [owner = m_owner, result, hasFeed] { owner->finished(result, hasFeed); }, Qt::QueuedConnection);
    }

    FeedRefresher::Options m_options;
    FeedRefresher *m_owner = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

FeedRefresher::FeedRefresher(Options options, QObject *parent) : QObject(parent), m_options(std::move(options))
{
    m_thread.setObjectName(QStringLiteral("feed"));
    m_worker = new Worker(m_options, this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_timer.setInterval(m_options.interval);
    connect(&m_timer, &QTimer::timeout, this, &FeedRefresher::refreshNow);
    m_thread.start();
}

FeedRefresher::~FeedRefresher()
{
    m_timer.stop();
    // A refresh in progress ends on its own timeouts; its connection is closed on its thread.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->shutDown(); }, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void FeedRefresher::finished(const FeedUpdate::Result &result, bool hasFeed)
{
    m_running = false;
    if (!hasFeed) {
        return;
    }
    if (!result.ok()) {
        qCWarning(lcFeedRefresher) << "feed refresh failed:" << result.errorString;
    }
    Q_EMIT refreshed(result);
}

void FeedRefresher::start()
{
    m_timer.start();
    refreshNow();
}

void FeedRefresher::refreshNow()
{
    if (m_running) {
        qCDebug(lcFeedRefresher) << "a refresh is still running; this one is skipped";
        return;
    }
    m_running = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->refresh(); }, Qt::QueuedConnection);
}

} // namespace EpisodeDesk::Models
