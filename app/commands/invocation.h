// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace EpisodeDesk::App::Commands {

// What the dispatcher hands a command group: the arguments (without --db), which database, and that
// database once the command has opened it.
class Invocation final
{
public:
    Invocation(QStringList arguments, const QString &databasePath);
    Q_DISABLE_COPY_MOVE(Invocation)

    const QStringList &arguments() const { return m_arguments; }
    // `episodedesk tweets list` has the words 0 (the program), 1 ("tweets") and 2 ("list").
    QString word(qsizetype index) const { return m_arguments.value(index); }
    const QString &databasePath() const { return m_databasePath; }

    // Opens the database (migrating it if need be); on failure prints why and returns false.
    bool openDatabase();
    Models::Database &database() { return m_db; }
    QSqlDatabase connection() const { return m_db.connection(); }

private:
    QStringList m_arguments;
    QString m_databasePath;
    Models::Database m_db;
};

// A parser for one subcommand: `episodedesk tweets add …` parses ["episodedesk tweets add", …], so that
// its --help and errors name the whole command.
struct Subcommand
{
    QCommandLineParser parser;
    QStringList arguments;
    QString usageName; // "episodedesk tweets add", as the usage line names it

    Subcommand(const Invocation &invocation, int words, const QString &description);

    // The exit code to stop with (a usage error, or ExitOk after --help), or nothing to go on.
    std::optional<int> parse();
    // The parser's help, with the usage line naming the whole command.
    QString helpText() const;

    QString value(const char *name) const { return parser.value(QLatin1String(name)); }
    bool isSet(const char *name) const { return parser.isSet(QLatin1String(name)); }
};

// A positive id, or nothing.
std::optional<qint64> parseId(const QString &text);

// The one positional id of `… edit ID`, `… delete ID`, `… show ID`; prints `message` (a usage error)
// when there is not exactly one valid id.
std::optional<qint64> singleId(const Subcommand &command, const QString &message);

// Accepts what a person would type: an ISO date-time with or without an offset (without one it is
// local time), or a date and time separated by a space. Invalid when it is none of these.
QDateTime parseDateTime(const QString &text);

} // namespace EpisodeDesk::App::Commands
