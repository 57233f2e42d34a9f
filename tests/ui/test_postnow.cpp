// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// "Post now" in the main window against the local X server and a real PostingService on its own thread:
// however the user fires it, one request reaches X; refusals, failures and unknown outcomes say what is
// true; the history lists every attempt; the GUI thread never waits, not even while another process
// holds the database's write lock. Every count is of what reached the server.

#include "historydialog.h"
#include "itemmodels/episodetablemodel.h"
#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "postconfirmdialog.h"
#include "statusbadgedelegate.h"
#include "uipostingfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>

#include <cstdio>
#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

namespace {

// Helper mode of this binary: another process that takes the database's write lock (BEGIN IMMEDIATE),
// says so, keeps it for `holdMs`, then commits and exits.
int holdWriteLock(const QString &databasePath, int holdMs)
{
    Database db;
    if (!db.open(databasePath, QStringLiteral("lock-holder"))) {
        return 1;
    }
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return 2;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    QEventLoop loop;
    QTimer::singleShot(holdMs, &loop, &QEventLoop::quit);
    loop.exec();
    return query.exec(QStringLiteral("COMMIT")) ? 0 : 3;
}

// Helper mode: another process renames an episode and marks a tweet posted, as another window would.
int writeElsewhere(const QString &databasePath, qint64 episodeId, qint64 tweetId)
{
    Database db;
    if (!db.open(databasePath, QStringLiteral("elsewhere"))) {
        return 1;
    }
    auto episode = EpisodeStore(db.connection()).find(episodeId);
    if (!episode) {
        return 2;
    }
    episode->title = QStringLiteral("Renamed in another process");
    if (!EpisodeStore(db.connection()).update(*episode)) {
        return 3;
    }
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("UPDATE tweet_configs SET status = 'posted', post_id = '999' WHERE id = ?"));
    query.addBindValue(tweetId);
    return query.exec() ? 0 : 4;
}

// Receives the URLs QDesktopServices would open, instead of a browser.
class UrlCatcher final : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

} // namespace

class PostNowTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EpisodeDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_postnow"));
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_urls, "open");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("https")); }

    void init()
    {
        QSettings().clear();
        // Most tests look at the request itself; confirmation() turns the question back on.
        QSettings().setValue(QStringLiteral("Posting/confirmBeforePosting"), false);
        MessageBox::clearAnswers();
        m_urls.urls.clear();
        m_fixture = std::make_unique<UiPostingFixture>();
        QVERIFY(m_fixture->setUp());
        startService(std::chrono::seconds(10));
    }

    void cleanup()
    {
        while (QWidget *modal = QApplication::activeModalWidget()) {
            modal->close();
            delete modal;
        }
        MessageBox::clearAnswers();
        m_window.reset();
        m_counter.reset();
        m_service.reset();
        m_fixture.reset();
    }

    void doubleClickPostsOnce()
    {
        const qint64 id = openOn(m_fixture->addTweet(QStringLiteral("Double-click day: {title}")));
        QPushButton *post = button("postButton");
        QVERIFY(post->isEnabled());
        // Through the window system, as a real double-click arrives: press, release, press, double-click,
        // release; QTest's widget overload would send the double-click event alone.
        QTest::mouseDClick(m_window->windowHandle(), Qt::LeftButton, {},
                           post->mapTo(m_window.get(), post->rect().center()));
        // Off at once, before the engine even saw the request; the row says "Posting…".
        QVERIFY(!post->isEnabled());
        QVERIFY(!action("postAction")->isEnabled());
        QVERIFY(m_window->isAwaitingAnswer(id));
        QCOMPARE(shownStatus(id), DisplayStatus::Posting);
        QVERIFY(m_window->noteFor(id).plainText().startsWith(QStringLiteral("Posting")));

        expectOneRequest(id);
    }

    void twentyRapidClicksPostOnce()
    {
        const qint64 id = openOn(m_fixture->addTweet(QStringLiteral("Twenty clicks")));
        QPushButton *post = button("postButton");
        for (int i = 0; i < 20; ++i) {
            QTest::mouseClick(post, Qt::LeftButton);
        }
        expectOneRequest(id);
    }

    void returnHeldDownPostsOnce()
    {
        const qint64 id = openOn(m_fixture->addTweet(QStringLiteral("Held down")));
        QPushButton *post = button("postButton");
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        post->setFocus();
        QVERIFY(post->hasFocus());
        // Each key event goes where the keyboard focus is at that moment, as a real keyboard's would.
        auto send = [this](QEvent::Type type, Qt::Key key, bool autoRepeat) {
            QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
            QKeyEvent event(type, key, Qt::NoModifier, QString(), autoRepeat);
            QApplication::sendEvent(target, &event);
        };
        // A key held down: one press, then auto-repeated presses, then one release.
        send(QEvent::KeyPress, Qt::Key_Return, false);
        QVERIFY(m_window->isAwaitingAnswer(id));
        for (int i = 0; i < 15; ++i) {
            send(QEvent::KeyPress, Qt::Key_Return, true);
        }
        send(QEvent::KeyRelease, Qt::Key_Return, false);
        for (int i = 0; i < 5; ++i) {
            send(QEvent::KeyPress, Qt::Key_Enter, false);
            send(QEvent::KeyRelease, Qt::Key_Enter, false);
        }
        // The repeats did nothing anywhere else either (no edit dialog opened behind the post).
        QVERIFY(!QApplication::activeModalWidget());
        expectOneRequest(id);
    }

    void menuToolbarShortcutAndButtonTogether()
    {
        const qint64 id = openOn(m_fixture->addTweet(QStringLiteral("All at once")));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QAction *postAction = action("postAction");
        QCOMPARE(postAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
        auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QWidget *toolButton = toolBar->widgetForAction(postAction);
        QVERIFY(toolButton && toolButton->isEnabled());
        QAction *menuEntry = menuAction(QStringLiteral("postAction"));
        QVERIFY(menuEntry);

        // All in one go, with no event processed in between: the shortcut first (it must be what
        // started the post), then the menu entry, the toolbar button and the pane's button.
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(m_window->isAwaitingAnswer(id));
        menuEntry->trigger();
        QTest::mouseClick(toolButton, Qt::LeftButton);
        QTest::mouseClick(button("postButton"), Qt::LeftButton);
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(!toolButton->isEnabled());

        expectOneRequest(id);
    }

    void confirmationShowsTextAndAccount()
    {
        QSettings().setValue(QStringLiteral("Posting/confirmBeforePosting"), true);
        const qint64 id = openOn(m_fixture->addTweet(QStringLiteral("New: {title} {url}")));
        QVERIFY(m_window->confirmBeforePosting());
        QVERIFY(action("confirmBeforePostingAction")->isChecked());

        // Cancel: nothing sent, the button is back.
        QTest::mouseClick(button("postButton"), Qt::LeftButton);
        PostConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<PostConfirmDialog *>(QApplication::activeModalWidget())) != nullptr);
        QVERIFY(!button("postButton")->isEnabled());
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("confirmTextView"))->toPlainText(),
                 QStringLiteral("New: Seven https://podcast.example/7"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("confirmAccountLabel"))
                    ->text()
                    .contains(QStringLiteral("Sandbox — posts to the local test server only")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("confirmQuestionLabel"))
                    ->text()
                    .contains(QStringLiteral("nothing leaves this computer")));
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Post to the Sandbox?"));
        // Return held after the click must not answer for the user: Cancel is the default.
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY(button("postButton")->isEnabled());
        QVERIFY(!m_window->isAwaitingAnswer(id));
        QCOMPARE(m_fixture->server.createRequestCount(), 0);

        // Post, and don't ask again.
        QTest::mouseClick(button("postButton"), Qt::LeftButton);
        QTRY_VERIFY((dialog = qobject_cast<PostConfirmDialog *>(QApplication::activeModalWidget())) != nullptr);
        QTest::mouseClick(button("postButton"), Qt::LeftButton); // behind the dialog: ignored
        dialog->findChild<QCheckBox *>(QStringLiteral("dontAskAgainCheck"))->setChecked(true);
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        expectOneRequest(id);
        QCOMPARE(m_fixture->server.posts().first().sentText, QStringLiteral("New: Seven https://podcast.example/7"));
        QVERIFY(!m_window->confirmBeforePosting());
        QVERIFY(!QSettings().value(QStringLiteral("Posting/confirmBeforePosting")).toBool());
        QVERIFY(!action("confirmBeforePostingAction")->isChecked());
    }

    // The question shows what the claim will send: the stored text (here edited through the window's own
    // connection, which the table has not re-read), filled in with the episode as it is now, and the
    // account with its handle. What X receives is exactly what was shown.
    void confirmationShowsWhatTheClaimWillSend()
    {
        QSettings().setValue(QStringLiteral("Posting/confirmBeforePosting"), true);
        const qint64 id = openOn(m_fixture->addTweet(QStringLiteral("Old words: {title}"), m_fixture->xAccountId));
        TweetStore tweets(m_fixture->db.connection());
        TweetConfig config = m_fixture->tweet(id);
        config.text = QStringLiteral("New words: {title} {url}");
        QVERIFY(tweets.update(config));
        EpisodeStore episodes(m_fixture->db.connection());
        Episode episode = episodes.find(m_fixture->episodeId).value_or(Episode {});
        episode.title = QStringLiteral("Seven, retitled");
        QVERIFY(episodes.update(episode));

        QTest::mouseClick(button("postButton"), Qt::LeftButton);
        PostConfirmDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<PostConfirmDialog *>(QApplication::activeModalWidget())) != nullptr);
        const QString shown = dialog->findChild<QPlainTextEdit *>(QStringLiteral("confirmTextView"))->toPlainText();
        QCOMPARE(shown, QStringLiteral("New words: Seven, retitled https://podcast.example/7"));
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("confirmAccountLabel"))->text(),
                 QStringLiteral("Real show (@realshow)"));
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        expectOneRequest(id);
        QCOMPARE(m_fixture->server.posts().first().sentText, shown);
    }

    void refusedClaimSaysWhatIsTrue_data() { addRefusedClaimRows(); }

    // The window's view is stale (the change came through its own connection, which the change watcher
    // does not report), so the button is still offered; the engine's claim refuses and the note says why.
    void refusedClaimSaysWhatIsTrue()
    {
        QFETCH(QString, update);
        QFETCH(QString, expected);
        const qint64 id = openOn(m_fixture->addTweet(QStringLiteral("Stale view"), m_fixture->xAccountId));
        QSqlQuery query(m_fixture->db.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET %1 WHERE id = %2").arg(update).arg(id)));
        QVERIFY(button("postButton")->isEnabled());
        QTest::mouseClick(button("postButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_window->isAwaitingAnswer(id));
        drainWorker();
        QCOMPARE(m_answers, 1);
        QCOMPARE(m_started, 0);
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
        QCOMPARE(m_window->noteFor(id).plainText().section(QLatin1Char('\n'), 0, 0), expected);
        QVERIFY(label("tweetNote")->accessibleName().startsWith(expected));
    }

    void rateLimitSaysWhenItResumes()
    {
        const QDateTime resetAt = QDateTime::currentDateTimeUtc().addSecs(30 * 60);
        m_fixture->server.injectFault({LocalXServer::FaultKind::RateLimited, 1, 0, resetAt});
        const qint64 first = openOn(m_fixture->addTweet(QStringLiteral("First"), m_fixture->xAccountId));
        QTest::mouseClick(button("postButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isAwaitingAnswer(first), 10000);
        QCOMPARE(m_fixture->tweet(first).status, TweetStatus::Failed);

        const qint64 second = m_fixture->addTweet(QStringLiteral("Second"), m_fixture->xAccountId);
        m_window->reload();
        QVERIFY(m_window->selectTweet(second));
        QTest::mouseClick(button("postButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isAwaitingAnswer(second), 10000);
        const QString reset = PostingNotes::clockTime(QDateTime::fromSecsSinceEpoch(resetAt.toSecsSinceEpoch()),
                                                      QDateTime::currentDateTimeUtc());
        QCOMPARE(m_window->noteFor(second).text, QStringLiteral("Waiting for X's limit \u2014 resumes %1").arg(reset));
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    void failureComesBackWithItsReasonAndRetries()
    {
        m_fixture->server.injectFault({LocalXServer::FaultKind::Unauthorized});
        const qint64 id = openOn(m_fixture->addTweet(QStringLiteral("Keys revoked"), m_fixture->xAccountId));
        QPushButton *post = button("postButton");
        QTest::mouseClick(post, Qt::LeftButton);
        QVERIFY(!post->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(post->isEnabled(), 10000);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Failed);
        QCOMPARE(post->text(), QStringLiteral("Retry"));
        QCOMPARE(action("postAction")->text(), QStringLiteral("&Retry Post"));
        const PostingNote note = m_window->noteFor(id);
        QVERIFY2(note.text.startsWith(QStringLiteral("Not posted: ")), qPrintable(note.text));
        QVERIFY(note.text.size() > QStringLiteral("Not posted: ").size());
        QVERIFY(note.problem);
        QCOMPARE(label("tweetNote")->accessibleName(), note.plainText());
        QCOMPARE(m_fixture->server.createRequestCount(), 1);

        // Retry goes the same way, and this time X takes it.
        QTest::mouseClick(post, Qt::LeftButton);
        QVERIFY(!post->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(id).status, TweetStatus::Posted, 10000);
        QTRY_VERIFY(!m_window->isAwaitingAnswer(id));
        QVERIFY(!post->isEnabled()); // posted: never again
        QCOMPARE(m_fixture->server.createRequestCount(), 2);
        QCOMPARE(m_fixture->server.storedPostCount(), 1);
        QCOMPARE(m_window->noteFor(id).plainText(), QStringLiteral("Posted just now \u2014 Open on X"));
        QVERIFY(button("openOnXButton")->isVisible());
    }

    void unknownOffersVerifyAndVerifySettlesIt()
    {
        m_fixture->server.injectFault({LocalXServer::FaultKind::ServerErrorAfterCreate});
        const qint64 id = openOn(m_fixture->addTweet(QStringLiteral("Did it go out?"), m_fixture->xAccountId));
        QTest::mouseClick(button("postButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(id).status, TweetStatus::Unknown, 10000);
        QTRY_VERIFY(!m_window->isAwaitingAnswer(id));
        QVERIFY(!button("postButton")->isEnabled()); // never re-sent from unknown
        QPushButton *verify = button("verifyButton");
        QVERIFY(verify->isVisible());
        QVERIFY(verify->isEnabled());
        QVERIFY(action("verifyAction")->isEnabled());
        QVERIFY(m_window->noteFor(id).plainText().startsWith(QStringLiteral("Outcome unknown \u2014 Verify")));
        QCOMPARE(m_fixture->server.storedPostCount(), 1); // X did publish it

        QTest::mouseClick(verify, Qt::LeftButton);
        QVERIFY(!verify->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(id).status, TweetStatus::Posted, 10000);
        QTRY_VERIFY(!m_window->isAwaitingAnswer(id));
        QCOMPARE(m_fixture->tweet(id).postId, m_fixture->server.posts().first().id);
        QCOMPARE(m_window->noteFor(id).plainText(), QStringLiteral("Verified: it is on X \u2014 Open on X"));
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    void historyListsEveryAttempt()
    {
        m_fixture->server.injectFault({LocalXServer::FaultKind::Unauthorized});
        openOn(m_fixture->addTweet(QStringLiteral("With a history"), m_fixture->xAccountId));
        QTest::mouseClick(button("postButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(button("postButton")->isEnabled(), 10000);

        QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier);
        HistoryDialog *history = m_window->findChild<HistoryDialog *>();
        QVERIFY(history && history->isVisible());
        auto *table = history->findChild<QTableWidget *>(QStringLiteral("attemptTable"));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, HistoryDialog::OutcomeColumn)->text().contains(QStringLiteral("Failed")));
        QCOMPARE(table->item(0, HistoryDialog::HttpColumn)->text(), QStringLiteral("401"));
        QVERIFY(!table->item(0, HistoryDialog::ReasonColumn)->text().isEmpty());
        QVERIFY(!table->item(0, HistoryDialog::FinishedColumn)->text().isEmpty());
        QPushButton *retry = history->findChild<QPushButton *>(QStringLiteral("historyRetryButton"));
        QVERIFY(retry->isEnabled());
        QVERIFY(!history->findChild<QPushButton *>(QStringLiteral("historyVerifyButton"))->isEnabled());
        QVERIFY(!history->findChild<QPushButton *>(QStringLiteral("historyOpenButton"))->isEnabled());

        // Retry from the history: the Post button's path, so also guarded against a second click.
        QTest::mouseClick(retry, Qt::LeftButton);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(!retry->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            table->item(0, HistoryDialog::OutcomeColumn)->text().contains(QStringLiteral("Posted")), 10000);
        const QString postId = m_fixture->server.posts().first().id;
        QCOMPARE(table->item(0, HistoryDialog::HttpColumn)->text(), QStringLiteral("201"));
        QCOMPARE(table->item(0, HistoryDialog::PostIdColumn)->text(), postId);
        QVERIFY(table->item(1, HistoryDialog::OutcomeColumn)->text().contains(QStringLiteral("Failed")));
        QCOMPARE(m_fixture->server.createRequestCount(), 2);

        QPushButton *open = history->findChild<QPushButton *>(QStringLiteral("historyOpenButton"));
        QTRY_VERIFY(open->isEnabled());
        open->click();
        QCOMPARE(m_urls.urls, QList<QUrl> {QUrl(QStringLiteral("https://x.com/realshow/status/") + postId)});
    }

    void sandboxPostsSayTheyAreLocal()
    {
        const qint64 id = openOn(m_fixture->addTweet(QStringLiteral("Practice run")));
        QTest::mouseClick(button("postButton"), Qt::LeftButton);
        expectOneRequest(id);
        QCOMPARE(m_window->noteFor(id).plainText(),
                 QStringLiteral("Posted just now, to the local Sandbox server only"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        action("openOnXAction")->trigger();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("exists only there")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("local Sandbox server")));
        QVERIFY(m_urls.urls.isEmpty());
    }

    void quittingWithAPostInFlightAsks()
    {
        m_fixture->server.injectFault({LocalXServer::FaultKind::Delay, 1, 3000});
        const qint64 id = openOn(m_fixture->addTweet(QStringLiteral("Slow")));
        QTest::mouseClick(button("postButton"), Qt::LeftButton);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!m_window->close());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("X has not answered one post yet")));
        QVERIFY(m_window->isVisible());
        expectOneRequest(id, 15000);
    }

    // The GUI thread never waits: a hundred posts in flight (X answering each after a second) while
    // another process holds the database's write lock for two seconds, and a 10 ms timer on the GUI
    // thread is never more than 100 ms late.
    void guiNeverBlocks()
    {
        constexpr int posts = 100;
        QList<qint64> ids;
        for (int i = 0; i < posts; ++i) {
            ids.append(m_fixture->addTweet(QStringLiteral("Post %1 of the release-day rush").arg(i)));
        }
        m_fixture->server.injectFault({LocalXServer::FaultKind::Delay, posts, 1000});
        // The engine's network access manager opens six connections to a host, so the last of the hundred
        // is answered after some seventeen seconds: give requests that long, as X's timeout would.
        startService(std::chrono::seconds(120));
        m_window = std::make_unique<MainWindow>(m_fixture->db.connection());
        m_window->setPostingService(service());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->selectEpisode(m_fixture->episodeId));

        QProcess locker;
        locker.setProgram(QCoreApplication::applicationFilePath());
        locker.setArguments({QStringLiteral("--hold-write-lock"), m_fixture->dbPath, QStringLiteral("2000")});
        locker.start();
        QTRY_VERIFY_WITH_TIMEOUT(locker.canReadLine(), 20000);
        QCOMPARE(locker.readLine().trimmed(), QByteArray("locked"));

        QElapsedTimer clock;
        clock.start();
        qint64 last = 0;
        qint64 worst = 0;
        int ticks = 0;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, this, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last - 10);
            last = now;
            ++ticks;
        });
        // The user clicks Post on one tweet after another, each click in its own turn of the event loop.
        int next = 0;
        QTimer clicker;
        clicker.setInterval(5);
        connect(&clicker, &QTimer::timeout, this, [&] {
            if (next >= ids.size()) {
                clicker.stop();
                return;
            }
            QVERIFY(m_window->selectTweet(ids.at(next++)));
            QTest::mouseClick(button("postButton"), Qt::LeftButton);
        });
        last = clock.elapsed();
        probe.start();
        clicker.start();

        QTRY_COMPARE_WITH_TIMEOUT(next, posts, 10000);
        // Every click was answered at once on screen while the engine could not claim anything: the
        // other process still held the lock (the clicks take about half a second of its two).
        if (clock.elapsed() < 1500) {
            QCOMPARE(m_started, 0);
            QVERIFY(m_window->isAwaitingAnswer(ids.first()));
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_answers, posts, 90000);
        QTRY_COMPARE_WITH_TIMEOUT(int(locker.state()), int(QProcess::NotRunning), 10000);
        probe.stop();
        QCOMPARE(locker.exitCode(), 0);
        qInfo("GUI timer lateness: worst %lld ms over %d ticks in %lld ms", worst, ticks, clock.elapsed());
        // What this looks for is a wait on the write lock, which would last the locker's 2 s. A loaded
        // 2-core machine (the sanitizer legs) delays single ticks by 100-150 ms without any wait; the
        // lateness figures themselves are bench_posting's to measure, not a test's.
        QVERIFY2(worst <= 1000, qPrintable(QStringLiteral("the GUI thread was %1 ms late").arg(worst)));
        QCOMPARE(m_fixture->server.createRequestCount(), posts);
        QTRY_VERIFY(!m_window->isAwaitingAnswer(ids.last()));
        for (const qint64 id : std::as_const(ids)) {
            QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
        }
    }

    void liveRefreshFromAnotherProcess()
    {
        const qint64 id = openOn(m_fixture->addTweet(QStringLiteral("Watch me change")));
        QTableView *tweets = m_window->findChild<QTableView *>(QStringLiteral("tweetView"));
        QTableView *episodes = m_window->findChild<QTableView *>(QStringLiteral("episodeView"));
        QProcess writer;
        writer.setProgram(QCoreApplication::applicationFilePath());
        writer.setArguments({QStringLiteral("--write-elsewhere"), m_fixture->dbPath,
                             QString::number(m_fixture->episodeId), QString::number(id)});
        writer.start();
        QTRY_COMPARE_WITH_TIMEOUT(int(writer.state()), int(QProcess::NotRunning), 20000);
        QCOMPARE(writer.exitCode(), 0);
        QElapsedTimer since;
        since.start();
        QTRY_COMPARE_WITH_TIMEOUT(
            episodes->currentIndex().siblingAtColumn(EpisodeTableModel::TitleColumn).data().toString(),
            QStringLiteral("Renamed in another process"), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(
            tweets->currentIndex().siblingAtColumn(TweetTableModel::StatusColumn).data().toString(),
            QStringLiteral("Posted"), 2000);
        QVERIFY(since.elapsed() < 2000);
        QCOMPARE(m_window->currentTweetId(), id); // the selection survived
        QVERIFY(!button("postButton")->isEnabled());
    }

private:
    PostingService *service() const { return m_service->service(); }

    void startService(std::chrono::milliseconds requestTimeout)
    {
        m_counter.reset();
        m_service.reset();
        m_service = std::make_unique<UiServiceThread>(m_fixture->options(requestTimeout));
        QVERIFY(m_service->start());
        m_answers = 0;
        m_started = 0;
        m_counter = std::make_unique<QObject>();
        // Queued to this thread, like the window's own connections.
        connect(service(), &PostingService::postFinished, m_counter.get(), [this] { ++m_answers; });
        connect(service(), &PostingService::postStarted, m_counter.get(), [this] { ++m_started; });
    }

    // Opens the window on the fixture's episode with this tweet current; returns the tweet's id.
    qint64 openOn(qint64 tweetId)
    {
        if (!m_window) {
            m_window = std::make_unique<MainWindow>(m_fixture->db.connection());
            m_window->setPostingService(service());
            m_window->show();
            if (!QTest::qWaitForWindowExposed(m_window.get())) {
                qWarning("window not exposed");
            }
        }
        m_window->reload();
        if (!m_window->selectEpisode(m_fixture->episodeId) || !m_window->selectTweet(tweetId)) {
            qWarning("tweet %lld not shown", tweetId);
        }
        return tweetId;
    }

    // Waits for the answer, lets every request the window might have queued reach the worker, and
    // checks that exactly one post went out and the tweet is posted.
    void expectOneRequest(qint64 id, int timeoutMs = 10000)
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(id).status, TweetStatus::Posted, timeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isAwaitingAnswer(id), timeoutMs);
        drainWorker();
        QCOMPARE(m_started, 1);
        QCOMPARE(m_answers, 1);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        QCOMPARE(m_fixture->server.storedPostCount(), 1);
        QVERIFY(!button("postButton")->isEnabled());
        QCOMPARE(shownStatus(id), DisplayStatus::Posted);
    }

    // The worker handles queued calls in order: once a verify queued now has answered, every post()
    // queued before it has been claimed (or refused) and counted.
    void drainWorker()
    {
        bool drained = false;
        QObject context;
        connect(service(), &PostingService::verifyFinished, &context,
                [&drained](const PostOutcome &outcome) { drained = drained || outcome.configId == -1; });
        service()->verify(-1);
        QTRY_VERIFY_WITH_TIMEOUT(drained, 10000);
    }

    std::optional<DisplayStatus> shownStatus(qint64 id) const
    {
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("tweetView"));
        auto *delegate =
            qobject_cast<StatusBadgeDelegate *>(view->itemDelegateForColumn(TweetTableModel::StatusColumn));
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, TweetTableModel::StatusColumn);
            if (index.data(IdRole).toLongLong() == id) {
                return delegate->shownStatus(index);
            }
        }
        return std::nullopt;
    }

    QPushButton *button(const char *name) const { return m_window->findChild<QPushButton *>(QLatin1String(name)); }
    QLabel *label(const char *name) const { return m_window->findChild<QLabel *>(QLatin1String(name)); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

    // The entry of the window's menus with this objectName, found through the menu bar as a user would.
    QAction *menuAction(const QString &name) const
    {
        for (QAction *top : m_window->menuBar()->actions()) {
            if (QMenu *menu = top->menu()) {
                for (QAction *entry : menu->actions()) {
                    if (entry->objectName() == name) {
                        return entry;
                    }
                }
            }
        }
        return nullptr;
    }

    UrlCatcher m_urls;
    std::unique_ptr<UiPostingFixture> m_fixture;
    std::unique_ptr<UiServiceThread> m_service;
    std::unique_ptr<QObject> m_counter;
    std::unique_ptr<MainWindow> m_window;
    int m_answers = 0;
    int m_started = 0;
};

int main(int argc, char *argv[])
{
    if (argc == 4 && QByteArray(argv[1]) == "--hold-write-lock") {
        QCoreApplication app(argc, argv);
        return holdWriteLock(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
    }
    if (argc == 5 && QByteArray(argv[1]) == "--write-elsewhere") {
        QCoreApplication app(argc, argv);
        return writeElsewhere(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong(),
                              QByteArray(argv[4]).toLongLong());
    }
    QApplication app(argc, argv);
    PostNowTest test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_postnow.moc"
