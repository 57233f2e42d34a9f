// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// File → Import from Feed… (issue 11) against a real HTTP server on 127.0.0.1 (feedserver.h) and a
// database on the backend ctest chose (the worker opens its own connection from the location): the counts in words and
// the episodes in the window's list, the error's sentence, a GUI thread that keeps running while the server says
// nothing, closing the dialog during that, and the two ways to open it. With EPISODEDESK_SCREENSHOT_DIR set it also
// writes the README's picture there (see test_screenshots.cpp):
//
//     EPISODEDESK_SCREENSHOT_DIR=$PWD/docs/screenshots ctest --preset dev -R "test_feedimportdialog$"

#include "../feeds/feedserver.h"
#include "feedimportdialog.h"
#include "mainwindow.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "testdatabase.h"
#include "uitestutil.h"
#include "windowactions.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QProgressBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

class FeedImportDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        initUiTestCase(QStringLiteral("test_feedimportdialog"));
        QApplication::setApplicationDisplayName(QStringLiteral("EpisodeDesk"));
        QSettings().clear();
        m_outputDir = qEnvironmentVariable("EPISODEDESK_SCREENSHOT_DIR");
        if (!m_outputDir.isEmpty()) {
            QVERIFY(QDir().mkpath(m_outputDir));
        }
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        const QByteArray libsyn = FeedServer::fixture(QStringLiteral("libsyn.xml"));
        QVERIFY(!libsyn.isEmpty());
        m_server.serveFeed(QStringLiteral("/libsyn.xml"), libsyn);
        m_server.hang(QStringLiteral("/hang.xml"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<TestDatabase>(m_dir->path());
        QVERIFY2(!m_database->location().isEmpty(), qPrintable(m_database->errorString()));
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_database->location(), QStringLiteral("gui")), qPrintable(m_db->errorString()));
    }

    void cleanup()
    {
        closeModalDialogs();
        m_window.reset();
        // A closed dialog's worker must end, not wait for a server that never answers.
        QTRY_COMPARE(FeedImportDialog::runningImports(), 0);
        m_db.reset();
        m_database.reset();
        m_dir.reset();
    }

    void importShowsTheCountsAndTheEpisodes()
    {
        MainWindow *window = openWindow();
        QVERIFY(window->findChild<QWidget *>(QStringLiteral("emptyStatePage"))->isVisible());
        action(QStringLiteral("importFeedAction"))->trigger();
        FeedImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = modalDialog<FeedImportDialog>()) != nullptr);
        QVERIFY(url(dialog)->text().isEmpty()); // no feed stored yet
        QVERIFY(!importButton(dialog)->isEnabled());

        dialog->setUrl(m_server.url(QStringLiteral("/libsyn.xml")).toString());
        QVERIFY(importButton(dialog)->isEnabled());
        importButton(dialog)->click();
        QVERIFY(dialog->isImporting());
        QVERIFY(dialog->findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible());
        QVERIFY(!importButton(dialog)->isEnabled());
        QTRY_VERIFY(!dialog->isImporting());
        QVERIFY(!dialog->findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisible());
        QCOMPARE(result(dialog)->text(),
                 QStringLiteral("2 episodes added, 0 updated, 0 unchanged, 0 no longer in the feed; "
                                "0 announcements made."));
        QVERIFY(importButton(dialog)->isEnabled());

        const QList<Episode> episodes = EpisodeStore(m_db->connection()).all();
        QCOMPARE(episodes.size(), 2);
        QTRY_COMPARE(episodeView()->model()->rowCount(), 2);
        QVERIFY(episodeView()->isVisible()); // the welcome page made way for the list
        save(dialog->grab(), QStringLiteral("feed-import.png"), dialog->size());

        // Close, then open again: the stored feed's address is there for the next import.
        dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
        QTRY_VERIFY(!modalDialog<FeedImportDialog>());
        action(QStringLiteral("importFeedAction"))->trigger();
        QTRY_VERIFY((dialog = modalDialog<FeedImportDialog>()) != nullptr);
        QCOMPARE(url(dialog)->text(), m_server.url(QStringLiteral("/libsyn.xml")).toString());
    }

    void aMissingFeedShowsTheSentence()
    {
        FeedImportDialog dialog(m_db->connection(), m_db->location());
        dialog.show();
        const QUrl missing = m_server.url(QStringLiteral("/nothing-here.xml"));
        dialog.setUrl(missing.toString());
        importButton(&dialog)->click();
        QTRY_VERIFY(!dialog.isImporting());
        QCOMPARE(result(&dialog)->text(),
                 QStringLiteral("The feed is not at %1 (HTTP 404). Check the address in your podcast host's "
                                "dashboard.")
                     .arg(missing.toDisplayString()));
        QVERIFY(EpisodeStore(m_db->connection()).all().isEmpty());
    }

    void aHangingServerLeavesTheWindowResponsive()
    {
        FeedImportDialog dialog(m_db->connection(), m_db->location());
        dialog.show();
        dialog.setUrl(m_server.url(QStringLiteral("/hang.xml")).toString());
        importButton(&dialog)->click();
        QVERIFY(dialog.isImporting());
        QTRY_COMPARE(m_server.requests(QStringLiteral("/hang.xml")).size(), 1);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(10);
        QTRY_VERIFY(ticks >= 20); // the GUI thread's event loop runs while the download waits
        QVERIFY(dialog.isImporting());

        // Cancel stops the download; the dialog stays open and says so.
        auto *close = dialog.findChild<QPushButton *>(QStringLiteral("closeButton"));
        QCOMPARE(close->text(), QStringLiteral("&Cancel"));
        close->click();
        QTRY_VERIFY(!dialog.isImporting());
        QVERIFY(dialog.isVisible());
        QCOMPARE(result(&dialog)->text(), QStringLiteral("The import was cancelled; nothing was imported."));
        QCOMPARE(close->text(), QStringLiteral("&Close"));
        QCOMPARE(FeedImportDialog::runningImports(), 0);
    }

    void closingDuringAnImportDoesNotCrash()
    {
        auto *dialog = new FeedImportDialog(m_db->connection(), m_db->location());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<FeedImportDialog> guard(dialog);
        dialog->show();
        const int before = m_server.requests(QStringLiteral("/hang.xml")).size();
        dialog->setUrl(m_server.url(QStringLiteral("/hang.xml")).toString());
        importButton(dialog)->click();
        QTRY_COMPARE(m_server.requests(QStringLiteral("/hang.xml")).size(), before + 1);
        QCOMPARE(FeedImportDialog::runningImports(), 1);
        dialog->close();
        QTRY_VERIFY(guard.isNull());
        QTRY_COMPARE(FeedImportDialog::runningImports(), 0);
        QVERIFY(EpisodeStore(m_db->connection()).all().isEmpty());
    }

    void theWelcomePageOpensIt()
    {
        MainWindow *window = openWindow();
        auto *button = window->findChild<QPushButton *>(QStringLiteral("emptyImportFeedButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        save(window->grab(), QStringLiteral("welcome.png"), window->size());
        button->click();
        QTRY_VERIFY(modalDialog<FeedImportDialog>() != nullptr);
    }

    void theFileMenuHasIt()
    {
        MainWindow *window = openWindow();
        QMenu *file = nullptr;
        for (QAction *menu : window->menuBar()->actions()) {
            if (menu->menu() && menu->text() == QStringLiteral("&File")) {
                file = menu->menu();
            }
        }
        QVERIFY(file);
        QVERIFY(file->actions().contains(action(QStringLiteral("importFeedAction"))));
        QCOMPARE(action(QStringLiteral("importFeedAction"))->text(), QStringLiteral("&Import from Feed…"));
    }

private:
    MainWindow *openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_db->connection(), m_db->location());
        m_window->resize(900, 600);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get())) {
            return nullptr;
        }
        return m_window.get();
    }

    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    QTableView *episodeView() const { return m_window->findChild<QTableView *>(QStringLiteral("episodeView")); }
    static QLineEdit *url(QWidget *dialog) { return dialog->findChild<QLineEdit *>(QStringLiteral("feedUrlEdit")); }
    static QLabel *result(QWidget *dialog) { return dialog->findChild<QLabel *>(QStringLiteral("resultLabel")); }
    static QPushButton *importButton(QWidget *dialog)
    {
        return dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
    }

    void save(const QPixmap &picture, const QString &name, const QSize &size)
    {
        QString error;
        QVERIFY2(saveScreenshot(picture, size, m_outputDir, name, &error), qPrintable(error));
    }

    FeedServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    QString m_outputDir;
};

QTEST_MAIN(FeedImportDialogTest)
#include "test_feedimportdialog.moc"
