// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// episodedesk prices [set] | usage: what X charges, and what each account spent this month.
#include "commands/commands.h"
#include "commands/invocation.h"
#include "commands/output.h"
#include "store/accountstore.h"
#include "store/settingsstore.h"
#include "store/usagestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace EpisodeDesk::App::Commands {

using namespace EpisodeDesk::Models;

namespace {

// JSON money is integer micro-dollars (README "Command line"): exact, and no decimal text to parse.
QJsonObject pricesJson(const XPrices &prices)
{
    return {{QStringLiteral("create_micro_usd"), prices.createMicros},
            {QStringLiteral("create_with_link_micro_usd"), prices.createWithUrlMicros},
            {QStringLiteral("read_micro_usd"), prices.readMicros},
            {QStringLiteral("owned_read_micro_usd"), prices.ownedReadMicros},
            {QStringLiteral("read_on"), prices.readOn.toString(Qt::ISODate)}};
}

QString usd(qint64 micros)
{
    return QLatin1Char('$') + XPrices::formatUsd(micros, 3);
}

int show(Invocation &invocation)
{
    Subcommand command(invocation, 2,
                       tr("Shows what X charges per post and per read, as entered in Preferences or with "
                          "`prices set`, and the day the prices were read on X's pricing page."));
    command.parser.addOption({QStringLiteral("json"), tr("Print JSON (money in micro-dollars).")});
    if (const auto stop = command.parse()) {
        return *stop;
    }
    if (!command.parser.positionalArguments().isEmpty()) {
        return fail(ExitUsage, tr("prices takes no arguments; to change them use `prices set`."));
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    const XPrices prices = SettingsStore(invocation.connection()).xPrices();
    if (command.isSet("json")) {
        out() << QJsonDocument(pricesJson(prices)).toJson(QJsonDocument::Compact) << Qt::endl;
        return ExitOk;
    }
    out() << tr("Create a post: %1").arg(usd(prices.createMicros)) << Qt::endl
          << tr("Create a post with a link: %1").arg(usd(prices.createWithUrlMicros)) << Qt::endl
          << tr("Read a post: %1").arg(usd(prices.readMicros)) << Qt::endl
          << tr("Read a post of the account's own timeline: %1").arg(usd(prices.ownedReadMicros)) << Qt::endl
          << tr("Read on X's pricing page on %1").arg(prices.readOn.toString(Qt::ISODate)) << Qt::endl;
    return ExitOk;
}

int set(Invocation &invocation)
{
    Subcommand command(invocation, 3,
                       tr("Changes what X charges, as read on X's pricing page (https://developer.x.com/#pricing). "
                          "Prices are in US dollars, e.g. 0.015; what is not given stays."));
    const struct
    {
        const char *name;
        qint64 XPrices::*field;
        const char *description;
    } options[] = {
        {"create", &XPrices::createMicros, "Creating a post."},
        {"create-with-link", &XPrices::createWithUrlMicros, "Creating a post whose text has a link."},
        {"read", &XPrices::readMicros, "Each post read."},
        {"owned-read", &XPrices::ownedReadMicros, "Each post read of the account's own timeline."},
    };
    for (const auto &option : options) {
        command.parser.addOption({QLatin1String(option.name), tr(option.description), tr("USD")});
    }
    command.parser.addOption({QStringLiteral("read-on"),
                              tr("The day you read them on X's pricing page (default: today)."), tr("YYYY-MM-DD")});
    if (const auto stop = command.parse()) {
        return *stop;
    }
    if (!command.parser.positionalArguments().isEmpty()) {
        return fail(ExitUsage, tr("prices set takes only options, e.g. --create 0.015."));
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    SettingsStore settings(invocation.connection());
    XPrices prices = settings.xPrices();
    bool changed = false;
    for (const auto &option : options) {
        if (!command.isSet(option.name)) {
            continue;
        }
        const auto micros = XPrices::parseUsd(command.value(option.name));
        if (!micros) {
            return fail(ExitUsage,
                        tr("--%1 needs a price in US dollars from 0 to %2, such as 0.015.")
                            .arg(QLatin1String(option.name), XPrices::formatUsd(XPrices::kMaxMicros, 0)));
        }
        prices.*option.field = *micros;
        changed = true;
    }
    if (command.isSet("read-on")) {
        const QDate readOn = QDate::fromString(command.value("read-on"), Qt::ISODate);
        if (!readOn.isValid()) {
            return fail(ExitUsage, tr("--read-on needs a date such as 2026-03-15."));
        }
        prices.readOn = readOn;
    } else if (changed) {
        prices.readOn = QDate::currentDate(); // new prices were read today, unless told otherwise
    } else {
        return fail(ExitUsage,
                    tr("prices set needs at least one of --create, --create-with-link, --read, "
                       "--owned-read, --read-on."));
    }
    if (!settings.setXPrices(prices)) {
        return fail(ExitError, settings.lastError());
    }
    return ExitOk;
}

int usage(Invocation &invocation)
{
    Subcommand command(invocation, 2,
                       tr("Shows, per account, the posts and reads X billed in a calendar month (local time) at "
                          "the prices of `prices`, and the posts whose outcome is unknown, which X may have "
                          "billed."));
    command.parser.addOption({QStringLiteral("json"), tr("Print JSON (money in micro-dollars).")});
    command.parser.addOption({QStringLiteral("month"), tr("The month (default: this one)."), tr("YYYY-MM")});
    command.parser.addOption({QStringLiteral("account"), tr("Only this account."), tr("ID")});
    if (const auto stop = command.parse()) {
        return *stop;
    }
    QDate month = QDate::currentDate();
    if (command.isSet("month")) {
        month = QDate::fromString(command.value("month") + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid()) {
            return fail(ExitUsage, tr("--month needs a month such as 2026-03."));
        }
    }
    std::optional<qint64> only;
    if (command.isSet("account")) {
        only = parseId(command.value("account"));
        if (!only) {
            return fail(ExitUsage, tr("--account needs an account id."));
        }
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    const QSqlDatabase db = invocation.connection();
    const XPrices prices = SettingsStore(db).xPrices();
    const auto [from, to] = UsageStore::monthSpan(month);
    UsageStore store(db);
    const auto usages = store.usage(from, to, prices);
    if (!usages) {
        return fail(ExitError, store.lastError());
    }
    // Every account, also those that used nothing, and archived ones that did.
    AccountStore accounts(db);
    QMap<qint64, AccountUsage> rows;
    QMap<qint64, QString> names;
    for (const Account &account : accounts.all()) {
        rows[account.id].accountId = account.id;
        names[account.id] = account.name;
    }
    for (const AccountUsage &usage : *usages) {
        rows[usage.accountId] = usage;
        if (!names.contains(usage.accountId)) {
            names[usage.accountId] = accounts.find(usage.accountId).value_or(Account {}).name;
        }
    }
    if (only && !rows.contains(*only)) {
        return fail(ExitError, tr("There is no account %1.").arg(*only));
    }
    const QString monthText = month.toString(QStringLiteral("yyyy-MM"));
    ListOutput output(command.isSet("json"));
    for (const AccountUsage &usage : std::as_const(rows)) {
        if (only && usage.accountId != *only) {
            continue;
        }
        const bool written = output.json()
            ? output.addObject({{QStringLiteral("account_id"), usage.accountId},
                                {QStringLiteral("account"), names.value(usage.accountId)},
                                {QStringLiteral("month"), monthText},
                                {QStringLiteral("posts"), usage.posts},
                                {QStringLiteral("posts_micro_usd"), usage.postsMicros},
                                {QStringLiteral("maybe_billed"), usage.maybeBilled},
                                {QStringLiteral("maybe_billed_micro_usd"), usage.maybeBilledMicros},
                                {QStringLiteral("reads"), usage.reads},
                                {QStringLiteral("reads_micro_usd"), usage.readsMicros},
                                {QStringLiteral("total_micro_usd"), usage.totalMicros()},
                                {QStringLiteral("prices_read_on"), prices.readOn.toString(Qt::ISODate)}})
            : output.addLine(tr("%1\t%2\t%3: %4 posts, %5 · %6 reads, %7 · total %8 · %9 may have been billed, %10")
                                 .arg(QString::number(usage.accountId), names.value(usage.accountId), monthText,
                                      QString::number(usage.posts), usd(usage.postsMicros),
                                      QString::number(usage.reads), usd(usage.readsMicros), usd(usage.totalMicros()),
                                      QString::number(usage.maybeBilled))
                                 .arg(usd(usage.maybeBilledMicros)));
        if (!written) {
            break;
        }
    }
    return output.finish();
}

} // namespace

std::optional<int> runPrices(Invocation &invocation)
{
    const QString sub = invocation.word(2);
    if (sub == QLatin1String("set")) {
        return set(invocation);
    }
    if (sub.isEmpty() || sub.startsWith(QLatin1Char('-'))) {
        return show(invocation);
    }
    return std::nullopt;
}

std::optional<int> runUsage(Invocation &invocation)
{
    const QString sub = invocation.word(2);
    if (sub.isEmpty() || sub.startsWith(QLatin1Char('-'))) {
        return usage(invocation);
    }
    return std::nullopt;
}

} // namespace EpisodeDesk::App::Commands
