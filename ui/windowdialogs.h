// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferencesdialog.h"
#include "store/databaselocation.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>

#include <functional>

class QWidget;

namespace EpisodeDesk::Models {
class Scheduler;
class SecretStore;
} // namespace EpisodeDesk::Models

namespace EpisodeDesk::Ui {

class AccountsDialog;
class FeedImportDialog;
class TemplatesDialog;
class PostController;

// The window's dialogs that are about the app rather than one episode or tweet: the accounts (and
// adding the first one), the feed import and the announcements, the preferences, About. Each write reports `changed`
// (accounts) or `preferencesSaved`; the window re-reads.
class WindowDialogs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowDialogs)

public:
    WindowDialogs(const QSqlDatabase &db, const Models::DatabaseLocation &location, PostController *controller,
                  QWidget *window);
    ~WindowDialogs() override;

    // Where account keys live; handed on to the account dialogs. Not owned; may be null.
    void setSecretStore(Models::SecretStore *store);
    Models::SecretStore *secretStore() const;
    // Nudged after a new grace period, which may let it post a tweet it had let go. May be null.
    void setScheduler(Models::Scheduler *scheduler);
    void setClock(std::function<QDateTime()> clock);
    // The open accounts list, if any (it shows limits, which follow every reload).
    AccountsDialog *accountsDialog() const { return m_accountsDialog; }
    // The open Import from Feed dialog, if any.
    FeedImportDialog *feedImportDialog() const;
    // The open Announcements dialog, if any.
    TemplatesDialog *templatesDialog() const;

public Q_SLOTS:
    void showAccounts();
    void addAccount();
    void showPreferences();
    void showAbout();
    void importFeed();
    void showAnnouncements();

Q_SIGNALS:
    void changed();
    void preferencesSaved();
    void statusMessage(const QString &text);

private:
    bool savePreferences(const PreferencesDialog::Preferences &preferences, QString *error);

    QSqlDatabase m_db;
    Models::DatabaseLocation m_location;
    PostController *m_controller = nullptr;
    QWidget *m_window = nullptr;
    QPointer<Models::SecretStore> m_secretStore;
    QPointer<Models::Scheduler> m_scheduler;
    std::function<QDateTime()> m_clock;
    QPointer<AccountsDialog> m_accountsDialog;
    QPointer<FeedImportDialog> m_feedImportDialog;
    QPointer<TemplatesDialog> m_templatesDialog;
};

} // namespace EpisodeDesk::Ui
