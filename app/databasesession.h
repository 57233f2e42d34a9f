// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <QPointer>
#include <QString>
#include <QThread>

#include <memory>

namespace EpisodeDesk::Models {
class FeedRefresher;
class PostingService;
class SandboxHost;
class Scheduler;
class SecretStore;
} // namespace EpisodeDesk::Models

namespace EpisodeDesk::Ui {
class MainWindow;
}

namespace EpisodeDesk::App {

// Everything that belongs to one open database: the GUI thread's connection, the Sandbox server, the
// keychain access, the feed's refresher (its own thread), the posting worker's thread with the two objects on it (the
// PostingService and the Scheduler next to it) and the window. Application keeps one; switching databases makes a
// second, and only once that one opened does the first go (so a database that cannot be opened changes nothing).
//
// Teardown follows STYLE.md: the window first, then quit and wait for the worker thread, then the
// scheduler and the service. Quitting the thread lets the service finish the way it does when the app
// quits: a post still waiting for X is aborted and its answer, if any, goes to the journal.
//
// The scheduler is constructed on the posting thread itself rather than moved there: its timers are
// members, not children, and moveToThread() would leave them behind on the GUI thread ("Timers cannot
// be started from another thread"). For the same reason it is deleted on that thread, as the thread
// finishes (its timers and its database connection belong to it).
class DatabaseSession final
{
public:
    explicit DatabaseSession(bool demo);
    ~DatabaseSession();
    Q_DISABLE_COPY_MOVE(DatabaseSession)

    // Opens the database (seeding the demo when asked), starts the posting thread and makes the window,
    // not shown yet. On failure *error says why in plain words, *code is the database's error, and
    // nothing was started.
    bool open(const QString &location, QString *error, Models::Database::Error *code);
    // Shows the window and starts the scheduler and the feed's refreshes.
    void show();

    const Models::DatabaseLocation &location() const { return m_db.location(); }
    Ui::MainWindow *window() const { return m_window.get(); }
    Models::PostingService *postingService() const { return m_posting; }
    QThread *postingThread() { return &m_postingThread; }

private:
    bool m_demo;
    Models::Database m_db;
    std::unique_ptr<Models::SandboxHost> m_sandbox;
    std::unique_ptr<Models::SecretStore> m_secrets;
    QThread m_postingThread;
    Models::PostingService *m_posting = nullptr;
    QPointer<Models::Scheduler> m_scheduler;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Models::FeedRefresher> m_feed;
};

} // namespace EpisodeDesk::App
