// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "x/xsignin.h"

#include "x/pkce.h"
#include "x/xclient.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcSignIn, "episodedesk.x.signin")

// Qt 6.4 logs a refused token request and says nothing else (signals for it came in 6.6): this handler
// reads X's OAuth error itself and reports it, and passes everything else to Qt's.
class LoopbackReplyHandler final : public QOAuthHttpServerReplyHandler
{
    Q_OBJECT

public:
    using QOAuthHttpServerReplyHandler::QOAuthHttpServerReplyHandler;

    void networkReplyFinished(QNetworkReply *reply) override
    {
        if (reply->error() == QNetworkReply::NoError) {
            QOAuthHttpServerReplyHandler::networkReplyFinished(reply);
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->read(64 * 1024)).object();
        Q_EMIT tokenRequestFailed(status, answer.value(QLatin1String("error")).toString());
    }

Q_SIGNALS:
    void tokenRequestFailed(int httpStatus, const QString &oauthError);
};

XSignIn::XSignIn(QNetworkAccessManager *manager, Options options, QObject *parent)
    : QObject(parent), m_manager(manager), m_options(std::move(options))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(Error::TimedOut,
             tr("Nobody came back from X's sign-in page within %n minutes. Sign in again when "
                "you are ready.",
                nullptr, int(std::chrono::duration_cast<std::chrono::minutes>(m_options.timeout).count())));
    });
}

XSignIn::~XSignIn() = default;

QList<quint16> XSignIn::defaultPorts()
{
    return {8765, 8766, 8767};
}

QString XSignIn::scopes()
{
    return QStringLiteral("tweet.read tweet.write users.read offline.access media.write");
}

QUrl XSignIn::callbackUrl() const
{
    return m_handler ? QUrl(m_handler->callback()) : QUrl();
}

void XSignIn::start()
{
    Q_ASSERT(!m_running);
    m_running = true;
    for (const quint16 port : std::as_const(m_options.ports)) {
        auto *handler = new LoopbackReplyHandler(QHostAddress::LocalHost, port, this);
        if (handler->isListening()) {
            m_handler = handler;
            break;
        }
        qCInfo(lcSignIn) << "port" << port << "is taken; trying the next";
        delete handler;
    }
    if (!m_handler) {
        QStringList ports;
        for (const quint16 port : std::as_const(m_options.ports)) {
            ports.append(QString::number(port));
        }
        fail(Error::NoPort,
             tr("EpisodeDesk could not wait for X's answer: ports %1 on 127.0.0.1 are all in use. "
                "Close what uses them, or choose another port registered in your X app.")
                 .arg(ports.join(QStringLiteral(", "))));
        return;
    }
    m_handler->setCallbackPath(QStringLiteral("callback"));
    m_handler->setCallbackText(tr("EpisodeDesk has X's answer. You can close this tab and go back to EpisodeDesk."));

    m_verifier = Pkce::makeVerifier();
    m_state = QString::fromLatin1(Pkce::makeState());
    m_flow = new QOAuth2AuthorizationCodeFlow(m_manager, this);
    m_flow->setAuthorizationUrl(m_options.authorizeUrl);
    m_flow->setAccessTokenUrl(XClient::endpoint(m_options.apiBase, QStringLiteral("/2/oauth2/token")));
    m_flow->setClientIdentifier(m_options.clientId);
    m_flow->setScope(scopes());
    m_flow->setState(m_state);
    m_flow->setReplyHandler(m_handler);
    const QByteArray verifier = m_verifier;
    m_flow->setModifyParametersFunction(
        [verifier](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
            if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
                parameters->insert(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::challenge(verifier)));
                parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
                parameters->insert(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
                // A public client has no secret: 6.4 would send an empty one.
                parameters->remove(QStringLiteral("client_secret"));
            }
        });
    // Before grant() connects the flow's own handler: a redirect with another state is refused here,
    // and the flow (which only logs it) never exchanges its code.
    connect(m_handler, &QAbstractOAuthReplyHandler::callbackReceived, this, &XSignIn::onCallback);
    connect(m_handler, &LoopbackReplyHandler::tokenRequestFailed, this, [this](int status, const QString &error) {
        qCWarning(lcSignIn) << "X refused the code exchange: HTTP" << status << error;
        if (status == 400 || status == 401) {
            fail(Error::TokenRefused,
                 error == QLatin1String("invalid_grant")
                     ? tr("X did not accept the sign-in code: it expires 30 seconds after you approve, and works "
                          "once. Sign in again.")
                     : tr("X refused the sign-in (%1). Check the Client ID of your X app and sign in again.")
                           .arg(error.isEmpty() ? tr("HTTP %1").arg(status) : error));
        } else {
            fail(Error::Unreachable,
                 tr("X's sign-in service did not answer (%1). Try again in a moment.")
                     .arg(status > 0 ? tr("HTTP %1").arg(status) : tr("no connection")));
        }
    });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, &XSignIn::authorizeUrlReady);
    connect(m_flow, &QAbstractOAuth::granted, this, &XSignIn::onGranted);
    m_timeout.start(m_options.timeout);
    qCInfo(lcSignIn) << "waiting for X's answer at" << m_handler->callback();
    m_flow->grant();
}

void XSignIn::cancel()
{
    if (m_running) {
        fail(Error::TimedOut, tr("The sign-in was cancelled."));
    }
}

void XSignIn::onCallback(const QVariantMap &values)
{
    if (!m_running) {
        return;
    }
    if (values.value(QStringLiteral("state")).toString() != m_state) {
        qCWarning(lcSignIn) << "a redirect with another state reached the callback; its code is not used";
        fail(Error::StateMismatch,
             tr("The answer that reached EpisodeDesk does not belong to this sign-in, so it "
                "was not used. Sign in again."));
        return;
    }
    if (values.contains(QStringLiteral("error"))) {
        const QString error = values.value(QStringLiteral("error")).toString();
        fail(Error::Denied,
             error == QLatin1String("access_denied")
                 ? tr("The sign-in was not approved on X's page. Nothing was changed.")
                 : tr("X's sign-in page answered with an error (%1). Sign in again.").arg(error));
    }
}

void XSignIn::onGranted()
{
    if (!m_running) {
        return;
    }
    Result result;
    result.tokens.bearerToken = m_flow->token();
    result.tokens.refreshToken = m_flow->refreshToken();
    result.tokens.bearerExpiresAt = m_flow->expirationAt().toUTC();
    if (result.tokens.bearerToken.isEmpty()) {
        fail(Error::TokenRefused, tr("X's answer held no access token. Sign in again."));
        return;
    }
    if (result.tokens.refreshToken.isEmpty()) {
        // Without offline.access there is no refresh token: posting would stop working in two hours.
        qCWarning(lcSignIn) << "X granted no refresh token";
    }
    m_client = new XClient(m_manager, this);
    m_client->usersMe(m_options.apiBase, result.tokens, this, [this, result](const XUsersMeResult &me) mutable {
        if (!me.ok) {
            fail(Error::Unreachable,
                 tr("Signed in, but X did not say which account it is (%1). Sign in again.")
                     .arg(me.message.isEmpty() ? tr("HTTP %1").arg(me.httpStatus) : me.message));
            return;
        }
        result.userId = me.user.id;
        result.username = me.user.username;
        result.name = me.user.name;
        succeed(result);
    });
}

void XSignIn::fail(Error error, const QString &message)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_timeout.stop();
    if (m_handler) {
        m_handler->close();
    }
    Result result;
    result.error = error;
    result.message = message;
    Q_EMIT finished(result);
}

void XSignIn::succeed(Result result)
{
    m_running = false;
    m_timeout.stop();
    m_handler->close();
    qCInfo(lcSignIn) << "signed in as" << result.username;
    Q_EMIT finished(result);
}

} // namespace EpisodeDesk::Models

#include "xsignin.moc"
