// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// File → Open Recent: newest first, one entry per database, at most eight, cleared on request, and
// never a password in the settings file.
#include "mainwindow.h"
#include "recentdatabases.h"
#include "store/database.h"
#include "uitestutil.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

class RecentDatabasesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The settings file is looked for in the test's own home, before anything reads a setting.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        initUiTestCase(QStringLiteral("test_recentdatabases"));
        QVERIFY2(QSettings().fileName().startsWith(m_home.path()), qPrintable(QSettings().fileName()));
    }

    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        closeModalDialogs();
        m_dir.reset();
    }

    void newestFirstWithoutDuplicates()
    {
        QVERIFY(RecentDatabases::list().isEmpty());
        QVERIFY(RecentDatabases::last().isEmpty());
        const QString a = m_dir->filePath(QStringLiteral("a.sqlite"));
        const QString b = m_dir->filePath(QStringLiteral("b.sqlite"));
        const QString team = QStringLiteral("postgresql://ada@db.example.com:5432/show");
        RecentDatabases::add(a);
        RecentDatabases::add(team);
        RecentDatabases::add(b);
        QCOMPARE(RecentDatabases::list(), (QStringList {b, team, a}));
        // Again: moves up, not in twice. The same team database with other options is the same entry,
        // as last given.
        RecentDatabases::add(a);
        const QString teamWithSsl = team + QStringLiteral("?sslmode=require");
        RecentDatabases::add(teamWithSsl);
        QCOMPARE(RecentDatabases::list(), (QStringList {teamWithSsl, a, b}));
        QCOMPARE(RecentDatabases::last(), teamWithSsl);
        // A relative path is kept as the absolute one it names.
        QCOMPARE(QDir::setCurrent(m_dir->path()), true);
        RecentDatabases::add(QStringLiteral("b.sqlite"));
        QCOMPARE(RecentDatabases::list().first(), b);
    }

    void keepsTheLastEight()
    {
        for (int i = 0; i < 10; ++i) {
            RecentDatabases::add(m_dir->filePath(QStringLiteral("%1.sqlite").arg(i)));
        }
        const QStringList recent = RecentDatabases::list();
        QCOMPARE(recent.size(), RecentDatabases::maximum);
        QCOMPARE(recent.first(), m_dir->filePath(QStringLiteral("9.sqlite")));
        QCOMPARE(recent.last(), m_dir->filePath(QStringLiteral("2.sqlite")));
    }

    void clearEmptiesTheListOnly()
    {
        const QString a = m_dir->filePath(QStringLiteral("a.sqlite"));
        RecentDatabases::add(a);
        RecentDatabases::clear();
        QVERIFY(RecentDatabases::list().isEmpty());
        QCOMPARE(RecentDatabases::last(), a); // the next start still opens it
    }

    void neverAPassword()
    {
        const QString secret = QStringLiteral("hunter2-never-stored");
        RecentDatabases::add(QStringLiteral("postgresql://ada:%1@db.example.com/show").arg(secret));
        RecentDatabases::add(QStringLiteral("postgresql://ada@db.example.com/show?password=%1").arg(secret));
        RecentDatabases::add(QStringLiteral("postgresql://ada@db.example.com/show"));
        QCOMPARE(RecentDatabases::list(), QStringList {QStringLiteral("postgresql://ada@db.example.com/show")});
        // Even a hand-edited settings file does not bring one back.
        QSettings().setValue(QStringLiteral("RecentDatabases"),
                             QStringList {QStringLiteral("postgresql://ada:%1@db.example.com/show").arg(secret)});
        QVERIFY(RecentDatabases::list().isEmpty());
        QSettings().setValue(QStringLiteral("RecentDatabases"), QStringList());
        QSettings().sync();
        QFile file(QSettings().fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("LastDatabase"));
        QVERIFY(!stored.contains(secret.toUtf8()));
    }

    // The menu lists them by name, the open one disabled, with Clear Recent at the end.
    void menuListsThem()
    {
        Database db;
        const QString path = m_dir->filePath(QStringLiteral("open.sqlite"));
        QVERIFY2(db.open(path, QStringLiteral("gui")), qPrintable(db.errorString()));
        const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
        RecentDatabases::add(other);
        RecentDatabases::add(db.location().toString());
        MainWindow window(db.connection(), db.location());
        auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        QList<QAction *> entries;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator() && !action->data().toString().isEmpty()) {
                entries.append(action);
            }
        }
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0)->text(), db.location().displayName());
        QVERIFY(!entries.at(0)->isEnabled());
        QVERIFY(entries.at(1)->isEnabled());
        QSignalSpy requested(&window, &MainWindow::openDatabaseRequested);
        entries.at(1)->trigger();
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), other);

        auto *clear = window.findChild<QAction *>(QStringLiteral("clearRecentAction"));
        QCOMPARE(menu->actions().last(), clear);
        clear->trigger();
        QVERIFY(RecentDatabases::list().isEmpty());
        Q_EMIT menu->aboutToShow();
        QCOMPARE(menu->actions().size(), 1);
        QVERIFY(!clear->isEnabled());
    }

private:
    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(RecentDatabasesTest)
#include "test_recentdatabases.moc"
