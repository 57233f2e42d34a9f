// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// episodedesk feed import | refresh
#include "commands/commands.h"
#include "commands/invocation.h"
#include "commands/output.h"
#include "feeds/feedupdate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace EpisodeDesk::App::Commands {

using namespace EpisodeDesk::Models;

namespace {

void print(const FeedChanges &changes, bool json)
{
    if (json) {
        out() << QJsonDocument(QJsonObject {{QStringLiteral("url"), changes.url.toString()},
                                            {QStringLiteral("added"), changes.added},
                                            {QStringLiteral("updated"), changes.updated},
                                            {QStringLiteral("unchanged"), changes.unchanged},
                                            {QStringLiteral("removed"), changes.removed},
                                            {QStringLiteral("not_modified"), changes.notModified},
                                            {QStringLiteral("announcements"), changes.announcements},
                                            {QStringLiteral("warnings"), QJsonArray::fromStringList(changes.warnings)}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return;
    }
    if (changes.notModified) {
        out() << tr("%1: not modified since the last refresh.").arg(changes.url.toDisplayString()) << Qt::endl;
        return;
    }
    out() << tr("%1: %2 added, %3 updated, %4 unchanged, %5 no longer in the feed; %6 announcement(s) made.")
                 .arg(changes.url.toDisplayString())
                 .arg(changes.added)
                 .arg(changes.updated)
                 .arg(changes.unchanged)
                 .arg(changes.removed)
                 .arg(changes.announcements)
          << Qt::endl;
    for (const QString &warning : changes.warnings) {
        err() << tr("Note: %1").arg(warning) << Qt::endl;
    }
}

int finish(const FeedUpdate::Result &result, bool json)
{
    if (!result.ok()) {
        for (const QString &warning : result.changes.warnings) {
            err() << tr("Note: %1").arg(warning) << Qt::endl;
        }
        return fail(result.storeError == FeedStore::Error::GuidsChanged ||
                            result.storeError == FeedStore::Error::OtherFeed
                        ? ExitRefused
                        : ExitError,
                    result.errorString);
    }
    print(result.changes, json);
    return ExitOk;
}

int import(Invocation &invocation)
{
    Subcommand command(invocation, 3,
                       tr("Reads the show's RSS feed, adds its episodes and remembers the address for refreshes. "
                          "Nothing is announced for the episodes already in the feed."));
    command.parser.addPositionalArgument(QStringLiteral("url"), tr("The feed's address (https://…)."));
    command.parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (const auto stop = command.parse()) {
        return *stop;
    }
    const QStringList positional = command.parser.positionalArguments();
    if (positional.size() != 1) {
        return fail(ExitUsage, tr("feed import needs the feed's address: episodedesk feed import URL"));
    }
    const QUrl url = QUrl::fromUserInput(positional.constFirst());
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    QNetworkAccessManager manager;
    FeedUpdate update(invocation.connection(), &manager);
    return finish(update.importFeed(url), command.isSet("json"));
}

int refresh(Invocation &invocation)
{
    Subcommand command(invocation, 3,
                       tr("Reads the show's feed again: new episodes are added (and announced with the show's "
                          "templates), changed ones updated (fields edited in EpisodeDesk are kept), and episodes "
                          "no longer in the feed are marked, never deleted."));
    command.parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    command.parser.addOption(
        {QStringLiteral("force"), tr("Read the whole feed even if the server says it has not changed.")});
    command.parser.addOption({QStringLiteral("match-by"),
                              tr("When the host has changed every episode's guid: match the episodes by their "
                                 "audio file (enclosure) or by title instead."),
                              tr("enclosure|title")});
    if (const auto stop = command.parse()) {
        return *stop;
    }
    FeedUpdate::Options options;
    options.force = command.isSet("force");
    if (command.isSet("match-by")) {
        const QString by = command.value("match-by");
        if (by == QLatin1String("enclosure")) {
            options.matchBy = FeedStore::MatchBy::Enclosure;
        } else if (by == QLatin1String("title")) {
            options.matchBy = FeedStore::MatchBy::Title;
        } else {
            return fail(ExitUsage, tr("--match-by takes enclosure or title."));
        }
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    QNetworkAccessManager manager;
    FeedUpdate update(invocation.connection(), &manager, options);
    return finish(update.refresh(), command.isSet("json"));
}

} // namespace

std::optional<int> runFeed(Invocation &invocation)
{
    const QString sub = invocation.word(2);
    if (sub == QLatin1String("import")) {
        return import(invocation);
    }
    if (sub == QLatin1String("refresh")) {
        return refresh(invocation);
    }
    return std::nullopt;
}

} // namespace EpisodeDesk::App::Commands
