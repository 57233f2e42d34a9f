// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// episodedesk tweets list | show: the tweets as the window shows them (held, missed, …)
#include "commands/invocation.h"
#include "commands/output.h"
#include "commands/tweetimages.h"
#include "commands/tweets.h"
#include "media/tweetimagestore.h"
#include "posting/holdreason.h"
#include "store/accountstore.h"
#include "store/episodestore.h"
#include "store/settingsstore.h"
#include "store/tweetstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace EpisodeDesk::App::Commands {

using namespace EpisodeDesk::Models;

namespace {

// The list's grace period for "missed". (tweets show reads the database's setting.)
constexpr qint64 listGraceSeconds = 30 * 60;
// Rows whose images are read with one query: few queries, and the memory of a few rows.
constexpr qsizetype imageBatchRows = 256;

// A tweet's episode and account for its hold check, and the tweets' images, read through a connection
// of their own while the tweets are still being read on the first (see TweetStore::forEach).
// Neighbouring tweets mostly share episode and account, so the last of each is kept; nothing else is,
// so the memory stays that of one row (one batch for the images).
class HoldLookup final
{
public:
    QSqlDatabase connection() const { return m_db.connection(); }

    bool open(const QString &path, QString *error)
    {
        if (!m_db.open(path, QStringLiteral("cli-lookups"))) {
            *error = m_db.errorString();
            return false;
        }
        return true;
    }

    std::optional<HoldReason> holdFor(const TweetConfig &config)
    {
        if (config.episodeId != m_episodeId) {
            m_episodeId = config.episodeId;
            m_episode = EpisodeStore(m_db.connection()).find(config.episodeId);
        }
        if (config.accountId != m_accountId) {
            m_accountId = config.accountId;
            m_account = AccountStore(m_db.connection()).find(config.accountId);
        }
        return holdReason(config, m_episode, m_account);
    }

private:
    Database m_db;
    qint64 m_episodeId = 0; // ids start at 1
    qint64 m_accountId = 0;
    std::optional<Episode> m_episode;
    std::optional<Account> m_account;
};

// The show's template the tweet came from, or null for one typed for its episode alone.
QJsonValue templateIdJson(const TweetConfig &config)
{
    return config.templateId ? QJsonValue(*config.templateId) : QJsonValue();
}

// The JSON of a tweet's images, in their order ([] when none).
QJsonArray imagesJson(const QList<TweetImage> &images)
{
    QJsonArray array;
    for (const TweetImage &image : images) {
        array.append(QJsonObject {{QStringLiteral("sha256"), image.sha256},
                                  {QStringLiteral("type"), image.mimeType},
                                  {QStringLiteral("width"), image.width},
                                  {QStringLiteral("height"), image.height},
                                  {QStringLiteral("bytes"), image.bytes},
                                  {QStringLiteral("alt"), image.alt}});
    }
    return array;
}

QJsonObject listObject(const TweetConfig &config, const std::optional<HoldReason> &hold,
                       const QList<TweetImage> &images, const QDateTime &now)
{
    const DisplayStatus shown = displayStatus(config, hold, now, listGraceSeconds);
    return {{QStringLiteral("id"), config.id},
            {QStringLiteral("episode_id"), config.episodeId},
            {QStringLiteral("account_id"), config.accountId},
            {QStringLiteral("status"), statusToString(config.status)},
            {QStringLiteral("display_status"), displayStatusToString(shown)},
            {QStringLiteral("held_reason"), shown == DisplayStatus::Held ? QJsonValue(hold->message) : QJsonValue()},
            {QStringLiteral("enabled"), config.enabled},
            {QStringLiteral("scheduled_at"),
             config.scheduledAt.isValid() ? QJsonValue(config.scheduledAt.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("post_id"), jsonText(config.postId)},
            {QStringLiteral("post_url"), jsonText(config.postUrl.toString())},
            {QStringLiteral("text"), config.text},
            {QStringLiteral("last_error"), jsonText(config.lastError)},
            {QStringLiteral("retry_count"), config.retryCount},
            {QStringLiteral("template_id"), templateIdJson(config)},
            {QStringLiteral("images"), imagesJson(images)}};
}

// The images are marked after the text ("… [2 images]"), so the columns before it stay as they were.
QString listLine(const TweetConfig &config, qsizetype images)
{
    QString line = QString::number(config.id) + QLatin1Char('\t') + statusToString(config.status) + QLatin1Char('\t') +
        config.postId + QLatin1Char('\t') + QString(config.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (images > 0) {
        line += QLatin1Char(' ') + imagesMark(images);
    }
    return line;
}

QJsonArray attemptsJson(const QList<PostAttempt> &attempts)
{
    QJsonArray array;
    for (const PostAttempt &attempt : attempts) {
        array.append(QJsonObject {
            {QStringLiteral("attempt_id"), attempt.attemptId},
            {QStringLiteral("started_at"), jsonTime(attempt.startedAt)},
            {QStringLiteral("deadline"), jsonTime(attempt.deadline)},
            {QStringLiteral("finished_at"), jsonTime(attempt.finishedAt)},
            {QStringLiteral("outcome"), attempt.outcome},
            {QStringLiteral("http_status"), attempt.httpStatus ? QJsonValue(*attempt.httpStatus) : QJsonValue()},
            {QStringLiteral("post_id"), jsonText(attempt.postId)},
            {QStringLiteral("error"), jsonText(attempt.error)}});
    }
    return array;
}

// One tweet and what `tweets show` tells about it.
struct Shown
{
    TweetConfig config;
    std::optional<Episode> episode;
    std::optional<Account> account;
    QList<PostAttempt> attempts; // newest first
    QList<TweetImage> images; // in order, with their alt text
    DisplayStatus status = DisplayStatus::Pending;
    QString held; // the hold reason when it shows as held
};

void showJson(const Shown &shown)
{
    const TweetConfig &config = shown.config;
    out() << QJsonDocument(QJsonObject {{QStringLiteral("id"), config.id},
                                        {QStringLiteral("episode_id"), config.episodeId},
                                        {QStringLiteral("account_id"), config.accountId},
                                        {QStringLiteral("text"), config.text},
                                        {QStringLiteral("status"), statusToString(config.status)},
                                        {QStringLiteral("display_status"), displayStatusToString(shown.status)},
                                        {QStringLiteral("held_reason"), jsonText(shown.held)},
                                        {QStringLiteral("text_to_send"), claimText(config, shown.episode)},
                                        {QStringLiteral("verify_after"), jsonTime(config.verifyAfter)},
                                        {QStringLiteral("enabled"), config.enabled},
                                        {QStringLiteral("archived"), config.archived},
                                        {QStringLiteral("scheduled_at"), jsonTime(config.scheduledAt)},
                                        {QStringLiteral("post_id"), jsonText(config.postId)},
                                        {QStringLiteral("post_url"), jsonText(config.postUrl.toString())},
                                        {QStringLiteral("last_error"), jsonText(config.lastError)},
                                        {QStringLiteral("retry_count"), config.retryCount},
                                        {QStringLiteral("claim_deadline"), jsonTime(config.claimDeadline)},
                                        {QStringLiteral("template_id"), templateIdJson(config)},
                                        {QStringLiteral("images"), imagesJson(shown.images)},
                                        {QStringLiteral("attempts"), attemptsJson(shown.attempts)}})
                 .toJson(QJsonDocument::Indented);
}

void showIndented(QTextStream &stream, const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        stream << QStringLiteral("    ") << line << Qt::endl;
    }
}

void showAttempts(QTextStream &stream, const QList<PostAttempt> &attempts)
{
    if (attempts.isEmpty()) {
        stream << tr("No attempts yet.") << Qt::endl;
        return;
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
}

void showImages(QTextStream &stream, const QList<TweetImage> &images)
{
    if (images.isEmpty()) {
        return;
    }
    stream << tr("Images:") << Qt::endl;
    for (const TweetImage &image : images) {
        stream << QStringLiteral("  ") << describeImage(image) << QStringLiteral("  ") << image.sha256 << Qt::endl;
        stream << (image.alt.isEmpty() ? tr("    no alt text") : tr("    alt: %1").arg(image.alt)) << Qt::endl;
    }
}

void showText(const Shown &shown)
{
    const TweetConfig &config = shown.config;
    QTextStream &stream = out();
    stream << tr("Tweet %1: %2%3")
                  .arg(config.id)
                  .arg(displayStatusToString(shown.status), config.archived ? tr(" (archived)") : QString())
           << Qt::endl;
    if (!shown.held.isEmpty()) {
        stream << tr("Held:           %1").arg(shown.held) << Qt::endl;
    }
    if (config.status == TweetStatus::Unknown && config.verifyAfter.isValid()) {
        stream << tr("Next check:     EpisodeDesk asks X again by itself after %1").arg(localTime(config.verifyAfter))
               << Qt::endl;
    }
    stream << tr("Episode:        %1 %2").arg(config.episodeId).arg(shown.episode ? shown.episode->title : QString())
           << Qt::endl;
    stream << tr("Account:        %1 %2").arg(config.accountId).arg(shown.account ? shown.account->name : QString())
           << Qt::endl;
    stream << tr("Enabled:        %1").arg(config.enabled ? tr("yes") : tr("no")) << Qt::endl;
    stream << tr("Scheduled:      %1")
                  .arg(config.scheduledAt.isValid() ? localTime(config.scheduledAt) : tr("not scheduled"))
           << Qt::endl;
    QString post = orDash(config.postId);
    if (!config.postUrl.isEmpty()) {
        post = tr("%1 (id %2)").arg(config.postUrl.toString(), config.postId);
    }
    stream << tr("Post:           %1").arg(post) << Qt::endl;
    stream << tr("Last error:     %1").arg(orDash(config.lastError)) << Qt::endl;
    stream << tr("Retries:        %1").arg(config.retryCount) << Qt::endl;
    stream << tr("Claim deadline: %1").arg(localTime(config.claimDeadline)) << Qt::endl;
    stream << tr("Text:") << Qt::endl;
    showIndented(stream, config.text);
    if (const QString toSend = claimText(config, shown.episode); toSend != config.text && config.postId.isEmpty()) {
        stream << tr("As it will be sent:") << Qt::endl;
        showIndented(stream, toSend);
    }
    showImages(stream, shown.images);
    showAttempts(stream, shown.attempts);
}

} // namespace

// Streamed: each tweet is written as it is read (its images a batch of rows at a time), so the list's
// length costs no memory.
int listTweets(Invocation &invocation)
{
    Subcommand command(invocation, 3, tr("Lists the tweets and their status."));
    command.parser.addOption({QStringLiteral("json"), tr("Print a JSON array.")});
    if (const auto stop = command.parse()) {
        return *stop;
    }
    if (!invocation.openDatabase()) {
        return ExitError;
    }
    const bool json = command.isSet("json");
    HoldLookup lookup;
    QString error;
    if (!lookup.open(invocation.databasePath(), &error)) {
        return fail(ExitError, error);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ListOutput output(json);
    QList<TweetConfig> batch;
    batch.reserve(imageBatchRows);
    // Writes the batch; false once the output is gone or the images could not be read (*error says).
    const auto flush = [&] {
        QSet<qint64> ids;
        for (const TweetConfig &config : std::as_const(batch)) {
            ids.insert(config.id);
        }
        const TweetImageStore store(lookup.connection());
        const QHash<qint64, QList<TweetImage>> images = store.imagesOf(ids);
        if (!store.lastError().isEmpty()) {
            error = store.lastError();
            return false;
        }
        for (const TweetConfig &config : std::as_const(batch)) {
            const QList<TweetImage> own = images.value(config.id);
            // Held as the window shows it: the claim's own checks of the text and the account.
            if (!(json ? output.addObject(listObject(config, lookup.holdFor(config), own, now))
                       : output.addLine(listLine(config, own.size())))) {
                return false;
            }
        }
        batch.clear();
        return true;
    };
    bool stopped = false;
    const auto write = [&](const TweetConfig &config) {
        batch.append(config);
        if (batch.size() < imageBatchRows) {
            return true;
        }
        stopped = !flush();
        return !stopped;
    };
    if (QString readError; !TweetStore(invocation.connection()).forEach(write, &readError)) {
        flush(); // what was read before the failure, as a list written row by row would have it
        return output.failed(readError);
    }
    if (!stopped && !batch.isEmpty()) {
        flush();
    }
    if (!error.isEmpty()) {
        return output.failed(error);
    }
    return output.finish();
}

int showTweet(Invocation &invocation)
{
    Subcommand command(invocation, 3, tr("Shows one tweet, archived ones too, with every attempt to post it."));
    command.parser.addPositionalArgument(QStringLiteral("ID"), tr("Tweet id (see tweets list)."));
    command.parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
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
    const auto config = tweets.find(*id);
    if (!config) {
        return fail(ExitError, tweets.lastError());
    }
    Shown shown;
    shown.config = *config;
    shown.episode = EpisodeStore(invocation.connection()).find(config->episodeId);
    shown.account = AccountStore(invocation.connection()).find(config->accountId);
    shown.attempts = tweets.attempts(*id);
    shown.images = TweetImageStore(invocation.connection()).images(*id);
    // As the window shows it: held with its reason, missed, scheduled, …
    const auto hold = holdReason(shown.config, shown.episode, shown.account);
    shown.status = displayStatus(shown.config, hold, QDateTime::currentDateTimeUtc(),
                                 SettingsStore(invocation.connection()).graceSeconds());
    shown.held = shown.status == DisplayStatus::Held ? hold->message : QString();
    command.isSet("json") ? showJson(shown) : showText(shown);
    return ExitOk;
}

} // namespace EpisodeDesk::App::Commands
