// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// UsageStore: a month's posts (posted, may have been billed) and reads per account, on both backends.
#include "store/accountstore.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/sqlutil.h"
#include "store/tweetstore.h"
#include "store/usagestore.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace EpisodeDesk::Models;
using EpisodeDesk::Tests::TestDatabase;

class UsageStoreTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<TestDatabase>(m_dir->path());
        QVERIFY2(!m_database->location().isEmpty(), qPrintable(m_database->errorString()));
        m_db = std::make_unique<Database>();
        QVERIFY2(m_db->open(m_database->location(), QStringLiteral("usage")), qPrintable(m_db->errorString()));
        Episode episode;
        episode.title = QStringLiteral("Pilot");
        const auto episodeId = EpisodeStore(m_db->connection()).add(episode);
        QVERIFY(episodeId);
        for (const char *name : {"Show", "Other"}) {
            Account account;
            account.name = QLatin1String(name);
            account.kind = AccountKind::X;
            account.apiBaseUrl = QUrl(QStringLiteral("https://api.x.com"));
            const auto id = AccountStore(m_db->connection()).add(account);
            QVERIFY(id);
            TweetConfig config;
            config.episodeId = *episodeId;
            config.accountId = *id;
            config.text = QStringLiteral("Out now");
            const auto configId = TweetStore(m_db->connection()).add(config);
            QVERIFY(configId);
            m_accounts.append(*id);
            m_configs.append(*configId);
        }
    }

    void cleanup()
    {
        m_accounts.clear();
        m_configs.clear();
        m_db.reset();
        m_database.reset();
        m_dir.reset();
    }

    void monthSpanIsLocalCalendarMonth()
    {
        const auto [from, to] = UsageStore::monthSpan(QDate(2026, 12, 31));
        QCOMPARE(from, QDate(2026, 12, 1).startOfDay());
        QCOMPARE(to, QDate(2027, 1, 1).startOfDay());
        QCOMPARE(from.timeSpec(), Qt::LocalTime);
    }

    // Posted attempts are billed, unknown ones may have been, failed ones are not; each at its own
    // text's price; only those started in the month count, to the millisecond at both ends.
    void attemptsAcrossMonthBoundaries()
    {
        const auto [from, to] = UsageStore::monthSpan(QDate(2026, 3, 15));
        const qint64 show = m_accounts.at(0);
        const qint64 other = m_accounts.at(1);
        addAttempt(show, QStringLiteral("posted"), QStringLiteral("plain"), from); // first moment
        addAttempt(show, QStringLiteral("posted"), QStringLiteral("with https://example.com/1"), from.addDays(3));
        addAttempt(show, QStringLiteral("posted"), QStringLiteral("bare example.com"), to.addMSecs(-1)); // last
        addAttempt(show, QStringLiteral("unknown"), QStringLiteral("maybe example.com"), from.addDays(4));
        addAttempt(show, QStringLiteral("failed"), QStringLiteral("refused"), from.addDays(5));
        addAttempt(show, QStringLiteral("posting"), QStringLiteral("in flight"), from.addDays(5));
        addAttempt(show, QStringLiteral("posted"), QStringLiteral("last month"), from.addMSecs(-1));
        addAttempt(show, QStringLiteral("posted"), QStringLiteral("next month"), to);
        addAttempt(other, QStringLiteral("unknown"), QStringLiteral("plain unknown"), from.addDays(1));

        const XPrices prices = XPrices::defaults();
        UsageStore store(m_db->connection());
        const auto usage = store.usage(from, to, prices);
        QVERIFY2(usage, qPrintable(store.lastError()));
        QCOMPARE(usage->size(), 2);
        const AccountUsage &first = usage->at(0);
        QCOMPARE(first.accountId, show);
        QCOMPARE(first.posts, 3);
        QCOMPARE(first.postsMicros, prices.createMicros + 2 * prices.createWithUrlMicros);
        QCOMPARE(first.maybeBilled, 1);
        QCOMPARE(first.maybeBilledMicros, prices.createWithUrlMicros);
        QCOMPARE(first.reads, 0);
        QCOMPARE(first.totalMicros(), first.postsMicros);
        const AccountUsage &second = usage->at(1);
        QCOMPARE(second.accountId, other);
        QCOMPARE(second.posts, 0);
        QCOMPARE(second.maybeBilled, 1);
        QCOMPARE(second.maybeBilledMicros, prices.createMicros);
        QCOMPARE(second.totalMicros(), 0);

        // The month before sees only its own last attempt.
        const auto [previousFrom, previousTo] = UsageStore::monthSpan(QDate(2026, 2, 1));
        QCOMPARE(previousTo, from);
        const auto previous = store.usage(previousFrom, previousTo, prices);
        QVERIFY(previous);
        QCOMPARE(previous->size(), 1);
        QCOMPARE(previous->at(0).posts, 1);
        QCOMPARE(previous->at(0).postsMicros, prices.createMicros);
    }

    // The Sandbox never reaches X: its posts count and cost nothing.
    void sandboxPostsCostNothing()
    {
        Account sandbox;
        sandbox.name = QStringLiteral("Practice");
        sandbox.kind = AccountKind::Sandbox;
        const auto sandboxId = AccountStore(m_db->connection()).add(sandbox);
        QVERIFY(sandboxId);
        m_accounts.append(*sandboxId);
        m_configs.append(m_configs.at(0));
        const auto [from, to] = UsageStore::monthSpan(QDate(2026, 3, 15));
        addAttempt(*sandboxId, QStringLiteral("posted"), QStringLiteral("with https://example.com/1"), from);
        UsageStore store(m_db->connection());
        const auto usage = store.usage(from, to, XPrices::defaults());
        QVERIFY2(usage, qPrintable(store.lastError()));
        QCOMPARE(usage->size(), 1);
        QCOMPARE(usage->at(0).posts, 1);
        QCOMPARE(usage->at(0).postsMicros, 0);
    }

    void readsPerKindAndMonth()
    {
        const auto [from, to] = UsageStore::monthSpan(QDate(2026, 3, 15));
        const qint64 show = m_accounts.at(0);
        UsageStore store(m_db->connection());
        QVERIFY2(store.recordRead(show, m_configs.at(0), UsageStore::ReadKind::Owned, 100, from),
                 qPrintable(store.lastError()));
        QVERIFY(store.recordRead(show, m_configs.at(0), UsageStore::ReadKind::Owned, 40, to.addMSecs(-1)));
        QVERIFY(store.recordRead(show, m_configs.at(0), UsageStore::ReadKind::Owned, 0, from.addDays(1))); // empty page
        QVERIFY(store.recordRead(show, std::nullopt, UsageStore::ReadKind::Post, 3, from.addDays(2)));
        QVERIFY(store.recordRead(show, m_configs.at(0), UsageStore::ReadKind::Owned, 7, to)); // next month

        QSqlQuery rows(m_db->connection());
        QVERIFY(rows.exec(QStringLiteral("SELECT COUNT(*) FROM x_reads WHERE resources = 0")) && rows.next());
        QCOMPARE(rows.value(0).toInt(), 1);

        const XPrices prices {15000, 200000, 5000, 1500, QDate(2026, 3, 1)};
        const auto usage = store.usage(from, to, prices);
        QVERIFY2(usage, qPrintable(store.lastError()));
        QCOMPARE(usage->size(), 1);
        QCOMPARE(usage->at(0).accountId, show);
        QCOMPARE(usage->at(0).posts, 0);
        QCOMPARE(usage->at(0).reads, 143);
        QCOMPARE(usage->at(0).readsMicros, 140 * 1500 + 3 * 5000);
        QCOMPARE(usage->at(0).totalMicros(), 140 * 1500 + 3 * 5000);

        // Negative counts are never stored.
        QVERIFY(store.recordRead(show, std::nullopt, UsageStore::ReadKind::Owned, -5, from.addDays(3)));
        QCOMPARE(store.usage(from, to, prices)->at(0).reads, 143);
    }

    void nothingUsedIsAnEmptyList()
    {
        UsageStore store(m_db->connection());
        const auto [from, to] = UsageStore::monthSpan(QDate(2026, 3, 15));
        const auto usage = store.usage(from, to, XPrices::defaults());
        QVERIFY2(usage, qPrintable(store.lastError()));
        QVERIFY(usage->isEmpty());
    }

private:
    void addAttempt(qint64 accountId, const QString &outcome, const QString &text, const QDateTime &startedAt)
    {
        const qint64 configId = m_configs.at(m_accounts.indexOf(accountId));
        QSqlQuery query(m_db->connection());
        QString error;
        QVERIFY2(Sql::exec(query,
                           QStringLiteral("INSERT INTO post_attempts (attempt_id, config_id, account_id, text_sent, "
                                          "claimed_by, started_at, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {QUuid::createUuid().toString(QUuid::WithoutBraces), configId, accountId, text,
                            QStringLiteral("test:1"), Sql::fromDateTime(startedAt), outcome},
                           &error),
                 qPrintable(error));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_accounts;
    QList<qint64> m_configs;
};

QTEST_GUILESS_MAIN(UsageStoreTest)
#include "test_usagestore.moc"
