// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "store/usagestore.h"

#include <QDateTime>
#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace EpisodeDesk::Models {
class SecretStore;
} // namespace EpisodeDesk::Models

namespace EpisodeDesk::Ui {

// Lists the accounts tweets can go out on, and adds, edits and removes them through AccountStore on the
// GUI thread's connection. accountsChanged() tells the window to reload after each write.
//
// Under the list it says how many posts X last said the selected account has left (PostingStore::limits)
// and what the account spent this calendar month at the prices in Preferences (UsageStore),
// and, when X's usage cap stopped the account, offers Resume Posting; the window does the resuming
// (resumePostingRequested), because it also has to wake the scheduler.
//
// Keys stay per computer: an X account whose keys are not in this computer's keychain (a teammate
// added it to the team database on theirs) says "keys not on this computer", and Add Keys… opens the
// account to enter them here. Until then the posting engine refuses its tweets on this computer.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    explicit AccountsDialog(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    void setSecretStore(Models::SecretStore *store);
    // Whether this computer's keychain was found to lack the account's keys (false until it answered).
    bool lacksKeys(qint64 accountId) const { return m_missingKeys.contains(accountId); }
    // What "now" is for the limits' reset times (the window's clock); the system clock by default.
    void setClock(std::function<QDateTime()> clock);
    // Reads the limits again (the window calls it after each reload: a post may have changed them).
    void refreshLimits();
    // "This month: 12 posts, $1.83 · 340 reads, $0.34" for one account, at these prices.
    static QString monthLine(const Models::AccountUsage &usage);

Q_SIGNALS:
    void accountsChanged();
    void resumePostingRequested(qint64 accountId);

public Q_SLOTS:
    void addAccount();
    void editAccount();
    void removeAccount();

private:
    std::optional<qint64> save(const Models::Account &account, QString *error);
    void reload();
    void updateButtons();
    qint64 currentAccountId() const;
    void selectAccount(qint64 id);
    void checkKeys();
    void updateItemText(qint64 id);

    QSqlDatabase m_db;
    QPointer<Models::SecretStore> m_secretStore;
    std::function<QDateTime()> m_clock;
    QListWidget *m_list = nullptr;
    QLabel *m_limitsLabel = nullptr;
    QLabel *m_usageLabel = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_addKeysButton = nullptr;
    QHash<qint64, Models::Account> m_accounts;
    QSet<qint64> m_missingKeys;
};

} // namespace EpisodeDesk::Ui
