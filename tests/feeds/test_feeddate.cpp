// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// <pubDate> and <itunes:duration> in the forms real feeds write them (FEED_NOTES.md).
#include "feeds/feeddate.h"

#include <QTest>

using namespace EpisodeDesk::Models;

class FeedDateTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // ISO 8601 in UTC, or empty when it must not be read
        QTest::newRow("rfc 2822") << "Tue, 01 Dec 2026 11:00:00 +0000"
                                  << "2026-12-01T11:00:00Z";
        QTest::newRow("negative offset") << "Mon, 30 Nov 2026 06:00:00 -0500"
                                         << "2026-11-30T11:00:00Z";
        QTest::newRow("offset with colon") << "Mon, 30 Nov 2026 06:00:00 -05:00"
                                           << "2026-11-30T11:00:00Z";
        QTest::newRow("half-hour offset") << "Mon, 30 Nov 2026 06:00:00 +0530"
                                          << "2026-11-30T00:30:00Z";
        QTest::newRow("GMT, one-digit day and hour") << "Sun, 1 Nov 2026 8:00:00 GMT"
                                                     << "2026-11-01T08:00:00Z";
        QTest::newRow("UT") << "Sun, 01 Nov 2026 08:00:00 UT"
                            << "2026-11-01T08:00:00Z";
        QTest::newRow("Z") << "Sun, 01 Nov 2026 08:00:00 Z"
                           << "2026-11-01T08:00:00Z";
        QTest::newRow("no seconds, PST") << "Wed, 25 Nov 2026 14:30 PST"
                                         << "2026-11-25T22:30:00Z";
        QTest::newRow("EDT") << "Wed, 01 Jul 2026 09:00:00 EDT"
                             << "2026-07-01T13:00:00Z";
        QTest::newRow("CDT") << "Wed, 01 Jul 2026 09:00:00 CDT"
                             << "2026-07-01T14:00:00Z";
        QTest::newRow("MST") << "Wed, 01 Jul 2026 09:00:00 MST"
                             << "2026-07-01T16:00:00Z";
        QTest::newRow("two-digit year") << "Thu, 26 Nov 26 10:00:00 EST"
                                        << "2026-11-26T15:00:00Z";
        QTest::newRow("two-digit year, last century") << "Fri, 26 Nov 99 10:00:00 GMT"
                                                      << "1999-11-26T10:00:00Z";
        QTest::newRow("no day name") << "26 Nov 2026 09:00 +0100"
                                     << "2026-11-26T08:00:00Z";
        QTest::newRow("full day and month names") << "Thursday, 26 November 2026 10:00:00 GMT"
                                                  << "2026-11-26T10:00:00Z";
        QTest::newRow("no zone is UTC") << "Thu, 26 Nov 2026 10:00:00"
                                        << "2026-11-26T10:00:00Z";
        QTest::newRow("GMT+offset") << "Thu, 26 Nov 2026 10:00:00 GMT+0200"
                                    << "2026-11-26T08:00:00Z";
        QTest::newRow("zone comment") << "Thu, 26 Nov 2026 10:00:00 -0800 (PST)"
                                      << "2026-11-26T18:00:00Z";
        QTest::newRow("month before day") << "Thu, Nov 26 2026 10:00:00 GMT"
                                          << "2026-11-26T10:00:00Z";
        QTest::newRow("extra spaces") << "  Thu,  26 Nov   2026 10:00:00   GMT "
                                      << "2026-11-26T10:00:00Z";
        QTest::newRow("lower-case month") << "Thu, 26 nov 2026 10:00:00 gmt"
                                          << "2026-11-26T10:00:00Z";
        QTest::newRow("military zone") << "Thu, 26 Nov 2026 10:00:00 A"
                                       << "2026-11-26T09:00:00Z";
        QTest::newRow("iso 8601") << "2026-11-26T10:00:00Z"
                                  << "2026-11-26T10:00:00Z";
        QTest::newRow("iso 8601 offset") << "2026-11-26T10:00:00+01:00"
                                         << "2026-11-26T09:00:00Z";
        QTest::newRow("iso date only") << "2026-11-26"
                                       << "2026-11-26T00:00:00Z";
        QTest::newRow("crosses midnight") << "Tue, 01 Dec 2026 23:30:00 -0300"
                                          << "2026-12-02T02:30:00Z";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("words") << "last Tuesday"
                               << "";
        QTest::newRow("bad day") << "Mon, 31 Feb 2026 10:00:00 GMT"
                                 << "";
        QTest::newRow("bad hour") << "Mon, 02 Feb 2026 25:00:00 GMT"
                                  << "";
        QTest::newRow("unknown zone") << "Mon, 02 Feb 2026 10:00:00 XYZ"
                                      << "";
        QTest::newRow("trailing junk") << "Mon, 02 Feb 2026 10:00:00 GMT oops"
                                       << "";
        QTest::newRow("bad month") << "Mon, 02 Foo 2026 10:00:00 GMT"
                                   << "";
        QTest::newRow("bad iso") << "2026-13-45T10:00:00Z"
                                 << "";
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const QDateTime parsed = parseFeedDate(text);
        if (utc.isEmpty()) {
            QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODate)));
            return;
        }
        QVERIFY2(parsed.isValid(), qPrintable(text));
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(parsed.toString(Qt::ISODate), utc);
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("seconds") << "3600" << qint64(3600);
        QTest::newRow("mm:ss") << "45:30" << qint64(2730);
        QTest::newRow("mm:ss over an hour") << "61:05" << qint64(3665);
        QTest::newRow("h:mm:ss") << "1:02:03" << qint64(3723);
        QTest::newRow("hh:mm:ss") << "00:42:05" << qint64(2525);
        QTest::newRow("fraction") << "1:01:05.250" << qint64(3665);
        QTest::newRow("spaces") << " 95 " << qint64(95);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("words") << "about an hour" << qint64(-1);
        QTest::newRow("minutes over 59") << "1:75:00" << qint64(-1);
        QTest::newRow("negative") << "-5" << qint64(-1);
        QTest::newRow("too many parts") << "1:2:3:4" << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QCOMPARE(parseFeedDuration(text), seconds);
    }
};

QTEST_GUILESS_MAIN(FeedDateTest)
#include "test_feeddate.moc"
