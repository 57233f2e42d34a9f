// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// XPrices: what a post costs (with or without a link, as twitter-text finds links), prices as text,
// and the table kept in the settings through SettingsStore.
#include "posting/xprices.h"
#include "store/database.h"
#include "store/settingsstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace EpisodeDesk::Models;

class XPricesTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void costOfPost_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("withUrl");
        QTest::newRow("no URL") << QStringLiteral("New episode out now! Listen wherever you get podcasts.") << false;
        QTest::newRow("https URL") << QStringLiteral("Episode 12: https://example.com/12") << true;
        QTest::newRow("bare domain") << QStringLiteral("Listen at example.com today") << true;
        QTest::newRow("t.co link") << QStringLiteral("More: https://t.co/abc123") << true;
        QTest::newRow("bare t.co") << QStringLiteral("More: t.co/abc123") << true;
        // twitter-text wants a known TLD even after a scheme: X would not shorten (or bill) this as a link.
        QTest::newRow("scheme, unknown TLD") << QStringLiteral("See https://podcast.example/7") << false;
        QTest::newRow("not a TLD") << QStringLiteral("Version 1.2 of file.notatld is out") << false;
        QTest::newRow("email-like handle") << QStringLiteral("Thanks @example for the help") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void costOfPost()
    {
        QFETCH(QString, text);
        QFETCH(bool, withUrl);
        const XPrices prices = XPrices::defaults();
        QCOMPARE(XPrices::hasUrl(text), withUrl);
        QCOMPARE(prices.costOfPost(text), withUrl ? qint64(200000) : qint64(15000));
    }

    void defaultsAreXsPrices()
    {
        const XPrices prices = XPrices::defaults();
        QCOMPARE(prices.createMicros, 15000);
        QCOMPARE(prices.createWithUrlMicros, 200000);
        QCOMPARE(prices.readMicros, 5000);
        QCOMPARE(prices.ownedReadMicros, 1000);
        QCOMPARE(prices.readOn, QDate(2026, 1, 1));
        QVERIFY(prices.isValid());
    }

    void parseUsd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros"); // -1: refused
        QTest::newRow("0.015") << QStringLiteral("0.015") << qint64(15000);
        QTest::newRow("0.2") << QStringLiteral("0.2") << qint64(200000);
        QTest::newRow("with $") << QStringLiteral("$0.200") << qint64(200000);
        QTest::newRow("whole") << QStringLiteral("2") << qint64(2000000);
        QTest::newRow("leading dot") << QStringLiteral(".5") << qint64(500000);
        QTest::newRow("six decimals") << QStringLiteral("0.000001") << qint64(1);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
        QTest::newRow("spaces") << QStringLiteral(" 0.001 ") << qint64(1000);
        QTest::newRow("the maximum") << QStringLiteral("1000") << qint64(1000000000);
        QTest::newRow("negative") << QStringLiteral("-0.015") << qint64(-1);
        QTest::newRow("seven decimals") << QStringLiteral("0.0000001") << qint64(-1);
        QTest::newRow("above the maximum") << QStringLiteral("1000.000001") << qint64(-1);
        QTest::newRow("letters") << QStringLiteral("cheap") << qint64(-1);
        QTest::newRow("comma") << QStringLiteral("0,015") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("only a dot") << QStringLiteral(".") << qint64(-1);
        QTest::newRow("exponent") << QStringLiteral("1e-3") << qint64(-1);
    }

    void parseUsd()
    {
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        const auto parsed = XPrices::parseUsd(text);
        QCOMPARE(parsed.has_value(), micros >= 0);
        if (parsed) {
            QCOMPARE(*parsed, micros);
        }
    }

    void formatUsd_data()
    {
        QTest::addColumn<qint64>("micros");
        QTest::addColumn<int>("minDecimals");
        QTest::addColumn<QString>("text");
        QTest::newRow("0.20") << qint64(200000) << 2 << QStringLiteral("0.20");
        QTest::newRow("0.015") << qint64(15000) << 2 << QStringLiteral("0.015");
        QTest::newRow("0.200") << qint64(200000) << 3 << QStringLiteral("0.200");
        QTest::newRow("sum") << qint64(1830000) << 2 << QStringLiteral("1.83");
        QTest::newRow("micro") << qint64(1) << 3 << QStringLiteral("0.000001");
        QTest::newRow("zero") << qint64(0) << 2 << QStringLiteral("0.00");
        QTest::newRow("whole") << qint64(1000000000) << 0 << QStringLiteral("1000");
    }

    void formatUsd()
    {
        QFETCH(qint64, micros);
        QFETCH(int, minDecimals);
        QFETCH(QString, text);
        QCOMPARE(XPrices::formatUsd(micros, minDecimals), text);
        QCOMPARE(XPrices::parseUsd(text), std::optional<qint64>(micros));
    }

    void invalidTablesAreRefused_data()
    {
        QTest::addColumn<XPrices>("prices");
        XPrices negative = XPrices::defaults();
        negative.createMicros = -1;
        QTest::newRow("negative") << negative;
        XPrices tooHigh = XPrices::defaults();
        tooHigh.ownedReadMicros = XPrices::kMaxMicros + 1;
        QTest::newRow("too high") << tooHigh;
        XPrices noDate = XPrices::defaults();
        noDate.readOn = QDate();
        QTest::newRow("no date") << noDate;
    }

    // The table round-trips through the settings; an invalid one is refused and the stored one stays.
    void invalidTablesAreRefused()
    {
        QFETCH(XPrices, prices);
        QVERIFY(!prices.isValid());
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("prices.sqlite")), QStringLiteral("prices")),
                 qPrintable(db.errorString()));
        SettingsStore settings(db.connection());
        QCOMPARE(settings.xPrices(), XPrices::defaults()); // nothing stored yet

        const XPrices entered {12345, 234567, 6000, 1500, QDate(2026, 3, 15)};
        QVERIFY2(settings.setXPrices(entered), qPrintable(settings.lastError()));
        QCOMPARE(SettingsStore(db.connection()).xPrices(), entered);

        QVERIFY(!settings.setXPrices(prices));
        QVERIFY(!settings.lastError().isEmpty());
        QCOMPARE(SettingsStore(db.connection()).xPrices(), entered);
    }
};

Q_DECLARE_METATYPE(EpisodeDesk::Models::XPrices)

QTEST_GUILESS_MAIN(XPricesTest)
#include "test_xprices.moc"
