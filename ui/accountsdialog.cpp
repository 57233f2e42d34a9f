// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountsdialog.h"

#include "accountdialog.h"
#include "messagebox.h"
#include "posting/postingstore.h"
#include "postingnotes.h"
#include "secrets/secretstore.h"
#include "store/accountstore.h"
#include "store/settingsstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcAccountsDialog, "episodedesk.ui.accountsdialog")

namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

AccountsDialog::AccountsDialog(const QSqlDatabase &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    resize(520, 340);

    auto *intro = new QLabel(tr("The accounts your tweets go out on."), this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setAlternatingRowColors(true);

    auto *addButton = new QPushButton(tr("&Add…"), this);
    addButton->setObjectName(QStringLiteral("addAccountButton"));
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editAccountButton"));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeAccountButton"));
    // Buttons of the list must not steal Return from Close.
    for (QPushButton *button : {addButton, m_editButton, m_removeButton}) {
        button->setAutoDefault(false);
    }

    auto *side = new QVBoxLayout;
    side->addWidget(addButton);
    side->addWidget(m_editButton);
    side->addWidget(m_removeButton);
    side->addStretch();

    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);

    m_limitsLabel = new QLabel(this);
    m_limitsLabel->setObjectName(QStringLiteral("accountLimitsLabel"));
    m_limitsLabel->setWordWrap(true);
    m_limitsLabel->setTextFormat(Qt::PlainText);
    m_resumeButton = new QPushButton(tr("Resume &Posting"), this);
    m_resumeButton->setObjectName(QStringLiteral("resumePostingButton"));
    m_resumeButton->setToolTip(tr("You raised the usage cap on X: let this account's tweets go out again"));
    m_resumeButton->setAutoDefault(false);
    m_resumeButton->hide();
    m_addKeysButton = new QPushButton(tr("Add &Keys…"), this);
    m_addKeysButton->setObjectName(QStringLiteral("addKeysButton"));
    m_addKeysButton->setToolTip(tr("Enter this account's X keys on this computer"));
    m_addKeysButton->setAutoDefault(false);
    m_addKeysButton->hide();
    auto *limitsRow = new QHBoxLayout;
    limitsRow->addWidget(m_limitsLabel, 1);
    limitsRow->addWidget(m_resumeButton);
    limitsRow->addWidget(m_addKeysButton);

    m_usageLabel = new QLabel(this);
    m_usageLabel->setObjectName(QStringLiteral("accountUsageLabel"));
    m_usageLabel->setWordWrap(true);
    m_usageLabel->setTextFormat(Qt::PlainText);
    m_usageLabel->setToolTip(tr("What X billed this account this calendar month, at the prices in Preferences"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addLayout(limitsRow);
    layout->addWidget(m_usageLabel);
    layout->addWidget(buttons);

    connect(addButton, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_editButton, &QPushButton::clicked, this, &AccountsDialog::editAccount);
    connect(m_removeButton, &QPushButton::clicked, this, &AccountsDialog::removeAccount);
    connect(m_list, &QListWidget::itemActivated, this, &AccountsDialog::editAccount);
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsDialog::updateButtons);
    connect(m_resumeButton, &QPushButton::clicked, this, [this] { Q_EMIT resumePostingRequested(currentAccountId()); });
    connect(m_addKeysButton, &QPushButton::clicked, this, &AccountsDialog::editAccount);
    m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };

    reload();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::setSecretStore(Models::SecretStore *store)
{
    m_secretStore = store;
    checkKeys();
}

void AccountsDialog::checkKeys()
{
    if (!m_secretStore) {
        return;
    }
    for (const Models::Account &account : std::as_const(m_accounts)) {
        if (account.kind != Models::AccountKind::X) {
            continue; // the Sandbox's keys are built in
        }
        const qint64 id = account.id;
        m_secretStore->readCredentials(id, this, [this, id](const Models::SecretResult &result) {
            // Only "not there" counts: a locked keychain may well hold them, and says so when posting.
            const bool missing = (result.ok && !result.credentials.isComplete()) ||
                (!result.ok && result.error == Models::SecretError::NotFound);
            if (missing == m_missingKeys.contains(id)) {
                return;
            }
            if (missing) {
                m_missingKeys.insert(id);
            } else {
                m_missingKeys.remove(id);
            }
            updateItemText(id);
            updateButtons();
        });
    }
}

void AccountsDialog::updateItemText(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(IdRole).toLongLong() != id || !m_accounts.contains(id)) {
            continue;
        }
        const QString name = AccountDialog::displayName(m_accounts.value(id));
        if (m_missingKeys.contains(id)) {
            item->setText(tr("%1 — keys not on this computer").arg(name));
            item->setToolTip(tr("This account's X keys are in another computer's keychain, not in this one's. "
                                "Its tweets are posted from a computer that has them; to post from this one, "
                                "add the keys here."));
        } else {
            item->setText(name);
            item->setToolTip(QString());
        }
    }
}

void AccountsDialog::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refreshLimits();
}

void AccountsDialog::refreshLimits()
{
    const qint64 id = currentAccountId();
    if (id == 0) {
        m_limitsLabel->clear();
        m_usageLabel->clear();
        m_resumeButton->hide();
        return;
    }
    // Only limits() and clearUsageCap() of the store are used here, which neither claim nor age claims.
    const Models::PostingStore store(m_db, Models::Claimant::current(), m_clock, 0);
    const auto limits = store.limits(id);
    const QString name = AccountDialog::displayName(m_accounts.value(id));
    m_limitsLabel->setText(tr("%1: %2").arg(name, PostingNotes::forLimits(limits, m_clock())));
    m_resumeButton->setVisible(limits && limits->usageCapped);

    const auto [from, to] = Models::UsageStore::monthSpan(m_clock().toLocalTime().date());
    const Models::UsageStore usageStore(m_db);
    const auto usages = usageStore.usage(from, to, Models::SettingsStore(m_db).xPrices());
    if (!usages) {
        qCWarning(lcAccountsDialog) << "reading this month's usage failed:" << usageStore.lastError();
        m_usageLabel->setText(tr("This month's spend could not be read from the database."));
        return;
    }
    Models::AccountUsage usage;
    usage.accountId = id;
    for (const Models::AccountUsage &each : *usages) {
        if (each.accountId == id) {
            usage = each;
        }
    }
    m_usageLabel->setText(monthLine(usage));
}

QString AccountsDialog::monthLine(const Models::AccountUsage &usage)
{
    const auto usd = [](qint64 micros) {
        return QLatin1Char('$') + Models::XPrices::formatUsd(micros);
    };
    // Spelled out for one: without a translation loaded, "%n posts" would stay as written.
    const QString posts = usage.posts == 1 ? tr("1 post") : tr("%n posts", nullptr, usage.posts);
    const QString reads = usage.reads == 1 ? tr("1 read") : tr("%n reads", nullptr, int(usage.reads));
    QString line = tr("This month: %1, %2 · %3, %4").arg(posts, usd(usage.postsMicros), reads, usd(usage.readsMicros));
    if (usage.maybeBilled > 0) {
        const QString maybe =
            usage.maybeBilled == 1 ? tr("1 more post") : tr("%n more posts", nullptr, usage.maybeBilled);
        line += tr(" · %1 may have been billed (outcome unknown), %2").arg(maybe, usd(usage.maybeBilledMicros));
    }
    return line;
}

void AccountsDialog::reload()
{
    const qint64 current = currentAccountId();
    m_list->clear();
    m_accounts.clear();
    for (const Models::Account &account : Models::AccountStore(m_db).all()) {
        auto *item = new QListWidgetItem(AccountDialog::displayName(account), m_list);
        item->setData(IdRole, account.id);
        m_accounts.insert(account.id, account);
        updateItemText(account.id);
    }
    selectAccount(current);
    updateButtons();
    // Keys may have been added (or an account may be new): ask the keychain again.
    checkKeys();
}

qint64 AccountsDialog::currentAccountId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdRole).toLongLong() : 0;
}

void AccountsDialog::selectAccount(qint64 id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(IdRole).toLongLong() == id) {
            m_list->setCurrentRow(row);
            return;
        }
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
}

void AccountsDialog::updateButtons()
{
    const bool hasCurrent = currentAccountId() != 0;
    m_editButton->setEnabled(hasCurrent);
    m_removeButton->setEnabled(hasCurrent);
    m_addKeysButton->setVisible(hasCurrent && m_missingKeys.contains(currentAccountId()));
    refreshLimits();
}

std::optional<qint64> AccountsDialog::save(const Models::Account &account, QString *error)
{
    Models::AccountStore store(m_db);
    // Id 0 adds; a second OK in the same dialog (after the keychain refused the keys) updates.
    std::optional<qint64> id = account.id;
    if (account.id == 0) {
        id = store.add(account);
    } else if (!store.update(account)) {
        id.reset();
    }
    if (!id) {
        *error = store.lastError();
        qCWarning(lcAccountsDialog) << "saving account" << account.id << "failed:" << store.lastError();
        return std::nullopt;
    }
    reload();
    selectAccount(*id);
    Q_EMIT accountsChanged();
    return id;
}

void AccountsDialog::addAccount()
{
    auto *dialog = new AccountDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSecretStore(m_secretStore);
    dialog->setSaveFunction([this](const Models::Account &account, QString *error) { return save(account, error); });
    connect(dialog, &QDialog::finished, this, &AccountsDialog::checkKeys);
    dialog->open();
}

void AccountsDialog::editAccount()
{
    const auto account = Models::AccountStore(m_db).find(currentAccountId());
    if (!account) {
        return;
    }
    auto *dialog = new AccountDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSecretStore(m_secretStore);
    dialog->setAccount(*account);
    dialog->setSaveFunction([this](const Models::Account &edited, QString *error) { return save(edited, error); });
    // The keys are written after the account is saved: look for them again once the dialog is done.
    connect(dialog, &QDialog::finished, this, &AccountsDialog::checkKeys);
    dialog->open();
}

void AccountsDialog::removeAccount()
{
    const qint64 id = currentAccountId();
    const auto account = Models::AccountStore(m_db).find(id);
    if (!account) {
        return;
    }
    if (!MessageBox::confirm(this, tr("Remove Account"),
                             tr("Remove the account “%1”?").arg(AccountDialog::displayName(*account)), tr("Remove"),
                             QMessageBox::Warning)) {
        return;
    }
    Models::AccountStore store(m_db);
    const auto removal = store.remove(id);
    if (!removal) {
        qCWarning(lcAccountsDialog) << "removing account" << id << "failed:" << store.lastError();
        MessageBox::warning(this, tr("Account Not Removed"),
                            tr("The account could not be removed. %1").arg(store.lastError()));
        return;
    }
    reload();
    Q_EMIT accountsChanged();
    // A deleted account's keys have nothing left to sign for. An archived one keeps them: its tweets'
    // history still names it, and nothing in the UI can bring it back without them being entered again.
    if (*removal == Models::AccountStore::Removal::Deleted && m_secretStore) {
        m_secretStore->removeCredentials(id, this, [id](const Models::SecretResult &result) {
            if (!result.ok) {
                qCWarning(lcAccountsDialog) << "removing the keys of account" << id << "failed:" << result.message;
            }
        });
    }
    if (*removal == Models::AccountStore::Removal::Archived) {
        MessageBox::information(this, tr("Account Archived"),
                                tr("Some tweets were written for this account, so it was archived to keep their "
                                   "record; it no longer shows in the list."));
    }
}

} // namespace EpisodeDesk::Ui
