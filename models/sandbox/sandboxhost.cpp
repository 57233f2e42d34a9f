// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxhost.h"

#include "posting/postingservice.h"
#include "sandbox/localxserver.h"
#include "store/databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcSandboxHost, "episodedesk.sandbox.host")

namespace {
QMutex startMutex;
}

SandboxHost::SandboxHost(QString storageFile) : m_storageFile(std::move(storageFile))
{
    m_thread.setObjectName(QStringLiteral("sandbox-server"));
}

SandboxHost::~SandboxHost()
{
    if (m_server) {
        // The server lives in m_thread: delete it there, then stop the thread.
        QMetaObject::invokeMethod(m_server, &QObject::deleteLater, Qt::QueuedConnection);
        m_server = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
}

QString SandboxHost::sandboxUserId()
{
    return QStringLiteral("1000000000000000001");
}

QString SandboxHost::sandboxUsername()
{
    return QStringLiteral("sandbox");
}

QString SandboxHost::storageFileFor(const QString &databasePath)
{
    // Beside an SQLite file; for a team database in this computer's own data (each teammate's Sandbox
    // is their own, as each one's keys are).
    return DatabaseLocation::parse(databasePath, nullptr)
        .value_or(DatabaseLocation::file(databasePath))
        .localStatePath(QStringLiteral(".sandbox.json"));
}

bool SandboxHost::start(QString *error)
{
    const QMutexLocker locker(&startMutex);
    if (!m_tried) {
        m_tried = true;
        m_thread.start();
        m_server = new LocalXServer;
        m_server->moveToThread(&m_thread);
        // Blocking once, at first use, for the few milliseconds a listen() takes; after that the
        // address is a plain value any thread can read.
        QMetaObject::invokeMethod(
            m_server,
            [this] {
                m_server->addUser(sandboxUserId(), sandboxUsername(),
                                  QCoreApplication::translate("SandboxHost", "Sandbox"),
                                  PostingService::sandboxCredentials());
                // The Sandbox mimics a paid plan's limits so a newcomer can see them at work.
                m_server->setRateLimit(100, 10000);
                // Only tests steer the server; in the product nothing else on this computer may.
                m_server->setControlApiEnabled(false);
                // A team database's Sandbox storage lives in this computer's application data, whose
                // folder may not exist yet.
                QDir().mkpath(QFileInfo(m_storageFile).absolutePath());
                if (!m_server->setStorageFile(m_storageFile) || !m_server->listen()) {
                    m_error = m_server->errorString();
                } else {
                    m_port = m_server->port();
                    m_ok = true;
                }
                m_started.store(true, std::memory_order_release);
            },
            Qt::BlockingQueuedConnection);
        // Always true here; the acquiring read is what orders m_ok and m_error for every reader.
        [[maybe_unused]] const bool started = m_started.load(std::memory_order_acquire);
        if (m_ok) {
            qCInfo(lcSandboxHost) << "Sandbox server for" << m_storageFile << "on" << baseUrl().toString();
        } else {
            qCWarning(lcSandboxHost) << "Sandbox server did not start:" << m_error;
        }
    }
    if (!m_ok && error) {
        *error = QCoreApplication::translate("SandboxHost", "The Sandbox server could not start: %1").arg(m_error);
    }
    return m_ok;
}

QUrl SandboxHost::baseUrl() const
{
    const quint16 port = m_port;
    if (port == 0) {
        return {};
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    return url;
}

} // namespace EpisodeDesk::Models
