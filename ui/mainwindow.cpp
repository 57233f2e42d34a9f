// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accountsdialog.h"
#include "episodelistpane.h"
#include "historydialog.h"
#include "itemmodels/tweettablemodel.h"
#include "messagebox.h"
#include "nextwakelabel.h"
#include "notifications.h"
#include "postcontroller.h"
#include "posting/scheduler.h"
#include "recentdatabases.h"
#include "schedulenotifier.h"
#include "secrets/secretstore.h"
#include "statusbar.h"
#include "store/accountstore.h"
#include "store/changewatcher.h"
#include "store/settingsstore.h"
#include "store/tweetstore.h"
#include "teamdatabasedialog.h"
#include "tweeteditor.h"
#include "tweetpane.h"
#include "welcomepage.h"
#include "windowactions.h"
#include "windowdialogs.h"
#include "windowstate.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcMainWindow, "episodedesk.ui.mainwindow")

namespace {

// Half a second feels live and costs one cheap PRAGMA per poll (see ChangeWatcher).
constexpr int refreshIntervalMs = 500;
constexpr int statusMessageMs = 4000;
// The engine reports every write (claim, finish) as tweetChanged: with a hundred posts in flight that is
// hundreds of signals in a burst. They are gathered into one reload per this many milliseconds, so the
// event loop never works through a queue of reloads.
constexpr int reloadCoalesceMs = 40;

const QString appIconPath = QStringLiteral(":/episodedesk/icons/episodedesk.svg");

} // namespace

MainWindow::MainWindow(const QSqlDatabase &db, QWidget *parent)
    : MainWindow(db, Models::DatabaseLocation::file(db.databaseName()), parent)
{ }

MainWindow::MainWindow(const QSqlDatabase &db, const Models::DatabaseLocation &location, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_location(location)
{
    setObjectName(QStringLiteral("mainWindow"));
    // The platform adds the application's name (applicationDisplayName) where its windows show one.
    setWindowTitle(m_location.displayName());
    m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    m_tweetModel = new Models::TweetTableModel(m_db, this);
    m_controller = new PostController(m_db, m_tweetModel, this);
    // From the history's Retry, the question belongs over the history.
    m_controller->setDialogParent([this]() -> QWidget * {
        QWidget *history = m_tweetPane ? m_tweetPane->historyDialog() : nullptr;
        if (history && history->isActiveWindow()) {
            return history;
        }
        if (QWidget *accounts = m_dialogs->accountsDialog(); accounts && accounts->isVisible()) {
            return accounts;
        }
        return this;
    });
    m_tweetEditor = new TweetEditor(m_db, m_controller, this);
    m_dialogs = new WindowDialogs(m_db, m_location, m_controller, this);
    m_notifications = new Notifications(m_db, this);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(reloadCoalesceMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &MainWindow::reload);

    createActions();
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_welcomePage = new WelcomePage(m_pages);
    m_browserPage = createBrowserPage();
    m_pages->addWidget(m_welcomePage);
    m_pages->addWidget(m_browserPage);
    setCentralWidget(m_pages);
    createMenus();
    createToolBar();
    // Ours elides a long notice instead of cutting it mid-word, and shows it whole as its tooltip.
    setStatusBar(new StatusBar(this));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_nextWakeLabel = new NextWakeLabel(statusBar());
    statusBar()->addPermanentWidget(m_nextWakeLabel);
    m_reconnectLabel = new QLabel(statusBar());
    m_reconnectLabel->setObjectName(QStringLiteral("reconnectingLabel"));
    m_reconnectLabel->hide();
    statusBar()->addPermanentWidget(m_reconnectLabel);
    connectPanes();

    m_watcher = new Models::ChangeWatcher(m_db, refreshIntervalMs, this);
    // Back online, the watcher emits changed() as well: what teammates did meanwhile is read then.
    connect(m_watcher, &Models::ChangeWatcher::changed, this, &MainWindow::reload);
    connect(m_watcher, &Models::ChangeWatcher::onlineChanged, this, &MainWindow::setOnline);
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setInterval(500); // the retry delay grows while offline: keep the words current
    connect(m_reconnectTimer, &QTimer::timeout, this, &MainWindow::updateReconnectLabel);
    m_watcher->start();

    // "Scheduled" turns into "Missed" with time alone, without any write to watch for: look again every
    // minute. The model computes the status when asked, so a repaint (and a refilter) is enough.
    auto *clock = new QTimer(this);
    clock->setInterval(std::chrono::minutes(1));
    connect(clock, &QTimer::timeout, m_tweetPane, &TweetPane::refilter);
    connect(clock, &QTimer::timeout, m_nextWakeLabel, &NextWakeLabel::refresh);
    clock->start();

    reload();
    readSettings();
}

MainWindow::~MainWindow()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_schedulerConnections)) {
        disconnect(connection);
    }
}

// --- Services --------------------------------------------------------------------------------------

void MainWindow::setSecretStore(Models::SecretStore *store)
{
    m_dialogs->setSecretStore(store);
}

Models::SecretStore *MainWindow::secretStore() const
{
    return m_dialogs->secretStore();
}

void MainWindow::setPostingService(Models::PostingService *service)
{
    m_controller->setPostingService(service);
}

Models::PostingService *MainWindow::postingService() const
{
    return m_controller->postingService();
}

void MainWindow::setScheduler(Models::Scheduler *scheduler)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_schedulerConnections)) {
        disconnect(connection);
    }
    m_schedulerConnections.clear();
    m_scheduler = scheduler;
    m_controller->setScheduler(scheduler);
    m_tweetEditor->setScheduler(scheduler);
    m_dialogs->setScheduler(scheduler);
    m_nextWakeLabel->setSchedulerPresent(scheduler != nullptr);
    if (scheduler) {
        connectScheduler(scheduler);
        m_notifications->setUpTray(windowIcon().isNull() ? QIcon(appIconPath) : windowIcon());
        // Its first plan may have been made before these connections: ask for a fresh one.
        scheduler->checkNow();
    }
}

void MainWindow::connectScheduler(Models::Scheduler *scheduler)
{
    using Models::Scheduler;
    ScheduleNotifier *notifier = m_notifications->notifier();
    // Another thread: every connection is queued. The scheduler's posts also answer through the
    // service's postFinished (the controller); these add what only the scheduler knows.
    m_schedulerConnections = {
        connect(scheduler, &Scheduler::started, m_nextWakeLabel, &NextWakeLabel::onSchedulerStarted),
        connect(scheduler, &Scheduler::nextWakeChanged, m_nextWakeLabel, &NextWakeLabel::setNextWake),
        connect(scheduler, &Scheduler::posting, this,
                [this] {
                    showStatus(tr("Posting a scheduled tweet…"));
                    scheduleReload();
                }),
        connect(scheduler, &Scheduler::postFinished, notifier, &ScheduleNotifier::scheduledPostFinished),
        connect(scheduler, &Scheduler::missed, notifier, &ScheduleNotifier::missed),
        connect(scheduler, &Scheduler::waiting, notifier, &ScheduleNotifier::waiting),
        connect(scheduler, &Scheduler::held, notifier, &ScheduleNotifier::held),
        // Missed and Scheduled follow from the time alone; waiting wrote next_retry_at, and a usage cap
        // changes what the account's tweets say: read again.
        connect(scheduler, &Scheduler::missed, this, &MainWindow::scheduleReload),
        connect(scheduler, &Scheduler::waiting, this, &MainWindow::scheduleReload),
        connect(scheduler, &Scheduler::held, this, &MainWindow::scheduleReload),
    };
}

Models::Scheduler *MainWindow::scheduler() const
{
    return m_scheduler;
}

void MainWindow::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock;
    m_tweetModel->setClock(clock);
    m_controller->setClock(clock);
    m_tweetEditor->setClock(clock);
    m_tweetPane->setClock(clock);
    m_notifications->setClock(clock);
    m_nextWakeLabel->setClock(clock);
    m_dialogs->setClock(clock);
    reload();
}

ScheduleNotifier *MainWindow::scheduleNotifier() const
{
    return m_notifications->notifier();
}

std::optional<Models::AccountLimits> MainWindow::limitsFor(qint64 accountId) const
{
    return m_controller->limitsFor(accountId);
}

bool MainWindow::isAwaitingAnswer(qint64 configId) const
{
    return m_controller->isAwaitingAnswer(configId);
}

PostingNote MainWindow::noteFor(qint64 configId) const
{
    return m_controller->noteFor(configId);
}

bool MainWindow::confirmBeforePosting() const
{
    return m_controller->confirmBeforePosting();
}

void MainWindow::setConfirmBeforePosting(bool confirm)
{
    m_controller->setConfirmBeforePosting(confirm);
}

qint64 MainWindow::currentEpisodeId() const
{
    return m_episodePane->currentEpisodeId();
}

qint64 MainWindow::currentTweetId() const
{
    return m_tweetPane->currentTweetId();
}

bool MainWindow::selectEpisode(qint64 episodeId)
{
    return m_episodePane->selectEpisode(episodeId);
}

bool MainWindow::selectTweet(qint64 configId)
{
    return m_tweetPane->selectTweet(configId);
}

void MainWindow::postTweet(qint64 configId)
{
    m_controller->post(configId);
}

void MainWindow::verifyTweet(qint64 configId)
{
    m_controller->verify(configId);
}

// --- Construction ----------------------------------------------------------------------------------

void MainWindow::createActions()
{
    m_actions = WindowActions::create(this);
    connectTweetActions();
    connect(m_actions.newEpisode, &QAction::triggered, this, [this] { m_episodePane->newEpisode(); });
    connect(m_actions.editEpisode, &QAction::triggered, this, [this] { m_episodePane->editEpisode(); });
    connect(m_actions.deleteEpisode, &QAction::triggered, this, [this] { m_episodePane->deleteEpisode(); });
    connect(m_actions.find, &QAction::triggered, this, [this] { m_episodePane->focusSearch(); });
    connect(m_actions.accounts, &QAction::triggered, m_dialogs, &WindowDialogs::showAccounts);
    connect(m_actions.openDatabase, &QAction::triggered, this, &MainWindow::openDatabaseFile);
    connect(m_actions.openTeamDatabase, &QAction::triggered, this, &MainWindow::openTeamDatabase);
    connect(m_actions.importFeed, &QAction::triggered, m_dialogs, &WindowDialogs::importFeed);
    connect(m_actions.announcements, &QAction::triggered, m_dialogs, &WindowDialogs::showAnnouncements);
    connect(m_actions.clearRecent, &QAction::triggered, this, [] { RecentDatabases::clear(); });
    connect(m_actions.about, &QAction::triggered, m_dialogs, &WindowDialogs::showAbout);
    connect(m_actions.quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions.preferences, &QAction::triggered, m_dialogs, &WindowDialogs::showPreferences);
    connect(m_actions.refresh, &QAction::triggered, this, &MainWindow::reload);
}

void MainWindow::connectTweetActions()
{
    m_actions.confirmBeforePosting->setChecked(m_controller->confirmBeforePosting());
    connect(m_actions.confirmBeforePosting, &QAction::toggled, m_controller, &PostController::setConfirmBeforePosting);
    connect(m_controller, &PostController::confirmBeforePostingChanged, m_actions.confirmBeforePosting,
            &QAction::setChecked);

    // Every way to act on the selected tweet ends in the controller or the editor, like the pane's buttons.
    auto current = [this] {
        return m_tweetPane->currentTweetId();
    };
    connect(m_actions.post, &QAction::triggered, this, [this, current] { m_controller->post(current()); });
    connect(m_actions.verify, &QAction::triggered, this, [this, current] { m_controller->verify(current()); });
    connect(m_actions.openOnX, &QAction::triggered, this, [this, current] { m_tweetPane->openOnX(current()); });
    connect(m_actions.history, &QAction::triggered, this, [this, current] { m_tweetPane->showHistory(current()); });
    connect(m_actions.reschedule, &QAction::triggered, this,
            [this, current] { m_tweetEditor->rescheduleTweet(current()); });
    connect(m_actions.editTweet, &QAction::triggered, this, [this, current] { m_tweetEditor->editTweet(current()); });
    connect(m_actions.deleteTweet, &QAction::triggered, this,
            [this, current] { m_tweetEditor->deleteTweet(current()); });
    connect(m_actions.resumePosting, &QAction::triggered, this, [this, current] {
        if (const auto config = m_controller->configFor(current())) {
            m_controller->resumePosting(config->accountId);
        }
    });
    connect(m_actions.newTweet, &QAction::triggered, this, [this] {
        // Shows rarely switch accounts: start from the one this episode's latest tweet uses.
        const int rows = m_tweetModel->rowCount();
        m_tweetEditor->newTweet(m_episodePane->currentEpisodeId(),
                                rows > 0 ? m_tweetModel->configAt(rows - 1).accountId : 0);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_actions.openDatabase, m_actions.openTeamDatabase});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    // Read when opened: another window or the last switch may have changed the list.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    file->addActions({m_actions.importFeed, m_actions.announcements, m_actions.accounts});
    file->addSeparator();
    file->addAction(m_actions.quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_actions.find, m_actions.refresh});
    edit->addSeparator();
    edit->addAction(m_actions.preferences);

    QMenu *episode = menuBar()->addMenu(tr("E&pisode"));
    episode->addActions({m_actions.newEpisode, m_actions.editEpisode, m_actions.deleteEpisode});

    QMenu *tweet = menuBar()->addMenu(tr("&Tweet"));
    tweet->addActions({m_actions.newTweet, m_actions.editTweet, m_actions.deleteTweet});
    tweet->addSeparator();
    tweet->addActions({m_actions.post, m_actions.reschedule, m_actions.verify, m_actions.openOnX, m_actions.history});
    tweet->addSeparator();
    tweet->addActions({m_actions.resumePosting, m_actions.confirmBeforePosting});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions.about);
    // In a narrow window Qt folds menus and toolbar buttons behind an icon-only "»" button (found by Qt's
    // own objectName): give it words for a screen reader.
    if (auto *more = menuBar()->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button"))) {
        more->setAccessibleName(tr("More menus"));
    }
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() needs it
    toolBar->setMovable(false);
    // Words next to icons: the toolbar is the map of what the app does, and icon themes vary.
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_actions.newEpisode, m_actions.newTweet});
    toolBar->addSeparator();
    toolBar->addActions({m_actions.post, m_actions.verify, m_actions.history});
    toolBar->addSeparator();
    toolBar->addAction(m_actions.accounts);
    if (auto *more = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
        more->setAccessibleName(tr("More toolbar commands"));
    }
}

QWidget *MainWindow::createBrowserPage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("browserPage"));
    m_episodePane = new EpisodeListPane(m_db, page);
    m_episodePane->setActions(
        {m_actions.newEpisode, m_actions.editEpisode, m_actions.deleteEpisode, m_actions.newTweet, m_actions.find});
    m_tweetPane = new TweetPane(m_db, m_tweetModel, m_controller, m_tweetEditor, page);
    m_tweetPane->setActions({m_actions.post, m_actions.reschedule, m_actions.verify, m_actions.openOnX,
                             m_actions.history, m_actions.resumePosting, m_actions.newTweet, m_actions.editTweet,
                             m_actions.deleteTweet});

    m_splitter = new QSplitter(Qt::Vertical, page);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_episodePane);
    m_splitter->addWidget(m_tweetPane);
    // The tweets get the larger half: on release day they are what is watched and acted on.
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_splitter);
    return page;
}

void MainWindow::connectPanes()
{
    connect(m_episodePane, &EpisodeListPane::currentEpisodeChanged, m_tweetPane, &TweetPane::setEpisode);
    connect(m_episodePane, &EpisodeListPane::saved, this, &MainWindow::reload);
    connect(m_episodePane, &EpisodeListPane::removed, this, &MainWindow::reload);
    connect(m_episodePane, &EpisodeListPane::stale, this, &MainWindow::reload);
    connect(m_episodePane, &EpisodeListPane::statusMessage, this, &MainWindow::showStatus);

    connect(m_tweetEditor, &TweetEditor::saved, this, [this](qint64 configId) {
        reload();
        if (const auto config = Models::TweetStore(m_db).find(configId)) {
            selectEpisode(config->episodeId);
        }
        selectTweet(configId);
    });
    connect(m_tweetEditor, &TweetEditor::removed, this, &MainWindow::reload);
    connect(m_tweetEditor, &TweetEditor::stale, this, &MainWindow::reload);
    connect(m_tweetEditor, &TweetEditor::statusMessage, this, &MainWindow::showStatus);
    connect(m_tweetEditor, &TweetEditor::addAccountRequested, m_dialogs, &WindowDialogs::addAccount);
    connect(m_tweetPane, &TweetPane::statusMessage, this, &MainWindow::showStatus);

    connect(m_controller, &PostController::statusMessage, this, &MainWindow::showStatus);
    connect(m_controller, &PostController::reloadRequested, this, &MainWindow::scheduleReload);
    connect(m_controller, &PostController::accountResumed, this, [this](qint64 accountId) {
        m_notifications->notifier()->accountResumed(accountId);
        reload();
    });

    connect(m_dialogs, &WindowDialogs::changed, this, &MainWindow::reload);
    connect(m_dialogs, &WindowDialogs::statusMessage, this, &MainWindow::showStatus);
    connect(m_dialogs, &WindowDialogs::preferencesSaved, this, [this] {
        reload();
        // Missed and Scheduled may have swapped without any row changing: filter and paint again.
        m_tweetPane->proxy()->invalidate();
    });
    connect(m_welcomePage, &WelcomePage::addAccountRequested, m_dialogs, &WindowDialogs::addAccount);
    connect(m_welcomePage, &WelcomePage::manageAccountsRequested, m_dialogs, &WindowDialogs::showAccounts);
    connect(m_welcomePage, &WelcomePage::importFeedRequested, m_dialogs, &WindowDialogs::importFeed);
    connect(m_welcomePage, &WelcomePage::addEpisodeRequested, m_episodePane, &EpisodeListPane::newEpisode);

    connect(m_notifications, &Notifications::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_notifications, &Notifications::tweetRequested, this, &MainWindow::showTweet);
    connect(m_notifications, &Notifications::windowRequested, this, &MainWindow::raiseWindow);
}

// --- Refresh ---------------------------------------------------------------------------------------

void MainWindow::reload()
{
    m_reloadTimer->stop(); // whatever it was gathering is read now
    m_controller->refresh();
    // Shared through the database: another window or the command line may have changed it.
    m_tweetModel->setGraceSeconds(Models::SettingsStore(m_db).graceSeconds());
    m_episodePane->reload();
    // The current episode's title may have changed (and a search may have hidden it).
    m_tweetPane->setEpisode(m_episodePane->currentEpisodeId(), m_episodePane->currentTitle());
    m_tweetModel->reload();
    updateEmptyState();
    // The models now show every answer that arrived before this read.
    m_controller->settle();
    m_tweetPane->afterReload();
    if (AccountsDialog *accounts = m_dialogs->accountsDialog()) {
        accounts->refreshLimits();
    }
}

void MainWindow::scheduleReload()
{
    if (!m_reloadTimer->isActive()) {
        m_reloadTimer->start();
    }
}

void MainWindow::updateEmptyState()
{
    const bool empty = m_episodePane->isEmpty();
    if (empty) {
        m_welcomePage->setAccounts(Models::AccountStore(m_db).all());
    }
    QWidget *page = empty ? static_cast<QWidget *>(m_welcomePage) : m_browserPage;
    if (m_pages->currentWidget() != page) {
        m_pages->setCurrentWidget(page);
        if (empty) {
            m_welcomePage->focusNextStep();
        }
    }
    updateGlobalActions();
}

void MainWindow::updateGlobalActions()
{
    m_actions.find->setEnabled(m_pages->currentWidget() == m_browserPage);
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, statusMessageMs);
}

void MainWindow::showPreferences()
{
    m_dialogs->showPreferences();
}

// --- Notifications ---------------------------------------------------------------------------------

void MainWindow::showNotification(const ScheduleNotification &notification)
{
    m_notifications->show(notification);
}

void MainWindow::raiseWindow()
{
    if (isMinimized()) {
        showNormal();
    } else {
        show();
    }
    raise();
    activateWindow();
}

void MainWindow::showTweet(qint64 configId)
{
    raiseWindow();
    const auto config = Models::TweetStore(m_db).find(configId);
    if (!config || config->archived) {
        showStatus(tr("That tweet no longer exists."));
        return;
    }
    auto select = [this, &config] {
        return selectEpisode(config->episodeId) && selectTweet(config->id);
    };
    // The notification may be fresher than the lists: read them again if the tweet is not there yet.
    if (!select()) {
        reload();
        if (!select()) {
            showStatus(tr("That tweet is not in the list."));
            return;
        }
    }
    m_tweetPane->view()->setFocus(Qt::OtherFocusReason);
}

// --- Other databases -------------------------------------------------------------------------------

void MainWindow::openDatabaseFile()
{
    const QString start = m_location.isPostgreSql() ? QString() : QFileInfo(m_location.filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                                      tr("EpisodeDesk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty()) {
        Q_EMIT openDatabaseRequested(path);
    }
}

TeamDatabaseDialog *MainWindow::teamDatabaseDialog() const
{
    return m_teamDialog;
}

void MainWindow::openTeamDatabase()
{
    openTeamDatabaseAt(m_location.isPostgreSql() ? &m_location : nullptr, QString());
}

void MainWindow::openTeamDatabaseAt(const Models::DatabaseLocation *location, const QString &message)
{
    if (m_teamDialog) {
        m_teamDialog->raise();
        return;
    }
    auto *dialog = new TeamDatabaseDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (location) {
        dialog->setLocation(*location);
    }
    dialog->setMessage(message);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Queued: the switch deletes this window, which must not happen inside the dialog's own signal.
        QMetaObject::invokeMethod(
            this, [this, uri = dialog->location()] { Q_EMIT openDatabaseRequested(uri); }, Qt::QueuedConnection);
    });
    m_teamDialog = dialog;
    dialog->open();
}

void MainWindow::showOpenError(const QString &location, Models::Database::Error error, const QString &message)
{
    const auto parsed = Models::DatabaseLocation::parse(location, nullptr);
    if (error == Models::Database::Error::NeedsPassword && parsed && parsed->isPostgreSql()) {
        openTeamDatabaseAt(&*parsed, message);
        return;
    }
    MessageBox::warning(this, tr("Database Not Opened"),
                        tr("%1\n\nThis window still shows %2.").arg(message, m_location.displayName()));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentDatabases::list();
    for (const QString &entry : recent) {
        const auto location = Models::DatabaseLocation::parse(entry, nullptr);
        QAction *open = m_recentMenu->addAction(location->displayName());
        open->setData(entry);
        open->setEnabled(!(*location == m_location)); // the one open now
        connect(open, &QAction::triggered, this, [this, entry] {
            QMetaObject::invokeMethod(
                this, [this, entry] { Q_EMIT openDatabaseRequested(entry); }, Qt::QueuedConnection);
        });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
    }
    m_recentMenu->addAction(m_actions.clearRecent);
    m_actions.clearRecent->setEnabled(!recent.isEmpty());
}

// --- Reconnecting ----------------------------------------------------------------------------------

void MainWindow::setOnline(bool online)
{
    // The lists keep what they last read (the models keep their rows when a read fails); this says why
    // nothing moves meanwhile.
    m_reconnectLabel->setVisible(!online);
    if (online) {
        m_reconnectTimer->stop();
        showStatus(tr("Connected to the team database again."));
        return;
    }
    updateReconnectLabel();
    m_reconnectTimer->start();
}

void MainWindow::updateReconnectLabel()
{
    const int seconds = std::max(1, (m_watcher->retryDelayMs() + 999) / 1000);
    m_reconnectLabel->setText(tr("Reconnecting to the team database… (trying every %n s)", nullptr, seconds));
    m_reconnectLabel->setToolTip(tr("The lists show what was last read from %1. They catch up once it is reachable "
                                    "again.")
                                     .arg(m_location.displayName()));
}

// --- Window state ----------------------------------------------------------------------------------

void MainWindow::readSettings()
{
    const qint64 last = WindowState(m_location).restore(windowStateWidgets());
    if (last != 0 && !selectEpisode(last)) {
        qCDebug(lcMainWindow) << "the last selected episode" << last << "is gone";
    }
}

void MainWindow::writeSettings()
{
    WindowState(m_location).save(windowStateWidgets(), currentEpisodeId());
}

WindowState::Widgets MainWindow::windowStateWidgets()
{
    return {this, m_splitter, m_episodePane->view(), m_tweetPane->view()};
}

bool MainWindow::prepareToClose()
{
    if (const int waiting = m_controller->postsInFlight(); waiting > 0) {
        // Quitting aborts the requests: X may still publish them, and they come back as unknown.
        const QString question = tr("X has not answered %n posts yet. If you quit now, they show as unknown next "
                                    "time and have to be verified before they can be posted again.",
                                    nullptr, int(waiting));
        if (!MessageBox::confirm(this, tr("Posts Still Waiting"), question, tr("Quit Anyway"))) {
            return false;
        }
    }
    writeSettings();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!prepareToClose()) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace EpisodeDesk::Ui
