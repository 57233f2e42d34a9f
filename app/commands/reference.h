// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/commandtable.h"

#include <QList>
#include <QString>

namespace EpisodeDesk::App::Commands {

// What one command's own parser says about itself, read from its --help (QCommandLineParser has no
// API that lists its options): the source of `help`, the man page and the completions.
struct CommandHelp
{
    struct Item
    {
        QString name; // "--title", or a positional argument such as "ID"
        QString alias; // "-h" beside "--help", else empty
        QString value; // "TITLE" for an option that takes one, else empty
        QString description;
    };

    const CommandGroup *group = nullptr;
    const CommandEntry *command = nullptr;
    QString words; // "tweets add"
    QString description; // the parser's application description, as written
    QList<Item> options; // without -h/--help and --help-all, which every command has
    QList<Item> arguments;
    QString helpText; // the parser's helpText(), as `episodedesk tweets add --help` prints it

    // "tweets add [--episode ID] [--text TEXT] … ID"
    QString synopsis() const;
};

// Runs `episodedesk WORDS --help` in-process and reads what the command's parser printed.
CommandHelp describe(const CommandGroup &group, const CommandEntry &command);
// Every command of every group that has its own parser, in the table's order.
QList<CommandHelp> describeAll();

} // namespace EpisodeDesk::App::Commands
