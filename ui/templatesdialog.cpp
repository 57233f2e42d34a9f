// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatesdialog.h"

#include "accountdialog.h"
#include "messagebox.h"
#include "store/accountstore.h"
#include "store/episodestore.h"
#include "templatedialog.h"
#include "widgetutil.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcTemplatesDialog, "episodedesk.ui.templatesdialog")

namespace {

// The newest episode reads most like the next one: the preview of a new template fills it in.
Models::Episode newestEpisode(const QSqlDatabase &db)
{
    const QList<Models::Episode> episodes = Models::EpisodeStore(db).all();
    const auto newest = std::max_element(episodes.cbegin(), episodes.cend(), [](const auto &a, const auto &b) {
        return std::pair(a.publishedAt, a.id) < std::pair(b.publishedAt, b.id);
    });
    return newest == episodes.cend() ? TemplateDialog::sampleEpisode() : *newest;
}

} // namespace

TemplatesDialog::TemplatesDialog(const QSqlDatabase &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("templatesDialog"));
    setWindowTitle(tr("Announcements"));
    setMinimumSize(520, 360);

    auto *intro = new QLabel(tr("When a feed refresh finds a new episode, each announcement below becomes one "
                                "tweet of it. Episodes already in the feed when it was imported are never "
                                "announced."),
                             this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Announcements"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);

    m_emptyNote = new QLabel(tr("No announcements yet. Add one to have new episodes announce themselves."), this);
    m_emptyNote->setObjectName(QStringLiteral("emptyNote"));
    m_emptyNote->setWordWrap(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);

    auto *addButton = new QPushButton(themeIcon(QStringLiteral("document-new")), tr("&Add…"), this);
    addButton->setObjectName(QStringLiteral("addTemplateButton"));
    m_removeButton = new QPushButton(themeIcon(QStringLiteral("edit-delete")), tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeTemplateButton"));
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(addButton);
    buttonRow->addWidget(m_removeButton);
    buttonRow->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyNote);
    layout->addWidget(m_error);
    layout->addLayout(buttonRow);
    layout->addWidget(buttons);

    connect(addButton, &QPushButton::clicked, this, &TemplatesDialog::addTemplate);
    connect(m_removeButton, &QPushButton::clicked, this, &TemplatesDialog::removeTemplate);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesDialog::updateButtons);
    reload();
}

TemplatesDialog::~TemplatesDialog() = default;

QString TemplatesDialog::timingText(const Models::AnnouncementTemplate &announcement)
{
    if (announcement.manual) {
        return tr("left pending for review");
    }
    const int minutes = announcement.offsetMinutes;
    if (minutes == 0) {
        return tr("at the episode's publication time");
    }
    return minutes > 0 ? tr("%n min after the episode's publication time", nullptr, minutes)
                       : tr("%n min before the episode's publication time", nullptr, -minutes);
}

void TemplatesDialog::reload()
{
    const qint64 selected = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    Models::TemplateStore store(m_db);
    const QList<Models::AnnouncementTemplate> templates = store.all();
    if (!store.lastError().isEmpty()) {
        qCWarning(lcTemplatesDialog) << "reading the templates failed:" << store.lastError();
        showError(tr("The announcements could not be read from the database."));
    }
    QHash<qint64, QString> accountNames;
    for (const Models::Account &account : Models::AccountStore(m_db).all()) {
        accountNames.insert(account.id, AccountDialog::displayName(account));
    }
    m_list->clear();
    for (const Models::AnnouncementTemplate &announcement : templates) {
        const QString account = accountNames.value(announcement.accountId, tr("Removed account"));
        auto *item =
            new QListWidgetItem(tr("%1\n%2 · %3").arg(announcement.text, account, timingText(announcement)), m_list);
        item->setData(Qt::UserRole, announcement.id);
        item->setToolTip(announcement.text);
        if (announcement.id == selected) {
            m_list->setCurrentItem(item);
        }
    }
    m_emptyNote->setVisible(templates.isEmpty());
    updateButtons();
}

void TemplatesDialog::addTemplate()
{
    const QList<Models::Account> accounts = Models::AccountStore(m_db).all();
    if (accounts.isEmpty()) {
        showError(tr("An announcement is posted on one of your accounts: add an account first."));
        Q_EMIT addAccountRequested();
        return;
    }
    auto *dialog = new TemplateDialog(accounts, newestEpisode(m_db), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaveFunction([this](const Models::AnnouncementTemplate &announcement, QString *error) {
        Models::TemplateStore store(m_db);
        const auto id = store.add(announcement);
        if (!id) {
            qCWarning(lcTemplatesDialog) << "adding a template failed:" << store.lastError();
            *error = store.lastError();
            return false;
        }
        qCInfo(lcTemplatesDialog) << "added template" << *id;
        m_error->setVisible(false);
        reload();
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(Qt::UserRole).toLongLong() == *id) {
                m_list->setCurrentRow(row);
            }
        }
        Q_EMIT templatesChanged();
        return true;
    });
    dialog->open();
}

void TemplatesDialog::removeTemplate()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        return;
    }
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (!MessageBox::confirm(this, tr("Remove Announcement"),
                             tr("Stop announcing new episodes with “%1”? The tweets it already made stay as they are.")
                                 .arg(elided(item->toolTip(), 60)),
                             tr("Remove"))) {
        return;
    }
    Models::TemplateStore store(m_db);
    if (!store.remove(id)) {
        qCWarning(lcTemplatesDialog) << "removing template" << id << "failed:" << store.lastError();
        showError(store.lastError());
        reload(); // a teammate may have removed it already
        return;
    }
    m_error->setVisible(false);
    reload();
    Q_EMIT templatesChanged();
}

void TemplatesDialog::updateButtons()
{
    m_removeButton->setEnabled(m_list->currentItem() != nullptr);
}

void TemplatesDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(true);
}

} // namespace EpisodeDesk::Ui
