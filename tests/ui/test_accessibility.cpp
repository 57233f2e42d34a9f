// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window for people who do not use a mouse or do not see the screen: every command reachable from
// the keyboard, Tab walking down the window in reading order, list shortcuts acting on the focused
// list, and words a screen reader can say for every button and status cell.

#include "episodedialog.h"
#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "store/database.h"
#include "tweetdialog.h"
#include "uitestutil.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

namespace {

// The letter Alt+… reaches in a menu text, or a null QChar when there is none ("&&" is an ampersand).
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&')) {
                return text.at(i + 1).toLower();
            }
            ++i;
        }
    }
    return {};
}

// Something a screen reader can say: at least one letter or digit, not only symbols.
bool hasWords(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

QString describe(const QWidget *widget)
{
    return widget
        ? QStringLiteral("%1 \"%2\"").arg(QLatin1String(widget->metaObject()->className()), widget->objectName())
        : QStringLiteral("(none)");
}

} // namespace

class AccessibilityTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initUiTestCase(QStringLiteral("test_accessibility")); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("episodes.sqlite")), QStringLiteral("gui")),
                 qPrintable(m_db->errorString()));
        QSettings().clear();
        MessageBox::clearAnswers();
        m_show = {};
    }

    void cleanup()
    {
        closeModalDialogs();
        m_window.reset();
        m_db.reset();
        m_dir.reset();
    }

    // Without a mouse every command is there: through its shortcut, or Alt+the menu's letter and then
    // the item's. Letters are unique in their menu (a repeated one only cycles), whatever the selected
    // tweet makes the texts say (View/Edit Tweet, Post Now/Retry Post, Schedule/Reschedule).
    void everyMenuCommandIsReachableByKeyboard()
    {
        seed();
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_show.pilot));
        QSet<QAction *> inMenus;
        for (const qint64 tweet : {m_show.postedTweet, m_show.pendingTweet, m_show.failedTweet}) {
            if (tweet == m_show.failedTweet) {
                QVERIFY(window->selectEpisode(m_show.interview));
            }
            QVERIFY(window->selectTweet(tweet));
            QSet<QChar> menuKeys;
            const QList<QAction *> menus = window->menuBar()->actions();
            QVERIFY(!menus.isEmpty());
            for (QAction *menuAction : menus) {
                QMenu *menu = menuAction->menu();
                QVERIFY(menu);
                const QChar menuKey = mnemonicOf(menu->title());
                QVERIFY2(!menuKey.isNull(), qPrintable(menu->title()));
                QVERIFY2(!menuKeys.contains(menuKey), qPrintable(menu->title()));
                menuKeys.insert(menuKey);
                QSet<QChar> itemKeys;
                for (QAction *item : menu->actions()) {
                    if (item->isSeparator()) {
                        continue;
                    }
                    inMenus.insert(item);
                    // A submenu's own commands (File → Open Recent → Clear Recent) are reached through it.
                    if (const QMenu *submenu = item->menu()) {
                        for (QAction *subItem : submenu->actions()) {
                            inMenus.insert(subItem);
                        }
                    }
                    const QChar key = mnemonicOf(item->text());
                    QVERIFY2(!item->shortcut().isEmpty() || !key.isNull(), qPrintable(item->objectName()));
                    if (!key.isNull()) {
                        QVERIFY2(!itemKeys.contains(key), qPrintable(menu->title() + QLatin1Char(' ') + item->text()));
                        itemKeys.insert(key);
                    }
                }
            }
        }
        // And every command of the window is in a menu: none lives on the toolbar or a context menu only.
        for (QAction *each : window->findChildren<QAction *>()) {
            if (each->objectName().endsWith(QLatin1String("Action"))) {
                QVERIFY2(inMenus.contains(each), qPrintable(each->objectName()));
            }
        }
    }

    // Tab goes from the search box down the window: the episodes, the tweets, then the tweet's buttons
    // that are shown and can act, in their order on screen; and comes round to the search box again.
    void tabWalksDownTheWindow()
    {
        seed();
        MainWindow *window = openWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QVERIFY(window->selectEpisode(m_show.pilot));
        QVERIFY(window->selectTweet(m_show.postedTweet));
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        action(QStringLiteral("findAction"))->trigger();
        QTRY_COMPARE(QApplication::focusWidget(), search);

        QList<QWidget *> chain {search};
        QStringList names {describe(search)};
        for (int step = 0; step < 40; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            QVERIFY2(focus, qPrintable(names.join(QStringLiteral(" → "))));
            if (focus == search) {
                break;
            }
            names.append(describe(focus));
            if (focus == chain.last()) {
                continue; // Tab within the widget: from link to link in the note about the tweet
            }
            // A widget met again after Tab left it, before the search box comes back: Tab would circle
            // without ever reaching the rest.
            QVERIFY2(!chain.contains(focus), qPrintable(names.join(QStringLiteral(" → "))));
            QVERIFY2(focus->isVisible() && focus->isEnabled(), qPrintable(describe(focus)));
            chain.append(focus);
        }
        const QString walk = names.join(QStringLiteral(" → "));
        QVERIFY2(QApplication::focusWidget() == search, qPrintable(walk));

        auto position = [&](const QString &name) {
            return chain.indexOf(window->findChild<QWidget *>(name));
        };
        const int episodes = position(QStringLiteral("episodeView"));
        const int filter = position(QStringLiteral("statusFilter"));
        const int tweets = position(QStringLiteral("tweetView"));
        QVERIFY2(episodes == 1, qPrintable(walk)); // right after the search box
        QVERIFY2(filter > episodes, qPrintable(walk));
        QVERIFY2(tweets > filter, qPrintable(walk));
        int previous = tweets;
        int reached = 0;
        auto *row = window->findChild<QWidget *>(QStringLiteral("tweetButtonRow"));
        for (QPushButton *button : row->findChildren<QPushButton *>()) {
            if (!button->isVisible() || !button->isEnabled()) {
                continue;
            }
            const int at = chain.indexOf(button);
            QVERIFY2(at > previous, qPrintable(describe(button) + QStringLiteral(": ") + walk));
            previous = at;
            ++reached;
        }
        QVERIFY2(reached >= 2, qPrintable(walk)); // a posted tweet: Open on X, History…
    }

    // With no episode yet the focus is on the first step (importing the feed), and Tab reaches the others.
    void welcomePageIsKeyboardReady()
    {
        MainWindow *window = openWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto *importFeed = window->findChild<QPushButton *>(QStringLiteral("emptyImportFeedButton"));
        auto *addAccount = window->findChild<QPushButton *>(QStringLiteral("emptyAddAccountButton"));
        auto *addEpisode = window->findChild<QPushButton *>(QStringLiteral("emptyAddEpisodeButton"));
        QTRY_COMPARE(QApplication::focusWidget(), importFeed);
        QTest::keyClick(importFeed, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), addAccount);
        QTest::keyClick(addAccount, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), addEpisode);
    }

    // Ctrl+E and Del exist in both lists: they act on the list that has the focus, never the other's.
    void listShortcutsActOnTheFocusedList()
    {
        seed();
        MainWindow *window = openWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QVERIFY(window->selectEpisode(m_show.pilot));
        QVERIFY(window->selectTweet(m_show.pendingTweet));

        episodeView()->setFocus();
        QTest::keyClick(episodeView(), Qt::Key_E, Qt::ControlModifier);
        EpisodeDialog *episodeDialog = nullptr;
        QTRY_VERIFY((episodeDialog = modalDialog<EpisodeDialog>()) != nullptr);
        QCOMPARE(episodeDialog->episode().id, m_show.pilot);
        episodeDialog->reject();
        QTRY_VERIFY(!modalDialog<EpisodeDialog>());
        QVERIFY(QTest::qWaitForWindowActive(window));

        // Ctrl+E in the tweet list edits the tweet, not the episode.
        tweetView()->setFocus();
        QTest::keyClick(tweetView(), Qt::Key_E, Qt::ControlModifier);
        TweetDialog *tweetDialog = nullptr;
        QTRY_VERIFY((tweetDialog = modalDialog<TweetDialog>()) != nullptr);
        QCOMPARE(tweetDialog->config().id, m_show.pendingTweet);
        tweetDialog->reject();
        QTRY_VERIFY(!modalDialog<TweetDialog>());
        QVERIFY(QTest::qWaitForWindowActive(window));

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        tweetView()->setFocus();
        QTest::keyClick(tweetView(), Qt::Key_Delete);
        QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Delete this tweet?")),
                 qPrintable(MessageBox::lastText()));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        episodeView()->setFocus();
        QTest::keyClick(episodeView(), Qt::Key_Delete);
        QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Delete the episode")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(TweetStore(m_db->connection()).find(m_show.pendingTweet));
        QVERIFY(!EpisodeStore(m_db->connection()).find(m_show.pilot)->archived);
    }

    // A screen reader says what each button does: its accessible name or its words, never only a symbol.
    void buttonsHaveAccessibleNames()
    {
        seed();
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_show.pilot));
        QVERIFY(window->selectTweet(m_show.postedTweet)); // Open on X shows too
        QStringList nameless;
        int buttons = 0;
        for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
            if (!qobject_cast<QPushButton *>(button) && !qobject_cast<QToolButton *>(button)) {
                continue;
            }
            ++buttons;
            const QString name = button->accessibleName().isEmpty() ? QString(button->text()).remove(QLatin1Char('&'))
                                                                    : button->accessibleName();
            // And what the accessibility layer hands a screen reader says the same.
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
            if (!hasWords(name) || !accessible || !hasWords(accessible->text(QAccessible::Name))) {
                nameless.append(describe(button));
            }
        }
        QVERIFY(buttons > 10); // the toolbar's, the welcome page's and the tweet pane's
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(QStringLiteral(", "))));
    }

    // The status column paints a badge with a symbol; what is read out is the status word.
    void statusCellReadsTheWord()
    {
        seed();
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_show.pilot));
        const bool wasActive = QAccessible::isActive();
        QAccessible::setActive(true);
        auto restore = qScopeGuard([wasActive] { QAccessible::setActive(wasActive); });
        QAccessibleInterface *table = QAccessible::queryAccessibleInterface(tweetView());
        QVERIFY(table);
        QAccessibleTableInterface *cells = table->tableInterface();
        QVERIFY(cells);
        QAbstractItemModel *tweets = tweetView()->model();
        QMap<qint64, QString> said;
        for (int row = 0; row < tweets->rowCount(); ++row) {
            QAccessibleInterface *cell = cells->cellAt(row, TweetTableModel::StatusColumn);
            QVERIFY(cell);
            said.insert(tweets->index(row, 0).data(IdRole).toLongLong(), cell->text(QAccessible::Name));
        }
        QCOMPARE(said.value(m_show.postedTweet), QStringLiteral("Posted"));
        QCOMPARE(said.value(m_show.pendingTweet), QStringLiteral("Pending"));

        // The filter's entries show the symbol in front of the word; they are read as the word.
        auto *filter = window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        const int posted = filter->findData(int(DisplayStatus::Posted));
        QCOMPARE(filter->itemData(posted, Qt::AccessibleTextRole).toString(), QStringLiteral("Posted"));
    }

private:
    MainWindow *openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_db->connection());
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get())) {
            qWarning("window not exposed");
        }
        return m_window.get();
    }

    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    QTableView *episodeView() const { return m_window->findChild<QTableView *>(QStringLiteral("episodeView")); }
    QTableView *tweetView() const { return m_window->findChild<QTableView *>(QStringLiteral("tweetView")); }

    void seed()
    {
        const auto show = SeededShow::seed(m_db->connection());
        QVERIFY(show);
        m_show = *show;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    SeededShow m_show;
};

QTEST_MAIN(AccessibilityTest)
#include "test_accessibility.moc"
