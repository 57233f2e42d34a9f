// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdialog.h"
#include "accountsdialog.h"
#include "messagebox.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
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

private:
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
