// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// episodedesk accounts add | list
#include "commands/commands.h"
#include "commands/invocation.h"
#include "commands/output.h"
#include "sandbox/sandboxhost.h"
#include "secrets/keychainsecretstore.h"
#include "store/accountstore.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace EpisodeDesk::App::Commands {

using namespace EpisodeDesk::Models;

namespace {

// X accounts need https; plain http only to this computer (the Sandbox, tests).
bool isAcceptableApiBase(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    if (url.scheme() == QLatin1String("https")) {
        return true;
    }
    const QString host = url.host();
    return url.scheme() == QLatin1String("http") &&
        (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1"));
}

// The four keys as a JSON object on standard input; ExitOk with *keys filled in, or the exit code.
int readKeys(XCredentials *keys)
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        return fail(ExitError, tr("Cannot read the keys from standard input."));
    }
    QJsonParseError parseError {};
    const QJsonDocument json = QJsonDocument::fromJson(input.read(64 * 1024), &parseError);
    const QJsonObject object = json.object();
    *keys = {object.value(QLatin1String("consumer_key")).toString().trimmed(),
             object.value(QLatin1String("consumer_secret")).toString().trimmed(),
             object.value(QLatin1String("access_token")).toString().trimmed(),
             object.value(QLatin1String("access_token_secret")).toString().trimmed()};
    if (parseError.error != QJsonParseError::NoError || !json.isObject() || !keys->hasOAuth1()) {
        // Never echo what was read: it may hold secrets.
        return fail(ExitUsage,
                    tr("Standard input must be a JSON object with consumer_key, consumer_secret, "
                       "access_token and access_token_secret."));
    }
    return ExitOk;
}

// Waits for the keychain: the command has nothing else to do meanwhile.
SecretResult writeKeys(qint64 accountId, const XCredentials &keys)
{
    KeychainSecretStore keychain;
    SecretResult written;
    QEventLoop loop;
    keychain.writeCredentials(accountId, keys, &loop, [&](const SecretResult &result) {
        written = result;
        loop.quit();
    });
    loop.exec();
    return written;
}

int add(Invocation &invocation)
{
    Subcommand command(invocation, 3,
                       tr("Adds an X account. Its four keys are read as a JSON object from "
                          "standard input and stored in the system keychain only."));
    command.parser.addOption({QStringLiteral("name"), tr("Account name shown in EpisodeDesk."), tr("NAME")});
    command.parser.addOption({QStringLiteral("sandbox"), tr("Post to the local Sandbox server only.")});
    command.parser.addOption({QStringLiteral("api-base"), tr("API address, e.g. https://api.x.com."), tr("URL")});
    command.parser.addOption(
        {QStringLiteral("handle"), tr("The account's @handle, for links to its posts."), tr("HANDLE")});
    if (const auto stop = command.parse()) {
        return *stop;
    }
    const QString name = command.value("name").trimmed();
    const bool sandbox = command.isSet("sandbox");
    const QUrl apiBase(command.value("api-base"), QUrl::StrictMode);
    if (name.isEmpty() || sandbox == command.isSet("api-base")) {
        return fail(ExitUsage, tr("accounts add needs --name and exactly one of --sandbox or --api-base."));
    }
    if (!sandbox && !isAcceptableApiBase(apiBase)) {
        return fail(ExitUsage, tr("The API address must be an https:// address (or http:// on this computer)."));
    }
    XCredentials keys;
    if (const int code = sandbox ? int(ExitOk) : readKeys(&keys); code != ExitOk) {
        return code;
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    Account account;
    account.name = name;
    account.kind = sandbox ? AccountKind::Sandbox : AccountKind::X;
    account.apiBaseUrl = sandbox ? QUrl() : apiBase;
    account.handle = command.value("handle").trimmed().remove(QLatin1Char('@'));
    if (sandbox) {
        account.handle = SandboxHost::sandboxUsername();
        account.xUserId = SandboxHost::sandboxUserId();
    }
    AccountStore accounts(invocation.connection());
    const auto id = accounts.add(account);
    if (!id) {
        return fail(ExitError, accounts.lastError());
    }
    if (!sandbox) {
        if (const SecretResult written = writeKeys(*id, keys); !written.ok) {
            accounts.remove(*id); // an account without keys would only fail later
            return fail(ExitError, written.message);
        }
    }
    out() << *id << Qt::endl;
    return ExitOk;
}

// A show has a handful of accounts: all() is fine here, the output is the same shape as the long lists'.
int list(Invocation &invocation)
{
    Subcommand command(invocation, 3, tr("Lists the accounts (never their keys)."));
    command.parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (const auto stop = command.parse()) {
        return *stop;
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    AccountStore accounts(invocation.connection());
    const QList<Account> all = accounts.all();
    ListOutput output(command.isSet("json"));
    for (const Account &account : all) {
        const bool written = output.json()
            ? output.addObject({{QStringLiteral("id"), account.id},
                                {QStringLiteral("name"), account.name},
                                {QStringLiteral("kind"), accountKindToString(account.kind)},
                                {QStringLiteral("handle"), account.handle},
                                {QStringLiteral("x_user_id"), account.xUserId},
                                {QStringLiteral("api_base"), account.apiBaseUrl.toString()}})
            : output.addLine(QString::number(account.id) + QLatin1Char('\t') + accountKindToString(account.kind) +
                             QLatin1Char('\t') + account.name + QLatin1Char('\t') + account.handle);
        if (!written) {
            break;
        }
    }
    return output.finish();
}

} // namespace

std::optional<int> runAccounts(Invocation &invocation)
{
    const QString sub = invocation.word(2);
    if (sub == QLatin1String("add")) {
        return add(invocation);
    }
    if (sub == QLatin1String("list")) {
        return list(invocation);
    }
    return std::nullopt;
}

} // namespace EpisodeDesk::App::Commands
