// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scaleshow.h"

#include "store/sqlutil.h"
#include "text/tweettemplate.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <array>

namespace EpisodeDesk::Bench {

namespace {

using Models::Episode;

// Titles are made of these; "Kubernetes" is the word the benchmark searches titles for.
const std::array<const char *, 24> titleWords = {
    "Kubernetes", "Gardening", "History",   "Coffee",    "Startups", "Jazz",    "Physics",     "Cooking",
    "Marathons",  "Privacy",   "Typefaces", "Volcanoes", "Chess",    "Bridges", "Sourdough",   "Comets",
    "Libraries",  "Rivers",    "Robots",    "Sailing",   "Origami",  "Bees",    "Lighthouses", "Maps"};
const std::array<const char *, 12> titleShapes = {"%1 and %2",
                                                  "Why %1 matters",
                                                  "The hidden life of %1",
                                                  "%1, %2 and everything else",
                                                  "A short history of %1",
                                                  "Live: %1 Q&A",
                                                  "%1 for beginners",
                                                  "What %1 taught us about %2",
                                                  "%1 revisited",
                                                  "Ten questions on %1",
                                                  "The %1 episode",
                                                  "%1 vs %2"};
// Tweet templates as people write them: placeholders, links with and without a scheme, hashtags.
// "zephyrine" appears only here, never in a title or the notes.
const std::array<const char *, 10> tweetTemplates = {
    "New episode {number}: {title} {url}",
    "🎙 {title} is out now! Listen: {url} #podcast",
    "This week on the show: {title}. Show notes at {url} — and tell us what you think!",
    "Missed it? Episode {number} ({date}): {title} {url} #zephyrine",
    "\"{title}\" — our longest conversation yet. {url}\nSubscribe: https://podcasts.example.com/show/feed",
    "Reminder: {title} goes live tomorrow. Set an alarm ⏰ {url}",
    "Behind the scenes of {title}: photos at example.org/bts/{number} and the episode at {url}",
    "Episode {number} is all about {title}. Links and transcript: {url} #podcast #zephyrine",
    "Thanks to everyone who wrote in about {title}! Part two soon. {url}",
    "{title} — {url}",
};
const std::array<const char *, 6> notesSentences = {
    "In this episode we talk with a guest who has spent twenty years thinking about %1, and about how %2 "
    "changed the way they work.",
    "We cover the basics first, then take listener questions from the mailbag.",
    "Links mentioned: https://example.com/reading-list, https://example.org/notes and the book we keep "
    "recommending.",
    "Timestamps: 00:00 intro, 04:12 the story so far, 18:40 %1 in practice, 41:05 what we got wrong.",
    "Support the show at https://example.com/support — it keeps the lights on and the microphones warm.",
    "Corrections and follow-ups go to the usual address; we read every one.",
};

QString word(QRandomGenerator &random)
{
    return QString::fromUtf8(titleWords.at(random.bounded(int(titleWords.size()))));
}

// A NOT NULL text column takes '' for "none"; a null QString would bind as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

class Inserter final
{
public:
    Inserter(const QSqlDatabase &db, const QString &sql) : m_query(db) { m_ok = m_query.prepare(sql); }
    bool run(const QVariantList &values, QString *error)
    {
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            m_query.bindValue(i, value.typeId() == QMetaType::QString ? QVariant(notNull(value.toString())) : value);
        }
        if (!m_ok || !m_query.exec()) {
            *error = m_query.lastError().text();
            return false;
        }
        return true;
    }
    QSqlQuery &query() { return m_query; }

private:
    QSqlQuery m_query;
    bool m_ok = false;
};

} // namespace

QString scaleShowTitleWord()
{
    return QStringLiteral("Kubernetes");
}

QString scaleShowTweetOnlyWord()
{
    return QStringLiteral("zephyrine");
}

bool makeScaleShow(const QSqlDatabase &db, const ScaleShowSize &size, QString *error)
{
    QRandomGenerator random(size.seed);
    QSqlQuery control(db);
    // A page cache big enough for the whole transaction: with the default 2 MB, SQLite spills dirty
    // pages to the WAL again and again, and the log grows to several times the database.
    if (!control.exec(QStringLiteral("PRAGMA cache_size = -1000000")) ||
        !control.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = control.lastError().text();
        return false;
    }
    auto fail = [&control](const QString &) {
        control.exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    const QString created = QStringLiteral("2020-01-01T00:00:00.000Z");
    Inserter account(
        db,
        QStringLiteral("INSERT INTO accounts (id, name, kind, handle, x_user_id, api_base_url, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QList<QVariantList> accounts = {
        {1, QStringLiteral("The Show"), QStringLiteral("x"), QStringLiteral("theshow"), QStringLiteral("1001"),
         QStringLiteral("https://api.x.com"), created, created},
        {2, QStringLiteral("Host"), QStringLiteral("x"), QStringLiteral("thehost"), QStringLiteral("1002"),
         QStringLiteral("https://api.x.com"), created, created},
        {3, QStringLiteral("Network"), QStringLiteral("x"), QStringLiteral("thenetwork"), QStringLiteral("1003"),
         QStringLiteral("https://api.x.com"), created, created},
        {4, QStringLiteral("Rehearsal"), QStringLiteral("sandbox"), QStringLiteral("sandbox"), QStringLiteral("1"),
         QStringLiteral(""), created, created},
    };
    for (const QVariantList &values : accounts) {
        if (!account.run(values, error)) {
            return fail(*error);
        }
    }

    // Rows go to temporary tables first and into the show with one INSERT … SELECT per table: the
    // triggers (change log, search index) then run inside three statements, not 700,000 (every statement
    // near an FTS5 table makes it sync). Episodes go in archived and are unarchived at the end, so the
    // search index writes each episode's document once, with all its tweets.
    for (const char *table : {"episodes", "tweet_configs", "post_attempts"}) {
        if (!control.exec(QStringLiteral("CREATE TEMP TABLE load_%1 AS SELECT * FROM main.%1 WHERE 0")
                              .arg(QLatin1String(table)))) {
            *error = control.lastError().text();
            return fail(*error);
        }
    }
    Inserter episodeInsert(
        db,
        // A table made with CREATE … AS SELECT has no defaults: the NOT NULL ones of schema 6 are given.
        QStringLiteral("INSERT INTO temp.load_episodes (id, number, title, published_on, link, notes, "
                       "feed_guid, created_at, updated_at, archived, episode_type, description, image, enclosure_url) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'full', '', '', '')"));
    Inserter tweetInsert(
        db,
        QStringLiteral("INSERT INTO temp.load_tweet_configs (id, episode_id, account_id, text, scheduled_at, "
                       "scheduled_zone, enabled, status, attempt_id, post_id, post_url, posted_at, "
                       "last_error, retry_count, created_at, updated_at, archived, verify_count) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0)"));
    Inserter attemptInsert(
        db,
        QStringLiteral("INSERT INTO temp.load_post_attempts (attempt_id, config_id, account_id, text_sent, "
                       "claimed_by, started_at, finished_at, http_status, outcome, post_id, "
                       "error, error_category) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));

    // Weekly episodes ending a little in the future: the last few are not published yet.
    const QDate today = QDate::currentDate();
    const QDate first = today.addDays(-7LL * (size.episodes - 4));
    qint64 tweetId = 0;
    qint64 postId = 1800000000000000000LL;
    for (int e = 1; e <= size.episodes; ++e) {
        Episode episode;
        episode.id = e;
        episode.number = e;
        const QString shape = QString::fromUtf8(titleShapes.at(random.bounded(int(titleShapes.size()))));
        episode.title =
            shape.contains(QLatin1String("%2")) ? shape.arg(word(random), word(random)) : shape.arg(word(random));
        episode.publishedOn = first.addDays(7LL * (e - 1));
        episode.link = QUrl(QStringLiteral("https://show.example.com/episodes/%1").arg(e));
        QStringList notes;
        for (int s = 0, n = 2 + random.bounded(4); s < n; ++s) {
            QString sentence = QString::fromUtf8(notesSentences.at(random.bounded(int(notesSentences.size()))));
            if (sentence.contains(QLatin1String("%2"))) {
                sentence = sentence.arg(word(random).toLower(), word(random).toLower());
            } else if (sentence.contains(QLatin1String("%1"))) {
                sentence = sentence.arg(word(random).toLower());
            }
            notes.append(sentence);
        }
        episode.notes = notes.join(QLatin1Char(' '));
        const QString stamp = episode.publishedOn.startOfDay(Qt::UTC).toString(Qt::ISODateWithMs);
        if (!episodeInsert.run({episode.id, e, episode.title, isoDate(episode.publishedOn), episode.link.toString(),
                                episode.notes, QStringLiteral("guid-%1").arg(e), stamp, stamp},
                               error)) {
            return fail(*error);
        }

        // Spread the tweets evenly: episode e gets its share of the total, rounded so the sum is exact.
        const qint64 upTo = qint64(size.tweets) * e / size.episodes;
        const bool published = episode.publishedOn < today;
        for (int k = 0; tweetId < upTo; ++k) {
            ++tweetId;
            const QString text = QString::fromUtf8(tweetTemplates.at(random.bounded(int(tweetTemplates.size()))));
            const qint64 accountId = 1 + random.bounded(k == 0 ? 1 : 3);
            const QDateTime scheduled = episode.publishedOn.startOfDay(Qt::UTC).addSecs(9 * 3600 + k * 4 * 3600);
            // Mostly posted for the published back catalogue; pending or scheduled for what is to come.
            QString status = QStringLiteral("pending");
            const int roll = random.bounded(1000);
            if (published) {
                status = roll < 940 ? QStringLiteral("posted")
                    : roll < 975    ? QStringLiteral("failed")
                    : roll < 985    ? QStringLiteral("unknown")
                                    : QStringLiteral("pending");
            }
            const bool hasSchedule = !published || roll % 3 != 0;
            const bool enabled = random.bounded(50) != 0;
            QVariant attemptId;
            QVariant post;
            QVariant postUrl;
            QVariant postedAt;
            QString lastError;
            int retries = 0;
            const QString sent = Models::expandTweetTemplate(text, episode).text;
            const QString started = scheduled.toString(Qt::ISODateWithMs);
            const QString finished = scheduled.addMSecs(340).toString(Qt::ISODateWithMs);
            if (status != QLatin1String("pending")) {
                attemptId = QUuid::fromRfc4122(QByteArray::number(tweetId).rightJustified(16, '0'))
                                .toString(QUuid::WithoutBraces);
            }
            if (status == QLatin1String("posted")) {
                post = QString::number(++postId);
                postUrl = QStringLiteral("https://x.com/%1/status/%2")
                              .arg(accounts.at(accountId - 1).at(3).toString(), post.toString());
                postedAt = finished;
            } else if (status == QLatin1String("failed")) {
                lastError = QStringLiteral("X refused the post: You are not allowed to create a Tweet with duplicate "
                                           "content.");
                retries = 1;
            }
            const QString tweetStamp = scheduled.addDays(-3).toString(Qt::ISODateWithMs);
            if (!tweetInsert.run({tweetId, e, accountId, text,
                                  hasSchedule ? QVariant(scheduled.toString(Qt::ISODateWithMs)) : QVariant(),
                                  hasSchedule ? QStringLiteral("Europe/Berlin") : QString(), enabled ? 1 : 0, status,
                                  attemptId, post, postUrl, postedAt, lastError, retries, tweetStamp,
                                  status == QLatin1String("pending") ? tweetStamp : finished},
                                 error)) {
                return fail(*error);
            }
            if (!attemptId.isNull()) {
                const bool posted = status == QLatin1String("posted");
                const bool unknown = status == QLatin1String("unknown");
                if (!attemptInsert.run({attemptId, tweetId, accountId, sent, QStringLiteral("studio:4242"), started,
                                        unknown ? QVariant() : QVariant(finished),
                                        posted        ? QVariant(201)
                                            : unknown ? QVariant()
                                                      : QVariant(403),
                                        status, post, posted ? QString() : lastError,
                                        posted        ? QString()
                                            : unknown ? QStringLiteral("timeout")
                                                      : QStringLiteral("duplicate")},
                                       error)) {
                    return fail(*error);
                }
            }
        }
    }
    for (const char *table : {"episodes", "tweet_configs", "post_attempts"}) {
        if (!control.exec(QStringLiteral("INSERT INTO main.%1 SELECT * FROM temp.load_%1").arg(QLatin1String(table))) ||
            !control.exec(QStringLiteral("DROP TABLE temp.load_%1").arg(QLatin1String(table)))) {
            *error = control.lastError().text();
            return fail(*error);
        }
    }
    if (!control.exec(QStringLiteral("UPDATE episodes SET archived = 0")) || !control.exec(QStringLiteral("COMMIT"))) {
        *error = control.lastError().text();
        return fail(*error);
    }
    control.exec(QStringLiteral("PRAGMA cache_size = -2000")); // SQLite's default again
    return true;
}

} // namespace EpisodeDesk::Bench
