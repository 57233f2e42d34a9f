// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real `episodedesk` executable, as scripts and cron do. Waiting spins the event loop (never a
// blocking waitForFinished) because the local X server these runs post to lives on this thread.

#include <QProcess>
#include <QTest>

namespace EpisodeDesk::Tests {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline QProcess *startCli(const QStringList &arguments, QObject *parent)
{
    auto *process = new QProcess(parent);
    process->setProgram(QStringLiteral(EPISODEDESK_APP_BINARY));
    process->setArguments(arguments);
    process->start();
    return process;
}

inline CliResult finishCli(QProcess *process, const QByteArray &input = {}, int timeoutMs = 60000)
{
    if (!input.isNull()) {
        process->write(input);
    }
    process->closeWriteChannel();
    CliResult result;
    if (!QTest::qWaitFor([process] { return process->state() == QProcess::NotRunning; }, timeoutMs)) {
        process->kill();
        process->waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    result.out = QString::fromUtf8(process->readAllStandardOutput()).trimmed();
    result.err = QString::fromUtf8(process->readAllStandardError()).trimmed();
    return result;
}

inline CliResult runCli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000)
{
    QObject owner;
    return finishCli(startCli(arguments, &owner), input, timeoutMs);
}

} // namespace EpisodeDesk::Tests
