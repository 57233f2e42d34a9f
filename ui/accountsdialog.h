// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPushButton;

namespace EpisodeDesk::Models {
class SecretStore;
struct Account;
} // namespace EpisodeDesk::Models

namespace EpisodeDesk::Ui {

// Lists the accounts tweets can go out on, and adds, edits and removes them through AccountStore on the
// GUI thread's connection. accountsChanged() tells the window to reload after each write.
//
// Under the list it says how many posts X last said the selected account has left (PostingStore::limits),
// and, when X's usage cap stopped the account, offers Resume Posting; the window does the resuming
// (resumePostingRequested), because it also has to wake the scheduler.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    explicit AccountsDialog(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    void setSecretStore(Models::SecretStore *store);
    // What "now" is for the limits' reset times (the window's clock); the system clock by default.
    void setClock(std::function<QDateTime()> clock);
    // Reads the limits again (the window calls it after each reload: a post may have changed them).
    void refreshLimits();

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

    QSqlDatabase m_db;
    QPointer<Models::SecretStore> m_secretStore;
    std::function<QDateTime()> m_clock;
    QListWidget *m_list = nullptr;
    QLabel *m_limitsLabel = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace EpisodeDesk::Ui
