// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/commandtable.h"

#include "commands/commands.h"
#include "commands/output.h"

#include <QCoreApplication>

#include <algorithm>

namespace EpisodeDesk::App::Commands {

namespace {

// lupdate reads QT_TRANSLATE_NOOP only as written, never through a macro of ours.
constexpr CommandEntry accounts[] = {
    {"add",
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands",
                       "Adds an X account whose four keys come as JSON on standard input.")},
    {"signin",
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Signs an account in with X in the browser (OAuth 2.0).")},
    {"list", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Lists the X accounts.")},
};
constexpr CommandEntry episodes[] = {
    {"add", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Adds an episode.")},
    {"edit", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Changes an episode.")},
    {"delete",
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands",
                       "Deletes an episode (archives it when one of its tweets has a posting history).")},
    {"list", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Lists the episodes.")},
};
constexpr CommandEntry tweets[] = {
    {"add", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Adds a tweet to an episode.")},
    {"edit", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Changes a tweet's text, account, schedule or images.")},
    {"delete",
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Deletes a tweet (archives it when it has a posting history).")},
    {"show", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Shows a tweet and its posting attempts.")},
    {"list", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Lists the tweets and their states.")},
};
constexpr CommandEntry post[] = {
    {"", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Posts one tweet now, at most once.")},
};
constexpr CommandEntry verify[] = {
    {"", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Asks X whether an unknown attempt was published.")},
};
constexpr CommandEntry text[] = {
    {"check", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Counts a text as X does and says whether it fits.")},
};
constexpr CommandEntry scheduler[] = {
    {"run",
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands",
                       "Posts scheduled tweets when their time comes, without a window.")},
};
constexpr CommandEntry db[] = {
    {"info",
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands",
                       "Shows the backend, schema version and location of the database.")},
    {"copy", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Copies this database, ids and all, into an empty one.")},
};
constexpr CommandEntry feed[] = {
    {"import",
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands",
                       "Adds the episodes of the show's RSS feed and remembers the feed.")},
    {"refresh", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Reads the feed again and adds its new episodes.")},
};
constexpr CommandEntry templates[] = {
    {"add", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Adds a template that announces each new episode.")},
    {"list", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Lists the templates.")},
    {"remove", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Stops using a template; its tweets stay.")},
};
constexpr CommandEntry prices[] = {
    {"",
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands",
                       "Shows what X charges per post and read, and the day the prices were read.")},
    {"set", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Sets X's prices.")},
};
constexpr CommandEntry usage[] = {
    {"", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Shows the posts, reads and spend per account and month.")},
};
constexpr CommandEntry help[] = {
    {"",
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands",
                       "Shows this overview, or the options of one command: help tweets add.")},
};
constexpr CommandEntry completion[] = {
    {"", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Prints the completion script for bash, zsh or fish.")},
};

constexpr CommandGroup groups[] = {
    {"accounts", runAccounts, accounts},
    {"episodes", runEpisodes, episodes},
    {"tweets", runTweets, tweets},
    {"post", runPost, post},
    {"verify", runVerify, verify},
    {"text", runText, text},
    {"scheduler", runScheduler, scheduler},
    {"db", runDb, db},
    {"feed", runFeed, feed},
    {"templates", runTemplates, templates},
    {"prices", runPrices, prices},
    {"usage", runUsage, usage},
    {"help", runHelp, help, true},
    {"completion", runCompletion, completion, true},
};

constexpr GlobalOption options[] = {
    {"--db PATH",
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands",
                       "The database to use: a file, or a team database's postgresql://USER@HOST/NAME address. "
                       "Without it, the user's own database.")},
    {"--version", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Prints the version and exits.")},
    {"-h, --help", QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Shows the options of the command it follows.")},
};

constexpr ExitStatus statuses[] = {
    {ExitOk, QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Done.")},
    {ExitError,
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands",
                       "An error: no such id, a text too long, a database or keychain that cannot be used.")},
    {ExitUsage, QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "The command or its options were wrong.")},
    {ExitRefused,
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands",
                       "Refused by the tweet's state: already posted, already posting, unknown or disabled.")},
    {ExitFailed,
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands",
                       "Not published, and the message says why (rate limited, unauthorized, …).")},
    {ExitUnknown,
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands",
                       "The outcome is unknown: the tweet may be published. Run verify.")},
};

constexpr EnvironmentVariable variables[] = {
    {"LANGUAGE, LC_ALL, LC_MESSAGES, LANG",
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands",
                       "Choose the language of the window and the command line (German and Spanish are included) and "
                       "the form of dates.")},
    {"EPISODEDESK_MACHINE_ID",
     QT_TRANSLATE_NOOP(
         "EpisodeDesk::App::Commands",
         "Names this computer in the posting leases of a team database, instead of the host's machine id.")},
    {"PGPASSFILE, PGSERVICEFILE, PGSSLMODE",
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands",
                       "Read by PostgreSQL's client library when a team database is opened.")},
    {"QT_LOGGING_RULES",
     QT_TRANSLATE_NOOP("EpisodeDesk::App::Commands", "Turns on developer logging, e.g. episodedesk.*.debug=true.")},
};

} // namespace

std::span<const CommandGroup> commandGroups()
{
    return groups;
}

const CommandGroup *findGroup(const QString &name)
{
    const auto found = std::find_if(std::begin(groups), std::end(groups),
                                    [&name](const CommandGroup &group) { return name == QLatin1String(group.name); });
    return found == std::end(groups) ? nullptr : found;
}

const CommandEntry *findCommand(const CommandGroup &group, const QString &subcommand)
{
    const auto found =
        std::find_if(group.commands.begin(), group.commands.end(), [&subcommand](const CommandEntry &entry) {
            return subcommand == QLatin1String(entry.subcommand);
        });
    return found == group.commands.end() ? nullptr : &*found;
}

QString commandWords(const CommandGroup &group, const CommandEntry &command)
{
    const QString name = QLatin1String(group.name);
    return *command.subcommand ? name + QLatin1Char(' ') + QLatin1String(command.subcommand) : name;
}

std::span<const GlobalOption> globalOptions()
{
    return options;
}

std::span<const ExitStatus> exitStatuses()
{
    return statuses;
}

std::span<const EnvironmentVariable> environmentVariables()
{
    return variables;
}

QString translated(const char *summary)
{
    return QCoreApplication::translate("EpisodeDesk::App::Commands", summary);
}

} // namespace EpisodeDesk::App::Commands
