// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// episodedesk templates add | list | remove
#include "commands/commands.h"
#include "commands/invocation.h"
#include "commands/output.h"
#include "store/templatestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace EpisodeDesk::App::Commands {

using namespace EpisodeDesk::Models;

namespace {

int add(Invocation &invocation)
{
    Subcommand command(invocation, 3,
                       tr("Adds an announcement: each new episode a feed refresh finds gets one tweet with this "
                          "text (placeholders such as {title} and {url} are filled in when it is posted)."));
    command.parser.addOption({QStringLiteral("account"), tr("The account that posts it."), tr("ID")});
    command.parser.addOption({QStringLiteral("text"), tr("The tweet's text."), tr("TEXT")});
    command.parser.addOption({QStringLiteral("offset"),
                              tr("Minutes after the episode's publication time to post it (default 0; negative is "
                                 "before)."),
                              tr("MINUTES")});
    command.parser.addOption(
        {QStringLiteral("manual"), tr("Leave the tweet pending for review instead of scheduling it.")});
    if (const auto stop = command.parse()) {
        return *stop;
    }
    const auto account = parseId(command.value("account"));
    if (!account || !command.isSet("text")) {
        return fail(ExitUsage, tr("templates add needs --account ID and --text TEXT."));
    }
    if (command.isSet("offset") && command.isSet("manual")) {
        return fail(ExitUsage, tr("--offset and --manual exclude each other: a manual announcement has no time."));
    }
    AnnouncementTemplate announcement;
    announcement.accountId = *account;
    announcement.text = command.value("text");
    announcement.manual = command.isSet("manual");
    if (command.isSet("offset")) {
        bool ok = false;
        announcement.offsetMinutes = command.value("offset").toInt(&ok);
        if (!ok) {
            return fail(ExitUsage, tr("--offset must be a whole number of minutes."));
        }
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    TemplateStore store(invocation.connection());
    const auto id = store.add(announcement);
    if (!id) {
        return fail(ExitError, store.lastError());
    }
    out() << *id << Qt::endl;
    return ExitOk;
}

int list(Invocation &invocation)
{
    Subcommand command(invocation, 3, tr("Lists the show's announcement templates."));
    command.parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (const auto stop = command.parse()) {
        return *stop;
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    TemplateStore store(invocation.connection());
    const QList<AnnouncementTemplate> templates = store.all();
    if (!store.lastError().isEmpty()) {
        return fail(ExitError, store.lastError());
    }
    if (command.isSet("json")) {
        QJsonArray array;
        for (const AnnouncementTemplate &announcement : templates) {
            array.append(QJsonObject {{QStringLiteral("id"), announcement.id},
                                      {QStringLiteral("account_id"), announcement.accountId},
                                      {QStringLiteral("text"), announcement.text},
                                      {QStringLiteral("offset_minutes"), announcement.offsetMinutes},
                                      {QStringLiteral("manual"), announcement.manual}});
        }
        out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    for (const AnnouncementTemplate &announcement : templates) {
        out() << announcement.id << '\t' << tr("account %1").arg(announcement.accountId) << '\t'
              << (announcement.manual ? tr("for review")
                                      : tr("%1 min after publication").arg(announcement.offsetMinutes))
              << '\t' << announcement.text << Qt::endl;
    }
    return ExitOk;
}

int remove(Invocation &invocation)
{
    Subcommand command(invocation, 3,
                       tr("Stops using a template. The tweets it made stay as they are, and it makes no new ones."));
    if (const auto stop = command.parse()) {
        return *stop;
    }
    const auto id = singleId(command, tr("templates remove needs the template's id."));
    if (!id) {
        return ExitUsage;
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    TemplateStore store(invocation.connection());
    if (!store.remove(*id)) {
        return fail(ExitError, store.lastError());
    }
    return ExitOk;
}

} // namespace

std::optional<int> runTemplates(Invocation &invocation)
{
    const QString sub = invocation.word(2);
    if (sub == QLatin1String("add")) {
        return add(invocation);
    }
    if (sub == QLatin1String("list")) {
        return list(invocation);
    }
    if (sub == QLatin1String("remove")) {
        return remove(invocation);
    }
    return std::nullopt;
}

} // namespace EpisodeDesk::App::Commands
