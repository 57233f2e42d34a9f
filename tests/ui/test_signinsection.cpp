// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// "Sign in with X" in the account dialog, against the local X server on 127.0.0.1, the test acting as
// the browser. With EPISODEDESK_SCREENSHOT_DIR set it also writes the README's picture there:
//     EPISODEDESK_SCREENSHOT_DIR=$PWD/docs/screenshots ctest --preset dev -R "test_signinsection$"
#include "accountdialog.h"
#include "sandbox/localxserver.h"
#include "secrets/memorysecretstore.h"
#include "signinsection.h"
#include "uitestutil.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPushButton>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Ui;
using namespace EpisodeDesk::Tests;
using namespace Qt::StringLiterals;

namespace {

const XCredentials kAliceKeys {u"alice-consumer-key"_s, u"alice-consumer-secret"_s, u"alice-token"_s,
                               u"alice-token-secret"_s};
const QString kClient = u"episodedesk-test-app"_s;

template<typename T> T *child(QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QLatin1String(name));
    if (!widget) {
        qFatal("no child %s", name);
    }
    return widget;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return probe.serverPort();
}

} // namespace

class SignInSectionTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        initUiTestCase(u"test_signinsection"_s);
        QApplication::setApplicationDisplayName(u"EpisodeDesk"_s);
        m_outputDir = qEnvironmentVariable("EPISODEDESK_SCREENSHOT_DIR");
        if (!m_outputDir.isEmpty()) {
            QVERIFY(QDir().mkpath(m_outputDir));
        }
    }

    void init()
    {
        m_server = std::make_unique<LocalXServer>();
        m_server->addUser(u"1001"_s, u"alice_pod"_s, u"Alice's Podcast"_s, kAliceKeys);
        m_server->addOAuth2Client(kClient);
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        m_browserNam = std::make_unique<QNetworkAccessManager>();
        m_saved.reset();
    }

    void cleanup()
    {
        closeModalDialogs();
        m_browserNam.reset();
        m_server.reset();
    }

    void signsInAndSavesTokens()
    {
        MemorySecretStore store;
        AccountDialog dialog;
        prepare(dialog, store, false);
        dialog.resize(560, dialog.sizeHint().height());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QGroupBox>(dialog, "signInGroup")->isVisible());
        QVERIFY(!child<QGroupBox>(dialog, "keysGroup")->isVisible());
        auto *button = child<QPushButton>(dialog, "signInButton");
        QVERIFY(button->isEnabled());

        button->click();
        QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(dialog, "handleEdit")->text(), u"@alice_pod"_s, 10000);
        QCOMPARE(child<QLabel>(dialog, "userIdLabel")->text(), u"1001"_s);
        const QString status = child<QLabel>(dialog, "signInStatus")->text();
        QVERIFY2(status.contains(u"@alice_pod"_s), qPrintable(status));
        QCOMPARE(m_server->tokenRequestCount(u"authorization_code"_s), 1);
        QTRY_VERIFY(okButton(&dialog)->isEnabled());
        QVERIFY(button->isEnabled()); // to sign in again, as someone else

        // The README's picture: the dialog just after X said who signed in, showing X's address rather
        // than this run's port of the local server.
        auto *apiBase = child<QLineEdit>(dialog, "apiBaseUrlEdit");
        apiBase->setText(AccountDialog::defaultApiBaseUrl().toString());
        QString error;
        const bool saved = saveScreenshot(dialog.grab(), dialog.size(), m_outputDir, u"sign-in.png"_s, &error);
        apiBase->setText(m_server->baseUrl().toString());
        QVERIFY2(saved, qPrintable(error));

        QVERIFY(!store.contains(42)); // nothing reaches the keychain before the account is saved
        okButton(&dialog)->click();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(m_saved.has_value());
        QCOMPARE(m_saved->auth, AccountAuth::OAuth2);
        QCOMPARE(m_saved->clientId, kClient);
        QCOMPARE(m_saved->handle, u"alice_pod"_s);
        QCOMPARE(m_saved->xUserId, u"1001"_s);
        QCOMPARE(m_saved->apiBaseUrl, m_server->baseUrl());

        std::optional<SecretResult> read;
        store.readCredentials(42, this, [&](const SecretResult &result) { read = result; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(read->ok);
        QVERIFY(read->credentials.hasOAuth2());
        QVERIFY(!read->credentials.refreshToken.isEmpty());
        QVERIFY(read->credentials.bearerExpiresAt > QDateTime::currentDateTimeUtc());
        // No token is ever shown.
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            QVERIFY(!label->text().contains(read->credentials.bearerToken));
            QVERIFY(!label->text().contains(read->credentials.refreshToken));
        }
    }

    void stateMismatchIsRefused()
    {
        MemorySecretStore store;
        AccountDialog dialog;
        prepare(dialog, store, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QPushButton>(dialog, "signInButton")->click();
        auto *status = child<QLabel>(dialog, "signInStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"does not belong to this sign-in"_s), 10000);
        QVERIFY(!dialog.findChild<SignInSection *>()->hasNewSignIn());
        // The code that came with the wrong state was not exchanged.
        QCOMPARE(m_server->tokenRequestCount(), 0);
        QCOMPARE(child<QLineEdit>(dialog, "handleEdit")->text(), QString());
        QTRY_VERIFY(okButton(&dialog)->isEnabled()); // the account may still be saved, signed in later

        okButton(&dialog)->click();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(m_saved.has_value());
        QVERIFY(!store.contains(42));
    }

private:
    void prepare(AccountDialog &dialog, MemorySecretStore &store, bool alterState)
    {
        dialog.setSecretStore(&store);
        dialog.setSaveFunction([this](const Account &account, QString *) -> std::optional<qint64> {
            m_saved = account;
            return 42;
        });
        child<QLineEdit>(dialog, "nameEdit")->setText(u"Alice's Show"_s);
        child<QLineEdit>(dialog, "apiBaseUrlEdit")->setText(m_server->baseUrl().toString());
        child<QLineEdit>(dialog, "clientIdEdit")->setText(kClient);
        auto *section = dialog.findChild<SignInSection *>();
        QVERIFY(section);
        section->setAuthorizeUrl(m_server->authorizeUrl());
        const quint16 port = freePort();
        QVERIFY(port != 0);
        section->setPorts({port});
        section->setBrowser([this, alterState](const QUrl &url) {
            browse(url, alterState);
            return true;
        });
    }

    // The browser: X's page (auto-approved) redirects to the app's callback on 127.0.0.1; asynchronous,
    // as a real browser is.
    void browse(const QUrl &url, bool alterState)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        QNetworkReply *page = m_browserNam->get(request);
        connect(page, &QNetworkReply::finished, this, [this, page, alterState] {
            page->deleteLater();
            QUrl callback = QUrl::fromEncoded(page->rawHeader("Location"));
            if (alterState) {
                QUrlQuery query(callback);
                query.removeAllQueryItems(u"state"_s);
                query.addQueryItem(u"state"_s, u"someone-elses-state"_s);
                callback.setQuery(query);
            }
            QNetworkReply *landing = m_browserNam->get(QNetworkRequest(callback));
            connect(landing, &QNetworkReply::finished, landing, &QObject::deleteLater);
        });
    }

    QString m_outputDir;
    std::unique_ptr<LocalXServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_browserNam;
    std::optional<Account> m_saved;
};

QTEST_MAIN(SignInSectionTest)
#include "test_signinsection.moc"
