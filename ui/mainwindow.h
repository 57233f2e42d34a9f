// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "posting/postingstore.h"
#include "postingnotes.h"
#include "postingrequests.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTableView;
class QTimer;

namespace EpisodeDesk::Models {
class ChangeWatcher;
class EpisodeTableModel;
class PostingService;
class Scheduler;
class SecretStore;
class TweetTableModel;
struct PostOutcome;
} // namespace EpisodeDesk::Models

namespace EpisodeDesk::Ui {

class AccountsDialog;
class EpisodeFilterProxyModel;
class HistoryDialog;
class ScheduleNotifier;
class StatusBadgeDelegate;
struct ScheduleNotification;
struct ScheduledTweet;

// The main window: the show's episodes above, the selected episode's tweets below.
//
//     Models::Database db;
//     db.open(Models::Database::defaultPath(), QStringLiteral("gui"));
//     Ui::MainWindow window(db.connection());
//     window.setSecretStore(&keychain); // services arrive through setters, after construction
//     window.setPostingService(service); // lives on the posting thread; not owned
//     window.setScheduler(scheduler);    // the same thread, next to the service; not owned
//     window.show();
//
// It reads and writes through the GUI thread's connection only, via the stores and item models. Its own
// writes reload the models directly; a ChangeWatcher brings in everyone else's (the posting worker,
// another window, another process). Both models sync rows by id, so selection and scroll position
// survive a reload. Widgets and actions carry objectNames ("episodeView", "newEpisodeAction", …) so tests
// can find them.
//
// Posting. Every way to post (the Post button under the tweets, the menu, the toolbar, Ctrl+P, Retry in
// the history) ends in postTweet(), which first marks the tweet as awaiting an answer (disabling every
// post action for it) and only then confirms and queues one PostingService::post(). A tweet stays marked
// until the engine's postFinished arrives and the next reload shows its new state, so a double-click, a
// held Return or a menu and a shortcut fired together queue one request; the engine's claim makes that
// hold across windows and processes too. The window never waits for the engine: answers arrive as
// queued signals, and its writes (tweetChanged) are coalesced into one reload.
//
// Scheduling. The scheduler posts through the same engine, so its posts show like the button's. The
// window adds what only a person can do about a schedule: a missed tweet offers Post Now and Reschedule;
// a tweet waiting for X's limit says until when; an account X stopped with its usage cap offers Resume
// Posting once the cap was raised on X; the tweet pane's header says how many posts X last said the
// account has left; Edit → Preferences sets the grace period for every window and the headless
// scheduler. A ScheduleNotifier decides what the scheduler's reports are worth a desktop notification;
// the window shows them in the system tray where there is one, and always in its status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where account keys live; handed on to the account dialogs. Not owned; may be null.
    void setSecretStore(Models::SecretStore *store);
    Models::SecretStore *secretStore() const;

    // The posting engine, living on its own thread: the window calls only its thread-safe entry points
    // (post, verify) and listens to its signals. Not owned; may be null (nothing can be posted then).
    void setPostingService(Models::PostingService *service);
    Models::PostingService *postingService() const;

    // The scheduler, living on the posting thread next to the service: the window listens to its
    // signals and calls only its thread-safe checkNow(). Not owned; may be null (nothing is scheduled
    // from this window then; the tweets still show their times).
    void setScheduler(Models::Scheduler *scheduler);
    Models::Scheduler *scheduler() const;

    // What "now" is for Scheduled and Missed, notes, limits and new times: the system clock unless a
    // test or a simulation injects its own (the one its scheduler uses).
    void setClock(std::function<QDateTime()> clock);

    // Decides the desktop notifications; the window shows them (tray or status bar).
    ScheduleNotifier *scheduleNotifier() const;
    // What X last said about the account's posts (read on each reload); nullopt: X never told us.
    std::optional<Models::AccountLimits> limitsFor(qint64 accountId) const;

    // Whether the window waits for anything about this tweet: the user's confirmation, X's answer to a
    // post or a verify, or the reload that shows the answer.
    bool isAwaitingAnswer(qint64 configId) const;
    // What the tweet pane says about a tweet now (also what the history shows).
    PostingNote noteFor(qint64 configId) const;

    // Ask before each post (remembered in QSettings; on by default).
    bool confirmBeforePosting() const;
    void setConfirmBeforePosting(bool confirm);

    // The episode whose tweets are shown, or 0.
    qint64 currentEpisodeId() const;
    // The tweet current in the tweet list, or 0.
    qint64 currentTweetId() const;
    // Makes an episode current (clearing a search that hides it); false when there is no such episode.
    bool selectEpisode(qint64 episodeId);
    bool selectTweet(qint64 configId);

public Q_SLOTS:
    // Re-reads both models from the database.
    void reload();
    // The one path of every "Post now" and "Retry".
    void postTweet(qint64 configId);
    void verifyTweet(qint64 configId);
    void openOnX(qint64 configId);
    void showHistory(qint64 configId);
    // Asks for a new time for a pending tweet (a missed one, typically), then the scheduler posts it then.
    void rescheduleTweet(qint64 configId);
    // After the user raised X's usage cap: lifts the account's stop and wakes the scheduler.
    void resumePosting(qint64 accountId);
    // Raises the window and selects the tweet (a click on its notification).
    void showTweet(qint64 configId);
    void showPreferences();
    // In the system tray when there is one, and in the status bar.
    void showNotification(const EpisodeDesk::Ui::ScheduleNotification &notification);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    QWidget *createEmptyStatePage();
    QWidget *createBrowserPage();
    void setUpEpisodeView();
    void setUpTweetView();

    void newEpisode();
    void editEpisode();
    void deleteEpisode();
    void newTweet();
    void editTweet();
    void deleteTweet();
    void showAccounts();
    void addAccount();
    void showAbout();
    void focusSearch();

    QWidget *createTweetPane(QWidget *parent);
    void sendPost(qint64 configId);
    void onPostFinished(const Models::PostOutcome &outcome);
    void onVerifyFinished(const Models::PostOutcome &outcome);
    void scheduleReload();
    void refreshPostingState();
    void updateTweetNote();
    void updateBusyAnimation();
    void advanceSpinner();
    void onNoteLink(const QString &href);
    void onSchedulerStarted(bool ok, const QString &error);
    void onNextWakeChanged(const QDateTime &when);
    void updateNextWakeLabel();
    void updateLimitsLabel();
    void setUpTray();
    bool saveSchedule(qint64 configId, const QDateTime &when, QString *error);
    bool savePreferences(qint64 graceSeconds, bool askBeforePosting, QString *error);
    bool isUsageCapped(qint64 accountId) const;
    std::optional<ScheduledTweet> scheduledTweet(qint64 configId) const;
    QDateTime now() const;
    std::optional<Models::TweetConfig> configFor(qint64 configId) const;
    bool isSandboxAccount(qint64 accountId) const;
    // Why the tweet cannot be posted now, in words; empty when it can.
    QString postBlocker(const Models::TweetConfig &config) const;

    void openEpisodeDialog(const Models::Episode &episode);
    void openTweetDialog(const Models::TweetConfig &config);
    void onCurrentEpisodeChanged();
    void applySearch();
    void applyStatusFilter();
    void updateEmptyState();
    void updateTweetHeader();
    void updateActions();
    void readSettings();
    void writeSettings() const;

    QSqlDatabase m_db;
    QPointer<Models::SecretStore> m_secretStore;
    QPointer<Models::PostingService> m_postingService;
    QList<QMetaObject::Connection> m_serviceConnections;
    QPointer<Models::Scheduler> m_scheduler;
    QList<QMetaObject::Connection> m_schedulerConnections;
    std::function<QDateTime()> m_clock;
    ScheduleNotifier *m_notifier = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QDateTime m_nextWake;
    QString m_schedulerProblem; // why scheduled posts are not being sent from here, if they are not

    // The tweets the window waits on, and the engine's latest answer about each. A waiting tweet has its
    // post actions off.
    PostingRequests m_requests;
    QHash<qint64, Models::Account> m_accounts; // read on reload: notes need to know Sandbox accounts
    QHash<qint64, Models::AccountLimits> m_limits; // read on reload; an account X never told about is absent

    Models::EpisodeTableModel *m_episodeModel = nullptr;
    Models::TweetTableModel *m_tweetModel = nullptr;
    EpisodeFilterProxyModel *m_episodeProxy = nullptr;
    QSortFilterProxyModel *m_tweetProxy = nullptr;
    Models::ChangeWatcher *m_watcher = nullptr;
    StatusBadgeDelegate *m_badgeDelegate = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QTimer *m_spinnerTimer = nullptr;
    QPointer<HistoryDialog> m_historyDialog;
    QPointer<AccountsDialog> m_accountsDialog;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyStatePage = nullptr;
    QWidget *m_browserPage = nullptr;
    QLabel *m_accountStep = nullptr;
    QPushButton *m_emptyAccountButton = nullptr;
    QPushButton *m_emptyEpisodeButton = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTableView *m_episodeView = nullptr;
    QLabel *m_tweetHeader = nullptr;
    QLabel *m_limitsLabel = nullptr;
    QLabel *m_nextWakeLabel = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTableView *m_tweetView = nullptr;
    QWidget *m_tweetPane = nullptr;
    QLabel *m_tweetNote = nullptr;
    QPushButton *m_postButton = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_rescheduleButton = nullptr;

    QAction *m_newEpisodeAction = nullptr;
    QAction *m_editEpisodeAction = nullptr;
    QAction *m_deleteEpisodeAction = nullptr;
    QAction *m_newTweetAction = nullptr;
    QAction *m_editTweetAction = nullptr;
    QAction *m_deleteTweetAction = nullptr;
    QAction *m_postAction = nullptr;
    QAction *m_rescheduleAction = nullptr;
    QAction *m_resumePostingAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_openOnXAction = nullptr;
    QAction *m_confirmAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_quitAction = nullptr;
};

} // namespace EpisodeDesk::Ui
