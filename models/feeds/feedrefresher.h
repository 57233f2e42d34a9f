// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedupdate.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <chrono>

namespace EpisodeDesk::Models {

// Refreshes the show's feed now and then every `interval` while the app or `scheduler run` is up, on
// a thread of its own with its own connection: a slow feed server never holds up the window or the
// scheduler. A show without a feed is skipped quietly; a refresh still running when the next is due
// is not doubled. Two refreshers (two windows, a window and the scheduler, two teammates) may run
// at once: FeedStore makes that safe.
class FeedRefresher final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString databasePath; // what Database::open takes: the same database as the owner's
        std::chrono::milliseconds interval = std::chrono::minutes(30);
        FeedUpdate::Options update;
    };

    explicit FeedRefresher(Options options, QObject *parent = nullptr);
    ~FeedRefresher() override;

    void start(); // refreshes at once, then every interval
    void refreshNow();
    bool isRefreshing() const { return m_running; }

Q_SIGNALS:
    // After each refresh of a show that has a feed (not after the quiet skip of one without).
    void refreshed(const EpisodeDesk::Models::FeedUpdate::Result &result);

private:
    class Worker;
    void finished(const FeedUpdate::Result &result, bool hasFeed);

    Options m_options;
    QThread m_thread;
    Worker *m_worker = nullptr; // lives on m_thread
    QTimer m_timer;
    bool m_running = false;
};

} // namespace EpisodeDesk::Models
