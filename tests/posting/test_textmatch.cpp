// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/textmatch.h"

#include <QTest>

using namespace EpisodeDesk::Models;

class TextMatchTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("sent");
        QTest::addColumn<QString>("onX");
        QTest::addColumn<bool>("expected");

        QTest::newRow("identical") << "Hello"
                                   << "Hello" << true;
        QTest::newRow("link wrapped") << "Ep 7 https://podcast.example/7 out"
                                      << "Ep 7 https://t.co/AbCdEf1234 out" << true;
        QTest::newRow("scheme-less link wrapped") << "Listen: podcast.com/7"
                                                  << "Listen: https://t.co/x1" << true;
        QTest::newRow("two links") << "a https://a.example b https://b.example"
                                   << "a https://t.co/1 b https://t.co/2" << true;
        QTest::newRow("html escaped") << "Q&A <live>"
                                      << "Q&amp;A &lt;live&gt;" << true;
        QTest::newRow("trailing blank") << "Hello "
                                        << "Hello" << true;
        QTest::newRow("NFC") << QStringLiteral("Cafe\u0301") << QStringLiteral("Caf\u00e9") << true;
        QTest::newRow("different text") << "Episode 7"
                                        << "Episode 8" << false;
        QTest::newRow("link vs word") << "see https://a.example"
                                      << "see nothing" << false;
        QTest::newRow("prefix only") << "Hello"
                                     << "Hello world" << false;
        QTest::newRow("regex characters") << "1+1=(2)? [yes]*"
                                          << "1+1=(2)? [yes]*" << true;
        QTest::newRow("regex characters differ") << "a.c"
                                                 << "abc" << false;
    }

    void matches()
    {
        QFETCH(QString, sent);
        QFETCH(QString, onX);
        QFETCH(bool, expected);
        QCOMPARE(postTextMatches(sent, onX), expected);
    }
};

QTEST_GUILESS_MAIN(TextMatchTest)
#include "test_textmatch.moc"
