// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What posts cost in the window: the prices in Preferences, the confirm dialog's sentence, and the
// Accounts dialog's line for this month.
#include "accountsdialog.h"
#include "messagebox.h"
#include "postconfirmdialog.h"
#include "preferencesdialog.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/settingsstore.h"
#include "store/sqlutil.h"
#include "store/tweetstore.h"
#include "store/usagestore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Ui;

namespace {

template<typename T> T *child(const QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget) {
        qWarning() << "no child" << name;
    }
    return widget;
}

} // namespace

class CostsTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("t.sqlite")), QStringLiteral("t")));
        MessageBox::clearAnswers();
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    // Entered prices reach the save function exactly; Restore Defaults puts X's 2026 prices back.
    void preferencesSaveAndRestorePrices()
    {
        PreferencesDialog dialog;
        const XPrices stored {20000, 250000, 6000, 1200, QDate(2026, 3, 15)};
        dialog.setPreferences({1800, true, stored});
        QCOMPARE(child<QLineEdit>(dialog, "createPriceEdit")->text(), QStringLiteral("0.020"));
        QCOMPARE(child<QLineEdit>(dialog, "createWithUrlPriceEdit")->text(), QStringLiteral("0.250"));
        QCOMPARE(child<QLineEdit>(dialog, "ownedReadPriceEdit")->text(), QStringLiteral("0.0012"));
        QCOMPARE(child<QDateEdit>(dialog, "pricesReadOnEdit")->date(), QDate(2026, 3, 15));
        QVERIFY(
            child<QLabel>(dialog, "pricesHint")->text().contains(QLatin1String("https://developer.x.com/#pricing")));

        child<QLineEdit>(dialog, "createPriceEdit")->setText(QStringLiteral("0.1"));
        child<QDateEdit>(dialog, "pricesReadOnEdit")->setDate(QDate(2026, 4, 1));
        std::optional<XPrices> saved;
        dialog.setSaveFunction([&saved, this](const PreferencesDialog::Preferences &preferences, QString *error) {
            saved = preferences.prices;
            SettingsStore settings(m_db->connection());
            *error = settings.lastError();
            return settings.setXPrices(preferences.prices);
        });
        dialog.accept();
        QVERIFY(saved);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const XPrices expected {100000, 250000, 6000, 1200, QDate(2026, 4, 1)};
        QCOMPARE(*saved, expected);
        QCOMPARE(SettingsStore(m_db->connection()).xPrices(), expected);

        PreferencesDialog again;
        again.setPreferences({1800, true, SettingsStore(m_db->connection()).xPrices()});
        QCOMPARE(again.preferences().prices, expected);
        child<QPushButton>(again, "restorePricesButton")->click();
        QCOMPARE(child<QLineEdit>(again, "createWithUrlPriceEdit")->text(), QStringLiteral("0.200"));
        QCOMPARE(again.preferences().prices, XPrices::defaults());
    }

    // A price that is not an amount is not saved, and the user is told which one.
    void preferencesRefuseAnInvalidPrice()
    {
        PreferencesDialog dialog;
        dialog.setPreferences({1800, true, XPrices::defaults()});
        // The validator keeps a minus sign out of the field altogether.
        QLineEdit *read = child<QLineEdit>(dialog, "readPriceEdit");
        read->clear();
        QTest::keyClicks(read, QStringLiteral("-1"));
        QCOMPARE(read->text(), QStringLiteral("1"));
        read->setText(QStringLiteral("."));
        bool called = false;
        dialog.setSaveFunction([&called](const PreferencesDialog::Preferences &, QString *) {
            called = true;
            return true;
        });
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog.accept();
        QVERIFY(!called);
        QVERIFY2(MessageBox::lastText().contains(read->accessibleName()), qPrintable(MessageBox::lastText()));
        QVERIFY(dialog.result() != int(QDialog::Accepted));
    }

    void confirmDialogSaysWhatThePostCosts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("sandbox");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("with a link") << QStringLiteral("Episode 7 https://podcast.example.com/7") << false
                                     << QStringLiteral("This post costs $0.20: it contains a link (X's prices of 15 "
                                                       "Mar 2026).");
        QTest::newRow("bare domain") << QStringLiteral("Episode 7 at podcast.example.com") << false
                                     << QStringLiteral("This post costs $0.20: it contains a link (X's prices of 15 "
                                                       "Mar 2026).");
        QTest::newRow("no link") << QStringLiteral("Episode 7 is out") << false
                                 << QStringLiteral("This post costs $0.015: it has no link (X's prices of 15 Mar "
                                                   "2026).");
        QTest::newRow("sandbox") << QStringLiteral("Episode 7 https://podcast.example.com/7") << true
                                 << QStringLiteral("This post costs nothing: it goes to the Sandbox, not to X.");
    }

    void confirmDialogSaysWhatThePostCosts()
    {
        QFETCH(QString, text);
        QFETCH(bool, sandbox);
        QFETCH(QString, sentence);
        XPrices prices = XPrices::defaults();
        prices.readOn = QDate(2026, 3, 15);
        PostConfirmDialog dialog(text, QStringLiteral("Show"), sandbox);
        QLabel *cost = child<QLabel>(dialog, "confirmCostLabel");
        QVERIFY(cost->isHidden());
        dialog.setPrices(prices);
        QVERIFY(!cost->isHidden());
        QCOMPARE(cost->text(), sentence);
    }

    // This calendar month's posts, unknown attempts and reads of the selected account, at the stored prices.
    void accountsDialogShowsTheMonth()
    {
        const QSqlDatabase db = m_db->connection();
        Account account;
        account.name = QStringLiteral("Show");
        account.kind = AccountKind::X;
        account.apiBaseUrl = QUrl(QStringLiteral("https://api.x.com"));
        const qint64 accountId = AccountStore(db).add(account).value_or(0);
        QVERIFY(accountId);
        Episode episode;
        episode.title = QStringLiteral("Pilot");
        TweetConfig config;
        config.episodeId = EpisodeStore(db).add(episode).value_or(0);
        config.accountId = accountId;
        config.text = QStringLiteral("Out now");
        const qint64 configId = TweetStore(db).add(config).value_or(0);
        QVERIFY(configId);
        QVERIFY(SettingsStore(db).setXPrices({15000, 200000, 5000, 1000, QDate(2026, 3, 1)}));

        const QDateTime now(QDate(2026, 3, 20), QTime(12, 0));
        const auto [from, to] = UsageStore::monthSpan(now.date());
        const auto addAttempt = [&](const QString &outcome, const QString &text, const QDateTime &at) {
            QSqlQuery query(db);
            QString error;
            QVERIFY2(
                Sql::exec(query,
                          QStringLiteral("INSERT INTO post_attempts (attempt_id, config_id, account_id, "
                                         "text_sent, claimed_by, started_at, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {QUuid::createUuid().toString(), configId, accountId, text, QStringLiteral("t:1"),
                           Sql::fromDateTime(at), outcome},
                          &error),
                qPrintable(error));
        };
        addAttempt(QStringLiteral("posted"), QStringLiteral("one https://example.com"), from.addDays(1));
        addAttempt(QStringLiteral("posted"), QStringLiteral("two"), from.addDays(2));
        addAttempt(QStringLiteral("posted"), QStringLiteral("last month"), from.addSecs(-60));
        UsageStore usage(db);
        QVERIFY(usage.recordRead(accountId, configId, UsageStore::ReadKind::Owned, 340, from.addDays(3)));

        AccountsDialog dialog(db);
        dialog.setClock([now] { return now.toUTC(); });
        QLabel *line = child<QLabel>(dialog, "accountUsageLabel");
        QCOMPARE(line->text(), QStringLiteral("This month: 2 posts, $0.215 · 340 reads, $0.34"));

        addAttempt(QStringLiteral("unknown"), QStringLiteral("three"), from.addDays(4));
        dialog.refreshLimits();
        QCOMPARE(line->text(),
                 QStringLiteral("This month: 2 posts, $0.215 · 340 reads, $0.34 · 1 more post may have "
                                "been billed (outcome unknown), $0.015"));

        // Next month starts from nothing.
        dialog.setClock([to] { return to.addDays(1).toUTC(); });
        QCOMPARE(line->text(), QStringLiteral("This month: 0 posts, $0.00 · 0 reads, $0.00"));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(CostsTest)
#include "test_costs.moc"
