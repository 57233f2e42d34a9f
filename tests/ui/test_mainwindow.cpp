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
#include "windowstate.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

namespace {

// A layout a test leaves a window in, and expects back.
struct Layout
{
    QSize size;
    QList<int> splitter;
    int sortColumn = 0;
    Qt::SortOrder order = Qt::AscendingOrder;
    qint64 episode = 0; // the current one
    qint64 firstEpisode = 0; // the first row, in that sort order
};

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

        // The template packaging/ configures into APPID.desktop: the icon is named after the app id there.
        QFile desktop(QStringLiteral(EPISODEDESK_SOURCE_DIR "/resources/episodedesk.desktop.in"));
        QVERIFY(desktop.open(QIODevice::ReadOnly | QIODevice::Text));
        QStringList lines;
        for (const QString &line : QString::fromUtf8(desktop.readAll()).split(QLatin1Char('\n'))) {
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#'))) {
                lines.append(line);
            }
        }
        QCOMPARE(lines.value(0), QStringLiteral("[Desktop Entry]"));
        for (const char *entry :
             {"Type=Application", "Name=EpisodeDesk", "Exec=episodedesk", "Icon=@EPISODEDESK_APP_ID@"}) {
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

    // Each database file keeps its own layout: two shows opened one after the other come back as each
    // was left.
    void windowStateIsPerDatabase()
    {
        seed();
        const QString otherPath = m_dir->filePath(QStringLiteral("other-show.sqlite"));
        m_other = std::make_unique<Database>();
        QVERIFY(m_other->open(otherPath, QStringLiteral("otherShow")));
        const auto otherShow = SeededShow::seed(m_other->connection());
        QVERIFY(otherShow);
        QVERIFY(WindowState(path()).group() != WindowState(otherPath).group());

        Layout first;
        first.size = QSize(900, 620);
        first.splitter = {300, 200};
        first.sortColumn = EpisodeTableModel::NumberColumn;
        first.order = Qt::AscendingOrder;
        first.episode = m_show.upcoming;
        first.firstEpisode = m_show.pilot; // #1
        Layout second;
        second.size = QSize(1000, 650);
        second.splitter = {150, 350};
        second.sortColumn = EpisodeTableModel::TitleColumn;
        second.order = Qt::DescendingOrder;
        second.episode = otherShow->interview;
        second.firstEpisode = otherShow->upcoming; // "Upcoming", "Pilot", "Interview with Ada"
        leaveWindow(m_db->connection(), first);
        leaveWindow(m_other->connection(), second);
        if (QTest::currentTestFailed()) {
            return;
        }
        QSettings settings;
        QVERIFY(settings.contains(WindowState(path()).group() + QStringLiteral("/geometry")));
        QVERIFY(settings.contains(WindowState(otherPath).group() + QStringLiteral("/geometry")));

        expectWindow(m_db->connection(), first);
        expectWindow(m_other->connection(), second);
    }

    // A database seen for the first time starts from the layout earlier versions kept for every
    // database (the ungrouped "MainWindow/…" keys); from then on it keeps its own.
    void firstSeenDatabaseStartsFromLegacyState()
    {
        seed();
        MainWindow *window = openWindow();
        window->resize(950, 640);
        splitter()->setSizes({320, 180});
        const QList<int> sizes = splitter()->sizes();
        const QByteArray geometry = window->saveGeometry();
        const QByteArray splitterState = splitter()->saveState();
        m_window.reset(); // destroyed, not closed: nothing written
        QSettings().clear();
        {
            QSettings legacy;
            legacy.setValue(QStringLiteral("MainWindow/geometry"), geometry);
            legacy.setValue(QStringLiteral("MainWindow/splitter"), splitterState);
            legacy.setValue(QStringLiteral("MainWindow/lastEpisodeId"), m_show.pilot);
        }

        window = openWindow();
        QCOMPARE(window->size(), QSize(950, 640));
        QCOMPARE(splitter()->sizes(), sizes);
        QCOMPARE(window->currentEpisodeId(), m_show.pilot);
        QVERIFY(window->selectEpisode(m_show.interview));
        window->resize(1000, 600);
        QVERIFY(window->close());
        m_window.reset();
        QVERIFY(QSettings().contains(WindowState(path()).group() + QStringLiteral("/geometry")));

        window = openWindow(); // its own state now, not the legacy one
        QCOMPARE(window->size(), QSize(1000, 600));
        QCOMPARE(window->currentEpisodeId(), m_show.interview);
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

    QSplitter *splitter() const { return m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter")); }

    // Opens a window on the database, lays it out as given, closes it (which saves its state). What the
    // splitter made of the sizes is what comes back.
    void leaveWindow(const QSqlDatabase &db, Layout &layout)
    {
        MainWindow *window = openWindowOn(db);
        window->resize(layout.size);
        splitter()->setSizes(layout.splitter);
        layout.splitter = splitter()->sizes();
        episodeView()->sortByColumn(layout.sortColumn, layout.order);
        QVERIFY(window->selectEpisode(layout.episode));
        QCOMPARE(episodeView()->model()->index(0, 0).data(IdRole).toLongLong(), layout.firstEpisode);
        QVERIFY(window->close());
        m_window.reset();
    }

    void expectWindow(const QSqlDatabase &db, const Layout &layout)
    {
        MainWindow *window = openWindowOn(db);
        QCOMPARE(window->size(), layout.size);
        QCOMPARE(splitter()->sizes(), layout.splitter);
        QHeaderView *header = episodeView()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), layout.sortColumn);
        QCOMPARE(header->sortIndicatorOrder(), layout.order);
        QCOMPARE(episodeView()->model()->index(0, 0).data(IdRole).toLongLong(), layout.firstEpisode);
        QCOMPARE(window->currentEpisodeId(), layout.episode);
        QVERIFY(window->close());
        m_window.reset();
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
