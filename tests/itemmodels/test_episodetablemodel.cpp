// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/episodetablemodel.h"
#include "itemmodels/itemdatarole.h"
#include "store/accountstore.h"
#include "store/changelog.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/migrations.h"
#include "store/tweetstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EpisodeDesk::Models;

class EpisodeTableModelTest final : public QObject
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
        m_accountId = *AccountStore(m_db->connection()).add(account);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void showsEpisodesWithSummaries()
    {
        const qint64 pilot = addEpisode(1, QStringLiteral("Pilot"), QDate(2026, 1, 5));
        addEpisode(2, QStringLiteral("Second"), {});
        addTweet(pilot, QStringLiteral("a"));
        const qint64 posted = addTweet(pilot, QStringLiteral("b"));
        QSqlQuery(m_db->connection())
            .exec(QStringLiteral("UPDATE tweet_configs SET status='posted', post_id='1' WHERE id=%1").arg(posted));

        EpisodeTableModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(EpisodeTableModel::ColumnCount));
        QCOMPARE(model.index(0, EpisodeTableModel::NumberColumn).data().toInt(), 1);
        QCOMPARE(model.index(0, EpisodeTableModel::TitleColumn).data().toString(), QStringLiteral("Pilot"));
        QCOMPARE(model.index(0, EpisodeTableModel::PublishedColumn).data(SortRole).toDate(), QDate(2026, 1, 5));
        QCOMPARE(model.index(0, EpisodeTableModel::TweetsColumn).data().toString(),
                 QStringLiteral("1 pending · 1 posted"));
        QCOMPARE(model.index(1, EpisodeTableModel::TweetsColumn).data().toString(), QStringLiteral("no tweets yet"));
        QCOMPARE(model.index(0, 0).data(IdRole).toLongLong(), pilot);
        QCOMPARE(model.index(0, 0).data(StatusCountsRole).toMap().value(QStringLiteral("posted")).toInt(), 1);
        QVERIFY(!model.index(5, 0).data().isValid());
        QCOMPARE(model.headerData(EpisodeTableModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Title"));
    }

    void reloadIsGranular()
    {
        const qint64 first = addEpisode(1, QStringLiteral("One"), {});
        const qint64 second = addEpisode(2, QStringLiteral("Two"), {});
        EpisodeTableModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        addEpisode(3, QStringLiteral("Three"), {});
        Episode edited = *EpisodeStore(m_db->connection()).find(second);
        edited.title = QStringLiteral("Two, edited");
        QVERIFY(EpisodeStore(m_db->connection()).update(edited));
        QVERIFY(EpisodeStore(m_db->connection()).remove(first));
        model.reload();

        QCOMPARE(reset.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(second), 0);
        QCOMPARE(model.episodeAt(0).title, QStringLiteral("Two, edited"));

        model.reload(); // nothing changed: no signals at all
        QCOMPARE(changed.count(), 1);
    }

    // A tweet changed by another connection reaches the model through the change log: exactly its
    // episode's row changes, nothing else is re-read or re-announced.
    void changeFromAnotherConnectionChangesOnlyThatRow()
    {
        for (int i = 1; i <= 50; ++i) {
            addTweet(addEpisode(i, QStringLiteral("Episode %1").arg(i), {}), QStringLiteral("t"));
        }
        const qint64 target = EpisodeStore(m_db->connection()).listing().at(29).id;
        const qint64 tweet = TweetStore(m_db->connection()).forEpisode(target).constFirst().id;
        EpisodeTableModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

        Database other;
        QVERIFY(other.open(m_dir->filePath(QStringLiteral("t.sqlite")), QStringLiteral("other")));
        QSqlQuery query(other.connection());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE tweet_configs SET status = 'failed', last_error = 'x' WHERE id = %1").arg(tweet)));
        model.reload();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), model.rowOf(target));
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), model.rowOf(target));
        QCOMPARE(inserted.count() + removed.count() + layout.count(), 0);
        QCOMPARE(model.index(model.rowOf(target), EpisodeTableModel::TweetsColumn).data().toString(),
                 QStringLiteral("1 failed"));

        // Inserted and deleted elsewhere: one row each, in place.
        const qint64 added = *EpisodeStore(other.connection()).add(episodeNamed(QStringLiteral("Late")));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM tweet_configs WHERE episode_id = %1").arg(target - 1)));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM episodes WHERE id = %1").arg(target - 1)));
        model.reload();
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.episodeAt(model.rowOf(added)).title, QStringLiteral("Late"));
        QCOMPARE(model.rowOf(target - 1), -1);
        expectSameAsFreshModel(model);
    }

    // A model that has fallen behind further than the log keeps (pruned) reads everything again, and
    // is still right.
    void prunedLogStillReloadsCorrectly()
    {
        for (int i = 1; i <= 20; ++i) {
            addEpisode(i, QStringLiteral("Episode %1").arg(i), {});
        }
        EpisodeTableModel model(m_db->connection());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        const qint64 seen = ChangeLog(m_db->connection()).lastSeq();
        QVERIFY(seen > 0);

        Database other;
        QVERIFY(other.open(m_dir->filePath(QStringLiteral("t.sqlite")), QStringLiteral("other")));
        QSqlQuery query(other.connection());
        // Each update logs two entries (old and new row): enough rounds to push the last seen one out.
        const int rounds = changeLogLength() / (2 * 20) + 2;
        for (int round = 0; round < rounds; ++round) {
            QVERIFY(query.exec(QStringLiteral("UPDATE episodes SET title = 'Round %1 ' || id").arg(round)));
        }
        QVERIFY(query.exec(QStringLiteral("DELETE FROM episodes WHERE number = 3")));
        QVERIFY(!ChangeLog(m_db->connection()).since(seen).complete);
        QSqlQuery count(m_db->connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM row_changes")) && count.next());
        QCOMPARE(count.value(0).toInt(), changeLogLength());

        model.reload();
        QCOMPARE(model.rowCount(), 19);
        QCOMPARE(model.episodeAt(0).title, QStringLiteral("Round %1 1").arg(rounds - 1));
        expectSameAsFreshModel(model);
        QVERIFY(ChangeLog(m_db->connection()).since(ChangeLog(m_db->connection()).lastSeq()).complete);
    }

private:
    static Episode episodeNamed(const QString &title)
    {
        Episode episode;
        episode.title = title;
        return episode;
    }

    // Every cell of every role the table uses equals that of a model that read everything just now.
    void expectSameAsFreshModel(const EpisodeTableModel &model)
    {
        const EpisodeTableModel fresh(m_db->connection());
        QCOMPARE(model.rowCount(), fresh.rowCount());
        for (int row = 0; row < fresh.rowCount(); ++row) {
            for (int column = 0; column < fresh.columnCount(); ++column) {
                for (int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(IdRole), int(SortRole), int(StatusCountsRole)}) {
                    QCOMPARE(model.index(row, column).data(role), fresh.index(row, column).data(role));
                }
            }
        }
    }

    qint64 addEpisode(int number, const QString &title, QDate date)
    {
        Episode episode;
        episode.number = number;
        episode.title = title;
        episode.publishedOn = date;
        return *EpisodeStore(m_db->connection()).add(episode);
    }

    qint64 addTweet(qint64 episodeId, const QString &text)
    {
        TweetConfig config;
        config.episodeId = episodeId;
        config.accountId = m_accountId;
        config.text = text;
        return *TweetStore(m_db->connection()).add(config);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_accountId = 0;
};

QTEST_GUILESS_MAIN(EpisodeTableModelTest)
#include "test_episodetablemodel.moc"
