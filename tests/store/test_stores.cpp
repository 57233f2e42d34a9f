// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/accountstore.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"
#include "testdatabase.h"
#include "text/tweettemplate.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EpisodeDesk::Models;
using EpisodeDesk::Tests::TestDatabase;

class StoresTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<TestDatabase>(m_dir->path());
        QVERIFY2(!m_database->location().isEmpty(), qPrintable(m_database->errorString()));
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_database->location(), QStringLiteral("t")), qPrintable(m_db->errorString()));
    }

    void cleanup()
    {
        m_db.reset();
        m_database.reset();
        m_dir.reset();
    }

    void accountRoundTrip()
    {
        AccountStore accounts(m_db->connection());
        Account account;
        account.name = QStringLiteral("  Show account ");
        account.kind = AccountKind::Sandbox;
        account.handle = QStringLiteral("myshow");
        account.xUserId = QStringLiteral("12345");
        account.apiBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:1234"));
        const auto id = accounts.add(account);
        QVERIFY2(id, qPrintable(accounts.lastError()));
        auto loaded = accounts.find(*id);
        QVERIFY(loaded);
        QCOMPARE(loaded->name, QStringLiteral("Show account"));
        QCOMPARE(loaded->kind, AccountKind::Sandbox);
        QCOMPARE(loaded->handle, QStringLiteral("myshow"));
        QCOMPARE(loaded->xUserId, QStringLiteral("12345"));
        QCOMPARE(loaded->apiBaseUrl, account.apiBaseUrl);
        QVERIFY(loaded->createdAt.isValid());

        loaded->handle = QStringLiteral("renamed");
        QVERIFY(accounts.update(*loaded));
        QCOMPARE(accounts.find(*id)->handle, QStringLiteral("renamed"));
        QCOMPARE(accounts.all().size(), 1);
        QCOMPARE(accounts.remove(*id), AccountStore::Removal::Deleted);
        QVERIFY(!accounts.find(*id));
    }

    void episodeRoundTrip()
    {
        EpisodeStore episodes(m_db->connection());
        Episode episode;
        episode.number = 42;
        episode.title = QStringLiteral("Émissions & ünïcode 🎙");
        episode.publishedOn = QDate(2026, 11, 27);
        episode.link = QUrl(QStringLiteral("https://example.com/42"));
        episode.notes = QStringLiteral("Line one\nLine two");
        episode.feedGuid = QStringLiteral("guid-42");
        const auto id = episodes.add(episode);
        QVERIFY2(id, qPrintable(episodes.lastError()));
        const auto loaded = episodes.find(*id);
        QVERIFY(loaded);
        QCOMPARE(loaded->number, std::optional<int>(42));
        QCOMPARE(loaded->title, episode.title);
        QCOMPARE(loaded->publishedOn, episode.publishedOn);
        QCOMPARE(loaded->link, episode.link);
        QCOMPARE(loaded->notes, episode.notes);
        QCOMPARE(loaded->feedGuid, episode.feedGuid);

        Episode unnumbered;
        unnumbered.title = QStringLiteral("Bonus");
        const auto bonus = episodes.add(unnumbered);
        QVERIFY(bonus);
        QVERIFY(!episodes.find(*bonus)->number.has_value());
        QVERIFY(!episodes.find(*bonus)->publishedOn.isValid());
    }

    // The tweet list fills in templates from forPlaceholders(), the claim from find(): every placeholder
    // must come out the same from both, or the list would show a text other than the one posted.
    void forPlaceholdersFillsInWhatFindDoes()
    {
        EpisodeStore episodes(m_db->connection());
        Episode full;
        full.number = 9;
        full.title = QStringLiteral("Full");
        full.publishedOn = QDate(2026, 11, 27);
        full.link = QUrl(QStringLiteral("https://example.com/9"));
        full.notes = QStringLiteral("Not for templates");
        full.season = 3;
        full.description = QStringLiteral("First sentence. Second one.");
        full.durationS = 2537;
        const auto fullId = episodes.add(full);
        Episode bare;
        bare.title = QStringLiteral("Bare");
        const auto bareId = episodes.add(bare);
        QVERIFY2(fullId && bareId, qPrintable(episodes.lastError()));
        const QList<Episode> listed = episodes.forPlaceholders({*fullId, *bareId});
        QCOMPARE(listed.size(), 2);
        for (const Episode &episode : listed) {
            const Episode found = episodes.find(episode.id).value_or(Episode {});
            for (const TweetTemplatePlaceholder &placeholder : tweetTemplatePlaceholders()) {
                QCOMPARE(expandTweetTemplate(placeholder.name, episode).text,
                         expandTweetTemplate(placeholder.name, found).text);
            }
        }
        QCOMPARE(listed.first().season, std::optional<int>(3));
        QCOMPARE(listed.first().durationS, std::optional<qint64>(2537));
        QCOMPARE(listed.first().description, full.description);
        QVERIFY(listed.first().notes.isEmpty()); // still never the notes
    }

    // tweet_configs.template_id (schema 6): written by add(), read back by every read.
    void tweetTemplateIdRoundTrips()
    {
        const auto [episodeId, accountId, tweetId] = seed();
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO templates (id, account_id, text, created_at, updated_at) "
                                          "VALUES (5, %1, 'New: {title}', 'x', 'x')")
                               .arg(accountId)));
        TweetStore tweets(m_db->connection());
        QCOMPARE(tweets.find(tweetId)->templateId, std::optional<qint64>());
        TweetConfig announced;
        announced.episodeId = episodeId;
        announced.accountId = accountId;
        announced.text = QStringLiteral("New: {title}");
        announced.templateId = 5;
        const auto id = tweets.add(announced);
        QVERIFY2(id, qPrintable(tweets.lastError()));
        QCOMPARE(tweets.find(*id)->templateId, std::optional<qint64>(5));
        QCOMPARE(tweets.withIds({*id}).value(0).templateId, std::optional<qint64>(5));
        int seen = 0;
        for (const TweetConfig &config : tweets.forEpisode(episodeId)) {
            QCOMPARE(config.templateId, config.id == *id ? std::optional<qint64>(5) : std::optional<qint64>());
            ++seen;
        }
        QCOMPARE(seen, 2);
        // One announcement per (episode, template): a second is refused by the unique index.
        QVERIFY(!tweets.add(announced));
    }

    void constraintsRefuseBadRows_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("empty title") << QStringLiteral(
            "INSERT INTO episodes (title, created_at, updated_at) VALUES ('  ', 'x', 'x')");
        QTest::newRow("unknown status") << QStringLiteral("UPDATE tweet_configs SET status = 'sent'");
        QTest::newRow("posted without post id") << QStringLiteral("UPDATE tweet_configs SET status = 'posted'");
        QTest::newRow("posting without attempt") << QStringLiteral("UPDATE tweet_configs SET status = 'posting'");
        QTest::newRow("null enabled") << QStringLiteral("UPDATE tweet_configs SET enabled = NULL");
        QTest::newRow("negative retries") << QStringLiteral("UPDATE tweet_configs SET retry_count = -1");
        QTest::newRow("dangling account") << QStringLiteral("UPDATE tweet_configs SET account_id = 999");
        QTest::newRow("unknown account kind") << QStringLiteral("UPDATE accounts SET kind = 'mastodon'");
        QTest::newRow("delete referenced episode") << QStringLiteral("DELETE FROM episodes");
        QTest::newRow("duplicate feed guid") << QStringLiteral(
            "INSERT INTO episodes (title, feed_guid, created_at, updated_at) VALUES ('b', 'g1', 'x', 'x')");
    }

    void constraintsRefuseBadRows()
    {
        QFETCH(QString, sql);
        const auto ids = seed();
        Q_UNUSED(ids)
        QSqlQuery query(m_db->connection());
        QVERIFY2(!query.exec(sql), qPrintable(sql));
        // And nothing changed.
        QVERIFY(query.exec(QStringLiteral("SELECT status, enabled, retry_count, account_id FROM tweet_configs")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("pending"));
        QCOMPARE(query.value(1).toInt(), 1);
    }

    void tweetRoundTripAndCounts()
    {
        const auto [episodeId, accountId, tweetId] = seed();
        TweetStore tweets(m_db->connection());
        auto loaded = tweets.find(tweetId);
        QVERIFY(loaded);
        QCOMPARE(loaded->status, TweetStatus::Pending);
        QCOMPARE(loaded->enabled, true);
        QCOMPARE(loaded->scheduledAt, QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
        QCOMPARE(loaded->scheduledZone, QStringLiteral("Europe/Berlin"));

        loaded->text = QStringLiteral("Changed text");
        loaded->scheduledAt = {};
        QVERIFY2(tweets.update(*loaded), qPrintable(tweets.lastError()));
        QCOMPARE(tweets.find(tweetId)->text, QStringLiteral("Changed text"));
        QVERIFY(!tweets.find(tweetId)->scheduledAt.isValid());

        QVERIFY(tweets.setEnabled(tweetId, false));
        QCOMPARE(tweets.find(tweetId)->enabled, false);

        TweetConfig second;
        second.episodeId = episodeId;
        second.accountId = accountId;
        second.text = QStringLiteral("Second");
        QVERIFY(tweets.add(second));
        markPosted(tweetId);
        const auto counts = tweets.countsByEpisode().value(episodeId);
        QCOMPARE(counts.total(), 2);
        QCOMPARE(counts.count(TweetStatus::Posted), 1);
        QCOMPARE(counts.count(TweetStatus::Pending), 1);
        QCOMPARE(tweets.forEpisode(episodeId).size(), 2);
    }

    // The streaming reads the command line's lists use: the rows of all(), in its order, archived ones
    // left out, and no more once the visitor says stop.
    void forEachVisitsWhatAllReturns()
    {
        const auto ids = seed();
        TweetStore tweets(m_db->connection());
        EpisodeStore episodes(m_db->connection());
        Episode episode;
        episode.title = QStringLiteral("Second");
        const auto second = episodes.add(episode);
        episode.title = QStringLiteral("Archived");
        const auto archived = episodes.add(episode);
        QVERIFY(second && archived);
        for (int i = 0; i < 4; ++i) {
            TweetConfig config;
            config.episodeId = i % 2 ? *second : ids.episode;
            config.accountId = ids.account;
            config.text = QStringLiteral("Tweet %1").arg(i);
            QVERIFY(tweets.add(config));
        }
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE episodes SET archived = 1 WHERE id = %1").arg(*archived)));
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET archived = 1 WHERE id = %1").arg(ids.tweet)));

        QString error;
        QList<Episode> visitedEpisodes;
        QVERIFY(episodes.forEach(
            [&](const Episode &visited) {
                visitedEpisodes.append(visited);
                return true;
            },
            &error));
        QCOMPARE(visitedEpisodes, episodes.all());
        QCOMPARE(visitedEpisodes.size(), 2);
        QList<TweetConfig> visitedTweets;
        QVERIFY(tweets.forEach(
            [&](const TweetConfig &visited) {
                visitedTweets.append(visited);
                return true;
            },
            &error));
        QCOMPARE(visitedTweets, tweets.all());
        QCOMPARE(visitedTweets.size(), 4);

        visitedTweets.clear();
        QVERIFY(tweets.forEach(
            [&](const TweetConfig &visited) {
                visitedTweets.append(visited);
                return visitedTweets.size() < 2;
            },
            &error));
        QCOMPARE(visitedTweets.size(), 2);
        QVERIFY(error.isEmpty());
    }

    void forEachReportsAFailedRead()
    {
        seed();
        const QSqlDatabase connection = m_db->connection();
        QSqlQuery query(connection);
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE tweet_configs RENAME TO gone_tweets")));
        QVERIFY(query.exec(QStringLiteral("ALTER TABLE episodes RENAME TO gone_episodes")));
        QString error;
        int visits = 0;
        QVERIFY(!TweetStore(connection).forEach([&](const TweetConfig &) { return ++visits > 0; }, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!EpisodeStore(connection).forEach([&](const Episode &) { return ++visits > 0; }, &error));
        QCOMPARE(visits, 0);
    }

    void postedTweetCannotBeEdited()
    {
        const auto ids = seed();
        markPosted(ids.tweet);
        TweetStore tweets(m_db->connection());
        auto loaded = tweets.find(ids.tweet);
        loaded->text = QStringLiteral("Rewriting history");
        QVERIFY(!tweets.update(*loaded));
        QVERIFY2(tweets.lastError().contains(QLatin1String("posted")), qPrintable(tweets.lastError()));
        QCOMPARE(tweets.find(ids.tweet)->text, QStringLiteral("New episode out now!"));
    }

    void removeArchivesWhatWentOut()
    {
        const auto ids = seed();
        TweetStore tweets(m_db->connection());
        EpisodeStore episodes(m_db->connection());
        AccountStore accounts(m_db->connection());

        TweetConfig unsent;
        unsent.episodeId = ids.episode;
        unsent.accountId = ids.account;
        unsent.text = QStringLiteral("Never sent");
        const auto unsentId = tweets.add(unsent);
        QCOMPARE(tweets.remove(*unsentId), TweetStore::Removal::Deleted);
        QVERIFY(!tweets.find(*unsentId));

        markPosted(ids.tweet);
        QCOMPARE(tweets.remove(ids.tweet), TweetStore::Removal::Archived);
        QVERIFY(tweets.find(ids.tweet)->archived);
        QCOMPARE(tweets.find(ids.tweet)->postId, QStringLiteral("1800000000000000001"));
        QVERIFY(tweets.forEpisode(ids.episode).isEmpty());

        QCOMPARE(episodes.remove(ids.episode), EpisodeStore::Removal::Archived);
        QVERIFY(episodes.find(ids.episode)->archived);
        QVERIFY(episodes.all().isEmpty());
        QCOMPARE(episodes.all(true).size(), 1);
        QCOMPARE(accounts.remove(ids.account), AccountStore::Removal::Archived);
        QVERIFY(accounts.all().isEmpty());
        QVERIFY(accounts.find(ids.account)); // still there for the history
    }

    void removeDeletesEpisodeWithUnsentTweets_data()
    {
        QTest::addColumn<bool>("fromFeed");
        QTest::newRow("typed in") << false;
        // Its row stays, archived, as the memory of its guid: the feed's next refresh must not add it again.
        QTest::newRow("from the feed") << true;
    }

    void removeDeletesEpisodeWithUnsentTweets()
    {
        QFETCH(bool, fromFeed);
        const auto ids = seed();
        if (!fromFeed) {
            QVERIFY(QSqlQuery(m_db->connection())
                        .exec(QStringLiteral("UPDATE episodes SET feed_guid = NULL WHERE id = %1").arg(ids.episode)));
        }
        EpisodeStore episodes(m_db->connection());
        const auto removal = episodes.remove(ids.episode);
        QVERIFY2(removal, qPrintable(episodes.lastError()));
        QCOMPARE(*removal, fromFeed ? EpisodeStore::Removal::Forgotten : EpisodeStore::Removal::Deleted);
        QVERIFY(episodes.all().isEmpty());
        QCOMPARE(episodes.all(true).size(), fromFeed ? 1 : 0);
        QVERIFY(!TweetStore(m_db->connection()).find(ids.tweet)); // unsent: gone either way
        QVERIFY(!episodes.remove(12345));
    }

    // A posting or unknown tweet may be on X: deleting it (or its episode) would hide what has to be
    // verified, so both are refused with a reason and nothing changes until the tweet is settled.
    void removeRefusesUnsettledTweets_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("posting") << QStringLiteral("posting") << QStringLiteral("being posted right now");
        QTest::newRow("unknown") << QStringLiteral("unknown") << QStringLiteral("Verify it first");
    }

    void removeRefusesUnsettledTweets()
    {
        QFETCH(QString, status);
        QFETCH(QString, reason);
        const auto ids = seed();
        markAttempted(ids.tweet, status);
        TweetStore tweets(m_db->connection());
        const TweetConfig before = *tweets.find(ids.tweet);

        QVERIFY(!tweets.remove(ids.tweet));
        QVERIFY(tweets.refusedByState());
        QVERIFY2(tweets.lastError().contains(reason), qPrintable(tweets.lastError()));
        QCOMPARE(*tweets.find(ids.tweet), before);
        QCOMPARE(tweets.forEpisode(ids.episode).size(), 1);

        EpisodeStore episodes(m_db->connection());
        QVERIFY(!episodes.remove(ids.episode));
        QVERIFY(episodes.refusedByState());
        QVERIFY2(episodes.lastError().contains(QStringLiteral("Tweet %1 of this episode").arg(ids.tweet)),
                 qPrintable(episodes.lastError()));
        QVERIFY(!episodes.find(ids.episode)->archived);
        QCOMPARE(*tweets.find(ids.tweet), before);

        // Settled (here: verified as posted), both may go, and are archived for the record.
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET status = 'posted', post_id = '1800000000000000002' "
                                          "WHERE id = %1")
                               .arg(ids.tweet)));
        QCOMPARE(tweets.remove(ids.tweet), TweetStore::Removal::Archived);
        QVERIFY(!tweets.refusedByState());
        QCOMPARE(episodes.remove(ids.episode), EpisodeStore::Removal::Archived);
        QVERIFY(!episodes.refusedByState());
    }

    // An already-archived tweet that is unknown still holds its episode back.
    void removeEpisodeRefusesArchivedUnknownTweet()
    {
        const auto ids = seed();
        markAttempted(ids.tweet, QStringLiteral("unknown"));
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET archived = 1 WHERE id = %1").arg(ids.tweet)));
        EpisodeStore episodes(m_db->connection());
        QVERIFY(!episodes.remove(ids.episode));
        QVERIFY(episodes.refusedByState());
        QVERIFY(!episodes.find(ids.episode)->archived);
    }

    void removeUnknownIdIsNotARefusal()
    {
        TweetStore tweets(m_db->connection());
        QVERIFY(!tweets.remove(4242));
        QVERIFY(!tweets.refusedByState());
        QCOMPARE(tweets.lastError(), QStringLiteral("There is no tweet 4242."));
        EpisodeStore episodes(m_db->connection());
        QVERIFY(!episodes.remove(4242));
        QVERIFY(!episodes.refusedByState());
    }

    void updateOfPostedTweetIsARefusal()
    {
        const auto ids = seed();
        markPosted(ids.tweet);
        TweetStore tweets(m_db->connection());
        auto loaded = tweets.find(ids.tweet);
        loaded->text = QStringLiteral("Rewriting history");
        QVERIFY(!tweets.update(*loaded));
        QVERIFY(tweets.refusedByState());
        loaded->id = 4242;
        QVERIFY(!tweets.update(*loaded));
        QVERIFY(!tweets.refusedByState());
    }

private:
    struct Ids
    {
        qint64 episode;
        qint64 account;
        qint64 tweet;
    };

    Ids seed()
    {
        Account account;
        account.name = QStringLiteral("Main");
        const auto accountId = AccountStore(m_db->connection()).add(account);
        Episode episode;
        episode.title = QStringLiteral("Pilot");
        episode.feedGuid = QStringLiteral("g1");
        const auto episodeId = EpisodeStore(m_db->connection()).add(episode);
        TweetConfig config;
        config.episodeId = *episodeId;
        config.accountId = *accountId;
        config.text = QStringLiteral("New episode out now!");
        config.scheduledAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
        config.scheduledZone = QStringLiteral("Europe/Berlin");
        const auto tweetId = TweetStore(m_db->connection()).add(config);
        if (!accountId || !episodeId || !tweetId) {
            qFatal("seeding failed");
        }
        return {*episodeId, *accountId, *tweetId};
    }

    void markPosted(qint64 tweetId)
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET status = 'posted', post_id = '1800000000000000001' "
                                          "WHERE id = %1")
                               .arg(tweetId)));
    }

    // Puts the tweet into `status` the way a claim does: an attempt row, and the claim on the tweet.
    void markAttempted(qint64 tweetId, const QString &status)
    {
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO post_attempts (attempt_id, config_id, account_id, text_sent, claimed_by, "
                           "started_at, deadline, outcome) SELECT 'a-%1', id, account_id, text, 'host:1', "
                           "'2026-12-01T09:30:00.000Z', '2026-12-01T09:30:30.000Z', '%2' FROM tweet_configs "
                           "WHERE id = %1")
                .arg(tweetId)
                .arg(status)));
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET status = '%2', attempt_id = 'a-%1', claimed_at = "
                                          "'2026-12-01T09:30:00.000Z', claimed_by = 'host:1' WHERE id = %1")
                               .arg(tweetId)
                               .arg(status)));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(StoresTest)
#include "test_stores.moc"
