// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "episodedialog.h"
#include "messagebox.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Ui;

class EpisodeDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { MessageBox::clearAnswers(); }

    void newEpisodeNeedsATitle()
    {
        EpisodeDialog dialog;
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New Episode"));
        QVERIFY(!ok(dialog)->isEnabled());
        child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("   "));
        QVERIFY(!ok(dialog)->isEnabled()); // blank is not a title
        child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("  Pilot "));
        QVERIFY(ok(dialog)->isEnabled());

        const Episode episode = dialog.episode();
        QCOMPARE(episode.title, QStringLiteral("Pilot"));
        QCOMPARE(episode.number, std::nullopt); // the spin box's "None"
        QVERIFY(!episode.publishedOn.isValid());
        QVERIFY(episode.link.isEmpty());
    }

    void roundTripKeepsWhatItDoesNotShow()
    {
        Episode original;
        original.id = 42;
        original.number = 7;
        original.title = QStringLiteral("Seven");
        original.publishedOn = QDate(2026, 3, 4);
        original.link = QUrl(QStringLiteral("https://example.com/7"));
        original.notes = QStringLiteral("Line one\nLine two");
        original.feedGuid = QStringLiteral("guid-7");

        EpisodeDialog dialog;
        dialog.setEpisode(original);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit Episode"));
        QCOMPARE(dialog.episode(), original);

        child<QCheckBox>(dialog, "publishedCheck")->setChecked(false);
        child<QSpinBox>(dialog, "numberSpin")->setValue(-1);
        const Episode edited = dialog.episode();
        QVERIFY(!edited.publishedOn.isValid());
        QCOMPARE(edited.number, std::nullopt);
        QCOMPARE(edited.feedGuid, QStringLiteral("guid-7"));
        QCOMPARE(edited.id, qint64(42));
    }

    void parseLink_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QUrl>("url");
        QTest::newRow("empty is no link") << QString() << true << QUrl();
        QTest::newRow("blank is no link") << QStringLiteral("  ") << true << QUrl();
        QTest::newRow("https") << QStringLiteral("https://example.com/ep/12") << true
                               << QUrl(QStringLiteral("https://example.com/ep/12"));
        QTest::newRow("no scheme") << QStringLiteral("example.com/12") << true
                                   << QUrl(QStringLiteral("http://example.com/12"));
        QTest::newRow("surrounding spaces")
            << QStringLiteral(" https://example.com ") << true << QUrl(QStringLiteral("https://example.com"));
        QTest::newRow("a word") << QStringLiteral("soon") << false << QUrl();
        QTest::newRow("words") << QStringLiteral("not a link") << false << QUrl();
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/file") << false << QUrl();
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false << QUrl();
        QTest::newRow("mail") << QStringLiteral("mailto:host@example.com") << false << QUrl();
    }

    void parseLink()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(QUrl, url);
        const auto parsed = EpisodeDialog::parseLink(text);
        QCOMPARE(parsed.has_value(), accepted);
        if (accepted) {
            QCOMPARE(*parsed, url);
        }
    }

    void badLinkDisablesOkAndSaysWhy()
    {
        EpisodeDialog dialog;
        dialog.show();
        child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("Pilot"));
        auto *hint = child<QLabel>(dialog, "linkHint");
        QVERIFY(!hint->isVisible());
        child<QLineEdit>(dialog, "linkEdit")->setText(QStringLiteral("not a link"));
        QVERIFY(!ok(dialog)->isEnabled());
        QVERIFY(hint->isVisible());
        child<QLineEdit>(dialog, "linkEdit")->setText(QStringLiteral("https://example.com"));
        QVERIFY(ok(dialog)->isEnabled());
        QVERIFY(!hint->isVisible());
    }

    void failedSaveKeepsTheDialogOpen()
    {
        EpisodeDialog dialog;
        int calls = 0;
        bool succeed = false;
        dialog.setSaveFunction([&](const Episode &episode, QString *error) {
            ++calls;
            if (!succeed) {
                *error = QStringLiteral("The database is busy.");
            }
            return succeed && episode.title == QStringLiteral("Pilot");
        });
        dialog.open();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("Pilot"));

        MessageBox::setNextAnswer(QMessageBox::Ok);
        ok(dialog)->click();
        QCOMPARE(calls, 1);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(MessageBox::lastText(), QStringLiteral("The episode could not be saved. The database is busy."));
        QCOMPARE(child<QLineEdit>(dialog, "titleEdit")->text(), QStringLiteral("Pilot")); // nothing lost

        succeed = true;
        ok(dialog)->click();
        QCOMPARE(calls, 2);
        QCOMPARE(accepted.count(), 1);
    }

    // An edit of the title (or number, link, date) that would push scheduled, unsent tweets over X's limit
    // once filled in warns as it is typed, naming how many and how long, and asks before saving; the
    // user can still save (the tweets are then held).
    void editThatPushesScheduledTweetsOverWarns()
    {
        Episode original;
        original.id = 42;
        original.number = 7;
        original.title = QStringLiteral("Seven");
        original.link = QUrl(QStringLiteral("https://podcast.com/7"));
        auto tweet = [&original](qint64 id, const QString &text, bool scheduled) {
            TweetConfig config;
            config.id = id;
            config.episodeId = original.id;
            config.text = text;
            if (scheduled) {
                config.scheduledAt = QDateTime::currentDateTimeUtc().addDays(1);
            }
            return config;
        };
        TweetConfig posted = tweet(4, QStringLiteral("{title}"), true);
        posted.status = TweetStatus::Posted;
        TweetConfig disabled = tweet(5, QStringLiteral("{title}"), true);
        disabled.enabled = false;
        const QList<TweetConfig> tweets = {
            tweet(1, QStringLiteral("New: {title} {url}"), true),
            tweet(2, QStringLiteral("Ep {number} ") + QString(272, QLatin1Char('x')), true),
            tweet(3, QString(200, QLatin1Char('u')) + QStringLiteral("{title}"), false), posted, disabled};

        EpisodeDialog dialog;
        dialog.setEpisode(original);
        dialog.setTweets(tweets);
        dialog.show();
        auto *warning = child<QLabel>(dialog, "heldWarning");
        QVERIFY(!warning->isVisible());

        // "New: " 5 + 280 + " " 1 + the link 23 = 309; the second has no title.
        child<QLineEdit>(dialog, "titleEdit")->setText(QString(280, QLatin1Char('t')));
        QVERIFY(warning->isVisible());
        QCOMPARE(warning->text(),
                 QStringLiteral("With these details, 1 scheduled tweet of this episode would be too long: 309 "
                                "characters after filling in {title} (X allows 280). It will be held, not posted, "
                                "until it fits."));
        QVERIFY(ok(dialog)->isEnabled()); // a warning, not a refusal
        // "Ep 7 " 5 + 272 = 277 fitted; "Ep 12345 " 9 + 272 = 281 does not.
        child<QSpinBox>(dialog, "numberSpin")->setValue(12345);
        QCOMPARE(warning->text(),
                 QStringLiteral("With these details, 2 scheduled tweets of this episode would be too long: 309, 281 "
                                "characters after filling in (X allows 280). They will be held, not posted, until "
                                "they fit."));

        int saves = 0;
        dialog.setSaveFunction([&saves](const Episode &, QString *) {
            ++saves;
            return true;
        });
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        ok(dialog)->click();
        QCOMPARE(saves, 0);
        QCOMPARE(MessageBox::lastText(), warning->text());
        QVERIFY(dialog.isVisible());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        ok(dialog)->click();
        QCOMPARE(saves, 1);
        QCOMPARE(accepted.count(), 1);

        // Shortened again: nothing to warn about, and no question.
        child<QLineEdit>(dialog, "titleEdit")->setText(QStringLiteral("Seven, again"));
        QVERIFY(!dialog.heldWarning().isEmpty()); // the number still pushes the second one over
        child<QSpinBox>(dialog, "numberSpin")->setValue(7);
        QVERIFY(dialog.heldWarning().isEmpty());
        QVERIFY(!warning->isVisibleTo(&dialog));
    }

private:
    template<typename T> static T *child(QWidget &parent, const char *name)
    {
        return parent.findChild<T *>(QLatin1String(name));
    }

    static QPushButton *ok(QWidget &dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }

    void feedValuesBesideWhatTheUserChanged()
    {
        Episode episode;
        episode.id = 7;
        episode.title = QStringLiteral("Our title");
        episode.number = 12;
        episode.publishedOn = QDate(2026, 11, 24);
        episode.link = QUrl(QStringLiteral("https://example.com/12"));
        FeedValues feed;
        feed.title = QStringLiteral("The host's title");
        feed.number = 12;
        feed.publishedOn = QDate(2026, 11, 24);
        feed.link = QUrl(QStringLiteral("https://example.com/12"));
        EpisodeDialog dialog;
        dialog.setEpisode(episode);
        dialog.setFeedValues(feed);
        auto *titleLabel = dialog.findChild<QLabel *>(QStringLiteral("feedTitleLabel"));
        auto *useTitle = dialog.findChild<QPushButton *>(QStringLiteral("useFeedTitleButton"));
        auto *useNumber = dialog.findChild<QPushButton *>(QStringLiteral("useFeedNumberButton"));
        auto *useDate = dialog.findChild<QPushButton *>(QStringLiteral("useFeedDateButton"));
        auto *useLink = dialog.findChild<QPushButton *>(QStringLiteral("useFeedLinkButton"));
        QVERIFY(titleLabel && useTitle && useNumber && useDate && useLink);
        // Only the title differs: only it gets the feed's value beside it.
        QVERIFY(!titleLabel->isHidden());
        QCOMPARE(titleLabel->text(), QStringLiteral("In the feed: The host's title"));
        QVERIFY(!useTitle->isHidden());
        QVERIFY(useNumber->isHidden());
        QVERIFY(useDate->isHidden());
        QVERIFY(useLink->isHidden());
        // Using it fills the field, and the hint goes.
        useTitle->click();
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(),
                 QStringLiteral("The host's title"));
        QVERIFY(useTitle->isHidden());
        QCOMPARE(dialog.episode().title, QStringLiteral("The host's title"));
        // Typing a different number shows that hint; the feed's number comes back with its button.
        dialog.findChild<QSpinBox *>(QStringLiteral("numberSpin"))->setValue(13);
        QVERIFY(!useNumber->isHidden());
        useNumber->click();
        QCOMPARE(dialog.episode().number, 12);
        QVERIFY(useNumber->isHidden());
        // The date: unchecking it differs from the feed's date.
        dialog.findChild<QCheckBox *>(QStringLiteral("publishedCheck"))->setChecked(false);
        QVERIFY(!useDate->isHidden());
        useDate->click();
        QCOMPARE(dialog.episode().publishedOn, QDate(2026, 11, 24));
    }

    void noFeedValuesNoHints()
    {
        Episode episode;
        episode.id = 3;
        episode.title = QStringLiteral("Typed in EpisodeDesk");
        EpisodeDialog dialog;
        dialog.setEpisode(episode);
        dialog.setFeedValues(std::nullopt);
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            QVERIFY2(!button->objectName().startsWith(QStringLiteral("useFeed")) || button->isHidden(),
                     qPrintable(button->objectName()));
        }
    }
};

QTEST_MAIN(EpisodeDialogTest)
#include "test_episodedialog.moc"
