// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QMainWindow>
#include <QPointer>
#include <QSqlDatabase>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace EpisodeDesk::Models {
class ChangeWatcher;
class EpisodeTableModel;
class SecretStore;
class TweetTableModel;
} // namespace EpisodeDesk::Models

namespace EpisodeDesk::Ui {

class EpisodeFilterProxyModel;

// The main window: the show's episodes above, the selected episode's tweets below.
//
//     Models::Database db;
//     db.open(Models::Database::defaultPath(), QStringLiteral("gui"));
//     Ui::MainWindow window(db.connection());
//     window.setSecretStore(&keychain); // services arrive through setters, after construction
//     window.show();
//
// It reads and writes through the GUI thread's connection only, via the stores and item models. Its own
// writes reload the models directly; a ChangeWatcher brings in everyone else's (the posting worker,
// another window, another process). Both models sync rows by id, so selection and scroll position
// survive a reload. Widgets and actions carry objectNames ("episodeView", "newEpisodeAction", …) so tests
// can find them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where account keys live; handed on to the account dialogs. Not owned; may be null.
    void setSecretStore(Models::SecretStore *store);
    Models::SecretStore *secretStore() const;

    // The episode whose tweets are shown, or 0.
    qint64 currentEpisodeId() const;
    // The tweet current in the tweet list, or 0.
    qint64 currentTweetId() const;
    // Makes an episode current (clearing a search that hides it); false when there is no such episode.
    bool selectEpisode(qint64 episodeId);
    bool selectTweet(qint64 configId);

public Q_SLOTS:
    // Re-reads both models from the database.
    void reload();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    QWidget *createEmptyStatePage();
    QWidget *createBrowserPage();
    void setUpEpisodeView();
    void setUpTweetView();

    void newEpisode();
    void editEpisode();
    void deleteEpisode();
    void newTweet();
    void editTweet();
    void deleteTweet();
    void showAccounts();
    void addAccount();
    void showAbout();
    void focusSearch();

    void openEpisodeDialog(const Models::Episode &episode);
    void openTweetDialog(const Models::TweetConfig &config);
    void onCurrentEpisodeChanged();
    void applySearch();
    void applyStatusFilter();
    void updateEmptyState();
    void updateTweetHeader();
    void updateActions();
    void readSettings();
    void writeSettings() const;

    QSqlDatabase m_db;
    QPointer<Models::SecretStore> m_secretStore;

    Models::EpisodeTableModel *m_episodeModel = nullptr;
    Models::TweetTableModel *m_tweetModel = nullptr;
    EpisodeFilterProxyModel *m_episodeProxy = nullptr;
    QSortFilterProxyModel *m_tweetProxy = nullptr;
    Models::ChangeWatcher *m_watcher = nullptr;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_emptyStatePage = nullptr;
    QWidget *m_browserPage = nullptr;
    QLabel *m_accountStep = nullptr;
    QPushButton *m_emptyAccountButton = nullptr;
    QPushButton *m_emptyEpisodeButton = nullptr;
    QSplitter *m_splitter = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTableView *m_episodeView = nullptr;
    QLabel *m_tweetHeader = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTableView *m_tweetView = nullptr;

    QAction *m_newEpisodeAction = nullptr;
    QAction *m_editEpisodeAction = nullptr;
    QAction *m_deleteEpisodeAction = nullptr;
    QAction *m_newTweetAction = nullptr;
    QAction *m_editTweetAction = nullptr;
    QAction *m_deleteTweetAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_accountsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_quitAction = nullptr;
};

} // namespace EpisodeDesk::Ui
