// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "mainwindow.h"
#include "posting/postingservice.h"
#include "posting/scheduler.h"
#include "sandbox/sandboxhost.h"
#include "secrets/keychainsecretstore.h"
#include "store/demodata.h"

#include <QLoggingCategory>

namespace EpisodeDesk::App {

using namespace EpisodeDesk::Models;

Q_LOGGING_CATEGORY(lcApplication, "episodedesk.app")

Application::Application(QString databasePath, bool demo, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_demo(demo)
{
    m_postingThread.setObjectName(QStringLiteral("posting"));
}

Application::~Application()
{
    m_window.reset();
    m_postingThread.quit();
    m_postingThread.wait();
    // Normally gone already: deleted on its own thread as the thread finished (see the class comment).
    // It is still here only if the thread never ran, and then nothing else touches it.
    delete m_scheduler.data();
    delete m_posting;
}

bool Application::start(QString *error)
{
    if (!m_db.open(m_databasePath, QStringLiteral("gui"))) {
        *error = m_db.errorString();
        return false;
    }
    if (m_demo && !DemoData::seedIfEmpty(m_db.connection(), error)) {
        return false;
    }
    m_sandbox = std::make_unique<SandboxHost>(SandboxHost::storageFileFor(m_databasePath));
    m_secrets = std::make_unique<KeychainSecretStore>();

    PostingService::Options options;
    options.databasePath = m_databasePath;
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
    connect(m_posting, &PostingService::started, this, [](bool ok, const QString &message) {
        if (!ok) {
            qCWarning(lcApplication) << "posting engine did not start:" << message;
        }
    });

    // The grace period is the database's (SettingsStore), shared with every window and the headless
    // scheduler; the clock is the system's.
    Scheduler::Options schedulerOptions;
    schedulerOptions.databasePath = m_databasePath;
    Scheduler *scheduler = nullptr;
    // Made on the posting thread (see the class comment). The thread has only just started and has
    // nothing queued yet, so this waits for the constructor alone, which opens nothing.
    QMetaObject::invokeMethod(
        m_posting,
        [&scheduler, service = m_posting, schedulerOptions] { scheduler = new Scheduler(service, schedulerOptions); },
        Qt::BlockingQueuedConnection);
    m_scheduler = scheduler;
    connect(&m_postingThread, &QThread::finished, scheduler, &QObject::deleteLater);
    connect(scheduler, &Scheduler::started, this, [](bool ok, const QString &message) {
        if (!ok) {
            qCWarning(lcApplication) << "scheduler did not start:" << message;
        }
    });
    m_posting->start();

    m_window = std::make_unique<Ui::MainWindow>(m_db.connection());
    m_window->setSecretStore(m_secrets.get());
    m_window->setPostingService(m_posting);
    // Wired before it starts, so the window hears its first plan and its first missed tweets.
    m_window->setScheduler(scheduler);
    if (m_demo) {
        m_window->setWindowTitle(tr("EpisodeDesk — Demo show (Sandbox: nothing leaves this computer)"));
    }
    m_window->show();
    scheduler->start();
    return true;
}

} // namespace EpisodeDesk::App
