// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// holdReason(): the claim's verdict on a tweet's text and account, as a pure function the scheduler,
// the editors and the tweet table share.

#include "posting/holdreason.h"

#include <QTest>

using namespace EpisodeDesk::Models;

Q_DECLARE_METATYPE(EpisodeDesk::Models::ClaimRefusal)

namespace {

const QDateTime now(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);

Episode episode(const QString &title)
{
    Episode episode;
    episode.id = 3;
    episode.number = 12345;
    episode.title = title;
    episode.link = QUrl(QStringLiteral("https://podcast.com/episodes/7")); // counts 23, as every link
    episode.publishedOn = QDate(2026, 11, 30);
    episode.season = 3;
    episode.description = QString(199, QLatin1Char('d')) + QStringLiteral(". More."); // {description}: 200
    return episode;
}

Account account(const QString &kind)
{
    Account account;
    account.id = 1;
    account.name = QStringLiteral("The Show");
    account.kind = kind == QLatin1String("sandbox") ? AccountKind::Sandbox : AccountKind::X;
    if (kind == QLatin1String("x")) {
        account.apiBaseUrl = QUrl(QStringLiteral("https://api.x.com"));
    }
    return account;
}

QString repeat(char c, int n)
{
    return QString(n, QLatin1Char(c));
}

} // namespace

class HoldReasonTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title"); // empty: the tweet has no episode
        QTest::addColumn<bool>("withLink");
        QTest::addColumn<QString>("accountKind"); // "x", "x without address", "sandbox", "none"
        QTest::addColumn<ClaimRefusal>("refusal"); // None: not held
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("weightedLength");
        QTest::addColumn<QStringList>("placeholders");

        const QString announce = QStringLiteral("New: {title} {url}");
        QTest::newRow("fits") << announce << QStringLiteral("Seven") << true << QStringLiteral("x")
                              << ClaimRefusal::None << QString() << 0 << QStringList();
        // "New: " 5 + the title + " " 1 + the link 23: a title of 251 fits exactly.
        QTest::newRow("exactly 280 after filling in") << announce << repeat('t', 251) << true << QStringLiteral("x")
                                                      << ClaimRefusal::None << QString() << 0 << QStringList();
        QTest::newRow("edited title pushes it over")
            << announce << repeat('t', 290) << true << QStringLiteral("x") << ClaimRefusal::InvalidText
            << QStringLiteral("319 characters after filling in {title} (X allows 280).") << 319
            << QStringList {QStringLiteral("{title}")};
        QTest::newRow("CJK title counts twice")
            << announce << QString(140, QChar(0x65E5)) << true << QStringLiteral("sandbox") << ClaimRefusal::InvalidText
            << QStringLiteral("309 characters after filling in {title} (X allows 280).") << 309
            << QStringList {QStringLiteral("{title}")};
        // 274 + " " + "12345" + " " + "2026-11-30" = 291: neither value alone makes room for 11, both do.
        QTest::newRow("two values together")
            << repeat('a', 274) + QStringLiteral(" {number} {date}") << QStringLiteral("Seven") << true
            << QStringLiteral("x") << ClaimRefusal::InvalidText
            << QStringLiteral("291 characters after filling in {number} and {date} (X allows 280).") << 291
            << QStringList {QStringLiteral("{number}"), QStringLiteral("{date}")};
        // 85 + " 3 " + 200 = 288: the description alone makes room, the season alone does not.
        QTest::newRow("the feed's description pushes it over")
            << repeat('a', 85) + QStringLiteral(" {season} {description}") << QStringLiteral("Seven") << true
            << QStringLiteral("x") << ClaimRefusal::InvalidText
            << QStringLiteral("288 characters after filling in {description} (X allows 280).") << 288
            << QStringList {QStringLiteral("{description}")};
        QTest::newRow("typed text too long by itself")
            << repeat('a', 285) + QStringLiteral(" {title}") << QStringLiteral("Seven") << true << QStringLiteral("x")
            << ClaimRefusal::InvalidText << QStringLiteral("291 characters as X counts them (X allows 280).") << 291
            << QStringList();
        QTest::newRow("no placeholders, too long")
            << repeat('a', 300) << QStringLiteral("Seven") << true << QStringLiteral("x") << ClaimRefusal::InvalidText
            << QStringLiteral("300 characters as X counts them (X allows 280).") << 300 << QStringList();
        QTest::newRow("empty") << QString() << QStringLiteral("Seven") << true << QStringLiteral("x")
                               << ClaimRefusal::InvalidText << QStringLiteral("The tweet is empty.") << 0
                               << QStringList();
        QTest::newRow("blank") << QStringLiteral("  \n ") << QStringLiteral("Seven") << true << QStringLiteral("x")
                               << ClaimRefusal::InvalidText << QStringLiteral("The tweet is empty.") << 4
                               << QStringList();
        QTest::newRow("empty after filling in")
            << QStringLiteral("{url}") << QStringLiteral("Seven") << false << QStringLiteral("x")
            << ClaimRefusal::InvalidText << QStringLiteral("The tweet is empty after filling in {url}.") << 0
            << QStringList();
        QTest::newRow("a character X refuses")
            << QStringLiteral("Hello \uFFFE") << QStringLiteral("Seven") << true << QStringLiteral("x")
            << ClaimRefusal::InvalidText << QStringLiteral("The tweet contains a character X does not accept.") << 8
            << QStringList();
        QTest::newRow("no episode: sent as typed")
            << QStringLiteral("{title}") << QString() << true << QStringLiteral("x") << ClaimRefusal::None << QString()
            << 0 << QStringList();
        QTest::newRow("account gone") << announce << QStringLiteral("Seven") << true << QStringLiteral("none")
                                      << ClaimRefusal::NoAccount
                                      << QStringLiteral("The tweet's account no longer exists.") << 34 << QStringList();
        QTest::newRow("account gone wins over the text, as in the claim")
            << announce << repeat('t', 290) << true << QStringLiteral("none") << ClaimRefusal::NoAccount
            << QStringLiteral("The tweet's account no longer exists.") << 319 << QStringList();
        QTest::newRow("X account without an address")
            << announce << QStringLiteral("Seven") << true << QStringLiteral("x without address")
            << ClaimRefusal::NoAccount << QStringLiteral("The account “The Show” has no valid API address.") << 34
            << QStringList();
        QTest::newRow("a Sandbox account needs no address")
            << announce << QStringLiteral("Seven") << true << QStringLiteral("sandbox") << ClaimRefusal::None
            << QString() << 0 << QStringList();
    }

    void holdReason()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(bool, withLink);
        QFETCH(QString, accountKind);
        QFETCH(ClaimRefusal, refusal);
        QFETCH(QString, message);
        QFETCH(int, weightedLength);
        QFETCH(QStringList, placeholders);

        TweetConfig config;
        config.id = 9;
        config.episodeId = 3;
        config.accountId = 1;
        config.text = text;
        std::optional<Episode> ep;
        if (!title.isEmpty()) {
            ep = episode(title);
            if (!withLink) {
                ep->link.clear();
            }
        }
        const std::optional<Account> acc =
            accountKind == QLatin1String("none") ? std::nullopt : std::optional<Account>(account(accountKind));

        const auto hold = EpisodeDesk::Models::holdReason(config, ep, acc);
        QCOMPARE(hold.has_value(), refusal != ClaimRefusal::None);
        if (!hold) {
            return;
        }
        QCOMPARE(hold->refusal, refusal);
        QCOMPARE(hold->message, message);
        QCOMPARE(hold->heldMessage(), QStringLiteral("Held: ") + message);
        QCOMPARE(hold->weightedLength, weightedLength);
        QCOMPARE(hold->placeholders, placeholders);
        if (refusal == ClaimRefusal::InvalidText) {
            QCOMPARE(textHoldReason(text, ep), hold); // the editors' half says the same
        }
    }

    void claimTextIsTheTemplateFilledIn()
    {
        TweetConfig config;
        config.text = QStringLiteral("#{number}: {title} {url}");
        QCOMPARE(claimText(config, episode(QStringLiteral("Seven"))),
                 QStringLiteral("#12345: Seven https://podcast.com/episodes/7"));
        QCOMPARE(claimText(config, std::nullopt), config.text);
    }

    void heldIsADisplayStateOfSendableTweets_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("enabled");
        QTest::addColumn<int>("expected");
        QTest::newRow("pending") << int(TweetStatus::Pending) << true << int(DisplayStatus::Held);
        QTest::newRow("failed") << int(TweetStatus::Failed) << true << int(DisplayStatus::Held);
        QTest::newRow("disabled stays disabled") << int(TweetStatus::Pending) << false << int(DisplayStatus::Disabled);
        QTest::newRow("posting") << int(TweetStatus::Posting) << true << int(DisplayStatus::Posting);
        QTest::newRow("posted") << int(TweetStatus::Posted) << true << int(DisplayStatus::Posted);
        QTest::newRow("unknown") << int(TweetStatus::Unknown) << true << int(DisplayStatus::Unknown);
    }

    void heldIsADisplayStateOfSendableTweets()
    {
        QFETCH(int, status);
        QFETCH(bool, enabled);
        QFETCH(int, expected);
        TweetConfig config;
        config.text = QStringLiteral("New: {title}");
        config.status = static_cast<TweetStatus>(status);
        config.enabled = enabled;
        config.scheduledAt = now.addSecs(-60);
        const auto hold = textHoldReason(config.text, episode(repeat('t', 290)));
        QVERIFY(hold);
        QCOMPARE(int(displayStatus(config, hold, now, 1800)), expected);
        // Without a reason it is what it always was.
        QCOMPARE(displayStatus(config, std::nullopt, now, 1800), displayStatus(config, now, 1800));
        QCOMPARE(displayStatusToString(DisplayStatus::Held), QStringLiteral("held"));
    }
};

QTEST_GUILESS_MAIN(HoldReasonTest)
#include "test_holdreason.moc"
