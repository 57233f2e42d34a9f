// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "postingnotes.h"
#include "store/database.h"
#include "store/databaselocation.h"
#include "windowactions.h"
#include "windowstate.h"

#include <QMainWindow>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace EpisodeDesk::Models {
class ChangeWatcher;
class PostingService;
class Scheduler;
class SecretStore;
class TweetTableModel;
} // namespace EpisodeDesk::Models

namespace EpisodeDesk::Ui {

class AccountsDialog;
class EpisodeListPane;
class NextWakeLabel;
class Notifications;
class PostController;
class ScheduleNotifier;
class TeamDatabaseDialog;
class TweetEditor;
class TweetPane;
class WelcomePage;
class WindowDialogs;
struct ScheduleNotification;

// The main window: the show's episodes above (EpisodeListPane), the selected episode's tweets below
// (TweetPane), a welcome page while there are no episodes. It owns the actions, menus, toolbar, the
// layout and the wiring; the panes own their widgets and behaviour, the PostController the posting
// flow, TweetEditor the tweet dialogs, Notifications the tray (Zeal's MainWindow hands browsing to
// BrowserTab and search to SearchSidebar the same way).
//
//     Models::Database db;
//     db.open(Models::Database::defaultPath(), QStringLiteral("gui"));
//     Ui::MainWindow window(db.connection());
//     window.setSecretStore(&keychain); // services arrive through setters, after construction
//     window.setPostingService(service); // lives on the posting thread; not owned
//     window.setScheduler(scheduler);    // the same thread, next to the service; not owned
//     window.show();
//
// It reads and writes through the GUI thread's connection only. Its own writes reload at once; a
// ChangeWatcher brings in everyone else's (the posting worker, another window, another process), and
// the engine's burst of writes is coalesced into one reload. The models sync rows by id, so selection
// and scroll position survive a reload. Widgets and actions carry objectNames ("episodeView",
// "newEpisodeAction", …) so tests can find them. Window state (size, splitter, columns, the last
// episode) is kept per database (DatabaseLocation::key()).
//
// File → Open Database…, Open Team Database… and Open Recent only ask: openDatabaseRequested() goes to
// the composition root (App::Application), which opens the other database with its own window and
// services and closes this one. While a team database cannot be reached, the status bar says
// "Reconnecting…" and the lists keep showing what was last read.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The location names the database in the title, the About box and the saved layout; without it,
    // the connection's file is taken (SQLite).
    MainWindow(const QSqlDatabase &db, const Models::DatabaseLocation &location, QWidget *parent = nullptr);
    explicit MainWindow(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Models::DatabaseLocation &databaseLocation() const { return m_location; }
    // Before this window goes (quitting, or another database replacing it): asks when posts still wait
    // for X's answer, and saves the layout. False: the user chose to stay.
    bool prepareToClose();
    // Another database could not be opened: says why, and for a team database that wants a password,
    // opens the team database dialog on it to ask for one.
    void showOpenError(const QString &location, Models::Database::Error error, const QString &message);
    // The team database dialog while it is open (tests fill it in).
    TeamDatabaseDialog *teamDatabaseDialog() const;

    // Where account keys live; handed on to the account dialogs. Not owned; may be null.
    void setSecretStore(Models::SecretStore *store);
    Models::SecretStore *secretStore() const;
    // The posting engine on its own thread (see PostController). Not owned; may be null.
    void setPostingService(Models::PostingService *service);
    Models::PostingService *postingService() const;
    // The scheduler, next to the service: the window listens and calls only its thread-safe checkNow().
    // Not owned; may be null (nothing is scheduled from this window then; tweets still show their times).
    void setScheduler(Models::Scheduler *scheduler);
    Models::Scheduler *scheduler() const;
    // What "now" is for Scheduled and Missed, notes, limits and new times: the system clock unless a
    // test or a simulation injects its own (the one its scheduler uses).
    void setClock(std::function<QDateTime()> clock);

    PostController *postController() const { return m_controller; }
    EpisodeListPane *episodeListPane() const { return m_episodePane; }
    TweetPane *tweetPane() const { return m_tweetPane; }
    ScheduleNotifier *scheduleNotifier() const;

    // Shorthands for the panes and the controller, which tests and the history use most.
    std::optional<Models::AccountLimits> limitsFor(qint64 accountId) const;
    bool isAwaitingAnswer(qint64 configId) const;
    PostingNote noteFor(qint64 configId) const;
    bool confirmBeforePosting() const;
    void setConfirmBeforePosting(bool confirm);
    qint64 currentEpisodeId() const;
    qint64 currentTweetId() const;
    bool selectEpisode(qint64 episodeId);
    bool selectTweet(qint64 configId);

public Q_SLOTS:
    // Re-reads everything from the database.
    void reload();
    void scheduleReload();
    void postTweet(qint64 configId);
    void verifyTweet(qint64 configId);
    // Raises the window and selects the tweet (a click on its notification).
    void showTweet(qint64 configId);
    void showPreferences();
    void showNotification(const EpisodeDesk::Ui::ScheduleNotification &notification);
    void openDatabaseFile();
    void openTeamDatabase();

Q_SIGNALS:
    // The user chose another database (a file path or a team database's URI, never with a password).
    void openDatabaseRequested(const QString &location);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void connectTweetActions();
    void createMenus();
    void createToolBar();
    QWidget *createBrowserPage();
    void connectPanes();
    void connectScheduler(Models::Scheduler *scheduler);
    void updateEmptyState();
    void updateGlobalActions();
    void showStatus(const QString &text);
    void raiseWindow();
    void openTeamDatabaseAt(const Models::DatabaseLocation *location, const QString &message);
    void updateRecentMenu();
    void setOnline(bool online);
    void updateReconnectLabel();
    void readSettings();
    void writeSettings();
    WindowState::Widgets windowStateWidgets();

    QSqlDatabase m_db;
    Models::DatabaseLocation m_location;
    QPointer<Models::Scheduler> m_scheduler;
    QList<QMetaObject::Connection> m_schedulerConnections;
    std::function<QDateTime()> m_clock;

    Models::TweetTableModel *m_tweetModel = nullptr;
    PostController *m_controller = nullptr;
    TweetEditor *m_tweetEditor = nullptr;
    Notifications *m_notifications = nullptr;
    Models::ChangeWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
    WindowDialogs *m_dialogs = nullptr;

    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    QWidget *m_browserPage = nullptr;
    QSplitter *m_splitter = nullptr;
    EpisodeListPane *m_episodePane = nullptr;
    TweetPane *m_tweetPane = nullptr;
    NextWakeLabel *m_nextWakeLabel = nullptr;
    QLabel *m_reconnectLabel = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    QMenu *m_recentMenu = nullptr;
    QPointer<TeamDatabaseDialog> m_teamDialog;

    WindowActions m_actions;
};

} // namespace EpisodeDesk::Ui
