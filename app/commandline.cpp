// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "posting/holdreason.h"
#include "posting/postingservice.h"
#include "posting/scheduler.h"
#include "sandbox/sandboxhost.h"
#include "secrets/keychainsecretstore.h"
#include "stopsignals.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/settingsstore.h"
#include "store/tweetstore.h"
#include "text/twittertext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace EpisodeDesk::App {

using namespace EpisodeDesk::Models;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(int code, const QString &message)
{
    err() << message << Qt::endl;
    return code;
}

const QStringList commands = {QStringLiteral("accounts"), QStringLiteral("episodes"), QStringLiteral("tweets"),
                              QStringLiteral("post"),     QStringLiteral("verify"),   QStringLiteral("text"),
                              QStringLiteral("scheduler")};

// Splits off the global --db option, wherever it stands.
bool takeDatabaseOption(QStringList *arguments, QString *path, QString *error)
{
    for (qsizetype i = 1; i < arguments->size(); ++i) {
        const QString argument = arguments->at(i);
        if (argument == QLatin1String("--db")) {
            if (i + 1 >= arguments->size()) {
                *error = tr("--db needs a file name.");
                return false;
            }
            *path = arguments->at(i + 1);
            arguments->remove(i, 2);
            return true;
        }
        if (argument.startsWith(QLatin1String("--db="))) {
            *path = argument.mid(5);
            arguments->remove(i);
            return true;
        }
    }
    return true;
}

// A parser for one subcommand: `episodedesk tweets add …` parses ["episodedesk tweets add", …].
struct Subcommand
{
    QCommandLineParser parser;
    QStringList arguments;

    Subcommand(const QStringList &all, int words, const QString &description)
    {
        parser.setApplicationDescription(description);
        parser.addHelpOption();
        arguments = all.mid(words);
        arguments.prepend(all.mid(0, words).join(QLatin1Char(' ')));
    }

    // Returns ExitOk to go on, or the exit code to stop with (usage errors, --help).
    int parse()
    {
        if (!parser.parse(arguments)) {
            return fail(ExitUsage, parser.errorText() + QLatin1Char('\n') + parser.helpText());
        }
        if (parser.isSet(QStringLiteral("help"))) {
            out() << parser.helpText();
            return -1;
        }
        return ExitOk;
    }

    QString value(const char *name) const { return parser.value(QLatin1String(name)); }
    bool isSet(const char *name) const { return parser.isSet(QLatin1String(name)); }
};

std::optional<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// Accepts what a person would type: an ISO date-time with or without an offset (without one it is
// local time), or a date and time separated by a space.
QDateTime parseDateTime(const QString &text)
{
    QString normalized = text.trimmed();
    normalized.replace(QLatin1Char(' '), QLatin1Char('T'));
    QDateTime time = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(normalized, Qt::ISODate);
    }
    return time;
}

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

// The same check, and sentence, as the tweet editor's counter: X's weighted length.
int checkTweetText(const QString &text)
{
    const TweetParseResult parsed = parseTweet(text);
    if (parsed.valid) {
        return ExitOk;
    }
    return fail(ExitError,
                text.trimmed().isEmpty() ? tr("The tweet text is empty.")
                                         : tr("The tweet is %1 characters long as X counts them; the "
                                              "limit is 280. Nothing was saved.")
                                               .arg(parsed.weightedLength));
}

// Sets the schedule from an --at value; false when it is not a time.
bool applySchedule(const QString &text, TweetConfig *config)
{
    const QDateTime at = parseDateTime(text);
    if (!at.isValid()) {
        return false;
    }
    config->scheduledZone =
        at.timeSpec() == Qt::LocalTime ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : at.timeZoneAbbreviation();
    config->scheduledAt = at.toUTC();
    return true;
}

int badScheduleTime()
{
    return fail(ExitUsage, tr("--at must be a date and time such as 2026-12-01T09:30 or 2026-12-01T09:30+01:00."));
}

// JSON times are ISO 8601 in UTC ("…Z"), null when there is none.
QJsonValue jsonTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

// Text output is for a person: local time, with its zone.
QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t")) : tr("—");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? tr("—") : text;
}

class Runner
{
public:
    Runner(QStringList arguments, QString databasePath)
        : m_arguments(std::move(arguments)),
          m_databasePath(databasePath.isEmpty() ? Database::defaultPath() : std::move(databasePath))
    { }

    int run()
    {
        const QString command = m_arguments.value(1);
        const QString sub = m_arguments.value(2);
        if (command == QLatin1String("accounts") && sub == QLatin1String("add")) {
            return accountsAdd();
        }
        if (command == QLatin1String("accounts") && sub == QLatin1String("list")) {
            return accountsList();
        }
        if (command == QLatin1String("episodes") && sub == QLatin1String("add")) {
            return episodesAdd();
        }
        if (command == QLatin1String("episodes") && sub == QLatin1String("list")) {
            return episodesList();
        }
        if (command == QLatin1String("episodes") && sub == QLatin1String("edit")) {
            return episodesEdit();
        }
        if (command == QLatin1String("episodes") && sub == QLatin1String("delete")) {
            return episodesDelete();
        }
        if (command == QLatin1String("tweets") && sub == QLatin1String("add")) {
            return tweetsAdd();
        }
        if (command == QLatin1String("tweets") && sub == QLatin1String("list")) {
            return tweetsList();
        }
        if (command == QLatin1String("tweets") && sub == QLatin1String("show")) {
            return tweetsShow();
        }
        if (command == QLatin1String("tweets") && sub == QLatin1String("edit")) {
            return tweetsEdit();
        }
        if (command == QLatin1String("tweets") && sub == QLatin1String("delete")) {
            return tweetsDelete();
        }
        if (command == QLatin1String("post") || command == QLatin1String("verify")) {
            return postOrVerify(command == QLatin1String("verify"));
        }
        if (command == QLatin1String("text") && sub == QLatin1String("check")) {
            return textCheck();
        }
        if (command == QLatin1String("scheduler") && sub == QLatin1String("run")) {
            return schedulerRun();
        }
        return fail(ExitUsage, usage());
    }

    static QString usage()
    {
        return tr("Usage: episodedesk [--db PATH] COMMAND …\n"
                  "\n"
                  "Without a command, opens the window. Commands:\n"
                  "  accounts add --name NAME (--sandbox | --api-base URL) [--handle H]   X keys as JSON on stdin\n"
                  "  accounts list [--json]\n"
                  "  episodes add --title T [--number N] [--url U] [--published DATE]\n"
                  "  episodes edit ID [--title T] [--number N] [--url U] [--published DATE]\n"
                  "  episodes delete ID   archived instead when one of its tweets has a posting history\n"
                  "  episodes list [--json]\n"
                  "  tweets add --episode ID --account ID --text TEXT [--at DATETIME]\n"
                  "  tweets edit ID [--text T] [--account ID] [--at DATETIME | --no-schedule] [--enable | --disable]\n"
                  "  tweets delete ID   archived instead when it has a posting history\n"
                  "  tweets show ID [--json]   the tweet and its attempts\n"
                  "  tweets list [--json]\n"
                  "  post ID [--timeout SECONDS]\n"
                  "  verify ID [--timeout SECONDS] [--safe-delay SECONDS]\n"
                  "  text check [--json] TEXT\n"
                  "  scheduler run [--once] [--grace MINUTES]   post scheduled tweets without a window\n"
                  "\n"
                  "Exit codes: 0 done; 1 error (no such id, text too long, …); 2 usage; 3 refused by state\n"
                  "(already posted, already posting, unknown, disabled; a posting, posted or unknown tweet can\n"
                  "only be enabled or disabled; a posting or unknown tweet, or its episode, cannot be deleted\n"
                  "until it is settled); 4 failed, not published; 5 outcome unknown (run verify).");
    }

private:
    // The one positional id of `… edit ID`, `… delete ID`, `… show ID`; prints `message` when there is not
    // exactly one valid id.
    static std::optional<qint64> singleId(const Subcommand &command, const QString &message)
    {
        const QStringList positional = command.parser.positionalArguments();
        const auto id = parseId(positional.value(0));
        if (!id || positional.size() != 1) {
            fail(ExitUsage, message);
            return std::nullopt;
        }
        return id;
    }

    bool openDatabase()
    {
        if (!m_db.open(m_databasePath, QStringLiteral("cli"))) {
            err() << m_db.errorString() << Qt::endl;
            return false;
        }
        return true;
    }

    int accountsAdd()
    {
        Subcommand command(m_arguments, 3,
                           tr("Adds an X account. Its four keys are read as a JSON object from "
                              "standard input and stored in the system keychain only."));
        command.parser.addOption({QStringLiteral("name"), tr("Account name shown in EpisodeDesk."), tr("NAME")});
        command.parser.addOption({QStringLiteral("sandbox"), tr("Post to the local Sandbox server only.")});
        command.parser.addOption({QStringLiteral("api-base"), tr("API address, e.g. https://api.x.com."), tr("URL")});
        command.parser.addOption(
            {QStringLiteral("handle"), tr("The account's @handle, for links to its posts."), tr("HANDLE")});
        if (const int code = command.parse(); code != ExitOk) {
            return code < 0 ? ExitOk : code;
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
        if (!sandbox) {
            QFile input;
            if (!input.open(stdin, QIODevice::ReadOnly)) {
                return fail(ExitError, tr("Cannot read the keys from standard input."));
            }
            QJsonParseError parseError {};
            const QJsonDocument json = QJsonDocument::fromJson(input.read(64 * 1024), &parseError);
            const QJsonObject object = json.object();
            keys = {object.value(QLatin1String("consumer_key")).toString().trimmed(),
                    object.value(QLatin1String("consumer_secret")).toString().trimmed(),
                    object.value(QLatin1String("access_token")).toString().trimmed(),
                    object.value(QLatin1String("access_token_secret")).toString().trimmed()};
            if (parseError.error != QJsonParseError::NoError || !json.isObject() || !keys.isComplete()) {
                // Never echo what was read: it may hold secrets.
                return fail(ExitUsage,
                            tr("Standard input must be a JSON object with consumer_key, consumer_secret, "
                               "access_token and access_token_secret."));
            }
        }
        if (!openDatabase()) {
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
        AccountStore accounts(m_db.connection());
        const auto id = accounts.add(account);
        if (!id) {
            return fail(ExitError, accounts.lastError());
        }
        if (!sandbox) {
            KeychainSecretStore keychain;
            SecretResult written;
            QEventLoop loop;
            keychain.writeCredentials(*id, keys, &loop, [&](const SecretResult &result) {
                written = result;
                loop.quit();
            });
            loop.exec();
            if (!written.ok) {
                accounts.remove(*id); // an account without keys would only fail later
                return fail(ExitError, written.message);
            }
        }
        out() << *id << Qt::endl;
        return ExitOk;
    }

    int accountsList()
    {
        Subcommand command(m_arguments, 3, tr("Lists the accounts (never their keys)."));
        command.parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
        if (const int code = command.parse(); code != ExitOk) {
            return code < 0 ? ExitOk : code;
        }
        if (!openDatabase()) {
            return ExitError;
        }
        QJsonArray array;
        for (const Account &account : AccountStore(m_db.connection()).all()) {
            array.append(QJsonObject {{QStringLiteral("id"), account.id},
                                      {QStringLiteral("name"), account.name},
                                      {QStringLiteral("kind"), accountKindToString(account.kind)},
                                      {QStringLiteral("handle"), account.handle},
                                      {QStringLiteral("x_user_id"), account.xUserId},
                                      {QStringLiteral("api_base"), account.apiBaseUrl.toString()}});
            if (!command.isSet("json")) {
                out() << account.id << '\t' << accountKindToString(account.kind) << '\t' << account.name << '\t'
                      << account.handle << Qt::endl;
            }
        }
        if (command.isSet("json")) {
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        }
        return ExitOk;
    }

    int episodesAdd()
    {
        Subcommand command(m_arguments, 3, tr("Adds an episode and prints its id."));
        addEpisodeOptions(command.parser);
        if (const int code = command.parse(); code != ExitOk) {
            return code < 0 ? ExitOk : code;
        }
        Episode episode;
        if (command.value("title").trimmed().isEmpty()) {
            return fail(ExitUsage, tr("episodes add needs --title."));
        }
        if (const int code = applyEpisodeOptions(command, &episode); code != ExitOk) {
            return code;
        }
        if (!openDatabase()) {
            return ExitError;
        }
        EpisodeStore episodes(m_db.connection());
        const auto id = episodes.add(episode);
        if (!id) {
            return fail(ExitError, episodes.lastError());
        }
        out() << *id << Qt::endl;
        return ExitOk;
    }

    // Only the options given change; the rest of the episode stays as it is.
    int episodesEdit()
    {
        Subcommand command(m_arguments, 3, tr("Changes an episode; only the options given change."));
        command.parser.addPositionalArgument(QStringLiteral("ID"), tr("Episode id (see episodes list)."));
        addEpisodeOptions(command.parser);
        if (const int code = command.parse(); code != ExitOk) {
            return code < 0 ? ExitOk : code;
        }
        const auto id = singleId(command, tr("Give exactly one episode id."));
        if (!id) {
            return ExitUsage;
        }
        if (!command.isSet("title") && !command.isSet("number") && !command.isSet("url") &&
            !command.isSet("published")) {
            return fail(ExitUsage, tr("episodes edit needs at least one of --title, --number, --url or --published."));
        }
        Episode checked; // validate everything before anything is opened or changed
        if (const int code = applyEpisodeOptions(command, &checked); code != ExitOk) {
            return code;
        }
        if (!openDatabase()) {
            return ExitError;
        }
        EpisodeStore episodes(m_db.connection());
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
    int episodesDelete()
    {
        Subcommand command(m_arguments, 3,
                           tr("Deletes an episode and its tweets; archives it instead when one of its tweets "
                              "has a posting history."));
        command.parser.addPositionalArgument(QStringLiteral("ID"), tr("Episode id (see episodes list)."));
        if (const int code = command.parse(); code != ExitOk) {
            return code < 0 ? ExitOk : code;
        }
        const auto id = singleId(command, tr("Give exactly one episode id."));
        if (!id) {
            return ExitUsage;
        }
        if (!openDatabase()) {
            return ExitError;
        }
        EpisodeStore episodes(m_db.connection());
        const auto removal = episodes.remove(*id);
        if (!removal) {
            return fail(episodes.refusedByState() ? ExitRefused : ExitError, episodes.lastError());
        }
        if (*removal == EpisodeStore::Removal::Archived) {
            out()
                << tr("archived episode %1: some of its tweets have a posting history, so its record is kept").arg(*id)
                << Qt::endl;
        } else {
            out() << tr("deleted episode %1").arg(*id) << Qt::endl;
        }
        return ExitOk;
    }

    int episodesList()
    {
        Subcommand command(m_arguments, 3, tr("Lists the episodes."));
        command.parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
        if (const int code = command.parse(); code != ExitOk) {
            return code < 0 ? ExitOk : code;
        }
        if (!openDatabase()) {
            return ExitError;
        }
        QJsonArray array;
        for (const Episode &episode : EpisodeStore(m_db.connection()).all()) {
            array.append(
                QJsonObject {{QStringLiteral("id"), episode.id},
                             {QStringLiteral("number"), episode.number ? QJsonValue(*episode.number) : QJsonValue()},
                             {QStringLiteral("title"), episode.title},
                             {QStringLiteral("published"), episode.publishedOn.toString(Qt::ISODate)},
                             {QStringLiteral("url"), episode.link.toString()}});
            if (!command.isSet("json")) {
                out() << episode.id << '\t' << (episode.number ? QString::number(*episode.number) : QString()) << '\t'
                      << episode.title << Qt::endl;
            }
        }
        if (command.isSet("json")) {
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        }
        return ExitOk;
    }

    int tweetsAdd()
    {
        Subcommand command(m_arguments, 3, tr("Adds a tweet to an episode and prints its id."));
        command.parser.addOption({QStringLiteral("episode"), tr("Episode id."), tr("ID")});
        command.parser.addOption({QStringLiteral("account"), tr("Account id."), tr("ID")});
        command.parser.addOption(
            {QStringLiteral("text"), tr("Tweet text; may use {title}, {number}, {url}, {date}."), tr("TEXT")});
        command.parser.addOption(
            {QStringLiteral("at"), tr("Scheduled time (ISO 8601; local time without an offset)."), tr("DATETIME")});
        if (const int code = command.parse(); code != ExitOk) {
            return code < 0 ? ExitOk : code;
        }
        const auto episodeId = parseId(command.value("episode"));
        const auto accountId = parseId(command.value("account"));
        const QString text = command.value("text");
        if (!episodeId || !accountId || !command.isSet("text")) {
            return fail(ExitUsage, tr("tweets add needs --episode ID, --account ID and --text TEXT."));
        }
        if (const int code = checkTweetText(text); code != ExitOk) {
            return code;
        }
        TweetConfig config;
        config.episodeId = *episodeId;
        config.accountId = *accountId;
        config.text = text;
        if (command.isSet("at") && !applySchedule(command.value("at"), &config)) {
            return badScheduleTime();
        }
        if (!openDatabase()) {
            return ExitError;
        }
        if (!EpisodeStore(m_db.connection()).find(*episodeId)) {
            return fail(ExitError, tr("There is no episode %1.").arg(*episodeId));
        }
        if (!AccountStore(m_db.connection()).find(*accountId)) {
            return fail(ExitError, tr("There is no account %1.").arg(*accountId));
        }
        TweetStore tweets(m_db.connection());
        const auto id = tweets.add(config);
        if (!id) {
            return fail(ExitError, tweets.lastError());
        }
        out() << *id << Qt::endl;
        return ExitOk;
    }

    int tweetsList()
    {
        Subcommand command(m_arguments, 3, tr("Lists the tweets and their status."));
        command.parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
        if (const int code = command.parse(); code != ExitOk) {
            return code < 0 ? ExitOk : code;
        }
        if (!openDatabase()) {
            return ExitError;
        }
        QJsonArray array;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const EpisodeStore episodes(m_db.connection());
        const AccountStore accounts(m_db.connection());
        for (const TweetConfig &config : TweetStore(m_db.connection()).all()) {
            const auto nullable = [](const QString &text) {
                return text.isEmpty() ? QJsonValue() : QJsonValue(text);
            };
            // Held as the window shows it: the claim's own checks of the text and the account.
            const auto hold = holdReason(config, episodes.find(config.episodeId), accounts.find(config.accountId));
            const DisplayStatus shown = displayStatus(config, hold, now, 30 * 60);
            array.append(QJsonObject {
                {QStringLiteral("id"), config.id},
                {QStringLiteral("episode_id"), config.episodeId},
                {QStringLiteral("account_id"), config.accountId},
                {QStringLiteral("status"), statusToString(config.status)},
                {QStringLiteral("display_status"), displayStatusToString(shown)},
                {QStringLiteral("held_reason"),
                 shown == DisplayStatus::Held ? QJsonValue(hold->message) : QJsonValue()},
                {QStringLiteral("enabled"), config.enabled},
                {QStringLiteral("scheduled_at"),
                 config.scheduledAt.isValid() ? QJsonValue(config.scheduledAt.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("post_id"), nullable(config.postId)},
                {QStringLiteral("post_url"), nullable(config.postUrl.toString())},
                {QStringLiteral("text"), config.text},
                {QStringLiteral("last_error"), nullable(config.lastError)},
                {QStringLiteral("retry_count"), config.retryCount}});
            if (!command.isSet("json")) {
                out() << config.id << '\t' << statusToString(config.status) << '\t' << config.postId << '\t'
                      << QString(config.text).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
            }
        }
        if (command.isSet("json")) {
            out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        }
        return ExitOk;
    }

    // Through TweetStore::update and setEnabled, with their refusals: a tweet that is posting, posted or
    // unknown may only be enabled or disabled.
    int tweetsEdit()
    {
        Subcommand command(m_arguments, 3, tr("Changes a tweet; only the options given change."));
        command.parser.addPositionalArgument(QStringLiteral("ID"), tr("Tweet id (see tweets list)."));
        command.parser.addOption(
            {QStringLiteral("text"), tr("Tweet text; may use {title}, {number}, {url}, {date}."), tr("TEXT")});
        command.parser.addOption({QStringLiteral("account"), tr("Account id."), tr("ID")});
        command.parser.addOption(
            {QStringLiteral("at"), tr("Scheduled time (ISO 8601; local time without an offset)."), tr("DATETIME")});
        command.parser.addOption({QStringLiteral("no-schedule"), tr("Remove the scheduled time.")});
        command.parser.addOption({QStringLiteral("enable"), tr("Let it be posted (by hand or on schedule).")});
        command.parser.addOption({QStringLiteral("disable"), tr("Keep it from being posted.")});
        if (const int code = command.parse(); code != ExitOk) {
            return code < 0 ? ExitOk : code;
        }
        const auto id = singleId(command, tr("Give exactly one tweet id."));
        if (!id) {
            return ExitUsage;
        }
        const bool changesContent =
            command.isSet("text") || command.isSet("account") || command.isSet("at") || command.isSet("no-schedule");
        const bool changesEnabled = command.isSet("enable") || command.isSet("disable");
        if (!changesContent && !changesEnabled) {
            return fail(ExitUsage,
                        tr("tweets edit needs at least one of --text, --account, --at, --no-schedule, "
                           "--enable or --disable."));
        }
        if (command.isSet("at") && command.isSet("no-schedule")) {
            return fail(ExitUsage, tr("Give either --at or --no-schedule, not both."));
        }
        if (command.isSet("enable") && command.isSet("disable")) {
            return fail(ExitUsage, tr("Give either --enable or --disable, not both."));
        }
        const auto accountId = parseId(command.value("account"));
        if (command.isSet("account") && !accountId) {
            return fail(ExitUsage, tr("--account needs an account id."));
        }
        TweetConfig checked; // validate everything before anything is opened or changed
        if (command.isSet("at") && !applySchedule(command.value("at"), &checked)) {
            return badScheduleTime();
        }
        if (command.isSet("text")) {
            if (const int code = checkTweetText(command.value("text")); code != ExitOk) {
                return code;
            }
        }
        if (!openDatabase()) {
            return ExitError;
        }
        TweetStore tweets(m_db.connection());
        auto config = tweets.find(*id);
        if (!config) {
            return fail(ExitError, tweets.lastError());
        }
        if (config->archived) {
            return fail(
                ExitRefused,
                tr("Tweet %1 was deleted (archived to keep its record); it can no longer be changed.").arg(*id));
        }
        if (accountId && !AccountStore(m_db.connection()).find(*accountId)) {
            return fail(ExitError, tr("There is no account %1.").arg(*accountId));
        }
        if (changesEnabled) {
            config->enabled = command.isSet("enable");
        }
        if (!changesContent) {
            // Allowed whatever the state: it decides only whether the tweet may be claimed again.
            if (!tweets.setEnabled(*id, config->enabled)) {
                return fail(ExitError, tweets.lastError());
            }
        } else {
            if (command.isSet("text")) {
                config->text = command.value("text");
            }
            if (accountId) {
                config->accountId = *accountId;
            }
            if (command.isSet("at")) {
                config->scheduledAt = checked.scheduledAt;
                config->scheduledZone = checked.scheduledZone;
            } else if (command.isSet("no-schedule")) {
                config->scheduledAt = {};
                config->scheduledZone.clear();
            }
            // One conditional statement: enabled changes together with the rest, or not at all.
            if (!tweets.update(*config)) {
                if (tweets.refusedByState()) {
                    return fail(ExitRefused,
                                tweets.lastError() + tr(" Only --enable or --disable can still change it."));
                }
                return fail(ExitError, tweets.lastError());
            }
        }
        out() << tr("saved tweet %1").arg(*id) << Qt::endl;
        return ExitOk;
    }

    // As the window does: a tweet with attempts is archived, one never tried is deleted, and one that
    // is posting or unknown is refused until it is settled (it may be on X).
    int tweetsDelete()
    {
        Subcommand command(m_arguments, 3,
                           tr("Deletes a tweet; archives it instead when it has a posting history. A tweet that is "
                              "posting or unknown is kept until it is settled (verify it)."));
        command.parser.addPositionalArgument(QStringLiteral("ID"), tr("Tweet id (see tweets list)."));
        if (const int code = command.parse(); code != ExitOk) {
            return code < 0 ? ExitOk : code;
        }
        const auto id = singleId(command, tr("Give exactly one tweet id."));
        if (!id) {
            return ExitUsage;
        }
        if (!openDatabase()) {
            return ExitError;
        }
        TweetStore tweets(m_db.connection());
        const auto removal = tweets.remove(*id);
        if (!removal) {
            return fail(tweets.refusedByState() ? ExitRefused : ExitError, tweets.lastError());
        }
        if (*removal == TweetStore::Removal::Archived) {
            out() << tr("archived tweet %1: it has a posting history, so its record is kept").arg(*id) << Qt::endl;
        } else {
            out() << tr("deleted tweet %1").arg(*id) << Qt::endl;
        }
        return ExitOk;
    }

    int tweetsShow()
    {
        Subcommand command(m_arguments, 3, tr("Shows one tweet, archived ones too, with every attempt to post it."));
        command.parser.addPositionalArgument(QStringLiteral("ID"), tr("Tweet id (see tweets list)."));
        command.parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
        if (const int code = command.parse(); code != ExitOk) {
            return code < 0 ? ExitOk : code;
        }
        const auto id = singleId(command, tr("Give exactly one tweet id."));
        if (!id) {
            return ExitUsage;
        }
        if (!openDatabase()) {
            return ExitError;
        }
        TweetStore tweets(m_db.connection());
        const auto config = tweets.find(*id);
        if (!config) {
            return fail(ExitError, tweets.lastError());
        }
        const QList<PostAttempt> attempts = tweets.attempts(*id); // newest first
        const auto episode = EpisodeStore(m_db.connection()).find(config->episodeId);
        const auto account = AccountStore(m_db.connection()).find(config->accountId);
        // As the window shows it: held with its reason, missed, scheduled, …
        const auto hold = holdReason(*config, episode, account);
        const DisplayStatus shown = displayStatus(*config, hold, QDateTime::currentDateTimeUtc(),
                                                  SettingsStore(m_db.connection()).graceSeconds());
        const QString held = shown == DisplayStatus::Held ? hold->message : QString();
        if (command.isSet("json")) {
            QJsonArray array;
            for (const PostAttempt &attempt : attempts) {
                array.append(QJsonObject {{QStringLiteral("attempt_id"), attempt.attemptId},
                                          {QStringLiteral("started_at"), jsonTime(attempt.startedAt)},
                                          {QStringLiteral("deadline"), jsonTime(attempt.deadline)},
                                          {QStringLiteral("finished_at"), jsonTime(attempt.finishedAt)},
                                          {QStringLiteral("outcome"), attempt.outcome},
                                          {QStringLiteral("http_status"),
                                           attempt.httpStatus ? QJsonValue(*attempt.httpStatus) : QJsonValue()},
                                          {QStringLiteral("post_id"), jsonText(attempt.postId)},
                                          {QStringLiteral("error"), jsonText(attempt.error)}});
            }
            out() << QJsonDocument(QJsonObject {{QStringLiteral("id"), config->id},
                                                {QStringLiteral("episode_id"), config->episodeId},
                                                {QStringLiteral("account_id"), config->accountId},
                                                {QStringLiteral("text"), config->text},
                                                {QStringLiteral("status"), statusToString(config->status)},
                                                {QStringLiteral("display_status"), displayStatusToString(shown)},
                                                {QStringLiteral("held_reason"), jsonText(held)},
                                                {QStringLiteral("text_to_send"), claimText(*config, episode)},
                                                {QStringLiteral("verify_after"), jsonTime(config->verifyAfter)},
                                                {QStringLiteral("enabled"), config->enabled},
                                                {QStringLiteral("archived"), config->archived},
                                                {QStringLiteral("scheduled_at"), jsonTime(config->scheduledAt)},
                                                {QStringLiteral("post_id"), jsonText(config->postId)},
                                                {QStringLiteral("post_url"), jsonText(config->postUrl.toString())},
                                                {QStringLiteral("last_error"), jsonText(config->lastError)},
                                                {QStringLiteral("retry_count"), config->retryCount},
                                                {QStringLiteral("claim_deadline"), jsonTime(config->claimDeadline)},
                                                {QStringLiteral("attempts"), array}})
                         .toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        QTextStream &stream = out();
        stream << tr("Tweet %1: %2%3")
                      .arg(config->id)
                      .arg(displayStatusToString(shown), config->archived ? tr(" (archived)") : QString())
               << Qt::endl;
        if (!held.isEmpty()) {
            stream << tr("Held:           %1").arg(held) << Qt::endl;
        }
        if (config->status == TweetStatus::Unknown && config->verifyAfter.isValid()) {
            stream
                << tr("Next check:     EpisodeDesk asks X again by itself after %1").arg(localTime(config->verifyAfter))
                << Qt::endl;
        }
        stream << tr("Episode:        %1 %2").arg(config->episodeId).arg(episode ? episode->title : QString())
               << Qt::endl;
        stream << tr("Account:        %1 %2").arg(config->accountId).arg(account ? account->name : QString())
               << Qt::endl;
        stream << tr("Enabled:        %1").arg(config->enabled ? tr("yes") : tr("no")) << Qt::endl;
        stream << tr("Scheduled:      %1")
                      .arg(config->scheduledAt.isValid() ? localTime(config->scheduledAt) : tr("not scheduled"))
               << Qt::endl;
        QString post = orDash(config->postId);
        if (!config->postUrl.isEmpty()) {
            post = tr("%1 (id %2)").arg(config->postUrl.toString(), config->postId);
        }
        stream << tr("Post:           %1").arg(post) << Qt::endl;
        stream << tr("Last error:     %1").arg(orDash(config->lastError)) << Qt::endl;
        stream << tr("Retries:        %1").arg(config->retryCount) << Qt::endl;
        stream << tr("Claim deadline: %1").arg(localTime(config->claimDeadline)) << Qt::endl;
        stream << tr("Text:") << Qt::endl;
        for (const QString &line : config->text.split(QLatin1Char('\n'))) {
            stream << QStringLiteral("    ") << line << Qt::endl;
        }
        if (const QString toSend = claimText(*config, episode); toSend != config->text && config->postId.isEmpty()) {
            stream << tr("As it will be sent:") << Qt::endl;
            for (const QString &line : toSend.split(QLatin1Char('\n'))) {
                stream << QStringLiteral("    ") << line << Qt::endl;
            }
        }
        if (attempts.isEmpty()) {
            stream << tr("No attempts yet.") << Qt::endl;
            return ExitOk;
        }
        stream << tr("Attempts, newest first:") << Qt::endl;
        for (const PostAttempt &attempt : attempts) {
            stream << QStringLiteral("  ") << attempt.attemptId << QStringLiteral("  ") << attempt.outcome;
            if (attempt.httpStatus) {
                stream << tr(", HTTP %1").arg(*attempt.httpStatus);
            }
            if (!attempt.postId.isEmpty()) {
                stream << tr(", post %1").arg(attempt.postId);
            }
            stream << Qt::endl;
            stream << tr("    started %1, deadline %2, finished %3")
                          .arg(localTime(attempt.startedAt), localTime(attempt.deadline), localTime(attempt.finishedAt))
                   << Qt::endl;
            if (!attempt.error.isEmpty()) {
                stream << tr("    error: %1").arg(attempt.error) << Qt::endl;
            }
        }
        return ExitOk;
    }

    int postOrVerify(bool verify)
    {
        Subcommand command(m_arguments, 2,
                           verify ? tr("Asks X whether a tweet whose outcome is unknown was published, and settles it.")
                                  : tr("Posts one tweet now, at most once."));
        command.parser.addPositionalArgument(QStringLiteral("ID"), tr("Tweet id (see tweets list)."));
        command.parser.addOption({QStringLiteral("timeout"), tr("Seconds to wait for X (default 30)."), tr("SECONDS")});
        if (verify) {
            command.parser.addOption({QStringLiteral("safe-delay"),
                                      tr("Settle as not published only when the attempt is this many seconds old "
                                         "(default 120)."),
                                      tr("SECONDS")});
        }
        if (const int code = command.parse(); code != ExitOk) {
            return code < 0 ? ExitOk : code;
        }
        const auto id = parseId(command.parser.positionalArguments().value(0));
        if (!id || command.parser.positionalArguments().size() != 1) {
            return fail(ExitUsage, tr("Give exactly one tweet id."));
        }
        if (!openDatabase()) {
            return ExitError;
        }
        const auto config = TweetStore(m_db.connection()).find(*id);
        if (!config) {
            return fail(ExitError, tr("There is no tweet %1.").arg(*id));
        }
        const auto account = AccountStore(m_db.connection()).find(config->accountId);
        m_db.close();

        PostingService::Options options;
        options.databasePath = m_databasePath;
        bool ok = false;
        if (const int seconds = command.value("timeout").toInt(&ok); ok && seconds > 0) {
            options.requestTimeout = std::chrono::seconds(seconds);
        }
        if (const int seconds = verify ? command.value("safe-delay").toInt(&ok) : -1; verify && ok && seconds >= 0) {
            options.verifySafeDelay = std::chrono::seconds(seconds);
        }
        // One request and out: no background recovery or verification of other tweets.
        options.checkInterval = std::chrono::milliseconds(0);
        std::unique_ptr<SandboxHost> sandbox;
        if (account && account->kind == AccountKind::Sandbox) {
            sandbox = std::make_unique<SandboxHost>(SandboxHost::storageFileFor(m_databasePath));
            options.sandboxBaseUrl = [host = sandbox.get()] {
                return host->start() ? host->baseUrl() : QUrl();
            };
        } else {
            options.secretStoreFactory = [](QObject *parent) -> SecretStore * {
                return new KeychainSecretStore(parent);
            };
        }
        PostingService service(options);
        QEventLoop loop;
        PostOutcome outcome;
        bool startFailed = false;
        QObject::connect(&service, &PostingService::started, &loop, [&](bool started, const QString &error) {
            if (!started) {
                startFailed = true;
                outcome.message = error;
                loop.quit();
            }
        });
        const auto done = [&, configId = *id](const PostOutcome &result) {
            if (result.configId != configId) {
                return;
            }
            outcome = result;
            loop.quit();
        };
        QObject::connect(&service, verify ? &PostingService::verifyFinished : &PostingService::postFinished, &loop,
                         done);
        service.start();
        verify ? service.verify(*id) : service.post(*id);
        loop.exec();
        if (startFailed) {
            return fail(ExitError, outcome.message);
        }
        return report(outcome, verify);
    }

    static int report(const PostOutcome &outcome, bool verify)
    {
        switch (outcome.kind) {
        case PostOutcome::Kind::Posted: {
            const QString where = outcome.postUrl.isEmpty() ? outcome.postId : outcome.postUrl.toString();
            out() << (verify ? tr("posted (verified): %1") : tr("posted: %1")).arg(where) << Qt::endl;
            return ExitOk;
        }
        case PostOutcome::Kind::Failed:
            if (verify) {
                out() << tr("not published (verified): %1").arg(outcome.message) << Qt::endl;
                return ExitOk;
            }
            return fail(ExitFailed, tr("failed, not published: %1").arg(outcome.message));
        case PostOutcome::Kind::Unknown:
            return fail(ExitUnknown,
                        tr("unknown: %1").arg(outcome.message) +
                            (verify ? QString() : tr(" Run: episodedesk verify %1").arg(outcome.configId)));
        case PostOutcome::Kind::Refused:
            switch (outcome.refusal) {
            case ClaimRefusal::AlreadyPosted:
                return fail(ExitRefused,
                            tr("already posted: %1")
                                .arg(outcome.postUrl.isEmpty() ? outcome.postId : outcome.postUrl.toString()));
            case ClaimRefusal::AlreadyPosting:
                return fail(ExitRefused, tr("already posting: %1").arg(outcome.message));
            case ClaimRefusal::NeedsVerify:
                return fail(ExitRefused, tr("unknown, verify first: %1").arg(outcome.message));
            case ClaimRefusal::Disabled:
                return fail(ExitRefused, tr("disabled: %1").arg(outcome.message));
            case ClaimRefusal::NotFound:
            case ClaimRefusal::DatabaseError:
                return fail(ExitError, outcome.message);
            case ClaimRefusal::None:
                // verify on a tweet that is not unknown
                return fail(ExitRefused, outcome.message);
            case ClaimRefusal::RateLimited:
                return fail(ExitFailed,
                            tr("rate limited until %1: %2")
                                .arg(outcome.retryAt.toLocalTime().toString(Qt::ISODate), outcome.message));
            case ClaimRefusal::UsageCapped:
            case ClaimRefusal::InvalidText:
            case ClaimRefusal::NoAccount:
            case ClaimRefusal::Busy:
                return fail(ExitFailed, tr("not published: %1").arg(outcome.message));
            }
            break;
        case PostOutcome::Kind::Error:
            break;
        }
        return fail(ExitError, outcome.message);
    }

    // The same scheduler as the window's, headless, for a systemd user timer or cron. --once posts what
    // is due now and exits; without it, it runs until stopped (SIGTERM/SIGINT).
    int schedulerRun()
    {
        Subcommand command(m_arguments, 3, tr("Posts scheduled tweets when they are due, without a window."));
        command.parser.addOption({QStringLiteral("once"), tr("Post what is due now, then exit.")});
        command.parser.addOption({QStringLiteral("grace"),
                                  tr("Minutes a scheduled post may still go out late (default: the database's "
                                     "setting, 30)."),
                                  tr("MINUTES")});
        command.parser.addOption({QStringLiteral("timeout"), tr("Seconds to wait for X (default 30)."), tr("SECONDS")});
        // Simulation, for rehearsing a release day against the Sandbox: run the clock faster.
        QCommandLineOption scale(QStringLiteral("time-scale"), tr("Run the clock this many times faster (simulation)."),
                                 tr("FACTOR"));
        QCommandLineOption from(QStringLiteral("start-at"), tr("Start the simulated clock at this time."),
                                tr("DATETIME"));
        QCommandLineOption until(QStringLiteral("until"), tr("Exit once the clock passes this time."), tr("DATETIME"));
        command.parser.addOption(scale);
        command.parser.addOption(from);
        command.parser.addOption(until);
        if (const int code = command.parse(); code != ExitOk) {
            return code < 0 ? ExitOk : code;
        }
        bool ok = true;
        const double timeScale = command.isSet("time-scale") ? command.value("time-scale").toDouble(&ok) : 1.0;
        if (!ok || timeScale <= 0) {
            return fail(ExitUsage, tr("--time-scale must be a positive number."));
        }
        const QDateTime startAt = command.isSet("start-at") ? parseDateTime(command.value("start-at")).toUTC()
                                                            : QDateTime::currentDateTimeUtc();
        const QDateTime stopAt = command.isSet("until") ? parseDateTime(command.value("until")).toUTC() : QDateTime();
        if (!startAt.isValid() || (command.isSet("until") && !stopAt.isValid())) {
            return fail(ExitUsage, tr("Times must look like 2026-12-01T09:30 or 2026-12-01T09:30+01:00."));
        }
        std::optional<qint64> graceSeconds;
        if (command.isSet("grace")) {
            const int minutes = command.value("grace").toInt(&ok);
            if (!ok || minutes < 0) {
                return fail(ExitUsage, tr("--grace must be a number of minutes."));
            }
            graceSeconds = qint64(minutes) * 60;
        }
        if (!openDatabase()) {
            return ExitError;
        }
        m_db.close();

        QElapsedTimer elapsed;
        elapsed.start();
        std::function<QDateTime()> clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
        if (command.isSet("time-scale") || command.isSet("start-at")) {
            clock = [startAt, timeScale, elapsed] {
                return startAt.addMSecs(qint64(double(elapsed.elapsed()) * timeScale));
            };
        }
        SandboxHost sandbox(SandboxHost::storageFileFor(m_databasePath));
        PostingService::Options options;
        options.databasePath = m_databasePath;
        options.clock = clock;
        if (const int seconds = command.value("timeout").toInt(&ok); ok && seconds > 0) {
            options.requestTimeout = std::chrono::seconds(seconds);
        }
        options.sandboxBaseUrl = [host = &sandbox] {
            return host->start() ? host->baseUrl() : QUrl();
        };
        options.secretStoreFactory = [](QObject *parent) -> SecretStore * {
            return new KeychainSecretStore(parent);
        };
        PostingService service(options);
        Scheduler::Options schedulerOptions;
        schedulerOptions.databasePath = m_databasePath;
        schedulerOptions.clock = clock;
        schedulerOptions.timeScale = timeScale;
        schedulerOptions.graceSeconds = graceSeconds;
        Scheduler scheduler(&service, schedulerOptions);

        QEventLoop loop;
        int posted = 0;
        int failed = 0;
        int unknown = 0;
        int missed = 0;
        int waiting = 0;
        int held = 0;
        QString startError;
        const bool once = command.isSet("once");
        QObject::connect(&scheduler, &Scheduler::started, &loop, [&](bool started, const QString &error) {
            if (!started) {
                startError = error;
                loop.quit();
            }
        });
        QObject::connect(&scheduler, &Scheduler::postFinished, &loop, [&](const PostOutcome &outcome) {
            switch (outcome.kind) {
            case PostOutcome::Kind::Posted:
                ++posted;
                out() << tr("posted %1: %2")
                             .arg(outcome.configId)
                             .arg(outcome.postUrl.isEmpty() ? outcome.postId : outcome.postUrl.toString())
                      << Qt::endl;
                break;
            case PostOutcome::Kind::Unknown:
                ++unknown;
                err() << tr("unknown %1: %2").arg(outcome.configId).arg(outcome.message) << Qt::endl;
                break;
            case PostOutcome::Kind::Refused:
                break; // another window or process got there first: fine
            default:
                ++failed;
                err() << tr("failed %1: %2").arg(outcome.configId).arg(outcome.message) << Qt::endl;
                break;
            }
        });
        QObject::connect(&scheduler, &Scheduler::missed, &loop, [&](qint64 id, const QDateTime &at) {
            ++missed;
            err() << tr("missed %1: it was due at %2; post or reschedule it")
                         .arg(id)
                         .arg(at.toLocalTime().toString(Qt::ISODate))
                  << Qt::endl;
        });
        QObject::connect(&scheduler, &Scheduler::waiting, &loop,
                         [&](qint64 id, const QDateTime &, const QString &message) {
                             ++waiting;
                             err() << tr("waiting %1: %2").arg(id).arg(message) << Qt::endl;
                         });
        QObject::connect(&scheduler, &Scheduler::held, &loop, [&](qint64 id, const QString &reason) {
            ++held;
            err() << tr("held %1: %2 It is not posted until the tweet, its episode or its account changes.")
                         .arg(id)
                         .arg(reason)
                  << Qt::endl;
        });
        QTimer stopCheck;
        // Wakes the scheduler when the (simulated) end comes, so `idle` can end the run. Precise, and
        // re-armed for what is left: a coarse timer may fire up to 5 % early, and an early check that
        // finds nothing to do would leave the run waiting for a wake that never comes.
        stopCheck.setSingleShot(true);
        stopCheck.setTimerType(Qt::PreciseTimer);
        const auto armStopCheck = [&] {
            const qint64 leftMs = clock().msecsTo(stopAt);
            stopCheck.start(std::chrono::milliseconds(qMax<qint64>(1, qint64(double(leftMs) / timeScale) + 1)));
        };
        QObject::connect(&stopCheck, &QTimer::timeout, &scheduler, &Scheduler::checkNow);
        QObject::connect(&scheduler, &Scheduler::idle, &loop, [&] {
            if (once || (stopAt.isValid() && clock() >= stopAt)) {
                loop.quit();
            } else if (stopAt.isValid()) {
                armStopCheck();
            }
        });
        if (stopAt.isValid()) {
            armStopCheck();
        }
        StopSignals stop;
        QObject::connect(&stop, &StopSignals::stopRequested, &loop, &QEventLoop::quit);
        service.start();
        scheduler.start();
        loop.exec();
        if (!startError.isEmpty()) {
            return fail(ExitError, startError);
        }
        // Held is appended only when there are any: scripts match the words before it.
        out() << tr("scheduler: %1 posted, %2 failed, %3 unknown, %4 missed, %5 waiting")
                     .arg(posted)
                     .arg(failed)
                     .arg(unknown)
                     .arg(missed)
                     .arg(waiting)
              << (held > 0 ? tr(", %1 held").arg(held) : QString()) << Qt::endl;
        if (unknown > 0) {
            return ExitUnknown;
        }
        return failed > 0 ? ExitFailed : ExitOk;
    }

    int textCheck()
    {
        Subcommand command(m_arguments, 3, tr("Counts a text as X does (weighted length, URLs as 23)."));
        command.parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
        command.parser.addPositionalArgument(QStringLiteral("TEXT"), tr("The text to check."));
        if (const int code = command.parse(); code != ExitOk) {
            return code < 0 ? ExitOk : code;
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

    QStringList m_arguments;
    QString m_databasePath;
    Database m_db;
};

} // namespace

bool isCommandLineInvocation(const QStringList &arguments)
{
    QStringList rest = arguments;
    QString ignored;
    QString error;
    takeDatabaseOption(&rest, &ignored, &error);
    const QString first = rest.value(1);
    return commands.contains(first) || first == QLatin1String("help") || first == QLatin1String("--help") ||
        first == QLatin1String("-h");
}

int runCommandLine(const QStringList &arguments)
{
    QStringList rest = arguments;
    QString databasePath;
    QString error;
    if (!takeDatabaseOption(&rest, &databasePath, &error)) {
        return fail(ExitUsage, error);
    }
    const QString first = rest.value(1);
    if (first == QLatin1String("help") || first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out() << Runner::usage() << Qt::endl;
        return ExitOk;
    }
    Runner runner(rest, databasePath);
    return runner.run();
}

} // namespace EpisodeDesk::App
