// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdialog.h"
#include "episodedialog.h"
#include "itemmodels/episodetablemodel.h"
#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"
#include "tweetdialog.h"
#include "uitestutil.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

namespace {

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

class MainWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initUiTestCase(QStringLiteral("test_mainwindow")); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(path(), QStringLiteral("gui")), qPrintable(m_db->errorString()));
        QSettings().clear();
        MessageBox::clearAnswers();
        m_show = {};
    }

    void cleanup()
    {
        closeModalDialogs();
        m_window.reset();
        m_other.reset();
        m_db.reset();
        m_dir.reset();
    }

    void opensOnSeededDatabase()
    {
        seed();
        MainWindow *window = openWindow();
        QVERIFY(!window->findChild<QWidget *>(QStringLiteral("emptyStatePage"))->isVisible());
        QTableView *episodes = episodeView();
        QVERIFY(episodes->isVisible());
        QCOMPARE(episodes->model()->rowCount(), 3);

        QVERIFY(window->selectEpisode(m_show.pilot));
        const QModelIndex pilot = episodes->currentIndex();
        QCOMPARE(pilot.siblingAtColumn(EpisodeTableModel::TitleColumn).data().toString(), QStringLiteral("Pilot"));
        QCOMPARE(pilot.siblingAtColumn(EpisodeTableModel::TweetsColumn).data().toString(),
                 QStringLiteral("1 pending · 1 posted"));

        QAbstractItemModel *tweets = tweetView()->model();
        QCOMPARE(tweets->rowCount(), 2);
        QStringList words;
        for (int row = 0; row < tweets->rowCount(); ++row) {
            words.append(tweets->index(row, TweetTableModel::StatusColumn).data().toString());
        }
        words.sort();
        QCOMPARE(words, (QStringList {QStringLiteral("Pending"), QStringLiteral("Posted")}));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("tweetHeader"))->text().contains(QStringLiteral("Pilot")));
        QTRY_VERIFY(badgesFit()); // the status column grows to the widest badge, nothing is elided
    }

    void emptyStateGuidesTheFirstSteps()
    {
        MainWindow *window = openWindow();
        auto *page = window->findChild<QWidget *>(QStringLiteral("emptyStatePage"));
        QVERIFY(page->isVisible());
        QVERIFY(!episodeView()->isVisible());
        auto *step = window->findChild<QLabel *>(QStringLiteral("emptyAccountStep"));
        QVERIFY(step->text().contains(QStringLiteral("Add the X account")));
        QVERIFY(!action(QStringLiteral("editEpisodeAction"))->isEnabled());
        QVERIFY(!action(QStringLiteral("newTweetAction"))->isEnabled());

        window->findChild<QPushButton *>(QStringLiteral("emptyAddAccountButton"))->click();
        AccountDialog *accountDialog = nullptr;
        QTRY_VERIFY((accountDialog = modalDialog<AccountDialog>()) != nullptr);
        accountDialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("My Show"));
        okButton(accountDialog)->click();
        QTRY_VERIFY(!modalDialog<AccountDialog>());
        QCOMPARE(AccountStore(m_db->connection()).all().size(), 1);
        QVERIFY(step->text().contains(QStringLiteral("My Show")));
        QVERIFY(page->isVisible()); // still no episode

        window->findChild<QPushButton *>(QStringLiteral("emptyAddEpisodeButton"))->click();
        EpisodeDialog *episodeDialog = nullptr;
        QTRY_VERIFY((episodeDialog = modalDialog<EpisodeDialog>()) != nullptr);
        episodeDialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("First"));
        okButton(episodeDialog)->click();
        QTRY_VERIFY(!modalDialog<EpisodeDialog>());

        QVERIFY(!page->isVisible());
        QVERIFY(episodeView()->isVisible());
        QCOMPARE(episodeView()->model()->rowCount(), 1);
        const auto all = EpisodeStore(m_db->connection()).all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(window->currentEpisodeId(), all.first().id);
        QVERIFY(action(QStringLiteral("newTweetAction"))->isEnabled());
    }

    void liveRefreshFromAnotherConnection()
    {
        seed();
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_show.pilot));
        m_other = std::make_unique<Database>();
        QVERIFY(m_other->open(path(), QStringLiteral("other")));

        Episode episode;
        episode.title = QStringLiteral("Written elsewhere");
        QVERIFY(EpisodeStore(m_other->connection()).add(episode));
        QTRY_COMPARE_WITH_TIMEOUT(episodeView()->model()->rowCount(), 4, 2000);

        // The poster (another connection) posts the pending tweet: its badge follows.
        QSqlQuery query(m_other->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET status = 'posted', post_id = '77' WHERE id = %1")
                               .arg(m_show.pendingTweet)));
        QAbstractItemModel *tweets = tweetView()->model();
        auto statusOfPending = [&] {
            for (int row = 0; row < tweets->rowCount(); ++row) {
                const QModelIndex index = tweets->index(row, TweetTableModel::StatusColumn);
                if (index.data(IdRole).toLongLong() == m_show.pendingTweet) {
                    return index.data().toString();
                }
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusOfPending(), QStringLiteral("Posted"), 2000);
        QCOMPARE(episodeView()->currentIndex().siblingAtColumn(EpisodeTableModel::TweetsColumn).data().toString(),
                 QStringLiteral("2 posted"));
    }

    void settingsRoundTrip()
    {
        seed();
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_show.interview));
        window->resize(900, 620);
        QHeaderView *header = episodeView()->horizontalHeader();
        header->resizeSection(EpisodeTableModel::TweetsColumn, 211);
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({300, 200});
        const QList<int> sizes = splitter->sizes();
        QVERIFY(window->close());
        m_window.reset();

        MainWindow *again = openWindow();
        QCOMPARE(again->currentEpisodeId(), m_show.interview);
        QCOMPARE(again->size(), QSize(900, 620));
        QCOMPARE(episodeView()->horizontalHeader()->sectionSize(EpisodeTableModel::TweetsColumn), 211);
        QCOMPARE(again->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }

    void opensAtDefaultSize()
    {
        seed();
        MainWindow *window = openWindow();
        QCOMPARE(window->size(), QSize(1100, 700));
        QCOMPARE(window->currentEpisodeId(), m_show.interview); // nothing remembered: the newest episode
    }

    void actionsHaveStandardShortcuts()
    {
        openWindow();
        QCOMPARE(action(QStringLiteral("newEpisodeAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
        QCOMPARE(action(QStringLiteral("newTweetAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
        QCOMPARE(action(QStringLiteral("editEpisodeAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QCOMPARE(action(QStringLiteral("editTweetAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QCOMPARE(action(QStringLiteral("findAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_F));
        QCOMPARE(action(QStringLiteral("quitAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QCOMPARE(action(QStringLiteral("deleteTweetAction"))->shortcut(), QKeySequence(QKeySequence::Delete));
        QCOMPARE(action(QStringLiteral("postAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
        QCOMPARE(action(QStringLiteral("verifyAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
        QCOMPARE(action(QStringLiteral("openOnXAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
        QCOMPARE(action(QStringLiteral("historyAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
        QCOMPARE(action(QStringLiteral("accountsAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QCOMPARE(action(QStringLiteral("refreshAction"))->shortcut(), QKeySequence(QKeySequence::Refresh));
        QCOMPARE(action(QStringLiteral("aboutAction"))->shortcut(), QKeySequence(Qt::Key_F1));
        // Every action of the menus says what it does, and its tooltip names its shortcut.
        for (QAction *each : m_window->findChildren<QAction *>()) {
            if (each->objectName().endsWith(QLatin1String("Action"))) {
                QVERIFY2(!each->toolTip().isEmpty(), qPrintable(each->objectName()));
                if (!each->shortcut().isEmpty()) {
                    QVERIFY2(each->toolTip().contains(each->shortcut().toString(QKeySequence::NativeText)),
                             qPrintable(each->objectName()));
                }
            }
        }
    }

    // Without a posting engine (or a tweet) nothing offers to post.
    void postingNeedsAnEngine()
    {
        seed();
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_show.pilot));
        QVERIFY(window->selectTweet(m_show.pendingTweet));
        QVERIFY(!window->postingService());
        QVERIFY(!action(QStringLiteral("postAction"))->isEnabled());
        auto *post = window->findChild<QPushButton *>(QStringLiteral("postButton"));
        QVERIFY(!post->isEnabled());
        QCOMPARE(post->toolTip(), QStringLiteral("Posting is not available in this window."));
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("tweetNote"))->accessibleName(),
                 QStringLiteral("Ready to post.\nPosting is not available in this window."));
        window->postTweet(m_show.pendingTweet); // no engine: no request, and nothing left waiting
        QVERIFY(!window->isAwaitingAnswer(m_show.pendingTweet));

        // A failed tweet says why, next to the button.
        QVERIFY(window->selectEpisode(m_show.interview));
        QVERIFY(window->selectTweet(m_show.failedTweet));
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("tweetNote"))->accessibleName(),
                 QStringLiteral("Not posted: X said no\nPosting is not available in this window."));
        QCOMPARE(post->text(), QStringLiteral("Retry"));
    }

    void iconAndDesktopFile()
    {
        const QString iconPath = QStringLiteral(":/episodedesk/icons/episodedesk.svg");
        QFile svg(iconPath);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svg);
        bool root = false;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && !root) {
                QCOMPARE(xml.name(), QLatin1String("svg"));
                root = true;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(root);
        // Rendering needs Qt's svg image plugin, a run-time package; where it is installed, it renders.
        if (QImageReader::supportedImageFormats().contains("svg")) {
            QVERIFY(!QIcon(iconPath).pixmap(QSize(32, 32)).isNull());
        }

        QFile desktop(QStringLiteral(EPISODEDESK_SOURCE_DIR "/resources/episodedesk.desktop"));
        QVERIFY(desktop.open(QIODevice::ReadOnly | QIODevice::Text));
        QStringList lines;
        for (const QString &line : QString::fromUtf8(desktop.readAll()).split(QLatin1Char('\n'))) {
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#'))) {
                lines.append(line);
            }
        }
        QCOMPARE(lines.value(0), QStringLiteral("[Desktop Entry]"));
        for (const char *entry : {"Type=Application", "Name=EpisodeDesk", "Exec=episodedesk", "Icon=episodedesk"}) {
            QVERIFY2(lines.contains(QLatin1String(entry)), entry);
        }
    }

    void newTweetWithoutAccountOffersOne()
    {
        Episode episode;
        episode.title = QStringLiteral("Lonely");
        QVERIFY(EpisodeStore(m_db->connection()).add(episode));
        openWindow();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        action(QStringLiteral("newTweetAction"))->trigger();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("account")));
        AccountDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = modalDialog<AccountDialog>()) != nullptr);
        dialog->reject();
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
    QString path() const { return m_dir->filePath(QStringLiteral("episodes.sqlite")); }

    MainWindow *openWindow() { return openWindowOn(m_db->connection()); }

    MainWindow *openWindowOn(const QSqlDatabase &db)
    {
        m_window = std::make_unique<MainWindow>(db);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get())) {
            qWarning("window not exposed");
        }
        return m_window.get();
    }

    bool badgesFit() const
    {
        // sizeHintForColumn is public in QAbstractItemView and protected in QTableView.
        const QAbstractItemView *view = tweetView();
        return tweetView()->horizontalHeader()->sectionSize(TweetTableModel::StatusColumn) >=
            view->sizeHintForColumn(TweetTableModel::StatusColumn);
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
    std::unique_ptr<Database> m_other;
    std::unique_ptr<MainWindow> m_window;
    SeededShow m_show;
};

QTEST_MAIN(MainWindowTest)
#include "test_mainwindow.moc"
