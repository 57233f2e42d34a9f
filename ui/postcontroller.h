// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "postingnotes.h"
#include "postingrequests.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QWidget;

namespace EpisodeDesk::Models {
class PostingService;
class Scheduler;
class TweetTableModel;
struct PostOutcome;
} // namespace EpisodeDesk::Models

namespace EpisodeDesk::Ui {

// The whole Post now / Retry / Verify flow of a window, without the window: why a tweet cannot be
// posted now, the confirmation, the request's stages, the engine's answers and the words shown for
// them. Every way to post (the toolbar, the Tweet menu, Ctrl+P, the pane's button, Retry in the history)
// calls post(); every way to verify calls verify().
//
//     PostController controller(db, tweetModel);
//     controller.setPostingService(service); // on the posting thread; not owned
//     connect(&controller, &PostController::stateChanged, pane, &TweetPane::refresh);
//     connect(&controller, &PostController::reloadRequested, window, &MainWindow::scheduleReload);
//     controller.post(configId);
//
// post() first marks the tweet as awaiting an answer, and only then confirms and queues one
// PostingService::post(). The tweet stays marked until the engine's answer arrives *and* the next
// reload (settle()) shows its new state, so a double-click, a held Return or a menu and a shortcut fired
// together queue one request; the engine's claim makes that hold across windows and processes too. The
// controller never waits for the engine: answers arrive as queued signals.
//
// It reads the tweet model (the state the user sees) and, for what the model does not hold, the
// database through the GUI thread's connection. GUI thread only.
class PostController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostController)

public:
    PostController(const QSqlDatabase &db, Models::TweetTableModel *tweets, QObject *parent = nullptr);
    ~PostController() override;

    // The engine on its own thread: only its thread-safe post() and verify() are called, its signals
    // arrive queued. Not owned; null means nothing can be posted (and postBlocker() says so).
    void setPostingService(Models::PostingService *service);
    Models::PostingService *postingService() const;
    // Nudged after a resume, so scheduled tweets that are due go out now. Not owned; may be null.
    void setScheduler(Models::Scheduler *scheduler);
    void setClock(std::function<QDateTime()> clock);
    // Where questions appear: the window, or a dialog over it. Called at the moment of asking.
    void setDialogParent(std::function<QWidget *()> parent);

    // Ask before each post (a preference in QSettings; on by default).
    bool confirmBeforePosting() const;
    void setConfirmBeforePosting(bool confirm);

    // Re-reads the accounts and what X last said about their limits (on every reload).
    void refresh();
    // After the models re-read the database: every answered tweet shows its new state now.
    void settle();

    // Whether anything about this tweet is awaited: the user's confirmation, X's answer to a post or a
    // verify, or the reload that shows the answer.
    bool isAwaitingAnswer(qint64 configId) const;
    // The row shows "Posting…" from the queued post until the reload after its answer.
    bool showsPosting(qint64 configId) const;
    bool anyShowsPosting() const;
    // Posts queued and not answered (what quitting now would abandon).
    int postsInFlight() const;

    // What the window says about a tweet now (the pane's note, the history's note).
    PostingNote noteFor(qint64 configId) const;
    // Why the tweet cannot be posted now, in words; empty when it can.
    QString postBlocker(const Models::TweetConfig &config) const;

    bool isUsageCapped(qint64 accountId) const;
    // What X last said about the account's posts (read on refresh); nullopt: X never told us.
    std::optional<Models::AccountLimits> limitsFor(qint64 accountId) const;
    // The account as of the last refresh; nullopt for an archived or unknown one.
    std::optional<Models::Account> account(qint64 accountId) const;
    bool isSandboxAccount(qint64 accountId) const;
    // From the model when it shows the tweet, else from the database.
    std::optional<Models::TweetConfig> configFor(qint64 configId) const;

public Q_SLOTS:
    // The one path of every "Post now" and "Retry".
    void post(qint64 configId);
    void verify(qint64 configId);
    // After the user raised X's usage cap: asks, lifts the account's stop and wakes the scheduler.
    void resumePosting(qint64 accountId);

Q_SIGNALS:
    // What isAwaitingAnswer(), noteFor() or postBlocker() say may have changed.
    void stateChanged();
    // A line for the status bar.
    void statusMessage(const QString &text);
    // The engine wrote (or answered): the window should re-read the database soon.
    void reloadRequested();
    void confirmBeforePostingChanged(bool confirm);
    // Posting was resumed on the account: the window reloads, the notifier may tell again.
    void accountResumed(qint64 accountId);

private:
    void send(qint64 configId);
    void confirm(qint64 configId, const Models::TweetConfig &config);
    void onPostFinished(const Models::PostOutcome &outcome);
    void onVerifyFinished(const Models::PostOutcome &outcome);
    PostingNote stageNote(PostingRequests::Stage stage) const;
    QWidget *dialogParent() const;
    QDateTime now() const;

    QSqlDatabase m_db;
    Models::TweetTableModel *m_tweets = nullptr;
    QPointer<Models::PostingService> m_service;
    QList<QMetaObject::Connection> m_serviceConnections;
    QPointer<Models::Scheduler> m_scheduler;
    std::function<QDateTime()> m_clock;
    std::function<QWidget *()> m_dialogParent;
    PostingRequests m_requests;
    QHash<qint64, Models::Account> m_accounts;
    QHash<qint64, Models::AccountLimits> m_limits; // an account X never told about is absent
};

} // namespace EpisodeDesk::Ui
