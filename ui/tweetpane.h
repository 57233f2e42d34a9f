// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace EpisodeDesk::Models {
class TweetTableModel;
} // namespace EpisodeDesk::Models

namespace EpisodeDesk::Ui {

class HistoryDialog;
class PostController;
class StatusBadgeDelegate;
class ThumbnailLoader;
class TweetEditor;

// The lower half of the window: the current episode's tweets, the status filter, what X last said
// about the account's limits, the note about the selected tweet and its buttons (Open on X, Verify,
// History, Reschedule, Post Now). A tweet with images shows a thumbnail in its text column and, when
// selected, all of them beside the note, with their alt text in the tooltips. It owns these widgets and what they do;
// posting itself goes through the PostController, editing through the TweetEditor.
//
//     TweetPane pane(db, tweetModel, controller, editor);
//     pane.setActions({postAction, rescheduleAction, ...}); // the window's, for state and context menu
//     pane.setEpisode(episodeId, title);
//
// The actions it is given follow the selected tweet: enabled only when they would do something, and
// Post Now off while anything about the tweet is awaited (the guard against a second request).
class TweetPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TweetPane)

public:
    // The window's actions that act on the selected tweet; any may be null.
    struct Actions
    {
        QAction *post = nullptr;
        QAction *reschedule = nullptr;
        QAction *verify = nullptr;
        QAction *openOnX = nullptr;
        QAction *history = nullptr;
        QAction *resumePosting = nullptr;
        QAction *newTweet = nullptr;
        QAction *editTweet = nullptr;
        QAction *deleteTweet = nullptr;
    };

    TweetPane(const QSqlDatabase &db, Models::TweetTableModel *model, PostController *controller, TweetEditor *editor,
              QWidget *parent = nullptr);
    ~TweetPane() override;

    void setActions(const Actions &actions);
    // "now" for the limits line; the system clock unless a test injects one.
    void setClock(std::function<QDateTime()> clock);

    // Shows this episode's tweets (0: none). `title` heads the list.
    void setEpisode(qint64 episodeId, const QString &title);
    qint64 episodeId() const { return m_episodeId; }
    // The tweet current in the list, or 0.
    qint64 currentTweetId() const;
    // Makes a tweet current, clearing a status filter that hides it; false when it is not in the list.
    bool selectTweet(qint64 configId);
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // The open history window, if any (confirmations of its Retry go over it).
    HistoryDialog *historyDialog() const;

public Q_SLOTS:
    // Brings buttons, actions, note and limits line up to date with the selection and the controller.
    void refresh();
    // After the model re-read the database: the header and the history follow.
    void afterReload();
    // "Scheduled" turns into "Missed" with time alone: filter and paint again.
    void refilter();
    void openOnX(qint64 configId);
    void showHistory(qint64 configId);

Q_SIGNALS:
    // The selection, or what can be done with it, changed.
    void currentTweetChanged(qint64 configId);
    void statusMessage(const QString &text);

private:
    QWidget *createHeader();
    QWidget *createButtonRow();
    void setUpView();
    void applyStatusFilter();
    void updateActions();
    void updatePostAction(bool hasTweet, const Models::TweetConfig &config, bool waiting);
    void updateNote();
    void updateNoteImages();
    void updateLimits();
    void updateHeader();
    void updateBusyAnimation();
    void advanceSpinner();
    void onNoteLink(const QString &href);

    QSqlDatabase m_db;
    Models::TweetTableModel *m_model = nullptr;
    PostController *m_controller = nullptr;
    TweetEditor *m_editor = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    StatusBadgeDelegate *m_badgeDelegate = nullptr;
    QTimer *m_spinnerTimer = nullptr;
    std::function<QDateTime()> m_clock;
    Actions m_actions;
    qint64 m_episodeId = 0;
    QString m_episodeTitle;
    QPointer<HistoryDialog> m_historyDialog;

    QLabel *m_header = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QLabel *m_limitsLabel = nullptr;
    QTableView *m_view = nullptr;
    QWidget *m_buttonRow = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_noteImages = nullptr; // the selected tweet's thumbnails
    ThumbnailLoader *m_thumbnails = nullptr;
    QPushButton *m_postButton = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_historyButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_rescheduleButton = nullptr;
};

} // namespace EpisodeDesk::Ui
