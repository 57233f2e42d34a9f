// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <QObject>

#include <functional>
#include <memory>

namespace EpisodeDesk::Models {
class PostingService;
}

namespace EpisodeDesk::Ui {
class MainWindow;
}

namespace EpisodeDesk::App {

class DatabaseSession;

// The composition root of the window: which database is open, and switching to another at run time.
// Everything that belongs to the open database (its connection, the posting thread, the scheduler, the
// window) is a DatabaseSession; a switch opens the new one first and drops the old one only once the
// new one works, so a database that cannot be opened leaves the current one open.
//
// A team database's password, when this computer's keychain keeps one, is read before each open and
// handed to Database::setSessionPassword(); a file needs none. Each database opened (not the demo) goes
// to the recent list and is what the next start without --db opens.
class Application final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    explicit Application(bool demo, QObject *parent = nullptr);
    ~Application() override;

    // Opens the database and shows the window, from the event loop (the keychain answers there):
    // started() tells how it went.
    void start(const QString &location);
    // Opens another database in place of the current one; switched() tells how it went. On failure
    // the current one stays open and the window shows why (asking for a team database's password when
    // the server wants one).
    void switchTo(const QString &location);

    Ui::MainWindow *window() const;
    Models::PostingService *postingService() const;
    // The open database's location (what --db takes); empty before start() succeeded.
    QString currentLocation() const;

Q_SIGNALS:
    void started(bool ok, const QString &error);
    void switched(bool ok, const QString &error);

private:
    using Opened = std::function<void(std::unique_ptr<DatabaseSession> session, const QString &error,
                                      Models::Database::Error code)>;
    void openSession(const QString &location, Opened done);
    void adopt(std::unique_ptr<DatabaseSession> session);

    bool m_demo;
    std::unique_ptr<DatabaseSession> m_session;
};

} // namespace EpisodeDesk::App
