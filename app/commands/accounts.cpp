// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// episodedesk accounts add | signin | list
#include "commands/commands.h"
#include "commands/invocation.h"
#include "commands/output.h"
#include "sandbox/sandboxhost.h"
#include "secrets/keychainsecretstore.h"
#include "store/accountstore.h"
#include "x/xsignin.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>

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

// What this computer's keychain holds for an account (waiting for it).
SecretResult readKeys(qint64 accountId)
{
    KeychainSecretStore keychain;
    SecretResult read;
    QEventLoop loop;
    keychain.readCredentials(accountId, &loop, [&](const SecretResult &result) {
        read = result;
        loop.quit();
    });
    loop.exec();
    return read;
}

// The desktop's browser, without QtGui (the command line runs on QCoreApplication): the address goes
// as an argument to the platform's opener. It carries only the public client id, the state and the
// PKCE challenge, never the verifier.
bool openBrowser(const QUrl &url)
{
#if defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("open"), {url.toString(QUrl::FullyEncoded)});
#elif defined(Q_OS_WIN)
    return QProcess::startDetached(QStringLiteral("rundll32"),
                                   {QStringLiteral("url.dll,FileProtocolHandler"), url.toString(QUrl::FullyEncoded)});
#else
    return QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
#endif
}

int signin(Invocation &invocation)
{
    Subcommand command(invocation, 3,
                       tr("Adds an X account by signing in with X (OAuth 2.0 with PKCE) in the browser. Prints the "
                          "address of X's sign-in page on a line of its own, waits up to 5 minutes for X to send "
                          "the browser back, and prints the new account's id as its last line. The tokens go to "
                          "the system keychain only."));
    command.parser.addOption({QStringLiteral("name"), tr("Account name shown in EpisodeDesk."), tr("NAME")});
    command.parser.addOption(
        {QStringLiteral("client-id"), tr("The Client ID of your X app (a Native App; it is not a secret)."), tr("ID")});
    command.parser.addOption({QStringLiteral("api-base"), tr("API address (default https://api.x.com)."), tr("URL")});
    command.parser.addOption({QStringLiteral("authorize-url"),
                              tr("X's sign-in page (default https://x.com/i/oauth2/authorize)."), tr("URL")});
    command.parser.addOption({QStringLiteral("port"),
                              tr("The port of the callback address registered in your X app (default: the first "
                                 "free one of 8765, 8766, 8767)."),
                              tr("N")});
    command.parser.addOption({QStringLiteral("no-browser"), tr("Only print the address; do not open a browser.")});
    if (const auto stop = command.parse()) {
        return *stop;
    }
    const QString name = command.value("name").trimmed();
    const QString clientId = command.value("client-id").trimmed();
    if (name.isEmpty() || clientId.isEmpty()) {
        return fail(ExitUsage, tr("accounts signin needs --name and --client-id."));
    }
    XSignIn::Options options;
    options.clientId = clientId;
    if (command.isSet("api-base")) {
        options.apiBase = QUrl(command.value("api-base"), QUrl::StrictMode);
    }
    if (command.isSet("authorize-url")) {
        options.authorizeUrl = QUrl(command.value("authorize-url"), QUrl::StrictMode);
    }
    if (!isAcceptableApiBase(options.apiBase) || !isAcceptableApiBase(options.authorizeUrl)) {
        return fail(ExitUsage,
                    tr("The API and sign-in addresses must be https:// addresses (or http:// on this "
                       "computer)."));
    }
    if (command.isSet("port")) {
        bool ok = false;
        const uint port = command.value("port").toUInt(&ok);
        if (!ok || port == 0 || port > 65535) {
            return fail(ExitUsage, tr("--port must be a port number (1 to 65535)."));
        }
        options.ports = {quint16(port)};
    }
    // The database first: a show that cannot be opened should fail before the user signs in.
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    QNetworkAccessManager manager;
    XSignIn signIn(&manager, options);
    XSignIn::Result outcome;
    QEventLoop loop;
    const bool browser = !command.isSet("no-browser");
    QObject::connect(&signIn, &XSignIn::authorizeUrlReady, &loop, [browser](const QUrl &url) {
        // Alone on its line, so a script (or a test acting as the browser) can read it.
        out() << url.toString(QUrl::FullyEncoded) << Qt::endl;
        if (browser && !openBrowser(url)) {
            err() << tr("Could not open a browser: open the address above yourself.") << Qt::endl;
        }
    });
    QObject::connect(&signIn, &XSignIn::finished, &loop, [&](const XSignIn::Result &result) {
        outcome = result;
        loop.quit();
    });
    signIn.start();
    if (signIn.isRunning()) {
        loop.exec();
    }
    if (!outcome.ok()) {
        return fail(ExitError, outcome.message);
    }
    Account account;
    account.name = name;
    account.kind = AccountKind::X;
    account.auth = AccountAuth::OAuth2;
    account.clientId = clientId;
    account.apiBaseUrl = options.apiBase;
    account.handle = outcome.username;
    account.xUserId = outcome.userId;
    AccountStore accounts(invocation.connection());
    const auto id = accounts.add(account);
    if (!id) {
        return fail(ExitError, accounts.lastError());
    }
    if (const SecretResult written = writeKeys(*id, outcome.tokens); !written.ok) {
        accounts.remove(*id); // an account whose sign-in is lost could only fail later
        return fail(ExitError,
                    tr("The sign-in worked, but the keychain refused to keep it (%1), so no account was "
                       "added. Sign in again once the keychain works.")
                        .arg(written.message));
    }
    err() << tr("Signed in as @%1.").arg(outcome.username) << Qt::endl;
    out() << *id << Qt::endl;
    return ExitOk;
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
        // Per computer: whether this keychain holds a usable sign-in of an OAuth 2.0 account.
        const bool oauth2 = account.kind == AccountKind::X && account.auth == AccountAuth::OAuth2;
        const bool needsSignIn = oauth2 && !readKeys(account.id).credentials.hasOAuth2();
        const bool written = output.json()
            ? output.addObject({{QStringLiteral("id"), account.id},
                                {QStringLiteral("name"), account.name},
                                {QStringLiteral("kind"), accountKindToString(account.kind)},
                                {QStringLiteral("handle"), account.handle},
                                {QStringLiteral("x_user_id"), account.xUserId},
                                {QStringLiteral("api_base"), account.apiBaseUrl.toString()},
                                {QStringLiteral("auth"), accountAuthToString(account.auth)},
                                {QStringLiteral("client_id"), account.clientId},
                                {QStringLiteral("needs_signin"), needsSignIn}})
            : output.addLine(QString::number(account.id) + QLatin1Char('\t') + accountKindToString(account.kind) +
                             QLatin1Char('\t') + account.name + QLatin1Char('\t') + account.handle +
                             (needsSignIn ? QLatin1Char('\t') + tr("sign in again") : QString()));
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
    if (sub == QLatin1String("signin")) {
        return signin(invocation);
    }
    return std::nullopt;
}

} // namespace EpisodeDesk::App::Commands
