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

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Ui;

namespace {

template<typename T> T *modalDialog()
{
    return qobject_cast<T *>(QApplication::activeModalWidget());
}

QPushButton *okButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
}

} // namespace

class MainWindowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EpisodeDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_mainwindow"));
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(path(), QStringLiteral("gui")), qPrintable(m_db->errorString()));
        QSettings().clear();
        MessageBox::clearAnswers();
    }

    void cleanup()
    {
        // A failed test may leave a dialog open; it must not leak into the next one.
        while (QWidget *modal = QApplication::activeModalWidget()) {
            modal->close();
            delete modal;
        }
        MessageBox::clearAnswers();
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

        QVERIFY(window->selectEpisode(m_pilot));
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

    void addAndEditEpisode()
    {
        seed();
        MainWindow *window = openWindow();
        action(QStringLiteral("newEpisodeAction"))->trigger();
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

        const qint64 id = window->currentEpisodeId();
        const auto added = EpisodeStore(m_db->connection()).find(id);
        QVERIFY(added);
        QCOMPARE(added->title, QStringLiteral("Season finale"));
        QCOMPARE(added->number, std::optional<int>(11));
        QCOMPARE(added->link, QUrl(QStringLiteral("http://example.com/finale")));
        QCOMPARE(episodeView()->model()->rowCount(), 4);

        // Ctrl+E in the episode list edits the current episode.
        episodeView()->setFocus();
        QTest::keyClick(episodeView(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY((dialog = modalDialog<EpisodeDialog>()) != nullptr);
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QCOMPARE(title->text(), QStringLiteral("Season finale"));
        title->setText(QStringLiteral("Season finale, part 1"));
        okButton(dialog)->click();
        QTRY_VERIFY(!modalDialog<EpisodeDialog>());
        QCOMPARE(EpisodeStore(m_db->connection()).find(id)->title, QStringLiteral("Season finale, part 1"));
        QCOMPARE(episodeView()->currentIndex().siblingAtColumn(EpisodeTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Season finale, part 1"));
    }

    // Retitling an episode so that a scheduled tweet of it no longer fits warns first; saved anyway, the
    // tweet shows Held, with the reason.
    void episodeEditThatHoldsATweetWarns()
    {
        seed();
        TweetConfig config;
        config.episodeId = m_interview;
        config.accountId = m_xAccount;
        config.text = QStringLiteral("New: {title}");
        config.scheduledAt = QDateTime::currentDateTimeUtc().addDays(1);
        const qint64 id = *TweetStore(m_db->connection()).add(config);
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_interview));
        action(QStringLiteral("editEpisodeAction"))->trigger();
        EpisodeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = modalDialog<EpisodeDialog>()) != nullptr);
        dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QString(290, QLatin1Char('t')));
        auto *warning = dialog->findChild<QLabel *>(QStringLiteral("heldWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("1 scheduled tweet")), qPrintable(warning->text()));
        MessageBox::setNextAnswer(QMessageBox::Ok); // save anyway
        okButton(dialog)->click();
        QTRY_VERIFY(!modalDialog<EpisodeDialog>());
        QVERIFY(window->selectTweet(id));
        const QModelIndex status = tweetView()->currentIndex().siblingAtColumn(TweetTableModel::StatusColumn);
        QCOMPARE(status.data(StatusRole).toInt(), int(DisplayStatus::Held));
        QCOMPARE(status.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Held: 295 characters after filling in {title} (X allows 280)."));
    }

    void returnOnARowEdits()
    {
        seed();
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_interview));
        episodeView()->setFocus();
        QTest::keyClick(episodeView(), Qt::Key_Return);
        EpisodeDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = modalDialog<EpisodeDialog>()) != nullptr);
        QCOMPARE(dialog->episode().id, m_interview);
        dialog->reject();
    }

    void addAndEditTweet()
    {
        seed();
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_upcoming));
        QCOMPARE(tweetView()->model()->rowCount(), 0);
        action(QStringLiteral("newTweetAction"))->trigger();
        TweetDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = modalDialog<TweetDialog>()) != nullptr);

        auto *accounts = dialog->findChild<QComboBox *>(QStringLiteral("accountCombo"));
        QCOMPARE(accounts->count(), 2);
        const int sandboxIndex = accounts->findData(m_sandboxAccount);
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

        QCOMPARE(tweetView()->model()->rowCount(), 1);
        const qint64 id = window->currentTweetId();
        auto config = TweetStore(m_db->connection()).find(id);
        QVERIFY(config);
        QCOMPARE(config->episodeId, m_upcoming);
        QCOMPARE(config->accountId, m_sandboxAccount);
        QCOMPARE(config->text, QStringLiteral("Coming soon: {title}"));
        QCOMPARE(config->scheduledAt, local.toUTC());
        QCOMPARE(config->scheduledZone, QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        QCOMPARE(tweetView()->currentIndex().data(StatusRole).toInt(), int(DisplayStatus::Scheduled));

        // Ctrl+E in the tweet list edits the tweet, not the episode.
        tweetView()->setFocus();
        QTest::keyClick(tweetView(), Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY((dialog = modalDialog<TweetDialog>()) != nullptr);
        QVERIFY(!dialog->isReadOnly());
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))->setPlainText(QStringLiteral("Out now!"));
        dialog->findChild<QCheckBox *>(QStringLiteral("scheduleCheck"))->setChecked(false);
        okButton(dialog)->click();
        QTRY_VERIFY(!modalDialog<TweetDialog>());
        config = TweetStore(m_db->connection()).find(id);
        QCOMPARE(config->text, QStringLiteral("Out now!"));
        QVERIFY(!config->scheduledAt.isValid());
        QCOMPARE(window->currentTweetId(), id);
    }

    void postedTweetOpensReadOnly()
    {
        seed();
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_pilot));
        QVERIFY(window->selectTweet(m_postedTweet));
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
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_pilot));
        QVERIFY(window->selectTweet(m_postedTweet));

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        action(QStringLiteral("deleteTweetAction"))->trigger();
        QCOMPARE(tweetView()->model()->rowCount(), 2); // cancelled: nothing happened

        MessageBox::setNextAnswer(QMessageBox::Ok); // "Delete this tweet?"
        MessageBox::setNextAnswer(QMessageBox::Ok); // "… it was archived"
        action(QStringLiteral("deleteTweetAction"))->trigger();
        QCOMPARE(MessageBox::lastText(),
                 QStringLiteral("This tweet was already posted, so it was archived to keep "
                                "the record; it no longer shows in the list."));
        QCOMPARE(tweetView()->model()->rowCount(), 1);
        const auto archived = TweetStore(m_db->connection()).find(m_postedTweet);
        QVERIFY(archived && archived->archived);
        QCOMPARE(archived->status, TweetStatus::Posted);

        // A tweet never tried is really deleted, and the user is not told more than the status bar says.
        QVERIFY(window->selectTweet(m_pendingTweet));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        action(QStringLiteral("deleteTweetAction"))->trigger();
        QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("Delete this tweet?")));
        QVERIFY(!TweetStore(m_db->connection()).find(m_pendingTweet));
        QCOMPARE(tweetView()->model()->rowCount(), 0);
    }

    void deletingAnEpisodeWithAPostedTweetArchivesIt()
    {
        seed();
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_pilot));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        action(QStringLiteral("deleteEpisodeAction"))->trigger();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("archived")));
        QCOMPARE(episodeView()->model()->rowCount(), 2);
        QVERIFY(EpisodeStore(m_db->connection()).find(m_pilot)->archived);
        QVERIFY(window->currentEpisodeId() != m_pilot);
    }

    // A tweet whose outcome is unknown may be on X: the window says so and deletes nothing, neither the
    // tweet nor its episode, until it is verified.
    void deletingATweetThatMayBeOnXIsRefused()
    {
        seed();
        setStatus(m_pendingTweet, QStringLiteral("unknown"));
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_pilot));
        QVERIFY(window->selectTweet(m_pendingTweet));

        MessageBox::setNextAnswer(QMessageBox::Ok); // "Delete this tweet?"
        MessageBox::setNextAnswer(QMessageBox::Ok); // "Tweet Not Deleted"
        action(QStringLiteral("deleteTweetAction"))->trigger();
        QCOMPARE(MessageBox::lastText(),
                 QStringLiteral("The tweet could not be deleted. This tweet may be on X: its outcome is unknown. "
                                "Verify it first, then delete it."));
        QCOMPARE(tweetView()->model()->rowCount(), 2);
        const auto kept = TweetStore(m_db->connection()).find(m_pendingTweet);
        QVERIFY(kept && !kept->archived && kept->enabled);
        QCOMPARE(kept->status, TweetStatus::Unknown);

        MessageBox::setNextAnswer(QMessageBox::Ok); // "Delete the episode …?"
        MessageBox::setNextAnswer(QMessageBox::Ok); // "Episode Not Deleted"
        action(QStringLiteral("deleteEpisodeAction"))->trigger();
        QVERIFY2(
            MessageBox::lastText().contains(QStringLiteral("Tweet %1 of this episode may be on X").arg(m_pendingTweet)),
            qPrintable(MessageBox::lastText()));
        QCOMPARE(episodeView()->model()->rowCount(), 3);
        QVERIFY(!EpisodeStore(m_db->connection()).find(m_pilot)->archived);
        QCOMPARE(window->currentEpisodeId(), m_pilot);
    }

    void counterRefusesOkPast280()
    {
        seed();
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_pilot));
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
        QCOMPARE(TweetStore(m_db->connection()).forEpisode(m_pilot).size(), 2);
        dialog->reject();
    }

    void searchAndStatusFilter()
    {
        seed();
        MainWindow *window = openWindow();
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QAbstractItemModel *episodes = episodeView()->model();

        action(QStringLiteral("findAction"))->trigger();
        QTRY_VERIFY(search->hasFocus());

        QVERIFY(window->selectEpisode(m_pilot));
        search->setText(QStringLiteral("lovelace")); // in the notes (and a tweet), not in the pilot
        QCOMPARE(episodes->rowCount(), 1);
        QCOMPARE(episodes->index(0, 0).data(IdRole).toLongLong(), m_interview);
        QCOMPARE(window->currentEpisodeId(), m_interview); // the tweets below follow the match

        search->setText(QStringLiteral("HOT OFF")); // in a tweet's text only, any case
        QCOMPARE(episodes->rowCount(), 1);
        QCOMPARE(episodes->index(0, 0).data(IdRole).toLongLong(), m_pilot);

        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape); // clears the search and returns to the list
        QVERIFY(search->text().isEmpty());
        QVERIFY(episodeView()->hasFocus());
        QCOMPARE(episodes->rowCount(), 3);

        QVERIFY(window->selectEpisode(m_interview));
        QAbstractItemModel *tweets = tweetView()->model();
        QCOMPARE(tweets->rowCount(), 2);
        auto *filter = window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        QCOMPARE(filter->count(), 10); // All, then every DisplayStatus
        filter->setCurrentIndex(filter->findData(int(DisplayStatus::Failed)));
        QCOMPARE(tweets->rowCount(), 1);
        QCOMPARE(tweets->index(0, 0).data(StatusRole).toInt(), int(DisplayStatus::Failed));
        filter->setCurrentIndex(filter->findData(int(DisplayStatus::Posted)));
        QCOMPARE(tweets->rowCount(), 0);
        QVERIFY(!action(QStringLiteral("editTweetAction"))->isEnabled());
        filter->setCurrentIndex(0);
        QCOMPARE(tweets->rowCount(), 2);
    }

    void sortsOnRawValues()
    {
        seed();
        openWindow();
        QTableView *view = episodeView();
        QAbstractItemModel *model = view->model();
        auto idsInViewOrder = [model] {
            QList<qint64> ids;
            for (int row = 0; row < model->rowCount(); ++row) {
                ids.append(model->index(row, 0).data(IdRole).toLongLong());
            }
            return ids;
        };

        // Default: newest published first; the undated episode last.
        QCOMPARE(idsInViewOrder(), (QList<qint64> {m_interview, m_pilot, m_upcoming}));
        view->sortByColumn(EpisodeTableModel::PublishedColumn, Qt::AscendingOrder);
        QCOMPARE(idsInViewOrder(), (QList<qint64> {m_upcoming, m_pilot, m_interview}));

        // Numbers 1, 2, 10 sort as numbers, not as the texts "1", "10", "2".
        view->sortByColumn(EpisodeTableModel::NumberColumn, Qt::AscendingOrder);
        QCOMPARE(idsInViewOrder(), (QList<qint64> {m_pilot, m_interview, m_upcoming}));
    }

    void liveRefreshFromAnotherConnection()
    {
        seed();
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_pilot));
        m_other = std::make_unique<Database>();
        QVERIFY(m_other->open(path(), QStringLiteral("other")));

        Episode episode;
        episode.title = QStringLiteral("Written elsewhere");
        QVERIFY(EpisodeStore(m_other->connection()).add(episode));
        QTRY_COMPARE_WITH_TIMEOUT(episodeView()->model()->rowCount(), 4, 2000);

        // The poster (another connection) posts the pending tweet: its badge follows.
        QSqlQuery query(m_other->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET status = 'posted', post_id = '77' WHERE id = %1")
                               .arg(m_pendingTweet)));
        QAbstractItemModel *tweets = tweetView()->model();
        auto statusOfPending = [&] {
            for (int row = 0; row < tweets->rowCount(); ++row) {
                const QModelIndex index = tweets->index(row, TweetTableModel::StatusColumn);
                if (index.data(IdRole).toLongLong() == m_pendingTweet) {
                    return index.data().toString();
                }
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusOfPending(), QStringLiteral("Posted"), 2000);
        QCOMPARE(episodeView()->currentIndex().siblingAtColumn(EpisodeTableModel::TweetsColumn).data().toString(),
                 QStringLiteral("2 posted"));
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
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_interview));
        QVERIFY(window->selectTweet(m_failedTweet));
        QScrollBar *scroll = episodeView()->verticalScrollBar();
        QVERIFY(scroll->maximum() > 10);
        scroll->setValue(scroll->maximum() / 2);
        const int scrollValue = scroll->value();

        m_other = std::make_unique<Database>();
        QVERIFY(m_other->open(path(), QStringLiteral("other")));
        Episode edited = *EpisodeStore(m_other->connection()).find(m_interview);
        edited.title = QStringLiteral("Interview with Ada (edited)");
        QVERIFY(EpisodeStore(m_other->connection()).update(edited));
        TweetConfig tweet;
        tweet.episodeId = m_interview;
        tweet.accountId = m_xAccount;
        tweet.text = QStringLiteral("Added by another window");
        QVERIFY(TweetStore(m_other->connection()).add(tweet));

        QTRY_COMPARE_WITH_TIMEOUT(tweetView()->model()->rowCount(), 3, 2000);
        QCOMPARE(window->currentEpisodeId(), m_interview);
        QCOMPARE(episodeView()->currentIndex().siblingAtColumn(EpisodeTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Interview with Ada (edited)"));
        QCOMPARE(window->currentTweetId(), m_failedTweet);
        QCOMPARE(scroll->value(), scrollValue);
    }

    void settingsRoundTrip()
    {
        seed();
        MainWindow *window = openWindow();
        QVERIFY(window->selectEpisode(m_interview));
        window->resize(900, 620);
        QHeaderView *header = episodeView()->horizontalHeader();
        header->resizeSection(EpisodeTableModel::TweetsColumn, 211);
        auto *splitter = window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        splitter->setSizes({300, 200});
        const QList<int> sizes = splitter->sizes();
        QVERIFY(window->close());
        m_window.reset();

        MainWindow *again = openWindow();
        QCOMPARE(again->currentEpisodeId(), m_interview);
        QCOMPARE(again->size(), QSize(900, 620));
        QCOMPARE(episodeView()->horizontalHeader()->sectionSize(EpisodeTableModel::TweetsColumn), 211);
        QCOMPARE(again->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    }

    void opensAtDefaultSize()
    {
        seed();
        MainWindow *window = openWindow();
        QCOMPARE(window->size(), QSize(1100, 700));
        QCOMPARE(window->currentEpisodeId(), m_interview); // nothing remembered: the newest episode
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
        QVERIFY(window->selectEpisode(m_pilot));
        QVERIFY(window->selectTweet(m_pendingTweet));
        QVERIFY(!window->postingService());
        QVERIFY(!action(QStringLiteral("postAction"))->isEnabled());
        auto *post = window->findChild<QPushButton *>(QStringLiteral("postButton"));
        QVERIFY(!post->isEnabled());
        QCOMPARE(post->toolTip(), QStringLiteral("Posting is not available in this window."));
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("tweetNote"))->accessibleName(),
                 QStringLiteral("Ready to post.\nPosting is not available in this window."));
        window->postTweet(m_pendingTweet); // no engine: no request, and nothing left waiting
        QVERIFY(!window->isAwaitingAnswer(m_pendingTweet));

        // A failed tweet says why, next to the button.
        QVERIFY(window->selectEpisode(m_interview));
        QVERIFY(window->selectTweet(m_failedTweet));
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

private:
    QString path() const { return m_dir->filePath(QStringLiteral("episodes.sqlite")); }

    MainWindow *openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_db->connection());
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

    void setStatus(qint64 id, const QString &status)
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET status = '%1', post_id = '1234', "
                                          "post_url = 'https://x.com/i/status/1234', "
                                          "posted_at = '2026-01-05T10:00:00.000Z', "
                                          "last_error = CASE WHEN '%1' = 'failed' THEN 'X said no' ELSE '' END "
                                          "WHERE id = %2")
                               .arg(status)
                               .arg(id)));
    }

    void seed()
    {
        AccountStore accounts(m_db->connection());
        Account x;
        x.name = QStringLiteral("The Show");
        x.handle = QStringLiteral("theshow");
        x.apiBaseUrl = QUrl(QStringLiteral("https://api.x.com"));
        m_xAccount = *accounts.add(x);
        Account sandbox;
        sandbox.name = QStringLiteral("Practice");
        sandbox.kind = AccountKind::Sandbox;
        m_sandboxAccount = *accounts.add(sandbox);

        EpisodeStore episodes(m_db->connection());
        auto addEpisode = [&](int number, const QString &title, QDate date, const QString &notes) {
            Episode episode;
            episode.number = number;
            episode.title = title;
            episode.publishedOn = date;
            episode.notes = notes;
            episode.link = QUrl(QStringLiteral("https://example.com/%1").arg(number));
            return *episodes.add(episode);
        };
        // Dates whose short text sorts differently from the dates themselves.
        m_pilot = addEpisode(1, QStringLiteral("Pilot"), QDate(2025, 12, 1), QStringLiteral("How it all began"));
        m_interview = addEpisode(2, QStringLiteral("Interview with Ada"), QDate(2026, 1, 15),
                                 QStringLiteral("Guest: Ada Lovelace"));
        m_upcoming = addEpisode(10, QStringLiteral("Upcoming"), QDate(), QString());

        TweetStore tweets(m_db->connection());
        auto addTweet = [&](qint64 episode, const QString &text, const QDateTime &when = {}) {
            TweetConfig config;
            config.episodeId = episode;
            config.accountId = m_xAccount;
            config.text = text;
            config.scheduledAt = when;
            config.scheduledZone = when.isValid() ? QStringLiteral("Europe/Berlin") : QString();
            return *tweets.add(config);
        };
        m_postedTweet = addTweet(m_pilot, QStringLiteral("Episode 1 is out: {title} {url}"));
        setStatus(m_postedTweet, QStringLiteral("posted"));
        m_pendingTweet = addTweet(m_pilot, QStringLiteral("Hot off the press: the pilot! {url}"));
        addTweet(m_interview, QStringLiteral("Tomorrow: our talk with Ada Lovelace {url}"),
                 QDateTime::currentDateTimeUtc().addDays(1));
        m_failedTweet = addTweet(m_interview, QStringLiteral("Ada on engines, part 2 {url}"));
        setStatus(m_failedTweet, QStringLiteral("failed"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_other;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_xAccount = 0;
    qint64 m_sandboxAccount = 0;
    qint64 m_pilot = 0;
    qint64 m_interview = 0;
    qint64 m_upcoming = 0;
    qint64 m_postedTweet = 0;
    qint64 m_pendingTweet = 0;
    qint64 m_failedTweet = 0;
};

QTEST_MAIN(MainWindowTest)
#include "test_mainwindow.moc"
