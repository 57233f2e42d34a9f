// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/faultplan.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace EpisodeDesk::Models;
using namespace Qt::StringLiterals;

using Kind = SandboxFault::Kind;
using Endpoint = SandboxFault::Endpoint;

namespace {

// What take() handed out, in order, as "Kind@Endpoint" so that a failure shows the whole sequence.
QStringList drain(FaultPlan &plan, const QList<Endpoint> &requests)
{
    QStringList taken;
    for (const Endpoint endpoint : requests) {
        const auto fault = plan.take(endpoint);
        taken.append(fault ? SandboxFault::name(fault->kind) + u'@' + SandboxFault::name(fault->endpoint) : u"none"_s);
    }
    return taken;
}

} // namespace

class TestFaultPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consumedInOrder();
    void requestTakesFirstMatchingFault();
    void ignoresNonPositiveCount();
    void clearForgetsAll();
    void oauthKindsGoToToken();
    void fromJson_data();
    void fromJson();
    void fromJsonRefuses_data();
    void fromJsonRefuses();
};

void TestFaultPlan::consumedInOrder()
{
    FaultPlan plan;
    plan.add({.kind = Kind::DropAfterCreate, .count = 2});
    plan.add({.kind = Kind::Delay, .delayMs = 50});
    plan.add({.kind = Kind::ServerError});
    QCOMPARE(plan.pendingCount(), 4);

    const auto first = plan.take(Endpoint::CreateTweet);
    QVERIFY(first);
    QCOMPARE(first->kind, Kind::DropAfterCreate);
    QCOMPARE(plan.pendingCount(), 3);
    QCOMPARE(drain(plan, {Endpoint::CreateTweet, Endpoint::CreateTweet, Endpoint::CreateTweet, Endpoint::CreateTweet}),
             QStringList(
                 {u"DropAfterCreate@CreateTweet"_s, u"Delay@CreateTweet"_s, u"ServerError@CreateTweet"_s, u"none"_s}));
    QCOMPARE(plan.pendingCount(), 0);
}

// Requests on other endpoints pass faults meant for one endpoint by; an Any fault takes whatever
// comes first, and keeps its place in the queue.
void TestFaultPlan::requestTakesFirstMatchingFault()
{
    FaultPlan plan;
    plan.add({.kind = Kind::Hang, .endpoint = Endpoint::UserTweets});
    plan.add({.kind = Kind::Unauthorized, .endpoint = Endpoint::Any});
    plan.add({.kind = Kind::Duplicate});
    QCOMPARE(drain(plan, {Endpoint::CreateTweet, Endpoint::CreateTweet, Endpoint::UsersMe, Endpoint::UserTweets}),
             QStringList({u"Unauthorized@Any"_s, u"Duplicate@CreateTweet"_s, u"none"_s, u"Hang@UserTweets"_s}));
}

void TestFaultPlan::ignoresNonPositiveCount()
{
    FaultPlan plan;
    plan.add({.kind = Kind::ServerError, .count = 0});
    plan.add({.kind = Kind::ServerError, .count = -3});
    QCOMPARE(plan.pendingCount(), 0);
    QVERIFY(!plan.take(Endpoint::CreateTweet));
}

void TestFaultPlan::clearForgetsAll()
{
    FaultPlan plan;
    plan.add({.kind = Kind::RateLimited, .count = 5, .endpoint = Endpoint::Any});
    plan.clear();
    QCOMPARE(plan.pendingCount(), 0);
    QVERIFY(!plan.take(Endpoint::UsersMe));
}

// ExpiredCode and InvalidGrant mean something on the token endpoint only; a request can pass a fault
// by that does not fit it, which keeps its place for the next one.
void TestFaultPlan::oauthKindsGoToToken()
{
    FaultPlan plan;
    plan.add({.kind = Kind::ExpiredCode});
    plan.add({.kind = Kind::InvalidGrant, .endpoint = Endpoint::Any});
    QCOMPARE(drain(plan, {Endpoint::CreateTweet, Endpoint::Authorize}), QStringList({u"none"_s, u"none"_s}));
    const auto notExpiredCode = [](const SandboxFault &fault) {
        return fault.kind != Kind::ExpiredCode;
    };
    const auto first = plan.take(Endpoint::Token, notExpiredCode);
    QVERIFY(first);
    QCOMPARE(first->kind, Kind::InvalidGrant);
    QVERIFY(!plan.take(Endpoint::Token, notExpiredCode));
    QCOMPARE(drain(plan, {Endpoint::Token}), QStringList({u"ExpiredCode@Token"_s}));
}

void TestFaultPlan::fromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<QDateTime>("resetAt");
    QTest::addColumn<Endpoint>("endpoint");
    const QDateTime reset = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC); // 2026-01-01T00:00:00Z

    QTest::newRow("defaults") << QByteArray(R"({"kind":"DropAfterCreate"})") << Kind::DropAfterCreate << 1 << 0
                              << QDateTime() << Endpoint::CreateTweet;
    QTest::newRow("names in any case") << QByteArray(R"({"kind":"delay","endpoint":"USERSME","delayMs":250})")
                                       << Kind::Delay << 1 << 250 << QDateTime() << Endpoint::UsersMe;
    QTest::newRow("resetAt as Unix seconds")
        << QByteArray(R"({"kind":"RateLimited","count":3,"resetAt":1767225600,"endpoint":"Any"})") << Kind::RateLimited
        << 3 << 0 << reset << Endpoint::Any;
    QTest::newRow("resetAt as ISO time") << QByteArray(R"({"kind":"RateLimited","resetAt":"2026-01-01T00:00:00Z"})")
                                         << Kind::RateLimited << 1 << 0 << reset << Endpoint::CreateTweet;
    QTest::newRow("token endpoint down") << QByteArray(R"({"kind":"ServerError","endpoint":"token"})")
                                         << Kind::ServerError << 1 << 0 << QDateTime() << Endpoint::Token;
    QTest::newRow("invalid grant") << QByteArray(R"({"kind":"InvalidGrant","count":2})") << Kind::InvalidGrant << 2 << 0
                                   << QDateTime() << Endpoint::CreateTweet; // FaultPlan::add() makes it Token
}

void TestFaultPlan::fromJson()
{
    QFETCH(QByteArray, json);
    QString error;
    const auto fault = SandboxFault::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY2(fault, qPrintable(error));
    QTEST(fault->kind, "kind");
    QTEST(fault->count, "count");
    QTEST(fault->delayMs, "delayMs");
    QTEST(fault->resetAt, "resetAt");
    QTEST(fault->endpoint, "endpoint");
}

void TestFaultPlan::fromJsonRefuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown kind") << QByteArray(R"({"kind":"Explode"})") << u"unknown fault kind 'Explode'"_s;
    QTest::newRow("no kind") << QByteArray(R"({"count":1})") << u"unknown fault kind ''"_s;
    QTest::newRow("unknown endpoint") << QByteArray(R"({"kind":"Hang","endpoint":"DeleteTweet"})")
                                      << u"unknown endpoint 'DeleteTweet'"_s;
    QTest::newRow("bad resetAt") << QByteArray(R"({"kind":"RateLimited","resetAt":"soon"})")
                                 << u"resetAt is neither Unix seconds nor an ISO 8601 time"_s;
    QTest::newRow("zero count") << QByteArray(R"({"kind":"Hang","count":0})")
                                << u"count must be positive and delayMs not negative"_s;
    QTest::newRow("negative delay") << QByteArray(R"({"kind":"Delay","delayMs":-1})")
                                    << u"count must be positive and delayMs not negative"_s;
}

void TestFaultPlan::fromJsonRefuses()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!SandboxFault::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QTEST(error, "error");
}

QTEST_GUILESS_MAIN(TestFaultPlan)
#include "test_faultplan.moc"
