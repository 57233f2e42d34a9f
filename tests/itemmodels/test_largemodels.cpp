// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The item models on a generated show of thousands of episodes (issue 9): QAbstractItemModelTester on
// each model and on the episode filter proxy, through incremental reloads of changes made by another
// connection, each compared with a model that read everything afresh.

#include "episodefilterproxymodel.h"
#include "itemmodels/episodetablemodel.h"
#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"
#include "scaleshow.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EpisodeDesk;
using namespace EpisodeDesk::Models;

namespace {

constexpr int episodeCount = 5000;
constexpr int tweetCount = 15000;

const QDateTime fixedNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

} // namespace

class LargeModelsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_template.isValid());
        Database db;
        QVERIFY(db.open(m_template.filePath(QStringLiteral("show.sqlite")), QStringLiteral("gen")));
        QString error;
        QVERIFY2(Bench::makeScaleShow(db.connection(), {episodeCount, tweetCount, 9}, &error), qPrintable(error));
    }

    void init()
    {
        // Each test on its own copy (closing the generator's connection checkpointed it into one file).
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("show.sqlite"));
        QVERIFY(QFile::copy(m_template.filePath(QStringLiteral("show.sqlite")), m_path));
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_path, QStringLiteral("gui")));
        m_other = std::make_unique<Database>();
        QVERIFY(m_other->open(m_path, QStringLiteral("other")));
    }

    void cleanup()
    {
        m_other.reset();
        m_db.reset();
        m_dir.reset();
    }

    void modelsStayConsistentThroughIncrementalReloads()
    {
        EpisodeTableModel episodes(m_db->connection());
        Ui::EpisodeFilterProxyModel proxy;
        proxy.setSourceModel(&episodes);
        proxy.sort(EpisodeTableModel::PublishedColumn, Qt::DescendingOrder);
        TweetTableModel tweets(m_db->connection());
        tweets.setClock([] { return fixedNow; });
        const qint64 shown = episodeCount - 2; // a recent episode: tweets still to go
        tweets.setEpisode(shown);
        QAbstractItemModelTester episodeTester(&episodes, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester tweetTester(&tweets, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(episodes.rowCount(), episodeCount);
        QVERIFY(tweets.rowCount() > 0);

        proxy.setSearch(Bench::scaleShowTitleWord(),
                        EpisodeStore(m_db->connection()).idsWithTextContaining(Bench::scaleShowTitleWord()));
        const int titleMatches = proxy.rowCount();
        QVERIFY(titleMatches > 0 && titleMatches < episodeCount);

        QSqlQuery query(m_other->connection());
        TweetStore otherTweets(m_other->connection());
        // Insert: an episode and a tweet of the episode on show.
        Episode added;
        added.title = QStringLiteral("A brand new %1 episode").arg(Bench::scaleShowTitleWord());
        added.publishedOn = QDate(2030, 1, 1);
        const qint64 addedId = *EpisodeStore(m_other->connection()).add(added);
        TweetConfig config;
        config.episodeId = shown;
        config.accountId = 1;
        config.text = QStringLiteral("Fresh: {title}");
        const qint64 addedTweet = *otherTweets.add(config);
        reloadAll(episodes, tweets);
        QCOMPARE(episodes.rowCount(), episodeCount + 1);
        QCOMPARE(proxy.rowCount(), titleMatches + 1);
        QCOMPARE(proxy.index(0, EpisodeTableModel::TitleColumn).data(IdRole).toLongLong(), addedId);
        QVERIFY(tweets.rowOf(addedTweet) >= 0);
        QCOMPARE(tweets.index(tweets.rowOf(addedTweet), TweetTableModel::TextColumn).data().toString(),
                 QStringLiteral("Fresh: ") + EpisodeStore(m_db->connection()).find(shown)->title);

        // Update: titles (in and out of the search), a tweet's status, a tweet's text.
        QVERIFY(query.exec(QStringLiteral("UPDATE episodes SET title = 'Nothing to see' WHERE id = %1").arg(addedId)));
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET status = 'failed', last_error = 'Nope' WHERE "
                                          "episode_id = %1")
                               .arg(shown)));
        reloadAll(episodes, tweets);
        QCOMPARE(proxy.rowCount(), titleMatches);
        for (int row = 0; row < tweets.rowCount(); ++row) {
            QCOMPARE(tweets.index(row, 0).data(StatusRole).toInt(), int(DisplayStatus::Failed));
        }

        // Delete: the new tweet and a whole episode with its tweets; archive another.
        QVERIFY(otherTweets.remove(addedTweet));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM post_attempts WHERE config_id IN (SELECT id FROM "
                                          "tweet_configs WHERE episode_id = 10)")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM tweet_configs WHERE episode_id = 10")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM episodes WHERE id = 10")));
        QVERIFY(query.exec(QStringLiteral("UPDATE episodes SET archived = 1 WHERE id = 11")));
        reloadAll(episodes, tweets);
        QCOMPARE(episodes.rowCount(), episodeCount - 1);
        QCOMPARE(episodes.rowOf(10), -1);
        QCOMPARE(episodes.rowOf(11), -1);
        QCOMPARE(tweets.rowOf(addedTweet), -1);

        // Clearing the search shows every episode again, newest first.
        proxy.setSearch(QString(), {});
        QCOMPARE(proxy.rowCount(), episodes.rowCount());
        QCOMPARE(proxy.index(0, 0).data(IdRole).toLongLong(), addedId);
    }

    // The search index follows the rows: a tweet's new text is found, an archived episode is not.
    void searchFollowsChanges()
    {
        const EpisodeStore store(m_db->connection());
        const QSet<qint64> before = store.idsWithTextContaining(Bench::scaleShowTweetOnlyWord());
        QVERIFY(!before.isEmpty());
        QVERIFY(store.idsWithTextContaining(QStringLiteral("platypus")).isEmpty());
        QSqlQuery query(m_other->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET text = 'A PLATYPUS special' WHERE id = "
                                          "(SELECT min(id) FROM tweet_configs WHERE episode_id = 42)")));
        QCOMPARE(store.idsWithTextContaining(QStringLiteral("platypus")), QSet<qint64>({42}));
        QVERIFY(query.exec(QStringLiteral("UPDATE episodes SET archived = 1 WHERE id = 42")));
        QVERIFY(store.idsWithTextContaining(QStringLiteral("platypus")).isEmpty());
        // Short terms (no trigram) scan instead, and find the same kind of thing.
        QVERIFY(store.idsWithTextContaining(QStringLiteral("Q&")).size() > 0);
    }

private:
    void reloadAll(EpisodeTableModel &episodes, TweetTableModel &tweets)
    {
        QSignalSpy reset(&episodes, &QAbstractItemModel::modelReset);
        episodes.reload();
        tweets.reload();
        QCOMPARE(reset.count(), 0); // granular, never a reset
        const EpisodeTableModel fresh(m_db->connection());
        QCOMPARE(episodes.rowCount(), fresh.rowCount());
        for (int row = 0; row < fresh.rowCount(); ++row) {
            for (int column = 0; column < fresh.columnCount(); ++column) {
                const QModelIndex a = episodes.index(row, column);
                const QModelIndex b = fresh.index(row, column);
                QCOMPARE(a.data(), b.data());
                QCOMPARE(a.data(SortRole), b.data(SortRole));
            }
        }
        TweetTableModel freshTweets(m_db->connection());
        freshTweets.setClock([] { return fixedNow; });
        freshTweets.setEpisode(tweets.episodeId());
        QCOMPARE(tweets.rowCount(), freshTweets.rowCount());
        for (int row = 0; row < freshTweets.rowCount(); ++row) {
            for (int column = 0; column < freshTweets.columnCount(); ++column) {
                QCOMPARE(tweets.index(row, column).data(), freshTweets.index(row, column).data());
                QCOMPARE(tweets.index(row, column).data(Qt::ToolTipRole),
                         freshTweets.index(row, column).data(Qt::ToolTipRole));
            }
        }
    }

    QTemporaryDir m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Database> m_other;
};

QTEST_MAIN(LargeModelsTest)
#include "test_largemodels.moc"
