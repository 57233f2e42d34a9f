// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"

#include <QGroupBox>
#include <QList>
#include <QPointer>
#include <QUrl>

#include <functional>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

namespace EpisodeDesk::Models {
class XSignIn;
} // namespace EpisodeDesk::Models

namespace EpisodeDesk::Ui {

// The account dialog's "Sign in with X" part: the Client ID of the user's own X app (public, stored
// with the account), the callback addresses to register there, and the button that runs
// Models::XSignIn — the browser opens X's page, EpisodeDesk waits on 127.0.0.1. The new tokens stay in
// this object (never shown, never logged) until the dialog is saved and writes them to the keychain.
class SignInSection final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInSection)

public:
    using BrowserFunction = std::function<bool(const QUrl &)>;

    explicit SignInSection(QWidget *parent = nullptr);
    ~SignInSection() override;

    QString clientId() const;
    void setClientId(const QString &clientId);
    // Read when the sign-in starts: the account's API address (its token endpoint is API/2/oauth2/token).
    void setApiBaseFunction(std::function<QUrl()> apiBase);
    // X's authorize page (the default is X's own) and the loopback ports: tests point them at the local
    // X server and a free port.
    void setAuthorizeUrl(const QUrl &url);
    void setPorts(const QList<quint16> &ports);
    // Opens the authorize address; QDesktopServices::openUrl by default. Tests act as the browser here.
    void setBrowser(BrowserFunction browser);
    // What the keychain says for an account already saved ("signed in on this computer", or not).
    void setStoredState(const QString &text);

    bool isSigningIn() const;
    bool hasNewSignIn() const { return m_tokens.hasOAuth2(); }
    Models::XCredentials newTokens() const { return m_tokens; }
    void clearNewSignIn();

public Q_SLOTS:
    void signIn();
    void cancelSignIn();

Q_SIGNALS:
    void signedIn(const QString &userId, const QString &username, const QString &name);
    void changed(); // the Client ID or the sign-in state changed

private:
    void updateButtons();

    QLineEdit *m_clientId = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_address = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<Models::XSignIn> m_signIn;
    std::function<QUrl()> m_apiBase;
    QUrl m_authorizeUrl;
    QList<quint16> m_ports;
    BrowserFunction m_browser;
    Models::XCredentials m_tokens;
};

} // namespace EpisodeDesk::Ui
