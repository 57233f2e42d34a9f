// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "episodelistpane.h"

#include "episodedialog.h"
#include "episodefilterproxymodel.h"
#include "feeds/feedstore.h"
#include "itemmodels/episodetablemodel.h"
#include "itemmodels/itemdatarole.h"
#include "messagebox.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"
#include "widgetutil.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcEpisodeListPane, "episodedesk.ui.episodelistpane")

using Models::EpisodeTableModel;

EpisodeListPane::EpisodeListPane(const QSqlDatabase &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("episodeListPane"));
    m_model = new EpisodeTableModel(m_db, this);
    m_proxy = new EpisodeFilterProxyModel(this);
    m_proxy->setObjectName(QStringLiteral("episodeProxy"));
    m_proxy->setSourceModel(m_model);

    auto *title = new QLabel(tr("Episodes"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search titles, notes and tweets"));
    m_searchEdit->setClearButtonEnabled(true);
    // Qt's clear button shows an icon only; its action (found by Qt's own objectName) gets the words a screen
    // reader says, and its tooltip.
    if (auto *clear = m_searchEdit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(tr("Clear search"));
    }
    m_searchEdit->setAccessibleName(tr("Search episodes"));
    m_searchEdit->setMinimumWidth(300);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &EpisodeListPane::applySearch);
    // Escape in the search box clears it and goes back to the list, as in most search fields.
    auto *clearSearch = new QAction(m_searchEdit);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_searchEdit->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, this, [this] {
        m_searchEdit->clear();
        m_view->setFocus(Qt::ShortcutFocusReason);
    });

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("episodeView"));
    m_view->setAccessibleName(tr("Episodes"));
    setUpView();

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch();
    bar->addWidget(m_searchEdit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);
}

EpisodeListPane::~EpisodeListPane() = default;

void EpisodeListPane::setUpView()
{
    m_view->setModel(m_proxy);
    setUpTable(m_view);
    QHeaderView *header = m_view->horizontalHeader();
    // Fixed and interactive widths, never "resize to contents": that would measure every row, and a
    // show may have a hundred thousand.
    header->setSectionResizeMode(EpisodeTableModel::NumberColumn, QHeaderView::Interactive);
    header->resizeSection(EpisodeTableModel::NumberColumn,
                          m_view->fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 24);
    header->setSectionResizeMode(EpisodeTableModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EpisodeTableModel::PublishedColumn, QHeaderView::Interactive);
    header->resizeSection(EpisodeTableModel::PublishedColumn,
                          m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 40);
    header->setSectionResizeMode(EpisodeTableModel::TweetsColumn, QHeaderView::Interactive);
    // Room for a summary of four states ("1 posted · 1 failed · 1 posting · 4 pending").
    header->resizeSection(EpisodeTableModel::TweetsColumn, 380);
    // Newest first, by the date itself (SortRole), not by its localized text.
    header->setSortIndicator(EpisodeTableModel::PublishedColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        Q_EMIT currentEpisodeChanged(currentEpisodeId(), currentTitle());
    });
    // activated: Return on a row, or a double-click (single click where the platform says so).
    connect(m_view, &QAbstractItemView::activated, this, &EpisodeListPane::editEpisode);
}

void EpisodeListPane::setActions(const Actions &actions)
{
    m_actions = actions;
    QList<QAction *> menu;
    for (QAction *action : {actions.editEpisode, actions.deleteEpisode}) {
        if (action) {
            menu.append(action);
        }
    }
    menu.append(separatorAction(m_view));
    for (QAction *action : {actions.newEpisode, actions.newTweet}) {
        if (action) {
            menu.append(action);
        }
    }
    m_view->addActions(menu);
    if (actions.find) {
        m_searchEdit->setToolTip(actions.find->toolTip());
    }
    updateActions();
}

void EpisodeListPane::updateActions()
{
    const bool hasEpisode = currentEpisodeId() != 0;
    for (QAction *action : {m_actions.editEpisode, m_actions.deleteEpisode, m_actions.newTweet}) {
        if (action) {
            action->setEnabled(hasEpisode);
        }
    }
}

bool EpisodeListPane::isEmpty() const
{
    return m_model->rowCount() == 0;
}

qint64 EpisodeListPane::currentEpisodeId() const
{
    return m_view->currentIndex().data(Models::IdRole).toLongLong();
}

QString EpisodeListPane::currentTitle() const
{
    return m_view->currentIndex().siblingAtColumn(EpisodeTableModel::TitleColumn).data().toString();
}

bool EpisodeListPane::selectEpisode(qint64 episodeId)
{
    const int row = m_model->rowOf(episodeId);
    if (row < 0) {
        return false;
    }
    const QModelIndex source = m_model->index(row, EpisodeTableModel::TitleColumn);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        m_searchEdit->clear(); // the search hides it: showing it matters more than keeping the search
        index = m_proxy->mapFromSource(source);
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return index.isValid();
}

void EpisodeListPane::reload()
{
    m_model->reload();
    applySearch(); // tweet texts may have changed what matches
}

void EpisodeListPane::applySearch()
{
    const QString term = m_searchEdit->text().trimmed();
    // Notes and tweets are not in the model: the database's search index finds them.
    m_proxy->setSearch(term, Models::EpisodeStore(m_db).idsWithTextContaining(term));
    selectFirstIfNone();
}

void EpisodeListPane::selectFirstIfNone()
{
    // Keep the lower half meaningful: when the current episode was filtered out, show the first match.
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        m_view->setCurrentIndex(m_proxy->index(0, EpisodeTableModel::TitleColumn));
    }
    updateActions();
}

void EpisodeListPane::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void EpisodeListPane::newEpisode()
{
    Models::Episode episode;
    // Most shows number their episodes: suggest the next number, which the user can clear.
    std::optional<int> highest;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const auto number = m_model->episodeAt(row).number) {
            highest = std::max(highest.value_or(*number), *number);
        }
    }
    if (highest) {
        episode.number = *highest + 1;
    }
    openEpisodeDialog(episode);
}

void EpisodeListPane::editEpisode()
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
        Q_EMIT stale();
        return;
    }
    openEpisodeDialog(*episode);
}

void EpisodeListPane::openEpisodeDialog(const Models::Episode &episode)
{
    auto *dialog = new EpisodeDialog(window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEpisode(episode);
    dialog->setTweets(Models::TweetStore(m_db).forEpisode(episode.id)); // warns when an edit holds one
    if (episode.id != 0) {
        dialog->setFeedValues(Models::FeedStore(m_db).feedValues(episode.id));
    }
    dialog->setSaveFunction([this](const Models::Episode &edited, QString *error) {
        Models::EpisodeStore store(m_db);
        qint64 id = edited.id;
        if (id == 0) {
            const auto added = store.add(edited);
            if (!added) {
                qCWarning(lcEpisodeListPane) << "adding an episode failed:" << store.lastError();
                *error = store.lastError();
                return false;
            }
            id = *added;
        } else if (!store.update(edited)) {
            qCWarning(lcEpisodeListPane) << "saving episode" << id << "failed:" << store.lastError();
            *error = store.lastError();
            return false;
        }
        Q_EMIT saved(id);
        selectEpisode(id);
        Q_EMIT statusMessage(edited.id == 0 ? tr("Episode added.") : tr("Episode saved."));
        return true;
    });
    dialog->open();
}

void EpisodeListPane::deleteEpisode()
{
    const qint64 id = currentEpisodeId();
    if (id == 0) {
        return;
    }
    const QString title = elided(currentTitle(), 80);
    const auto tweets = int(Models::TweetStore(m_db).forEpisode(id).size());
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
        qCWarning(lcEpisodeListPane) << "deleting episode" << id << "failed:" << store.lastError();
        MessageBox::warning(this, tr("Episode Not Deleted"),
                            tr("The episode could not be deleted. %1").arg(store.lastError()));
        return;
    }
    Q_EMIT removed(id);
    if (*removal == Models::EpisodeStore::Removal::Archived) {
        MessageBox::information(this, tr("Episode Archived"),
                                tr("Tweets of this episode were already sent to X (or may have been), so the "
                                   "episode was archived to keep the record; it no longer shows in the list."));
    } else if (*removal == Models::EpisodeStore::Removal::Forgotten) {
        Q_EMIT statusMessage(tr("Episode deleted. It is still in your show's feed; refreshing the feed will not "
                                "bring it back or announce it."));
    } else {
        Q_EMIT statusMessage(tr("Episode deleted."));
    }
}

} // namespace EpisodeDesk::Ui
