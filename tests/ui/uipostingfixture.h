// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Set-up shared by the widget tests that post: a database file in a QTemporaryDir, the local X server
// on 127.0.0.1 (the real HTTP server Sandbox accounts post to), a Sandbox and an X account, an episode,
// and a real PostingService on its own QThread (with a real Scheduler beside it for the scheduling
// tests). After tests/posting/postingfixture.h, copied rather than shared so the posting tests and the UI
// tests can change their set-ups independently.

#include "posting/postingservice.h"
#include "posting/scheduler.h"
#include "sandbox/localxserver.h"
#include "secrets/memorysecretstore.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"

#include <QMutex>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace EpisodeDesk::Tests {

using namespace EpisodeDesk::Models;

inline XCredentials uiTestCredentials()
{
    return {QStringLiteral("ui-consumer-key-1234"), QStringLiteral("ui-consumer-secret"),
            QStringLiteral("ui-access-token"), QStringLiteral("ui-token-secret")};
}

// The rows of the refused-claim tests: an SQL change behind the view's back ("update", for SET), and
// the first line of the note the window then shows ("expected").
inline void addRefusedClaimRows()
{
    QTest::addColumn<QString>("update");
    QTest::addColumn<QString>("expected");
    const QString twoMinutesAgo = QDateTime::currentDateTimeUtc().addSecs(-150).toString(Qt::ISODateWithMs);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QTest::newRow("already posted")
        << QStringLiteral("status = 'posted', post_id = '555', post_url = 'https://x.com/realshow/status/555', "
                          "posted_at = '%1'")
               .arg(twoMinutesAgo)
        << QStringLiteral("Already posted 2 min ago \u2014 Open on X");
    QTest::newRow("posting elsewhere") << QStringLiteral(
                                              "status = 'posting', attempt_id = 'elsewhere', claimed_at = '%1', "
                                              "claimed_by = 'another-host:4242'")
                                              .arg(now)
                                       << QStringLiteral("Being posted from another window");
    QTest::newRow("unknown") << QStringLiteral("status = 'unknown'") << QStringLiteral("Outcome unknown \u2014 Verify");
    QTest::newRow("disabled") << QStringLiteral("enabled = 0") << QStringLiteral("Not sent: this tweet is disabled.");
}

struct UiPostingFixture
{
    QTemporaryDir dir;
    QString dbPath = dir.filePath(QStringLiteral("episodedesk.sqlite"));
    Database db;
    LocalXServer server;
    qint64 sandboxAccountId = 0;
    qint64 xAccountId = 0;
    qint64 episodeId = 0;

    bool setUp(const QString &connectionName = QStringLiteral("gui"))
    {
        if (!dir.isValid() || !db.open(dbPath, connectionName)) {
            return false;
        }
        server.addUser(QStringLiteral("1001"), QStringLiteral("sandboxshow"), QStringLiteral("Sandbox show"),
                       PostingService::sandboxCredentials());
        server.addUser(QStringLiteral("2002"), QStringLiteral("realshow"), QStringLiteral("Real show"),
                       uiTestCredentials());
        // Generous limits: the lateness test posts a hundred times; rate-limit tests fault on purpose.
        server.setRateLimit(100000, 100000);
        if (!server.listen()) {
            return false;
        }
        Account sandbox;
        sandbox.name = QStringLiteral("Practice");
        sandbox.kind = AccountKind::Sandbox;
        sandboxAccountId = AccountStore(db.connection()).add(sandbox).value_or(0);
        Account x;
        x.name = QStringLiteral("Real show");
        x.handle = QStringLiteral("realshow");
        x.apiBaseUrl = server.baseUrl();
        xAccountId = AccountStore(db.connection()).add(x).value_or(0);
        Episode episode;
        episode.number = 7;
        episode.title = QStringLiteral("Seven");
        episode.link = QUrl(QStringLiteral("https://podcast.example/7"));
        episode.publishedOn = QDate(2026, 3, 1);
        episodeId = EpisodeStore(db.connection()).add(episode).value_or(0);
        return sandboxAccountId > 0 && xAccountId > 0 && episodeId > 0;
    }

    qint64 addTweet(const QString &text, qint64 accountId = 0, qint64 episode = 0)
    {
        TweetConfig config;
        config.episodeId = episode ? episode : episodeId;
        config.accountId = accountId ? accountId : sandboxAccountId;
        config.text = text;
        return TweetStore(db.connection()).add(config).value_or(0);
    }

    TweetConfig tweet(qint64 id) const { return TweetStore(db.connection()).find(id).value_or(TweetConfig {}); }

    PostingService::Options options(std::chrono::milliseconds timeout = std::chrono::seconds(10)) const
    {
        PostingService::Options options;
        options.databasePath = dbPath;
        options.sandboxBaseUrl = [url = server.baseUrl()] {
            return url;
        };
        options.requestTimeout = timeout;
        options.verifySafeDelay = std::chrono::seconds(0);
        // The X account's keys, as the keychain would hold them.
        options.secretStoreFactory = [accountId = xAccountId](QObject *parent) -> SecretStore * {
            auto *store = new MemorySecretStore(parent);
            store->writeCredentials(accountId, uiTestCredentials(), parent, [](const SecretResult &) {});
            return store;
        };
        return options;
    }
};

// A PostingService on its own QThread, started, and torn down in the order STYLE.md gives (quit, wait,
// delete), as app/application.cpp does.
class UiServiceThread
{
public:
    explicit UiServiceThread(PostingService::Options options) : m_service(new PostingService(std::move(options)))
    {
        m_service->moveToThread(&m_thread);
        m_thread.start();
    }
    ~UiServiceThread()
    {
        m_thread.quit();
        m_thread.wait();
        delete m_service;
    }
    Q_DISABLE_COPY_MOVE(UiServiceThread)

    // Starts the engine (its own connection, on its thread) and waits for it to say so.
    bool start()
    {
        QSignalSpy started(m_service, &PostingService::started);
        m_service->start();
        return (started.count() > 0 || started.wait(10000)) && started.first().at(0).toBool();
    }

    PostingService *service() const { return m_service; }

private:
    QThread m_thread;
    PostingService *m_service;
};

// The injectable clock every part of a scheduling test shares: the window, the scheduler, the posting
// engine and the X server. The engine and the scheduler read it on the posting thread, hence the mutex.
class UiTestClock
{
public:
    explicit UiTestClock(QDateTime start) : m_now(std::move(start)) { }
    QDateTime now() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_now;
    }
    void advance(qint64 seconds)
    {
        const QMutexLocker locker(&m_mutex);
        m_now = m_now.addSecs(seconds);
    }
    std::function<QDateTime()> function() const
    {
        return [this] {
            return now();
        };
    }

private:
    mutable QMutex m_mutex;
    QDateTime m_now;
};

// A PostingService and a Scheduler on one QThread, as app/application.cpp runs them. The scheduler is
// made on that thread (its timers are members, not children, so moveToThread() would leave them on this
// one) and deleted there as the thread finishes; the service is deleted after quit and wait.
class UiSchedulingThread
{
public:
    UiSchedulingThread(PostingService::Options options, Scheduler::Options schedulerOptions)
        : m_service(new PostingService(std::move(options)))
    {
        m_service->moveToThread(&m_thread);
        m_thread.start();
        Scheduler *scheduler = nullptr;
        QMetaObject::invokeMethod(
            m_service,
            [&scheduler, service = m_service, schedulerOptions] {
                scheduler = new Scheduler(service, schedulerOptions);
            },
            Qt::BlockingQueuedConnection);
        m_scheduler = scheduler;
        QObject::connect(&m_thread, &QThread::finished, scheduler, &QObject::deleteLater);
    }
    ~UiSchedulingThread()
    {
        m_thread.quit();
        m_thread.wait();
        delete m_scheduler.data(); // gone already, unless the thread never ran
        delete m_service;
    }
    Q_DISABLE_COPY_MOVE(UiSchedulingThread)

    // Starts the engine, then the scheduler, and waits until both say they run. The answers come back
    // queued to this thread (a QSignalSpy would record them on the posting thread).
    bool start()
    {
        QObject context;
        int started = 0;
        bool ok = true;
        auto count = [&started, &ok](bool each) {
            ok = ok && each;
            ++started;
        };
        QObject::connect(m_service, &PostingService::started, &context, count);
        QObject::connect(m_scheduler.data(), &Scheduler::started, &context, count);
        m_service->start();
        m_scheduler->start();
        return QTest::qWaitFor([&started] { return started == 2; }, 10000) && ok;
    }

    PostingService *service() const { return m_service; }
    Scheduler *scheduler() const { return m_scheduler.data(); }

private:
    QThread m_thread;
    PostingService *m_service;
    QPointer<Scheduler> m_scheduler;
};

} // namespace EpisodeDesk::Tests
