// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/itemdatarole.h"
#include "itemmodels/tweettablemodel.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EpisodeDesk::Models;

namespace {
const QDateTime fixedNow(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
}

class TweetTableModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("t.sqlite")), QStringLiteral("t")));
        Account account;
        account.name = QStringLiteral("Main");
        account.handle = QStringLiteral("myshow");
        // An X account needs an address, or its tweets are held (the claim refuses them).
        account.apiBaseUrl = QUrl(QStringLiteral("https://api.x.com"));
        m_accountId = *AccountStore(m_db->connection()).add(account);
        Account sandbox;
        sandbox.name = QStringLiteral("Try it");
        sandbox.kind = AccountKind::Sandbox;
        m_sandboxId = *AccountStore(m_db->connection()).add(sandbox);
        Episode episode;
        episode.title = QStringLiteral("Pilot");
        m_episodeId = *EpisodeStore(m_db->connection()).add(episode);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void displayStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<int>("scheduledOffsetSecs"); // relative to now; 0 = unscheduled
        QTest::addColumn<int>("expected");

        QTest::newRow("pending") << "pending" << true << 0 << int(DisplayStatus::Pending);
        QTest::newRow("scheduled in future") << "pending" << true << 3600 << int(DisplayStatus::Scheduled);
        QTest::newRow("due within grace") << "pending" << true << -600 << int(DisplayStatus::Scheduled);
        QTest::newRow("missed past grace") << "pending" << true << -3600 << int(DisplayStatus::Missed);
        QTest::newRow("disabled") << "pending" << false << 3600 << int(DisplayStatus::Disabled);
        QTest::newRow("failed") << "failed" << true << 0 << int(DisplayStatus::Failed);
        QTest::newRow("failed disabled") << "failed" << false << 0 << int(DisplayStatus::Disabled);
        QTest::newRow("posting") << "posting" << true << 0 << int(DisplayStatus::Posting);
        QTest::newRow("posted even if disabled") << "posted" << false << 0 << int(DisplayStatus::Posted);
        QTest::newRow("unknown") << "unknown" << true << -7200 << int(DisplayStatus::Unknown);
    }

    void displayStatus()
    {
        QFETCH(QString, status);
        QFETCH(bool, enabled);
        QFETCH(int, scheduledOffsetSecs);
        QFETCH(int, expected);

        TweetConfig config;
        config.episodeId = m_episodeId;
        config.accountId = m_accountId;
        config.text = QStringLiteral("Hello");
        config.enabled = enabled;
        if (scheduledOffsetSecs != 0) {
            config.scheduledAt = fixedNow.addSecs(scheduledOffsetSecs);
        }
        const qint64 id = *TweetStore(m_db->connection()).add(config);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET status='%1', post_id='9', attempt_id='a', "
                                          "claimed_at='2026-11-28T11:00:00.000Z' WHERE id=%2")
                               .arg(status)
                               .arg(id)));

        TweetTableModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return fixedNow; });
        model.setGraceSeconds(30 * 60);
        model.setEpisode(m_episodeId);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(StatusRole).toInt(), expected);
        QCOMPARE(model.index(0, TweetTableModel::StatusColumn).data().toString(),
                 TweetTableModel::statusLabel(DisplayStatus(expected)));
    }

    void contentAndLiveChanges()
    {
        TweetTableModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEpisode(m_episodeId);
        QCOMPARE(model.rowCount(), 0);

        TweetConfig config;
        config.episodeId = m_episodeId;
        config.accountId = m_accountId;
        config.text = QStringLiteral("Line one\nline two");
        const qint64 first = *TweetStore(m_db->connection()).add(config);
        config.accountId = m_sandboxId;
        TweetStore(m_db->connection()).add(config);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.reload();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, TweetTableModel::AccountColumn).data().toString(), QStringLiteral("@myshow"));
        QCOMPARE(model.index(1, TweetTableModel::AccountColumn).data().toString(), QStringLiteral("Try it (Sandbox)"));
        QVERIFY(model.index(1, TweetTableModel::AccountColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Sandbox")));
        QVERIFY(!model.index(0, TweetTableModel::TextColumn).data().toString().contains(QLatin1Char('\n')));
        // The template in the tooltip (the table shows the text as posted).
        QVERIFY(model.index(0, TweetTableModel::TextColumn).data(Qt::ToolTipRole).toString().contains(config.text));

        QVERIFY(TweetStore(m_db->connection()).setEnabled(first, false));
        model.reload();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, 0).data(StatusRole).toInt(), int(DisplayStatus::Disabled));

        model.setEpisode(0); // every episode
        QCOMPARE(model.rowCount(), 2);
    }

    // A tweet the claim would refuse as it stands shows Held, with the reason in the status tooltip, and
    // stops being held when its episode is fixed.
    void heldShowsWithItsReason()
    {
        TweetStore tweets(m_db->connection());
        TweetConfig config;
        config.episodeId = m_episodeId;
        config.accountId = m_accountId;
        config.text = QStringLiteral("New: {title}");
        config.scheduledAt = fixedNow.addSecs(3600);
        const qint64 tooLong = *tweets.add(config);
        const qint64 posted = *tweets.add(config);
        QSqlQuery query(m_db->connection());
        // Posted by an attempt that kept its text: what it shows no longer follows the episode.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO post_attempts (attempt_id, config_id, account_id, text_sent, "
                                          "claimed_by, started_at, outcome, post_id) VALUES ('p9', %1, %2, "
                                          "'New: Pilot', 'h:1', '2026-11-01T09:00:00.000Z', 'posted', '9')")
                               .arg(posted)
                               .arg(m_accountId)));
        QVERIFY(query.exec(
            QStringLiteral("UPDATE tweet_configs SET status='posted', post_id='9', attempt_id='p9' WHERE id=%1")
                .arg(posted)));
        Episode episode = *EpisodeStore(m_db->connection()).find(m_episodeId);
        episode.title = QString(290, QLatin1Char('t'));
        QVERIFY(EpisodeStore(m_db->connection()).update(episode));

        TweetTableModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return fixedNow; });
        model.setEpisode(m_episodeId);
        const QModelIndex held = model.index(model.rowOf(tooLong), TweetTableModel::StatusColumn);
        QCOMPARE(held.data(StatusRole).toInt(), int(DisplayStatus::Held));
        QCOMPARE(held.data().toString(), QStringLiteral("Held"));
        QCOMPARE(held.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Held: 295 characters after filling in {title} (X allows 280)."));
        QCOMPARE(model.holdReasonAt(model.rowOf(tooLong))->refusal, ClaimRefusal::InvalidText);
        // What is out is out: its text is history, not a problem.
        QCOMPARE(model.index(model.rowOf(posted), 0).data(StatusRole).toInt(), int(DisplayStatus::Posted));
        QVERIFY(!model.holdReasonAt(model.rowOf(posted)));

        // An X account without an address holds its tweets too, whatever their text.
        QVERIFY(query.exec(QStringLiteral("UPDATE accounts SET api_base_url = '' WHERE id = %1").arg(m_accountId)));
        episode.title = QStringLiteral("Short again");
        QVERIFY(EpisodeStore(m_db->connection()).update(episode));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.reload();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(held.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Held: The account “Main” has no valid API address."));

        QVERIFY(query.exec(
            QStringLiteral("UPDATE accounts SET api_base_url = 'https://api.x.com' WHERE id = %1").arg(m_accountId)));
        model.reload();
        QCOMPARE(held.data(StatusRole).toInt(), int(DisplayStatus::Scheduled));
        QVERIFY(!model.holdReasonAt(held.row()));
    }

    // The text column shows the tweet as X will see it: placeholders filled in, with X's count (links as
    // 23) in the tooltip next to the template.
    void textColumnShowsTheTweetAsPosted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<int>("weighted");
        QTest::newRow("plain") << QStringLiteral("Hello") << QStringLiteral("Hello") << 5;
        QTest::newRow("placeholders") << QStringLiteral("Episode {number}: {title}")
                                      << QStringLiteral("Episode 7: Pilot") << 16;
        QTest::newRow("link placeholder counts 23")
            << QStringLiteral("{title} {url}")
            << QStringLiteral("Pilot https://show.example.com/episodes/seven-a-long-address") << 5 + 1 + 23;
        QTest::newRow("typed link counts 23") << QStringLiteral("See example.org/a/very/long/path/indeed")
                                              << QStringLiteral("See example.org/a/very/long/path/indeed") << 4 + 23;
        QTest::newRow("unknown placeholder stays") << QStringLiteral("{titel}") << QStringLiteral("{titel}") << 7;
        QTest::newRow("lines join with a mark")
            << QStringLiteral("{title}\nsoon") << QStringLiteral("Pilot\u21B5soon") << 10;
    }

    void textColumnShowsTheTweetAsPosted()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QFETCH(int, weighted);
        Episode episode = *EpisodeStore(m_db->connection()).find(m_episodeId);
        episode.number = 7;
        episode.link = QUrl(QStringLiteral("https://show.example.com/episodes/seven-a-long-address"));
        QVERIFY(EpisodeStore(m_db->connection()).update(episode));
        TweetConfig config;
        config.episodeId = m_episodeId;
        config.accountId = m_accountId;
        config.text = text;
        QVERIFY(TweetStore(m_db->connection()).add(config));

        TweetTableModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEpisode(m_episodeId);
        const QModelIndex index = model.index(0, TweetTableModel::TextColumn);
        QCOMPARE(index.data().toString(), shown);
        const QString tooltip = index.data(Qt::ToolTipRole).toString();
        QVERIFY2(tooltip.contains(text), qPrintable(tooltip));
        QVERIFY2(tooltip.contains(QStringLiteral("%1/280").arg(weighted)), qPrintable(tooltip));
    }

    // Once out, a tweet shows exactly what was sent, whatever its episode says today; an edit of the
    // episode from another connection does not change it.
    void postedTweetShowsTheTextSent()
    {
        TweetConfig config;
        config.episodeId = m_episodeId;
        config.accountId = m_accountId;
        config.text = QStringLiteral("Out now: {title}");
        const qint64 id = *TweetStore(m_db->connection()).add(config);
        QSqlQuery query(m_db->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO post_attempts (attempt_id, config_id, account_id, text_sent, "
                                          "claimed_by, started_at, outcome, post_id) VALUES ('a1', %1, %2, "
                                          "'Out now: The Pilot (as it was called then)', 'h:1', "
                                          "'2026-11-01T09:00:00.000Z', 'posted', '77')")
                               .arg(id)
                               .arg(m_accountId)));
        QVERIFY(query.exec(QStringLiteral("UPDATE tweet_configs SET status='posted', attempt_id='a1', post_id='77' "
                                          "WHERE id=%1")
                               .arg(id)));

        TweetTableModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEpisode(m_episodeId);
        const QModelIndex index = model.index(0, TweetTableModel::TextColumn);
        QCOMPARE(index.data().toString(), QStringLiteral("Out now: The Pilot (as it was called then)"));
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Out now: {title}")));

        Database other;
        QVERIFY(other.open(m_dir->filePath(QStringLiteral("t.sqlite")), QStringLiteral("other")));
        Episode episode = *EpisodeStore(other.connection()).find(m_episodeId);
        episode.title = QStringLiteral("Renamed");
        QVERIFY(EpisodeStore(other.connection()).update(episode));
        model.reload();
        QCOMPARE(index.data().toString(), QStringLiteral("Out now: The Pilot (as it was called then)"));
    }

    // Another connection's change reaches the model through the change log: a change to another
    // episode's tweets costs no signal at all; one to ours, one dataChanged.
    void changesOfOtherEpisodesAreNotReread()
    {
        TweetConfig config;
        config.episodeId = m_episodeId;
        config.accountId = m_accountId;
        config.text = QStringLiteral("Ours");
        const qint64 ours = *TweetStore(m_db->connection()).add(config);
        Episode second;
        second.title = QStringLiteral("Second");
        config.episodeId = *EpisodeStore(m_db->connection()).add(second);
        const qint64 theirs = *TweetStore(m_db->connection()).add(config);

        TweetTableModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEpisode(m_episodeId);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        Database other;
        QVERIFY(other.open(m_dir->filePath(QStringLiteral("t.sqlite")), QStringLiteral("other")));
        QVERIFY(TweetStore(other.connection()).setEnabled(theirs, false));
        model.reload();
        QCOMPARE(changed.count(), 0);

        QVERIFY(TweetStore(other.connection()).setEnabled(ours, false));
        model.reload();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, 0).data(StatusRole).toInt(), int(DisplayStatus::Disabled));
        config.episodeId = m_episodeId;
        QVERIFY(TweetStore(other.connection()).add(config));
        model.reload();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 2);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_accountId = 0;
    qint64 m_sandboxId = 0;
    qint64 m_episodeId = 0;
};

QTEST_GUILESS_MAIN(TweetTableModelTest)
#include "test_tweettablemodel.moc"
