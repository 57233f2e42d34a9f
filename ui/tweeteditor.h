// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "media/tweetimage.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>

class QNetworkAccessManager;
class QWidget;

namespace EpisodeDesk::Models {
class Scheduler;
} // namespace EpisodeDesk::Models

namespace EpisodeDesk::Ui {

class PostController;

// Writing, changing, rescheduling and deleting tweets: the dialogs and the stores' answers, without
// the list they were started from. Each write that succeeds reports `saved` (the window re-reads and
// selects the tweet) or `removed`; a write refused because the row moved on (claimed by the poster
// meanwhile) reports `stale` so the lists catch up. A tweet's images are saved after it
// (TweetImageStore), and after a save or a Cancel the media no tweet uses any more leave the store
// (MediaStore::removeUnused).
//
//     TweetEditor editor(db, &controller, window);
//     connect(&editor, &TweetEditor::saved, window, [&](qint64 id) { window.reload(); pane.selectTweet(id); });
//     editor.newTweet(episodeId, lastAccountId);
class TweetEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TweetEditor)

public:
    // `controller`: a tweet the window is posting or verifying is not rescheduled under it.
    TweetEditor(const QSqlDatabase &db, const PostController *controller, QWidget *dialogParent);
    ~TweetEditor() override;

    void setClock(std::function<QDateTime()> clock);
    // Nudged after a new time, so the scheduler plans for it now rather than at its next poll.
    void setScheduler(Models::Scheduler *scheduler);
    // Where Use Episode Artwork downloads through; without one the editor makes its own on first use.
    void setNetworkAccessManager(QNetworkAccessManager *network);

public Q_SLOTS:
    // `accountId`: the account to start from (0: the dialog's first).
    void newTweet(qint64 episodeId, qint64 accountId);
    // Read-only for a tweet that is out or may be (the dialog decides from the fresh row).
    void editTweet(qint64 configId);
    void deleteTweet(qint64 configId);
    // Asks for a new time for a pending tweet (a missed one, typically); the scheduler posts it then.
    void rescheduleTweet(qint64 configId);

Q_SIGNALS:
    void saved(qint64 configId);
    void removed(qint64 configId);
    void stale();
    void statusMessage(const QString &text);
    // A tweet needs an account first.
    void addAccountRequested();

private:
    void openDialog(const Models::TweetConfig &config);
    bool saveSchedule(qint64 configId, const QDateTime &when, QString *error);
    QNetworkAccessManager *network();
    // The images the editor showed that nothing uses any more (added then removed, replaced, cancelled).
    void removeUnusedMedia(const QList<Models::TweetImage> &letGo);

    QSqlDatabase m_db;
    const PostController *m_controller = nullptr;
    QWidget *m_dialogParent = nullptr;
    QPointer<Models::Scheduler> m_scheduler;
    QPointer<QNetworkAccessManager> m_network;
    std::function<QDateTime()> m_clock;
};

} // namespace EpisodeDesk::Ui
