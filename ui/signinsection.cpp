// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signinsection.h"

#include "x/xnetworkaccessmanager.h"
#include "x/xsignin.h"

#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcSignInSection, "episodedesk.ui.signin")

SignInSection::SignInSection(QWidget *parent)
    : QGroupBox(tr("Sign in with X"), parent),
      m_authorizeUrl(Models::XSignIn::Options().authorizeUrl),
      m_ports(Models::XSignIn::defaultPorts()),
      m_browser([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("signInGroup"));
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setPlaceholderText(tr("From your app's “Keys and tokens” page on developer.x.com"));
    m_clientId->setToolTip(tr("The OAuth 2.0 Client ID of your X app. It is not a secret; EpisodeDesk keeps it "
                              "with the account."));

    QStringList callbacks;
    for (const quint16 port : std::as_const(m_ports)) {
        callbacks.append(QStringLiteral("http://127.0.0.1:%1/callback").arg(port));
    }
    auto *help = new QLabel(tr("In your X app's User authentication settings choose “Native App” and add these "
                               "callback addresses: %1. Then sign in here; your browser opens X's page.")
                                .arg(callbacks.join(QStringLiteral(", "))),
                            this);
    help->setObjectName(QStringLiteral("signInHelp"));
    help->setWordWrap(true);
    help->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_signInButton = new QPushButton(tr("Sign in with &X…"), this);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAutoDefault(false);
    m_cancelButton = new QPushButton(tr("Stop Waiting"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelSignInButton"));
    m_cancelButton->setAutoDefault(false);
    m_cancelButton->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_signInButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    // For a browser that did not open: the address to paste into one.
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("authorizeAddress"));
    m_address->setReadOnly(true);
    m_address->setAccessibleName(tr("Address of X's sign-in page"));
    m_address->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Client ID:"), m_clientId);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(help);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_address);

    m_network = new Models::XNetworkAccessManager(this);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInSection::signIn);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInSection::cancelSignIn);
    connect(m_clientId, &QLineEdit::textChanged, this, [this] {
        updateButtons();
        Q_EMIT changed();
    });
    updateButtons();
}

SignInSection::~SignInSection() = default;

QString SignInSection::clientId() const
{
    return m_clientId->text().trimmed();
}

void SignInSection::setClientId(const QString &clientId)
{
    m_clientId->setText(clientId);
}

void SignInSection::setApiBaseFunction(std::function<QUrl()> apiBase)
{
    m_apiBase = std::move(apiBase);
}

void SignInSection::setAuthorizeUrl(const QUrl &url)
{
    m_authorizeUrl = url;
}

void SignInSection::setPorts(const QList<quint16> &ports)
{
    m_ports = ports;
}

void SignInSection::setBrowser(BrowserFunction browser)
{
    m_browser = std::move(browser);
}

void SignInSection::setStoredState(const QString &text)
{
    if (!isSigningIn() && !hasNewSignIn()) {
        m_status->setText(text);
    }
}

bool SignInSection::isSigningIn() const
{
    return m_signIn && m_signIn->isRunning();
}

void SignInSection::clearNewSignIn()
{
    m_tokens = {};
    updateButtons();
}

void SignInSection::signIn()
{
    if (isSigningIn() || clientId().isEmpty()) {
        return;
    }
    Models::XSignIn::Options options;
    options.clientId = clientId();
    if (m_apiBase) {
        options.apiBase = m_apiBase();
    }
    options.authorizeUrl = m_authorizeUrl;
    options.ports = m_ports;
    delete m_signIn;
    m_signIn = new Models::XSignIn(m_network, options, this);
    connect(m_signIn, &Models::XSignIn::authorizeUrlReady, this, [this](const QUrl &url) {
        m_address->setText(url.toString(QUrl::FullyEncoded));
        m_address->show();
        const bool opened = m_browser && m_browser(url);
        m_status->setText(opened ? tr("Waiting for X… Approve EpisodeDesk in your browser, then come back here.")
                                 : tr("Your browser did not open. Open this address in it to sign in:"));
    });
    connect(m_signIn, &Models::XSignIn::finished, this, [this](const Models::XSignIn::Result &result) {
        m_address->hide();
        m_address->clear();
        if (!result.ok()) {
            qCInfo(lcSignInSection) << "sign-in did not finish:" << int(result.error);
            m_status->setText(result.message);
        } else {
            m_tokens = result.tokens;
            m_status->setText(tr("Signed in as @%1. Save the account to keep the sign-in in this computer's "
                                 "keychain.")
                                  .arg(result.username));
            Q_EMIT signedIn(result.userId, result.username, result.name);
        }
        updateButtons();
        Q_EMIT changed();
    });
    m_status->setText(tr("Starting the sign-in…"));
    m_signIn->start();
    updateButtons();
    Q_EMIT changed();
}

void SignInSection::cancelSignIn()
{
    if (m_signIn) {
        m_signIn->cancel();
    }
}

void SignInSection::updateButtons()
{
    const bool running = isSigningIn();
    m_signInButton->setEnabled(!running && !clientId().isEmpty());
    m_signInButton->setText(hasNewSignIn() ? tr("Sign in &Again…") : tr("Sign in with &X…"));
    m_cancelButton->setVisible(running);
    m_clientId->setEnabled(!running);
}

} // namespace EpisodeDesk::Ui
