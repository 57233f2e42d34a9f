// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace EpisodeDesk::Models {

// Tells when another connection (the posting worker, another window, another process) committed to the
// database. SQLite's `PRAGMA data_version` changes exactly then, and reading it costs one page cache
// lookup, so polling it is cheap; it never waits on a writer (WAL readers don't block).
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    explicit ChangeWatcher(const QSqlDatabase &db, int intervalMs = 500, QObject *parent = nullptr);
    ~ChangeWatcher() override = default;

    void start();
    void stop();

Q_SIGNALS:
    void changed();

public Q_SLOTS:
    // Polls now; also called by the timer.
    void check();

private:
    qint64 readVersion() const;

    QSqlDatabase m_db;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace EpisodeDesk::Models
