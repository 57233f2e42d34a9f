// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "media/tweetimage.h"
#include "postingnotes.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QPushButton;
class QTableWidget;

namespace EpisodeDesk::Ui {
class ThumbnailLoader;
}

namespace EpisodeDesk::Ui {

// Every attempt to post one tweet (TweetStore::attempts, newest first): when it started and ended,
// what came of it, X's HTTP status, the post id, the images it sent (thumbnails, alt text and the media
// ids X gave them; TweetImageStore::attemptImages) and the reason, with what can be done next: "Open on
// X" for a posted tweet, "Verify" for an unknown one, "Retry" for a failed one.
//
// The dialog only reads (through the GUI thread's connection) and asks: its buttons emit requests that
// MainWindow carries out on the same path as its own actions, so a Retry here is guarded exactly like
// the Post button. MainWindow calls reload() when the database changed and setBusy()/setNote() when
// it knows more than the database (a request in flight, the engine's last answer).
class HistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDialog)

public:
    enum Column
    {
        StartedColumn,
        FinishedColumn,
        OutcomeColumn,
        HttpColumn,
        PostIdColumn,
        ImagesColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit HistoryDialog(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~HistoryDialog() override;

    void setConfigId(qint64 configId);
    qint64 configId() const { return m_configId; }
    void setBusy(bool busy);
    void setNote(const PostingNote &note);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void retryRequested(qint64 configId);
    void verifyRequested(qint64 configId);
    void openRequested(qint64 configId);
    // The note's "Resume posting": the tweet's account was stopped by X's usage cap.
    void resumePostingRequested(qint64 configId);

private:
    void updateButtons();
    void fitRows();
    void updateThumbnails();

    QSqlDatabase m_db;
    qint64 m_configId = 0;
    Models::TweetStatus m_status = Models::TweetStatus::Pending;
    bool m_enabled = true;
    bool m_busy = false;
    QLabel *m_tweetLabel = nullptr;
    QLabel *m_accountLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_noteLabel = nullptr;
    QTableWidget *m_table = nullptr;
    ThumbnailLoader *m_thumbnails = nullptr;
    QList<QList<Models::AttemptImage>> m_sentImages; // per row of the table
    QPushButton *m_openButton = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_retryButton = nullptr;
};

} // namespace EpisodeDesk::Ui
