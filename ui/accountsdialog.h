// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>
#include <QSqlDatabase>

#include <optional>

class QListWidget;
class QPushButton;

namespace EpisodeDesk::Models {
class SecretStore;
struct Account;
} // namespace EpisodeDesk::Models

namespace EpisodeDesk::Ui {

// Lists the accounts tweets can go out on, and adds, edits and removes them through AccountStore on the
// GUI thread's connection. accountsChanged() tells the window to reload after each write.
class AccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    explicit AccountsDialog(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    void setSecretStore(Models::SecretStore *store);

Q_SIGNALS:
    void accountsChanged();

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
    QListWidget *m_list = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace EpisodeDesk::Ui
