// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"
#include "domain/types.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace EpisodeDesk::Models {
class SecretStore;
class XClient;
struct SecretResult;
} // namespace EpisodeDesk::Models

namespace EpisodeDesk::Ui {

class SignInSection;

// Adds or edits one account: its public facts (a name, the kind — X, or Sandbox for the test server
// inside the app —, the @handle and X user id, and under "Advanced" the API base URL) and, for X
// accounts, how it signs in: with X (OAuth 2.0 with PKCE, SignInSection: the Client ID and the tokens
// of a sign-in in the browser; the default for new accounts) or with its four OAuth 1.0a keys.
//
//     auto *dialog = new AccountDialog(this);
//     dialog->setSecretStore(keychain);       // without one, the keys section is hidden
//     dialog->setAccount(account);            // id 0: a new account
//     dialog->setSaveFunction([](const Models::Account &a, QString *error) -> std::optional<qint64> { ... });
//     dialog->open();
//
// Keys go only to the SecretStore (the OS keychain), written after the save function stored the public
// facts and returned the account's id. They are typed into password fields and never shown again: an
// existing account's section says "stored in the keychain" with at most the last four characters of the
// consumer key; fields left empty keep the stored keys. "Check connection" asks GET /2/users/me with the
// typed (or stored) keys, asynchronously on the GUI thread, and fills in the handle and user id.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    // Stores the account (adding it when its id is 0) and returns its id; nullopt with *error on failure.
    using SaveFunction = std::function<std::optional<qint64>(const Models::Account &account, QString *error)>;

    explicit AccountDialog(QWidget *parent = nullptr);
    ~AccountDialog() override;

    void setAccount(const Models::Account &account);
    Models::Account account() const;
    void setSaveFunction(SaveFunction save);
    // Where the account's X keys live; without one the dialog edits the public facts only.
    void setSecretStore(Models::SecretStore *store);

    // How an account is named everywhere in the UI: "Name (@handle)", Sandbox accounts saying so.
    static QString displayName(const Models::Account &account);
    static QUrl defaultApiBaseUrl();

public Q_SLOTS:
    void accept() override;
    void checkConnection();

private:
    void updateForKind();
    void updateValidity();
    QGroupBox *createKeysSection();
    bool isSandbox() const;
    // An X account that signs in with X (OAuth 2.0) rather than with pasted keys.
    bool isOAuth2() const;
    // How many of the four key fields hold text.
    int typedKeyCount() const;
    Models::XCredentials typedCredentials() const;
    void readStoredKeys();
    void showStoredKeys(const Models::SecretResult &result);
    void checkWith(const Models::XCredentials &credentials);
    void setBusy(bool busy);
    void clearKeyFields();

    Models::Account m_account;
    SaveFunction m_save;
    QPointer<Models::SecretStore> m_secretStore;
    Models::XClient *m_client = nullptr; // created on the first check, with its network access manager
    bool m_busy = false;
    // The user id "Check connection" found for the keys as they are now; cleared when a key changes.
    QString m_checkedUserId;

    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindNote = nullptr;
    QLineEdit *m_handle = nullptr;
    QLabel *m_userId = nullptr;
    QLineEdit *m_apiBaseUrl = nullptr;
    QComboBox *m_auth = nullptr;
    QFormLayout *m_form = nullptr;
    SignInSection *m_signIn = nullptr;
    QGroupBox *m_keysGroup = nullptr;
    QLabel *m_keysState = nullptr;
    QLineEdit *m_consumerKey = nullptr;
    QLineEdit *m_consumerSecret = nullptr;
    QLineEdit *m_accessToken = nullptr;
    QLineEdit *m_accessTokenSecret = nullptr;
    QLabel *m_keysHint = nullptr;
    QPushButton *m_checkButton = nullptr;
    QLabel *m_connection = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace EpisodeDesk::Ui
