// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historydialog.h" // tweetpane.h inlines a QPointer<HistoryDialog> accessor
#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"
#include "messagebox.h"
#include "postcontroller.h"
#include "store/changewatcher.h"
#include "store/database.h"
#include "store/settingsstore.h"
#include "store/tweetstore.h"
#include "tweetdialog.h"
#include "tweeteditor.h"
#include "tweetpane.h"
#include "uitestutil.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QVBoxLayout>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

// The tweet list on its own, on a real database: a host widget in the window's place holding the pane,
// the tweet model, a PostController without an engine and the TweetEditor, wired the way MainWindow
// wires them (connectTweetActions, connectPanes, reload).
class TweetPaneTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { initUiTestCase(QStringLiteral("test_tweetpane")); }

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
        m_host.reset();
        m_other.reset();
        m_db.reset();
        m_dir.reset();
    }

    void addAndEditTweet()
    {
        seed();
        TweetPane *pane = openPane(m_show.upcoming, QStringLiteral("Upcoming"));
        QCOMPARE(pane->view()->model()->rowCount(), 0);
        action(QStringLiteral("newTweetAction"))->trigger();
        TweetDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = modalDialog<TweetDialog>()) != nullptr);

        auto *accounts = dialog->findChild<QComboBox *>(QStringLiteral("accountCombo"));
        QCOMPARE(accounts->count(), 2);
        const int sandboxIndex = accounts->findData(m_show.sandboxAccount);
        QVERIFY(accounts->itemText(sandboxIndex)
                    .contains(QStringLiteral("(Sandbox — posts to the local test server only)")));
        accounts->setCurrentIndex(sandboxIndex);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))
            ->setPlainText(QStringLiteral("Coming soon: {title}"));
        dialog->findChild<QCheckBox *>(QStringLiteral("scheduleCheck"))->setChecked(true);
        const QDateTime local(QDate(2030, 6, 1), QTime(9, 30));
        dialog->findChild<QDateTimeEdit *>(QStringLiteral("scheduleEdit"))->setDateTime(local);
        QVERIFY(okButton(dialog)->isEnabled());
        okButton(dialog)->click();
        QTRY_VERIFY(!modalDialog<TweetDialog>());

        QCOMPARE(pane->view()->model()->rowCount(), 1);
        const qint64 id = pane->currentTweetId();
        auto config = TweetStore(m_db->connection()).find(id);
        QVERIFY(config);
        QCOMPARE(config->episodeId, m_show.upcoming);
        QCOMPARE(config->accountId, m_show.sandboxAccount);
        QCOMPARE(config->text, QStringLiteral("Coming soon: {title}"));
        QCOMPARE(config->scheduledAt, local.toUTC());
        QCOMPARE(config->scheduledZone, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        QCOMPARE(pane->view()->currentIndex().data(StatusRole).toInt(), int(DisplayStatus::Scheduled));

        // Ctrl+E in the tweet list edits the tweet.
        pane->view()->setFocus();
        QTest::keyClick(pane->view(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY((dialog = modalDialog<TweetDialog>()) != nullptr);
        QVERIFY(!dialog->isReadOnly());
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->setPlainText(QStringLiteral("Out now!"));
        dialog->findChild<QCheckBox *>(QStringLiteral("scheduleCheck"))->setChecked(false);
        okButton(dialog)->click();
        QTRY_VERIFY(!modalDialog<TweetDialog>());
        config = TweetStore(m_db->connection()).find(id);
        QCOMPARE(config->text, QStringLiteral("Out now!"));
        QVERIFY(!config->scheduledAt.isValid());
        QCOMPARE(pane->currentTweetId(), id);
    }

    void postedTweetOpensReadOnly()
    {
        seed();
        TweetPane *pane = openPane(m_show.pilot, QStringLiteral("Pilot"));
        QVERIFY(pane->selectTweet(m_show.postedTweet));
        QAction *edit = action(QStringLiteral("editTweetAction"));
        QVERIFY(edit->isEnabled());
        QVERIFY(edit->text().contains(QStringLiteral("View")));
        edit->trigger();
        TweetDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = modalDialog<TweetDialog>()) != nullptr);
        QVERIFY(dialog->isReadOnly());
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("readOnlyNote"));
        QVERIFY(note->isVisibleTo(dialog));
        QVERIFY(note->text().contains(QStringLiteral("was posted")));
        QVERIFY(!okButton(dialog));
        dialog->reject();
    }

    void deletingAPostedTweetArchivesIt()
    {
        seed();
        TweetPane *pane = openPane(m_show.pilot, QStringLiteral("Pilot"));
        QVERIFY(pane->selectTweet(m_show.postedTweet));

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        action(QStringLiteral("deleteTweetAction"))->trigger();
        QCOMPARE(pane->view()->model()->rowCount(), 2); // cancelled: nothing happened

        MessageBox::setNextAnswer(QMessageBox::Ok); // "Delete this tweet?"
        MessageBox::setNextAnswer(QMessageBox::Ok); // "… it was archived"
        action(QStringLiteral("deleteTweetAction"))->trigger();
        QCOMPARE(MessageBox::lastText(),
                 QStringLiteral("This tweet was already posted, so it was archived to keep "
                                "the record; it no longer shows in the list."));
        QCOMPARE(pane->view()->model()->rowCount(), 1);
        const auto archived = TweetStore(m_db->connection()).find(m_show.postedTweet);
        QVERIFY(archived && archived->archived);
        QCOMPARE(archived->status, TweetStatus::Posted);

        // A tweet never tried is really deleted, and the user is not told more than the status bar says.
        QVERIFY(pane->selectTweet(m_show.pendingTweet));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        action(QStringLiteral("deleteTweetAction"))->trigger();
        QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("Delete this tweet?")));
        QVERIFY(!TweetStore(m_db->connection()).find(m_show.pendingTweet));
        QCOMPARE(pane->view()->model()->rowCount(), 0);
    }

    // A tweet whose outcome is unknown may be on X: the pane says so and deletes nothing until it is
    // verified (its episode: see test_episodelistpane).
    void deletingATweetThatMayBeOnXIsRefused()
    {
        seed();
        QVERIFY(setTweetStatus(m_db->connection(), m_show.pendingTweet, QStringLiteral("unknown")));
        TweetPane *pane = openPane(m_show.pilot, QStringLiteral("Pilot"));
        QVERIFY(pane->selectTweet(m_show.pendingTweet));

        MessageBox::setNextAnswer(QMessageBox::Ok); // "Delete this tweet?"
        MessageBox::setNextAnswer(QMessageBox::Ok); // "Tweet Not Deleted"
        action(QStringLiteral("deleteTweetAction"))->trigger();
        QCOMPARE(MessageBox::lastText(),
                 QStringLiteral("The tweet could not be deleted. This tweet may be on X: its outcome is unknown. "
                                "Verify it first, then delete it."));
        QCOMPARE(pane->view()->model()->rowCount(), 2);
        const auto kept = TweetStore(m_db->connection()).find(m_show.pendingTweet);
        QVERIFY(kept && !kept->archived && kept->enabled);
        QCOMPARE(kept->status, TweetStatus::Unknown);
        QCOMPARE(pane->currentTweetId(), m_show.pendingTweet);
    }

    void counterRefusesOkPast280()
    {
        seed();
        openPane(m_show.pilot, QStringLiteral("Pilot"));
        action(QStringLiteral("newTweetAction"))->trigger();
        TweetDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = modalDialog<TweetDialog>()) != nullptr);
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
        auto *counter = dialog->findChild<QLabel *>(QStringLiteral("counterLabel"));
        QVERIFY(!okButton(dialog)->isEnabled()); // empty
        text->setPlainText(QString(280, QLatin1Char('a')));
        QCOMPARE(counter->text(), QStringLiteral("280 / 280"));
        QVERIFY(okButton(dialog)->isEnabled());
        text->setPlainText(QString(281, QLatin1Char('a')));
        QCOMPARE(counter->text(), QStringLiteral("281 / 280"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(counter->property("overLimit").toBool());
        dialog->accept(); // Return must not bypass the check either
        QVERIFY(modalDialog<TweetDialog>());
        QCOMPARE(TweetStore(m_db->connection()).forEpisode(m_show.pilot).size(), 2);
        dialog->reject();
    }

    void statusFilter()
    {
        seed();
        TweetPane *pane = openPane(m_show.interview, QStringLiteral("Interview with Ada"));
        QAbstractItemModel *tweets = pane->view()->model();
        QCOMPARE(tweets->rowCount(), 2);
        auto *filter = pane->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        QCOMPARE(filter->count(), 10); // All, then every DisplayStatus
        filter->setCurrentIndex(filter->findData(int(DisplayStatus::Failed)));
        QCOMPARE(tweets->rowCount(), 1);
        QCOMPARE(tweets->index(0, 0).data(StatusRole).toInt(), int(DisplayStatus::Failed));
        filter->setCurrentIndex(filter->findData(int(DisplayStatus::Posted)));
        QCOMPARE(tweets->rowCount(), 0);
        QVERIFY(!action(QStringLiteral("editTweetAction"))->isEnabled());
        filter->setCurrentIndex(0);
        QCOMPARE(tweets->rowCount(), 2);

        // Selecting a tweet the filter hides shows it again.
        filter->setCurrentIndex(filter->findData(int(DisplayStatus::Failed)));
        QVERIFY(pane->selectTweet(m_show.failedTweet));
        QVERIFY(!pane->selectTweet(m_show.pendingTweet)); // another episode's: not in this list
        filter->setCurrentIndex(filter->findData(int(DisplayStatus::Posted)));
        QVERIFY(pane->selectTweet(m_show.failedTweet));
        QCOMPARE(filter->currentIndex(), 0);
        QCOMPARE(pane->currentTweetId(), m_show.failedTweet);
    }

    void selectionSurvivesARefresh()
    {
        seed();
        TweetPane *pane = openPane(m_show.interview, QStringLiteral("Interview with Ada"));
        QVERIFY(pane->selectTweet(m_show.failedTweet));

        m_other = std::make_unique<Database>();
        QVERIFY(m_other->open(path(), QStringLiteral("other")));
        TweetConfig tweet;
        tweet.episodeId = m_show.interview;
        tweet.accountId = m_show.xAccount;
        tweet.text = QStringLiteral("Added by another window");
        QVERIFY(TweetStore(m_other->connection()).add(tweet));

        QTRY_COMPARE_WITH_TIMEOUT(pane->view()->model()->rowCount(), 3, 2000);
        QCOMPARE(pane->currentTweetId(), m_show.failedTweet);
        QCOMPARE(pane->episodeId(), m_show.interview);
    }

private:
    QString path() const { return m_dir->filePath(QStringLiteral("episodes.sqlite")); }

    void seed()
    {
        const auto show = SeededShow::seed(m_db->connection());
        QVERIFY(show);
        m_show = *show;
    }

    QAction *action(const QString &name) const { return m_host->findChild<QAction *>(name); }

    QAction *makeAction(const char *objectName, const QString &text, const QKeySequence &shortcut,
                        bool listScoped = false)
    {
        auto *action = new QAction(text, m_host.get());
        action->setObjectName(QLatin1String(objectName));
        action->setShortcut(shortcut);
        if (listScoped) {
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        return action;
    }

    // MainWindow::reload, for the lower half: what the engine and other windows wrote shows, and every
    // answered tweet shows its new state.
    void reload()
    {
        m_controller->refresh();
        m_model->setGraceSeconds(SettingsStore(m_db->connection()).graceSeconds());
        m_pane->setEpisode(m_pane->episodeId(), m_episodeTitle);
        m_model->reload();
        m_controller->settle();
        m_pane->afterReload();
    }

    TweetPane *openPane(qint64 episodeId, const QString &title)
    {
        m_host = std::make_unique<QWidget>();
        QWidget *host = m_host.get();
        m_model = new TweetTableModel(m_db->connection(), host);
        m_controller = new PostController(m_db->connection(), m_model, host);
        m_controller->setDialogParent([host] { return host; });
        m_editor = new TweetEditor(m_db->connection(), m_controller, host);
        m_pane = new TweetPane(m_db->connection(), m_model, m_controller, m_editor, host);
        auto *layout = new QVBoxLayout(host);
        layout->addWidget(m_pane);

        TweetPane::Actions actions;
        actions.post = makeAction("postAction", QStringLiteral("&Post Now"), Qt::CTRL | Qt::Key_P);
        actions.reschedule =
            makeAction("rescheduleAction", QStringLiteral("Re&schedule…"), Qt::CTRL | Qt::SHIFT | Qt::Key_R);
        actions.verify = makeAction("verifyAction", QStringLiteral("&Verify"), Qt::CTRL | Qt::SHIFT | Qt::Key_V);
        actions.openOnX = makeAction("openOnXAction", QStringLiteral("&Open on X"), Qt::CTRL | Qt::SHIFT | Qt::Key_O);
        actions.history = makeAction("historyAction", QStringLiteral("&History…"), Qt::CTRL | Qt::Key_H);
        actions.resumePosting = makeAction("resumePostingAction", QStringLiteral("Res&ume Posting…"), {});
        actions.newTweet = makeAction("newTweetAction", QStringLiteral("New &Tweet…"), Qt::CTRL | Qt::Key_T);
        actions.editTweet = makeAction("editTweetAction", QStringLiteral("Edit T&weet…"), Qt::CTRL | Qt::Key_E, true);
        actions.deleteTweet = makeAction("deleteTweetAction", QStringLiteral("De&lete Tweet"), Qt::Key_Delete, true);
        m_pane->setActions(actions);

        // MainWindow::connectTweetActions and connectPanes, for the lower half.
        auto current = [this] {
            return m_pane->currentTweetId();
        };
        connect(actions.post, &QAction::triggered, host, [this, current] { m_controller->post(current()); });
        connect(actions.editTweet, &QAction::triggered, host, [this, current] { m_editor->editTweet(current()); });
        connect(actions.deleteTweet, &QAction::triggered, host, [this, current] { m_editor->deleteTweet(current()); });
        connect(actions.newTweet, &QAction::triggered, host, [this] {
            const int rows = m_model->rowCount();
            m_editor->newTweet(m_pane->episodeId(), rows > 0 ? m_model->configAt(rows - 1).accountId : 0);
        });
        connect(m_editor, &TweetEditor::saved, host, [this](qint64 configId) {
            reload();
            m_pane->selectTweet(configId);
        });
        connect(m_editor, &TweetEditor::removed, host, [this] { reload(); });
        connect(m_editor, &TweetEditor::stale, host, [this] { reload(); });
        auto *watcher = new ChangeWatcher(m_db->connection(), 100, host);
        connect(watcher, &ChangeWatcher::changed, host, [this] { reload(); });
        watcher->start();

        m_episodeTitle = title;
        m_pane->setEpisode(episodeId, title);
        reload();
        host->resize(1000, 400);
        host->show();
        // Shortcuts and focus work in the active window only.
        if (!QTest::qWaitForWindowActive(host)) {
            qWarning("pane not active");
        }
        return m_pane;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_other;
    // In the window's place: owns the model, the controller, the editor, the pane and the actions.
    std::unique_ptr<QWidget> m_host;
    TweetTableModel *m_model = nullptr;
    PostController *m_controller = nullptr;
    TweetEditor *m_editor = nullptr;
    TweetPane *m_pane = nullptr;
    QString m_episodeTitle;
    SeededShow m_show;
};

QTEST_MAIN(TweetPaneTest)
#include "test_tweetpane.moc"
