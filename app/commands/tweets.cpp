// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// episodedesk tweets add | edit | delete (and list, show: tweetviews.cpp)
#include "commands/tweets.h"

#include "commands/commands.h"
#include "commands/invocation.h"
#include "commands/output.h"
#include "commands/tweetimages.h"
#include "media/tweetimagestore.h"
#include "store/accountstore.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"
#include "text/twittertext.h"

#include <QScopeGuard>
#include <QTimeZone>

namespace EpisodeDesk::App::Commands {

using namespace EpisodeDesk::Models;

namespace {

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

void addTextOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("text"),
                      tr("Tweet text; may use {title}, {number}, {url}, {date}, {season}, {description}, {duration}."),
                      tr("TEXT")});
}

void addScheduleOption(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("at"), tr("Scheduled time (ISO 8601; local time without an offset)."), tr("DATETIME")});
}

// Added disabled, given its images, then enabled: the scheduler never claims it without them. A
// refusal on the way takes the tweet and its images away again. Nothing, with the reason printed, on
// failure.
std::optional<qint64> addWithImages(Invocation &invocation, TweetConfig config, const QList<TweetImage> &images)
{
    const bool enabled = config.enabled;
    config.enabled = enabled && images.isEmpty();
    TweetStore tweets(invocation.connection());
    const auto id = tweets.add(config);
    if (!id) {
        fail(ExitError, tweets.lastError());
        removeUnusedImages(invocation.connection(), images);
        return std::nullopt;
    }
    if (images.isEmpty()) {
        return id;
    }
    TweetImageStore tweetImages(invocation.connection());
    if (!tweetImages.setImages(*id, images)) {
        fail(ExitError, tweetImages.lastError() + tr(" Nothing was saved."));
        tweets.remove(*id); // never tried, so deleted
        removeUnusedImages(invocation.connection(), images);
        return std::nullopt;
    }
    if (enabled && !tweets.setEnabled(*id, true)) {
        fail(ExitError,
             tr("Tweet %1 was added with its images but is still disabled: %2 Enable it with "
                "tweets edit %1 --enable.")
                 .arg(*id)
                 .arg(tweets.lastError()));
        return std::nullopt;
    }
    return id;
}

int add(Invocation &invocation)
{
    Subcommand command(invocation, 3, tr("Adds a tweet to an episode and prints its id."));
    command.parser.addOption({QStringLiteral("episode"), tr("Episode id."), tr("ID")});
    command.parser.addOption({QStringLiteral("account"), tr("Account id."), tr("ID")});
    addTextOption(command.parser);
    addScheduleOption(command.parser);
    addImageOptions(command.parser);
    if (const auto stop = command.parse()) {
        return *stop;
    }
    const auto episodeId = parseId(command.value("episode"));
    const auto accountId = parseId(command.value("account"));
    const QString text = command.value("text");
    if (!episodeId || !accountId || !command.isSet("text")) {
        return fail(ExitUsage, tr("tweets add needs --episode ID, --account ID and --text TEXT."));
    }
    bool usageError = false;
    const QList<ImageArgument> imageArgs = imageArguments(command.parser, &usageError);
    if (usageError) {
        return ExitUsage;
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
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    if (!EpisodeStore(invocation.connection()).find(*episodeId)) {
        return fail(ExitError, tr("There is no episode %1.").arg(*episodeId));
    }
    if (!AccountStore(invocation.connection()).find(*accountId)) {
        return fail(ExitError, tr("There is no account %1.").arg(*accountId));
    }
    const auto images = storeImages(invocation.connection(), *episodeId, imageArgs);
    if (!images) {
        return ExitError;
    }
    const auto id = addWithImages(invocation, config, *images);
    if (!id) {
        return ExitError;
    }
    out() << *id << Qt::endl;
    return ExitOk;
}

// What `tweets edit` was asked to change, checked before the database is opened.
struct Edit
{
    bool content = false; // text, account or schedule
    bool enabled = false; // --enable or --disable
    bool images = false; // --image, --episode-artwork or --no-images
    QList<ImageArgument> imageArgs; // empty for --no-images
    std::optional<qint64> accountId;
    TweetConfig schedule; // the --at value, as applySchedule reads it
};

int checkEdit(const Subcommand &command, Edit *edit)
{
    edit->content =
        command.isSet("text") || command.isSet("account") || command.isSet("at") || command.isSet("no-schedule");
    edit->enabled = command.isSet("enable") || command.isSet("disable");
    bool usageError = false;
    edit->imageArgs = imageArguments(command.parser, &usageError);
    if (usageError) {
        return ExitUsage;
    }
    if (command.isSet("no-images") && !edit->imageArgs.isEmpty()) {
        return fail(ExitUsage, tr("Give either --no-images or the images to replace them with, not both."));
    }
    edit->images = command.isSet("no-images") || !edit->imageArgs.isEmpty();
    if (!edit->content && !edit->enabled && !edit->images) {
        return fail(ExitUsage,
                    tr("tweets edit needs at least one of --text, --account, --at, --no-schedule, "
                       "--enable, --disable, --image, --episode-artwork or --no-images."));
    }
    if (command.isSet("at") && command.isSet("no-schedule")) {
        return fail(ExitUsage, tr("Give either --at or --no-schedule, not both."));
    }
    if (command.isSet("enable") && command.isSet("disable")) {
        return fail(ExitUsage, tr("Give either --enable or --disable, not both."));
    }
    edit->accountId = parseId(command.value("account"));
    if (command.isSet("account") && !edit->accountId) {
        return fail(ExitUsage, tr("--account needs an account id."));
    }
    if (command.isSet("at") && !applySchedule(command.value("at"), &edit->schedule)) {
        return badScheduleTime();
    }
    return command.isSet("text") ? checkTweetText(command.value("text")) : int(ExitOk);
}

void applyContent(const Subcommand &command, const Edit &edit, TweetConfig *config)
{
    if (command.isSet("text")) {
        config->text = command.value("text");
    }
    if (edit.accountId) {
        config->accountId = *edit.accountId;
    }
    if (command.isSet("at")) {
        config->scheduledAt = edit.schedule.scheduledAt;
        config->scheduledZone = edit.schedule.scheduledZone;
    } else if (command.isSet("no-schedule")) {
        config->scheduledAt = {};
        config->scheduledZone.clear();
    }
}

// Through TweetImageStore::setImages, with its refusal by state worded as TweetStore::update's.
// The images replaced, and what they replaced (or the new ones, when refused) let go of afterwards.
int replaceImages(Invocation &invocation, const TweetConfig &config, const QList<ImageArgument> &arguments)
{
    TweetImageStore store(invocation.connection());
    QList<TweetImage> letGo = store.images(config.id);
    const auto images = storeImages(invocation.connection(), config.episodeId, arguments);
    if (!images) {
        return ExitError;
    }
    letGo += *images;
    const auto cleanUp = qScopeGuard([&] { removeUnusedImages(invocation.connection(), letGo); });
    if (!store.setImages(config.id, *images)) {
        if (store.refusedByState()) {
            return fail(ExitRefused, store.lastError() + tr(" Only --enable or --disable can still change it."));
        }
        return fail(ExitError, store.lastError());
    }
    return ExitOk;
}

// Through TweetStore::update and setEnabled, with their refusals. The images are replaced first.
int saveEdit(Invocation &invocation, const Subcommand &command, qint64 id, const Edit &edit)
{
    TweetStore tweets(invocation.connection());
    auto config = tweets.find(id);
    if (!config) {
        return fail(ExitError, tweets.lastError());
    }
    if (config->archived) {
        return fail(ExitRefused,
                    tr("Tweet %1 was deleted (archived to keep its record); it can no longer be changed.").arg(id));
    }
    if (edit.accountId && !AccountStore(invocation.connection()).find(*edit.accountId)) {
        return fail(ExitError, tr("There is no account %1.").arg(*edit.accountId));
    }
    if (edit.images) {
        const int code = replaceImages(invocation, *config, edit.imageArgs);
        if (code != ExitOk) {
            return code;
        }
    }
    if (edit.enabled) {
        config->enabled = command.isSet("enable");
    }
    if (!edit.content) {
        // Allowed whatever the state: it decides only whether the tweet may be claimed again.
        return !edit.enabled || tweets.setEnabled(id, config->enabled) ? ExitOk : fail(ExitError, tweets.lastError());
    }
    applyContent(command, edit, &*config);
    // One conditional statement: enabled changes together with the rest, or not at all.
    if (!tweets.update(*config)) {
        if (tweets.refusedByState()) {
            return fail(ExitRefused, tweets.lastError() + tr(" Only --enable or --disable can still change it."));
        }
        return fail(ExitError, tweets.lastError());
    }
    return ExitOk;
}

// A tweet that is posting, posted or unknown may only be enabled or disabled.
int edit(Invocation &invocation)
{
    Subcommand command(invocation, 3, tr("Changes a tweet; only the options given change."));
    command.parser.addPositionalArgument(QStringLiteral("ID"), tr("Tweet id (see tweets list)."));
    addTextOption(command.parser);
    command.parser.addOption({QStringLiteral("account"), tr("Account id."), tr("ID")});
    addScheduleOption(command.parser);
    command.parser.addOption({QStringLiteral("no-schedule"), tr("Remove the scheduled time.")});
    command.parser.addOption({QStringLiteral("enable"), tr("Let it be posted (by hand or on schedule).")});
    command.parser.addOption({QStringLiteral("disable"), tr("Keep it from being posted.")});
    addImageOptions(command.parser);
    command.parser.addOption({QStringLiteral("no-images"), tr("Remove the tweet's images.")});
    if (const auto stop = command.parse()) {
        return *stop;
    }
    const auto id = singleId(command, tr("Give exactly one tweet id."));
    if (!id) {
        return ExitUsage;
    }
    Edit edit; // validate everything before anything is opened or changed
    if (const int code = checkEdit(command, &edit); code != ExitOk) {
        return code;
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    if (const int code = saveEdit(invocation, command, *id, edit); code != ExitOk) {
        return code;
    }
    out() << tr("saved tweet %1").arg(*id) << Qt::endl;
    return ExitOk;
}

// As the window does: a tweet with attempts is archived, one never tried is deleted, and one that
// is posting or unknown is refused until it is settled (it may be on X).
int remove(Invocation &invocation)
{
    Subcommand command(invocation, 3,
                       tr("Deletes a tweet; archives it instead when it has a posting history. A tweet that is "
                          "posting or unknown is kept until it is settled (verify it)."));
    command.parser.addPositionalArgument(QStringLiteral("ID"), tr("Tweet id (see tweets list)."));
    if (const auto stop = command.parse()) {
        return *stop;
    }
    const auto id = singleId(command, tr("Give exactly one tweet id."));
    if (!id) {
        return ExitUsage;
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    TweetStore tweets(invocation.connection());
    const QList<TweetImage> images = TweetImageStore(invocation.connection()).images(*id);
    const auto removal = tweets.remove(*id);
    if (!removal) {
        return fail(tweets.refusedByState() ? ExitRefused : ExitError, tweets.lastError());
    }
    if (*removal == TweetStore::Removal::Archived) {
        out() << tr("archived tweet %1: it has a posting history, so its record is kept").arg(*id) << Qt::endl;
    } else {
        out() << tr("deleted tweet %1").arg(*id) << Qt::endl;
    }
    // A deleted tweet's images go with it unless another tweet or an attempt uses them; an archived
    // one keeps its images (its record), so this finds nothing of its own.
    removeUnusedImages(invocation.connection(), images);
    return ExitOk;
}

} // namespace

std::optional<int> runTweets(Invocation &invocation)
{
    const QString sub = invocation.word(2);
    if (sub == QLatin1String("add")) {
        return add(invocation);
    }
    if (sub == QLatin1String("list")) {
        return listTweets(invocation);
    }
    if (sub == QLatin1String("show")) {
        return showTweet(invocation);
    }
    if (sub == QLatin1String("edit")) {
        return edit(invocation);
    }
    if (sub == QLatin1String("delete")) {
        return remove(invocation);
    }
    return std::nullopt;
}

} // namespace EpisodeDesk::App::Commands
