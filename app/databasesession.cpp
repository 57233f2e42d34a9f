// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesession.h"

#include "feeds/feedrefresher.h"
#include "mainwindow.h"
#include "posting/postingservice.h"
#include "posting/scheduler.h"
#include "sandbox/sandboxhost.h"
#include "secrets/keychainsecretstore.h"
#include "store/demodata.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStatusBar>

namespace EpisodeDesk::App {

using namespace EpisodeDesk::Models;

Q_LOGGING_CATEGORY(lcDatabaseSession, "episodedesk.app.session")

DatabaseSession::DatabaseSession(bool demo) : m_demo(demo)
{
    m_postingThread.setObjectName(QStringLiteral("posting"));
}

DatabaseSession::~DatabaseSession()
{
    m_feed.reset(); // waits for a refresh in progress to end on its own timeouts
    m_window.reset();
    m_postingThread.quit();
    m_postingThread.wait();
    // Normally gone already: deleted on its own thread as the thread finished (see the class comment).
    // It is still here only if the thread never ran, and then nothing else touches it.
    delete m_scheduler.data();
    delete m_posting;
}

bool DatabaseSession::open(const QString &location, QString *error, Database::Error *code)
{
    // Two sessions live side by side for a moment while switching: each GUI connection has its own name.
    static QAtomicInteger<quint64> sessions;
    if (!m_db.open(location, QStringLiteral("gui-%1").arg(++sessions))) {
        *error = m_db.errorString();
        *code = m_db.error();
        return false;
    }
    *code = Database::Error::None;
    if (m_demo && !DemoData::seedIfEmpty(m_db.connection(), error)) {
        *code = Database::Error::CannotOpen;
        return false;
    }
    // The location as opened (an absolute path, or the URI), so the worker reaches the same database.
    const QString opened = m_db.location().toString();
    m_sandbox = std::make_unique<SandboxHost>(SandboxHost::storageFileFor(opened));
    m_secrets = std::make_unique<KeychainSecretStore>();

    PostingService::Options options;
    options.databasePath = opened;
    // Started lazily, on first use by the worker: most sessions never post to the Sandbox.
    options.sandboxBaseUrl = [host = m_sandbox.get()] {
        return host->start() ? host->baseUrl() : QUrl();
    };
    options.secretStoreFactory = [](QObject *parent) -> SecretStore * {
        return new KeychainSecretStore(parent);
    };
    m_posting = new PostingService(options);
    m_posting->moveToThread(&m_postingThread);
    m_postingThread.start();
    QObject::connect(m_posting, &PostingService::started, m_posting, [](bool ok, const QString &message) {
        if (!ok) {
            qCWarning(lcDatabaseSession) << "posting engine did not start:" << message;
        }
    });

    // The grace period is the database's (SettingsStore), shared with every window and the headless
    // scheduler; the clock is the system's.
    Scheduler::Options schedulerOptions;
    schedulerOptions.databasePath = opened;
    Scheduler *scheduler = nullptr;
    // Made on the posting thread (see the class comment). The thread has only just started and has
    // nothing queued yet, so this waits for the constructor alone, which opens nothing.
    QMetaObject::invokeMethod(
        m_posting,
        [&scheduler, service = m_posting, schedulerOptions] { scheduler = new Scheduler(service, schedulerOptions); },
        Qt::BlockingQueuedConnection);
    m_scheduler = scheduler;
    QObject::connect(&m_postingThread, &QThread::finished, scheduler, &QObject::deleteLater);
    QObject::connect(scheduler, &Scheduler::started, scheduler, [](bool ok, const QString &message) {
        if (!ok) {
            qCWarning(lcDatabaseSession) << "scheduler did not start:" << message;
        }
    });
    m_posting->start();

    m_window = std::make_unique<Ui::MainWindow>(m_db.connection(), m_db.location());
    m_window->setSecretStore(m_secrets.get());
    m_window->setPostingService(m_posting);
    // Wired before it starts, so the window hears its first plan and its first missed tweets.
    m_window->setScheduler(scheduler);
    // The show's feed every 30 minutes, on its own thread; the window's lists follow the database.
    FeedRefresher::Options feedOptions;
    feedOptions.databasePath = opened;
    m_feed = std::make_unique<FeedRefresher>(feedOptions);
    QObject::connect(
        m_feed.get(), &FeedRefresher::refreshed, m_window.get(),
        [window = m_window.get()](const FeedUpdate::Result &result) {
            if (!result.ok()) {
                window->statusBar()->showMessage(QCoreApplication::translate("EpisodeDesk::App::DatabaseSession",
                                                                             "The feed could not be refreshed: %1")
                                                     .arg(result.errorString),
                                                 10000);
            } else if (result.changes.added > 0) {
                window->statusBar()->showMessage(QCoreApplication::translate("EpisodeDesk::App::DatabaseSession",
                                                                             "%n new episode(s) from the feed.",
                                                                             nullptr, result.changes.added),
                                                 10000);
            }
        });
    if (m_demo) {
        m_window->setWindowTitle(QCoreApplication::translate(
            "EpisodeDesk::App::DatabaseSession", "EpisodeDesk — Demo show (Sandbox: nothing leaves this computer)"));
    }
    return true;
}

void DatabaseSession::show()
{
    m_window->show();
    if (m_scheduler) {
        m_scheduler->start();
    }
    m_feed->start();
}

} // namespace EpisodeDesk::App
