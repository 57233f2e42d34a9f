// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace EpisodeDesk::Models {

// Tells when another connection (the posting worker, another window, another process, a teammate's
// computer) committed to the database, and whether the database is reachable.
//
// - SQLite: `PRAGMA data_version` changes exactly when another connection commits, and reading it costs
//   one page cache lookup, so polling it is cheap; it never waits on a writer (WAL readers don't block).
// - PostgreSQL: every write notifies a channel (schema 5, migrations.cpp); this connection LISTENs on
//   it, so a teammate's change arrives as soon as it commits, without polling. A light heartbeat
//   notices a connection the server dropped (restart, network, idle_session_timeout); then isOnline()
//   turns false, reconnecting is retried with backoff, and once back it listens again and emits
//   changed(), since what was missed meanwhile is unknown. What the window shows stays as last read.
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    explicit ChangeWatcher(const QSqlDatabase &db, int intervalMs = 500, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    void start();
    void stop();

    bool isOnline() const { return m_online; }
    // The delay before the next reconnection attempt while offline, in ms (for the status line).
    int retryDelayMs() const { return m_retryDelayMs; }

Q_SIGNALS:
    void changed();
    void onlineChanged(bool online);

public Q_SLOTS:
    // Polls now (SQLite) or checks the connection (PostgreSQL); also called by the timer.
    void check();

private:
    qint64 readVersion() const;
    bool listen();
    void setOnline(bool online);
    void reconnect();

    QSqlDatabase m_db;
    QTimer m_timer;
    QTimer m_coalesce; // one changed() for a burst of notifications
    QTimer m_retry;
    qint64 m_lastVersion = -1;
    bool m_postgreSql = false;
    bool m_online = true;
    int m_retryDelayMs = 0;
};

} // namespace EpisodeDesk::Models
