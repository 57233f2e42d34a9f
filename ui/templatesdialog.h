// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/templatestore.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QListWidget;
class QPushButton;

namespace EpisodeDesk::Ui {

// The show's announcement templates (Models::TemplateStore): when a feed refresh finds a new episode,
// each becomes one tweet of it. Lists them with their account and timing, adds them (TemplateDialog)
// and removes them through the store on the GUI thread's connection. Removing archives: the tweets a
// template made stay, and no refresh makes them again.
class TemplatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplatesDialog)

public:
    explicit TemplatesDialog(const QSqlDatabase &db, QWidget *parent = nullptr);
    ~TemplatesDialog() override;

    // How a template's timing reads in the list ("15 min after publication", "left for review").
    static QString timingText(const Models::AnnouncementTemplate &announcement);

Q_SIGNALS:
    void templatesChanged();
    // There is no account to post on yet.
    void addAccountRequested();

public Q_SLOTS:
    void addTemplate();
    void removeTemplate();
    void reload();

private:
    void updateButtons();
    void showError(const QString &text);

    QSqlDatabase m_db;
    QListWidget *m_list = nullptr;
    QLabel *m_emptyNote = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace EpisodeDesk::Ui
