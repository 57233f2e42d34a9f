// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/postingjournal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace EpisodeDesk::Models;

namespace {

FinishRecord posted(const QString &attemptId, const QString &postId)
{
    FinishRecord record;
    record.attemptId = attemptId;
    record.configId = 42;
    record.outcome = TweetStatus::Posted;
    record.httpStatus = 201;
    record.postId = postId;
    record.postUrl = QUrl(QStringLiteral("https://x.com/show/status/") + postId);
    return record;
}

} // namespace

class PostingJournalTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void keepsAnswersUntilRemoved()
    {
        PostingJournal journal(PostingJournal::directoryFor(m_dir->filePath(QStringLiteral("show.sqlite"))));
        QVERIFY(journal.isEnabled());
        QVERIFY(journal.pending().isEmpty()); // no folder yet
        QVERIFY(journal.record(posted(QStringLiteral("a-1"), QStringLiteral("1001"))));
        FinishRecord failed;
        failed.attemptId = QStringLiteral("a-2");
        failed.configId = 43;
        failed.outcome = TweetStatus::Failed;
        failed.error = QStringLiteral("X refused the request as invalid (HTTP 400).");
        failed.errorCategory = QStringLiteral("validation");
        failed.nextRetryAt = QDateTime(QDate(2026, 12, 2), QTime(10, 0), QTimeZone::utc());
        QVERIFY(journal.record(failed));

        // Another process (a new object on the same folder) sees both.
        const QList<FinishRecord> pending = PostingJournal(journal.directory()).pending();
        QCOMPARE(pending.size(), 2);
        QStringList ids;
        for (const FinishRecord &record : pending) {
            ids.append(record.attemptId);
            if (record.attemptId == QLatin1String("a-2")) {
                QCOMPARE(record.outcome, TweetStatus::Failed);
                QCOMPARE(record.error, failed.error);
                QCOMPARE(record.errorCategory, failed.errorCategory);
                QCOMPARE(record.nextRetryAt, failed.nextRetryAt);
                QVERIFY(!record.httpStatus);
            } else {
                QCOMPARE(record.postId, QStringLiteral("1001"));
                QCOMPARE(record.httpStatus.value_or(0), 201);
                QCOMPARE(record.configId, 42);
            }
        }
        ids.sort();
        QCOMPARE(ids, (QStringList {QStringLiteral("a-1"), QStringLiteral("a-2")}));

        QVERIFY(journal.remove(QStringLiteral("a-1")));
        QVERIFY(journal.remove(QStringLiteral("a-1"))); // twice is harmless (two replays)
        QCOMPARE(journal.pending().size(), 1);
        // Recording the same attempt again replaces its entry.
        failed.outcome = TweetStatus::Unknown;
        QVERIFY(journal.record(failed));
        QCOMPARE(journal.pending().size(), 1);
        QCOMPARE(journal.pending().first().outcome, TweetStatus::Unknown);
        // No temporary file is left behind.
        QCOMPARE(QDir(journal.directory()).entryList(QDir::Files).size(), 1);
    }

    void unreadableEntriesAreKeptNotReplayed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not JSON") << QByteArray("{\"attempt_id\": ");
        QTest::newRow("posted without a post id")
            << QByteArray(R"({"attempt_id":"bad-1","config_id":"7","outcome":"posted","post_id":""})");
        QTest::newRow("unknown outcome") << QByteArray(
            R"({"attempt_id":"bad-1","config_id":"7","outcome":"pending","post_id":""})");
        QTest::newRow("no config") << QByteArray(R"({"attempt_id":"bad-1","outcome":"failed"})");
        QTest::newRow("name and content disagree")
            << QByteArray(R"({"attempt_id":"other","config_id":"7","outcome":"failed"})");
    }

    void unreadableEntriesAreKeptNotReplayed()
    {
        QFETCH(QByteArray, content);
        PostingJournal journal(PostingJournal::directoryFor(m_dir->filePath(QStringLiteral("show.sqlite"))));
        QVERIFY(QDir().mkpath(journal.directory()));
        QFile file(journal.directory() + QStringLiteral("/bad-1.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QVERIFY(journal.pending().isEmpty());
        QVERIFY(QFile::exists(file.fileName())); // never deleted unread
    }

    void refusesAttemptIdsThatAreNotNames()
    {
        PostingJournal journal(PostingJournal::directoryFor(m_dir->filePath(QStringLiteral("show.sqlite"))));
        QVERIFY(!journal.record(posted(QStringLiteral("../escape"), QStringLiteral("1"))));
        QVERIFY(!journal.lastError().isEmpty());
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("escape.json"))));
    }

    void inMemoryDatabaseHasNoJournal()
    {
        PostingJournal journal(PostingJournal::directoryFor(QStringLiteral(":memory:")));
        QVERIFY(!journal.isEnabled());
        QVERIFY(journal.record(posted(QStringLiteral("a-1"), QStringLiteral("1"))));
        QVERIFY(journal.pending().isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_GUILESS_MAIN(PostingJournalTest)
#include "test_postingjournal.moc"
