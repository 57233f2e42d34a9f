// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdialog.h"
#include "accountsdialog.h"
#include "messagebox.h"
#include "sandbox/localxserver.h"
#include "secrets/memorysecretstore.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Ui;

namespace {

XCredentials keys()
{
    return {QStringLiteral("consumer-key-abcd"), QStringLiteral("consumer-secret-never-shown"),
            QStringLiteral("access-token-xyz"), QStringLiteral("access-token-secret-never-shown")};
}

} // namespace

class AccountsDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("t.sqlite")), QStringLiteral("t")));
        MessageBox::clearAnswers();
    }

    void cleanup()
    {
        while (QWidget *modal = QApplication::activeModalWidget()) {
            delete modal;
        }
        m_db.reset();
        m_dir.reset();
    }

    void newAccountDefaults()
    {
        AccountDialog dialog;
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New Account"));
        QCOMPARE(child<QLineEdit>(dialog, "apiBaseUrlEdit")->text(), QStringLiteral("https://api.x.com"));
        QVERIFY(child<QGroupBox>(dialog, "advancedGroup")->isAncestorOf(child<QLineEdit>(dialog, "apiBaseUrlEdit")));
        QVERIFY(!ok(dialog)->isEnabled()); // a name is required
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("My Show"));
        child<QLineEdit>(dialog, "handleEdit")->setText(QStringLiteral("@myshow"));
        QVERIFY(ok(dialog)->isEnabled());
        const Account account = dialog.account();
        QCOMPARE(account.name, QStringLiteral("My Show"));
        QCOMPARE(account.kind, AccountKind::X);
        QCOMPARE(account.handle, QStringLiteral("myshow")); // without the @
        QCOMPARE(account.apiBaseUrl, QUrl(QStringLiteral("https://api.x.com")));

        child<QLineEdit>(dialog, "apiBaseUrlEdit")->setText(QStringLiteral("ftp://nowhere"));
        QVERIFY(!ok(dialog)->isEnabled());
    }

    void sandboxAccountsAreLabelled()
    {
        AccountDialog dialog;
        dialog.show();
        auto *kind = child<QComboBox>(dialog, "kindCombo");
        kind->setCurrentIndex(kind->findData(int(AccountKind::Sandbox)));
        QVERIFY(kind->currentText().contains(QStringLiteral("local test server only")));
        QVERIFY(!child<QLineEdit>(dialog, "apiBaseUrlEdit")->isEnabled());
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Practice"));
        const Account account = dialog.account();
        QCOMPARE(account.kind, AccountKind::Sandbox);
        QVERIFY(account.apiBaseUrl.isEmpty());
        QCOMPARE(AccountDialog::displayName(account),
                 QStringLiteral("Practice (Sandbox — posts to the local test server only)"));
        // No keychain connected: no key section at all, rather than fields that store nothing.
        QVERIFY(!child<QGroupBox>(dialog, "keysGroup")->isVisible());
    }

    void addEditAndRemoveThroughTheList()
    {
        AccountsDialog dialog(m_db->connection());
        QSignalSpy changed(&dialog, &AccountsDialog::accountsChanged);
        dialog.show();
        auto *list = child<QListWidget>(dialog, "accountList");
        QCOMPARE(list->count(), 0);
        QVERIFY(!child<QPushButton>(dialog, "removeAccountButton")->isEnabled());

        child<QPushButton>(dialog, "addAccountButton")->click();
        AccountDialog *editor = nullptr;
        QTRY_VERIFY((editor = qobject_cast<AccountDialog *>(QApplication::activeModalWidget())) != nullptr);
        child<QLineEdit>(*editor, "nameEdit")->setText(QStringLiteral("My Show"));
        child<QLineEdit>(*editor, "handleEdit")->setText(QStringLiteral("myshow"));
        ok(*editor)->click();
        QTRY_VERIFY(!qobject_cast<AccountDialog *>(QApplication::activeModalWidget()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("My Show (@myshow)"));

        child<QPushButton>(dialog, "editAccountButton")->click();
        QTRY_VERIFY((editor = qobject_cast<AccountDialog *>(QApplication::activeModalWidget())) != nullptr);
        QCOMPARE(child<QLineEdit>(*editor, "handleEdit")->text(), QStringLiteral("@myshow"));
        child<QLineEdit>(*editor, "nameEdit")->setText(QStringLiteral("Our Show"));
        ok(*editor)->click();
        QTRY_VERIFY(!qobject_cast<AccountDialog *>(QApplication::activeModalWidget()));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(list->currentItem()->text(), QStringLiteral("Our Show (@myshow)"));

        MessageBox::setNextAnswer(QMessageBox::Ok);
        child<QPushButton>(dialog, "removeAccountButton")->click();
        QCOMPARE(changed.count(), 3);
        QCOMPARE(list->count(), 0);
        QVERIFY(AccountStore(m_db->connection()).all().isEmpty());
    }

    void accountWithTweetsIsArchived()
    {
        Account account;
        account.name = QStringLiteral("Used");
        const qint64 accountId = *AccountStore(m_db->connection()).add(account);
        Episode episode;
        episode.title = QStringLiteral("Pilot");
        TweetConfig tweet;
        tweet.episodeId = *EpisodeStore(m_db->connection()).add(episode);
        tweet.accountId = accountId;
        tweet.text = QStringLiteral("Hello");
        QVERIFY(TweetStore(m_db->connection()).add(tweet));

        AccountsDialog dialog(m_db->connection());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        child<QPushButton>(dialog, "removeAccountButton")->click();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("archived")));
        QCOMPARE(child<QListWidget>(dialog, "accountList")->count(), 0);
        QVERIFY(AccountStore(m_db->connection()).find(accountId)); // still there for the tweets' history
    }

    void keysAreTypedIntoPasswordFields()
    {
        MemorySecretStore store;
        AccountDialog dialog;
        dialog.setSecretStore(&store);
        dialog.show();
        // A new X account signs in with X unless the user chooses keys.
        QVERIFY(child<QGroupBox>(dialog, "signInGroup")->isVisible());
        QVERIFY(!child<QGroupBox>(dialog, "keysGroup")->isVisible());
        useKeys(dialog);
        QVERIFY(child<QGroupBox>(dialog, "keysGroup")->isVisible());
        QVERIFY(!child<QGroupBox>(dialog, "signInGroup")->isVisible());
        for (const char *name : {"consumerKeyEdit", "consumerSecretEdit", "accessTokenEdit", "accessTokenSecretEdit"}) {
            QCOMPARE(child<QLineEdit>(dialog, name)->echoMode(), QLineEdit::Password);
        }
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("My Show"));
        QVERIFY(ok(dialog)->isEnabled()); // no keys yet is fine: they can come later
        child<QLineEdit>(dialog, "consumerKeyEdit")->setText(QStringLiteral("only one"));
        QVERIFY(!ok(dialog)->isEnabled()); // one new key and three old ones would never sign
        QVERIFY(child<QLabel>(dialog, "keysHint")->text().contains(QStringLiteral("all four")));
        typeKeys(dialog, keys());
        QVERIFY(ok(dialog)->isEnabled());

        // Sandbox accounts need no keys: the section goes away.
        auto *kind = child<QComboBox>(dialog, "kindCombo");
        kind->setCurrentIndex(kind->findData(int(AccountKind::Sandbox)));
        QVERIFY(!child<QGroupBox>(dialog, "keysGroup")->isVisible());
    }

    void keysGoToTheKeychainAndAreNeverShownAgain()
    {
        MemorySecretStore store;
        AccountsDialog accounts(m_db->connection());
        accounts.setSecretStore(&store);
        accounts.show();
        child<QPushButton>(accounts, "addAccountButton")->click();
        AccountDialog *editor = nullptr;
        QTRY_VERIFY((editor = qobject_cast<AccountDialog *>(QApplication::activeModalWidget())) != nullptr);
        child<QLineEdit>(*editor, "nameEdit")->setText(QStringLiteral("My Show"));
        typeKeys(*editor, keys());
        ok(*editor)->click();
        QTRY_VERIFY(!qobject_cast<AccountDialog *>(QApplication::activeModalWidget()));
        const QList<Account> saved = AccountStore(m_db->connection()).all();
        QCOMPARE(saved.size(), 1);
        QVERIFY(store.contains(saved.first().id));
        // Not in the database file, in any form.
        QFile file(m_dir->filePath(QStringLiteral("t.sqlite")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("never-shown"));

        child<QPushButton>(accounts, "editAccountButton")->click();
        QTRY_VERIFY((editor = qobject_cast<AccountDialog *>(QApplication::activeModalWidget())) != nullptr);
        auto *state = child<QLabel>(*editor, "keysStateLabel");
        QTRY_VERIFY(state->text().startsWith(QStringLiteral("Stored in the keychain")));
        QVERIFY(state->text().contains(QStringLiteral("…abcd")));
        QVERIFY(!state->text().contains(QStringLiteral("consumer-key")));
        for (const char *name : {"consumerKeyEdit", "consumerSecretEdit", "accessTokenEdit", "accessTokenSecretEdit"}) {
            QVERIFY(child<QLineEdit>(*editor, name)->text().isEmpty());
        }
        // Saving with the fields left empty keeps the stored keys.
        ok(*editor)->click();
        QTRY_VERIFY(!qobject_cast<AccountDialog *>(QApplication::activeModalWidget()));
        QVERIFY(store.contains(saved.first().id));
    }

    // A teammate added the account to the team database; its keys are in their keychain, not this one's.
    void keysNotOnThisComputer()
    {
        AccountStore accounts(m_db->connection());
        Account elsewhere;
        elsewhere.name = QStringLiteral("Teammate's Show");
        elsewhere.handle = QStringLiteral("teamshow");
        const auto elsewhereId = accounts.add(elsewhere);
        Account here;
        here.name = QStringLiteral("My Show");
        const auto hereId = accounts.add(here);
        Account sandbox;
        sandbox.name = QStringLiteral("Practice");
        sandbox.kind = AccountKind::Sandbox;
        QVERIFY(elsewhereId && hereId && accounts.add(sandbox));
        MemorySecretStore store;
        bool written = false;
        store.writeCredentials(*hereId, keys(), this, [&](const SecretResult &result) { written = result.ok; });
        QTRY_VERIFY(written);

        AccountsDialog dialog(m_db->connection());
        dialog.setSecretStore(&store);
        dialog.show();
        QTRY_VERIFY(dialog.lacksKeys(*elsewhereId));
        auto *list = child<QListWidget>(dialog, "accountList");
        QStringList texts;
        for (int row = 0; row < list->count(); ++row) {
            texts.append(list->item(row)->text());
        }
        QVERIFY2(texts.contains(QStringLiteral("Teammate's Show (@teamshow) — keys not on this computer")),
                 qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(!dialog.lacksKeys(*hereId));
        QCOMPARE(texts.filter(QStringLiteral("keys not on this computer")).size(), 1); // not the Sandbox's

        // Add Keys… shows for that account only, and opens it to enter them.
        auto *addKeys = child<QPushButton>(dialog, "addKeysButton");
        list->setCurrentRow(
            int(texts.indexOf(QStringLiteral("Teammate's Show (@teamshow) — keys not on this computer"))));
        QVERIFY(addKeys->isVisible());
        QVERIFY(child<QLabel>(dialog, "accountLimitsLabel")
                    ->text()
                    .startsWith(QStringLiteral("Teammate's Show (@teamshow):")));
        addKeys->click();
        AccountDialog *editor = nullptr;
        QTRY_VERIFY((editor = qobject_cast<AccountDialog *>(QApplication::activeModalWidget())) != nullptr);
        QCOMPARE(editor->account().id, *elsewhereId);
        typeKeys(*editor, keys());
        ok(*editor)->click();
        QTRY_VERIFY(!qobject_cast<AccountDialog *>(QApplication::activeModalWidget()));
        QTRY_VERIFY(!dialog.lacksKeys(*elsewhereId));
        QTRY_VERIFY(list->findItems(QStringLiteral("keys not on this computer"), Qt::MatchContains).isEmpty());
        QVERIFY(!addKeys->isVisible());
    }

    void lockedKeychainSaysSo()
    {
        MemorySecretStore store;
        Account account;
        account.name = QStringLiteral("Locked out");
        account.apiBaseUrl = QUrl(QStringLiteral("https://api.x.com"));
        account.id = *AccountStore(m_db->connection()).add(account);
        store.setAvailability(MemorySecretStore::Availability::Locked);

        AccountsDialog accounts(m_db->connection());
        accounts.setSecretStore(&store);
        accounts.show();
        child<QPushButton>(accounts, "editAccountButton")->click();
        AccountDialog *editor = nullptr;
        QTRY_VERIFY((editor = qobject_cast<AccountDialog *>(QApplication::activeModalWidget())) != nullptr);
        auto *state = child<QLabel>(*editor, "keysStateLabel");
        QTRY_VERIFY(state->text().contains(QStringLiteral("keychain is locked")));

        typeKeys(*editor, keys());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        ok(*editor)->click();
        QTRY_VERIFY(MessageBox::lastText().contains(QStringLiteral("keychain is locked")));
        QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("The account is saved, but its keys")));
        QVERIFY(!MessageBox::lastText().contains(QStringLiteral("never-shown")));
        QCOMPARE(QApplication::activeModalWidget(), editor); // still open, to try again
        QVERIFY(!store.contains(account.id));

        // Unlocked: the same OK now stores them, and updates the account rather than adding another.
        store.setAvailability(MemorySecretStore::Availability::Available);
        ok(*editor)->click();
        QTRY_VERIFY(!qobject_cast<AccountDialog *>(QApplication::activeModalWidget()));
        QVERIFY(store.contains(account.id));
        QCOMPARE(AccountStore(m_db->connection()).all().size(), 1);
    }

    void checkConnectionFillsHandleAndUserId()
    {
        LocalXServer server;
        server.addUser(QStringLiteral("2002"), QStringLiteral("realshow"), QStringLiteral("Real show"), keys());
        QVERIFY(server.listen());
        MemorySecretStore store;
        AccountDialog dialog;
        dialog.setSecretStore(&store);
        dialog.show();
        child<QLineEdit>(dialog, "nameEdit")->setText(QStringLiteral("Real"));
        child<QLineEdit>(dialog, "apiBaseUrlEdit")->setText(server.baseUrl().toString());
        auto *check = child<QPushButton>(dialog, "checkConnectionButton");
        auto *result = child<QLabel>(dialog, "connectionLabel");

        XCredentials wrong = keys();
        wrong.accessTokenSecret = QStringLiteral("not-the-secret");
        typeKeys(dialog, wrong);
        check->click();
        QVERIFY(!check->isEnabled()); // one check at a time, and the window keeps working meanwhile
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), 10000);
        QVERIFY2(result->text().startsWith(QStringLiteral("X did not accept these keys")), qPrintable(result->text()));
        QVERIFY(!result->text().contains(QStringLiteral("not-the-secret")));
        QVERIFY(dialog.account().xUserId.isEmpty());

        typeKeys(dialog, keys());
        check->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Connected")), 10000);
        QCOMPARE(child<QLineEdit>(dialog, "handleEdit")->text(), QStringLiteral("@realshow"));
        QCOMPARE(child<QLabel>(dialog, "userIdLabel")->text(), QStringLiteral("2002"));
        QCOMPARE(dialog.account().handle, QStringLiteral("realshow"));
        QCOMPARE(dialog.account().xUserId, QStringLiteral("2002"));
        QCOMPARE(server.createRequestCount(), 0); // a check never posts
    }

private:
    // The account signs in with its four keys rather than with X (the default for a new one).
    static void useKeys(QWidget &dialog)
    {
        auto *auth = child<QComboBox>(dialog, "authCombo");
        auth->setCurrentIndex(auth->findData(int(AccountAuth::OAuth1)));
    }

    static void typeKeys(QWidget &dialog, const XCredentials &credentials)
    {
        useKeys(dialog);
        child<QLineEdit>(dialog, "consumerKeyEdit")->setText(credentials.consumerKey);
        child<QLineEdit>(dialog, "consumerSecretEdit")->setText(credentials.consumerSecret);
        child<QLineEdit>(dialog, "accessTokenEdit")->setText(credentials.accessToken);
        child<QLineEdit>(dialog, "accessTokenSecretEdit")->setText(credentials.accessTokenSecret);
    }

    template<typename T> static T *child(QWidget &parent, const char *name)
    {
        return parent.findChild<T *>(QLatin1String(name));
    }

    static QPushButton *ok(QWidget &dialog)
    {
        return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_MAIN(AccountsDialogTest)
#include "test_accountsdialog.moc"
