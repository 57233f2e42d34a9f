// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared set-up of the posting tests: a database on the backend ctest chose (an SQLite file in a
// QTemporaryDir, or a fresh database on the test PostgreSQL server; see testdatabase.h), the local X
// server on 127.0.0.1 (the real HTTP server Sandbox accounts post to), an account and an episode.

#include "posting/postingservice.h"
#include "sandbox/localxserver.h"
#include "secrets/memorysecretstore.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

namespace EpisodeDesk::Tests {

using namespace EpisodeDesk::Models;

inline XCredentials testCredentials()
{
    return {QStringLiteral("test-consumer-key"), QStringLiteral("test-consumer-secret"),
            QStringLiteral("test-access-token"), QStringLiteral("test-token-secret")};
}

struct PostingFixture
{
    QTemporaryDir dir;
    TestDatabase database {dir.path()};
    // What --db and PostingService::Options::databasePath take: a file path or a postgresql:// URI.
    QString dbPath = database.location();
    Database db;
    LocalXServer server;
    qint64 sandboxAccountId = 0;
    qint64 xAccountId = 0;
    qint64 episodeId = 0;

    bool setUp()
    {
        if (!dir.isValid() || dbPath.isEmpty()) {
            qWarning("no test database: %s", qPrintable(database.errorString()));
            return false;
        }
        if (!db.open(dbPath, QStringLiteral("fixture"))) {
            qWarning("cannot open the test database: %s", qPrintable(db.errorString()));
            return false;
        }
        server.addUser(QStringLiteral("1001"), QStringLiteral("sandboxshow"), QStringLiteral("Sandbox show"),
                       PostingService::sandboxCredentials());
        server.addUser(QStringLiteral("2002"), QStringLiteral("realshow"), QStringLiteral("Real show"),
                       testCredentials());
        // Generous limits: the race tests post hundreds of times; rate-limit tests set their own.
        server.setRateLimit(100000, 100000);
        if (!server.listen()) {
            return false;
        }
        Account sandbox;
        sandbox.name = QStringLiteral("Sandbox");
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
        episodeId = EpisodeStore(db.connection()).add(episode).value_or(0);
        return sandboxAccountId > 0 && xAccountId > 0 && episodeId > 0;
    }

    qint64 addTweet(const QString &text, qint64 accountId = 0)
    {
        TweetConfig config;
        config.episodeId = episodeId;
        config.accountId = accountId ? accountId : sandboxAccountId;
        config.text = text;
        return TweetStore(db.connection()).add(config).value_or(0);
    }

    TweetConfig tweet(qint64 id) const { return TweetStore(db.connection()).find(id).value_or(TweetConfig {}); }

    PostingService::Options options(std::chrono::milliseconds timeout = std::chrono::seconds(5)) const
    {
        PostingService::Options options;
        options.databasePath = dbPath;
        options.sandboxBaseUrl = [url = server.baseUrl()] {
            return url;
        };
        options.requestTimeout = timeout;
        options.verifySafeDelay = std::chrono::seconds(0);
        // The X-kind account's keys, as the keychain would hold them.
        options.secretStoreFactory = [accountId = xAccountId](QObject *parent) -> SecretStore * {
            auto *store = new MemorySecretStore(parent);
            store->writeCredentials(accountId, testCredentials(), parent, [](const SecretResult &) {});
            return store;
        };
        return options;
    }
};

// What QSignalSpy records, for a sender on another thread. QSignalSpy connects directly, so it appends on
// the emitting thread while the test reads it on this one: a data race (ThreadSanitizer reports it). This
// spy lives on the thread that makes it; the signal is queued to it and recorded while QTRY_* and
// qWaitFor spin the event loop. Read it like a QSignalSpy: one list of arguments per emission.
class ThreadSignalSpy : public QObject, public QList<QList<QVariant>>
{
public:
    template<typename Sender, typename... Args> ThreadSignalSpy(const Sender *sender, void (Sender::*signal)(Args...))
    {
        connect(sender, signal, this, [this](Args... args) { append(QList<QVariant> {QVariant::fromValue(args)...}); });
    }
};

inline PostOutcome outcomeAt(const QList<QList<QVariant>> &spy, qsizetype i)
{
    return spy.at(i).at(0).value<PostOutcome>();
}

// Starts the service (if need be), posts or verifies one tweet and waits for its answer (an empty
// outcome after 15 s).
inline PostOutcome postAndWait(PostingService *service, qint64 id)
{
    ThreadSignalSpy finished(service, &PostingService::postFinished);
    service->start();
    service->post(id);
    if (!QTest::qWaitFor([&finished] { return finished.count() > 0; }, 15000)) {
        return {};
    }
    return outcomeAt(finished, 0);
}

inline PostOutcome verifyAndWait(PostingService *service, qint64 id)
{
    ThreadSignalSpy finished(service, &PostingService::verifyFinished);
    service->start();
    service->verify(id);
    if (!QTest::qWaitFor([&finished] { return finished.count() > 0; }, 15000)) {
        return {};
    }
    return outcomeAt(finished, 0);
}

// A PostingService on its own QThread: quit and wait, the service deleted on its thread as it finishes.
class ServiceThread
{
public:
    explicit ServiceThread(PostingService::Options options) : m_service(new PostingService(std::move(options)))
    {
        m_service->moveToThread(&m_thread);
        // The service is deleted on its own thread as that thread finishes, so its shutdown runs there
        // and nowhere else. Joining in wait() would order a deletion here after the thread's last act,
        // but wait() synchronises inside Qt's uninstrumented library, where ThreadSanitizer cannot see
        // it. Connected before start(), this slot reaches the thread through pthread_create, which it
        // does see, and m_finished carries "deleted" back in a form it sees too.
        QObject::connect(
            &m_thread, &QThread::finished, &m_thread,
            [this] {
                delete m_service;
                m_service = nullptr;
                m_finished.store(true, std::memory_order_release);
            },
            Qt::DirectConnection);
        m_thread.start();
    }
    ~ServiceThread()
    {
        m_thread.quit();
        m_thread.wait();
        if (!m_finished.load(std::memory_order_acquire)) {
            qWarning("ServiceThread: the posting thread did not finish");
            delete m_service; // it never ran: nothing of it is on another thread
        }
    }
    Q_DISABLE_COPY_MOVE(ServiceThread)

    PostingService *service() const { return m_service; }

private:
    std::atomic<bool> m_finished {false};
    QThread m_thread;
    PostingService *m_service;
};

} // namespace EpisodeDesk::Tests
