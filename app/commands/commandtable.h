// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace EpisodeDesk::App::Commands {

class Invocation;

// One command a user types: `episodedesk GROUP [SUBCOMMAND]`. Its options and arguments are not
// repeated here: they are the ones its QCommandLineParser declares, which `help` reads by running the
// command with --help (reference.cpp), so the help, the man page and the completions cannot drift from
// what the parser accepts.
struct CommandEntry
{
    const char *subcommand; // "" for a group that is itself the command (post ID, prices)
    const char *summary; // QT_TRANSLATE_NOOP: one line for `help` and the man page
};

// A command group, one file each in commands/ (as git's commands[] and builtin/).
struct CommandGroup
{
    const char *name;
    std::optional<int> (*run)(Invocation &invocation);
    std::span<const CommandEntry> commands;
    // Groups that are not a part of the show's data (help, completion): their commands take no --help
    // of their own in the reference.
    bool reference = false;
};

// Every group in the order `help` lists them. The dispatcher (commandline.cpp) runs from this table.
std::span<const CommandGroup> commandGroups();
const CommandGroup *findGroup(const QString &name);
// The group's command `subcommand` ("" for the group itself), or null.
const CommandEntry *findCommand(const CommandGroup &group, const QString &subcommand);
// "tweets add", or "post" for a group that is itself the command.
QString commandWords(const CommandGroup &group, const CommandEntry &command);

// The options every command takes before or after its words, and what they mean.
struct GlobalOption
{
    const char *names; // "--db PATH"
    const char *summary; // QT_TRANSLATE_NOOP
};
std::span<const GlobalOption> globalOptions();

// The exit codes (output.h's ExitCode) and what each means, for `help` and the man page.
struct ExitStatus
{
    int code;
    const char *meaning; // QT_TRANSLATE_NOOP
};
std::span<const ExitStatus> exitStatuses();

// The environment variables EpisodeDesk reads, for the man page.
struct EnvironmentVariable
{
    const char *name;
    const char *meaning; // QT_TRANSLATE_NOOP
};
std::span<const EnvironmentVariable> environmentVariables();

// `summary` translated in the command line's context.
QString translated(const char *summary);

} // namespace EpisodeDesk::App::Commands
