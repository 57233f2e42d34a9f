// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/changewatcher.h"
#include "store/database.h"
#include "store/episodestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace EpisodeDesk::Models;

class ChangeWatcherTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seesOtherConnectionsNotItsOwn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        Database gui;
        QVERIFY(gui.open(path, QStringLiteral("gui")));
        Database other;
        QVERIFY(other.open(path, QStringLiteral("other")));

        ChangeWatcher watcher(gui.connection(), 20);
        QSignalSpy changed(&watcher, &ChangeWatcher::changed);
        watcher.start();

        Episode episode;
        episode.title = QStringLiteral("Own write");
        QVERIFY(EpisodeStore(gui.connection()).add(episode));
        watcher.check();
        QCOMPARE(changed.count(), 0); // our own commits are reloaded by whoever made them

        episode.title = QStringLiteral("Another window");
        QVERIFY(EpisodeStore(other.connection()).add(episode));
        QTRY_COMPARE(changed.count(), 1);
        watcher.check();
        QCOMPARE(changed.count(), 1); // once per change, not per poll
    }
};

QTEST_GUILESS_MAIN(ChangeWatcherTest)
#include "test_changewatcher.moc"
