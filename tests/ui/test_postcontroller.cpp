// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Post now / Retry / Verify flow without a window: a PostController on a real PostingService (its
// own thread, the local X server on 127.0.0.1), with the tweet model it reads. Every outcome the engine
// can give and every refusal, in the words the window would show, and the count of what reached X.

#include "itemmodels/tweettablemodel.h"
#include "messagebox.h"
#include "postconfirmdialog.h"
#include "postcontroller.h"
#include "posting/postingstore.h"
#include "uipostingfixture.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;
using namespace EpisodeDesk::Ui;

using Fault = LocalXServer::FaultKind;

namespace {

PostConfirmDialog *openConfirmation()
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (auto *dialog = qobject_cast<PostConfirmDialog *>(widget); dialog && dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

} // namespace

class PostControllerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EpisodeDeskTests"));
        QCoreApplication::setApplicationName(QStringLiteral("test_postcontroller"));
    }

    void init()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("Posting/confirmBeforePosting"), false);
        MessageBox::clearAnswers();
        m_fixture = std::make_unique<UiPostingFixture>();
        QVERIFY(m_fixture->setUp());
        m_service = std::make_unique<UiServiceThread>(m_fixture->options());
        QVERIFY(m_service->start());
        m_model = std::make_unique<TweetTableModel>(m_fixture->db.connection());
        m_model->setEpisode(m_fixture->episodeId);
        m_controller = std::make_unique<PostController>(m_fixture->db.connection(), m_model.get());
        m_controller->setPostingService(m_service->service());
        // What the window does with the controller's requests: read again, then settle.
        connect(
            m_controller.get(), &PostController::reloadRequested, m_controller.get(), [this] { reload(); },
            Qt::QueuedConnection);
        reload();
    }

    void cleanup()
    {
        while (PostConfirmDialog *dialog = openConfirmation()) {
            dialog->reject();
        }
        MessageBox::clearAnswers();
        m_controller.reset();
        m_model.reset();
        m_service.reset();
        m_fixture.reset();
    }

    void postIsMarkedAtOnceAndSettlesPosted()
    {
        const qint64 id = add(QStringLiteral("Out now: {title}"), m_fixture->xAccountId);
        QSignalSpy state(m_controller.get(), &PostController::stateChanged);
        QSignalSpy messages(m_controller.get(), &PostController::statusMessage);
        m_controller->post(id);
        // Marked before the engine saw anything: a second request finds it waiting.
        QVERIFY(m_controller->isAwaitingAnswer(id));
        QVERIFY(m_controller->showsPosting(id));
        QCOMPARE(m_controller->postsInFlight(), 1);
        QCOMPARE(m_controller->noteFor(id).text, QStringLiteral("Posting… waiting for X's answer."));
        QVERIFY(state.count() >= 1);
        QCOMPARE(messages.first().first().toString(), QStringLiteral("Posting…"));

        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isAwaitingAnswer(id), 10000);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
        QCOMPARE(m_controller->noteFor(id).plainText(), QStringLiteral("Posted just now \u2014 Open on X"));
        QCOMPARE(m_controller->postsInFlight(), 0);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        QCOMPARE(m_controller->postBlocker(m_fixture->tweet(id)), QStringLiteral("Already posted."));
    }

    void repeatedRequestsQueueOne()
    {
        const qint64 id = add(QStringLiteral("Twenty asks"));
        for (int i = 0; i < 20; ++i) {
            m_controller->post(id);
            m_controller->verify(id); // a verify while a post is awaited is refused too
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isAwaitingAnswer(id), 10000);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        QCOMPARE(m_fixture->server.storedPostCount(), 1);
    }

    void outcomes_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("note");
        QTest::addColumn<bool>("problem");
        QTest::addColumn<int>("stored");
        QTest::newRow("unauthorized") << int(Fault::Unauthorized) << int(TweetStatus::Failed)
                                      << QStringLiteral("Not posted: ") << true << 0;
        QTest::newRow("answer lost after create") << int(Fault::ServerErrorAfterCreate) << int(TweetStatus::Unknown)
                                                  << QStringLiteral("Outcome unknown \u2014 Verify") << true << 1;
        QTest::newRow("connection dropped after create")
            << int(Fault::DropAfterCreate) << int(TweetStatus::Unknown)
            << QStringLiteral("Outcome unknown \u2014 Verify") << true << 1;
        // A 503 may come from a front end after the post was made: unknown, never resent blindly.
        QTest::newRow("server error") << int(Fault::ServerError) << int(TweetStatus::Unknown)
                                      << QStringLiteral("Outcome unknown \u2014 Verify") << true << 0;
        QTest::newRow("duplicate content")
            << int(Fault::Duplicate) << int(TweetStatus::Unknown) << QStringLiteral("") << true << 0;
    }

    void outcomes()
    {
        QFETCH(int, fault);
        QFETCH(int, status);
        QFETCH(QString, note);
        QFETCH(bool, problem);
        QFETCH(int, stored);
        m_fixture->server.injectFault({static_cast<Fault>(fault)});
        const qint64 id = add(QStringLiteral("An outcome"), m_fixture->xAccountId);
        m_controller->post(id);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isAwaitingAnswer(id), 10000);
        QCOMPARE(int(m_fixture->tweet(id).status), status);
        const PostingNote shown = m_controller->noteFor(id);
        QVERIFY2(shown.plainText().startsWith(note), qPrintable(shown.plainText()));
        QVERIFY(!shown.text.isEmpty());
        QCOMPARE(shown.problem, problem);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        QCOMPARE(m_fixture->server.storedPostCount(), stored);
        // Never offered again while it may be on X; a failure is offered as a retry.
        const bool mayBeOut = status == int(TweetStatus::Unknown);
        QCOMPARE(m_controller->postBlocker(m_fixture->tweet(id)).isEmpty(), !mayBeOut);
    }

    void rateLimitSaysWhenItResumes()
    {
        const QDateTime resetAt = QDateTime::currentDateTimeUtc().addSecs(30 * 60);
        m_fixture->server.injectFault({Fault::RateLimited, 1, 0, resetAt});
        const qint64 first = add(QStringLiteral("First"), m_fixture->xAccountId);
        m_controller->post(first);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isAwaitingAnswer(first), 10000);
        QCOMPARE(m_fixture->tweet(first).status, TweetStatus::Failed);
        const qint64 second = add(QStringLiteral("Second"), m_fixture->xAccountId);
        m_controller->post(second);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isAwaitingAnswer(second), 10000);
        const QString reset = PostingNotes::clockTime(QDateTime::fromSecsSinceEpoch(resetAt.toSecsSinceEpoch()),
                                                      QDateTime::currentDateTimeUtc());
        QCOMPARE(m_controller->noteFor(second).text,
                 QStringLiteral("Waiting for X's limit \u2014 resumes %1").arg(reset));
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    void verifySettlesAnUnknown()
    {
        m_fixture->server.injectFault({Fault::ServerErrorAfterCreate});
        const qint64 id = add(QStringLiteral("Did it go out?"), m_fixture->xAccountId);
        m_controller->post(id);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(id).status, TweetStatus::Unknown, 10000);
        QTRY_VERIFY(!m_controller->isAwaitingAnswer(id));
        QCOMPARE(m_controller->postBlocker(m_fixture->tweet(id)),
                 QStringLiteral("Verify it first: the last attempt may have reached X."));
        m_controller->verify(id);
        QVERIFY(m_controller->isAwaitingAnswer(id));
        QCOMPARE(m_controller->noteFor(id).text, QStringLiteral("Asking X whether it was published…"));
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(id).status, TweetStatus::Posted, 10000);
        QTRY_VERIFY(!m_controller->isAwaitingAnswer(id));
        QCOMPARE(m_controller->noteFor(id).plainText(), QStringLiteral("Verified: it is on X \u2014 Open on X"));
        QCOMPARE(m_fixture->tweet(id).postId, m_fixture->server.posts().first().id);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
    }

    // The model is a read behind the database (the change came through the GUI connection, which is not
    // watched): the controller asks anyway, the engine's claim refuses, and the words say what is true.
    void refusals_data() { addRefusedClaimRows(); }

    void refusals()
    {
        QFETCH(QString, update);
        QFETCH(QString, expected);
        const qint64 id = add(QStringLiteral("Stale view"), m_fixture->xAccountId);
        QSqlQuery query(m_fixture->db.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET %1 WHERE id = %2").arg(update).arg(id)));
        m_controller->post(id);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isAwaitingAnswer(id), 10000);
        QCOMPARE(m_controller->noteFor(id).plainText().section(QLatin1Char('\n'), 0, 0), expected);
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
    }

    void blockers_data()
    {
        QTest::addColumn<QString>("update");
        QTest::addColumn<QString>("blocker");
        QTest::newRow("pending") << QString() << QString();
        QTest::newRow("failed") << QStringLiteral("status = 'failed'") << QString();
        QTest::newRow("posted") << QStringLiteral("status = 'posted', post_id = '9'")
                                << QStringLiteral("Already posted.");
        QTest::newRow("posting") << QStringLiteral(
                                        "status = 'posting', attempt_id = 'a', claimed_by = 'h:1', claimed_at = '%1'")
                                        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                                 << QStringLiteral("Being posted now.");
        QTest::newRow("unknown") << QStringLiteral("status = 'unknown'")
                                 << QStringLiteral("Verify it first: the last attempt may have reached X.");
        QTest::newRow("disabled") << QStringLiteral("enabled = 0") << QStringLiteral("This tweet is disabled.");
    }

    void blockers()
    {
        QFETCH(QString, update);
        QFETCH(QString, blocker);
        const qint64 id = add(QStringLiteral("Blocked?"), m_fixture->xAccountId);
        if (!update.isEmpty()) {
            QSqlQuery query(m_fixture->db.connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET %1 WHERE id = %2").arg(update).arg(id)));
        }
        reload();
        QCOMPARE(m_controller->postBlocker(m_fixture->tweet(id)), blocker);
        if (!blocker.isEmpty() && update != QStringLiteral("enabled = 0")) {
            return;
        }
        // Without an engine nothing is offered, whatever the state.
        m_controller->setPostingService(nullptr);
        QCOMPARE(m_controller->postBlocker(m_fixture->tweet(id)),
                 QStringLiteral("Posting is not available in this window."));
    }

    void withoutAnEngineNothingIsSent()
    {
        const qint64 id = add(QStringLiteral("Nowhere to go"));
        m_controller->setPostingService(nullptr);
        m_controller->post(id);
        QVERIFY(!m_controller->isAwaitingAnswer(id)); // not left marked: the button comes back
        m_controller->verify(id);
        QVERIFY(!m_controller->isAwaitingAnswer(id));
        QTest::qWait(200);
        QCOMPARE(m_fixture->server.createRequestCount(), 0);
    }

    void confirmation_data()
    {
        QTest::addColumn<bool>("accept");
        QTest::addColumn<bool>("dontAskAgain");
        QTest::newRow("cancel") << false << false;
        QTest::newRow("post") << true << false;
        QTest::newRow("post, don't ask again") << true << true;
    }

    void confirmation()
    {
        QFETCH(bool, accept);
        QFETCH(bool, dontAskAgain);
        m_controller->setConfirmBeforePosting(true);
        QSignalSpy preference(m_controller.get(), &PostController::confirmBeforePostingChanged);
        const qint64 id = add(QStringLiteral("Ask first: {title}"), m_fixture->xAccountId);
        m_controller->post(id);
        PostConfirmDialog *dialog = openConfirmation();
        QVERIFY(dialog);
        QCOMPARE(m_controller->noteFor(id).text, QStringLiteral("Waiting for your confirmation…"));
        m_controller->post(id); // a second click while asking asks nothing more
        const QWidgetList widgets = QApplication::topLevelWidgets();
        QCOMPARE(std::count_if(widgets.cbegin(), widgets.cend(),
                               [](QWidget *w) { return qobject_cast<PostConfirmDialog *>(w) && w->isVisible(); }),
                 1);
        dialog->findChild<QCheckBox *>(QStringLiteral("dontAskAgainCheck"))->setChecked(dontAskAgain);
        accept ? dialog->accept() : dialog->reject();
        if (!accept) {
            QVERIFY(!m_controller->isAwaitingAnswer(id));
            QTest::qWait(200);
            QCOMPARE(m_fixture->server.createRequestCount(), 0);
            QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Pending);
            return;
        }
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isAwaitingAnswer(id), 10000);
        QCOMPARE(m_fixture->tweet(id).status, TweetStatus::Posted);
        QCOMPARE(m_fixture->server.createRequestCount(), 1);
        QCOMPARE(m_fixture->server.posts().first().sentText, QStringLiteral("Ask first: Seven"));
        QCOMPARE(m_controller->confirmBeforePosting(), !dontAskAgain);
        QCOMPARE(preference.count(), dontAskAgain ? 1 : 0);
    }

    void usageCapStopsUntilResumed()
    {
        m_fixture->server.injectFault({Fault::UsageCapped});
        const qint64 first = add(QStringLiteral("Capped"));
        m_controller->post(first);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isAwaitingAnswer(first), 10000);
        reload();
        QVERIFY(m_controller->isUsageCapped(m_fixture->sandboxAccountId));
        const qint64 second = add(QStringLiteral("Also on the capped account"));
        reload();
        QVERIFY(m_controller->postBlocker(m_fixture->tweet(second)).startsWith(QStringLiteral("X's usage cap")));
        QVERIFY(m_controller->noteFor(second).problem);

        // Cancel the question: still stopped.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        m_controller->resumePosting(m_fixture->sandboxAccountId);
        QVERIFY(m_controller->isUsageCapped(m_fixture->sandboxAccountId));
        // Confirm: lifted, and the next post goes out.
        QSignalSpy resumed(m_controller.get(), &PostController::accountResumed);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        m_controller->resumePosting(m_fixture->sandboxAccountId);
        QCOMPARE(resumed.count(), 1);
        QVERIFY(!m_controller->isUsageCapped(m_fixture->sandboxAccountId));
        QVERIFY(m_controller->postBlocker(m_fixture->tweet(second)).isEmpty());
        m_controller->post(second);
        QTRY_COMPARE_WITH_TIMEOUT(m_fixture->tweet(second).status, TweetStatus::Posted, 10000);
        QCOMPARE(m_fixture->server.createRequestCount(), 2);
    }

private:
    qint64 add(const QString &text, qint64 accountId = 0)
    {
        const qint64 id = m_fixture->addTweet(text, accountId);
        reload();
        return id;
    }

    void reload()
    {
        m_controller->refresh();
        m_model->reload();
        m_controller->settle();
    }

    std::unique_ptr<UiPostingFixture> m_fixture;
    std::unique_ptr<UiServiceThread> m_service;
    std::unique_ptr<TweetTableModel> m_model;
    std::unique_ptr<PostController> m_controller;
};

QTEST_MAIN(PostControllerTest)
#include "test_postcontroller.moc"
