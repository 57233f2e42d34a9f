// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window while its team database's server is away: "Reconnecting…" in the status bar, the lists as
// last read (a reload that fails keeps them), and everything read again once the server is back.
#include "episodelistpane.h"
#include "mainwindow.h"
#include "privatepostgres.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "testdatabase.h"
#include "uitestutil.h"

#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

class ReconnectingTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initUiTestCase(QStringLiteral("test_reconnecting")); }

    void cleanup() { closeModalDialogs(); }

    void reconnectingLabelFollowsTheServer()
    {
        PrivatePostgres server; // destroyed last: the database is dropped while it still runs
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        TestDatabase database = TestDatabase::onServer(server.adminLocation());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.errorString()));
        Database db;
        QVERIFY2(db.open(database.location(), QStringLiteral("gui")), qPrintable(db.errorString()));
        const auto show = SeededShow::seed(db.connection());
        QVERIFY(show);

        MainWindow window(db.connection(), db.location());
        window.show();
        auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("reconnectingLabel"));
        QVERIFY(label);
        QAbstractItemModel *episodes = window.episodeListPane()->view()->model();
        QCOMPARE(episodes->rowCount(), 3);
        QVERIFY(label->isHidden());

        QVERIFY2(server.stopImmediately(), qPrintable(server.errorString()));
        // The heartbeat (every 3 s) notices the dropped connection.
        QTRY_VERIFY_WITH_TIMEOUT(label->isVisible(), 10000);
        QVERIFY2(label->text().startsWith(QStringLiteral("Reconnecting to the team database…")),
                 qPrintable(label->text()));
        // A reload that cannot read keeps the last known state instead of emptying the lists.
        window.reload();
        QCOMPARE(episodes->rowCount(), 3);
        QCOMPARE(episodes->index(0, 0).isValid(), true);

        // Meanwhile nothing is lost on the server either; a teammate adds an episode once it is back.
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        {
            Database teammate;
            QVERIFY2(teammate.open(database.location(), QStringLiteral("teammate")),
                     qPrintable(teammate.errorString()));
            Episode episode;
            episode.title = QStringLiteral("Recorded while away");
            QVERIFY(EpisodeStore(teammate.connection()).add(episode));
        }
        // The watcher retries with backoff (at most 15 s apart), then reads everything again.
        QTRY_VERIFY_WITH_TIMEOUT(label->isHidden(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(episodes->rowCount(), 4, 5000);
    }
};

QTEST_MAIN(ReconnectingTest)
#include "test_reconnecting.moc"
