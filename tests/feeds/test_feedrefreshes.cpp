// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Refreshes that race (threads of their own, each on its own connection, on the backend ctest chose)
// announce each new episode once per template, and FeedRefresher refreshes on its own thread on its
// interval: the window's and `scheduler run`'s 30-minute refresh.
#include "feedimportfixture.h"
#include "feeds/feedrefresher.h"
#include "feeds/feedupdate.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;

class FeedRefreshesTest final : public QObject, protected FeedImportFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void racingRefreshesAnnounceOnce()
    {
        addTemplate(QStringLiteral("New: {title}"), 0, false);
        addTemplate(QStringLiteral("Also: {title}"), 60, false);
        m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue());
        QVERIFY(update().importFeed(url()).ok());
        constexpr int kThreads = 6;
        constexpr int kRounds = 5;
        for (int round = 0; round < kRounds; ++round) {
            const QString guid = QStringLiteral("race-%1").arg(round);
            QByteArray items;
            for (int r = round; r >= 0; --r) {
                items += item(QStringLiteral("race-%1").arg(r), QStringLiteral("Race %1").arg(r),
                              QStringLiteral("Tue, 01 Dec 2026 13:00:00 GMT"));
            }
            m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue(items), "\"r" + QByteArray::number(round) + "\"",
                                QByteArray());
            std::atomic<int> announcements {0};
            std::atomic<int> failures {0};
            std::atomic<bool> go {false};
            QList<QThread *> threads;
            const QString location = m_database->location();
            const FeedUpdate::Options options = m_options;
            for (int t = 0; t < kThreads; ++t) {
                threads.append(QThread::create([&, t] {
                    Database db;
                    if (!db.open(location, QStringLiteral("race-%1-%2").arg(round).arg(t), 30000)) {
                        ++failures;
                        return;
                    }
                    QNetworkAccessManager manager;
                    while (!go.load()) {
                        QThread::yieldCurrentThread();
                    }
                    FeedUpdate::Options forced = options;
                    forced.force = true;
                    FeedUpdate::Result result = FeedUpdate(db.connection(), &manager, forced).refresh();
                    while (!result.ok() && result.storeError == FeedStore::Error::Busy) {
                        result = FeedUpdate(db.connection(), &manager, forced).refresh();
                    }
                    if (!result.ok()) {
                        qWarning() << "refresh failed:" << result.errorString;
                        ++failures;
                        return;
                    }
                    announcements += result.changes.announcements;
                }));
            }
            for (QThread *thread : threads) {
                thread->start();
            }
            go = true;
            // The feed server answers on this thread: wait with its event loop running.
            for (QThread *thread : threads) {
                QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 120000);
                thread->wait();
                delete thread;
            }
            QCOMPARE(failures.load(), 0);
            QCOMPARE(announcements.load(), 2); // one new episode, two templates: once, whoever won
            QCOMPARE(
                scalar(m_db->connection(),
                       QStringLiteral("SELECT count(*) FROM tweet_configs t JOIN episodes e ON e.id = t.episode_id "
                                      "WHERE e.feed_guid = '%1'")
                           .arg(guid))
                    .toInt(),
                2);
            QCOMPARE(scalar(m_db->connection(),
                            QStringLiteral("SELECT count(*) FROM episodes WHERE feed_guid = '%1'").arg(guid))
                         .toInt(),
                     1);
        }
        QCOMPARE(tweetCount(), 2 * kRounds);
    }

    void refresherRunsOnItsOwnThreadAndRepeats()
    {
        FeedRefresher::Options options;
        options.databasePath = m_database->location();
        options.interval = std::chrono::milliseconds(300);
        options.update = m_options;
        {
            // No feed yet: nothing to report, nothing fetched.
            FeedRefresher refresher(options);
            QSignalSpy refreshed(&refresher, &FeedRefresher::refreshed);
            refresher.start();
            QTRY_VERIFY(!refresher.isRefreshing());
            QTest::qWait(400);
            QCOMPARE(refreshed.count(), 0);
        }
        addTemplate(QStringLiteral("New: {title}"), 0, false);
        m_server->serveFeed(QStringLiteral("/feed.xml"), catalogue());
        QVERIFY(update().importFeed(url()).ok());
        m_server->serveFeed(QStringLiteral("/feed.xml"),
                            catalogue(item(QStringLiteral("g4"), QStringLiteral("Four"),
                                           QStringLiteral("Tue, 01 Dec 2026 13:00:00 GMT"))),
                            "\"v2\"", QByteArray());
        FeedRefresher refresher(options);
        QSignalSpy refreshed(&refresher, &FeedRefresher::refreshed);
        const int before = int(m_server->requests(QStringLiteral("/feed.xml")).size());
        refresher.start();
        QTRY_VERIFY(refreshed.count() >= 1);
        const auto first = refreshed.at(0).at(0).value<FeedUpdate::Result>();
        QVERIFY2(first.ok(), qPrintable(first.errorString));
        QCOMPARE(first.changes.added, 1);
        QCOMPARE(first.changes.announcements, 1);
        // And again on the interval: 304 from then on.
        QTRY_VERIFY(refreshed.count() >= 3);
        QVERIFY(refreshed.at(2).at(0).value<FeedUpdate::Result>().changes.notModified);
        QVERIFY(m_server->requests(QStringLiteral("/feed.xml")).size() >= before + 3);
        QCOMPARE(tweetCount(), 1);
    }
};

QTEST_GUILESS_MAIN(FeedRefreshesTest)
#include "test_feedrefreshes.moc"
