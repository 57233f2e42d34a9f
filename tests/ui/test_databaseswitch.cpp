// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Switching databases at run time, as App::Application does for File → Open…: the second database's
// show in a new window, the first one's window, posting service and thread gone, the choice remembered;
// and a database that cannot be opened leaves the current one as it was.
#include "application.h"
#include "episodelistpane.h"
#include "itemmodels/episodetablemodel.h"
#include "mainwindow.h"
#include "posting/postingservice.h"
#include "recentdatabases.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "uitestutil.h"

#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace EpisodeDesk;
using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

namespace {

QStringList titlesIn(const MainWindow *window)
{
    QStringList titles;
    const QAbstractItemModel *model = window->episodeListPane()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        titles.append(model->index(row, EpisodeTableModel::TitleColumn).data().toString());
    }
    titles.sort();
    return titles;
}

} // namespace

class DatabaseSwitchTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initUiTestCase(QStringLiteral("test_databaseswitch")); }

    void init()
    {
        QSettings().clear();
        MessageBox::clearAnswers();
        m_dir = std::make_unique<QTemporaryDir>();
        m_first = m_dir->filePath(QStringLiteral("first.sqlite"));
        m_second = m_dir->filePath(QStringLiteral("second.sqlite"));
        QVERIFY(makeShow(m_first, QStringLiteral("Episode of the first show")));
        QVERIFY(makeShow(m_second, QStringLiteral("Episode of the second show")));
    }

    void cleanup()
    {
        closeModalDialogs();
        m_dir.reset();
    }

    void switchesToTheSecondDatabase()
    {
        App::Application application(false);
        QSignalSpy started(&application, &App::Application::started);
        application.start(m_first);
        QVERIFY(started.wait());
        QCOMPARE(started.first().first().toBool(), true);
        QPointer<MainWindow> firstWindow = application.window();
        QPointer<PostingService> firstService = application.postingService();
        QVERIFY(firstWindow && firstService);
        QPointer<QThread> firstThread = firstService->thread();
        QCOMPARE(titlesIn(firstWindow), QStringList {QStringLiteral("Episode of the first show")});
        QCOMPARE(firstWindow->windowTitle(), DatabaseLocation::file(m_first).displayName());

        QSignalSpy switched(&application, &App::Application::switched);
        // As File → Open Database… asks for it.
        Q_EMIT firstWindow->openDatabaseRequested(m_second);
        QTRY_COMPARE(switched.size(), 1);
        QCOMPARE(switched.first().first().toBool(), true);

        MainWindow *secondWindow = application.window();
        QVERIFY(secondWindow && secondWindow->isVisible());
        QCOMPARE(titlesIn(secondWindow), QStringList {QStringLiteral("Episode of the second show")});
        QCOMPARE(secondWindow->windowTitle(), DatabaseLocation::file(m_second).displayName());
        QCOMPARE(application.currentLocation(), DatabaseLocation::file(m_second).toString());
        // The first database's services are gone, their thread with them.
        QVERIFY(!firstWindow);
        QVERIFY(!firstService);
        QVERIFY(!firstThread || firstThread->isFinished());
        QVERIFY(application.postingService() && application.postingService()->thread()->isRunning());
        // Remembered: the next start without --db opens it, and Open Recent lists both.
        QCOMPARE(RecentDatabases::last(), m_second);
        QCOMPARE(RecentDatabases::list(), (QStringList {m_second, m_first}));
    }

    void aDatabaseThatCannotOpenLeavesTheCurrentOne()
    {
        App::Application application(false);
        QSignalSpy started(&application, &App::Application::started);
        application.start(m_first);
        QVERIFY(started.wait());
        QPointer<MainWindow> window = application.window();
        QPointer<PostingService> service = application.postingService();

        const QString notADatabase = m_dir->filePath(QStringLiteral("notes.txt"));
        QFile file(notADatabase);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my show notes, not a database.\n");
        file.close();

        QSignalSpy switched(&application, &App::Application::switched);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        application.switchTo(notADatabase);
        QTRY_COMPARE(switched.size(), 1);
        QCOMPARE(switched.first().first().toBool(), false);
        QVERIFY(window && service);
        QCOMPARE(application.window(), window.data());
        QCOMPARE(titlesIn(window), QStringList {QStringLiteral("Episode of the first show")});
        // The window says why, and that it still shows the first database.
        QVERIFY2(MessageBox::lastText().contains(DatabaseLocation::file(m_first).displayName()),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(RecentDatabases::last(), m_first);
        // The file was not touched.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("These are my show notes, not a database.\n"));
    }

private:
    static bool makeShow(const QString &path, const QString &title)
    {
        Database db;
        if (!db.open(path, QStringLiteral("seed"))) {
            return false;
        }
        Episode episode;
        episode.title = title;
        return EpisodeStore(db.connection()).add(episode).has_value();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_first;
    QString m_second;
};

QTEST_MAIN(DatabaseSwitchTest)
#include "test_databaseswitch.moc"
