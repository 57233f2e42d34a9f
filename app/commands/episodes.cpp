// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// episodedesk episodes add | edit | delete | list
#include "commands/commands.h"
#include "commands/invocation.h"
#include "commands/output.h"
#include "store/episodestore.h"

namespace EpisodeDesk::App::Commands {

using namespace EpisodeDesk::Models;

namespace {

// The episode fields `episodes add` and `episodes edit` share.
void addEpisodeOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("title"), tr("Episode title."), tr("TITLE")});
    parser.addOption({QStringLiteral("number"), tr("Episode number."), tr("N")});
    parser.addOption({QStringLiteral("url"), tr("Episode page."), tr("URL")});
    parser.addOption({QStringLiteral("published"), tr("Publication date (YYYY-MM-DD)."), tr("DATE")});
}

// Copies the episode options that were given into *episode; returns ExitOk, or ExitUsage (with the
// message printed) for a value that is not acceptable.
int applyEpisodeOptions(const Subcommand &command, Episode *episode)
{
    if (command.isSet("title")) {
        episode->title = command.value("title").trimmed();
        if (episode->title.isEmpty()) {
            return fail(ExitUsage, tr("--title must not be empty."));
        }
    }
    if (command.isSet("number")) {
        bool ok = false;
        episode->number = command.value("number").toInt(&ok);
        if (!ok || *episode->number < 0) {
            return fail(ExitUsage, tr("--number must be a whole number of 0 or more."));
        }
    }
    if (command.isSet("url")) {
        episode->link = QUrl(command.value("url"), QUrl::StrictMode);
        if (!episode->link.isValid() || episode->link.scheme().isEmpty()) {
            return fail(ExitUsage, tr("--url must be a full address such as https://example.com/episode-1."));
        }
    }
    if (command.isSet("published")) {
        episode->publishedOn = QDate::fromString(command.value("published"), Qt::ISODate);
        if (!episode->publishedOn.isValid()) {
            return fail(ExitUsage, tr("--published must be a date such as 2026-11-28."));
        }
    }
    return ExitOk;
}

int add(Invocation &invocation)
{
    Subcommand command(invocation, 3, tr("Adds an episode and prints its id."));
    addEpisodeOptions(command.parser);
    if (const auto stop = command.parse()) {
        return *stop;
    }
    Episode episode;
    if (command.value("title").trimmed().isEmpty()) {
        return fail(ExitUsage, tr("episodes add needs --title."));
    }
    if (const int code = applyEpisodeOptions(command, &episode); code != ExitOk) {
        return code;
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    EpisodeStore episodes(invocation.connection());
    const auto id = episodes.add(episode);
    if (!id) {
        return fail(ExitError, episodes.lastError());
    }
    out() << *id << Qt::endl;
    return ExitOk;
}

// Only the options given change; the rest of the episode stays as it is.
int edit(Invocation &invocation)
{
    Subcommand command(invocation, 3, tr("Changes an episode; only the options given change."));
    command.parser.addPositionalArgument(QStringLiteral("ID"), tr("Episode id (see episodes list)."));
    addEpisodeOptions(command.parser);
    if (const auto stop = command.parse()) {
        return *stop;
    }
    const auto id = singleId(command, tr("Give exactly one episode id."));
    if (!id) {
        return ExitUsage;
    }
    if (!command.isSet("title") && !command.isSet("number") && !command.isSet("url") && !command.isSet("published")) {
        return fail(ExitUsage, tr("episodes edit needs at least one of --title, --number, --url or --published."));
    }
    Episode checked; // validate everything before anything is opened or changed
    if (const int code = applyEpisodeOptions(command, &checked); code != ExitOk) {
        return code;
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    EpisodeStore episodes(invocation.connection());
    auto episode = episodes.find(*id);
    if (!episode) {
        return fail(ExitError, episodes.lastError());
    }
    if (episode->archived) {
        return fail(ExitRefused,
                    tr("Episode %1 was deleted (archived to keep its record); it can no longer be "
                       "changed.")
                        .arg(*id));
    }
    applyEpisodeOptions(command, &*episode); // checked above: cannot fail
    if (!episodes.update(*episode)) {
        return fail(ExitError, episodes.lastError());
    }
    out() << tr("saved episode %1").arg(*id) << Qt::endl;
    return ExitOk;
}

// As the window does: an episode whose tweets went out is archived, not deleted.
int remove(Invocation &invocation)
{
    Subcommand command(invocation, 3,
                       tr("Deletes an episode and its tweets; archives it instead when one of its tweets "
                          "has a posting history."));
    command.parser.addPositionalArgument(QStringLiteral("ID"), tr("Episode id (see episodes list)."));
    if (const auto stop = command.parse()) {
        return *stop;
    }
    const auto id = singleId(command, tr("Give exactly one episode id."));
    if (!id) {
        return ExitUsage;
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    EpisodeStore episodes(invocation.connection());
    const auto removal = episodes.remove(*id);
    if (!removal) {
        return fail(episodes.refusedByState() ? ExitRefused : ExitError, episodes.lastError());
    }
    if (*removal == EpisodeStore::Removal::Archived) {
        out() << tr("archived episode %1: some of its tweets have a posting history, so its record is kept").arg(*id)
              << Qt::endl;
    } else if (*removal == EpisodeStore::Removal::Forgotten) {
        out() << tr("deleted episode %1: it came from the show's feed, which will not bring it back").arg(*id)
              << Qt::endl;
    } else {
        out() << tr("deleted episode %1").arg(*id) << Qt::endl;
    }
    return ExitOk;
}

// Streamed: each episode is written as it is read.
int list(Invocation &invocation)
{
    Subcommand command(invocation, 3, tr("Lists the episodes."));
    command.parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (const auto stop = command.parse()) {
        return *stop;
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    ListOutput output(command.isSet("json"));
    const auto write = [&output](const Episode &episode) {
        if (output.json()) {
            return output.addObject(
                {{QStringLiteral("id"), episode.id},
                 {QStringLiteral("number"), episode.number ? QJsonValue(*episode.number) : QJsonValue()},
                 {QStringLiteral("title"), episode.title},
                 {QStringLiteral("published"), episode.publishedOn.toString(Qt::ISODate)},
                 {QStringLiteral("url"), episode.link.toString()},
                 // What the show's feed says (schema 6); null where it says nothing.
                 {QStringLiteral("guid"), jsonText(episode.feedGuid)},
                 {QStringLiteral("season"), episode.season ? QJsonValue(*episode.season) : QJsonValue()},
                 {QStringLiteral("episode_type"), episode.episodeType},
                 {QStringLiteral("published_at"), jsonTime(episode.publishedAt)},
                 {QStringLiteral("image"), jsonText(episode.image.toString())},
                 {QStringLiteral("enclosure_url"), jsonText(episode.enclosureUrl.toString())},
                 {QStringLiteral("duration_s"), episode.durationS ? QJsonValue(*episode.durationS) : QJsonValue()},
                 {QStringLiteral("in_feed"), episode.inFeed ? QJsonValue(*episode.inFeed) : QJsonValue()}});
        }
        return output.addLine(QString::number(episode.id) + QLatin1Char('\t') +
                              (episode.number ? QString::number(*episode.number) : QString()) + QLatin1Char('\t') +
                              episode.title);
    };
    QString error;
    return EpisodeStore(invocation.connection()).forEach(write, &error) ? output.finish() : output.failed(error);
}

} // namespace

std::optional<int> runEpisodes(Invocation &invocation)
{
    const QString sub = invocation.word(2);
    if (sub == QLatin1String("add")) {
        return add(invocation);
    }
    if (sub == QLatin1String("edit")) {
        return edit(invocation);
    }
    if (sub == QLatin1String("delete")) {
        return remove(invocation);
    }
    if (sub == QLatin1String("list")) {
        return list(invocation);
    }
    return std::nullopt;
}

} // namespace EpisodeDesk::App::Commands
