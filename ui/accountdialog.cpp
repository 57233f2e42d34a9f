// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdialog.h"

#include "messagebox.h"
#include "secrets/secretstore.h"
#include "signinsection.h"
#include "x/xclient.h"
#include "x/xnetworkaccessmanager.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcAccountDialog, "episodedesk.ui.accountdialog")

using Models::AccountKind;

namespace {

// "Check connection" is one small request: a person waits for it, so it gives up sooner than a post.
constexpr std::chrono::seconds checkTimeout {15};

QString stripAt(const QString &handle)
{
    QString trimmed = handle.trimmed();
    return trimmed.startsWith(QLatin1Char('@')) ? trimmed.mid(1) : trimmed;
}

bool isUsableBaseUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
        (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

AccountDialog::AccountDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("accountDialog"));
    setMinimumWidth(460);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Required, e.g. My Show"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("X"), QVariant::fromValue(int(AccountKind::X)));
    m_kind->addItem(tr("Sandbox — posts to the local test server only"),
                    QVariant::fromValue(int(AccountKind::Sandbox)));
    m_kindNote = new QLabel(this);
    m_kindNote->setObjectName(QStringLiteral("kindNote"));
    m_kindNote->setWordWrap(true);

    m_handle = new QLineEdit(this);
    m_handle->setObjectName(QStringLiteral("handleEdit"));
    m_handle->setPlaceholderText(tr("@yourshow"));
    // X handles: up to 15 letters, digits or underscores; the @ is optional when typing.
    m_handle->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("@?[A-Za-z0-9_]{0,15}")), m_handle));

    m_apiBaseUrl = new QLineEdit(this);
    m_apiBaseUrl->setObjectName(QStringLiteral("apiBaseUrlEdit"));
    m_apiBaseUrl->setToolTip(tr("Where this account's posts are sent. Leave it at %1 unless you know you need "
                                "another address.")
                                 .arg(defaultApiBaseUrl().toString()));
    auto *advanced = new QGroupBox(tr("Advanced"), this);
    advanced->setObjectName(QStringLiteral("advancedGroup"));
    auto *advancedForm = new QFormLayout(advanced);
    advancedForm->addRow(tr("API &base URL:"), m_apiBaseUrl);

    m_userId = new QLabel(this);
    m_userId->setObjectName(QStringLiteral("userIdLabel"));
    m_userId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_userId->setToolTip(tr("X's number for this account, filled in by Check connection"));

    m_auth = new QComboBox(this);
    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_auth->addItem(tr("Sign in with X (recommended)"), QVariant::fromValue(int(Models::AccountAuth::OAuth2)));
    m_auth->addItem(tr("Keys from X's developer portal"), QVariant::fromValue(int(Models::AccountAuth::OAuth1)));

    auto *form = new QFormLayout;
    m_form = form;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_kindNote);
    form->addRow(tr("&Signs in:"), m_auth);
    form->addRow(tr("&Handle:"), m_handle);
    form->addRow(tr("X user ID:"), m_userId);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    m_keysGroup = createKeysSection();
    m_signIn = new SignInSection(this);
    m_signIn->setApiBaseFunction([this] { return QUrl::fromUserInput(m_apiBaseUrl->text().trimmed()); });
    m_signIn->setVisible(false);
    connect(m_signIn, &SignInSection::changed, this, &AccountDialog::updateValidity);
    connect(m_signIn, &SignInSection::signedIn, this,
            [this](const QString &userId, const QString &username, const QString &) {
                m_handle->setText(QLatin1Char('@') + username);
                m_userId->setText(userId);
                m_checkedUserId = userId; // after setText: as for Check Connection
                updateValidity();
            });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_signIn);
    layout->addWidget(m_keysGroup);
    layout->addWidget(advanced);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &AccountDialog::updateValidity);
    connect(m_apiBaseUrl, &QLineEdit::textChanged, this, &AccountDialog::updateValidity);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AccountDialog::updateForKind);
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateForKind();
        readStoredKeys();
    });

    Models::Account fresh;
    fresh.apiBaseUrl = defaultApiBaseUrl();
    fresh.auth = Models::AccountAuth::OAuth2; // X's recommended path for an app acting for a user
    setAccount(fresh);
}

AccountDialog::~AccountDialog() = default;

QUrl AccountDialog::defaultApiBaseUrl()
{
    return QUrl(QStringLiteral("https://api.x.com"));
}

QString AccountDialog::displayName(const Models::Account &account)
{
    const QString name = account.handle.isEmpty() ? account.name : tr("%1 (@%2)").arg(account.name, account.handle);
    if (account.kind == AccountKind::Sandbox) {
        return tr("%1 (Sandbox — posts to the local test server only)").arg(name);
    }
    return name;
}

QGroupBox *AccountDialog::createKeysSection()
{
    auto *group = new QGroupBox(tr("X keys"), this);
    group->setObjectName(QStringLiteral("keysGroup"));
    auto *note = new QLabel(tr("The four keys of your app on X's developer site (Keys and tokens), with read "
                               "and write access. EpisodeDesk keeps them in your system keychain, never in its "
                               "database, and does not show them again."),
                            group);
    note->setWordWrap(true);

    m_keysState = new QLabel(group);
    m_keysState->setObjectName(QStringLiteral("keysStateLabel"));
    m_keysState->setWordWrap(true);
    m_keysState->setTextFormat(Qt::PlainText);

    auto keyField = [group, this](const char *name, const QString &accessibleName) {
        auto *edit = new QLineEdit(group);
        edit->setObjectName(QLatin1String(name));
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(accessibleName);
        // Secrets are pasted, not typed: no autocompletion, no input method guessing.
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                  Qt::ImhNoAutoUppercase);
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_checkedUserId.clear(); // other keys may belong to another account
            updateValidity();
        });
        return edit;
    };
    m_consumerKey = keyField("consumerKeyEdit", tr("Consumer key"));
    m_consumerSecret = keyField("consumerSecretEdit", tr("Consumer secret"));
    m_accessToken = keyField("accessTokenEdit", tr("Access token"));
    m_accessTokenSecret = keyField("accessTokenSecretEdit", tr("Access token secret"));

    m_keysHint = new QLabel(group);
    m_keysHint->setObjectName(QStringLiteral("keysHint"));
    m_keysHint->setWordWrap(true);

    m_checkButton = new QPushButton(tr("&Check Connection"), group);
    m_checkButton->setObjectName(QStringLiteral("checkConnectionButton"));
    m_checkButton->setAutoDefault(false);
    m_checkButton->setToolTip(tr("Ask X which account these keys belong to, and fill in its handle and user ID"));
    connect(m_checkButton, &QPushButton::clicked, this, &AccountDialog::checkConnection);
    m_connection = new QLabel(group);
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_connection->setWordWrap(true);
    m_connection->setTextFormat(Qt::PlainText);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkButton, 0, Qt::AlignTop);
    checkRow->addWidget(m_connection, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Consumer &key (API key):"), m_consumerKey);
    form->addRow(tr("Consumer &secret:"), m_consumerSecret);
    form->addRow(tr("Access &token:"), m_accessToken);
    form->addRow(tr("Access token s&ecret:"), m_accessTokenSecret);

    auto *layout = new QVBoxLayout(group);
    layout->addWidget(note);
    layout->addWidget(m_keysState);
    layout->addLayout(form);
    layout->addWidget(m_keysHint);
    layout->addLayout(checkRow);
    // Shown only once a keychain is connected (setSecretStore) and only for X accounts: Sandbox accounts
    // sign with keys the built-in test server issues itself.
    group->setVisible(false);
    return group;
}

bool AccountDialog::isOAuth2() const
{
    return !isSandbox() &&
        static_cast<Models::AccountAuth>(m_auth->currentData().toInt()) == Models::AccountAuth::OAuth2;
}

bool AccountDialog::isSandbox() const
{
    return static_cast<AccountKind>(m_kind->currentData().toInt()) == AccountKind::Sandbox;
}

int AccountDialog::typedKeyCount() const
{
    int count = 0;
    for (const QLineEdit *edit : {m_consumerKey, m_consumerSecret, m_accessToken, m_accessTokenSecret}) {
        count += edit->text().trimmed().isEmpty() ? 0 : 1;
    }
    return count;
}

Models::XCredentials AccountDialog::typedCredentials() const
{
    return {m_consumerKey->text().trimmed(), m_consumerSecret->text().trimmed(), m_accessToken->text().trimmed(),
            m_accessTokenSecret->text().trimmed()};
}

void AccountDialog::clearKeyFields()
{
    for (QLineEdit *edit : {m_consumerKey, m_consumerSecret, m_accessToken, m_accessTokenSecret}) {
        edit->clear();
    }
}

void AccountDialog::readStoredKeys()
{
    if (isOAuth2()) {
        if (m_secretStore && m_account.id != 0 && m_account.auth == Models::AccountAuth::OAuth2) {
            m_signIn->setStoredState(tr("Looking for this account's sign-in in the keychain…"));
            m_secretStore->readCredentials(m_account.id, this, [this](const Models::SecretResult &result) {
                if (result.ok && result.credentials.hasOAuth2()) {
                    m_signIn->setStoredState(tr("Signed in with X on this computer."));
                } else if (result.ok || result.error == Models::SecretError::NotFound) {
                    m_signIn->setStoredState(tr("Not signed in on this computer: sign in to post from it here."));
                } else {
                    m_signIn->setStoredState(result.message);
                }
            });
        } else {
            m_signIn->setStoredState(tr("Enter your X app's Client ID, then sign in."));
        }
        return;
    }
    if (!m_secretStore || m_account.id == 0 || isSandbox()) {
        m_keysState->setText(m_account.id == 0 ? tr("Enter the four keys now, or save the account and add them later.")
                                               : QString());
        m_keysState->setVisible(m_account.id == 0);
        return;
    }
    m_keysState->setVisible(true);
    m_keysState->setText(tr("Looking for this account's keys in the keychain…"));
    m_secretStore->readCredentials(m_account.id, this,
                                   [this](const Models::SecretResult &result) { showStoredKeys(result); });
}

void AccountDialog::showStoredKeys(const Models::SecretResult &result)
{
    if (result.ok && result.credentials.isComplete()) {
        // The last four characters tell two apps' keys apart without giving the key away.
        const QString key = result.credentials.consumerKey;
        m_keysState->setText(key.size() > 8 ? tr("Stored in the keychain (consumer key ending in …%1). Leave the "
                                                 "fields empty to keep them.")
                                                  .arg(key.right(4))
                                            : tr("Stored in the keychain. Leave the fields empty to keep them."));
    } else if (result.ok || result.error == Models::SecretError::NotFound) {
        m_keysState->setText(tr("No keys stored yet: enter the four keys to post from this account."));
    } else {
        m_keysState->setText(tr("%1 You can still save the account's other settings.").arg(result.message));
    }
}

void AccountDialog::setSecretStore(Models::SecretStore *store)
{
    m_secretStore = store;
    updateForKind();
    readStoredKeys();
}

void AccountDialog::setAccount(const Models::Account &account)
{
    m_account = account;
    const bool isNew = account.id == 0;
    setWindowTitle(isNew ? tr("New Account") : tr("Edit Account"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(isNew ? tr("Add Account") : tr("Save"));
    m_name->setText(account.name);
    m_kind->setCurrentIndex(m_kind->findData(int(account.kind)));
    {
        const QSignalBlocker blocker(m_auth); // readStoredKeys() below reads once, for the final choice
        m_auth->setCurrentIndex(m_auth->findData(int(account.auth)));
    }
    m_signIn->setClientId(account.clientId);
    m_signIn->clearNewSignIn();
    m_handle->setText(account.handle.isEmpty() ? QString() : QLatin1Char('@') + account.handle);
    const QUrl url = account.apiBaseUrl.isEmpty() ? defaultApiBaseUrl() : account.apiBaseUrl;
    m_apiBaseUrl->setText(url.toString());
    m_userId->setText(account.xUserId.isEmpty() ? tr("not known yet") : account.xUserId);
    clearKeyFields();
    m_checkedUserId.clear();
    m_connection->clear();
    m_name->setFocus();
    updateForKind();
    readStoredKeys();
}

Models::Account AccountDialog::account() const
{
    Models::Account account = m_account;
    account.name = m_name->text().trimmed();
    account.kind = static_cast<AccountKind>(m_kind->currentData().toInt());
    account.auth = account.kind == AccountKind::Sandbox
        ? Models::AccountAuth::OAuth1
        : static_cast<Models::AccountAuth>(m_auth->currentData().toInt());
    account.clientId = account.auth == Models::AccountAuth::OAuth2 ? m_signIn->clientId() : QString();
    account.handle = stripAt(m_handle->text());
    // A Sandbox account has no address of its own: the test server inside the app picks a free port
    // each run, and the poster knows it. Storing api.x.com here would only mislead.
    account.apiBaseUrl =
        account.kind == AccountKind::Sandbox ? QUrl() : QUrl::fromUserInput(m_apiBaseUrl->text().trimmed());
    if (!m_checkedUserId.isEmpty()) {
        account.xUserId = m_checkedUserId;
    } else if (typedKeyCount() > 0) {
        // New keys may be another account's: verification asks X again instead of trusting the old id.
        account.xUserId.clear();
    }
    return account;
}

void AccountDialog::setSaveFunction(SaveFunction save)
{
    m_save = std::move(save);
}

void AccountDialog::updateForKind()
{
    const bool sandbox = isSandbox();
    m_kindNote->setText(sandbox ? tr("Tweets go to EpisodeDesk's built-in test server and nowhere else: a safe "
                                     "way to try the whole workflow.")
                                : tr("Tweets are published on X for everyone to see."));
    m_apiBaseUrl->setEnabled(!sandbox);
    m_form->setRowVisible(m_auth, !sandbox);
    m_keysGroup->setVisible(!sandbox && !isOAuth2() && m_secretStore);
    m_signIn->setVisible(isOAuth2() && m_secretStore);
    updateValidity();
}

void AccountDialog::updateValidity()
{
    const Models::Account current = account();
    const bool urlOk = current.kind == AccountKind::Sandbox || isUsableBaseUrl(current.apiBaseUrl);
    const bool keysUsed = m_keysGroup->isVisibleTo(this);
    const int typed = keysUsed ? typedKeyCount() : 0;
    // Four keys, or none (keep the stored ones): three new keys and one old one would never sign.
    const bool keysOk = typed == 0 || typed == 4;
    m_keysHint->setText(keysOk ? QString() : tr("Enter all four keys, or none to keep the stored ones."));
    m_keysHint->setVisible(!keysOk);
    // Saving waits for a sign-in under way; an account may be saved before it signs in (like keys added
    // later), and then says "sign in" in the accounts list.
    const bool signInOk = !isOAuth2() || !m_signIn->isSigningIn();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && urlOk && keysOk && signInOk && !current.name.isEmpty());
    m_checkButton->setEnabled(!m_busy && urlOk && keysOk && (typed == 4 || (m_account.id != 0 && m_secretStore)));
}

void AccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateValidity();
}

void AccountDialog::checkConnection()
{
    if (m_busy || isSandbox()) {
        return;
    }
    const int typed = typedKeyCount();
    if (typed == 4) {
        checkWith(typedCredentials());
        return;
    }
    if (typed != 0 || !m_secretStore || m_account.id == 0) {
        m_connection->setText(tr("Enter the four keys first."));
        return;
    }
    // No keys typed: check the stored ones, read for this one request and not kept.
    setBusy(true);
    m_connection->setText(tr("Reading the keys from the keychain…"));
    m_secretStore->readCredentials(m_account.id, this, [this](const Models::SecretResult &result) {
        setBusy(false);
        if (!result.ok || !result.credentials.isComplete()) {
            m_connection->setText(result.ok ? Models::SecretStore::errorString(Models::SecretError::NotFound)
                                            : result.message);
            return;
        }
        checkWith(result.credentials);
    });
}

void AccountDialog::checkWith(const Models::XCredentials &credentials)
{
    if (!m_client) {
        // The same network policy as the posting worker's (https, or http to this computer only), but on
        // the GUI thread: one short asynchronous request, answered through the event loop.
        auto *network = new Models::XNetworkAccessManager(this);
        m_client = new Models::XClient(network, this);
        m_client->setTimeout(checkTimeout);
    }
    setBusy(true);
    m_connection->setText(tr("Asking X which account these keys belong to…"));
    const QUrl base = QUrl::fromUserInput(m_apiBaseUrl->text().trimmed());
    m_client->usersMe(base, credentials, this, [this](const Models::XUsersMeResult &result) {
        setBusy(false);
        if (!result.ok) {
            qCInfo(lcAccountDialog) << "connection check failed:" << Models::xErrorCategoryName(result.category)
                                    << result.httpStatus;
            m_connection->setText(result.category == Models::XErrorCategory::Auth
                                      ? tr("X did not accept these keys: %1").arg(result.message)
                                      : tr("Could not check: %1").arg(result.message));
            return;
        }
        m_handle->setText(QLatin1Char('@') + result.user.username);
        m_userId->setText(result.user.id);
        m_checkedUserId = result.user.id; // after setText: editing the handle does not clear it
        m_connection->setText(
            tr("Connected: these keys post as @%1 (%2).").arg(result.user.username, result.user.name));
        updateValidity();
    });
}

void AccountDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
        return;
    }
    const Models::Account edited = account();
    std::optional<qint64> id = edited.id;
    if (m_save) {
        QString error;
        id = m_save(edited, &error);
        if (!id) {
            MessageBox::warning(this, tr("Account Not Saved"), tr("The account could not be saved. %1").arg(error));
            return;
        }
    }
    // From here on the account exists: pressing OK again (after a keychain failure) updates it.
    m_account = edited;
    m_account.id = *id;
    const bool oauth2 = isOAuth2();
    const bool writeKeys =
        m_secretStore && !isSandbox() && *id != 0 && (oauth2 ? m_signIn->hasNewSignIn() : typedKeyCount() == 4);
    if (!writeKeys) {
        QDialog::accept();
        return;
    }
    setBusy(true);
    m_keysState->setVisible(true);
    m_keysState->setText(tr("Saving the keys in the keychain…"));
    const Models::XCredentials secrets = oauth2 ? m_signIn->newTokens() : typedCredentials();
    m_secretStore->writeCredentials(*id, secrets, this, [this](const Models::SecretResult &result) {
        setBusy(false);
        if (result.ok) {
            clearKeyFields();
            m_signIn->clearNewSignIn();
            QDialog::accept();
            return;
        }
        qCWarning(lcAccountDialog) << "keys of account" << m_account.id << "not saved:" << int(result.error);
        m_keysState->setText(tr("The account is saved, but its keys are not: %1").arg(result.message));
        MessageBox::warning(
            this, tr("Keys Not Saved"),
            tr("The account is saved, but its keys could not be put in the keychain. %1").arg(result.message));
    });
}

} // namespace EpisodeDesk::Ui
