// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/claimant.h"

#include <QCoreApplication>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

namespace EpisodeDesk::Models {

QString Claimant::toString() const
{
    return host + QLatin1Char(':') + QString::number(pid);
}

std::optional<Claimant> Claimant::parse(const QString &text)
{
    const auto colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 pid = text.mid(colon + 1).toLongLong(&ok);
    if (!ok || pid <= 0) {
        return std::nullopt;
    }
    return Claimant {text.left(colon), pid};
}

Claimant Claimant::current()
{
    // machineHostName is what the user recognises; two machines sharing one PostgreSQL database must
    // not mistake each other's processes, and host names are how they differ.
    return Claimant {QSysInfo::machineHostName(), QCoreApplication::applicationPid()};
}

bool Claimant::isOnThisHost() const
{
    return host == QSysInfo::machineHostName();
}

bool Claimant::isAlive() const
{
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, static_cast<DWORD>(pid));
    if (!process) {
        return GetLastError() == ERROR_ACCESS_DENIED;
    }
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    // Signal 0 checks existence without sending anything; EPERM means it exists but is not ours.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
#endif
}

} // namespace EpisodeDesk::Models
