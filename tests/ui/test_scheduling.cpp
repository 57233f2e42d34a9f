// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The main window wired to a real Scheduler and PostingService on their own thread (as the application
// runs them), posting to the local X server, all on one injected clock: scheduled tweets go out and show
// it, the button racing the scheduler sends one request, missed tweets offer Post Now and Reschedule,
// X's limits and usage cap are told in words, the grace period is shared through the database, and the
// scheduler's reports reach the status bar (the offscreen platform has no system tray). Every count is
// of what reached the server.

#include "accountsdialog.h"
#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "posting/postingstore.h"
#include "preferencesdialog.h"
#include "rescheduledialog.h"
#include "schedulenotifier.h"
#include "statusbadgedelegate.h"
#include "statusbar.h"
#include "store/settingsstore.h"
#include "uipostingfixture.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;
using Fault = LocalXServer::FaultKind;

namespace {

// Nine on a Tuesday morning in local time (so "Tue" and "Wed" hold in every time zone), the same for
// every part of a test.
const QDateTime start = QDateTime(QDate(2026, 12, 1), QTime(9, 0)).toUTC();

} // namespace

class SchedulingTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EpisodeDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_scheduling"));
    }

    void init()
    {
        QSettings().clear();
        // These tests look at requests, not at the question before each post.
        QSettings().setValue(QStringLiteral("Posting/confirmBeforePosting"), false);
        MessageBox::clearAnswers();
        m_clock = std::make_unique<UiTestClock>(start);
        m_fixture = std::make_unique<UiPostingFixture>();
        m_fixture->server.setClock(m_clock->function());
        QVERIFY(m_fixture->setUp());
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
        m_thread.reset();
        m_fixture.reset();
        m_clock.reset();
    }

    void dueTweetGoesFromScheduledToPosted()
    {
        const qint64 id = scheduled(QStringLiteral("Episode {number} is out: {title}"), 10 * 60);
        openAndStart(id);
        QCOMPARE(shownStatus(id), DisplayStatus::Scheduled);
        QTRY_COMPARE(label("nextWakeLabel")->text(),
                     QStringLiteral("Next scheduled post: %1")
                         .arg(PostingNotes::dayAndTime(start.addSecs(10 * 60), m_clock->now())));
        QVERIFY(label("nextWakeLabel")->isVisibleTo(m_window.get()));
        QVERIFY(label("nextWakeLabel")->text().contains(QStringLiteral("Tue")));

        m_clock->advance(9 * 60 + 59); // a second early: nothing
        check();
        QCOMPARE(m_fixture->server.createRequestCount(), 0);

        m_clock->advance(1);
        check();
        QTRY_COMPARE_WITH_TIMEOUT(shownStatus(id), DisplayStatus::Posted, 10000);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        QCOMPARE(m_fixture->server.posts().first().sentText, QStringLiteral("Episode 7 is out: Seven"));
        // The notification, in the status bar where there is no tray.
        QTRY_COMPARE(m_window->statusBar()->currentMessage(),
                     QStringLiteral("Scheduled tweet posted: On Practice, to the local Sandbox server only (not "
                                    "X): \u201cEpisode 7 is out: Seven\u201d"));
        QVERIFY(m_window->noteFor(id).plainText().startsWith(QStringLiteral("Posted")));
        // Nothing else is planned: the status bar says nothing about it.
        QTRY_VERIFY(!label("nextWakeLabel")->isVisibleTo(m_window.get()));
        check();
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    // The scheduler and the Post button go for the same due tweet at the same moment, in both orders.
    // Which claim wins depends on the two threads; X sees one request either way.
    void buttonAndSchedulerRacePostOnce()
    {
        openAndStart(0);
        // Whoever loses is refused by the claim. The window hears that refusal first (its connection to
        // the engine was made before this one) and must not blame "another window": the other party is
        // this window's own scheduler, or its own button.
        QObject watcher;
        QStringList notesAtRefusal;
        connect(m_thread->service(), &PostingService::postFinished, &watcher,
                [this, &notesAtRefusal](const PostOutcome &outcome) {
                    if (outcome.refusal == ClaimRefusal::AlreadyPosting) {
                        notesAtRefusal.append(m_window->noteFor(outcome.configId).text);
                    }
                });
        constexpr int rounds = 6;
        for (int round = 0; round < rounds; ++round) {
            // Due in a minute, so the scheduler leaves it alone until the clock gets there.
            const qint64 id = scheduled(QStringLiteral("Race %1").arg(round), 60);
            m_window->reload();
            QVERIFY(m_window->selectEpisode(m_fixture->episodeId));
            QVERIFY(m_window->selectTweet(id));
            QPushButton *post = button("postButton");
            QVERIFY(post->isEnabled());
            const int before = m_fixture->server.createRequestCount();
            // X takes a moment to answer, so the loser's claim always meets the winner's post in flight.
            m_fixture->server.injectFault({Fault::Delay, 1, 300, {}, LocalXServer::Endpoint::CreateTweet});
            m_clock->advance(60);
            // click() rather than a simulated mouse click, which would let events run in between.
            if (round % 2 == 0) {
                post->click();
                scheduler()->checkNow();
            } else {
                scheduler()->checkNow();
                post->click();
            }
            QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(id).status, TweetStatus::Posted, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(!m_window->isAwaitingAnswer(id), 10000);
            drainWorker();
            check(); // and the scheduler has looked once more since
            QCOMPARE(m_fixture->server.createRequestCount(), before + 1);
            QTRY_COMPARE(shownStatus(id), DisplayStatus::Posted);
        }
        QCOMPARE(m_fixture->server.storedPostCount(), rounds);
        // The scheduler did get there in time in some rounds (it always does when asked first).
        QVERIFY(!notesAtRefusal.isEmpty());
        for (const QString &note : std::as_const(notesAtRefusal)) {
            QCOMPARE(note, QStringLiteral("Being posted now"));
        }
    }

    void missedTweetOffersPostNowAndReschedule()
    {
        const qint64 later = scheduled(QStringLiteral("Missed by two hours"), -2 * 3600);
        const qint64 earlier = scheduled(QStringLiteral("Missed by three hours"), -3 * 3600);
        openAndStart(later);
        QCOMPARE(shownStatus(later), DisplayStatus::Missed);
        QCOMPARE(shownStatus(earlier), DisplayStatus::Missed);
        QVERIFY(m_window->noteFor(later).text.startsWith(QStringLiteral("Missed its time")));
        // Both ways out, in the pane, the Tweet menu and the context menu, with shortcuts.
        QVERIFY(button("rescheduleButton")->isVisibleTo(m_window.get()));
        QVERIFY(button("rescheduleButton")->isEnabled());
        QVERIFY(button("postButton")->isEnabled());
        QAction *reschedule = action("rescheduleAction");
        QVERIFY(reschedule->isEnabled());
        QCOMPARE(reschedule->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
        QCOMPARE(action("postAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
        QVERIFY(tweetMenuHas(QStringLiteral("rescheduleAction")));
        QVERIFY(tweetMenuHas(QStringLiteral("postAction")));
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("tweetView"));
        QVERIFY(view->actions().contains(reschedule));
        QVERIFY(view->actions().contains(action("postAction")));
        // Nothing went out late by itself, and the two misses were told as one notification.
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(
            QStringLiteral("2 scheduled tweets missed: \u201cMissed by three hours\u201d and \u201cMissed by two "
                           "hours\u201d were not posted late.")));
        // Shown in the window's own bar, which ends a notice too long for it with "…".
        const auto *bar = qobject_cast<StatusBar *>(m_window->statusBar());
        QVERIFY(bar);
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(bar->shownMessage().remove(QChar(0x2026))));
        // A click on it opens the earliest.
        m_window->scheduleNotifier()->messageClicked();
        QCOMPARE(m_window->currentTweetId(), earlier);

        // Post Now on the earlier one: one request.
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(earlier).status, TweetStatus::Posted, 10000);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);

        // Reschedule the other to five past nine: the scheduler posts it then, not before.
        QVERIFY(m_window->selectTweet(later));
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        RescheduleDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<RescheduleDialog *>(QApplication::activeModalWidget())) != nullptr);
        auto *edit = dialog->findChild<QDateTimeEdit *>(QStringLiteral("rescheduleEdit"));
        // The one field to change has the focus.
        QVERIFY(dialog->focusWidget() == edit || edit->isAncestorOf(dialog->focusWidget()));
        QPushButton *ok =
            dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        edit->setDateTime(start.addSecs(-60).toLocalTime()); // the past: refused
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("rescheduleHint"))->text(),
                 QStringLiteral("Pick a time in the future."));
        const QDateTime newTime = start.addSecs(5 * 60);
        edit->setDateTime(newTime.toLocalTime());
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(m_fixture->tweet(later).scheduledAt, newTime);
        QCOMPARE(shownStatus(later), DisplayStatus::Scheduled);
        QVERIFY(!button("rescheduleButton")->isVisibleTo(m_window.get()));
        QTRY_COMPARE(label("nextWakeLabel")->text(),
                     QStringLiteral("Next scheduled post: %1").arg(PostingNotes::dayAndTime(newTime, start)));

        m_clock->advance(4 * 60);
        check();
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        m_clock->advance(60);
        check();
        QTRY_COMPARE_WITH_TIMEOUT(shownStatus(later), DisplayStatus::Posted, 10000);
        QCOMPARE(m_fixture->server.createRequestCount(), 2);
        QCOMPARE(m_fixture->server.posts().last().sentText, QStringLiteral("Missed by two hours"));
    }

    // A due tweet whose episode title was edited past the limit: the window shows it held, says why, does
    // not offer Post Now, and tells the scheduler's report once; nothing reaches X.
    void heldTweetIsShownAndToldOnce()
    {
        const qint64 id = scheduled(QStringLiteral("New: {title} {url}"), 0);
        Episode episode = EpisodeStore(m_fixture->db.connection()).find(m_fixture->episodeId).value_or(Episode {});
        episode.title = QString(290, QLatin1Char('t'));
        QVERIFY(EpisodeStore(m_fixture->db.connection()).update(episode));
        openAndStart(id);
        QCOMPARE(shownStatus(id), DisplayStatus::Held);
        const PostingNote note = m_window->noteFor(id);
        QVERIFY2(note.text.startsWith(QStringLiteral("Held")), qPrintable(note.text));
        QVERIFY2(note.detail.contains(QStringLiteral("after filling in {title} (X allows 280)")),
                 qPrintable(note.detail));
        QVERIFY(!button("postButton")->isEnabled());
        QCOMPARE(button("postButton")->toolTip(), note.detail);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Scheduled tweet held: ")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("after filling in {title}")));
        QSignalSpy notified(m_window->scheduleNotifier(), &ScheduleNotifier::notificationReady);
        check();
        check();
        drainWorker();
        QCOMPARE(notified.count(), 0); // told once
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Pending);
    }

    void waitingForXsLimitSaysUntilWhen()
    {
        const QDateTime reset = start.addSecs(3 * 3600);
        AccountLimits limits;
        limits.dayLimit = 17;
        limits.dayRemaining = 0;
        limits.dayReset = reset;
        QVERIFY(store().saveLimits(m_fixture->sandboxAccountId, limits));
        const qint64 id = scheduled(QStringLiteral("Release day"), 0);
        openAndStart(id);
        const QString expected = QStringLiteral("Waiting for X's limit \u2014 resumes %1")
                                     .arg(PostingNotes::clockTime(reset, m_clock->now()));
        QTRY_COMPARE(m_window->noteFor(id).text, expected);
        QTRY_VERIFY(label("tweetNote")->accessibleName().startsWith(expected));
        QCOMPARE(shownStatus(id), DisplayStatus::Scheduled);
        QVERIFY(label("accountLimitsLabel")->text().contains(QStringLiteral("0 posts left until")));
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
        // It goes out at the reset, three hours past its time, without anyone asking.
        m_clock->advance(3 * 3600);
        check();
        QTRY_COMPARE_WITH_TIMEOUT(shownStatus(id), DisplayStatus::Posted, 10000);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    void usageCapStopsUntilResumed()
    {
        m_fixture->server.injectFault({Fault::UsageCapped, 1, 0, {}, LocalXServer::Endpoint::CreateTweet});
        const qint64 first = scheduled(QStringLiteral("Hits the cap"), 0);
        const qint64 second = scheduled(QStringLiteral("Queued behind the cap"), 60);
        openAndStart(second);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(first).status, TweetStatus::Failed, 10000);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Posting stopped on Practice")));
        m_clock->advance(60);
        check();
        // The window says so for every tweet of the account, and offers the way out.
        QTRY_VERIFY(m_window->noteFor(second).plainText().startsWith(
            QStringLiteral("Posting stopped on this account: X's usage cap is reached \u2014 Resume posting")));
        QCOMPARE(m_window->noteFor(second).link, PostingNote::Link::ResumePosting);
        QVERIFY(!button("postButton")->isEnabled());
        QVERIFY(action("resumePostingAction")->isEnabled());
        QCOMPARE(label("accountLimitsLabel")->text(),
                 QStringLiteral("Practice: Posting stopped: X's usage cap is reached"));
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        QCOMPARE(m_fixture->tweet(second).status, TweetStatus::Pending);

        // The Accounts dialog shows it too, and resumes it (the user raised the cap on X).
        action("accountsAction")->trigger();
        AccountsDialog *accounts = nullptr;
        QTRY_VERIFY((accounts = qobject_cast<AccountsDialog *>(QApplication::activeModalWidget())) != nullptr);
        selectAccount(accounts, QStringLiteral("Practice"));
        QVERIFY(accounts->findChild<QLabel *>(QStringLiteral("accountLimitsLabel"))
                    ->text()
                    .contains(QStringLiteral("usage cap is reached")));
        QPushButton *resume = accounts->findChild<QPushButton *>(QStringLiteral("resumePostingButton"));
        QVERIFY(resume->isVisibleTo(accounts));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        resume->click();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Did you raise the usage cap on X")));
        QVERIFY(!store().limits(m_fixture->sandboxAccountId)->usageCapped);
        QTRY_VERIFY(!resume->isVisibleTo(accounts));
        accounts->close();

        // The scheduler was nudged: the queued tweet goes out; the one X refused stays failed for a retry.
        QTRY_COMPARE_WITH_TIMEOUT(shownStatus(second), DisplayStatus::Posted, 10000);
        QCOMPARE(m_fixture->tweet(first).status, TweetStatus::Failed);
        QCOMPARE(m_fixture->server.createRequestCount(), 2);
        QVERIFY(!action("resumePostingAction")->isEnabled());
        QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Scheduled tweet posted")));
    }

    void accountLimitsAreShownBeforeReleaseDay()
    {
        AccountLimits limits;
        limits.windowLimit = 50;
        limits.windowRemaining = 49;
        limits.windowReset = start.addSecs(5 * 60);
        limits.dayLimit = 17;
        limits.dayRemaining = 1;
        limits.dayReset = start.addDays(1);
        QVERIFY(store().saveLimits(m_fixture->sandboxAccountId, limits));
        const qint64 sandboxTweet = scheduled(QStringLiteral("Tomorrow"), 24 * 3600);
        const qint64 xTweet = scheduled(QStringLiteral("On the real account"), 24 * 3600, m_fixture->xAccountId);
        openAndStart(sandboxTweet);
        const QDateTime now = m_clock->now();
        const QString sandboxText =
            QStringLiteral("49 posts left until %1 (15-minute window) \u00b7 1 post left until "
                           "%2 (24 hours) \u2014 as of %3")
                .arg(PostingNotes::clockTime(limits.windowReset, now), PostingNotes::dayAndTime(limits.dayReset, now),
                     PostingNotes::clockTime(now, now));
        QCOMPARE(label("accountLimitsLabel")->text(), QStringLiteral("Practice: ") + sandboxText);
        QVERIFY(PostingNotes::dayAndTime(limits.dayReset, now).startsWith(QStringLiteral("Wed ")));
        QVERIFY(m_window->selectTweet(xTweet));
        QCOMPARE(label("accountLimitsLabel")->text(),
                 QStringLiteral("Real show: Posts left: unknown until the first post (X tells with each answer)"));

        // The Accounts dialog says the same for the account selected there.
        action("accountsAction")->trigger();
        AccountsDialog *accounts = nullptr;
        QTRY_VERIFY((accounts = qobject_cast<AccountsDialog *>(QApplication::activeModalWidget())) != nullptr);
        selectAccount(accounts, QStringLiteral("Practice"));
        QVERIFY(accounts->findChild<QLabel *>(QStringLiteral("accountLimitsLabel"))->text().endsWith(sandboxText));
        QVERIFY(!accounts->findChild<QPushButton *>(QStringLiteral("resumePostingButton"))->isVisibleTo(accounts));
        accounts->close();

        // After a real post X's own headers take over, with the time they came.
        m_clock->advance(10 * 60);
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(xTweet).status, TweetStatus::Posted, 10000);
        QTRY_VERIFY(label("accountLimitsLabel")->text().startsWith(QStringLiteral("Real show: ")));
        QTRY_VERIFY2(
            label("accountLimitsLabel")
                ->text()
                .endsWith(
                    QStringLiteral("\u2014 as of %1").arg(PostingNotes::clockTime(m_clock->now(), m_clock->now()))),
            qPrintable(label("accountLimitsLabel")->text()));
        QVERIFY(label("accountLimitsLabel")->text().contains(QStringLiteral("posts left until")));
    }

    // Edit → Preferences writes the grace period to the database, where the window's Missed and the
    // scheduler's rule both read it.
    void gracePeriodRoundTripsThroughTheDatabase()
    {
        const qint64 id = scheduled(QStringLiteral("Forty minutes late"), -40 * 60);
        openAndStart(id);
        QCOMPARE(shownStatus(id), DisplayStatus::Missed);
        QCOMPARE(SettingsStore(m_fixture->db.connection()).graceSeconds(), SettingsStore::DefaultGraceSeconds);

        action("preferencesAction")->trigger();
        PreferencesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget())) != nullptr);
        auto *grace = dialog->findChild<QSpinBox *>(QStringLiteral("graceSpin"));
        auto *ask = dialog->findChild<QCheckBox *>(QStringLiteral("askBeforePostingCheck"));
        QCOMPARE(grace->value(), 30);
        QVERIFY(!ask->isChecked()); // init() turned it off
        grace->setValue(45);
        ask->setChecked(true);
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!QApplication::activeModalWidget());

        QCOMPARE(SettingsStore(m_fixture->db.connection()).graceSeconds(), 45 * 60);
        QVERIFY(m_window->confirmBeforePosting());
        QVERIFY(action("confirmBeforePostingAction")->isChecked());
        // Forty minutes late is within forty-five: no longer missed, and the scheduler (nudged) posts it.
        QTRY_COMPARE_WITH_TIMEOUT(shownStatus(id), DisplayStatus::Posted, 10000);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);

        // Opened again, it shows what the database holds.
        action("preferencesAction")->trigger();
        QTRY_VERIFY((dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget())) != nullptr);
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("graceSpin"))->value(), 45);
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("askBeforePostingCheck"))->isChecked());
        dialog->reject();
    }

private:
    Scheduler *scheduler() const { return m_thread->scheduler(); }

    PostingStore store() const
    {
        return PostingStore(m_fixture->db.connection(), Claimant::current(), m_clock->function(), 1000);
    }

    qint64 scheduled(const QString &text, qint64 offsetSecs, qint64 accountId = 0)
    {
        TweetConfig config;
        config.episodeId = m_fixture->episodeId;
        config.accountId = accountId ? accountId : m_fixture->sandboxAccountId;
        config.text = text;
        config.scheduledAt = m_clock->now().addSecs(offsetSecs);
        config.scheduledZone = QStringLiteral("Europe/Berlin");
        return TweetStore(m_fixture->db.connection()).add(config).value_or(0);
    }

    // Opens the window on the fixture's episode (with this tweet current, if any), wired to a scheduler
    // that starts only then, so the window hears its first check.
    void openAndStart(qint64 tweetId)
    {
        auto options = m_fixture->options();
        options.clock = m_clock->function();
        Scheduler::Options schedulerOptions;
        schedulerOptions.databasePath = m_fixture->dbPath;
        schedulerOptions.clock = m_clock->function();
        schedulerOptions.clockCheckInterval = std::chrono::milliseconds(50);
        schedulerOptions.changePollMs = 20;
        m_thread = std::make_unique<UiSchedulingThread>(options, schedulerOptions);
        m_counter = std::make_unique<QObject>();
        m_checks = 0;
        // Queued to this thread: a check has run once its plan arrives.
        connect(scheduler(), &Scheduler::nextWakeChanged, m_counter.get(), [this] { ++m_checks; });

        m_window = std::make_unique<MainWindow>(m_fixture->db.connection());
        m_window->setClock(m_clock->function());
        m_window->setPostingService(m_thread->service());
        m_window->setScheduler(scheduler());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow(); // window shortcuts (Ctrl+P, Ctrl+Shift+R) need the active window
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_thread->start());
        QTRY_VERIFY(m_checks > 0);
        m_window->reload();
        QVERIFY(m_window->selectEpisode(m_fixture->episodeId));
        if (tweetId != 0) {
            QVERIFY(m_window->selectTweet(tweetId));
        }
    }

    // Runs one check of the scheduler and waits until it has happened.
    void check()
    {
        const int before = m_checks;
        scheduler()->checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_checks > before, 5000);
    }

    // The worker handles queued calls in order: once a verify queued now has answered, every post()
    // queued before it has been claimed (or refused).
    void drainWorker()
    {
        bool drained = false;
        QObject context;
        connect(m_thread->service(), &PostingService::verifyFinished, &context,
                [&drained](const PostOutcome &outcome) { drained = drained || outcome.configId == -1; });
        m_thread->service()->verify(-1);
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

    bool tweetMenuHas(const QString &name) const
    {
        for (QAction *top : m_window->menuBar()->actions()) {
            if (top->menu() && top->text().remove(QLatin1Char('&')) == QLatin1String("Tweet")) {
                for (QAction *entry : top->menu()->actions()) {
                    if (entry->objectName() == name) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static void selectAccount(AccountsDialog *dialog, const QString &name)
    {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("accountList"));
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().startsWith(name)) {
                list->setCurrentRow(row);
                return;
            }
        }
        QFAIL("no such account in the dialog");
    }

    QPushButton *button(const char *name) const { return m_window->findChild<QPushButton *>(QLatin1String(name)); }
    QLabel *label(const char *name) const { return m_window->findChild<QLabel *>(QLatin1String(name)); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

    std::unique_ptr<UiTestClock> m_clock;
    std::unique_ptr<UiPostingFixture> m_fixture;
    std::unique_ptr<UiSchedulingThread> m_thread;
    std::unique_ptr<QObject> m_counter;
    std::unique_ptr<MainWindow> m_window;
    int m_checks = 0;
};

QTEST_MAIN(SchedulingTest)
#include "test_scheduling.moc"
