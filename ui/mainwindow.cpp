// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "accountdialog.h"
#include "accountsdialog.h"
#include "episodedialog.h"
#include "episodefilterproxymodel.h"
#include "itemmodels/episodetablemodel.h"
#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"
#include "messagebox.h"
#include "secrets/secretstore.h"
#include "statusbadgedelegate.h"
#include "store/accountstore.h"
#include "store/changewatcher.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"
#include "tweetdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
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
#include <QTableView>
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
const QSize defaultSize(1100, 700);

// QSettings keys, all under one group so other windows' state stays apart.
const QString settingsGroup = QStringLiteral("MainWindow");
const QString geometryKey = QStringLiteral("geometry");
const QString windowStateKey = QStringLiteral("windowState");
const QString splitterKey = QStringLiteral("splitter");
const QString episodeHeaderKey = QStringLiteral("episodeHeader");
const QString tweetHeaderKey = QStringLiteral("tweetHeader");
const QString lastEpisodeKey = QStringLiteral("lastEpisodeId");

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
        updateActions();
    });
    clock->start();

    readSettings();
    updateEmptyState();
    updateTweetHeader();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::setSecretStore(Models::SecretStore *store)
{
    m_secretStore = store;
}

Models::SecretStore *MainWindow::secretStore() const
{
    return m_secretStore;
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

    for (QAction *action : {m_newEpisodeAction, m_editEpisodeAction, m_deleteEpisodeAction, m_newTweetAction,
                            m_editTweetAction, m_deleteTweetAction, m_findAction, m_quitAction}) {
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

    QMenu *episode = menuBar()->addMenu(tr("E&pisode"));
    episode->addAction(m_newEpisodeAction);
    episode->addAction(m_editEpisodeAction);
    episode->addAction(m_deleteEpisodeAction);

    QMenu *tweet = menuBar()->addMenu(tr("&Tweet"));
    tweet->addAction(m_newTweetAction);
    tweet->addAction(m_editTweetAction);
    tweet->addAction(m_deleteTweetAction);

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
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(tweetBar);
    bottomLayout->addWidget(m_tweetView);

    m_splitter = new QSplitter(Qt::Vertical, page);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

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
    header->resizeSection(EpisodeTableModel::TweetsColumn, 300);
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
    m_tweetView->setItemDelegateForColumn(TweetTableModel::StatusColumn, new StatusBadgeDelegate(m_tweetView));
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

    connect(m_tweetView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::updateActions);
    connect(m_tweetView, &QAbstractItemView::activated, this, &MainWindow::editTweet);
    m_tweetView->addActions({m_editTweetAction, m_deleteTweetAction, separator(m_tweetView), m_newTweetAction});
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
    updateActions();
}

// --- Refresh and state -----------------------------------------------------------------------------

void MainWindow::reload()
{
    m_episodeModel->reload();
    m_tweetModel->reload();
    applySearch(); // tweet texts may have changed what matches
    updateEmptyState();
    updateTweetHeader();
    updateActions();
}

void MainWindow::applySearch()
{
    const QString term = m_searchEdit->text().trimmed();
    QSet<qint64> tweetMatches;
    if (!term.isEmpty()) {
        for (const Models::TweetConfig &config : Models::TweetStore(m_db).all()) {
            if (config.text.contains(term, Qt::CaseInsensitive)) {
                tweetMatches.insert(config.episodeId);
            }
        }
    }
    m_episodeProxy->setSearch(term, tweetMatches);
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
    updateActions();
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

    // A tweet that is out (or may be) opens read-only; say so before the click.
    const auto status = static_cast<Models::DisplayStatus>(tweet.data(Models::StatusRole).toInt());
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
    connect(dialog, &AccountsDialog::accountsChanged, this, &MainWindow::reload);
    dialog->open();
}

void MainWindow::addAccount()
{
    auto *dialog = new AccountDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSecretStore(m_secretStore);
    dialog->setSaveFunction([this](const Models::Account &account, QString *error) {
        Models::AccountStore store(m_db);
        if (!store.add(account)) {
            qCWarning(lcMainWindow) << "adding an account failed:" << store.lastError();
            *error = store.lastError();
            return false;
        }
        reload();
        statusBar()->showMessage(tr("Account added."), statusMessageMs);
        return true;
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
    QMessageBox::about(this, tr("About %1").arg(name),
                       tr("<h3>%1 %2</h3><p>Keeps your podcast's episodes and the tweets that announce them, and "
                          "posts each tweet to X at most once.</p>")
                           .arg(name.toHtmlEscaped(), QCoreApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace EpisodeDesk::Ui
