// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// episodedesk prices [set] | usage, run as a podcaster checking what X will charge this month.
#include "clirunner.h"
#include "store/sqlutil.h"
#include "store/usagestore.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Tests;

class CliPricesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<TestDatabase>(m_dir->path());
        QVERIFY2(!m_database->location().isEmpty(), qPrintable(m_database->errorString()));
        m_cli = std::make_unique<CliDatabase>(m_database->location());
    }

    void cleanup()
    {
        m_cli.reset();
        m_database.reset();
        m_dir.reset();
    }

    void pricesDefaultSetAndJson()
    {
        const CliResult shown = m_cli->run({QStringLiteral("prices")});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY2(shown.out.contains(QStringLiteral("Create a post with a link: $0.200")), qPrintable(shown.out));
        QVERIFY2(shown.out.contains(QStringLiteral("2026-01-01")), qPrintable(shown.out));

        const CliResult set =
            m_cli->run({QStringLiteral("prices"), QStringLiteral("set"), QStringLiteral("--create"),
                        QStringLiteral("0.02"), QStringLiteral("--owned-read"), QStringLiteral("$0.0015"),
                        QStringLiteral("--read-on"), QStringLiteral("2026-03-15")});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        const CliResult json = m_cli->run({QStringLiteral("prices"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject prices = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(prices.value(QLatin1String("create_micro_usd")).toInteger(), 20000);
        QCOMPARE(prices.value(QLatin1String("create_with_link_micro_usd")).toInteger(), 200000);
        QCOMPARE(prices.value(QLatin1String("read_micro_usd")).toInteger(), 5000);
        QCOMPARE(prices.value(QLatin1String("owned_read_micro_usd")).toInteger(), 1500);
        QCOMPARE(prices.value(QLatin1String("read_on")).toString(), QStringLiteral("2026-03-15"));
    }

    void pricesSetRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("negative") << QStringList {QStringLiteral("--create"), QStringLiteral("-0.01")};
        QTest::newRow("not a number") << QStringList {QStringLiteral("--read"), QStringLiteral("free")};
        QTest::newRow("too many decimals") << QStringList {QStringLiteral("--read"), QStringLiteral("0.0000001")};
        QTest::newRow("bad date") << QStringList {QStringLiteral("--read-on"), QStringLiteral("15/03/2026")};
        QTest::newRow("nothing to set") << QStringList {};
    }

    void pricesSetRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        const CliResult set = m_cli->run(QStringList {QStringLiteral("prices"), QStringLiteral("set")} + arguments);
        QCOMPARE(set.exitCode, 2);
        QVERIFY(!set.err.isEmpty());
        const QJsonObject prices =
            QJsonDocument::fromJson(m_cli->run({QStringLiteral("prices"), QStringLiteral("--json")}).out.toUtf8())
                .object();
        QCOMPARE(prices.value(QLatin1String("create_micro_usd")).toInteger(), 15000); // unchanged
        QCOMPARE(prices.value(QLatin1String("read_on")).toString(), QStringLiteral("2026-01-01"));
    }

    // Two real posts to the Sandbox (counted, free); on the X account two posts (one with a link), one
    // attempt whose outcome is unknown and reads this month, and a post of another month.
    void usagePerAccount()
    {
        const QString sandbox = m_cli->add({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"),
                                            QStringLiteral("Practice"), QStringLiteral("--sandbox")});
        const QString account = m_cli->add(
            {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Main"),
             QStringLiteral("--api-base"), QStringLiteral("https://api.x.com")},
            R"({"consumer_key":"ck","consumer_secret":"cs","access_token":"at","access_token_secret":"ats"})");
        const QString episode = m_cli->add(
            {QStringLiteral("episodes"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Pilot")});
        QVERIFY(!account.isEmpty() && !sandbox.isEmpty() && !episode.isEmpty());
        const auto tweet = [&](const QString &on, const QString &text) {
            return m_cli->add({QStringLiteral("tweets"), QStringLiteral("add"), QStringLiteral("--episode"), episode,
                               QStringLiteral("--account"), on, QStringLiteral("--text"), text});
        };
        const QString practice = tweet(sandbox, QStringLiteral("Out now: https://example.com/1"));
        const QString again = tweet(sandbox, QStringLiteral("Out now, no link"));
        const QString real = tweet(account, QStringLiteral("For X"));
        QCOMPARE(m_cli->run({QStringLiteral("post"), practice}).exitCode, 0);
        QCOMPARE(m_cli->run({QStringLiteral("post"), again}).exitCode, 0);
        {
            TestConnection connection(m_database->location());
            const auto attempt = [&](const QString &text, const QString &outcome, const QVariant &at) {
                QSqlQuery query(connection.db());
                QString error;
                QVERIFY2(Sql::exec(query,
                                   QStringLiteral("INSERT INTO post_attempts (attempt_id, config_id, account_id, "
                                                  "text_sent, claimed_by, started_at, outcome) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                   {QUuid::createUuid().toString(), real.toLongLong(), account.toLongLong(), text,
                                    QStringLiteral("t:1"), at, outcome},
                                   &error),
                         qPrintable(error));
            };
            attempt(QStringLiteral("Out now: https://example.com/1"), QStringLiteral("posted"), Sql::now());
            attempt(QStringLiteral("Out now"), QStringLiteral("posted"), Sql::now());
            attempt(QStringLiteral("maybe"), QStringLiteral("unknown"), Sql::now());
            attempt(QStringLiteral("refused"), QStringLiteral("failed"), Sql::now());
            attempt(QStringLiteral("long ago"), QStringLiteral("posted"),
                    Sql::fromDateTime(QDateTime(QDate(2025, 6, 10), QTime(12, 0))));
            UsageStore usage(connection.db());
            QVERIFY(usage.recordRead(account.toLongLong(), real.toLongLong(), UsageStore::ReadKind::Owned, 120,
                                     QDateTime::currentDateTimeUtc()));
        }

        const CliResult json = m_cli->run({QStringLiteral("usage"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        const QJsonObject practiceRow = rows.at(0).toObject();
        QCOMPARE(QString::number(practiceRow.value(QLatin1String("account_id")).toInteger()), sandbox);
        QCOMPARE(practiceRow.value(QLatin1String("posts")).toInt(), 2);
        QCOMPARE(practiceRow.value(QLatin1String("total_micro_usd")).toInteger(), 0);
        const QJsonObject row = rows.at(1).toObject();
        QCOMPARE(QString::number(row.value(QLatin1String("account_id")).toInteger()), account);
        QCOMPARE(row.value(QLatin1String("account")).toString(), QStringLiteral("Main"));
        QCOMPARE(row.value(QLatin1String("month")).toString(),
                 QDate::currentDate().toString(QStringLiteral("yyyy-MM")));
        QCOMPARE(row.value(QLatin1String("posts")).toInt(), 2);
        QCOMPARE(row.value(QLatin1String("posts_micro_usd")).toInteger(), 215000);
        QCOMPARE(row.value(QLatin1String("maybe_billed")).toInt(), 1);
        QCOMPARE(row.value(QLatin1String("maybe_billed_micro_usd")).toInteger(), 15000);
        QCOMPARE(row.value(QLatin1String("reads")).toInteger(), 120);
        QCOMPARE(row.value(QLatin1String("reads_micro_usd")).toInteger(), 120000);
        QCOMPARE(row.value(QLatin1String("total_micro_usd")).toInteger(), 335000);

        const CliResult june = m_cli->run({QStringLiteral("usage"), QStringLiteral("--json"), QStringLiteral("--month"),
                                           QStringLiteral("2025-06"), QStringLiteral("--account"), account});
        QVERIFY2(june.exitCode == 0, qPrintable(june.err));
        const QJsonArray juneRows = QJsonDocument::fromJson(june.out.toUtf8()).array();
        QCOMPARE(juneRows.size(), 1);
        QCOMPARE(juneRows.at(0).toObject().value(QLatin1String("posts")).toInt(), 1);
        QCOMPARE(juneRows.at(0).toObject().value(QLatin1String("reads")).toInteger(), 0);

        const CliResult text = m_cli->run({QStringLiteral("usage"), QStringLiteral("--account"), account});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(QStringLiteral("2 posts, $0.215 · 120 reads, $0.120")), qPrintable(text.out));

        QCOMPARE(m_cli->run({QStringLiteral("usage"), QStringLiteral("--month"), QStringLiteral("June")}).exitCode, 2);
        QCOMPARE(m_cli->run({QStringLiteral("usage"), QStringLiteral("--account"), QStringLiteral("999")}).exitCode, 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<CliDatabase> m_cli;
};

QTEST_GUILESS_MAIN(CliPricesTest)
#include "test_cliprices.moc"
