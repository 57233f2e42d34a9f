// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowdialogs.h"

#include "accountdialog.h"
#include "accountsdialog.h"
#include "feedimportdialog.h"
#include "postcontroller.h"
#include "posting/scheduler.h"
#include "preferencesdialog.h"
#include "secrets/secretstore.h"
#include "store/accountstore.h"
#include "store/settingsstore.h"
#include "templatesdialog.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QMessageBox>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcWindowDialogs, "episodedesk.ui.windowdialogs")

WindowDialogs::WindowDialogs(const QSqlDatabase &db, const Models::DatabaseLocation &location,
                             PostController *controller, QWidget *window)
    : QObject(window), m_db(db), m_location(location), m_controller(controller), m_window(window), m_clock([] {
          return QDateTime::currentDateTimeUtc();
      })
{ }

WindowDialogs::~WindowDialogs() = default;

void WindowDialogs::setSecretStore(Models::SecretStore *store)
{
    m_secretStore = store;
}

Models::SecretStore *WindowDialogs::secretStore() const
{
    return m_secretStore;
}

void WindowDialogs::setScheduler(Models::Scheduler *scheduler)
{
    m_scheduler = scheduler;
}

void WindowDialogs::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock;
    if (m_accountsDialog) {
        m_accountsDialog->setClock(clock);
    }
}

void WindowDialogs::showAccounts()
{
    auto *dialog = new AccountsDialog(m_db, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSecretStore(m_secretStore);
    dialog->setClock(m_clock);
    connect(dialog, &AccountsDialog::accountsChanged, this, &WindowDialogs::changed);
    connect(dialog, &AccountsDialog::resumePostingRequested, m_controller, &PostController::resumePosting);
    m_accountsDialog = dialog;
    dialog->open();
}

void WindowDialogs::addAccount()
{
    auto *dialog = new AccountDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSecretStore(m_secretStore);
    dialog->setSaveFunction([this](const Models::Account &account, QString *error) -> std::optional<qint64> {
        Models::AccountStore store(m_db);
        // A second OK (after the keychain refused the keys) updates what the first one added.
        std::optional<qint64> id = account.id;
        if (account.id == 0) {
            id = store.add(account);
        } else if (!store.update(account)) {
            id.reset();
        }
        if (!id) {
            qCWarning(lcWindowDialogs) << "saving an account failed:" << store.lastError();
            *error = store.lastError();
            return std::nullopt;
        }
        Q_EMIT changed();
        Q_EMIT statusMessage(tr("Account saved."));
        return id;
    });
    dialog->open();
}

void WindowDialogs::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Models::SettingsStore settings(m_db);
    dialog->setPreferences({settings.graceSeconds(), m_controller->confirmBeforePosting(), settings.xPrices()});
    dialog->setSaveFunction([this](const PreferencesDialog::Preferences &preferences, QString *error) {
        return savePreferences(preferences, error);
    });
    dialog->open();
}

bool WindowDialogs::savePreferences(const PreferencesDialog::Preferences &preferences, QString *error)
{
    Models::SettingsStore settings(m_db);
    if (preferences.graceSeconds != settings.graceSeconds() && !settings.setGraceSeconds(preferences.graceSeconds)) {
        qCWarning(lcWindowDialogs) << "saving the grace period failed:" << settings.lastError();
        *error = settings.lastError();
        return false;
    }
    if (preferences.prices != settings.xPrices() && !settings.setXPrices(preferences.prices)) {
        qCWarning(lcWindowDialogs) << "saving the prices failed:" << settings.lastError();
        *error = settings.lastError();
        return false;
    }
    m_controller->setConfirmBeforePosting(preferences.askBeforePosting);
    Q_EMIT preferencesSaved();
    // The scheduler reads the grace period at each check; it may now post a tweet it had let go.
    if (m_scheduler) {
        m_scheduler->checkNow();
    }
    Q_EMIT statusMessage(tr("Preferences saved."));
    return true;
}

FeedImportDialog *WindowDialogs::feedImportDialog() const
{
    return m_feedImportDialog;
}

void WindowDialogs::importFeed()
{
    // A closed one may wait for its deletion still: only a visible one is reused.
    if (m_feedImportDialog && m_feedImportDialog->isVisible()) {
        m_feedImportDialog->raise();
        m_feedImportDialog->activateWindow();
        return;
    }
    auto *dialog = new FeedImportDialog(m_db, m_location, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The ChangeWatcher would bring the episodes in as well; this shows them as the result appears.
    connect(dialog, &FeedImportDialog::imported, this, &WindowDialogs::changed);
    m_feedImportDialog = dialog;
    dialog->open();
}

TemplatesDialog *WindowDialogs::templatesDialog() const
{
    return m_templatesDialog;
}

void WindowDialogs::showAnnouncements()
{
    if (m_templatesDialog && m_templatesDialog->isVisible()) {
        m_templatesDialog->raise();
        m_templatesDialog->activateWindow();
        return;
    }
    auto *dialog = new TemplatesDialog(m_db, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TemplatesDialog::addAccountRequested, this, &WindowDialogs::addAccount);
    m_templatesDialog = dialog;
    dialog->open();
}

void WindowDialogs::showAbout()
{
    const QString name = QGuiApplication::applicationDisplayName();
    QMessageBox::about(
        m_window, tr("About %1").arg(name),
        tr("<h3>%1 %2</h3><p>Keeps your podcast's episodes and the tweets that announce them, and posts each tweet "
           "to X at most once.</p><p>Sandbox accounts post only to a test server inside EpisodeDesk: nothing "
           "leaves this computer.</p><p><small>Database: %3<br>Built with Qt %4. Licensed under the GNU GPL, "
           "version 3 or later.</small></p>")
            .arg(name.toHtmlEscaped(), QCoreApplication::applicationVersion().toHtmlEscaped(),
                 m_location.displayName().toHtmlEscaped(), QString::fromLatin1(qVersion())));
}

} // namespace EpisodeDesk::Ui
