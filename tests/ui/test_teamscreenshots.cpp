// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The README's team database pictures: File → Open Team Database… filled in, and the window on a team
// database of the test server. Each test checks what its picture must show; with
// EPISODEDESK_SCREENSHOT_DIR set it also writes the picture there (see test_screenshots.cpp):
//
//     EPISODEDESK_SCREENSHOT_DIR=$PWD/docs/screenshots ctest --preset dev -R test_teamscreenshots_postgresql

#include "mainwindow.h"
#include "store/database.h"
#include "teamdatabasedialog.h"
#include "testdatabase.h"
#include "uitestutil.h"

#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

class TeamScreenshotsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        initUiTestCase(QStringLiteral("test_teamscreenshots"));
        QApplication::setApplicationDisplayName(QStringLiteral("EpisodeDesk"));
        QSettings().clear();
        m_outputDir = qEnvironmentVariable("EPISODEDESK_SCREENSHOT_DIR");
        if (!m_outputDir.isEmpty()) {
            QVERIFY(QDir().mkpath(m_outputDir));
        }
    }

    void cleanup() { closeModalDialogs(); }

    void openTeamDatabaseDialog()
    {
        TeamDatabaseDialog dialog;
        dialog.setFields({QStringLiteral("db.thestudio.fm"), 5432, QStringLiteral("thestudio"), QStringLiteral("ada"),
                          QStringLiteral("sslmode=require")});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("uriEdit"))->text(),
                 QStringLiteral("postgresql://ada@db.thestudio.fm:5432/thestudio?sslmode=require"));
        QVERIFY(okButton(&dialog)->isEnabled());
        save(dialog.grab(), QStringLiteral("team-database-dialog.png"), dialog.size());
    }

    void windowOnATeamDatabase()
    {
        QTemporaryDir dir;
        TestDatabase database(dir.path());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
        QVERIFY(database.isPostgreSql());
        Database db;
        QVERIFY2(db.open(database.location(), QStringLiteral("gui")), qPrintable(db.errorString()));
        const auto show = SeededShow::seed(db.connection());
        QVERIFY(show);
        MainWindow window(db.connection(), db.location());
        window.resize(1100, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectEpisode(show->pilot));
        QCOMPARE(window.windowTitle(), db.location().displayName());
        QVERIFY(window.windowTitle().contains(QStringLiteral(" on 127.0.0.1:")));
        save(window.grab(), QStringLiteral("team-window.png"), window.size());
    }

private:
    void save(const QPixmap &picture, const QString &name, const QSize &size)
    {
        QString error;
        QVERIFY2(saveScreenshot(picture, size, m_outputDir, name, &error), qPrintable(error));
    }

    QString m_outputDir;
};

QTEST_MAIN(TeamScreenshotsTest)
#include "test_teamscreenshots.moc"
