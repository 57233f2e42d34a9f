// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The README's screenshots, made reproducibly from real states: every tweet below got its status from a
// real post to the local X server (with the server's faults for the failed, unknown and posting ones),
// not from a hand-written row. Each test checks what its picture must show; with
// EPISODEDESK_SCREENSHOT_DIR set it also writes the picture there:
//
//     EPISODEDESK_SCREENSHOT_DIR=docs/screenshots build/dev/tests/ui/test_screenshots
//
// (offscreen by default; under Xvfb with QT_QPA_PLATFORM=xcb for a real window system).

#include "historydialog.h"
#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "postingnotes.h"
#include "statusbadgedelegate.h"
#include "tweetdialog.h"
#include "uipostingfixture.h"
#include "uitestutil.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTextEdit>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

class ScreenshotsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EpisodeDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_screenshots"));
        QApplication::setApplicationDisplayName(QStringLiteral("EpisodeDesk"));
        QSettings().clear();
        QSettings().setValue(QStringLiteral("Posting/confirmBeforePosting"), false);
        m_outputDir = qEnvironmentVariable("EPISODEDESK_SCREENSHOT_DIR");
        if (!m_outputDir.isEmpty()) {
            QVERIFY(QDir().mkpath(m_outputDir));
        }

        m_fixture = std::make_unique<UiPostingFixture>();
        QVERIFY(m_fixture->setUp());
        // A paid tier's allowance, so the tweet pane's header shows numbers a podcaster would see.
        m_fixture->server.setRateLimit(50, 100);
        // Long enough that the "posting" tweet (the server never answers it) stays posting throughout.
        // The scheduler beside it, on the real clock, finds the missed tweet and plans tomorrow's.
        Scheduler::Options schedulerOptions;
        schedulerOptions.databasePath = m_fixture->dbPath;
        m_service = std::make_unique<UiSchedulingThread>(m_fixture->options(std::chrono::minutes(5)), schedulerOptions);
        QVERIFY(m_service->start());
        seedEpisodes();

        m_window = std::make_unique<MainWindow>(m_fixture->db.connection());
        m_window->setPostingService(m_service->service());
        m_window->setScheduler(m_service->scheduler());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->selectEpisode(m_fixture->episodeId));

        const qint64 x = m_fixture->xAccountId;
        LocalXServer &server = m_fixture->server;
        // Posted, after a failed first attempt and an unknown second one that Verify settled.
        m_posted = m_fixture->addTweet(QStringLiteral("Episode {number} is out: {title} \u2014 how we turned a spare "
                                                      "room into a studio for under $300. {url}"),
                                       x);
        server.injectFault({LocalXServer::FaultKind::Unauthorized});
        post(m_posted, TweetStatus::Failed);
        server.injectFault({LocalXServer::FaultKind::ServerErrorAfterCreate});
        post(m_posted, TweetStatus::Unknown);
        QTRY_VERIFY(!m_window->isAwaitingAnswer(m_posted)); // the window has shown the answer
        m_window->verifyTweet(m_posted);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(m_posted).status, TweetStatus::Posted, 10000);

        m_scheduled = addTweet(QStringLiteral("Tomorrow on the show: the microphone shoot-out, six mics under "
                                              "$100. {url}"),
                               x, QDateTime::currentDateTimeUtc().addDays(1));
        m_failed = m_fixture->addTweet(QStringLiteral("Behind the scenes of {title}: the acoustic panels, the "
                                                      "desk, the cables. Photos inside {url}"),
                                       x);
        server.injectFault({LocalXServer::FaultKind::Unauthorized});
        post(m_failed, TweetStatus::Failed);
        m_unknown = m_fixture->addTweet(QStringLiteral("Listener question of the week: is a pop filter worth it? "
                                                       "Our answer in {title} {url}"),
                                        x);
        server.injectFault({LocalXServer::FaultKind::ServerErrorAfterCreate});
        post(m_unknown, TweetStatus::Unknown);
        m_missed = addTweet(QStringLiteral("Last call: join the live recording tonight! {url}"), x,
                            QDateTime::currentDateTimeUtc().addSecs(-3 * 3600));
        m_disabled = m_fixture->addTweet(QStringLiteral("Draft: thank-you note to our guest, not ready yet"), x);
        QVERIFY(TweetStore(m_fixture->db.connection()).setEnabled(m_disabled, false));
        m_pending = m_fixture->addTweet(QStringLiteral("Practice run of the announcement: {title} {url}"));
        // Fits as typed, not once {title} is filled in: the scheduler holds it instead of sending it.
        m_held = addTweet(QStringLiteral("Next week, the full story of {title}: the budget, the mistakes, the room "
                                         "treatment that worked and the one that did not, the gear we returned, "
                                         "the cables we still regret and the listener tips that saved us. Grab a "
                                         "coffee, it's a long one. {url}"),
                          x, QDateTime::currentDateTimeUtc().addDays(7));
        m_posting = m_fixture->addTweet(QStringLiteral("Replay: the best of season one, in one hour. {url}"), x);
        server.injectFault({LocalXServer::FaultKind::Hang});
        m_window->reload();
        QVERIFY(m_window->selectTweet(m_posting));
        button("postButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(m_posting).status, TweetStatus::Posting, 10000);
        m_window->reload();
    }

    void cleanupTestCase()
    {
        while (QWidget *modal = QApplication::activeModalWidget()) {
            modal->close();
            delete modal;
        }
        m_window.reset();
        m_service.reset(); // aborts the hanging request; its row stays "posting" in a throw-away database
        m_fixture.reset();
    }

    void mainWindowWithMixedStatuses()
    {
        QVERIFY(m_window->selectEpisode(m_fixture->episodeId));
        QVERIFY(m_window->selectTweet(m_failed));
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("tweetView"));
        const QHash<qint64, QString> expected = {
            {m_posted, QStringLiteral("Posted")},
            {m_scheduled, QStringLiteral("Scheduled")},
            {m_failed, QStringLiteral("Failed")},
            {m_unknown, QStringLiteral("Unknown")},
            {m_posting, QStringLiteral("Posting\u2026")},
            {m_disabled, QStringLiteral("Disabled")},
            {m_missed, QStringLiteral("Missed")},
            {m_pending, QStringLiteral("Pending")},
            {m_held, QStringLiteral("Held")},
        };
        QCOMPARE(view->model()->rowCount(), int(expected.size()));
        auto *delegate =
            qobject_cast<StatusBadgeDelegate *>(view->itemDelegateForColumn(TweetTableModel::StatusColumn));
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, TweetTableModel::StatusColumn);
            const qint64 id = index.data(IdRole).toLongLong();
            QCOMPARE(index.data().toString(), expected.value(id));
            const auto shown = delegate->shownStatus(index);
            QVERIFY(shown);
            QCOMPARE(TweetTableModel::statusLabel(*shown), expected.value(id));
        }
        // The failed tweet is selected: its reason is next to the Retry button.
        QCOMPARE(button("postButton")->text(), QStringLiteral("Retry"));
        QVERIFY(button("postButton")->isEnabled());
        QVERIFY(label("tweetNote")->accessibleName().startsWith(QStringLiteral("Not posted: ")));
        // Above the list, what X last said about the account's posts; below, when the next one goes out.
        const QString limits = label("accountLimitsLabel")->text();
        QVERIFY2(limits.startsWith(QStringLiteral("Real show: ")) &&
                     limits.contains(QStringLiteral("posts left until")) && limits.contains(QStringLiteral("as of")),
                 qPrintable(limits));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTRY_COMPARE(label("nextWakeLabel")->text(),
                     QStringLiteral("Next scheduled post: %1")
                         .arg(PostingNotes::dayAndTime(m_fixture->tweet(m_scheduled).scheduledAt, now)));
        // The scheduler told the missed tweet (no tray here: in the status bar); the picture shows the
        // window at rest, without that passing message.
        QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Scheduled tweet missed")));
        m_window->statusBar()->clearMessage();
        // Let the spinner turn once, so the picture shows it mid-turn.
        const int phase = delegate->spinnerPhase();
        QTRY_VERIFY(delegate->spinnerPhase() != phase);
        save(m_window->grab(), QStringLiteral("mainwindow.png"), m_window->size());
    }

    void missedTweetOffersPostNowAndReschedule()
    {
        QVERIFY(m_window->selectEpisode(m_fixture->episodeId));
        QVERIFY(m_window->selectTweet(m_missed));
        QVERIFY(label("tweetNote")->accessibleName().startsWith(QStringLiteral("Missed its time")));
        QVERIFY(button("rescheduleButton")->isVisible());
        QVERIFY(button("rescheduleButton")->isEnabled());
        QCOMPARE(button("postButton")->text(), QStringLiteral("Post Now"));
        QVERIFY(button("postButton")->isEnabled());
        QCOMPARE(m_fixture->tweet(m_missed).status, TweetStatus::Pending); // not posted late by itself
        m_window->statusBar()->clearMessage();
        save(m_window->grab(), QStringLiteral("missed.png"), m_window->size());
        QVERIFY(m_window->selectTweet(m_failed)); // as the other pictures expect
    }

    void editorWithCounterAndPreview()
    {
        QVERIFY(m_window->selectEpisode(m_fixture->episodeId));
        m_window->findChild<QAction *>(QStringLiteral("newTweetAction"))->trigger();
        TweetDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = qobject_cast<TweetDialog *>(QApplication::activeModalWidget())) != nullptr);
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
        text->setPlainText(QStringLiteral("New episode {number}: {title}! We built a studio in a spare room for "
                                          "under $300 \u2014 acoustic panels, a \u2605 mic shoot-out and "
                                          "what we'd do differently. Listen: {url}"));
        text->moveCursor(QTextCursor::End);
        const QString preview = dialog->findChild<QTextEdit *>(QStringLiteral("previewView"))->toPlainText();
        QVERIFY(preview.startsWith(QStringLiteral("New episode 7: Building a studio for under $300! We built")));
        QVERIFY(preview.endsWith(QStringLiteral("Listen: https://thestudio.fm/episodes/7")));
        const QString counter = dialog->findChild<QLabel *>(QStringLiteral("counterLabel"))->text();
        QVERIFY2(counter.endsWith(QStringLiteral(" / 280")) && !counter.startsWith(QLatin1Char('0')),
                 qPrintable(counter));
        dialog->adjustSize();
        save(dialog->grab(), QStringLiteral("editor.png"), dialog->size());
        dialog->reject();
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }

    void historyOfATweet()
    {
        QVERIFY(m_window->selectTweet(m_posted));
        m_window->findChild<QAction *>(QStringLiteral("historyAction"))->trigger();
        auto *history = m_window->findChild<HistoryDialog *>();
        QVERIFY(history && history->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(history));
        auto *table = history->findChild<QTableWidget *>(QStringLiteral("attemptTable"));
        QCOMPARE(table->rowCount(), 2);
        // Newest first: the attempt whose outcome Verify found on X, then the one X refused.
        QVERIFY(table->item(0, HistoryDialog::OutcomeColumn)->text().contains(QStringLiteral("Posted")));
        QCOMPARE(table->item(0, HistoryDialog::PostIdColumn)->text(), m_fixture->tweet(m_posted).postId);
        QVERIFY(table->item(1, HistoryDialog::OutcomeColumn)->text().contains(QStringLiteral("Failed")));
        QCOMPARE(table->item(1, HistoryDialog::HttpColumn)->text(), QStringLiteral("401"));
        QVERIFY(history->findChild<QPushButton *>(QStringLiteral("historyOpenButton"))->isEnabled());
        // Rows are as high as their wrapped reason, no higher.
        const int lineHeight = table->fontMetrics().lineSpacing();
        QTRY_VERIFY(table->rowHeight(0) < 3 * lineHeight && table->rowHeight(1) < 5 * lineHeight);
        save(history->grab(), QStringLiteral("history.png"), history->size());
        history->close();
    }

    // Last: it changes the application's style and palette. The badges switch to their deep fills with
    // pale words (StatusBadgeDelegate::colors), which keep 4.5:1 on a dark base.
    void mainWindowInADarkPalette()
    {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        QVERIFY(m_window->selectEpisode(m_fixture->episodeId));
        QVERIFY(m_window->selectTweet(m_failed));
        m_window->statusBar()->clearMessage();
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("tweetView"));
        QTRY_VERIFY(view->palette().color(QPalette::Base).lightness() < 128);
        const QImage image = m_window->grab().toImage();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, TweetTableModel::StatusColumn);
            const auto status = static_cast<DisplayStatus>(index.data(StatusRole).toInt());
            if (status == DisplayStatus::Posting) {
                continue; // the spinner turns over the fill
            }
            const QRect cell = view->visualRect(index);
            const QPoint probe = view->viewport()->mapTo(m_window.get(), QPoint(cell.left() + 7, cell.center().y()));
            const QColor painted = image.pixelColor(probe * image.devicePixelRatio());
            const QColor fill = StatusBadgeDelegate::colors(status, true).background;
            QVERIFY2(qAbs(painted.red() - fill.red()) < 8 && qAbs(painted.green() - fill.green()) < 8 &&
                         qAbs(painted.blue() - fill.blue()) < 8,
                     qPrintable(QStringLiteral("%1: %2 instead of %3")
                                    .arg(TweetTableModel::statusLabel(status), painted.name(), fill.name())));
        }
        save(m_window->grab(), QStringLiteral("mainwindow-dark.png"), m_window->size());
    }

private:
    static QPalette darkPalette()
    {
        QPalette palette;
        const QColor window(0x2b, 0x2d, 0x31);
        const QColor base(0x1e, 0x1f, 0x22);
        const QColor text(0xe6, 0xe6, 0xe6);
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Base, base);
        palette.setColor(QPalette::AlternateBase, window);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Button, window);
        palette.setColor(QPalette::ButtonText, text);
        palette.setColor(QPalette::ToolTipBase, base);
        palette.setColor(QPalette::ToolTipText, text);
        palette.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xc4));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
        palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        return palette;
    }

    void seedEpisodes()
    {
        EpisodeStore episodes(m_fixture->db.connection());
        TweetStore tweets(m_fixture->db.connection());
        const struct
        {
            int number;
            const char *title;
            int daysAgo;
            bool posted;
        } earlier[] = {
            {6, "Interview: the sound engineer who records in closets", 14, true},
            {5, "Why every podcast needs a trailer", 28, true},
            {4, "Picking a name, a logo and a feed", 42, true},
        };
        for (const auto &entry : earlier) {
            Episode episode;
            episode.number = entry.number;
            episode.title = QString::fromUtf8(entry.title);
            episode.publishedOn = QDate::currentDate().addDays(-entry.daysAgo);
            episode.link = QUrl(QStringLiteral("https://podcast.example/%1").arg(entry.number));
            const qint64 id = episodes.add(episode).value_or(0);
            QVERIFY(id > 0);
            // Their tweets went out long ago: a real post each, through the same engine.
            TweetConfig config;
            config.episodeId = id;
            config.accountId = m_fixture->xAccountId;
            config.text = QStringLiteral("Episode {number}: {title} {url}");
            const qint64 tweet = tweets.add(config).value_or(0);
            QVERIFY(tweet > 0);
            post(tweet, TweetStatus::Posted);
        }
        // The upcoming one: written, nothing posted yet.
        Episode next;
        next.number = 8;
        next.title = QStringLiteral("Mailbag: your questions about microphones");
        const qint64 upcoming = episodes.add(next).value_or(0);
        QVERIFY(upcoming > 0);
        QVERIFY(m_fixture->addTweet(QStringLiteral("Send us your questions for episode {number}!"),
                                    m_fixture->sandboxAccountId, upcoming) > 0);
        Episode current = *episodes.find(m_fixture->episodeId);
        current.title = QStringLiteral("Building a studio for under $300");
        current.link = QUrl(QStringLiteral("https://thestudio.fm/episodes/7"));
        current.publishedOn = QDate::currentDate();
        QVERIFY(episodes.update(current));
    }

    qint64 addTweet(const QString &text, qint64 accountId, const QDateTime &when)
    {
        TweetConfig config;
        config.episodeId = m_fixture->episodeId;
        config.accountId = accountId;
        config.text = text;
        config.scheduledAt = when;
        config.scheduledZone = QStringLiteral("Europe/Berlin");
        return TweetStore(m_fixture->db.connection()).add(config).value_or(0);
    }

    // Posts through the engine (as the window's button does) and waits for the stored outcome.
    void post(qint64 id, TweetStatus expected)
    {
        QSignalSpy finished(m_service->service(), &PostingService::postFinished);
        m_service->service()->post(id);
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(id).status, expected, 10000);
    }

    void save(const QPixmap &picture, const QString &name, const QSize &size)
    {
        QString error;
        QVERIFY2(saveScreenshot(picture, size, m_outputDir, name, &error), qPrintable(error));
    }

    QPushButton *button(const char *name) const { return m_window->findChild<QPushButton *>(QLatin1String(name)); }
    QLabel *label(const char *name) const { return m_window->findChild<QLabel *>(QLatin1String(name)); }

    QString m_outputDir;
    std::unique_ptr<UiPostingFixture> m_fixture;
    std::unique_ptr<UiSchedulingThread> m_service;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_posted = 0;
    qint64 m_scheduled = 0;
    qint64 m_failed = 0;
    qint64 m_unknown = 0;
    qint64 m_posting = 0;
    qint64 m_disabled = 0;
    qint64 m_missed = 0;
    qint64 m_pending = 0;
    qint64 m_held = 0;
};

QTEST_MAIN(ScreenshotsTest)
#include "test_screenshots.moc"
