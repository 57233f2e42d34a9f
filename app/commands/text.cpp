// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// episodedesk text check: X's count of a text, without a database
#include "commands/commands.h"
#include "commands/invocation.h"
#include "commands/output.h"
#include "text/twittertext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace EpisodeDesk::App::Commands {

using namespace EpisodeDesk::Models;

namespace {

int check(Invocation &invocation)
{
    Subcommand command(invocation, 3, tr("Counts a text as X does (weighted length, URLs as 23)."));
    command.parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    command.parser.addPositionalArgument(QStringLiteral("TEXT"), tr("The text to check."));
    if (const auto stop = command.parse()) {
        return *stop;
    }
    if (command.parser.positionalArguments().size() != 1) {
        return fail(ExitUsage, tr("Give the text as one argument (quote it)."));
    }
    const TweetParseResult result = parseTweet(command.parser.positionalArguments().constFirst());
    if (command.isSet("json")) {
        out() << QJsonDocument(QJsonObject {{QStringLiteral("weightedLength"), result.weightedLength},
                                            {QStringLiteral("valid"), result.valid},
                                            {QStringLiteral("permillage"), result.permillage}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        out() << tr("%1 / 280 — %2").arg(result.weightedLength).arg(result.valid ? tr("valid") : tr("not valid"))
              << Qt::endl;
    }
    return result.valid ? ExitOk : ExitError;
}

} // namespace

std::optional<int> runText(Invocation &invocation)
{
    if (invocation.word(2) == QLatin1String("check")) {
        return check(invocation);
    }
    return std::nullopt;
}

} // namespace EpisodeDesk::App::Commands
