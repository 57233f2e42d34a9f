// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a team database: what a teammate does shows within a second (LISTEN/NOTIFY on
// PostgreSQL, the data_version poll on SQLite), and the title and layout name the database itself.
#include "episodelistpane.h"
#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"
#include "mainwindow.h"
#include "store/database.h"
#include "testdatabase.h"
#include "tweetpane.h"
#include "uitestutil.h"
#include "windowstate.h"

#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

class TeamWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initUiTestCase(QStringLiteral("test_teamwindow")); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<TestDatabase>(m_dir->path());
        QVERIFY2(!m_database->location().isEmpty(), qPrintable(m_database->errorString()));
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_database->location(), QStringLiteral("gui")), qPrintable(m_db->errorString()));
        const auto show = SeededShow::seed(m_db->connection());
        QVERIFY(show);
        m_show = *show;
        QSettings().clear();
    }

    void cleanup()
    {
        closeModalDialogs();
        m_window.reset();
        m_db.reset();
        m_database.reset();
        m_dir.reset();
    }

    void titleAndLayoutNameTheDatabase()
    {
        MainWindow *window = openWindow();
        QCOMPARE(window->windowTitle(), m_db->location().displayName());
        // Two databases of one server (the same name on PostgreSQL) never share a layout.
        QCOMPARE(WindowState(m_db->location()).group(), WindowState(m_db->location().toString()).group());
        const QString other = m_db->location().isPostgreSql()
            ? m_db->location().toString().replace(QStringLiteral("@"), QStringLiteral("x@"))
            : m_dir->filePath(QStringLiteral("other.sqlite"));
        QVERIFY(WindowState(m_db->location()).group() != WindowState(other).group());
    }

    // A teammate's computer posts the pending tweet: the badge follows within a second, no reload asked.
    void tweetPostedElsewhereShowsWithinASecond()
    {
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_show.pilot));
        TestConnection teammate(m_database->location());
        QString error;
        QVERIFY2(
            teammate.exec(QStringLiteral("UPDATE tweet_configs SET status = 'posted', post_id = '77' WHERE id = %1")
                              .arg(m_show.pendingTweet),
                          &error),
            qPrintable(error));
        QAbstractItemModel *tweets = window->tweetPane()->view()->model();
        auto statusOfPending = [&] {
            for (int row = 0; row < tweets->rowCount(); ++row) {
                const QModelIndex index = tweets->index(row, TweetTableModel::StatusColumn);
                if (index.data(IdRole).toLongLong() == m_show.pendingTweet) {
                    return index.data().toString();
                }
            }
            return QString();
        };
        QCOMPARE(statusOfPending(), QStringLiteral("Pending"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOfPending(), QStringLiteral("Posted"), 1000);
    }

private:
    MainWindow *openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_db->connection(), m_db->location());
        m_window->show();
        return m_window.get();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    SeededShow m_show;
};

QTEST_MAIN(TeamWindowTest)
#include "test_teamwindow.moc"
