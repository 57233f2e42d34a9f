// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// episodedesk db info | copy
#include "commands/commands.h"
#include "commands/invocation.h"
#include "commands/output.h"
#include "store/databasecopy.h"
#include "store/databaselocation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace EpisodeDesk::App::Commands {

using namespace EpisodeDesk::Models;

namespace {

QString backendName(const DatabaseLocation &location)
{
    return location.isPostgreSql() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

int info(Invocation &invocation)
{
    Subcommand command(invocation, 3,
                       tr("Shows which database the commands use: its backend, schema version and "
                          "where it is (never a password)."));
    command.parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (const auto stop = command.parse()) {
        return *stop;
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    const Database &db = invocation.database();
    // The location is the path, or the URI as given: DatabaseLocation refuses a URI with a password, so
    // there is none to leave out.
    const DatabaseLocation &location = db.location();
    if (command.isSet("json")) {
        out() << QJsonDocument(QJsonObject {{QStringLiteral("backend"), backendName(location)},
                                            {QStringLiteral("schema_version"), db.schemaVersion()},
                                            {QStringLiteral("location"), location.toString()},
                                            {QStringLiteral("display_name"), location.displayName()}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        out() << tr("Backend: %1").arg(backendName(location)) << Qt::endl
              << tr("Schema version: %1").arg(db.schemaVersion()) << Qt::endl
              << tr("Location: %1").arg(location.toString()) << Qt::endl
              << tr("Display name: %1").arg(location.displayName()) << Qt::endl;
    }
    return ExitOk;
}

// A new SQLite file that open() made for a copy that then did not happen: take it away again, so a
// failed copy leaves nothing behind. An existing file or a team database is left as it is.
void removeCreatedFile(Database *target, const DatabaseLocation &location, bool existed)
{
    if (existed || location.isPostgreSql()) {
        return;
    }
    target->close();
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(location.filePath() + QLatin1String(suffix));
    }
}

int copy(Invocation &invocation)
{
    Subcommand command(invocation, 3,
                       tr("Copies this database, with every id, into an empty one: usually a show's file into a "
                          "team database on PostgreSQL. The accounts' X keys are not copied: they stay in "
                          "each computer's keychain."));
    command.parser.addOption({QStringLiteral("to"),
                              tr("The empty database to copy into: a file, or postgresql://USER@HOST/DB."),
                              tr("TARGET")});
    command.parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (const auto stop = command.parse()) {
        return *stop;
    }
    if (!command.isSet("to") || command.value("to").isEmpty()) {
        return fail(ExitUsage, tr("db copy needs --to TARGET (a file, or postgresql://USER@HOST/DB)."));
    }
    QString why;
    // Never echoes the text: it may hold a password (see DatabaseLocation::parse).
    const auto to = DatabaseLocation::parse(command.value("to"), &why);
    if (!to) {
        return fail(ExitUsage, why);
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    if (*to == invocation.database().location()) {
        return fail(ExitUsage, tr("--to names the database being copied; give an empty database."));
    }
    const bool existed = !to->isPostgreSql() && QFileInfo::exists(to->filePath());
    Database target;
    if (!target.open(to->toString(), QStringLiteral("cli-copy-target"))) {
        return fail(ExitError, target.errorString());
    }
    DatabaseCopy databaseCopy(invocation.connection(), target.connection());
    if (!databaseCopy.run()) {
        removeCreatedFile(&target, *to, existed);
        return fail(databaseCopy.error() == DatabaseCopy::Error::SourcePosting ? ExitRefused : ExitError,
                    databaseCopy.errorString());
    }
    const DatabaseCopy::Counts &counts = databaseCopy.counts();
    if (command.isSet("json")) {
        out() << QJsonDocument(QJsonObject {{QStringLiteral("to"), to->toString()},
                                            {QStringLiteral("accounts"), counts.accounts},
                                            {QStringLiteral("episodes"), counts.episodes},
                                            {QStringLiteral("tweets"), counts.tweets},
                                            {QStringLiteral("attempts"), counts.attempts},
                                            {QStringLiteral("limits"), counts.limits},
                                            {QStringLiteral("settings"), counts.settings},
                                            {QStringLiteral("feeds"), counts.feeds},
                                            {QStringLiteral("feed_items"), counts.feedItems},
                                            {QStringLiteral("templates"), counts.templates},
                                            {QStringLiteral("x_reads"), counts.reads},
                                            {QStringLiteral("images"), counts.media}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return ExitOk;
    }
    out() << tr("Copied to %1:").arg(to->displayName()) << Qt::endl
          << tr("  accounts: %1").arg(counts.accounts) << Qt::endl
          << tr("  episodes: %1").arg(counts.episodes) << Qt::endl
          << tr("  tweets: %1").arg(counts.tweets) << Qt::endl
          << tr("  attempts: %1").arg(counts.attempts) << Qt::endl
          << tr("  account limits: %1").arg(counts.limits) << Qt::endl
          << tr("  settings: %1").arg(counts.settings) << Qt::endl
          << tr("  feeds: %1 (with %2 episodes' feed values)").arg(counts.feeds).arg(counts.feedItems) << Qt::endl
          << tr("  announcement templates: %1").arg(counts.templates) << Qt::endl
          << tr("  images: %1").arg(counts.media) << Qt::endl
          << tr("  counted reads of X: %1").arg(counts.reads) << Qt::endl
          << tr("The accounts' X keys were not copied: they stay in this computer's keychain. Every teammate who "
                "posts from the copy enters the X keys of each account on their own computer (Accounts…).")
          << Qt::endl;
    if (to->isPostgreSql()) {
        out() << tr("Teammates open it with --db %1 or File → Open Team Database….").arg(to->toString()) << Qt::endl;
    }
    return ExitOk;
}

} // namespace

std::optional<int> runDb(Invocation &invocation)
{
    const QString sub = invocation.word(2);
    if (sub == QLatin1String("info")) {
        return info(invocation);
    }
    if (sub == QLatin1String("copy")) {
        return copy(invocation);
    }
    return std::nullopt;
}

} // namespace EpisodeDesk::App::Commands
