// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "commands/commands.h"
#include "commands/invocation.h"
#include "commands/output.h"

#include <algorithm>
#include <iterator>
#include <optional>

namespace EpisodeDesk::App {

using namespace EpisodeDesk::App::Commands;

namespace {

// The command groups, one file each in commands/ (as git's commands[] and builtin/).
struct CommandGroup
{
    const char *name;
    std::optional<int> (*run)(Invocation &invocation);
};

constexpr CommandGroup groups[] = {
    {"accounts", runAccounts}, {"episodes", runEpisodes},   {"tweets", runTweets},       {"post", runPost},
    {"verify", runVerify},     {"text", runText},           {"scheduler", runScheduler}, {"db", runDb},
    {"feed", runFeed},         {"templates", runTemplates}, {"prices", runPrices},       {"usage", runUsage},
};

const CommandGroup *findGroup(const QString &name)
{
    const auto found = std::find_if(std::begin(groups), std::end(groups),
                                    [&name](const CommandGroup &group) { return name == QLatin1String(group.name); });
    return found == std::end(groups) ? nullptr : found;
}

bool isHelp(const QString &word)
{
    return word == QLatin1String("help") || word == QLatin1String("--help") || word == QLatin1String("-h");
}

// Splits off the global --db option, wherever it stands.
bool takeDatabaseOption(QStringList *arguments, QString *path, QString *error)
{
    for (qsizetype i = 1; i < arguments->size(); ++i) {
        const QString argument = arguments->at(i);
        if (argument == QLatin1String("--db")) {
            if (i + 1 >= arguments->size()) {
                *error = tr("--db needs a database: a file name or a postgresql:// address.");
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

QString usage()
{
    return tr("Usage: episodedesk [--db PATH | --db postgresql://USER@HOST/NAME] COMMAND …\n"
              "\n"
              "Without a command, opens the window. Commands:\n"
              "  accounts add --name NAME (--sandbox | --api-base URL) [--handle H]   X keys as JSON on stdin\n"
              "  accounts list [--json]\n"
              "  episodes add --title T [--number N] [--url U] [--published DATE]\n"
              "  episodes edit ID [--title T] [--number N] [--url U] [--published DATE]\n"
              "  episodes delete ID   archived instead when one of its tweets has a posting history\n"
              "  episodes list [--json]\n"
              "  tweets add --episode ID --account ID --text TEXT [--at DATETIME]\n"
              "  tweets edit ID [--text T] [--account ID] [--at DATETIME | --no-schedule] [--enable | --disable]\n"
              "  tweets delete ID   archived instead when it has a posting history\n"
              "  tweets show ID [--json]   the tweet and its attempts\n"
              "  tweets list [--json]\n"
              "  post ID [--timeout SECONDS]\n"
              "  verify ID [--timeout SECONDS] [--safe-delay SECONDS]\n"
              "  text check [--json] TEXT\n"
              "  scheduler run [--once] [--grace MINUTES]   post scheduled tweets without a window\n"
              "  db info [--json]   the backend, schema version and location of the database\n"
              "  db copy --to TARGET [--json]   copy this database, ids and all, into an empty one (X keys stay\n"
              "                                 in each computer's keychain)\n"
              "  feed import URL [--json]   add the episodes of the show's RSS feed and remember it\n"
              "  feed refresh [--json] [--force] [--match-by enclosure|title]   read it again; new episodes are\n"
              "                                 announced with the show's templates\n"
              "  templates add --account ID --text T [--offset MINUTES | --manual]   announce each new episode\n"
              "  templates list [--json]\n"
              "  templates remove ID   stops using it; its tweets stay\n"
              "  prices [--json]   what X charges per post and read, and the day they were read\n"
              "  prices set [--create USD] [--create-with-link USD] [--read USD] [--owned-read USD]\n"
              "             [--read-on YYYY-MM-DD]\n"
              "  usage [--json] [--month YYYY-MM] [--account ID]   posts, reads and spend per account\n"
              "\n"
              "Exit codes: 0 done; 1 error (no such id, text too long, …); 2 usage; 3 refused by state\n"
              "(already posted, already posting, unknown, disabled; a posting, posted or unknown tweet can\n"
              "only be enabled or disabled; a posting or unknown tweet, or its episode, cannot be deleted\n"
              "until it is settled); 4 failed, not published; 5 outcome unknown (run verify).");
}

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    QStringList rest = arguments;
    QString ignored;
    QString error;
    takeDatabaseOption(&rest, &ignored, &error);
    const QString first = rest.value(1);
    return findGroup(first) || isHelp(first);
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
    if (isHelp(first)) {
        out() << usage() << Qt::endl;
        return ExitOk;
    }
    const CommandGroup *group = findGroup(first);
    if (!group) {
        return fail(ExitUsage, usage());
    }
    Invocation invocation(rest, databasePath);
    if (const auto code = group->run(invocation)) {
        return *code;
    }
    return fail(ExitUsage, usage()); // not one of the group's subcommands
}

} // namespace EpisodeDesk::App
