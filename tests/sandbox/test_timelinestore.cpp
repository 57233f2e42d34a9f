// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/timelinestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace Qt::StringLiterals;

using Outcome = TimelineStore::Outcome;

namespace {

const QDateTime kNoon = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0, 250), Qt::UTC);

QStringList idsOf(const QList<SandboxPost> &posts)
{
    QStringList ids;
    for (const SandboxPost &post : posts) {
        ids.append(post.id);
    }
    return ids;
}

} // namespace

class TestTimelineStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void storesInMemoryByDefault();
    void storesPostAsXReturnsIt();
    void refusesDuplicateTextPerUser();
    void idsKeepIncreasingWhenClockGoesBack();
    void limitsRatePerUser();
    void timelineIsNewestFirstPerUser();
    void persistenceRoundTrip();
    void sharedFileSharesRateWindows();
    void sectionsSurvivePosts();
    void refusesUnreadableFile_data();
    void refusesUnreadableFile();

private:
    QString storagePath() const { return m_dir->filePath(u"sandbox.json"_s); }
    static SandboxPost create(TimelineStore &store, const QString &userId, const QString &text, const QDateTime &time,
                              Outcome expected = Outcome::Stored);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTimelineStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTimelineStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

SandboxPost TestTimelineStore::create(TimelineStore &store, const QString &userId, const QString &text,
                                      const QDateTime &time, Outcome expected)
{
    TimelineStore::Created created;
    QString error;
    // qFail() rather than QVERIFY: this helper returns a value. The failure counts all the same.
    if (!store.create(userId, text, time, &created, &error)) {
        QTest::qFail(qPrintable(u"create failed: "_s + error), __FILE__, __LINE__);
        return {};
    }
    if (created.outcome != expected) {
        QTest::qFail(qPrintable(u"unexpected outcome %1 for '%2'"_s.arg(static_cast<int>(created.outcome)).arg(text)),
                     __FILE__, __LINE__);
        return {};
    }
    return created.post;
}

void TestTimelineStore::storesInMemoryByDefault()
{
    TimelineStore store;
    QVERIFY(store.storageFile().isEmpty());
    QVERIFY(!create(store, u"1001"_s, u"hello"_s, kNoon).id.isEmpty());
    QList<SandboxPost> posts;
    QString error;
    QVERIFY(store.posts(&posts, &error));
    QCOMPARE(posts.size(), 1);
    QVERIFY(QDir(m_dir->path()).isEmpty());
}

// The returned text is what X shows (t.co links, HTML escapes), the sent text is kept as sent, and
// created_at has whole seconds.
void TestTimelineStore::storesPostAsXReturnsIt()
{
    TimelineStore store;
    const QString sent = u"New episode <3 https://example.com/episodes/42"_s;
    const SandboxPost post = create(store, u"1001"_s, sent, kNoon);
    QCOMPARE(post.userId, u"1001"_s);
    QCOMPARE(post.sentText, sent);
    QVERIFY2(post.text.startsWith(u"New episode &lt;3 https://t.co/"_s), qPrintable(post.text));
    QCOMPARE(post.createdAt, QDateTime(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC));
    QVERIFY(post.id.toLongLong() > 0);
}

void TestTimelineStore::refusesDuplicateTextPerUser()
{
    TimelineStore store;
    create(store, u"1001"_s, u"same"_s, kNoon);
    create(store, u"1001"_s, u"same"_s, kNoon.addSecs(60), Outcome::Duplicate);
    QVERIFY(!create(store, u"1002"_s, u"same"_s, kNoon.addSecs(60)).id.isEmpty()); // another user may
    QList<SandboxPost> posts;
    QString error;
    QVERIFY(store.posts(&posts, &error));
    QCOMPARE(posts.size(), 2);
}

// since_id relies on ids that only grow, whatever an injected clock does.
void TestTimelineStore::idsKeepIncreasingWhenClockGoesBack()
{
    TimelineStore store;
    const qint64 first = create(store, u"1001"_s, u"one"_s, kNoon).id.toLongLong();
    const qint64 second = create(store, u"1001"_s, u"two"_s, kNoon.addDays(-1)).id.toLongLong();
    const qint64 third = create(store, u"1001"_s, u"three"_s, kNoon).id.toLongLong();
    QVERIFY(first > 0);
    QVERIFY(second > first);
    QVERIFY(third > second);
}

void TestTimelineStore::limitsRatePerUser()
{
    TimelineStore store;
    store.setRateLimit(2, 3);
    TimelineStore::Created created;
    QString error;
    QVERIFY(store.create(u"1001"_s, u"a"_s, kNoon, &created, &error));
    QCOMPARE(created.limits.limit15, 2);
    QCOMPARE(created.limits.remaining15, 1);
    QCOMPARE(created.limits.remaining24, 2);
    QCOMPARE(created.limits.reset15, kNoon.addSecs(15 * 60));
    QCOMPARE(created.limits.reset24, kNoon.addDays(1));
    create(store, u"1001"_s, u"b"_s, kNoon.addSecs(1));
    create(store, u"1001"_s, u"c"_s, kNoon.addSecs(2), Outcome::RateLimited);
    create(store, u"1002"_s, u"c"_s, kNoon.addSecs(2)); // windows are per user
    // A new 15-minute window, but the 24-hour one has one request left.
    create(store, u"1001"_s, u"c"_s, kNoon.addSecs(15 * 60));
    QVERIFY(store.create(u"1001"_s, u"d"_s, kNoon.addSecs(15 * 60 + 1), &created, &error));
    QCOMPARE(created.outcome, Outcome::RateLimited);
    QCOMPARE(created.limits.remaining15, 1);
    QCOMPARE(created.limits.remaining24, 0);
}

void TestTimelineStore::timelineIsNewestFirstPerUser()
{
    TimelineStore store;
    const QString a = create(store, u"1001"_s, u"a"_s, kNoon).id;
    create(store, u"1002"_s, u"other"_s, kNoon.addSecs(1));
    const QString b = create(store, u"1001"_s, u"b"_s, kNoon.addSecs(2)).id;
    QList<SandboxPost> timeline;
    QString error;
    QVERIFY(store.timeline(u"1001"_s, &timeline, &error));
    QCOMPARE(idsOf(timeline), QStringList({b, a}));
}

// A second store on the same file (another server, another process) reads back exactly what the
// first one wrote, and continues the ids from there.
void TestTimelineStore::persistenceRoundTrip()
{
    QString error;
    QList<SandboxPost> written;
    {
        TimelineStore store;
        QVERIFY2(store.setStorageFile(storagePath(), &error), qPrintable(error));
        create(store, u"1001"_s, u"first https://example.com"_s, kNoon);
        create(store, u"1002"_s, u"second & last"_s, kNoon.addSecs(5));
        QVERIFY(store.posts(&written, &error));
    }
    TimelineStore reader;
    QVERIFY2(reader.setStorageFile(storagePath(), &error), qPrintable(error));
    QCOMPARE(reader.storageFile(), storagePath());
    QList<SandboxPost> read;
    QVERIFY(reader.posts(&read, &error));
    QCOMPARE(read.size(), 2);
    for (qsizetype i = 0; i < read.size(); ++i) {
        QCOMPARE(read.at(i).id, written.at(i).id);
        QCOMPARE(read.at(i).userId, written.at(i).userId);
        QCOMPARE(read.at(i).text, written.at(i).text);
        QCOMPARE(read.at(i).sentText, written.at(i).sentText);
        QCOMPARE(read.at(i).createdAt, written.at(i).createdAt);
    }
    create(reader, u"1001"_s, u"first https://example.com"_s, kNoon.addSecs(10), Outcome::Duplicate);
    const QString next = create(reader, u"1001"_s, u"third"_s, kNoon.addDays(-1)).id;
    QVERIFY(next.toLongLong() > written.constLast().id.toLongLong());

    // Ids are strings in the file: a JSON number would round a 19-digit id.
    QFile file(storagePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(u"format"_s).toInt(), 1);
    QCOMPARE(root.value(u"lastId"_s).toString(), next);
    QCOMPARE(root.value(u"posts"_s).toArray().last().toObject().value(u"id"_s).toString(), next);
}

void TestTimelineStore::sharedFileSharesRateWindows()
{
    QString error;
    TimelineStore one;
    TimelineStore two;
    QVERIFY(one.setStorageFile(storagePath(), &error));
    QVERIFY(two.setStorageFile(storagePath(), &error));
    one.setRateLimit(2, 100);
    two.setRateLimit(2, 100);
    create(one, u"1001"_s, u"a"_s, kNoon);
    create(two, u"1001"_s, u"b"_s, kNoon.addSecs(1));
    create(one, u"1001"_s, u"c"_s, kNoon.addSecs(2), Outcome::RateLimited);
    create(two, u"1001"_s, u"a"_s, kNoon.addSecs(15 * 60), Outcome::Duplicate);
}

// Another part's section (the OAuth 2.0 grants) lives beside the posts: a post written by a store that
// never touches it keeps it, and a store sharing the file sees it.
void TestTimelineStore::sectionsSurvivePosts()
{
    QString error;
    TimelineStore one;
    TimelineStore two;
    QVERIFY(one.setStorageFile(storagePath(), &error));
    QVERIFY(two.setStorageFile(storagePath(), &error));
    QVERIFY(one.withSection(
        u"oauth2"_s,
        [](QJsonObject &section) {
            section.insert(u"n"_s, 1);
            return true;
        },
        &error));
    create(two, u"1001"_s, u"a"_s, kNoon);
    int seen = 0;
    QVERIFY(two.withSection(
        u"oauth2"_s,
        [&](QJsonObject &section) {
            seen = section.value(u"n"_s).toInt();
            return false;
        },
        &error));
    QCOMPARE(seen, 1);
    QList<SandboxPost> posts;
    QVERIFY(one.posts(&posts, &error));
    QCOMPARE(posts.size(), 1);

    // In memory too, per store.
    TimelineStore memory;
    QVERIFY(memory.withSection(
        u"oauth2"_s,
        [](QJsonObject &section) {
            section.insert(u"n"_s, 2);
            return true;
        },
        &error));
    QVERIFY(memory.withSection(
        u"oauth2"_s,
        [&](QJsonObject &section) {
            seen = section.value(u"n"_s).toInt();
            return false;
        },
        &error));
    QCOMPARE(seen, 2);
}

void TestTimelineStore::refusesUnreadableFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not JSON") << QByteArray("{\"posts\": [");
    QTest::newRow("another JSON file") << QByteArray(R"({"episodes":[]})");
    QTest::newRow("a future format") << QByteArray(R"({"format":2,"posts":[]})");
}

// A file that is there but is not a timeline is never overwritten: it may be someone's data.
void TestTimelineStore::refusesUnreadableFile()
{
    QFETCH(QByteArray, content);
    QFile file(storagePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    TimelineStore store;
    QString error;
    QVERIFY(!store.setStorageFile(storagePath(), &error));
    QVERIFY(error.startsWith(u"not a sandbox storage file"_s));
    QVERIFY(store.storageFile().isEmpty());
    create(store, u"1001"_s, u"kept in memory"_s, kNoon);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

QTEST_GUILESS_MAIN(TestTimelineStore)
#include "test_timelinestore.moc"
