// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accountdialog.h"
#include "accountsdialog.h"
#include "episodedialog.h"
#include "episodefilterproxymodel.h"
#include "historydialog.h"
#include "itemmodels/episodetablemodel.h"
#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"
#include "messagebox.h"
#include "postconfirmdialog.h"
#include "posting/holdreason.h"
#include "posting/postingservice.h"
#include "posting/scheduler.h"
#include "preferencesdialog.h"
#include "rescheduledialog.h"
#include "schedulenotifier.h"
#include "secrets/secretstore.h"
#include "statusbadgedelegate.h"
#include "store/accountstore.h"
#include "store/changewatcher.h"
#include "store/episodestore.h"
#include "store/settingsstore.h"
#include "store/tweetstore.h"
#include "text/tweettemplate.h"
#include "text/twittertext.h"
#include "tweetdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcMainWindow, "episodedesk.ui.mainwindow")

using Models::EpisodeTableModel;
using Models::TweetTableModel;

namespace {

// Half a second feels live and costs one cheap PRAGMA per poll (see ChangeWatcher).
constexpr int refreshIntervalMs = 500;
constexpr int statusMessageMs = 4000;
// A notification stays in the status bar (and the tray's bubble) long enough to be read on returning to
// the desk.
constexpr int notificationMs = 15000;
// The engine reports every write (claim, finish) as tweetChanged: with a hundred posts in flight that is
// hundreds of signals in a burst. They are gathered into one reload per this many milliseconds, so the
// event loop never works through a queue of reloads.
constexpr int reloadCoalesceMs = 40;
// One spinner step: smooth enough to read as motion, cheap enough to cost nothing (one column repaint).
constexpr int spinnerIntervalMs = 80;
constexpr int spinnerStepDegrees = 30;
const QSize defaultSize(1100, 700);

// QSettings keys, all under one group so other windows' state stays apart.
const QString settingsGroup = QStringLiteral("MainWindow");
const QString geometryKey = QStringLiteral("geometry");
const QString windowStateKey = QStringLiteral("windowState");
const QString splitterKey = QStringLiteral("splitter");
const QString episodeHeaderKey = QStringLiteral("episodeHeader");
const QString tweetHeaderKey = QStringLiteral("tweetHeader");
const QString lastEpisodeKey = QStringLiteral("lastEpisodeId");
// Outside the MainWindow group: a preference, not window state.
const QString confirmBeforePostingKey = QStringLiteral("Posting/confirmBeforePosting");
const QString appIconPath = QStringLiteral(":/episodedesk/icons/episodedesk.svg");

QSystemTrayIcon::MessageIcon trayIcon(ScheduleNotification::Severity severity)
{
    switch (severity) {
    case ScheduleNotification::Severity::Information:
        return QSystemTrayIcon::Information;
    case ScheduleNotification::Severity::Warning:
        return QSystemTrayIcon::Warning;
    case ScheduleNotification::Severity::Critical:
        return QSystemTrayIcon::Critical;
    }
    return QSystemTrayIcon::Information;
}

QAction *createAction(QObject *parent, const QString &objectName, const QString &text, const QString &iconName,
                      const QString &toolTip)
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, parent);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    return action;
}

// Standard keys follow the platform (Cmd on macOS); a few platforms (and the offscreen one the tests
// use) define no binding for some of them, so the usual one stands in.
void setShortcut(QAction *action, QKeySequence::StandardKey standard, const QKeySequence &fallback)
{
    const QList<QKeySequence> bindings = QKeySequence::keyBindings(standard);
    if (bindings.isEmpty()) {
        action->setShortcut(fallback);
    } else {
        action->setShortcuts(bindings);
    }
}

// Appends the shortcut to the tooltip, the way toolbar buttons show it elsewhere in desktop apps.
void addShortcutToToolTip(QAction *action)
{
    if (!action->shortcut().isEmpty()) {
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(action->toolTip(), action->shortcut().toString(QKeySequence::NativeText)));
    }
}

QAction *separator(QObject *parent)
{
    auto *action = new QAction(parent);
    action->setSeparator(true);
    return action;
}

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    // Tab leaves the table instead of walking its cells: rows are the unit here, not cells.
    view->setTabKeyNavigation(false);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 14);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

QString elided(const QString &text, int maxChars)
{
    const QString oneLine = text.simplified();
    return oneLine.size() <= maxChars ? oneLine : oneLine.left(maxChars - 1) + QChar(0x2026);
}

} // namespace

MainWindow::MainWindow(const QSqlDatabase &db, QWidget *parent) : QMainWindow(parent), m_db(db)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QGuiApplication::applicationDisplayName());
    m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };
    m_notifier = new ScheduleNotifier([this](qint64 configId) { return scheduledTweet(configId); }, this);
    connect(m_notifier, &ScheduleNotifier::notificationReady, this, &MainWindow::showNotification);
    connect(m_notifier, &ScheduleNotifier::tweetRequested, this, &MainWindow::showTweet);

    m_episodeModel = new EpisodeTableModel(m_db, this);
    m_tweetModel = new TweetTableModel(m_db, this);
    m_episodeProxy = new EpisodeFilterProxyModel(this);
    m_episodeProxy->setObjectName(QStringLiteral("episodeProxy"));
    m_episodeProxy->setSourceModel(m_episodeModel);
    m_tweetProxy = new QSortFilterProxyModel(this);
    m_tweetProxy->setObjectName(QStringLiteral("tweetProxy"));
    m_tweetProxy->setSourceModel(m_tweetModel);
    m_tweetProxy->setSortRole(Models::SortRole);
    m_tweetProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_tweetProxy->setFilterRole(Models::StatusRole);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(reloadCoalesceMs);
    connect(m_reloadTimer, &QTimer::timeout, this, &MainWindow::reload);
    m_spinnerTimer = new QTimer(this);
    m_spinnerTimer->setInterval(spinnerIntervalMs);
    connect(m_spinnerTimer, &QTimer::timeout, this, &MainWindow::advanceSpinner);

    createActions();
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_emptyStatePage = createEmptyStatePage();
    m_browserPage = createBrowserPage();
    m_pages->addWidget(m_emptyStatePage);
    m_pages->addWidget(m_browserPage);
    setCentralWidget(m_pages);
    createMenus();
    createToolBar();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_nextWakeLabel = new QLabel(statusBar());
    m_nextWakeLabel->setObjectName(QStringLiteral("nextWakeLabel"));
    m_nextWakeLabel->setTextFormat(Qt::PlainText);
    m_nextWakeLabel->hide();
    statusBar()->addPermanentWidget(m_nextWakeLabel);

    m_watcher = new Models::ChangeWatcher(m_db, refreshIntervalMs, this);
    connect(m_watcher, &Models::ChangeWatcher::changed, this, &MainWindow::reload);
    m_watcher->start();

    // "Scheduled" turns into "Missed" with time alone, without any write to watch for: look again every
    // minute. The model computes the status when asked, so a repaint (and a refilter) is enough.
    auto *clock = new QTimer(this);
    clock->setInterval(std::chrono::minutes(1));
    connect(clock, &QTimer::timeout, this, [this] {
        if (m_statusFilter->currentIndex() > 0) {
            m_tweetProxy->invalidate();
        }
        m_tweetView->viewport()->update();
        refreshPostingState();
        updateNextWakeLabel(); // "Tue 09:30" may become "today" wording-wise; cheap either way
    });
    clock->start();

    readSettings();
    reload();
}

MainWindow::~MainWindow()
{
    // Answers still queued for this window must not arrive at a half-destroyed one.
    for (const QMetaObject::Connection &connection : std::as_const(m_serviceConnections)) {
        disconnect(connection);
    }
    for (const QMetaObject::Connection &connection : std::as_const(m_schedulerConnections)) {
        disconnect(connection);
    }
}

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
    for (const QMetaObject::Connection &connection : std::as_const(m_serviceConnections)) {
        disconnect(connection);
    }
    m_serviceConnections.clear();
    m_postingService = service;
    if (service) {
        // The service lives on another thread: these connections are queued, and PostOutcome is
        // registered as a metatype by the service's constructor.
        m_serviceConnections = {
            connect(service, &Models::PostingService::postFinished, this, &MainWindow::onPostFinished),
            connect(service, &Models::PostingService::verifyFinished, this, &MainWindow::onVerifyFinished),
            connect(service, &Models::PostingService::tweetChanged, this, &MainWindow::scheduleReload),
        };
    }
    refreshPostingState();
}

Models::PostingService *MainWindow::postingService() const
{
    return m_postingService;
}

void MainWindow::setScheduler(Models::Scheduler *scheduler)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_schedulerConnections)) {
        disconnect(connection);
    }
    m_schedulerConnections.clear();
    m_scheduler = scheduler;
    m_nextWake = QDateTime();
    m_schedulerProblem.clear();
    if (scheduler) {
        // Another thread: every connection is queued. The scheduler's posts also answer through the
        // service's postFinished (onPostFinished); these add what only the scheduler knows.
        m_schedulerConnections = {
            connect(scheduler, &Models::Scheduler::started, this, &MainWindow::onSchedulerStarted),
            connect(scheduler, &Models::Scheduler::nextWakeChanged, this, &MainWindow::onNextWakeChanged),
            connect(scheduler, &Models::Scheduler::posting, this,
                    [this] {
                        statusBar()->showMessage(tr("Posting a scheduled tweet…"), statusMessageMs);
                        scheduleReload();
                    }),
            connect(scheduler, &Models::Scheduler::postFinished, m_notifier, &ScheduleNotifier::scheduledPostFinished),
            connect(scheduler, &Models::Scheduler::missed, m_notifier, &ScheduleNotifier::missed),
            connect(scheduler, &Models::Scheduler::waiting, m_notifier, &ScheduleNotifier::waiting),
            connect(scheduler, &Models::Scheduler::held, m_notifier, &ScheduleNotifier::held),
            // Missed and Scheduled follow from the time alone; waiting wrote next_retry_at, and a usage cap
            // changes what the account's tweets say: read again.
            connect(scheduler, &Models::Scheduler::missed, this, &MainWindow::scheduleReload),
            connect(scheduler, &Models::Scheduler::waiting, this, &MainWindow::scheduleReload),
            connect(scheduler, &Models::Scheduler::held, this, &MainWindow::scheduleReload),
        };
        setUpTray();
        // Its first plan may have been made before these connections: ask for a fresh one.
        scheduler->checkNow();
    }
    updateNextWakeLabel();
}

Models::Scheduler *MainWindow::scheduler() const
{
    return m_scheduler;
}

void MainWindow::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock;
    m_tweetModel->setClock(clock);
    m_notifier->setClock(clock);
    if (m_accountsDialog) {
        m_accountsDialog->setClock(clock);
    }
    reload();
}

QDateTime MainWindow::now() const
{
    return m_clock();
}

ScheduleNotifier *MainWindow::scheduleNotifier() const
{
    return m_notifier;
}

std::optional<Models::AccountLimits> MainWindow::limitsFor(qint64 accountId) const
{
    if (const auto found = m_limits.constFind(accountId); found != m_limits.constEnd()) {
        return *found;
    }
    return std::nullopt;
}

bool MainWindow::isUsageCapped(qint64 accountId) const
{
    const auto found = m_limits.constFind(accountId);
    return found != m_limits.constEnd() && found->usageCapped;
}

bool MainWindow::confirmBeforePosting() const
{
    return QSettings().value(confirmBeforePostingKey, true).toBool();
}

void MainWindow::setConfirmBeforePosting(bool confirm)
{
    QSettings().setValue(confirmBeforePostingKey, confirm);
    m_confirmAction->setChecked(confirm);
}

// --- Construction ----------------------------------------------------------------------------------

void MainWindow::createActions()
{
    m_newEpisodeAction = createAction(this, QStringLiteral("newEpisodeAction"), tr("&New Episode…"),
                                      QStringLiteral("document-new"), tr("Add an episode of your show"));
    setShortcut(m_newEpisodeAction, QKeySequence::New, QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(m_newEpisodeAction, &QAction::triggered, this, &MainWindow::newEpisode);

    // Edit and Delete exist once per list. Their shortcuts only work while that list has the focus, so
    // Ctrl+E and Del always mean "the row I am looking at", never the other list's row.
    m_editEpisodeAction = createAction(this, QStringLiteral("editEpisodeAction"), tr("&Edit Episode…"),
                                       QStringLiteral("document-edit"), tr("Change the selected episode"));
    m_editEpisodeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editEpisodeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editEpisodeAction, &QAction::triggered, this, &MainWindow::editEpisode);

    m_deleteEpisodeAction = createAction(this, QStringLiteral("deleteEpisodeAction"), tr("&Delete Episode"),
                                         QStringLiteral("edit-delete"), tr("Delete the selected episode"));
    setShortcut(m_deleteEpisodeAction, QKeySequence::Delete, QKeySequence(Qt::Key_Delete));
    m_deleteEpisodeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteEpisodeAction, &QAction::triggered, this, &MainWindow::deleteEpisode);

    m_newTweetAction =
        createAction(this, QStringLiteral("newTweetAction"), tr("New &Tweet…"), QStringLiteral("mail-message-new"),
                     tr("Write a tweet announcing the selected episode"));
    m_newTweetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(m_newTweetAction, &QAction::triggered, this, &MainWindow::newTweet);

    m_editTweetAction = createAction(this, QStringLiteral("editTweetAction"), tr("Edit T&weet…"),
                                     QStringLiteral("document-edit"), tr("Change the selected tweet"));
    m_editTweetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editTweetAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editTweetAction, &QAction::triggered, this, &MainWindow::editTweet);

    m_deleteTweetAction = createAction(this, QStringLiteral("deleteTweetAction"), tr("De&lete Tweet"),
                                       QStringLiteral("edit-delete"), tr("Delete the selected tweet"));
    setShortcut(m_deleteTweetAction, QKeySequence::Delete, QKeySequence(Qt::Key_Delete));
    m_deleteTweetAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteTweetAction, &QAction::triggered, this, &MainWindow::deleteTweet);

    m_findAction = createAction(this, QStringLiteral("findAction"), tr("&Find…"), QStringLiteral("edit-find"),
                                tr("Search episode titles, notes and tweet texts"));
    setShortcut(m_findAction, QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_accountsAction = createAction(this, QStringLiteral("accountsAction"), tr("&Accounts…"),
                                    QStringLiteral("system-users"), tr("Add or change the accounts tweets go out on"));
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::showAccounts);

    m_aboutAction = createAction(this, QStringLiteral("aboutAction"), tr("&About EpisodeDesk"),
                                 QStringLiteral("help-about"), tr("What EpisodeDesk is and which version this is"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_quitAction = createAction(this, QStringLiteral("quitAction"), tr("&Quit"), QStringLiteral("application-exit"),
                                tr("Close EpisodeDesk"));
    setShortcut(m_quitAction, QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_accountsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_aboutAction->setShortcut(QKeySequence(Qt::Key_F1));

    m_postAction = createAction(this, QStringLiteral("postAction"), tr("&Post Now"), QStringLiteral("mail-send"),
                                tr("Publish the selected tweet on its account now"));
    m_postAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_postAction, &QAction::triggered, this, [this] { postTweet(currentTweetId()); });

    // For a tweet that missed its time (or any pending one): a new time, after which the scheduler posts
    // it as it would have. Post Now is the other way out of "missed".
    m_rescheduleAction = createAction(this, QStringLiteral("rescheduleAction"), tr("Re&schedule…"),
                                      QStringLiteral("appointment-new"), tr("Give the selected tweet a new time"));
    m_rescheduleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(m_rescheduleAction, &QAction::triggered, this, [this] { rescheduleTweet(currentTweetId()); });

    m_resumePostingAction = createAction(this, QStringLiteral("resumePostingAction"),
                                         tr("Res&ume Posting on This Account…"), QStringLiteral("media-playback-start"),
                                         tr("You raised the usage cap on X: let this account's tweets go out again"));
    connect(m_resumePostingAction, &QAction::triggered, this, [this] {
        if (const auto config = configFor(currentTweetId())) {
            resumePosting(config->accountId);
        }
    });

    m_preferencesAction = createAction(this, QStringLiteral("preferencesAction"), tr("&Preferences…"),
                                       QStringLiteral("preferences-system"),
                                       tr("The grace period of scheduled posts, and whether to ask before posting"));
    setShortcut(m_preferencesAction, QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_verifyAction = createAction(this, QStringLiteral("verifyAction"), tr("&Verify"), QStringLiteral("view-refresh"),
                                  tr("Ask X whether an unknown attempt was published"));
    m_verifyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(m_verifyAction, &QAction::triggered, this, [this] { verifyTweet(currentTweetId()); });

    m_openOnXAction = createAction(this, QStringLiteral("openOnXAction"), tr("&Open on X"),
                                   QStringLiteral("internet-web-browser"), tr("Open the posted tweet in your browser"));
    m_openOnXAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openOnXAction, &QAction::triggered, this, [this] { openOnX(currentTweetId()); });

    m_historyAction =
        createAction(this, QStringLiteral("historyAction"), tr("&History…"), QStringLiteral("document-open-recent"),
                     tr("Every attempt to post the selected tweet, and what came of it"));
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_historyAction, &QAction::triggered, this, [this] { showHistory(currentTweetId()); });

    m_confirmAction = createAction(this, QStringLiteral("confirmBeforePostingAction"), tr("&Ask Before Posting"),
                                   QString(), tr("Show the exact text and account before each post"));
    m_confirmAction->setCheckable(true);
    m_confirmAction->setChecked(confirmBeforePosting());
    connect(m_confirmAction, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(confirmBeforePostingKey, on); });

    m_refreshAction = createAction(this, QStringLiteral("refreshAction"), tr("&Refresh"),
                                   QStringLiteral("view-refresh"), tr("Read everything from the database again"));
    setShortcut(m_refreshAction, QKeySequence::Refresh, QKeySequence(Qt::Key_F5));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::reload);

    for (QAction *action :
         {m_newEpisodeAction, m_editEpisodeAction, m_deleteEpisodeAction, m_newTweetAction, m_editTweetAction,
          m_deleteTweetAction, m_findAction, m_quitAction, m_accountsAction, m_postAction, m_rescheduleAction,
          m_verifyAction, m_openOnXAction, m_historyAction, m_refreshAction, m_preferencesAction, m_aboutAction}) {
        addShortcutToToolTip(action);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_accountsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_findAction);
    edit->addAction(m_refreshAction);
    edit->addSeparator();
    edit->addAction(m_preferencesAction);

    QMenu *episode = menuBar()->addMenu(tr("E&pisode"));
    episode->addAction(m_newEpisodeAction);
    episode->addAction(m_editEpisodeAction);
    episode->addAction(m_deleteEpisodeAction);

    QMenu *tweet = menuBar()->addMenu(tr("&Tweet"));
    tweet->addAction(m_newTweetAction);
    tweet->addAction(m_editTweetAction);
    tweet->addAction(m_deleteTweetAction);
    tweet->addSeparator();
    tweet->addAction(m_postAction);
    tweet->addAction(m_rescheduleAction);
    tweet->addAction(m_verifyAction);
    tweet->addAction(m_openOnXAction);
    tweet->addAction(m_historyAction);
    tweet->addSeparator();
    tweet->addAction(m_resumePostingAction);
    tweet->addAction(m_confirmAction);

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
    toolBar->addAction(m_newEpisodeAction);
    toolBar->addAction(m_newTweetAction);
    toolBar->addSeparator();
    toolBar->addAction(m_postAction);
    toolBar->addAction(m_verifyAction);
    toolBar->addAction(m_historyAction);
    toolBar->addSeparator();
    toolBar->addAction(m_accountsAction);
}

QWidget *MainWindow::createEmptyStatePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyStatePage"));

    auto *content = new QWidget(page);
    content->setMaximumWidth(620);

    auto *heading = new QLabel(tr("Welcome to EpisodeDesk"), content);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *intro = new QLabel(tr("Keep your show's episodes and the tweets that announce them in one place. "
                                "EpisodeDesk posts each tweet at most once, when you say so or at the time "
                                "you choose."),
                             content);
    intro->setWordWrap(true);

    m_accountStep = new QLabel(content);
    m_accountStep->setObjectName(QStringLiteral("emptyAccountStep"));
    m_accountStep->setWordWrap(true);
    m_accountStep->setTextFormat(Qt::PlainText);
    m_emptyAccountButton = new QPushButton(content);
    m_emptyAccountButton->setObjectName(QStringLiteral("emptyAddAccountButton"));
    connect(m_emptyAccountButton, &QPushButton::clicked, this, [this] {
        // With no account yet, go straight to the one thing needed; afterwards, to the list.
        if (Models::AccountStore(m_db).all().isEmpty()) {
            addAccount();
        } else {
            showAccounts();
        }
    });

    auto *episodeStep = new QLabel(tr("2. Add your first episode, then write the tweets that announce it."), content);
    episodeStep->setWordWrap(true);
    m_emptyEpisodeButton = new QPushButton(tr("Add Episode…"), content);
    m_emptyEpisodeButton->setObjectName(QStringLiteral("emptyAddEpisodeButton"));
    connect(m_emptyEpisodeButton, &QPushButton::clicked, this, &MainWindow::newEpisode);

    auto *steps = new QGridLayout;
    steps->setHorizontalSpacing(16);
    steps->setVerticalSpacing(12);
    steps->setColumnStretch(0, 1);
    steps->addWidget(m_accountStep, 0, 0);
    steps->addWidget(m_emptyAccountButton, 0, 1, Qt::AlignVCenter);
    steps->addWidget(episodeStep, 1, 0);
    steps->addWidget(m_emptyEpisodeButton, 1, 1, Qt::AlignVCenter);

    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(heading);
    contentLayout->addWidget(intro);
    contentLayout->addSpacing(16);
    contentLayout->addLayout(steps);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(content, 3);
    row->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    return page;
}

QWidget *MainWindow::createBrowserPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("browserPage"));

    // Top: episodes and the search box.
    auto *episodesTitle = new QLabel(tr("Episodes"), page);
    QFont titleFont = episodesTitle->font();
    titleFont.setBold(true);
    episodesTitle->setFont(titleFont);
    m_searchEdit = new QLineEdit(page);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search titles, notes and tweets"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Search episodes"));
    m_searchEdit->setMinimumWidth(300);
    m_searchEdit->setToolTip(m_findAction->toolTip());
    connect(m_searchEdit, &QLineEdit::textChanged, this, &MainWindow::applySearch);
    // Escape in the search box clears it and goes back to the list, as in most search fields.
    auto *clearSearch = new QAction(m_searchEdit);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_searchEdit->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, this, [this] {
        m_searchEdit->clear();
        m_episodeView->setFocus(Qt::ShortcutFocusReason);
    });

    m_episodeView = new QTableView(page);
    m_episodeView->setObjectName(QStringLiteral("episodeView"));
    m_episodeView->setAccessibleName(tr("Episodes"));
    setUpEpisodeView();

    auto *episodeBar = new QHBoxLayout;
    episodeBar->addWidget(episodesTitle);
    episodeBar->addStretch();
    episodeBar->addWidget(m_searchEdit);
    auto *top = new QWidget(page);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(episodeBar);
    topLayout->addWidget(m_episodeView);

    // Bottom: the current episode's tweets and the status filter.
    m_tweetHeader = new QLabel(page);
    m_tweetHeader->setObjectName(QStringLiteral("tweetHeader"));
    m_tweetHeader->setFont(titleFont);
    m_tweetHeader->setTextFormat(Qt::PlainText);
    m_statusFilter = new QComboBox(page);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setToolTip(tr("Show only the tweets in one state"));
    m_statusFilter->addItem(tr("All"), -1);
    using Models::DisplayStatus;
    const std::pair<DisplayStatus, QString> statuses[] = {
        {DisplayStatus::Pending, tr("Pending")}, {DisplayStatus::Scheduled, tr("Scheduled")},
        {DisplayStatus::Posting, tr("Posting")}, {DisplayStatus::Posted, tr("Posted")},
        {DisplayStatus::Failed, tr("Failed")},   {DisplayStatus::Unknown, tr("Unknown")},
        {DisplayStatus::Missed, tr("Missed")},   {DisplayStatus::Disabled, tr("Disabled")},
        {DisplayStatus::Held, tr("Held")},
    };
    for (const auto &[status, label] : statuses) {
        m_statusFilter->addItem(StatusBadgeDelegate::symbol(status) + QLatin1Char(' ') + label, int(status));
    }
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyStatusFilter);
    auto *filterLabel = new QLabel(tr("&Show:"), page);
    filterLabel->setBuddy(m_statusFilter);

    m_tweetView = new QTableView(page);
    m_tweetView->setObjectName(QStringLiteral("tweetView"));
    m_tweetView->setAccessibleName(tr("Tweets of the selected episode"));
    setUpTweetView();

    auto *tweetBar = new QHBoxLayout;
    tweetBar->addWidget(m_tweetHeader, 1);
    tweetBar->addWidget(filterLabel);
    tweetBar->addWidget(m_statusFilter);
    auto *bottom = new QWidget(page);
    // What X last said about the selected tweet's account: before release day, how many posts are left.
    m_limitsLabel = new QLabel(page);
    m_limitsLabel->setObjectName(QStringLiteral("accountLimitsLabel"));
    m_limitsLabel->setTextFormat(Qt::PlainText);
    // One line always reserved, so the table does not move when a tweet is selected.
    m_limitsLabel->setMinimumHeight(m_limitsLabel->fontMetrics().lineSpacing());

    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(tweetBar);
    bottomLayout->addWidget(m_limitsLabel);
    bottomLayout->addWidget(m_tweetView);
    bottomLayout->addWidget(createTweetPane(bottom));

    m_splitter = new QSplitter(Qt::Vertical, page);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    // The tweets get the larger half: on release day they are what is watched and acted on.
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_splitter);
    return page;
}

void MainWindow::setUpEpisodeView()
{
    m_episodeView->setModel(m_episodeProxy);
    setUpTable(m_episodeView);
    QHeaderView *header = m_episodeView->horizontalHeader();
    header->setSectionResizeMode(EpisodeTableModel::NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EpisodeTableModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EpisodeTableModel::PublishedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EpisodeTableModel::TweetsColumn, QHeaderView::Interactive);
    // Room for a summary of four states ("1 posted · 1 failed · 1 posting · 4 pending").
    header->resizeSection(EpisodeTableModel::TweetsColumn, 380);
    // Newest first, by the date itself (SortRole), not by its localized text.
    header->setSortIndicator(EpisodeTableModel::PublishedColumn, Qt::DescendingOrder);
    m_episodeView->setSortingEnabled(true);

    connect(m_episodeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentEpisodeChanged);
    // activated: Return on a row, or a double-click (single click where the platform says so).
    connect(m_episodeView, &QAbstractItemView::activated, this, &MainWindow::editEpisode);
    m_episodeView->addActions(
        {m_editEpisodeAction, m_deleteEpisodeAction, separator(m_episodeView), m_newEpisodeAction, m_newTweetAction});
}

void MainWindow::setUpTweetView()
{
    m_tweetView->setModel(m_tweetProxy);
    setUpTable(m_tweetView);
    m_badgeDelegate = new StatusBadgeDelegate(m_tweetView);
    m_badgeDelegate->setBusyPredicate([this](qint64 configId) { return m_requests.showsPosting(configId); });
    m_tweetView->setItemDelegateForColumn(TweetTableModel::StatusColumn, m_badgeDelegate);
    QHeaderView *header = m_tweetView->horizontalHeader();
    // Wide enough for any status, so the column does not jump when the poster changes one.
    header->setSectionResizeMode(TweetTableModel::StatusColumn, QHeaderView::Fixed);
    header->resizeSection(TweetTableModel::StatusColumn, StatusBadgeDelegate::widestBadgeWidth(m_tweetView->font()));
    header->setSectionResizeMode(TweetTableModel::AccountColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TweetTableModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TweetTableModel::ScheduledColumn, QHeaderView::ResizeToContents);
    // Unsorted (the order they were written in) until the user clicks a header; a third click returns
    // to that order.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_tweetView->setSortingEnabled(true);

    connect(m_tweetView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::refreshPostingState);
    connect(m_tweetView, &QAbstractItemView::activated, this, &MainWindow::editTweet);
    m_tweetView->addActions({m_postAction, m_rescheduleAction, m_verifyAction, m_openOnXAction, m_historyAction,
                             separator(m_tweetView), m_editTweetAction, m_deleteTweetAction, separator(m_tweetView),
                             m_newTweetAction});
}

// --- Selection -------------------------------------------------------------------------------------

qint64 MainWindow::currentEpisodeId() const
{
    return m_episodeView->currentIndex().data(Models::IdRole).toLongLong();
}

qint64 MainWindow::currentTweetId() const
{
    return m_tweetView->currentIndex().data(Models::IdRole).toLongLong();
}

bool MainWindow::selectEpisode(qint64 episodeId)
{
    const int row = m_episodeModel->rowOf(episodeId);
    if (row < 0) {
        return false;
    }
    const QModelIndex source = m_episodeModel->index(row, EpisodeTableModel::TitleColumn);
    QModelIndex index = m_episodeProxy->mapFromSource(source);
    if (!index.isValid()) {
        m_searchEdit->clear(); // the search hides it: showing it matters more than keeping the search
        index = m_episodeProxy->mapFromSource(source);
    }
    m_episodeView->setCurrentIndex(index);
    m_episodeView->scrollTo(index);
    return index.isValid();
}

bool MainWindow::selectTweet(qint64 configId)
{
    const int row = m_tweetModel->rowOf(configId);
    if (row < 0) {
        return false;
    }
    const QModelIndex source = m_tweetModel->index(row, TweetTableModel::TextColumn);
    QModelIndex index = m_tweetProxy->mapFromSource(source);
    if (!index.isValid()) {
        m_statusFilter->setCurrentIndex(0);
        index = m_tweetProxy->mapFromSource(source);
    }
    m_tweetView->setCurrentIndex(index);
    m_tweetView->scrollTo(index);
    return index.isValid();
}

void MainWindow::onCurrentEpisodeChanged()
{
    const qint64 id = currentEpisodeId();
    // -1 is "no episode"; 0 would mean every episode's tweets.
    m_tweetModel->setEpisode(id == 0 ? -1 : id);
    updateTweetHeader();
    refreshPostingState();
}

// --- Refresh and state -----------------------------------------------------------------------------

void MainWindow::reload()
{
    m_reloadTimer->stop(); // whatever it was gathering is read now
    m_accounts.clear();
    m_limits.clear();
    // Limits and store reads only: the store neither claims nor ages claims here.
    const Models::PostingStore posting(m_db, Models::Claimant::current(), m_clock, 0);
    for (const Models::Account &account : Models::AccountStore(m_db).all()) {
        m_accounts.insert(account.id, account);
        if (const auto limits = posting.limits(account.id)) {
            m_limits.insert(account.id, *limits);
        }
    }
    // Shared through the database: another window or the command line may have changed it.
    m_tweetModel->setGraceSeconds(Models::SettingsStore(m_db).graceSeconds());
    m_episodeModel->reload();
    m_tweetModel->reload();
    // The models now show every answer that arrived before this read.
    m_requests.settle();
    applySearch(); // tweet texts may have changed what matches
    updateEmptyState();
    updateTweetHeader();
    refreshPostingState();
    if (m_historyDialog) {
        m_historyDialog->reload();
    }
    if (m_accountsDialog) {
        m_accountsDialog->refreshLimits();
    }
}

void MainWindow::applySearch()
{
    const QString term = m_searchEdit->text().trimmed();
    // Notes and tweets are not in the model: the database's search index finds them.
    m_episodeProxy->setSearch(term, Models::EpisodeStore(m_db).idsWithTextContaining(term));
    // Keep the lower half meaningful: when the current episode was filtered out, show the first match.
    if (!m_episodeView->currentIndex().isValid() && m_episodeProxy->rowCount() > 0) {
        m_episodeView->setCurrentIndex(m_episodeProxy->index(0, EpisodeTableModel::TitleColumn));
    }
}

void MainWindow::applyStatusFilter()
{
    const int status = m_statusFilter->currentData().toInt();
    // StatusRole holds the DisplayStatus as an int; an empty pattern matches every row.
    m_tweetProxy->setFilterRegularExpression(status < 0 ? QRegularExpression()
                                                        : QRegularExpression(QStringLiteral("^%1$").arg(status)));
    refreshPostingState();
}

void MainWindow::updateEmptyState()
{
    const QList<Models::Account> accounts = Models::AccountStore(m_db).all();
    if (accounts.isEmpty()) {
        m_accountStep->setText(tr("1. Add the X account your show posts from — or a Sandbox account, to try "
                                  "everything without posting anywhere."));
        m_emptyAccountButton->setText(tr("Add Account…"));
    } else {
        QStringList names;
        for (const Models::Account &account : accounts) {
            names.append(AccountDialog::displayName(account));
        }
        m_accountStep->setText(tr("1. \u2713 Ready to post on: %1.").arg(names.join(tr(", "))));
        m_emptyAccountButton->setText(tr("Manage Accounts…"));
    }

    const bool empty = m_episodeModel->rowCount() == 0;
    QWidget *page = empty ? m_emptyStatePage : m_browserPage;
    if (m_pages->currentWidget() != page) {
        m_pages->setCurrentWidget(page);
        if (empty) {
            (accounts.isEmpty() ? m_emptyAccountButton : m_emptyEpisodeButton)->setFocus();
        }
    }
    if (!empty && !m_episodeView->currentIndex().isValid() && m_episodeProxy->rowCount() > 0) {
        m_episodeView->setCurrentIndex(m_episodeProxy->index(0, EpisodeTableModel::TitleColumn));
    }
}

void MainWindow::updateTweetHeader()
{
    const QModelIndex current = m_episodeView->currentIndex();
    if (!current.isValid()) {
        m_tweetHeader->setText(tr("Tweets — select an episode to see its tweets"));
        return;
    }
    const QString title = elided(current.siblingAtColumn(EpisodeTableModel::TitleColumn).data().toString(), 60);
    if (m_tweetModel->rowCount() == 0) {
        m_tweetHeader->setText(tr("Tweets for “%1” — none yet. Add one with New Tweet (%2).")
                                   .arg(title, m_newTweetAction->shortcut().toString(QKeySequence::NativeText)));
    } else {
        m_tweetHeader->setText(tr("Tweets for “%1”").arg(title));
    }
}

void MainWindow::updateActions()
{
    const bool browsing = m_pages->currentWidget() == m_browserPage;
    const bool hasEpisode = browsing && currentEpisodeId() != 0;
    const QModelIndex tweet = m_tweetView->currentIndex();
    const bool hasTweet = hasEpisode && tweet.isValid();

    m_editEpisodeAction->setEnabled(hasEpisode);
    m_deleteEpisodeAction->setEnabled(hasEpisode);
    m_newTweetAction->setEnabled(hasEpisode);
    m_editTweetAction->setEnabled(hasTweet);
    m_deleteTweetAction->setEnabled(hasTweet);
    m_findAction->setEnabled(browsing);
    m_historyAction->setEnabled(hasTweet);
    m_historyButton->setEnabled(hasTweet);

    // Post, Retry, Verify and Open follow the stored state of the current tweet, and are off while the
    // window waits on anything about it (isAwaitingAnswer): the guard against a second request.
    const qint64 id = hasTweet ? tweet.data(Models::IdRole).toLongLong() : 0;
    const Models::TweetConfig config = m_tweetModel->configAt(m_tweetModel->rowOf(id));
    const bool waiting = id != 0 && isAwaitingAnswer(id);
    const QString blocker = hasTweet ? postBlocker(config) : QString();
    const bool canPost = hasTweet && !waiting && blocker.isEmpty();
    const bool retry = hasTweet && config.status == Models::TweetStatus::Failed;
    m_postAction->setEnabled(canPost);
    m_postButton->setEnabled(canPost);
    m_postAction->setText(retry ? tr("&Retry Post") : tr("&Post Now"));
    m_postButton->setText(retry ? tr("Retry") : tr("Post Now"));
    QString postTip = blocker;
    if (waiting) {
        postTip = tr("Waiting for the answer about this tweet");
    } else if (!hasTweet) {
        postTip = tr("Select a tweet to post");
    } else if (blocker.isEmpty()) {
        postTip = tr("Publish this tweet on its account now (%1)")
                      .arg(m_postAction->shortcut().toString(QKeySequence::NativeText));
    }
    m_postButton->setToolTip(postTip);

    const bool canVerify = hasTweet && m_postingService && !waiting && config.status == Models::TweetStatus::Unknown;
    m_verifyAction->setEnabled(canVerify);
    m_verifyButton->setEnabled(canVerify);
    m_verifyButton->setVisible(hasTweet && config.status == Models::TweetStatus::Unknown);
    const bool posted = hasTweet && config.status == Models::TweetStatus::Posted;
    m_openOnXAction->setEnabled(posted);
    m_openButton->setEnabled(posted);
    m_openButton->setVisible(posted);

    // Only a pending tweet takes a new time: the scheduler retries a failed one only where the engine
    // planned it, and the rest are out or may be. The button shows where it is the way forward: missed.
    const auto status = static_cast<Models::DisplayStatus>(tweet.data(Models::StatusRole).toInt());
    const bool canReschedule = hasTweet && !waiting && config.status == Models::TweetStatus::Pending && config.enabled;
    m_rescheduleAction->setEnabled(canReschedule);
    m_rescheduleAction->setText(config.scheduledAt.isValid() || !hasTweet ? tr("Re&schedule…") : tr("&Schedule…"));
    m_rescheduleButton->setEnabled(canReschedule);
    m_rescheduleButton->setVisible(hasTweet && status == Models::DisplayStatus::Missed);
    m_resumePostingAction->setEnabled(hasTweet && isUsageCapped(config.accountId));

    // A tweet that is out (or may be) opens read-only; say so before the click.
    const bool locked = hasTweet &&
        (status == Models::DisplayStatus::Posted || status == Models::DisplayStatus::Posting ||
         status == Models::DisplayStatus::Unknown);
    m_editTweetAction->setText(locked ? tr("View T&weet…") : tr("Edit T&weet…"));
}

void MainWindow::readSettings()
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        resize(defaultSize);
    }
    restoreState(settings.value(windowStateKey).toByteArray());
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    for (auto [view, key] : {std::pair {m_episodeView, episodeHeaderKey}, std::pair {m_tweetView, tweetHeaderKey}}) {
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
    settings.beginGroup(settingsGroup);
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(windowStateKey, saveState());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(episodeHeaderKey, m_episodeView->horizontalHeader()->saveState());
    settings.setValue(tweetHeaderKey, m_tweetView->horizontalHeader()->saveState());
    settings.setValue(lastEpisodeKey, currentEpisodeId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (const int waiting = m_requests.postsInFlight(); waiting > 0) {
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

// --- Episodes --------------------------------------------------------------------------------------

void MainWindow::newEpisode()
{
    Models::Episode episode;
    // Most shows number their episodes: suggest the next number, which the user can clear.
    std::optional<int> highest;
    for (int row = 0; row < m_episodeModel->rowCount(); ++row) {
        if (const auto number = m_episodeModel->episodeAt(row).number) {
            highest = std::max(highest.value_or(*number), *number);
        }
    }
    if (highest) {
        episode.number = *highest + 1;
    }
    openEpisodeDialog(episode);
}

void MainWindow::editEpisode()
{
    const qint64 id = currentEpisodeId();
    if (id == 0) {
        return;
    }
    // Fresh from the database, not from the model: another window may have just changed it.
    Models::EpisodeStore store(m_db);
    const auto episode = store.find(id);
    if (!episode) {
        MessageBox::warning(this, tr("Episode Not Found"), store.lastError());
        reload();
        return;
    }
    openEpisodeDialog(*episode);
}

void MainWindow::openEpisodeDialog(const Models::Episode &episode)
{
    auto *dialog = new EpisodeDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEpisode(episode);
    dialog->setTweets(Models::TweetStore(m_db).forEpisode(episode.id)); // warns when an edit holds one
    dialog->setSaveFunction([this](const Models::Episode &edited, QString *error) {
        Models::EpisodeStore store(m_db);
        qint64 id = edited.id;
        if (id == 0) {
            const auto added = store.add(edited);
            if (!added) {
                qCWarning(lcMainWindow) << "adding an episode failed:" << store.lastError();
                *error = store.lastError();
                return false;
            }
            id = *added;
        } else if (!store.update(edited)) {
            qCWarning(lcMainWindow) << "saving episode" << id << "failed:" << store.lastError();
            *error = store.lastError();
            return false;
        }
        reload();
        selectEpisode(id);
        statusBar()->showMessage(edited.id == 0 ? tr("Episode added.") : tr("Episode saved."), statusMessageMs);
        return true;
    });
    dialog->open();
}

void MainWindow::deleteEpisode()
{
    const qint64 id = currentEpisodeId();
    if (id == 0) {
        return;
    }
    const QString title = elided(m_episodeModel->episodeAt(m_episodeModel->rowOf(id)).title, 80);
    const int tweets = m_tweetModel->rowCount();
    QString question = tr("Delete the episode “%1” and its %n tweets?", nullptr, tweets).arg(title);
    if (tweets == 0) {
        question = tr("Delete the episode “%1”?").arg(title);
    } else if (tweets == 1) {
        question = tr("Delete the episode “%1” and its tweet?").arg(title);
    }
    if (!MessageBox::confirm(this, tr("Delete Episode"), question, tr("Delete"), QMessageBox::Warning)) {
        return;
    }
    Models::EpisodeStore store(m_db);
    const auto removal = store.remove(id);
    if (!removal) {
        qCWarning(lcMainWindow) << "deleting episode" << id << "failed:" << store.lastError();
        MessageBox::warning(this, tr("Episode Not Deleted"),
                            tr("The episode could not be deleted. %1").arg(store.lastError()));
        return;
    }
    reload();
    if (*removal == Models::EpisodeStore::Removal::Archived) {
        MessageBox::information(this, tr("Episode Archived"),
                                tr("Tweets of this episode were already sent to X (or may have been), so the "
                                   "episode was archived to keep the record; it no longer shows in the list."));
    } else {
        statusBar()->showMessage(tr("Episode deleted."), statusMessageMs);
    }
}

// --- Tweets ----------------------------------------------------------------------------------------

void MainWindow::newTweet()
{
    const qint64 episodeId = currentEpisodeId();
    if (episodeId == 0) {
        return;
    }
    if (Models::AccountStore(m_db).all().isEmpty()) {
        if (MessageBox::confirm(this, tr("No Account Yet"),
                                tr("A tweet goes out on an account. Add the account first, then the tweet."),
                                tr("Add Account…"))) {
            addAccount();
        }
        return;
    }
    Models::TweetConfig config;
    config.episodeId = episodeId;
    // Shows rarely switch accounts: start from the one this episode's latest tweet uses.
    if (const int rows = m_tweetModel->rowCount(); rows > 0) {
        config.accountId = m_tweetModel->configAt(rows - 1).accountId;
    }
    openTweetDialog(config);
}

void MainWindow::editTweet()
{
    const qint64 id = currentTweetId();
    if (id == 0) {
        return;
    }
    // Fresh from the database: the poster may have claimed or posted it a moment ago, which decides
    // whether the dialog may edit it at all.
    Models::TweetStore store(m_db);
    const auto config = store.find(id);
    if (!config) {
        MessageBox::warning(this, tr("Tweet Not Found"), store.lastError());
        reload();
        return;
    }
    openTweetDialog(*config);
}

void MainWindow::openTweetDialog(const Models::TweetConfig &config)
{
    const Models::Episode episode = Models::EpisodeStore(m_db).find(config.episodeId).value_or(Models::Episode {});
    auto *dialog = new TweetDialog(Models::AccountStore(m_db).all(), episode, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConfig(config);
    dialog->setSentText(Models::TweetStore(m_db).sentTexts({config.id}).value(config.id));
    dialog->setSaveFunction([this](const Models::TweetConfig &edited, QString *error) {
        Models::TweetStore store(m_db);
        qint64 id = edited.id;
        if (id == 0) {
            const auto added = store.add(edited);
            if (!added) {
                qCWarning(lcMainWindow) << "adding a tweet failed:" << store.lastError();
                *error = store.lastError();
                return false;
            }
            id = *added;
        } else if (!store.update(edited)) {
            // Also the race where the poster claimed it while the dialog was open: the store's
            // sentence ("This tweet is posting and can no longer be edited.") says so.
            qCWarning(lcMainWindow) << "saving tweet" << id << "failed:" << store.lastError();
            *error = store.lastError();
            reload();
            return false;
        }
        reload();
        selectEpisode(edited.episodeId);
        selectTweet(id);
        statusBar()->showMessage(edited.id == 0 ? tr("Tweet added.") : tr("Tweet saved."), statusMessageMs);
        return true;
    });
    dialog->open();
}

void MainWindow::deleteTweet()
{
    const qint64 id = currentTweetId();
    if (id == 0) {
        return;
    }
    const Models::TweetConfig config = m_tweetModel->configAt(m_tweetModel->rowOf(id));
    if (!MessageBox::confirm(this, tr("Delete Tweet"), tr("Delete this tweet?\n\n“%1”").arg(elided(config.text, 120)),
                             tr("Delete"), QMessageBox::Warning)) {
        return;
    }
    Models::TweetStore store(m_db);
    const auto removal = store.remove(id);
    if (!removal) {
        qCWarning(lcMainWindow) << "deleting tweet" << id << "failed:" << store.lastError();
        MessageBox::warning(this, tr("Tweet Not Deleted"),
                            tr("The tweet could not be deleted. %1").arg(store.lastError()));
        return;
    }
    reload();
    if (*removal == Models::TweetStore::Removal::Archived) {
        const bool posted = config.status == Models::TweetStatus::Posted;
        MessageBox::information(this, tr("Tweet Archived"),
                                posted ? tr("This tweet was already posted, so it was archived to keep the record; "
                                            "it no longer shows in the list.")
                                       : tr("This tweet was already sent to X once (or may have been), so it was "
                                            "archived to keep the record; it no longer shows in the list."));
    } else {
        statusBar()->showMessage(tr("Tweet deleted."), statusMessageMs);
    }
}

// --- Accounts, search, about -----------------------------------------------------------------------

void MainWindow::showAccounts()
{
    auto *dialog = new AccountsDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSecretStore(m_secretStore);
    dialog->setClock(m_clock);
    connect(dialog, &AccountsDialog::accountsChanged, this, &MainWindow::reload);
    connect(dialog, &AccountsDialog::resumePostingRequested, this, &MainWindow::resumePosting);
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
        statusBar()->showMessage(tr("Account saved."), statusMessageMs);
        return id;
    });
    dialog->open();
}

void MainWindow::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
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

// --- Posting ---------------------------------------------------------------------------------------

QWidget *MainWindow::createTweetPane(QWidget *parent)
{
    auto *pane = new QWidget(parent);
    pane->setObjectName(QStringLiteral("tweetPane"));
    m_tweetPane = pane;

    m_tweetNote = new QLabel(pane);
    m_tweetNote->setObjectName(QStringLiteral("tweetNote"));
    m_tweetNote->setTextFormat(Qt::RichText);
    m_tweetNote->setWordWrap(true);
    m_tweetNote->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_tweetNote->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Two lines always reserved: the buttons must not jump when a reason gains a second line.
    m_tweetNote->setMinimumHeight(m_tweetNote->fontMetrics().lineSpacing() * 2 + 4);
    connect(m_tweetNote, &QLabel::linkActivated, this, &MainWindow::onNoteLink);

    m_openButton = new QPushButton(tr("Open on X"), pane);
    m_openButton->setObjectName(QStringLiteral("openOnXButton"));
    m_openButton->setToolTip(m_openOnXAction->toolTip());
    connect(m_openButton, &QPushButton::clicked, this, [this] { openOnX(currentTweetId()); });

    m_verifyButton = new QPushButton(tr("Verify"), pane);
    m_verifyButton->setObjectName(QStringLiteral("verifyButton"));
    m_verifyButton->setToolTip(m_verifyAction->toolTip());
    connect(m_verifyButton, &QPushButton::clicked, this, [this] { verifyTweet(currentTweetId()); });

    m_historyButton = new QPushButton(tr("History…"), pane);
    m_historyButton->setObjectName(QStringLiteral("historyButton"));
    m_historyButton->setToolTip(m_historyAction->toolTip());
    connect(m_historyButton, &QPushButton::clicked, this, [this] { showHistory(currentTweetId()); });

    m_rescheduleButton = new QPushButton(tr("Reschedule…"), pane);
    m_rescheduleButton->setObjectName(QStringLiteral("rescheduleButton"));
    m_rescheduleButton->setToolTip(m_rescheduleAction->toolTip());
    connect(m_rescheduleButton, &QPushButton::clicked, this, [this] { rescheduleTweet(currentTweetId()); });

    m_postButton = new QPushButton(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Post Now"), pane);
    m_postButton->setObjectName(QStringLiteral("postButton"));
    // Return and Enter press the focused button, as in a dialog; held down, they repeat into a button
    // that is already off.
    m_postButton->setAutoDefault(true);
    connect(m_postButton, &QPushButton::clicked, this, [this] { postTweet(currentTweetId()); });

    auto *layout = new QHBoxLayout(pane);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tweetNote, 1);
    layout->addWidget(m_openButton);
    layout->addWidget(m_verifyButton);
    layout->addWidget(m_historyButton);
    layout->addWidget(m_rescheduleButton);
    layout->addWidget(m_postButton);
    return pane;
}

bool MainWindow::isAwaitingAnswer(qint64 configId) const
{
    return m_requests.isWaiting(configId);
}

std::optional<Models::TweetConfig> MainWindow::configFor(qint64 configId) const
{
    if (const int row = m_tweetModel->rowOf(configId); row >= 0) {
        return m_tweetModel->configAt(row);
    }
    return Models::TweetStore(m_db).find(configId);
}

bool MainWindow::isSandboxAccount(qint64 accountId) const
{
    if (const auto known = m_accounts.constFind(accountId); known != m_accounts.constEnd()) {
        return known->kind == Models::AccountKind::Sandbox;
    }
    // Archived accounts are not among the listed ones, and their tweets' history still names them.
    const auto account = Models::AccountStore(m_db).find(accountId);
    return account && account->kind == Models::AccountKind::Sandbox;
}

QString MainWindow::postBlocker(const Models::TweetConfig &config) const
{
    if (!m_postingService) {
        return tr("Posting is not available in this window.");
    }
    switch (config.status) {
    case Models::TweetStatus::Posted:
        return tr("Already posted.");
    case Models::TweetStatus::Posting:
        return tr("Being posted now.");
    case Models::TweetStatus::Unknown:
        return tr("Verify it first: the last attempt may have reached X.");
    case Models::TweetStatus::Pending:
    case Models::TweetStatus::Failed:
        break;
    }
    if (!config.enabled) {
        return tr("This tweet is disabled.");
    }
    if (isUsageCapped(config.accountId)) {
        return tr("X's usage cap stopped posting on this account; resume posting once the cap is raised on X.");
    }
    // The claim's own checks (holdReason): the button does not offer what the engine would refuse.
    const int row = m_tweetModel->rowOf(config.id);
    const auto hold = row >= 0 ? m_tweetModel->holdReasonAt(row)
                               : Models::holdReason(config, Models::EpisodeStore(m_db).find(config.episodeId),
                                                    Models::AccountStore(m_db).find(config.accountId));
    return hold ? hold->message : QString();
}

void MainWindow::postTweet(qint64 configId)
{
    // First, before anything else: mark the tweet and turn its post actions off. Whatever arrives next
    // for it (the second click of a double-click, a repeated Return, the toolbar after the menu) finds
    // it marked and does nothing.
    if (configId == 0 || !m_requests.begin(configId, PostingRequests::Stage::Confirming)) {
        return;
    }
    // A disabled button hands its focus to the next widget, where a held Return would go on working
    // (editing the episode, say). Park it on the pane, where keys do nothing; it returns with the button.
    if (m_postButton->hasFocus()) {
        m_tweetPane->setFocus(Qt::OtherFocusReason);
    }
    refreshPostingState();

    const auto config = configFor(configId);
    if (!m_postingService || !config) {
        m_requests.cancel(configId);
        refreshPostingState();
        return;
    }
    if (!confirmBeforePosting()) {
        sendPost(configId);
        return;
    }
    // What the claim will use: the stored row (the table may be a reload behind another window's edit),
    // the episode and the account as they are now, and the claim's own expansion.
    const Models::TweetConfig stored = Models::TweetStore(m_db).find(configId).value_or(*config);
    const auto account = Models::AccountStore(m_db).find(stored.accountId);
    const QString text = Models::claimText(stored, Models::EpisodeStore(m_db).find(stored.episodeId));
    // From the history's Retry, the question belongs over the history.
    QWidget *parent =
        m_historyDialog && m_historyDialog->isActiveWindow() ? static_cast<QWidget *>(m_historyDialog) : this;
    auto *dialog = new PostConfirmDialog(text, account ? AccountDialog::displayName(*account) : tr("Removed account"),
                                         account && account->kind == Models::AccountKind::Sandbox, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, configId, dialog](int result) {
        if (result == QDialog::Accepted) {
            if (dialog->dontAskAgain()) {
                setConfirmBeforePosting(false);
            }
            sendPost(configId);
        } else {
            m_requests.cancel(configId);
            refreshPostingState();
        }
    });
    dialog->open();
}

void MainWindow::sendPost(qint64 configId)
{
    if (!m_postingService) {
        m_requests.cancel(configId);
        refreshPostingState();
        return;
    }
    m_requests.send(configId);
    qCDebug(lcMainWindow) << "posting tweet" << configId;
    m_postingService->post(configId);
    statusBar()->showMessage(tr("Posting…"), statusMessageMs);
    refreshPostingState();
}

void MainWindow::onPostFinished(const Models::PostOutcome &outcome)
{
    const qint64 id = outcome.configId;
    // An answer to this window's request, or to the scheduler's: shown the same way.
    const auto config = configFor(id);
    PostingNote note = PostingNotes::forPost(outcome, config && isSandboxAccount(config->accountId), now());
    if (!note.validWhile && config) {
        note.validWhile = config->status; // a refusal that changed nothing: true while nothing changes
    }
    if (outcome.refusal == Models::ClaimRefusal::AlreadyPosting) {
        // The claim may belong to this process: the scheduler beside this window posting it while the
        // button was pressed (or the other way round). "Another window" would be untrue then.
        const auto fresh = Models::TweetStore(m_db).find(id);
        if (fresh && fresh->claimedBy == Models::Claimant::current().toString()) {
            note.text = tr("Being posted now");
            note.detail = tr("Its answer from X shows here when it comes; nothing more was sent.");
        }
    }
    if (m_requests.answer(id, false, note)) {
        statusBar()->showMessage(note.text, statusMessageMs);
    }
    scheduleReload();
    refreshPostingState();
}

void MainWindow::verifyTweet(qint64 configId)
{
    if (configId == 0 || !m_postingService || !m_requests.begin(configId, PostingRequests::Stage::Verifying)) {
        return;
    }
    m_postingService->verify(configId);
    statusBar()->showMessage(tr("Asking X whether it was published…"), statusMessageMs);
    refreshPostingState();
}

void MainWindow::onVerifyFinished(const Models::PostOutcome &outcome)
{
    const qint64 id = outcome.configId;
    const auto config = configFor(id);
    PostingNote note = PostingNotes::forVerify(outcome, config && isSandboxAccount(config->accountId));
    if (!note.validWhile && config) {
        note.validWhile = config->status;
    }
    if (m_requests.answer(id, true, note)) {
        statusBar()->showMessage(note.text, statusMessageMs);
    }
    scheduleReload();
    refreshPostingState();
}

void MainWindow::openOnX(qint64 configId)
{
    const auto config = Models::TweetStore(m_db).find(configId);
    if (!config || config->status != Models::TweetStatus::Posted) {
        return;
    }
    const auto account = Models::AccountStore(m_db).find(config->accountId);
    if (account && account->kind == Models::AccountKind::Sandbox) {
        MessageBox::information(this, tr("Sandbox Post"),
                                tr("This tweet went to the local Sandbox server inside EpisodeDesk (post %1) and "
                                   "exists only there. Nothing was published on X, so there is no page to open.")
                                    .arg(config->postId));
        return;
    }
    QUrl url = config->postUrl;
    if (!url.isValid() && account) {
        url = Models::PostingService::postUrlFor(*account, config->postId);
    }
    if (!url.isValid()) {
        MessageBox::warning(this, tr("No Address"), tr("X did not give an address for this post."));
        return;
    }
    if (!QDesktopServices::openUrl(url)) {
        MessageBox::warning(this, tr("Could Not Open the Post"),
                            tr("No web browser could be started. The post is at %1").arg(url.toString()));
    }
}

void MainWindow::showHistory(qint64 configId)
{
    if (configId == 0) {
        return;
    }
    if (!m_historyDialog) {
        // One history window, following whichever tweet it is asked for; it stays open beside the
        // list, so it is not modal.
        m_historyDialog = new HistoryDialog(m_db, this);
        m_historyDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_historyDialog, &HistoryDialog::retryRequested, this, &MainWindow::postTweet);
        connect(m_historyDialog, &HistoryDialog::verifyRequested, this, &MainWindow::verifyTweet);
        connect(m_historyDialog, &HistoryDialog::openRequested, this, &MainWindow::openOnX);
        connect(m_historyDialog, &HistoryDialog::resumePostingRequested, this, [this](qint64 id) {
            if (const auto config = configFor(id)) {
                resumePosting(config->accountId);
            }
        });
    }
    m_historyDialog->setConfigId(configId);
    m_historyDialog->setBusy(isAwaitingAnswer(configId));
    m_historyDialog->setNote(noteFor(configId));
    m_historyDialog->show();
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
}

PostingNote MainWindow::noteFor(qint64 configId) const
{
    PostingNote note;
    switch (m_requests.stage(configId)) {
    case PostingRequests::Stage::Confirming:
        note.text = tr("Waiting for your confirmation…");
        return note;
    case PostingRequests::Stage::Posting:
        note.text = tr("Posting… waiting for X's answer.");
        return note;
    case PostingRequests::Stage::Verifying:
        note.text = tr("Asking X whether it was published…");
        return note;
    case PostingRequests::Stage::SettlingPost:
    case PostingRequests::Stage::SettlingVerify:
    case PostingRequests::Stage::None:
        break;
    }
    const auto config = configFor(configId);
    if (!config) {
        return note;
    }
    const bool capped = isUsageCapped(config->accountId);
    // An answer is shown until the tweet moves on from the state it describes; "posting stopped" also
    // stops being true when the user resumes the account.
    if (const auto latest = m_requests.latestNote(configId, config->status);
        latest && (capped || latest->link != PostingNote::Link::ResumePosting)) {
        return *latest;
    }
    // Nothing of a usage-capped account goes out, whatever the tweet's own state says, until the user acts.
    if (capped && config->enabled &&
        (config->status == Models::TweetStatus::Pending || config->status == Models::TweetStatus::Failed)) {
        return PostingNotes::forUsageCap(m_limits.value(config->accountId).message);
    }
    const int row = m_tweetModel->rowOf(configId);
    const Models::DisplayStatus status = row >= 0
        ? m_tweetModel->displayStatusAt(row)
        : Models::displayStatus(*config, now(), Models::SettingsStore(m_db).graceSeconds());
    note = PostingNotes::forConfig(*config, status, isSandboxAccount(config->accountId), now());
    if (config->status == Models::TweetStatus::Pending || config->status == Models::TweetStatus::Failed) {
        if (const QString blocker = postBlocker(*config); !blocker.isEmpty() && config->enabled) {
            note.problem = true;
            note.detail = blocker;
        }
    }
    return note;
}

void MainWindow::onNoteLink(const QString &href)
{
    switch (PostingNote::linkFromHref(href).value_or(PostingNote::Link::None)) {
    case PostingNote::Link::OpenOnX:
        openOnX(currentTweetId());
        break;
    case PostingNote::Link::Verify:
        verifyTweet(currentTweetId());
        break;
    case PostingNote::Link::ResumePosting:
        if (const auto config = configFor(currentTweetId())) {
            resumePosting(config->accountId);
        }
        break;
    case PostingNote::Link::None:
        break;
    }
}

void MainWindow::scheduleReload()
{
    if (!m_reloadTimer->isActive()) {
        m_reloadTimer->start();
    }
}

void MainWindow::refreshPostingState()
{
    updateActions();
    updateTweetNote();
    updateLimitsLabel();
    updateBusyAnimation();
    if (m_tweetPane->hasFocus() && m_postButton->isEnabled()) {
        m_postButton->setFocus(Qt::OtherFocusReason);
    }
    m_tweetView->viewport()->update();
    if (m_historyDialog) {
        const qint64 id = m_historyDialog->configId();
        m_historyDialog->setBusy(isAwaitingAnswer(id));
        m_historyDialog->setNote(noteFor(id));
    }
}

void MainWindow::updateTweetNote()
{
    const qint64 id = currentTweetId();
    if (id == 0) {
        // Nothing is chosen for the user: Post acts on the tweet they picked, never on a first row.
        const QString hint = m_tweetProxy->rowCount() > 0
            ? tr("Select a tweet to post it (%1), verify it or see its history.")
                  .arg(m_postAction->shortcut().toString(QKeySequence::NativeText))
            : QString();
        m_tweetNote->setText(hint.toHtmlEscaped());
        m_tweetNote->setAccessibleName(hint);
        m_tweetNote->setToolTip(QString());
        return;
    }
    const PostingNote note = noteFor(id);
    m_tweetNote->setText(note.html());
    m_tweetNote->setAccessibleName(note.plainText());
    m_tweetNote->setToolTip(note.detail);
}

void MainWindow::updateBusyAnimation()
{
    bool busy = m_requests.anyShowsPosting();
    for (int row = 0; !busy && row < m_tweetModel->rowCount(); ++row) {
        busy = m_tweetModel->displayStatusAt(row) == Models::DisplayStatus::Posting;
    }
    if (busy && !m_spinnerTimer->isActive()) {
        m_spinnerTimer->start();
    } else if (!busy && m_spinnerTimer->isActive()) {
        m_spinnerTimer->stop();
    }
}

void MainWindow::advanceSpinner()
{
    m_badgeDelegate->setSpinnerPhase(m_badgeDelegate->spinnerPhase() + spinnerStepDegrees);
    // Only the status column moves.
    const int x = m_tweetView->columnViewportPosition(TweetTableModel::StatusColumn);
    const int width = m_tweetView->columnWidth(TweetTableModel::StatusColumn);
    m_tweetView->viewport()->update(QRect(x, 0, width, m_tweetView->viewport()->height()));
}

// --- Scheduling ------------------------------------------------------------------------------------

void MainWindow::onSchedulerStarted(bool ok, const QString &error)
{
    m_schedulerProblem = ok ? QString() : error;
    if (!ok) {
        qCWarning(lcMainWindow) << "the scheduler did not start:" << error;
    }
    updateNextWakeLabel();
}

void MainWindow::onNextWakeChanged(const QDateTime &when)
{
    m_nextWake = when;
    updateNextWakeLabel();
}

void MainWindow::updateNextWakeLabel()
{
    if (!m_scheduler) {
        m_nextWakeLabel->hide();
        return;
    }
    if (!m_schedulerProblem.isEmpty()) {
        m_nextWakeLabel->setText(tr("Scheduled posts are not being sent: %1").arg(m_schedulerProblem));
        m_nextWakeLabel->show();
        return;
    }
    // The scheduler plans its next look at the earliest due time, retry or X's reset: that is when the
    // next scheduled post goes out. Nothing planned: nothing to say.
    if (!m_nextWake.isValid()) {
        m_nextWakeLabel->hide();
        return;
    }
    m_nextWakeLabel->setText(tr("Next scheduled post: %1").arg(PostingNotes::dayAndTime(m_nextWake, now())));
    m_nextWakeLabel->show();
}

void MainWindow::updateLimitsLabel()
{
    const qint64 id = currentTweetId();
    const auto config = id != 0 ? configFor(id) : std::nullopt;
    const auto account = config ? m_accounts.constFind(config->accountId) : m_accounts.constEnd();
    if (account == m_accounts.constEnd()) {
        m_limitsLabel->clear();
        return;
    }
    const QString text = tr("%1: %2").arg(account->name, PostingNotes::forLimits(limitsFor(account->id), now()));
    m_limitsLabel->setText(text);
    m_limitsLabel->setToolTip(tr("What X said about this account's posts with its last answer. X allows a "
                                 "number of posts per 15 minutes and per 24 hours."));
}

void MainWindow::setUpTray()
{
    // Desktops without a tray (or the offscreen platform) get the status bar only: never a dialog, never
    // a wait.
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable()) {
        return;
    }
    QIcon icon = windowIcon();
    if (icon.isNull()) {
        icon = QIcon(appIconPath);
    }
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(QGuiApplication::applicationDisplayName());
    connect(m_tray, &QSystemTrayIcon::messageClicked, m_notifier, &ScheduleNotifier::messageClicked);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            showNormal();
            raise();
            activateWindow();
        }
    });
    m_tray->show();
}

void MainWindow::showNotification(const ScheduleNotification &notification)
{
    // The title only: the message quotes the tweet, which the log does not need.
    qCInfo(lcMainWindow) << "notification:" << notification.title << "tweet" << notification.configId;
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(notification.title, notification.message, trayIcon(notification.severity), notificationMs);
    }
    // Also in the window, where it is seen on coming back to it (and where there is no tray).
    statusBar()->showMessage(tr("%1: %2").arg(notification.title, notification.message), notificationMs);
}

void MainWindow::showTweet(qint64 configId)
{
    if (isMinimized()) {
        showNormal();
    } else {
        show();
    }
    raise();
    activateWindow();
    const auto config = Models::TweetStore(m_db).find(configId);
    if (!config || config->archived) {
        statusBar()->showMessage(tr("That tweet no longer exists."), statusMessageMs);
        return;
    }
    auto select = [this, &config] {
        return selectEpisode(config->episodeId) && selectTweet(config->id);
    };
    // The notification may be fresher than the lists: read them again if the tweet is not there yet.
    if (!select()) {
        reload();
        if (!select()) {
            statusBar()->showMessage(tr("That tweet is not in the list."), statusMessageMs);
            return;
        }
    }
    m_tweetView->setFocus(Qt::OtherFocusReason);
}

void MainWindow::rescheduleTweet(qint64 configId)
{
    if (configId == 0 || isAwaitingAnswer(configId)) {
        return;
    }
    const auto config = Models::TweetStore(m_db).find(configId);
    if (!config || config->status != Models::TweetStatus::Pending) {
        return;
    }
    const Models::Episode episode = Models::EpisodeStore(m_db).find(config->episodeId).value_or(Models::Episode {});
    auto *dialog = new RescheduleDialog(Models::expandTweetTemplate(config->text, episode).text, config->scheduledAt,
                                        m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaveFunction(
        [this, configId](const QDateTime &when, QString *error) { return saveSchedule(configId, when, error); });
    dialog->open();
}

bool MainWindow::saveSchedule(qint64 configId, const QDateTime &when, QString *error)
{
    Models::TweetStore store(m_db);
    // Fresh from the database: the text, account and enabled flag are written back as they are now.
    auto config = store.find(configId);
    if (!config) {
        *error = store.lastError();
        return false;
    }
    config->scheduledAt = when.toUTC();
    config->scheduledZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!store.update(*config)) {
        // Also the race where the scheduler or another window claimed it meanwhile.
        qCWarning(lcMainWindow) << "rescheduling tweet" << configId << "failed:" << store.lastError();
        *error = store.lastError();
        reload();
        return false;
    }
    reload();
    selectTweet(configId);
    // Its watcher would notice within a poll; a nudge re-plans the wake-up now.
    if (m_scheduler) {
        m_scheduler->checkNow();
    }
    statusBar()->showMessage(tr("Rescheduled for %1.").arg(PostingNotes::dayAndTime(when, now())), statusMessageMs);
    return true;
}

void MainWindow::resumePosting(qint64 accountId)
{
    const auto account = m_accounts.constFind(accountId);
    if (account == m_accounts.constEnd() || !isUsageCapped(accountId)) {
        return;
    }
    QWidget *parent =
        m_accountsDialog && m_accountsDialog->isVisible() ? static_cast<QWidget *>(m_accountsDialog) : this;
    // Resuming before the cap is raised only earns another 429; ask, in the words of what happens next.
    if (!MessageBox::confirm(parent, tr("Resume Posting"),
                             tr("Did you raise the usage cap on X for “%1”? Then its tweets can go out again: "
                                "scheduled ones that are due now are posted right away, the others at their "
                                "time.")
                                 .arg(account->name),
                             tr("Resume Posting"))) {
        return;
    }
    Models::PostingStore store(m_db, Models::Claimant::current(), m_clock, 0);
    if (!store.clearUsageCap(accountId)) {
        qCWarning(lcMainWindow) << "clearing the usage cap of account" << accountId << "failed:" << store.lastError();
        MessageBox::warning(parent, tr("Posting Not Resumed"),
                            tr("The account could not be resumed. %1").arg(store.lastError()));
        return;
    }
    m_notifier->accountResumed(accountId);
    if (m_scheduler) {
        m_scheduler->checkNow();
    }
    const QString name = account->name; // reload() rebuilds m_accounts
    reload();
    statusBar()->showMessage(tr("Posting resumed on %1.").arg(name), statusMessageMs);
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
    m_tweetProxy->invalidate();
    // The scheduler reads the grace period at each check; it may now post a tweet it had let go.
    if (m_scheduler) {
        m_scheduler->checkNow();
    }
    statusBar()->showMessage(tr("Preferences saved."), statusMessageMs);
    return true;
}

std::optional<ScheduledTweet> MainWindow::scheduledTweet(qint64 configId) const
{
    const auto config = Models::TweetStore(m_db).find(configId);
    if (!config) {
        return std::nullopt;
    }
    ScheduledTweet tweet;
    tweet.configId = config->id;
    tweet.accountId = config->accountId;
    tweet.scheduledAt = config->scheduledAt;
    tweet.nextRetryAt = config->nextRetryAt;
    const auto episode = Models::EpisodeStore(m_db).find(config->episodeId);
    tweet.text = episode ? Models::expandTweetTemplate(config->text, *episode).text : config->text;
    if (const auto account = Models::AccountStore(m_db).find(config->accountId)) {
        tweet.accountName = account->name;
        tweet.sandbox = account->kind == Models::AccountKind::Sandbox;
    } else {
        tweet.accountName = tr("a removed account");
    }
    return tweet;
}

} // namespace EpisodeDesk::Ui
