// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/timelinequery.h"

#include <QJsonArray>
#include <QTest>

#include <optional>

using namespace EpisodeDesk::Models;
using namespace Qt::StringLiterals;

namespace {

const QDateTime kStart = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// `count` posts a minute apart, ids 1000, 1010, …, newest first as TimelineStore::timeline() gives them.
QList<SandboxPost> newestFirst(int count)
{
    QList<SandboxPost> posts;
    for (int i = count - 1; i >= 0; --i) {
        const QString id = QString::number(1000 + 10 * i);
        posts.append({id, u"1001"_s, u"post %1"_s.arg(i), u"post %1"_s.arg(i), kStart.addSecs(60 * i), {}, {}});
    }
    return posts;
}

std::optional<TimelineQuery> parse(const QString &query)
{
    QString parameter;
    QString message;
    auto result = TimelineQuery::fromUrlQuery(QUrlQuery(query), &parameter, &message);
    if (!result) {
        qWarning() << "refused" << parameter << message;
    }
    return result;
}

QStringList idsOf(const QJsonObject &page)
{
    QStringList ids;
    for (const QJsonValue &post : page.value(u"data"_s).toArray()) {
        ids.append(post.toObject().value(u"id"_s).toString());
    }
    return ids;
}

} // namespace

class TestTimelineQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesThroughEveryPost();
    void filters_data();
    void filters();
    void emptyPageHasOnlyCount();
    void fieldsOnlyWhenAsked();
    void refusesBadParameter_data();
    void refusesBadParameter();
};

// Following next_token from page to page yields every post once, newest first, and the last page
// says there is no more.
void TestTimelineQuery::pagesThroughEveryPost()
{
    const QList<SandboxPost> posts = newestFirst(23);
    QStringList expected;
    for (const SandboxPost &post : posts) {
        expected.append(post.id);
    }
    QStringList seen;
    QList<qsizetype> pageSizes;
    QString token;
    do {
        const auto query = parse(u"max_results=10"_s + (token.isEmpty() ? QString() : u"&pagination_token="_s + token));
        QVERIFY(query);
        const QJsonObject page = query->page(posts);
        const QJsonObject meta = page.value(u"meta"_s).toObject();
        const QStringList ids = idsOf(page);
        QCOMPARE(meta.value(u"result_count"_s).toInt(), ids.size());
        QCOMPARE(meta.value(u"newest_id"_s).toString(), ids.constFirst());
        QCOMPARE(meta.value(u"oldest_id"_s).toString(), ids.constLast());
        seen += ids;
        pageSizes.append(ids.size());
        token = meta.value(u"next_token"_s).toString();
        QVERIFY(pageSizes.size() <= 3);
    } while (!token.isEmpty());
    QCOMPARE(pageSizes, QList<qsizetype>({10, 10, 3}));
    QCOMPARE(seen, expected);
}

void TestTimelineQuery::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("ids");
    // Posts 1000 (12:00) … 1050 (12:05).
    QTest::newRow("none") << QString()
                          << QStringList({u"1050"_s, u"1040"_s, u"1030"_s, u"1020"_s, u"1010"_s, u"1000"_s});
    QTest::newRow("since_id is exclusive") << u"since_id=1030"_s << QStringList({u"1050"_s, u"1040"_s});
    QTest::newRow("until_id is exclusive") << u"until_id=1020"_s << QStringList({u"1010"_s, u"1000"_s});
    QTest::newRow("times are inclusive") << u"start_time=2026-03-01T12:01:00Z&end_time=2026-03-01T12:03:00Z"_s
                                         << QStringList({u"1030"_s, u"1020"_s, u"1010"_s});
    // X compares at second granularity: a start time inside a post's second still includes it.
    QTest::newRow("start_time within the second")
        << u"start_time=2026-03-01T12:04:00.900Z"_s << QStringList({u"1050"_s, u"1040"_s});
    QTest::newRow("max_results") << u"max_results=5"_s
                                 << QStringList({u"1050"_s, u"1040"_s, u"1030"_s, u"1020"_s, u"1010"_s});
}

void TestTimelineQuery::filters()
{
    QFETCH(QString, query);
    const auto parsed = parse(query);
    QVERIFY(parsed);
    QTEST(idsOf(parsed->page(newestFirst(6))), "ids");
}

void TestTimelineQuery::emptyPageHasOnlyCount()
{
    const auto query = parse(u"since_id=5000"_s);
    QVERIFY(query);
    QCOMPARE(query->page(newestFirst(3)), QJsonObject({{u"meta"_s, QJsonObject {{u"result_count"_s, 0}}}}));
}

void TestTimelineQuery::fieldsOnlyWhenAsked()
{
    QList<SandboxPost> posts = newestFirst(1);
    const auto plain = parse(QString());
    const auto both = parse(u"tweet.fields=id,created_at&post.fields=entities"_s);
    QVERIFY(plain && both);
    QVERIFY(!plain->withCreatedAt && !plain->withEntities);
    QVERIFY(both->withCreatedAt && both->withEntities);
    const QJsonObject post = plain->page(posts).value(u"data"_s).toArray().first().toObject();
    QCOMPARE(post.keys(), QStringList({u"edit_history_tweet_ids"_s, u"id"_s, u"text"_s}));
    const QJsonObject full = both->page(posts).value(u"data"_s).toArray().first().toObject();
    QCOMPARE(full.value(u"created_at"_s).toString(), u"2026-03-01T12:00:00.000Z"_s);
    QVERIFY(!full.contains(u"entities"_s)); // a post without links has none, as at X
}

void TestTimelineQuery::refusesBadParameter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("max_results below 5") << u"max_results=4"_s << u"max_results"_s;
    QTest::newRow("max_results above 100") << u"max_results=101"_s << u"max_results"_s;
    QTest::newRow("max_results not a number") << u"max_results=ten"_s << u"max_results"_s;
    QTest::newRow("start_time not a time") << u"start_time=yesterday"_s << u"start_time"_s;
    QTest::newRow("end_time not a time") << u"end_time=2026-13-01T00:00:00Z"_s << u"end_time"_s;
    QTest::newRow("since_id not an id") << u"since_id=-5"_s << u"since_id"_s;
    QTest::newRow("until_id too long") << u"until_id=12345678901234567890"_s << u"until_id"_s;
    QTest::newRow("pagination_token not base 36") << u"pagination_token=**"_s << u"pagination_token"_s;
    QTest::newRow("first bad one is named") << u"since_id=x&max_results=1"_s << u"max_results"_s;
}

void TestTimelineQuery::refusesBadParameter()
{
    QFETCH(QString, query);
    QString parameter;
    QString message;
    QVERIFY(!TimelineQuery::fromUrlQuery(QUrlQuery(query), &parameter, &message));
    QTEST(parameter, "parameter");
    QVERIFY(message.contains(parameter));
}

QTEST_GUILESS_MAIN(TestTimelineQuery)
#include "test_timelinequery.moc"
