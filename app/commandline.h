// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace EpisodeDesk::App {

// Exit codes of the command line; scripts depend on them (README "Command line").
enum ExitCode
{
    ExitOk = 0,
    ExitError = 1, // missing id, bad database, keychain, other errors
    ExitUsage = 2, // wrong arguments
    ExitRefused = 3, // refused by state: already posted, already posting, unknown, disabled
    ExitFailed = 4, // not published, and the message says why (rate limited until …, unauthorized, …)
    ExitUnknown = 5, // may be published: run verify
};

// True when the arguments name a subcommand (so no window, and no display, is needed).
bool isCommandLineInvocation(const QStringList &arguments);

// Runs a subcommand on the already-created QCoreApplication; returns the process exit code.
int runCommandLine(const QStringList &arguments);

} // namespace EpisodeDesk::App
