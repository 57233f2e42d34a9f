// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "feeds/feedstore.h"
#include "store/databaselocation.h"

#include <QDialog>
#include <QSqlDatabase>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace EpisodeDesk::Ui {

// File → Import from Feed…: the show's RSS address (the stored one when the show has a feed), Import,
// and then what the import did in words, or why it failed.
//
// FeedUpdate blocks until the download ends, so it runs on a worker thread of its own, with its own
// connection to the database (a Qt SQL connection belongs to its thread) and its own network manager;
// the Result comes back queued. Cancel (or closing the dialog) aborts the download on the worker's
// thread; a worker already writing finishes its one transaction. The worker outlives a closed dialog
// and deletes itself. The window sees the new episodes through its ChangeWatcher, and sooner through
// imported().
class FeedImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedImportDialog)

public:
    // db: the GUI thread's connection, read for the stored feed's address only; location: the same
    // database, for the worker to open its own connection to.
    FeedImportDialog(const QSqlDatabase &db, const Models::DatabaseLocation &location, QWidget *parent = nullptr);
    ~FeedImportDialog() override;

    void setUrl(const QString &url);
    QString url() const;
    bool isImporting() const { return m_job != nullptr; }

    // What an import did, in words: "3 episodes added, 0 updated, …; 0 announcements made."
    static QString describe(const Models::FeedChanges &changes);
    // Imports still running on their threads, a closed dialog's included (tests; quitting).
    static int runningImports();

public Q_SLOTS:
    void startImport();
    void cancelImport();
    void reject() override;

Q_SIGNALS:
    // An import wrote to the database: the window reloads.
    void imported(const EpisodeDesk::Models::FeedChanges &changes);

private:
    struct Job;

    void finishImport(const std::shared_ptr<Job> &job);
    void setImporting(bool importing);
    void updateButtons();

    Models::DatabaseLocation m_location;
    std::shared_ptr<Job> m_job; // the running import, if any
    QLineEdit *m_url = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_result = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace EpisodeDesk::Ui
