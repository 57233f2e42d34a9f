// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/changewatcher.h"

#include "store/connection.h"
#include "store/migrations.h"
#include "store/sqldialect.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlQuery>

#include <algorithm>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcChangeWatcher, "episodedesk.store.changewatcher")

namespace {
// How often a team database's connection is checked: often enough that "reconnecting…" shows within
// a few seconds of a drop, rarely enough to cost the server nothing (and it keeps the session from
// counting as idle).
constexpr int kHeartbeatMs = 3000;
constexpr int kFirstRetryMs = 500;
constexpr int kLastRetryMs = 15000;
} // namespace

ChangeWatcher::ChangeWatcher(const QSqlDatabase &db, int intervalMs, QObject *parent)
    : QObject(parent), m_db(db), m_postgreSql(dialectOf(db) == SqlDialect::PostgreSQL)
{
    m_timer.setInterval(m_postgreSql ? kHeartbeatMs : intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(50);
    connect(&m_coalesce, &QTimer::timeout, this, &ChangeWatcher::changed);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ChangeWatcher::reconnect);
}

ChangeWatcher::~ChangeWatcher()
{
    stop();
}

void ChangeWatcher::start()
{
    if (m_postgreSql) {
        listen();
    } else {
        m_lastVersion = readVersion();
    }
    m_timer.start();
}

void ChangeWatcher::stop()
{
    m_timer.stop();
    m_retry.stop();
    m_coalesce.stop();
    if (m_postgreSql && m_db.isOpen() && m_db.driver()) {
        disconnect(m_db.driver(), nullptr, this, nullptr);
        m_db.driver()->unsubscribeFromNotification(changeChannel());
    }
}

bool ChangeWatcher::listen()
{
    QSqlDriver *driver = m_db.driver();
    if (!driver || !m_db.isOpen()) {
        return false;
    }
    disconnect(driver, nullptr, this, nullptr);
    // Any source: a change this window made through another of its connections (the posting worker)
    // arrives the same way as a teammate's.
    connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
        if (name == changeChannel()) {
            m_coalesce.start();
        }
    });
    if (driver->subscribedToNotifications().contains(changeChannel())) {
        return true;
    }
    if (!driver->subscribeToNotification(changeChannel())) {
        qCWarning(lcChangeWatcher) << "cannot listen for changes on the team database";
        return false;
    }
    return true;
}

qint64 ChangeWatcher::readVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

void ChangeWatcher::setOnline(bool online)
{
    if (m_online == online) {
        return;
    }
    m_online = online;
    qCInfo(lcChangeWatcher) << (online ? "the team database is reachable again" : "lost the team database");
    Q_EMIT onlineChanged(online);
}

void ChangeWatcher::reconnect()
{
    if (Connection::restoreIfLost(m_db) && listen()) {
        m_retryDelayMs = 0;
        setOnline(true);
        // Whatever teammates did meanwhile was not heard: read everything again.
        Q_EMIT changed();
        return;
    }
    m_retryDelayMs = m_retryDelayMs == 0 ? kFirstRetryMs : std::min(m_retryDelayMs * 2, kLastRetryMs);
    m_retry.start(m_retryDelayMs);
}

void ChangeWatcher::check()
{
    if (m_postgreSql) {
        if (!m_online || m_retry.isActive()) {
            return; // reconnect() is on it
        }
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("SELECT 1")) && !Connection::isLost(m_db)) {
            return;
        }
        // Try once at once; only when that fails is the window told, so that it already knows the
        // delay of the next try it shows.
        m_retryDelayMs = 0;
        reconnect();
        if (m_retry.isActive()) {
            setOnline(false);
        }
        return;
    }
    const qint64 version = readVersion();
    if (version >= 0 && version != m_lastVersion) {
        m_lastVersion = version;
        Q_EMIT changed();
    }
}

} // namespace EpisodeDesk::Models
