// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdialog.h"

#include "messagebox.h"
#include "secrets/secretstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace EpisodeDesk::Ui {

using Models::AccountKind;

namespace {

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

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_kindNote);
    form->addRow(tr("&Handle:"), m_handle);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    m_keysGroup = createKeysSection();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keysGroup);
    layout->addWidget(advanced);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &AccountDialog::updateValidity);
    connect(m_apiBaseUrl, &QLineEdit::textChanged, this, &AccountDialog::updateValidity);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AccountDialog::updateForKind);

    Models::Account fresh;
    fresh.apiBaseUrl = defaultApiBaseUrl();
    setAccount(fresh);
}

AccountDialog::~AccountDialog() = default;

QUrl AccountDialog::defaultApiBaseUrl()
{
    return QUrl(QStringLiteral("https://api.x.com"));
}

QString AccountDialog::displayName(const Models::Account &account)
{
    QString name = account.handle.isEmpty() ? account.name : tr("%1 (@%2)").arg(account.name, account.handle);
    if (account.kind == AccountKind::Sandbox) {
        name = tr("%1 (Sandbox — posts to the local test server only)").arg(name);
    }
    return name;
}

QGroupBox *AccountDialog::createKeysSection()
{
    auto *group = new QGroupBox(tr("X keys"), this);
    group->setObjectName(QStringLiteral("keysGroup"));
    auto *layout = new QVBoxLayout(group);
    auto *note = new QLabel(tr("EpisodeDesk keeps this account's keys in your system keychain, never in its "
                               "database."),
                            group);
    note->setWordWrap(true);
    layout->addWidget(note);
    // Shown only once a keychain is connected (setSecretStore) and only for X accounts: Sandbox accounts
    // sign with keys the built-in test server issues itself.
    group->setVisible(false);
    return group;
}

void AccountDialog::setSecretStore(Models::SecretStore *store)
{
    m_secretStore = store;
    updateForKind();
}

void AccountDialog::setAccount(const Models::Account &account)
{
    m_account = account;
    const bool isNew = account.id == 0;
    setWindowTitle(isNew ? tr("New Account") : tr("Edit Account"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(isNew ? tr("Add Account") : tr("Save"));
    m_name->setText(account.name);
    m_kind->setCurrentIndex(m_kind->findData(int(account.kind)));
    m_handle->setText(account.handle.isEmpty() ? QString() : QLatin1Char('@') + account.handle);
    const QUrl url = account.apiBaseUrl.isEmpty() ? defaultApiBaseUrl() : account.apiBaseUrl;
    m_apiBaseUrl->setText(url.toString());
    m_name->setFocus();
    updateForKind();
}

Models::Account AccountDialog::account() const
{
    Models::Account account = m_account;
    account.name = m_name->text().trimmed();
    account.kind = static_cast<AccountKind>(m_kind->currentData().toInt());
    account.handle = stripAt(m_handle->text());
    // A Sandbox account has no address of its own: the test server inside the app picks a free port
    // each run, and the poster knows it. Storing api.x.com here would only mislead.
    account.apiBaseUrl =
        account.kind == AccountKind::Sandbox ? QUrl() : QUrl::fromUserInput(m_apiBaseUrl->text().trimmed());
    return account;
}

void AccountDialog::setSaveFunction(SaveFunction save)
{
    m_save = std::move(save);
}

void AccountDialog::updateForKind()
{
    const bool sandbox = static_cast<AccountKind>(m_kind->currentData().toInt()) == AccountKind::Sandbox;
    m_kindNote->setText(sandbox ? tr("Tweets go to EpisodeDesk's built-in test server and nowhere else: a safe "
                                     "way to try the whole workflow.")
                                : tr("Tweets are published on X for everyone to see."));
    m_apiBaseUrl->setEnabled(!sandbox);
    m_keysGroup->setVisible(!sandbox && m_secretStore);
    updateValidity();
}

void AccountDialog::updateValidity()
{
    const Models::Account current = account();
    const bool urlOk = current.kind == AccountKind::Sandbox || isUsableBaseUrl(current.apiBaseUrl);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(urlOk && !current.name.isEmpty());
}

void AccountDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
        return;
    }
    if (m_save) {
        QString error;
        if (!m_save(account(), &error)) {
            MessageBox::warning(this, tr("Account Not Saved"), tr("The account could not be saved. %1").arg(error));
            return;
        }
    }
    QDialog::accept();
}

} // namespace EpisodeDesk::Ui
