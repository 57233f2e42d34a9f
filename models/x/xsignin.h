// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QOAuth2AuthorizationCodeFlow;

namespace EpisodeDesk::Models {

class LoopbackReplyHandler;
class XClient;

// Sign in with X: OAuth 2.0 Authorization Code with PKCE for a public ("Native App") client, through
// Qt NetworkAuth's QOAuth2AuthorizationCodeFlow.
//
//     XSignIn signIn(&manager, {.clientId = id});
//     connect(&signIn, &XSignIn::authorizeUrlReady, [](const QUrl &url) { QDesktopServices::openUrl(url); });
//     connect(&signIn, &XSignIn::finished, [](const XSignIn::Result &r) { if (r.ok()) store(r.tokens); });
//     signIn.start();
//
// 1. Listens for X's redirect on 127.0.0.1 only (never every interface, which Qt 6.4's port-only
//    constructor of QOAuthHttpServerReplyHandler would do), on the first free port of `ports`, at
//    http://127.0.0.1:PORT/callback — the addresses the user registers in their X app.
// 2. authorizeUrlReady() gives X's authorize page with a random state and the S256 challenge of a
//    verifier that never leaves this object but in the code exchange (6.4 has no PKCE setter; both go
//    in through setModifyParametersFunction).
// 3. On the redirect: the state must be ours (else StateMismatch, and the code is never exchanged); the
//    code is exchanged at API_BASE/2/oauth2/token with the verifier; X's refusal (6.4 only logs it) is
//    read by our reply handler.
// 4. GET /2/users/me with the new bearer token says who signed in.
// finished() comes once: success, or an error with a sentence for the user. Tokens are never logged.
class XSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XSignIn)

public:
    struct Options
    {
        QString clientId;
        QUrl apiBase = QUrl(QStringLiteral("https://api.x.com"));
        QUrl authorizeUrl = QUrl(QStringLiteral("https://x.com/i/oauth2/authorize"));
        QList<quint16> ports = defaultPorts();
        std::chrono::milliseconds timeout {std::chrono::minutes(5)};
    };
    enum class Error
    {
        None,
        NoPort, // every port of the list is taken
        Denied, // the user (or X) refused on the authorize page
        StateMismatch, // the redirect did not come from this sign-in
        TokenRefused, // X refused the code (expired after 30 s, used, wrong verifier)
        Unreachable, // X's token endpoint or users/me did not answer
        TimedOut, // nobody came back within the timeout
    };
    struct Result
    {
        Error error = Error::None;
        QString message; // for the user; never a token
        XCredentials tokens; // bearerToken, refreshToken, bearerExpiresAt
        QString userId;
        QString username;
        QString name;

        bool ok() const { return error == Error::None; }
    };

    XSignIn(QNetworkAccessManager *manager, Options options, QObject *parent = nullptr);
    ~XSignIn() override;

    // The ports tried in order when none is given: the callback addresses the README asks users to
    // register in their X app are http://127.0.0.1:PORT/callback for each of them.
    static QList<quint16> defaultPorts();
    // What EpisodeDesk asks for: posting, reading its own posts (verification), who it is, refreshing
    // without the user (offline.access) and uploading images.
    static QString scopes();

    // Starts listening and asks for the authorize address (authorizeUrlReady, or finished with NoPort).
    void start();
    void cancel();
    QUrl callbackUrl() const;
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void authorizeUrlReady(const QUrl &url);
    void finished(const EpisodeDesk::Models::XSignIn::Result &result);

private:
    void onCallback(const QVariantMap &values);
    void onGranted();
    void fail(Error error, const QString &message);
    void succeed(Result result);

    QNetworkAccessManager *m_manager = nullptr; // not owned
    Options m_options;
    QOAuth2AuthorizationCodeFlow *m_flow = nullptr;
    LoopbackReplyHandler *m_handler = nullptr;
    XClient *m_client = nullptr;
    QTimer m_timeout;
    QByteArray m_verifier;
    QString m_state;
    bool m_running = false;
};

} // namespace EpisodeDesk::Models

Q_DECLARE_METATYPE(EpisodeDesk::Models::XSignIn::Result)
