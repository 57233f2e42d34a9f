// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "commands/commands.h"
#include "commands/commandtable.h"
#include "commands/invocation.h"
#include "commands/output.h"

namespace EpisodeDesk::App {

using namespace EpisodeDesk::App::Commands;

namespace {

bool isHelp(const QString &word)
{
    return word == QLatin1String("--help") || word == QLatin1String("-h");
}

bool isVersion(const QString &word)
{
    return word == QLatin1String("--version") || word == QLatin1String("-v");
}

// `help` with the given words, as the dispatcher runs it for --help and for a command it does not know.
int runHelpWith(const QStringList &arguments, const QString &databasePath)
{
    Invocation invocation(arguments, databasePath);
    return runHelp(invocation).value_or(ExitUsage);
}

// Splits off the global --db option, wherever it stands.
bool takeDatabaseOption(QStringList *arguments, QString *path, QString *error)
{
    for (qsizetype i = 1; i < arguments->size(); ++i) {
        const QString argument = arguments->at(i);
        if (argument == QLatin1String("--db")) {
            if (i + 1 >= arguments->size()) {
                *error = Commands::tr("--db needs a database: a file name or a postgresql:// address.");
                return false;
            }
            *path = arguments->at(i + 1);
            arguments->remove(i, 2);
            return true;
        }
        if (argument.startsWith(QLatin1String("--db="))) {
            *path = argument.mid(5);
            arguments->remove(i);
            return true;
        }
    }
    return true;
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    QStringList rest = arguments;
    QString ignored;
    QString error;
    takeDatabaseOption(&rest, &ignored, &error);
    const QString first = rest.value(1);
    return findGroup(first) || isHelp(first) || isVersion(first);
}

int runCommandLine(const QStringList &arguments)
{
    QStringList rest = arguments;
    QString databasePath;
    QString error;
    if (!takeDatabaseOption(&rest, &databasePath, &error)) {
        return fail(ExitUsage, error);
    }
    const QString first = rest.value(1);
    if (isVersion(first)) {
        out() << "episodedesk " << EPISODEDESK_VERSION << Qt::endl;
        return ExitOk;
    }
    if (isHelp(first)) {
        return runHelpWith({rest.value(0), QStringLiteral("help")}, databasePath);
    }
    const CommandGroup *group = findGroup(first);
    Q_ASSERT(group); // isCommandLineInvocation() let nothing else through
    Invocation invocation(rest, databasePath);
    if (const auto code = group->run(invocation)) {
        return *code;
    }
    // Not one of the group's subcommands: say which there are.
    QString message = Commands::tr("“%1” is not an episodedesk command. The %2 commands are:")
                          .arg(rest.mid(1, 2).join(QLatin1Char(' ')), first);
    for (const CommandEntry &command : group->commands) {
        message += QLatin1String("\n  ") + commandWords(*group, command).leftJustified(18) + QLatin1Char(' ') +
            translated(command.summary);
    }
    message += QLatin1Char('\n') + Commands::tr("Run 'episodedesk help %1' for their options.").arg(first);
    return fail(ExitUsage, message);
}

} // namespace EpisodeDesk::App
