// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tweetpane.h"

#include "historydialog.h"
#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"
#include "messagebox.h"
#include "postcontroller.h"
#include "posting/postingservice.h"
#include "statusbadgedelegate.h"
#include "store/accountstore.h"
#include "store/tweetstore.h"
#include "thumbnailloader.h"
#include "tweeteditor.h"
#include "tweettextdelegate.h"
#include "widgetutil.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcTweetPane, "episodedesk.ui.tweetpane")

using Models::DisplayStatus;
using Models::TweetStatus;
using Models::TweetTableModel;

namespace {
// One spinner step: smooth enough to read as motion, cheap enough to cost nothing (one column repaint).
constexpr int spinnerIntervalMs = 80;
constexpr int spinnerStepDegrees = 30;

QString shortcutText(const QAction *action)
{
    return action ? action->shortcut().toString(QKeySequence::NativeText) : QString();
}

void enable(QAction *action, bool on)
{
    if (action) {
        action->setEnabled(on);
    }
}

QPushButton *makeButton(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    // What a screen reader says: the words, never an icon's name.
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    return button;
}
} // namespace

TweetPane::TweetPane(const QSqlDatabase &db, Models::TweetTableModel *model, PostController *controller,
                     TweetEditor *editor, QWidget *parent)
    : QWidget(parent), m_db(db), m_model(model), m_controller(controller), m_editor(editor), m_clock([] {
          return QDateTime::currentDateTimeUtc();
      })
{
    setObjectName(QStringLiteral("tweetPane"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setObjectName(QStringLiteral("tweetProxy"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Models::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(Models::StatusRole);

    m_thumbnails = new ThumbnailLoader(m_db, this);
    m_spinnerTimer = new QTimer(this);
    m_spinnerTimer->setInterval(spinnerIntervalMs);
    connect(m_spinnerTimer, &QTimer::timeout, this, &TweetPane::advanceSpinner);

    QWidget *header = createHeader();
    // What X last said about the selected tweet's account: before release day, how many posts are left.
    m_limitsLabel = new QLabel(this);
    m_limitsLabel->setObjectName(QStringLiteral("accountLimitsLabel"));
    m_limitsLabel->setTextFormat(Qt::PlainText);
    // One line always reserved, so the table does not move when a tweet is selected.
    m_limitsLabel->setMinimumHeight(m_limitsLabel->fontMetrics().lineSpacing());
    m_limitsLabel->setToolTip(tr("What X said about this account's posts with its last answer. X allows a "
                                 "number of posts per 15 minutes and per 24 hours."));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("tweetView"));
    m_view->setAccessibleName(tr("Tweets of the selected episode"));
    setUpView();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addWidget(m_limitsLabel);
    layout->addWidget(m_view);
    layout->addWidget(createButtonRow());

    connect(m_controller, &PostController::stateChanged, this, &TweetPane::refresh);
}

TweetPane::~TweetPane() = default;

QWidget *TweetPane::createHeader()
{
    auto *bar = new QWidget(this);
    m_header = new QLabel(bar);
    m_header->setObjectName(QStringLiteral("tweetHeader"));
    QFont titleFont = m_header->font();
    titleFont.setBold(true);
    m_header->setFont(titleFont);
    m_header->setTextFormat(Qt::PlainText);

    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setToolTip(tr("Show only the tweets in one state"));
    m_statusFilter->setAccessibleName(tr("Show tweets in state"));
    m_statusFilter->addItem(tr("All"), -1);
    for (const DisplayStatus status : {DisplayStatus::Pending, DisplayStatus::Scheduled, DisplayStatus::Posting,
                                       DisplayStatus::Posted, DisplayStatus::Failed, DisplayStatus::Unknown,
                                       DisplayStatus::Missed, DisplayStatus::Disabled, DisplayStatus::Held}) {
        const QString word = TweetTableModel::statusLabel(status).remove(QChar(0x2026));
        m_statusFilter->addItem(StatusBadgeDelegate::symbol(status) + QLatin1Char(' ') + word, int(status));
        // A screen reader says the word, not the symbol's Unicode name.
        m_statusFilter->setItemData(m_statusFilter->count() - 1, word, Qt::AccessibleTextRole);
    }
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &TweetPane::applyStatusFilter);
    auto *filterLabel = new QLabel(tr("&Show:"), bar);
    filterLabel->setBuddy(m_statusFilter);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header, 1);
    layout->addWidget(filterLabel);
    layout->addWidget(m_statusFilter);
    return bar;
}

QWidget *TweetPane::createButtonRow()
{
    m_buttonRow = new QWidget(this);
    m_buttonRow->setObjectName(QStringLiteral("tweetButtonRow"));
    m_note = new QLabel(m_buttonRow);
    m_note->setObjectName(QStringLiteral("tweetNote"));
    m_note->setTextFormat(Qt::RichText);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_note->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Two lines always reserved: the buttons must not jump when a reason gains a second line.
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 2 + 4);
    connect(m_note, &QLabel::linkActivated, this, &TweetPane::onNoteLink);
    m_noteImages = new QLabel(m_buttonRow);
    m_noteImages->setObjectName(QStringLiteral("tweetNoteImages"));
    m_noteImages->setVisible(false);
    connect(m_thumbnails, &ThumbnailLoader::ready, this, [this] {
        m_view->viewport()->update();
        updateNoteImages();
    });

    m_openButton = makeButton(QStringLiteral("openOnXButton"), tr("Open on X"), m_buttonRow);
    connect(m_openButton, &QPushButton::clicked, this, [this] { openOnX(currentTweetId()); });
    m_verifyButton = makeButton(QStringLiteral("verifyButton"), tr("Verify"), m_buttonRow);
    connect(m_verifyButton, &QPushButton::clicked, this, [this] { m_controller->verify(currentTweetId()); });
    m_historyButton = makeButton(QStringLiteral("historyButton"), tr("History…"), m_buttonRow);
    connect(m_historyButton, &QPushButton::clicked, this, [this] { showHistory(currentTweetId()); });
    m_rescheduleButton = makeButton(QStringLiteral("rescheduleButton"), tr("Reschedule…"), m_buttonRow);
    connect(m_rescheduleButton, &QPushButton::clicked, this, [this] { m_editor->rescheduleTweet(currentTweetId()); });
    m_postButton = makeButton(QStringLiteral("postButton"), tr("Post Now"), m_buttonRow);
    m_postButton->setIcon(themeIcon(QStringLiteral("mail-send")));
    // Return and Enter press the focused button, as in a dialog; held down, they repeat into a button
    // that is already off.
    m_postButton->setAutoDefault(true);
    connect(m_postButton, &QPushButton::clicked, this, [this] { m_controller->post(currentTweetId()); });

    auto *layout = new QHBoxLayout(m_buttonRow);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_noteImages);
    layout->addWidget(m_note, 1);
    for (QPushButton *button : {m_openButton, m_verifyButton, m_historyButton, m_rescheduleButton, m_postButton}) {
        layout->addWidget(button);
    }
    return m_buttonRow;
}

void TweetPane::setUpView()
{
    m_view->setModel(m_proxy);
    setUpTable(m_view);
    m_badgeDelegate = new StatusBadgeDelegate(m_view);
    m_badgeDelegate->setBusyPredicate([this](qint64 configId) { return m_controller->showsPosting(configId); });
    m_view->setItemDelegateForColumn(TweetTableModel::StatusColumn, m_badgeDelegate);
    m_view->setItemDelegateForColumn(TweetTableModel::TextColumn, new TweetTextDelegate(m_thumbnails, m_view));
    QHeaderView *header = m_view->horizontalHeader();
    // Wide enough for any status, so the column does not jump when the poster changes one.
    header->setSectionResizeMode(TweetTableModel::StatusColumn, QHeaderView::Fixed);
    header->resizeSection(TweetTableModel::StatusColumn, StatusBadgeDelegate::widestBadgeWidth(m_view->font()));
    header->setSectionResizeMode(TweetTableModel::AccountColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TweetTableModel::TextColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TweetTableModel::ScheduledColumn, QHeaderView::ResizeToContents);
    // Unsorted (the order they were written in) until the user clicks a header; a third click returns
    // to that order.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        refresh();
        Q_EMIT currentTweetChanged(currentTweetId());
    });
    connect(m_view, &QAbstractItemView::activated, this, [this] { m_editor->editTweet(currentTweetId()); });
}

HistoryDialog *TweetPane::historyDialog() const
{
    return m_historyDialog;
}

void TweetPane::setActions(const Actions &actions)
{
    m_actions = actions;
    QList<QAction *> menu;
    auto add = [&menu](QAction *action) {
        if (action) {
            menu.append(action);
        }
    };
    for (QAction *action : {actions.post, actions.reschedule, actions.verify, actions.openOnX, actions.history}) {
        add(action);
    }
    menu.append(separatorAction(m_view));
    add(actions.editTweet);
    add(actions.deleteTweet);
    menu.append(separatorAction(m_view));
    add(actions.newTweet);
    m_view->addActions(menu);
    for (auto [button, action] :
         {std::pair {m_openButton, actions.openOnX}, std::pair {m_verifyButton, actions.verify},
          std::pair {m_historyButton, actions.history}, std::pair {m_rescheduleButton, actions.reschedule}}) {
        if (action) {
            button->setToolTip(action->toolTip());
        }
    }
    refresh();
}

void TweetPane::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void TweetPane::setEpisode(qint64 episodeId, const QString &title)
{
    m_episodeId = episodeId;
    m_episodeTitle = title;
    // -1 is "no episode"; 0 would mean every episode's tweets.
    m_model->setEpisode(episodeId == 0 ? -1 : episodeId);
    updateHeader();
    refresh();
}

qint64 TweetPane::currentTweetId() const
{
    return m_view->currentIndex().data(Models::IdRole).toLongLong();
}

bool TweetPane::selectTweet(qint64 configId)
{
    const int row = m_model->rowOf(configId);
    if (row < 0) {
        return false;
    }
    const QModelIndex source = m_model->index(row, TweetTableModel::TextColumn);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_statusFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(source);
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return index.isValid();
}

void TweetPane::afterReload()
{
    updateHeader();
    if (m_historyDialog) {
        m_historyDialog->reload();
    }
    refresh();
}

void TweetPane::refilter()
{
    if (m_statusFilter->currentIndex() > 0) {
        m_proxy->invalidate();
    }
    refresh();
}

void TweetPane::applyStatusFilter()
{
    const int status = m_statusFilter->currentData().toInt();
    // StatusRole holds the DisplayStatus as an int; an empty pattern matches every row.
    m_proxy->setFilterRegularExpression(status < 0 ? QRegularExpression()
                                                   : QRegularExpression(QStringLiteral("^%1$").arg(status)));
    refresh();
}

void TweetPane::refresh()
{
    updateActions();
    updateNote();
    updateLimits();
    updateBusyAnimation();
    m_view->viewport()->update();
    if (m_historyDialog) {
        const qint64 id = m_historyDialog->configId();
        m_historyDialog->setBusy(m_controller->isAwaitingAnswer(id));
        m_historyDialog->setNote(m_controller->noteFor(id));
    }
}

void TweetPane::updateActions()
{
    const QModelIndex tweet = m_view->currentIndex();
    const bool hasEpisode = m_episodeId != 0;
    const bool hasTweet = hasEpisode && tweet.isValid();
    enable(m_actions.newTweet, hasEpisode);
    enable(m_actions.editTweet, hasTweet);
    enable(m_actions.deleteTweet, hasTweet);
    enable(m_actions.history, hasTweet);
    m_historyButton->setEnabled(hasTweet);

    // Post, Retry, Verify and Open follow the stored state of the current tweet, and are off while
    // anything about it is awaited: the guard against a second request.
    const qint64 id = hasTweet ? tweet.data(Models::IdRole).toLongLong() : 0;
    const Models::TweetConfig config = m_model->configAt(m_model->rowOf(id));
    const bool waiting = id != 0 && m_controller->isAwaitingAnswer(id);
    updatePostAction(hasTweet, config, waiting);

    const bool unknown = hasTweet && config.status == TweetStatus::Unknown;
    const bool canVerify = unknown && m_controller->postingService() && !waiting;
    enable(m_actions.verify, canVerify);
    m_verifyButton->setEnabled(canVerify);
    m_verifyButton->setVisible(unknown);
    const bool posted = hasTweet && config.status == TweetStatus::Posted;
    enable(m_actions.openOnX, posted);
    m_openButton->setEnabled(posted);
    m_openButton->setVisible(posted);

    // Only a pending tweet takes a new time: the scheduler retries a failed one only where the engine
    // planned it, and the rest are out or may be. The button shows where it is the way forward: missed.
    const auto status = static_cast<DisplayStatus>(tweet.data(Models::StatusRole).toInt());
    const bool canReschedule = hasTweet && !waiting && config.status == TweetStatus::Pending && config.enabled;
    enable(m_actions.reschedule, canReschedule);
    if (m_actions.reschedule) {
        m_actions.reschedule->setText(config.scheduledAt.isValid() || !hasTweet ? tr("Re&schedule…")
                                                                                : tr("&Schedule…"));
    }
    m_rescheduleButton->setEnabled(canReschedule);
    m_rescheduleButton->setVisible(hasTweet && status == DisplayStatus::Missed);
    enable(m_actions.resumePosting, hasTweet && m_controller->isUsageCapped(config.accountId));

    // A tweet that is out (or may be) opens read-only; say so before the click.
    const bool locked = hasTweet &&
        (status == DisplayStatus::Posted || status == DisplayStatus::Posting || status == DisplayStatus::Unknown);
    if (m_actions.editTweet) {
        m_actions.editTweet->setText(locked ? tr("View T&weet…") : tr("Edit T&weet…"));
    }
}

void TweetPane::updatePostAction(bool hasTweet, const Models::TweetConfig &config, bool waiting)
{
    const QString blocker = hasTweet ? m_controller->postBlocker(config) : QString();
    const bool canPost = hasTweet && !waiting && blocker.isEmpty();
    const bool retry = hasTweet && config.status == TweetStatus::Failed;
    // A disabled button hands its focus to the next widget, where a held Return would go on working
    // (editing the episode, say). Park it on the row, where keys do nothing; it returns with the button.
    if (!canPost && m_postButton->hasFocus()) {
        m_buttonRow->setFocus(Qt::OtherFocusReason);
    } else if (canPost && m_buttonRow->hasFocus()) {
        m_postButton->setFocus(Qt::OtherFocusReason);
    }
    enable(m_actions.post, canPost);
    m_postButton->setEnabled(canPost);
    if (m_actions.post) {
        m_actions.post->setText(retry ? tr("&Retry Post") : tr("&Post Now"));
    }
    m_postButton->setText(retry ? tr("Retry") : tr("Post Now"));
    m_postButton->setAccessibleName(retry ? tr("Retry post") : tr("Post now"));
    QString postTip = blocker;
    if (waiting) {
        postTip = tr("Waiting for the answer about this tweet");
    } else if (!hasTweet) {
        postTip = tr("Select a tweet to post");
    } else if (blocker.isEmpty()) {
        postTip = tr("Publish this tweet on its account now (%1)").arg(shortcutText(m_actions.post));
    }
    m_postButton->setToolTip(postTip);
}

void TweetPane::updateNoteImages()
{
    const int row = m_model->rowOf(currentTweetId());
    const QList<Models::TweetImage> images = row >= 0 ? m_model->imagesAt(row) : QList<Models::TweetImage> {};
    if (images.isEmpty()) {
        m_noteImages->clear();
        m_noteImages->setVisible(false);
        return;
    }
    // Two lines high, the note's reserved height: the buttons stay where they are.
    const int side = m_note->minimumHeight();
    const QPixmap picture =
        m_thumbnails->strip(images, side, Models::kMaxImagesPerTweet, palette().color(QPalette::WindowText), font());
    if (picture.isNull()) {
        m_noteImages->setText(QStringLiteral("…"));
    } else {
        m_noteImages->setPixmap(picture);
    }
    QStringList lines;
    for (qsizetype i = 0; i < images.size(); ++i) {
        const Models::TweetImage &image = images.at(i);
        lines.append(image.alt.isEmpty() ? tr("Image %1: no alt text").arg(i + 1)
                                         : tr("Image %1: %2").arg(i + 1).arg(image.alt));
    }
    m_noteImages->setToolTip(lines.join(QLatin1Char('\n')));
    m_noteImages->setAccessibleName(tr("%n images", nullptr, int(images.size())));
    m_noteImages->setAccessibleDescription(lines.join(QLatin1Char('\n')));
    m_noteImages->setVisible(true);
}

void TweetPane::updateNote()
{
    updateNoteImages();
    const qint64 id = currentTweetId();
    if (id == 0) {
        // Nothing is chosen for the user: Post acts on the tweet they picked, never on a first row.
        const QString hint = m_proxy->rowCount() > 0
            ? tr("Select a tweet to post it (%1), verify it or see its history.").arg(shortcutText(m_actions.post))
            : QString();
        m_note->setText(hint.toHtmlEscaped());
        m_note->setAccessibleName(hint);
        m_note->setToolTip(QString());
        return;
    }
    const PostingNote note = m_controller->noteFor(id);
    m_note->setText(note.html());
    m_note->setAccessibleName(note.plainText());
    m_note->setToolTip(note.detail);
}

void TweetPane::updateLimits()
{
    const qint64 id = currentTweetId();
    const auto config = id != 0 ? m_controller->configFor(id) : std::nullopt;
    const auto account = config ? m_controller->account(config->accountId) : std::nullopt;
    if (!account) {
        m_limitsLabel->clear();
        return;
    }
    m_limitsLabel->setText(
        tr("%1: %2").arg(account->name, PostingNotes::forLimits(m_controller->limitsFor(account->id), m_clock())));
}

void TweetPane::updateHeader()
{
    if (m_episodeId == 0) {
        m_header->setText(tr("Tweets — select an episode to see its tweets"));
        return;
    }
    const QString title = elided(m_episodeTitle, 60);
    if (m_model->rowCount() == 0) {
        m_header->setText(tr("Tweets for “%1” — none yet. Add one with New Tweet (%2).")
                              .arg(title, shortcutText(m_actions.newTweet)));
    } else {
        m_header->setText(tr("Tweets for “%1”").arg(title));
    }
}

void TweetPane::updateBusyAnimation()
{
    bool busy = m_controller->anyShowsPosting();
    for (int row = 0; !busy && row < m_model->rowCount(); ++row) {
        busy = m_model->displayStatusAt(row) == DisplayStatus::Posting;
    }
    if (busy && !m_spinnerTimer->isActive()) {
        m_spinnerTimer->start();
    } else if (!busy && m_spinnerTimer->isActive()) {
        m_spinnerTimer->stop();
    }
}

void TweetPane::advanceSpinner()
{
    m_badgeDelegate->setSpinnerPhase(m_badgeDelegate->spinnerPhase() + spinnerStepDegrees);
    // Only the status column moves.
    const int x = m_view->columnViewportPosition(TweetTableModel::StatusColumn);
    const int width = m_view->columnWidth(TweetTableModel::StatusColumn);
    m_view->viewport()->update(QRect(x, 0, width, m_view->viewport()->height()));
}

void TweetPane::onNoteLink(const QString &href)
{
    switch (PostingNote::linkFromHref(href).value_or(PostingNote::Link::None)) {
    case PostingNote::Link::OpenOnX:
        openOnX(currentTweetId());
        break;
    case PostingNote::Link::Verify:
        m_controller->verify(currentTweetId());
        break;
    case PostingNote::Link::ResumePosting:
        if (const auto config = m_controller->configFor(currentTweetId())) {
            m_controller->resumePosting(config->accountId);
        }
        break;
    case PostingNote::Link::None:
        break;
    }
}

void TweetPane::openOnX(qint64 configId)
{
    const auto config = Models::TweetStore(m_db).find(configId);
    if (!config || config->status != TweetStatus::Posted) {
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
        qCWarning(lcTweetPane) << "no browser could open post" << config->postId;
        MessageBox::warning(this, tr("Could Not Open the Post"),
                            tr("No web browser could be started. The post is at %1").arg(url.toString()));
    }
}

void TweetPane::showHistory(qint64 configId)
{
    if (configId == 0) {
        return;
    }
    if (!m_historyDialog) {
        // One history window, following whichever tweet it is asked for; it stays open beside the
        // list, so it is not modal.
        m_historyDialog = new HistoryDialog(m_db, this);
        m_historyDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_historyDialog, &HistoryDialog::retryRequested, m_controller, &PostController::post);
        connect(m_historyDialog, &HistoryDialog::verifyRequested, m_controller, &PostController::verify);
        connect(m_historyDialog, &HistoryDialog::openRequested, this, &TweetPane::openOnX);
        connect(m_historyDialog, &HistoryDialog::resumePostingRequested, this, [this](qint64 id) {
            if (const auto config = m_controller->configFor(id)) {
                m_controller->resumePosting(config->accountId);
            }
        });
    }
    m_historyDialog->setConfigId(configId);
    m_historyDialog->setBusy(m_controller->isAwaitingAnswer(configId));
    m_historyDialog->setNote(m_controller->noteFor(configId));
    m_historyDialog->show();
    m_historyDialog->raise();
    m_historyDialog->activateWindow();
}

} // namespace EpisodeDesk::Ui
