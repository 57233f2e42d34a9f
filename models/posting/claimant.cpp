// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/claimant.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <csignal>
#endif

namespace EpisodeDesk::Models {

namespace {

// EPISODEDESK_MACHINE_ID stands in for the OS's machine id: cloned VMs share theirs, and the tests play
// several computers on one team database with it.
QString thisMachineId()
{
    static const QString id = [] {
        const QString given = qEnvironmentVariable("EPISODEDESK_MACHINE_ID").trimmed();
        // ";" and "=" separate the fields of claimed_by.
        return given.isEmpty()
            ? QString::fromLatin1(QSysInfo::machineUniqueId().toHex())
            : QString(given).replace(QLatin1Char(';'), QLatin1Char('_')).replace(QLatin1Char('='), QLatin1Char('_'));
    }();
    return id;
}

} // namespace

QString Claimant::toString() const
{
    QString text = host + QLatin1Char(':') + QString::number(pid);
    if (!machineId.isEmpty()) {
        text += QStringLiteral(";machine=") + machineId;
    }
    if (!startToken.isEmpty()) {
        text += QStringLiteral(";start=") + startToken;
    }
    return text;
}

std::optional<Claimant> Claimant::parse(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(';'));
    const QString &hostAndPid = parts.constFirst();
    const auto colon = hostAndPid.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 pid = hostAndPid.mid(colon + 1).toLongLong(&ok);
    if (!ok || pid <= 0) {
        return std::nullopt;
    }
    Claimant claimant {hostAndPid.left(colon), pid, {}, {}};
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.startsWith(QLatin1String("machine="))) {
            claimant.machineId = part.mid(8);
        } else if (part.startsWith(QLatin1String("start="))) {
            claimant.startToken = part.mid(6);
        }
    }
    return claimant;
}

Claimant Claimant::current()
{
    const qint64 pid = QCoreApplication::applicationPid();
    static const QString token = startTokenOf(pid);
    return Claimant {QSysInfo::machineHostName(), pid, thisMachineId(), token};
}

bool Claimant::isOnThisHost() const
{
    // Two computers on one team database may share a host name ("macbook"), never a machine id.
    if (!machineId.isEmpty() && !thisMachineId().isEmpty()) {
        return machineId == thisMachineId();
    }
    return host == QSysInfo::machineHostName();
}

QString Claimant::startTokenOf(qint64 pid)
{
#ifdef Q_OS_LINUX
    // Field 22 of /proc/PID/stat is the start time in clock ticks since boot: with the pid it names
    // one process for the life of the machine. The command name (field 2) may hold spaces and
    // parentheses, so count from the last ')'.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray line = stat.readAll();
    const auto close = line.lastIndexOf(')');
    if (close < 0) {
        return {};
    }
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 is fields[19].
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
#else
    Q_UNUSED(pid);
    return {};
#endif
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
    if (::kill(static_cast<pid_t>(pid), 0) != 0 && errno != EPERM) {
        return false;
    }
    if (startToken.isEmpty()) {
        return true;
    }
    // A pid the OS gave to another process since: the claimant is gone. No token readable: alive.
    const QString now = startTokenOf(pid);
    return now.isEmpty() || now == startToken;
#endif
}

} // namespace EpisodeDesk::Models
