// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace EpisodeDesk::Models {
class SecretStore;
}

namespace EpisodeDesk::Ui {

// Adds or edits one account's public facts: a name, the kind (X, or Sandbox for the test server inside
// the app), the @handle and, under "Advanced", the API base URL. Used like EpisodeDialog: setAccount(),
// setSaveFunction(), open().
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    using SaveFunction = std::function<bool(const Models::Account &account, QString *error)>;

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

private:
    void updateForKind();
    void updateValidity();
    // The X keys (consumer key/secret, access token/secret) belong to the secrets/ keychain work and are
    // entered here, in their own group, never in the fields above: they must not reach the database.
    QGroupBox *createKeysSection();

    Models::Account m_account;
    SaveFunction m_save;
    QPointer<Models::SecretStore> m_secretStore;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_kindNote = nullptr;
    QLineEdit *m_handle = nullptr;
    QLineEdit *m_apiBaseUrl = nullptr;
    QGroupBox *m_keysGroup = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace EpisodeDesk::Ui
