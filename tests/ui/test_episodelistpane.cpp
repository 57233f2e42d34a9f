// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "episodedialog.h"
#include "episodelistpane.h"
#include "itemmodels/episodetablemodel.h"
#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"
#include "messagebox.h"
#include "store/changewatcher.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"
#include "uitestutil.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

// The episode list on its own, on a real database: the pane, the actions a window would hand it, and
// the window's wiring reproduced (its writes and a ChangeWatcher re-read the list).
class EpisodeListPaneTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initUiTestCase(QStringLiteral("test_episodelistpane")); }

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
        m_pane.reset();
        m_other.reset();
        m_db.reset();
        m_dir.reset();
    }

    void addAndEditEpisode()
    {
        seed();
        EpisodeListPane *pane = openPane();
        m_newEpisode->trigger();
        EpisodeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = modalDialog<EpisodeDialog>()) != nullptr);
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("numberSpin"))->value(), 11); // after #10
        QVERIFY(!okButton(dialog)->isEnabled()); // no title yet
        dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Season finale"));
        auto *link = dialog->findChild<QLineEdit *>(QStringLiteral("linkEdit"));
        link->setText(QStringLiteral("not a link"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("linkHint"))->isVisibleTo(dialog));
        link->setText(QStringLiteral("example.com/finale"));
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        QTRY_VERIFY(!modalDialog<EpisodeDialog>());

        const qint64 id = pane->currentEpisodeId();
        const auto added = EpisodeStore(m_db->connection()).find(id);
        QVERIFY(added);
        QCOMPARE(added->title, QStringLiteral("Season finale"));
        QCOMPARE(added->number, std::optional<int>(11));
        QCOMPARE(added->link, QUrl(QStringLiteral("http://example.com/finale")));
        QCOMPARE(pane->view()->model()->rowCount(), 4);

        // Ctrl+E in the episode list edits the current episode.
        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY((dialog = modalDialog<EpisodeDialog>()) != nullptr);
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QCOMPARE(title->text(), QStringLiteral("Season finale"));
        title->setText(QStringLiteral("Season finale, part 1"));
        okButton(dialog)->click();
        QTRY_VERIFY(!modalDialog<EpisodeDialog>());
        QCOMPARE(EpisodeStore(m_db->connection()).find(id)->title, QStringLiteral("Season finale, part 1"));
        QCOMPARE(pane->view()->currentIndex().siblingAtColumn(EpisodeTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Season finale, part 1"));
    }

    // Retitling an episode so that a scheduled tweet of it no longer fits warns first; saved anyway, the
    // tweet shows Held, with the reason.
    void episodeEditThatHoldsATweetWarns()
    {
        seed();
        TweetConfig config;
        config.episodeId = m_show.interview;
        config.accountId = m_show.xAccount;
        config.text = QStringLiteral("New: {title}");
        config.scheduledAt = QDateTime::currentDateTimeUtc().addDays(1);
        const qint64 id = *TweetStore(m_db->connection()).add(config);
        EpisodeListPane *pane = openPane();
        QVERIFY(pane->selectEpisode(m_show.interview));
        m_editEpisode->trigger();
        EpisodeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = modalDialog<EpisodeDialog>()) != nullptr);
        dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QString(290, QLatin1Char('t')));
        auto *warning = dialog->findChild<QLabel *>(QStringLiteral("heldWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("1 scheduled tweet")), qPrintable(warning->text()));
        MessageBox::setNextAnswer(QMessageBox::Ok); // save anyway
        okButton(dialog)->click();
        QTRY_VERIFY(!modalDialog<EpisodeDialog>());

        // What the tweet list below reads after the window's reload.
        TweetTableModel tweets(m_db->connection());
        tweets.setEpisode(m_show.interview);
        tweets.reload();
        const int row = tweets.rowOf(id);
        QVERIFY(row >= 0);
        const QModelIndex status = tweets.index(row, TweetTableModel::StatusColumn);
        QCOMPARE(status.data(StatusRole).toInt(), int(DisplayStatus::Held));
        QCOMPARE(status.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Held: 295 characters after filling in {title} (X allows 280)."));
    }

    void returnOnARowEdits()
    {
        seed();
        EpisodeListPane *pane = openPane();
        QVERIFY(pane->selectEpisode(m_show.interview));
        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_Return);
        EpisodeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = modalDialog<EpisodeDialog>()) != nullptr);
        QCOMPARE(dialog->episode().id, m_show.interview);
        dialog->reject();
    }

    void deletingAnEpisodeWithAPostedTweetArchivesIt()
    {
        seed();
        EpisodeListPane *pane = openPane();
        QVERIFY(pane->selectEpisode(m_show.pilot));
        QSignalSpy removed(pane, &EpisodeListPane::removed);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        m_deleteEpisode->trigger();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("archived")));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toLongLong(), m_show.pilot);
        QCOMPARE(pane->view()->model()->rowCount(), 2);
        QVERIFY(EpisodeStore(m_db->connection()).find(m_show.pilot)->archived);
        QVERIFY(pane->currentEpisodeId() != m_show.pilot);
    }

    // A tweet whose outcome is unknown may be on X: its episode is not deleted until it is verified
    // (the tweet itself: see test_tweetpane).
    void deletingAnEpisodeWhoseTweetMayBeOnXIsRefused()
    {
        seed();
        QVERIFY(setTweetStatus(m_db->connection(), m_show.pendingTweet, QStringLiteral("unknown")));
        EpisodeListPane *pane = openPane();
        QVERIFY(pane->selectEpisode(m_show.pilot));

        MessageBox::setNextAnswer(QMessageBox::Ok); // "Delete the episode …?"
        MessageBox::setNextAnswer(QMessageBox::Ok); // "Episode Not Deleted"
        m_deleteEpisode->trigger();
        QVERIFY2(MessageBox::lastText().contains(
                     QStringLiteral("Tweet %1 of this episode may be on X").arg(m_show.pendingTweet)),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(pane->view()->model()->rowCount(), 3);
        QVERIFY(!EpisodeStore(m_db->connection()).find(m_show.pilot)->archived);
        QCOMPARE(pane->currentEpisodeId(), m_show.pilot);
    }

    void search()
    {
        seed();
        EpisodeListPane *pane = openPane();
        QLineEdit *search = pane->searchEdit();
        QCOMPARE(search->objectName(), QStringLiteral("searchEdit"));
        QAbstractItemModel *episodes = pane->view()->model();

        m_find->trigger();
        QTRY_VERIFY(search->hasFocus());

        QVERIFY(pane->selectEpisode(m_show.pilot));
        QSignalSpy current(pane, &EpisodeListPane::currentEpisodeChanged);
        search->setText(QStringLiteral("lovelace")); // in the notes (and a tweet), not in the pilot
        QCOMPARE(episodes->rowCount(), 1);
        QCOMPARE(episodes->index(0, 0).data(IdRole).toLongLong(), m_show.interview);
        QCOMPARE(pane->currentEpisodeId(), m_show.interview);
        // The tweets below follow the match.
        QVERIFY(!current.isEmpty());
        QCOMPARE(current.last().first().toLongLong(), m_show.interview);
        QCOMPARE(current.last().at(1).toString(), QStringLiteral("Interview with Ada"));

        search->setText(QStringLiteral("HOT OFF")); // in a tweet's text only, any case
        QCOMPARE(episodes->rowCount(), 1);
        QCOMPARE(episodes->index(0, 0).data(IdRole).toLongLong(), m_show.pilot);

        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape); // clears the search and returns to the list
        QVERIFY(search->text().isEmpty());
        QVERIFY(pane->view()->hasFocus());
        QCOMPARE(episodes->rowCount(), 3);
    }

    void sortsOnRawValues()
    {
        seed();
        EpisodeListPane *pane = openPane();
        QTableView *view = pane->view();
        QAbstractItemModel *model = view->model();
        auto idsInViewOrder = [model] {
            QList<qint64> ids;
            for (int row = 0; row < model->rowCount(); ++row) {
                ids.append(model->index(row, 0).data(IdRole).toLongLong());
            }
            return ids;
        };

        // Default: newest published first; the undated episode last.
        QCOMPARE(idsInViewOrder(), (QList<qint64> {m_show.interview, m_show.pilot, m_show.upcoming}));
        view->sortByColumn(EpisodeTableModel::PublishedColumn, Qt::AscendingOrder);
        QCOMPARE(idsInViewOrder(), (QList<qint64> {m_show.upcoming, m_show.pilot, m_show.interview}));

        // Numbers 1, 2, 10 sort as numbers, not as the texts "1", "10", "2".
        view->sortByColumn(EpisodeTableModel::NumberColumn, Qt::AscendingOrder);
        QCOMPARE(idsInViewOrder(), (QList<qint64> {m_show.pilot, m_show.interview, m_show.upcoming}));
    }

    void liveRefreshFromAnotherConnection()
    {
        seed();
        EpisodeListPane *pane = openPane();
        QVERIFY(pane->selectEpisode(m_show.pilot));
        m_other = std::make_unique<Database>();
        QVERIFY(m_other->open(path(), QStringLiteral("other")));

        Episode episode;
        episode.title = QStringLiteral("Written elsewhere");
        QVERIFY(EpisodeStore(m_other->connection()).add(episode));
        QTRY_COMPARE_WITH_TIMEOUT(pane->view()->model()->rowCount(), 4, 2000);

        // The poster (another connection) posts the pending tweet: the episode's summary follows.
        QSqlQuery query(m_other->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET status = 'posted', post_id = '77' WHERE id = %1")
                               .arg(m_show.pendingTweet)));
        QTRY_COMPARE_WITH_TIMEOUT(
            pane->view()->currentIndex().siblingAtColumn(EpisodeTableModel::TweetsColumn).data().toString(),
            QStringLiteral("2 posted"), 2000);
        QCOMPARE(pane->currentEpisodeId(), m_show.pilot);
    }

    void selectionAndScrollSurviveARefresh()
    {
        seed();
        for (int i = 0; i < 60; ++i) {
            Episode filler;
            filler.number = 100 + i;
            filler.title = QStringLiteral("Filler %1").arg(i);
            filler.publishedOn = QDate(2024, 1, 1).addDays(i);
            QVERIFY(EpisodeStore(m_db->connection()).add(filler));
        }
        EpisodeListPane *pane = openPane();
        QVERIFY(pane->selectEpisode(m_show.interview));
        QScrollBar *scroll = pane->view()->verticalScrollBar();
        QVERIFY(scroll->maximum() > 10);
        scroll->setValue(scroll->maximum() / 2);
        const int scrollValue = scroll->value();

        m_other = std::make_unique<Database>();
        QVERIFY(m_other->open(path(), QStringLiteral("other")));
        Episode edited = *EpisodeStore(m_other->connection()).find(m_show.interview);
        edited.title = QStringLiteral("Interview with Ada (edited)");
        QVERIFY(EpisodeStore(m_other->connection()).update(edited));

        QTRY_COMPARE_WITH_TIMEOUT(
            pane->view()->currentIndex().siblingAtColumn(EpisodeTableModel::TitleColumn).data().toString(),
            QStringLiteral("Interview with Ada (edited)"), 2000);
        QCOMPARE(pane->currentEpisodeId(), m_show.interview);
        QCOMPARE(pane->currentTitle(), QStringLiteral("Interview with Ada (edited)"));
        QCOMPARE(scroll->value(), scrollValue);
    }

    // Edit, Delete and New Tweet act on the current episode: off while there is none.
    void actionsFollowTheSelection()
    {
        EpisodeListPane *pane = openPane();
        QVERIFY(pane->isEmpty());
        QVERIFY(!m_editEpisode->isEnabled());
        QVERIFY(!m_deleteEpisode->isEnabled());
        QVERIFY(!m_newTweet->isEnabled());
        QVERIFY(m_newEpisode->isEnabled());

        seed();
        pane->reload();
        QVERIFY(!pane->isEmpty());
        QCOMPARE(pane->currentEpisodeId(), m_show.interview); // the newest, chosen for the user
        QVERIFY(m_editEpisode->isEnabled());
        QVERIFY(m_deleteEpisode->isEnabled());
        QVERIFY(m_newTweet->isEnabled());
        // The context menu of a row is made of the actions.
        QVERIFY(pane->view()->actions().contains(m_editEpisode));
        QVERIFY(pane->view()->actions().contains(m_newTweet));
    }

private:
    QString path() const { return m_dir->filePath(QStringLiteral("episodes.sqlite")); }

    void seed()
    {
        const auto show = SeededShow::seed(m_db->connection());
        QVERIFY(show);
        m_show = *show;
    }

    // The actions as the window makes them: Ctrl+E and Del only while the list has the focus.
    QAction *makeAction(const char *objectName, const QString &text, const QKeySequence &shortcut, bool listScoped)
    {
        auto *action = new QAction(text, m_pane.get());
        action->setObjectName(QLatin1String(objectName));
        action->setShortcut(shortcut);
        if (listScoped) {
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        return action;
    }

    EpisodeListPane *openPane()
    {
        m_pane = std::make_unique<EpisodeListPane>(m_db->connection());
        EpisodeListPane *pane = m_pane.get();
        m_newEpisode = makeAction("newEpisodeAction", QStringLiteral("&New Episode…"), Qt::CTRL | Qt::Key_N, false);
        m_editEpisode = makeAction("editEpisodeAction", QStringLiteral("&Edit Episode…"), Qt::CTRL | Qt::Key_E, true);
        m_deleteEpisode = makeAction("deleteEpisodeAction", QStringLiteral("&Delete Episode"), Qt::Key_Delete, true);
        m_newTweet = makeAction("newTweetAction", QStringLiteral("New &Tweet…"), Qt::CTRL | Qt::Key_T, false);
        m_find = makeAction("findAction", QStringLiteral("&Find…"), Qt::CTRL | Qt::Key_F, false);
        pane->setActions({m_newEpisode, m_editEpisode, m_deleteEpisode, m_newTweet, m_find});

        // MainWindow's wiring, without the window.
        connect(m_newEpisode, &QAction::triggered, pane, &EpisodeListPane::newEpisode);
        connect(m_editEpisode, &QAction::triggered, pane, &EpisodeListPane::editEpisode);
        connect(m_deleteEpisode, &QAction::triggered, pane, &EpisodeListPane::deleteEpisode);
        connect(m_find, &QAction::triggered, pane, &EpisodeListPane::focusSearch);
        connect(pane, &EpisodeListPane::saved, pane, &EpisodeListPane::reload);
        connect(pane, &EpisodeListPane::removed, pane, &EpisodeListPane::reload);
        connect(pane, &EpisodeListPane::stale, pane, &EpisodeListPane::reload);
        auto *watcher = new ChangeWatcher(m_db->connection(), 100, pane);
        connect(watcher, &ChangeWatcher::changed, pane, &EpisodeListPane::reload);
        watcher->start();

        pane->reload();
        // The height of the window's upper half: a long list scrolls.
        pane->resize(1000, 300);
        pane->show();
        // Shortcuts and focus work in the active window only.
        if (!QTest::qWaitForWindowActive(pane)) {
            qWarning("pane not active");
        }
        return pane;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_other;
    std::unique_ptr<EpisodeListPane> m_pane;
    QAction *m_newEpisode = nullptr;
    QAction *m_editEpisode = nullptr;
    QAction *m_deleteEpisode = nullptr;
    QAction *m_newTweet = nullptr;
    QAction *m_find = nullptr;
    SeededShow m_show;
};

QTEST_MAIN(EpisodeListPaneTest)
#include "test_episodelistpane.moc"
