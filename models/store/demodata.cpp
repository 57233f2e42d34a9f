// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/demodata.h"

#include "store/accountstore.h"
#include "store/episodestore.h"
#include "store/sqlutil.h"
#include "store/tweetstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

namespace EpisodeDesk::Models {

QString DemoData::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/demo.sqlite");
}

bool DemoData::seedIfEmpty(const QSqlDatabase &db, QString *error)
{
    EpisodeStore episodes(db);
    if (!episodes.all(true).isEmpty()) {
        return true;
    }
    auto failed = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    Account sandbox;
    sandbox.name = QCoreApplication::translate("DemoData", "Sandbox (try it here)");
    sandbox.kind = AccountKind::Sandbox;
    sandbox.handle = QStringLiteral("sandbox");
    sandbox.xUserId = QStringLiteral("1000000000000000001");
    AccountStore accounts(db);
    const auto accountId = accounts.add(sandbox);
    if (!accountId) {
        return failed(accounts.lastError());
    }

    struct Sample
    {
        int number;
        const char *title;
        int daysAgo;
        const char *notes;
    };
    const Sample samples[] = {
        {41, "Microphones for the road", 14, "Travel kits under 1 kg, with listener questions."},
        {42, "Editing with your ears", 7, "How we cut 20 minutes without losing the story."},
        {43, "The interview that almost wasn't", 0, "Behind the scenes of our longest recording day."},
        {44, "Listener mailbag: season wrap-up", -7, "Your questions, answered. Recording next week."},
    };
    const QDate today = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TweetStore tweets(db);
    QSqlQuery query(db);
    for (const Sample &sample : samples) {
        Episode episode;
        episode.number = sample.number;
        episode.title = QString::fromUtf8(sample.title);
        episode.publishedOn = today.addDays(-sample.daysAgo);
        episode.link = QUrl(QStringLiteral("https://podcast.example.com/episodes/%1").arg(sample.number));
        episode.notes = QString::fromUtf8(sample.notes);
        const auto episodeId = episodes.add(episode);
        if (!episodeId) {
            return failed(episodes.lastError());
        }
        TweetConfig announce;
        announce.episodeId = *episodeId;
        announce.accountId = *accountId;
        announce.text = QStringLiteral("New episode {number}: {title} {url}");
        TweetConfig reminder = announce;
        reminder.text = QStringLiteral("In case you missed it: episode {number}, “{title}” {url}");
        reminder.scheduledZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        // On the hour, as a person would schedule it.
        const QDateTime nextHour = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC).addSecs(3600);
        reminder.scheduledAt = nextHour.addDays(1 - sample.daysAgo);
        const auto announceId = tweets.add(announce);
        const auto reminderId = tweets.add(reminder);
        if (!announceId || !reminderId) {
            return failed(tweets.lastError());
        }
        // Episodes already out show what a posted tweet looks like: a record with its id.
        if (sample.daysAgo > 0) {
            const QString postedAt = Sql::fromDateTime(now.addDays(-sample.daysAgo)).toString();
            if (!Sql::exec(query,
                           QStringLiteral("UPDATE tweet_configs SET status = 'posted', post_id = ?, posted_at = ?, "
                                          "attempt_id = ?, claimed_at = ?, claimed_by = 'demo:1' WHERE id = ?"),
                           {QStringLiteral("18%1000000000000000").arg(sample.number), postedAt,
                            QStringLiteral("demo-%1").arg(*announceId), postedAt, *announceId},
                           error) ||
                !Sql::exec(query,
                           QStringLiteral("INSERT INTO post_attempts (attempt_id, config_id, account_id, text_sent, "
                                          "claimed_by, started_at, finished_at, http_status, outcome, post_id) "
                                          "VALUES (?, ?, ?, ?, 'demo:1', ?, ?, 201, 'posted', ?)"),
                           {QStringLiteral("demo-%1").arg(*announceId), *announceId, *accountId,
                            QStringLiteral("New episode %1: %2 %3")
                                .arg(sample.number)
                                .arg(episode.title, episode.link.toString()),
                            postedAt, postedAt, QStringLiteral("18%1000000000000000").arg(sample.number)},
                           error)) {
                return false;
            }
        }
    }
    return true;
}

} // namespace EpisodeDesk::Models
