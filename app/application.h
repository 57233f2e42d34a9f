// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>

namespace EpisodeDesk::Models {
class PostingService;
class SandboxHost;
class Scheduler;
class SecretStore;
} // namespace EpisodeDesk::Models

namespace EpisodeDesk::Ui {
class MainWindow;
}

namespace EpisodeDesk::App {

// The composition root of the window: who creates and wires what. It owns the GUI thread's database
// connection, the Sandbox server, the keychain access and the posting worker's thread with the two
// objects that live on it: the PostingService and, next to it, the Scheduler that posts scheduled
// tweets through it. Teardown follows STYLE.md: the window first, then quit and wait for the worker
// thread, then the scheduler and the service.
//
// The scheduler is constructed on the posting thread itself rather than moved there: its timers are
// members, not children, and moveToThread() would leave them behind on the GUI thread ("Timers cannot
// be started from another thread"). For the same reason it is deleted on that thread, as the thread
// finishes (its timers and its database connection belong to it).
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    explicit Application(QString databasePath, bool demo, QObject *parent = nullptr);
    ~Application() override;

    // Opens the database (seeding the demo when asked) and shows the window. On failure *error says
    // why in plain words and nothing was changed.
    bool start(QString *error);

    Ui::MainWindow *window() const { return m_window.get(); }

private:
    QString m_databasePath;
    bool m_demo;
    Models::Database m_db;
    std::unique_ptr<Models::SandboxHost> m_sandbox;
    std::unique_ptr<Models::SecretStore> m_secrets;
    QThread m_postingThread;
    Models::PostingService *m_posting = nullptr;
    QPointer<Models::Scheduler> m_scheduler;
    std::unique_ptr<Ui::MainWindow> m_window;
};

} // namespace EpisodeDesk::App
