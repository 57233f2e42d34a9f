// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accountdialog.h"
#include "accountsdialog.h"
#include "episodelistpane.h"
#include "historydialog.h"
#include "itemmodels/tweettablemodel.h"
#include "messagebox.h"
#include "nextwakelabel.h"
#include "notifications.h"
#include "postcontroller.h"
#include "posting/scheduler.h"
#include "preferencesdialog.h"
#include "schedulenotifier.h"
#include "secrets/secretstore.h"
#include "store/accountstore.h"
#include "store/changewatcher.h"
#include "store/settingsstore.h"
#include "store/tweetstore.h"
#include "tweeteditor.h"
#include "tweetpane.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHeaderView>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
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
const QSize defaultSize(1100, 700);

// QSettings keys, in the database's own group (settingsGroupFor) so that two shows keep their own
// layout. The ungrouped "MainWindow/…" keys of earlier versions seed a database seen for the first time.
const QString legacyGroup = QStringLiteral("MainWindow");
const QString geometryKey = QStringLiteral("geometry");
const QString windowStateKey = QStringLiteral("windowState");
const QString splitterKey = QStringLiteral("splitter");
const QString episodeHeaderKey = QStringLiteral("episodeHeader");
const QString tweetHeaderKey = QStringLiteral("tweetHeader");
const QString lastEpisodeKey = QStringLiteral("lastEpisodeId");
const QString appIconPath = QStringLiteral(":/episodedesk/icons/episodedesk.svg");

struct ActionSpec
{
    QAction **target;
    const char *objectName;
    QString text;
    const char *icon;
    QString toolTip;
    QKeySequence shortcut;
    // A platform binding, used when the platform defines one (Cmd on macOS); `shortcut` otherwise.
    std::optional<QKeySequence::StandardKey> standard = std::nullopt;
    // Edit and Delete exist once per list: their shortcuts work only while that list has the focus, so
    // Ctrl+E and Del always mean "the row I am looking at", never the other list's row.
    bool listScoped = false;
};

QAction *createAction(QObject *parent, const ActionSpec &spec)
{
    auto *action = new QAction(QIcon::fromTheme(QLatin1String(spec.icon)), spec.text, parent);
    action->setObjectName(QLatin1String(spec.objectName));
    action->setToolTip(spec.toolTip);
    action->setStatusTip(spec.toolTip);
    const QList<QKeySequence> bindings =
        spec.standard ? QKeySequence::keyBindings(*spec.standard) : QList<QKeySequence>();
    if (bindings.isEmpty()) {
        action->setShortcut(spec.shortcut);
    } else {
        action->setShortcuts(bindings);
    }
    if (spec.listScoped) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    // The shortcut in the tooltip, the way toolbar buttons show it elsewhere in desktop apps.
    if (!action->shortcut().isEmpty()) {
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(spec.toolTip, action->shortcut().toString(QKeySequence::NativeText)));
    }
    return action;
}

} // namespace

MainWindow::MainWindow(const QSqlDatabase &db, QWidget *parent) : QMainWindow(parent), m_db(db)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QGuiApplication::applicationDisplayName());
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
        if (m_accountsDialog && m_accountsDialog->isVisible()) {
            return m_accountsDialog;
        }
        return this;
    });
    m_tweetEditor = new TweetEditor(m_db, m_controller, this);
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
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_nextWakeLabel = new NextWakeLabel(statusBar());
    statusBar()->addPermanentWidget(m_nextWakeLabel);
    connectPanes();

    m_watcher = new Models::ChangeWatcher(m_db, refreshIntervalMs, this);
    connect(m_watcher, &Models::ChangeWatcher::changed, this, &MainWindow::reload);
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
    m_secretStore = store;
}

Models::SecretStore *MainWindow::secretStore() const
{
    return m_secretStore;
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
    if (m_accountsDialog) {
        m_accountsDialog->setClock(clock);
    }
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
    using SK = QKeySequence;
    const ActionSpec specs[] = {
        {&m_newEpisodeAction, "newEpisodeAction", tr("&New Episode…"), "document-new",
         tr("Add an episode of your show"), SK(Qt::CTRL | Qt::Key_N), SK::New},
        {&m_editEpisodeAction, "editEpisodeAction", tr("&Edit Episode…"), "document-edit",
         tr("Change the selected episode"), SK(Qt::CTRL | Qt::Key_E), std::nullopt, true},
        {&m_deleteEpisodeAction, "deleteEpisodeAction", tr("&Delete Episode"), "edit-delete",
         tr("Delete the selected episode"), SK(Qt::Key_Delete), SK::Delete, true},
        {&m_findAction, "findAction", tr("&Find…"), "edit-find", tr("Search episode titles, notes and tweet texts"),
         SK(Qt::CTRL | Qt::Key_F), SK::Find},
        {&m_accountsAction, "accountsAction", tr("&Accounts…"), "system-users",
         tr("Add or change the accounts tweets go out on"), SK(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        {&m_aboutAction, "aboutAction", tr("&About EpisodeDesk"), "help-about",
         tr("What EpisodeDesk is and which version this is"), SK(Qt::Key_F1)},
        {&m_quitAction, "quitAction", tr("&Quit"), "application-exit", tr("Close EpisodeDesk"),
         SK(Qt::CTRL | Qt::Key_Q), SK::Quit},
        {&m_preferencesAction, "preferencesAction", tr("&Preferences…"), "preferences-system",
         tr("The grace period of scheduled posts, and whether to ask before posting"), SK(Qt::CTRL | Qt::Key_Comma),
         SK::Preferences},
        {&m_refreshAction, "refreshAction", tr("&Refresh"), "view-refresh",
         tr("Read everything from the database again"), SK(Qt::Key_F5), SK::Refresh},
    };
    for (const ActionSpec &spec : specs) {
        *spec.target = createAction(this, spec);
    }
    createTweetActions();
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);

    connect(m_newEpisodeAction, &QAction::triggered, this, [this] { m_episodePane->newEpisode(); });
    connect(m_editEpisodeAction, &QAction::triggered, this, [this] { m_episodePane->editEpisode(); });
    connect(m_deleteEpisodeAction, &QAction::triggered, this, [this] { m_episodePane->deleteEpisode(); });
    connect(m_findAction, &QAction::triggered, this, [this] { m_episodePane->focusSearch(); });
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::showAccounts);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::reload);
}

void MainWindow::createTweetActions()
{
    using SK = QKeySequence;
    const ActionSpec specs[] = {
        {&m_newTweetAction, "newTweetAction", tr("New &Tweet…"), "mail-message-new",
         tr("Write a tweet announcing the selected episode"), SK(Qt::CTRL | Qt::Key_T)},
        {&m_editTweetAction, "editTweetAction", tr("Edit T&weet…"), "document-edit", tr("Change the selected tweet"),
         SK(Qt::CTRL | Qt::Key_E), std::nullopt, true},
        {&m_deleteTweetAction, "deleteTweetAction", tr("De&lete Tweet"), "edit-delete", tr("Delete the selected tweet"),
         SK(Qt::Key_Delete), SK::Delete, true},
        {&m_postAction, "postAction", tr("&Post Now"), "mail-send", tr("Publish the selected tweet on its account now"),
         SK(Qt::CTRL | Qt::Key_P)},
        // For a tweet that missed its time (or any pending one): a new time, after which the scheduler
        // posts it as it would have. Post Now is the other way out of "missed".
        {&m_rescheduleAction, "rescheduleAction", tr("Re&schedule…"), "appointment-new",
         tr("Give the selected tweet a new time"), SK(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {&m_resumePostingAction, "resumePostingAction", tr("Res&ume Posting on This Account…"), "media-playback-start",
         tr("You raised the usage cap on X: let this account's tweets go out again"), SK()},
        {&m_verifyAction, "verifyAction", tr("&Verify"), "view-refresh",
         tr("Ask X whether an unknown attempt was published"), SK(Qt::CTRL | Qt::SHIFT | Qt::Key_V)},
        {&m_openOnXAction, "openOnXAction", tr("&Open on X"), "internet-web-browser",
         tr("Open the posted tweet in your browser"), SK(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
        {&m_historyAction, "historyAction", tr("&History…"), "document-open-recent",
         tr("Every attempt to post the selected tweet, and what came of it"), SK(Qt::CTRL | Qt::Key_H)},
        {&m_confirmAction, "confirmBeforePostingAction", tr("&Ask Before Posting"), "",
         tr("Show the exact text and account before each post"), SK()},
    };
    for (const ActionSpec &spec : specs) {
        *spec.target = createAction(this, spec);
    }
    m_confirmAction->setCheckable(true);
    m_confirmAction->setChecked(m_controller->confirmBeforePosting());
    connect(m_confirmAction, &QAction::toggled, m_controller, &PostController::setConfirmBeforePosting);
    connect(m_controller, &PostController::confirmBeforePostingChanged, m_confirmAction, &QAction::setChecked);

    // Every way to act on the selected tweet ends in the controller or the editor, like the pane's buttons.
    auto current = [this] {
        return m_tweetPane->currentTweetId();
    };
    connect(m_postAction, &QAction::triggered, this, [this, current] { m_controller->post(current()); });
    connect(m_verifyAction, &QAction::triggered, this, [this, current] { m_controller->verify(current()); });
    connect(m_openOnXAction, &QAction::triggered, this, [this, current] { m_tweetPane->openOnX(current()); });
    connect(m_historyAction, &QAction::triggered, this, [this, current] { m_tweetPane->showHistory(current()); });
    connect(m_rescheduleAction, &QAction::triggered, this,
            [this, current] { m_tweetEditor->rescheduleTweet(current()); });
    connect(m_editTweetAction, &QAction::triggered, this, [this, current] { m_tweetEditor->editTweet(current()); });
    connect(m_deleteTweetAction, &QAction::triggered, this, [this, current] { m_tweetEditor->deleteTweet(current()); });
    connect(m_resumePostingAction, &QAction::triggered, this, [this, current] {
        if (const auto config = m_controller->configFor(current())) {
            m_controller->resumePosting(config->accountId);
        }
    });
    connect(m_newTweetAction, &QAction::triggered, this, [this] {
        // Shows rarely switch accounts: start from the one this episode's latest tweet uses.
        const int rows = m_tweetModel->rowCount();
        m_tweetEditor->newTweet(m_episodePane->currentEpisodeId(),
                                rows > 0 ? m_tweetModel->configAt(rows - 1).accountId : 0);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({m_accountsAction});
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({m_findAction, m_refreshAction});
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *episode = menuBar()->addMenu(tr("E&pisode"));
    episode->addActions({m_newEpisodeAction, m_editEpisodeAction, m_deleteEpisodeAction});

    QMenu *tweet = menuBar()->addMenu(tr("&Tweet"));
    tweet->addActions({m_newTweetAction, m_editTweetAction, m_deleteTweetAction});
    tweet->addSeparator();
    tweet->addActions({m_postAction, m_rescheduleAction, m_verifyAction, m_openOnXAction, m_historyAction});
    tweet->addSeparator();
    tweet->addActions({m_resumePostingAction, m_confirmAction});

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() needs it
    toolBar->setMovable(false);
    // Words next to icons: the toolbar is the map of what the app does, and icon themes vary.
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions({m_newEpisodeAction, m_newTweetAction});
    toolBar->addSeparator();
    toolBar->addActions({m_postAction, m_verifyAction, m_historyAction});
    toolBar->addSeparator();
    toolBar->addAction(m_accountsAction);
}

QWidget *MainWindow::createBrowserPage()
{
    auto *page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("browserPage"));
    m_episodePane = new EpisodeListPane(m_db, page);
    m_episodePane->setActions(
        {m_newEpisodeAction, m_editEpisodeAction, m_deleteEpisodeAction, m_newTweetAction, m_findAction});
    m_tweetPane = new TweetPane(m_db, m_tweetModel, m_controller, m_tweetEditor, page);
    m_tweetPane->setActions({m_postAction, m_rescheduleAction, m_verifyAction, m_openOnXAction, m_historyAction,
                             m_resumePostingAction, m_newTweetAction, m_editTweetAction, m_deleteTweetAction});

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
    connect(m_tweetEditor, &TweetEditor::addAccountRequested, this, &MainWindow::addAccount);
    connect(m_tweetPane, &TweetPane::statusMessage, this, &MainWindow::showStatus);

    connect(m_controller, &PostController::statusMessage, this, &MainWindow::showStatus);
    connect(m_controller, &PostController::reloadRequested, this, &MainWindow::scheduleReload);
    connect(m_controller, &PostController::accountResumed, this, [this](qint64 accountId) {
        m_notifications->notifier()->accountResumed(accountId);
        reload();
    });

    connect(m_welcomePage, &WelcomePage::addAccountRequested, this, &MainWindow::addAccount);
    connect(m_welcomePage, &WelcomePage::manageAccountsRequested, this, &MainWindow::showAccounts);
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
    if (m_accountsDialog) {
        m_accountsDialog->refreshLimits();
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
    m_findAction->setEnabled(m_pages->currentWidget() == m_browserPage);
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, statusMessageMs);
}

// --- Dialogs ---------------------------------------------------------------------------------------

void MainWindow::showAccounts()
{
    auto *dialog = new AccountsDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSecretStore(m_secretStore);
    dialog->setClock(m_clock);
    connect(dialog, &AccountsDialog::accountsChanged, this, &MainWindow::reload);
    connect(dialog, &AccountsDialog::resumePostingRequested, m_controller, &PostController::resumePosting);
    m_accountsDialog = dialog;
    dialog->open();
}

void MainWindow::addAccount()
{
    auto *dialog = new AccountDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSecretStore(m_secretStore);
    dialog->setSaveFunction([this](const Models::Account &account, QString *error) -> std::optional<qint64> {
        Models::AccountStore store(m_db);
        // A second OK (after the keychain refused the keys) updates what the first one added.
        std::optional<qint64> id = account.id;
        if (account.id == 0) {
            id = store.add(account);
        } else if (!store.update(account)) {
            id.reset();
        }
        if (!id) {
            qCWarning(lcMainWindow) << "saving an account failed:" << store.lastError();
            *error = store.lastError();
            return std::nullopt;
        }
        reload();
        showStatus(tr("Account saved."));
        return id;
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    const QString name = QGuiApplication::applicationDisplayName();
    QMessageBox::about(
        this, tr("About %1").arg(name),
        tr("<h3>%1 %2</h3><p>Keeps your podcast's episodes and the tweets that announce them, and posts each tweet "
           "to X at most once.</p><p>Sandbox accounts post only to a test server inside EpisodeDesk: nothing "
           "leaves this computer.</p><p><small>Database: %3<br>Built with Qt %4. Licensed under the GNU GPL, "
           "version 3 or later.</small></p>")
            .arg(name.toHtmlEscaped(), QCoreApplication::applicationVersion().toHtmlEscaped(),
                 m_db.databaseName().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPreferences({Models::SettingsStore(m_db).graceSeconds(), confirmBeforePosting()});
    dialog->setSaveFunction([this](const PreferencesDialog::Preferences &preferences, QString *error) {
        return savePreferences(preferences.graceSeconds, preferences.askBeforePosting, error);
    });
    dialog->open();
}

bool MainWindow::savePreferences(qint64 graceSeconds, bool askBeforePosting, QString *error)
{
    Models::SettingsStore settings(m_db);
    if (graceSeconds != settings.graceSeconds() && !settings.setGraceSeconds(graceSeconds)) {
        qCWarning(lcMainWindow) << "saving the grace period failed:" << settings.lastError();
        *error = settings.lastError();
        return false;
    }
    setConfirmBeforePosting(askBeforePosting);
    reload();
    // Missed and Scheduled may have swapped without any row changing: filter and paint again.
    m_tweetPane->proxy()->invalidate();
    // The scheduler reads the grace period at each check; it may now post a tweet it had let go.
    if (m_scheduler) {
        m_scheduler->checkNow();
    }
    showStatus(tr("Preferences saved."));
    return true;
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

// --- Window state ----------------------------------------------------------------------------------

QString MainWindow::settingsGroupFor(const QString &databasePath)
{
    // A hash, not the path: QSettings keys treat '/' as nesting and some backends limit key length.
    const QString canonical = QFileInfo(databasePath).absoluteFilePath();
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("MainWindow/%1").arg(QString::fromLatin1(hash.left(16)));
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QString group = settingsGroupFor(m_db.databaseName());
    // A database opened for the first time starts from the layout the app had before (or the defaults).
    settings.beginGroup(group);
    if (!settings.contains(geometryKey)) {
        settings.endGroup();
        settings.beginGroup(legacyGroup);
    }
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        resize(defaultSize);
    }
    restoreState(settings.value(windowStateKey).toByteArray());
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    for (auto [view, key] :
         {std::pair {m_episodePane->view(), episodeHeaderKey}, std::pair {m_tweetPane->view(), tweetHeaderKey}}) {
        QHeaderView *header = view->horizontalHeader();
        if (header->restoreState(settings.value(key).toByteArray())) {
            // The restored sort indicator is not applied by itself.
            view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        }
    }
    if (const qint64 last = settings.value(lastEpisodeKey).toLongLong(); last != 0 && !selectEpisode(last)) {
        qCDebug(lcMainWindow) << "the last selected episode" << last << "is gone";
    }
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.beginGroup(settingsGroupFor(m_db.databaseName()));
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(windowStateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(episodeHeaderKey, m_episodePane->view()->horizontalHeader()->saveState());
    settings.setValue(tweetHeaderKey, m_tweetPane->view()->horizontalHeader()->saveState());
    settings.setValue(lastEpisodeKey, currentEpisodeId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (const int waiting = m_controller->postsInFlight(); waiting > 0) {
        // Quitting aborts the requests: X may still publish them, and they come back as unknown.
        const QString question = waiting == 1
            ? tr("X has not answered one post yet. If you quit now, it shows as unknown next time and has to be "
                 "verified before it can be posted again.")
            : tr("X has not answered %1 posts yet. If you quit now, they show as unknown next time and have to "
                 "be verified before they can be posted again.")
                  .arg(waiting);
        if (!MessageBox::confirm(this, tr("Posts Still Waiting"), question, tr("Quit Anyway"))) {
            event->ignore();
            return;
        }
    }
    writeSettings();
    QMainWindow::closeEvent(event);
}

} // namespace EpisodeDesk::Ui
