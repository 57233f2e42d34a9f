// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/output.h" // ExitCode

#include <QStringList>

namespace EpisodeDesk::App {

// True when the arguments name a subcommand (so no window, and no display, is needed).
bool isCommandLineInvocation(const QStringList &arguments);

// Runs a subcommand on the already-created QCoreApplication; returns the process exit code.
int runCommandLine(const QStringList &arguments);

} // namespace EpisodeDesk::App
