// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebox.h"
#include "tweetdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimeZone>
#include <QToolButton>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Ui;

namespace {

const QByteArray testZone = "Pacific/Auckland"; // far from UTC, with daylight saving, south of the equator

} // namespace

class TweetDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Local time must differ from UTC, or a UTC/local mix-up would go unnoticed.
        qputenv("TZ", testZone);
        m_x.id = 1;
        m_x.name = QStringLiteral("The Show");
        m_x.handle = QStringLiteral("theshow");
        m_sandbox.id = 2;
        m_sandbox.name = QStringLiteral("Practice");
        m_sandbox.kind = AccountKind::Sandbox;
        m_episode.id = 5;
        m_episode.number = 12;
        m_episode.title = QStringLiteral("Pilot");
    }

    void init() { MessageBox::clearAnswers(); }

    void counter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("counter");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("empty") << QString() << QStringLiteral("0 / 280") << false;
        QTest::newRow("blank") << QStringLiteral("   \n ") << QStringLiteral("5 / 280") << false;
        QTest::newRow("short") << QStringLiteral("Hello") << QStringLiteral("5 / 280") << true;
        QTest::newRow("exactly 280") << QString(280, QLatin1Char('a')) << QStringLiteral("280 / 280") << true;
        QTest::newRow("281") << QString(281, QLatin1Char('a')) << QStringLiteral("281 / 280") << false;
        QTest::newRow("a link counts 23") << QStringLiteral("https://example.com/") + QString(200, QLatin1Char('p'))
                                          << QStringLiteral("23 / 280") << true;
        QTest::newRow("emoji counts 2") << QStringLiteral("🎙") << QStringLiteral("2 / 280") << true;
        QTest::newRow("CJK counts 2") << QStringLiteral("日本語") << QStringLiteral("6 / 280") << true;
        QTest::newRow("placeholder as filled in") << QStringLiteral("{title}") << QStringLiteral("5 / 280") << true;
        QTest::newRow("140 CJK fit") << QString(140, QChar(0x65E5)) << QStringLiteral("280 / 280") << true;
        QTest::newRow("141 CJK do not") << QString(141, QChar(0x65E5)) << QStringLiteral("282 / 280") << false;
    }

    void counter()
    {
        QFETCH(QString, text);
        QFETCH(QString, counter);
        QFETCH(bool, acceptable);
        TweetDialog dialog({m_x}, m_episode);
        child<QPlainTextEdit>(dialog, "textEdit")->setPlainText(text);
        auto *label = child<QLabel>(dialog, "counterLabel");
        QCOMPARE(label->text(), counter);
        QCOMPARE(ok(dialog)->isEnabled(), acceptable);
        const bool red = !acceptable && !text.trimmed().isEmpty();
        QCOMPARE(label->property("overLimit").toBool(), red);
        QCOMPARE(label->palette().color(QPalette::WindowText) == QColor(0xB0, 0x00, 0x20), red);
    }

    // The counter is X's count: every v3 case of twitter-text's conformance data, typed into the editor.
    void counterPassesTwitterTextConformance_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("weightedLength");
        QTest::addColumn<bool>("valid");
        QFile file(QStringLiteral(EPISODEDESK_TESTDATA "/twitter-text-weighted.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject sections = root.value(QLatin1String("config_for_section")).toObject();
        const QJsonObject tests = root.value(QLatin1String("tests")).toObject();
        int cases = 0;
        for (auto section = tests.begin(); section != tests.end(); ++section) {
            // The editor counts with X's current rules (v3); the v2 section is the text library's to test.
            if (sections.value(section.key()).toString() != QLatin1String("twitter-text-config-v3.json")) {
                continue;
            }
            for (const QJsonValue &value : section.value().toArray()) {
                const QJsonObject test = value.toObject();
                const QJsonObject expected = test.value(QLatin1String("expected")).toObject();
                QTest::addRow("%s: %s", qPrintable(section.key()),
                              qPrintable(test.value(QLatin1String("description")).toString()))
                    << test.value(QLatin1String("text")).toString()
                    << expected.value(QLatin1String("weightedLength")).toInt()
                    << expected.value(QLatin1String("valid")).toBool();
                ++cases;
            }
        }
        QVERIFY(cases >= 10);
    }

    void counterPassesTwitterTextConformance()
    {
        QFETCH(QString, text);
        QFETCH(int, weightedLength);
        QFETCH(bool, valid);
        TweetDialog dialog({m_x}, m_episode);
        child<QPlainTextEdit>(dialog, "textEdit")->setPlainText(text);
        QCOMPARE(child<QLabel>(dialog, "counterLabel")->text(), QStringLiteral("%1 / 280").arg(weightedLength));
        QCOMPARE(ok(dialog)->isEnabled(), valid);
    }

    void previewShowsTheTextAsPosted()
    {
        Episode episode = m_episode;
        episode.link = QUrl(QStringLiteral("https://podcast.com/episodes/twelve-a-very-long-address"));
        TweetDialog dialog({m_x}, episode);
        auto *preview = child<QTextEdit>(dialog, "previewView");
        QVERIFY(preview->isReadOnly());
        auto *text = child<QPlainTextEdit>(dialog, "textEdit");
        text->setPlainText(QStringLiteral("New #{number}: {title} {url}"));
        QCOMPARE(preview->toPlainText(),
                 QStringLiteral("New #12: Pilot https://podcast.com/episodes/twelve-a-very-long-address"));
        // Counted as posted: "New #12: Pilot " is 15, the link 23.
        QCOMPARE(child<QLabel>(dialog, "counterLabel")->text(), QStringLiteral("38 / 280"));
        // Live: each keystroke updates it.
        text->moveCursor(QTextCursor::End);
        QTest::keyClicks(text, QStringLiteral(" !"));
        QVERIFY(preview->toPlainText().endsWith(QStringLiteral("address !")));
        QCOMPARE(child<QLabel>(dialog, "counterLabel")->text(), QStringLiteral("40 / 280"));
    }

    // A posted tweet's preview is what went out, not what the template fills in to today.
    void postedTweetPreviewShowsTheTextSent()
    {
        TweetDialog dialog({m_x}, m_episode);
        TweetConfig config;
        config.id = 3;
        config.accountId = m_x.id;
        config.text = QStringLiteral("New: {title}");
        config.status = TweetStatus::Posted;
        config.postId = QStringLiteral("77");
        config.postedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
        dialog.setConfig(config);
        auto *preview = child<QTextEdit>(dialog, "previewView");
        QCOMPARE(preview->toPlainText(), QStringLiteral("New: Pilot"));
        dialog.setSentText(QStringLiteral("New: The Pilot, as it was called then"));
        QCOMPARE(preview->toPlainText(), QStringLiteral("New: The Pilot, as it was called then"));
        QCOMPARE(child<QLabel>(dialog, "counterLabel")->text(), QStringLiteral("37 / 280"));
        QCOMPARE(child<QPlainTextEdit>(dialog, "textEdit")->toPlainText(), QStringLiteral("New: {title}"));
    }

    void previewMarksWhatDoesNotFit()
    {
        TweetDialog dialog({m_x}, m_episode);
        // "Pilot" is 5: 5 + 278 = 283, three over.
        child<QPlainTextEdit>(dialog, "textEdit")
            ->setPlainText(QStringLiteral("{title}") + QString(278, QLatin1Char('z')));
        QCOMPARE(child<QLabel>(dialog, "counterLabel")->text(), QStringLiteral("283 / 280"));
        QVERIFY(!ok(dialog)->isEnabled());
        QString struck;
        const QTextDocument *document = child<QTextEdit>(dialog, "previewView")->document();
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
                if (fragment.fragment().charFormat().fontStrikeOut()) {
                    struck += fragment.fragment().text();
                }
            }
        }
        QCOMPARE(struck, QStringLiteral("zzz"));
    }

    void tooLongSaysByHowMuch()
    {
        TweetDialog dialog({m_x}, m_episode);
        child<QPlainTextEdit>(dialog, "textEdit")->setPlainText(QString(283, QLatin1Char('a')));
        QCOMPARE(child<QLabel>(dialog, "textHint")->text(), QStringLiteral("Too long by 3 characters."));
        dialog.accept(); // Return in the dialog must not get past the counter either
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    // The episode's details can push a tweet over the limit: the warning names the placeholder, and a
    // scheduled tweet can still be saved, after being told it will be held.
    void overLimitAfterFillingInWarnsAndAScheduledTweetWillBeHeld()
    {
        Episode longTitle = m_episode;
        longTitle.title = QString(290, QLatin1Char('t'));
        TweetDialog dialog({m_x}, longTitle);
        TweetConfig config;
        config.id = 4;
        config.episodeId = longTitle.id;
        config.accountId = m_x.id;
        config.text = QStringLiteral("New: {title}");
        dialog.setConfig(config);
        dialog.show();
        auto *counter = child<QLabel>(dialog, "counterLabel");
        auto *hint = child<QLabel>(dialog, "textHint");
        QCOMPARE(counter->text(), QStringLiteral("295 / 280"));
        QVERIFY(counter->property("overLimit").toBool());
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("295 characters after filling in {title} (X allows 280).")),
                 qPrintable(hint->text()));
        QVERIFY(!ok(dialog)->isEnabled()); // not scheduled: it could only be refused

        int saves = 0;
        dialog.setSaveFunction([&saves](const TweetConfig &saved, QString *) {
            ++saves;
            return saved.scheduledAt.isValid();
        });
        child<QCheckBox>(dialog, "scheduleCheck")->setChecked(true);
        QVERIFY(hint->text().contains(QStringLiteral("held at its time")));
        QVERIFY(counter->property("overLimit").toBool()); // still a warning, in red and in words
        QVERIFY(ok(dialog)->isEnabled());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        ok(dialog)->click();
        QCOMPARE(saves, 0);
        QCOMPARE(accepted.count(), 0);
        QVERIFY2(MessageBox::lastText().startsWith(
                     QStringLiteral("Held: 295 characters after filling in {title} (X allows 280).")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("not posted at its time")));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        ok(dialog)->click();
        QCOMPARE(saves, 1);
        QCOMPARE(accepted.count(), 1);
    }

    void placeholderProblemsAreNamed()
    {
        TweetDialog dialog({m_x}, m_episode); // the episode has no link
        child<QPlainTextEdit>(dialog, "textEdit")->setPlainText(QStringLiteral("New: {titel} {url}"));
        const QString hint = child<QLabel>(dialog, "textHint")->text();
        QVERIFY2(hint.contains(QStringLiteral("{titel} is not a placeholder")), qPrintable(hint));
        QVERIFY2(hint.contains(QStringLiteral("{url} is empty")), qPrintable(hint));
        QVERIFY(ok(dialog)->isEnabled()); // a warning, not a refusal

        // The Insert menu puts a placeholder at the cursor.
        auto *text = child<QPlainTextEdit>(dialog, "textEdit");
        text->clear();
        const QList<QAction *> actions = child<QToolButton>(dialog, "placeholderButton")->menu()->actions();
        QVERIFY(!actions.isEmpty());
        actions.first()->trigger();
        QVERIFY(text->toPlainText().startsWith(QLatin1Char('{')));
    }

    void sandboxAccountsSaySo()
    {
        TweetDialog dialog({m_x, m_sandbox}, m_episode);
        auto *accounts = child<QComboBox>(dialog, "accountCombo");
        QCOMPARE(accounts->count(), 2);
        QCOMPARE(accounts->itemText(0), QStringLiteral("The Show (@theshow)"));
        QCOMPARE(accounts->itemText(1), QStringLiteral("Practice (Sandbox — posts to the local test server only)"));
        QCOMPARE(accounts->itemData(1).toLongLong(), m_sandbox.id);
    }

    void newTweetStartsOnTheSuggestedAccount()
    {
        TweetDialog dialog({m_x, m_sandbox}, m_episode);
        TweetConfig config;
        config.episodeId = m_episode.id;
        config.accountId = m_sandbox.id;
        dialog.setConfig(config);
        QCOMPARE(dialog.config().accountId, m_sandbox.id);
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New Tweet"));
    }

    void removedAccountIsShownNotSwitched()
    {
        TweetDialog dialog({m_x}, m_episode);
        TweetConfig config;
        config.id = 9;
        config.episodeId = m_episode.id;
        config.accountId = 77; // archived since
        config.text = QStringLiteral("Hello");
        dialog.setConfig(config);
        QCOMPARE(child<QComboBox>(dialog, "accountCombo")->currentText(), QStringLiteral("Removed account"));
        QCOMPARE(dialog.config().accountId, qint64(77));
    }

    void scheduleIsEnteredLocallyAndStoredInUtc()
    {
        QCOMPARE(QTimeZone::systemTimeZoneId(), testZone);
        TweetDialog dialog({m_x}, m_episode);
        child<QPlainTextEdit>(dialog, "textEdit")->setPlainText(QStringLiteral("Soon"));
        auto *schedule = child<QDateTimeEdit>(dialog, "scheduleEdit");
        QVERIFY(!schedule->isEnabled());
        QVERIFY(!dialog.config().scheduledAt.isValid());

        child<QCheckBox>(dialog, "scheduleCheck")->setChecked(true);
        QVERIFY(schedule->isEnabled());
        QVERIFY(schedule->dateTime() > QDateTime::currentDateTime()); // the suggestion is in the future
        schedule->setDateTime(QDateTime(QDate(2030, 6, 1), QTime(9, 30)));
        const TweetConfig config = dialog.config();
        // 09:30 in Auckland in June (NZST, UTC+12) is 21:30 UTC the day before.
        QCOMPARE(config.scheduledAt, QDateTime(QDate(2030, 5, 31), QTime(21, 30), Qt::UTC));
        QCOMPARE(config.scheduledAt.timeSpec(), Qt::UTC);
        QCOMPARE(config.scheduledZone, QString::fromLatin1(testZone));

        // And back: a stored UTC time is shown in local time.
        TweetDialog again({m_x}, m_episode);
        again.setConfig(config);
        QVERIFY(child<QCheckBox>(again, "scheduleCheck")->isChecked());
        QCOMPARE(child<QDateTimeEdit>(again, "scheduleEdit")->dateTime(), QDateTime(QDate(2030, 6, 1), QTime(9, 30)));

        child<QCheckBox>(again, "scheduleCheck")->setChecked(false);
        QVERIFY(!again.config().scheduledAt.isValid());
        QVERIFY(again.config().scheduledZone.isEmpty());
    }

    void lockedTweetsOpenReadOnly_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<QString>("reason");
        QTest::newRow("pending") << int(TweetStatus::Pending) << false << QString();
        QTest::newRow("failed") << int(TweetStatus::Failed) << false << QString();
        QTest::newRow("posting") << int(TweetStatus::Posting) << true << QStringLiteral("being posted right now");
        QTest::newRow("posted") << int(TweetStatus::Posted) << true << QStringLiteral("was posted on");
        QTest::newRow("unknown") << int(TweetStatus::Unknown) << true << QStringLiteral("never posted twice");
    }

    void lockedTweetsOpenReadOnly()
    {
        QFETCH(int, status);
        QFETCH(bool, readOnly);
        QFETCH(QString, reason);
        TweetConfig config;
        config.id = 3;
        config.episodeId = m_episode.id;
        config.accountId = m_x.id;
        config.text = QStringLiteral("Out now");
        config.status = static_cast<TweetStatus>(status);
        config.postedAt = QDateTime(QDate(2026, 1, 5), QTime(10, 0), Qt::UTC);
        config.postUrl = QUrl(QStringLiteral("https://x.com/theshow/status/1"));

        TweetDialog dialog({m_x}, m_episode);
        dialog.setConfig(config);
        dialog.show();
        QCOMPARE(dialog.isReadOnly(), readOnly);
        auto *note = child<QLabel>(dialog, "readOnlyNote");
        QCOMPARE(note->isVisible(), readOnly);
        QVERIFY(note->text().contains(reason));
        QCOMPARE(ok(dialog) == nullptr, readOnly);
        QCOMPARE(child<QPlainTextEdit>(dialog, "textEdit")->isReadOnly(), readOnly);
        QCOMPARE(child<QComboBox>(dialog, "accountCombo")->isEnabled(), !readOnly);
        if (config.status == TweetStatus::Posted) {
            QVERIFY(note->text().contains(config.postUrl.toString()));
        }
    }

    void failedSaveKeepsTheDialogOpen()
    {
        TweetDialog dialog({m_x}, m_episode);
        TweetConfig config;
        config.id = 3;
        config.episodeId = m_episode.id;
        config.accountId = m_x.id;
        config.text = QStringLiteral("Out now");
        dialog.setConfig(config);
        dialog.setSaveFunction([](const TweetConfig &, QString *error) {
            *error = QStringLiteral("This tweet is posting and can no longer be edited.");
            return false;
        });
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        ok(dialog)->click();
        QCOMPARE(accepted.count(), 0);
        QCOMPARE(MessageBox::lastText(),
                 QStringLiteral("The tweet could not be saved. This tweet is posting and can no longer be edited."));
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

    Account m_x;
    Account m_sandbox;
    Episode m_episode;
};

QTEST_MAIN(TweetDialogTest)
#include "test_tweetdialog.moc"
