// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QThread>
#include <QUrl>

#include <atomic>

namespace EpisodeDesk::Models {

class LocalXServer;

// Runs the local X server for Sandbox accounts on a thread of its own, so a busy GUI or posting thread
// never delays its answers. Every process that posts for a Sandbox account (the app, the command line,
// the headless scheduler) starts one on an ephemeral port of 127.0.0.1; they share one timeline through
// the storage file, so a post made by one can be verified by another.
class SandboxHost final
{
public:
    explicit SandboxHost(QString storageFile);
    ~SandboxHost();
    Q_DISABLE_COPY_MOVE(SandboxHost)

    // Starts the server (once; later calls return the first result). Safe to call from any thread.
    bool start(QString *error = nullptr);
    // Invalid until start() succeeded. Thread-safe.
    QUrl baseUrl() const;

    static QString sandboxUserId();
    static QString sandboxUsername();
    // Where the Sandbox keeps its posts for the database at databasePath.
    static QString storageFileFor(const QString &databasePath);

private:
    QString m_storageFile;
    QThread m_thread;
    LocalXServer *m_server = nullptr;
    std::atomic<quint16> m_port {0};
    bool m_tried = false;
    bool m_ok = false;
    // Set last by the server thread's start-up: the blocking call's own hand-over happens inside Qt,
    // where ThreadSanitizer cannot see it, so m_ok and m_error are published through this as well.
    std::atomic<bool> m_started {false};
    QString m_error;
};

} // namespace EpisodeDesk::Models
