// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/episodetablemodel.h"
#include "itemmodels/itemdatarole.h"
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

private:
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
