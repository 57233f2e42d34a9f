// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QSqlDatabase>
#include <QWidget>

class QAction;
class QLineEdit;
class QTableView;

namespace EpisodeDesk::Models {
class EpisodeTableModel;
} // namespace EpisodeDesk::Models

namespace EpisodeDesk::Ui {

class EpisodeFilterProxyModel;

// The upper half of the window: the show's episodes with a summary of their tweets, the search box
// (titles, notes and tweet texts), and what is done to an episode (add, edit, delete). It owns its
// model and the widgets; the window hands it the actions for its context menu and listens.
//
//     EpisodeListPane pane(db);
//     pane.setActions({newEpisodeAction, editEpisodeAction, deleteEpisodeAction, newTweetAction});
//     connect(&pane, &EpisodeListPane::currentEpisodeChanged, tweetPane, &TweetPane::setEpisode);
//     pane.reload();
//
// Its writes report `saved`/`removed`; the window re-reads everything then (a tweet count or an empty
// state may follow), and the pane keeps the selection by id across the reload.
class EpisodeListPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpisodeListPane)

public:
    struct Actions
    {
        QAction *newEpisode = nullptr;
        QAction *editEpisode = nullptr;
        QAction *deleteEpisode = nullptr;
        QAction *newTweet = nullptr;
        QAction *find = nullptr;
    };

    explicit EpisodeListPane(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~EpisodeListPane() override;

    void setActions(const Actions &actions);

    Models::EpisodeTableModel *model() const { return m_model; }
    EpisodeFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_searchEdit; }
    bool isEmpty() const;

    // The episode whose tweets are shown, or 0, and its title.
    qint64 currentEpisodeId() const;
    QString currentTitle() const;
    // Makes an episode current (clearing a search that hides it); false when there is no such episode.
    bool selectEpisode(qint64 episodeId);

public Q_SLOTS:
    // Re-reads the episodes and what the search matches; a current episode stays current.
    void reload();
    void focusSearch();
    void newEpisode();
    void editEpisode();
    void deleteEpisode();

Q_SIGNALS:
    void currentEpisodeChanged(qint64 episodeId, const QString &title);
    void saved(qint64 episodeId);
    void removed(qint64 episodeId);
    // A write was refused because the row is gone: the lists are behind the database.
    void stale();
    void statusMessage(const QString &text);

private:
    void setUpView();
    void applySearch();
    void selectFirstIfNone();
    void updateActions();
    void openEpisodeDialog(const Models::Episode &episode);

    QSqlDatabase m_db;
    Models::EpisodeTableModel *m_model = nullptr;
    EpisodeFilterProxyModel *m_proxy = nullptr;
    Actions m_actions;
    QLineEdit *m_searchEdit = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace EpisodeDesk::Ui
