// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "store/templatestore.h"

#include <QDialog>
#include <QList>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTextEdit;

namespace EpisodeDesk::Ui {

// Asks for one announcement template: the account it posts on, its text (placeholders and all) and
// when its tweet goes out, at the episode's publication time plus an offset or left pending for review.
// The text is counted and previewed as it would read for `example` (the show's newest episode, or a
// made-up one when there is none yet), because the real episode does not exist until a refresh finds it.
//
//     auto *dialog = new TemplateDialog(accounts, newestEpisode, this);
//     dialog->setSaveFunction([&](const AnnouncementTemplate &a, QString *error) { ... });
//     dialog->open(); // OK saves; a refusal is shown and the dialog stays open with what was typed
class TemplateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateDialog)

public:
    TemplateDialog(const QList<Models::Account> &accounts, const Models::Episode &example, QWidget *parent = nullptr);
    ~TemplateDialog() override;

    Models::AnnouncementTemplate announcement() const;
    // Called by OK; false (with a sentence in *error) keeps the dialog open.
    using SaveFunction = std::function<bool(const Models::AnnouncementTemplate &, QString *error)>;
    void setSaveFunction(SaveFunction save);

    void accept() override;
    // What the preview fills in when the show has no episode yet.
    static Models::Episode sampleEpisode();

private:
    void updateCounter();

    Models::Episode m_example;
    SaveFunction m_save;
    QComboBox *m_account = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_counter = nullptr;
    QTextEdit *m_preview = nullptr;
    QLabel *m_hint = nullptr;
    QRadioButton *m_scheduled = nullptr;
    QSpinBox *m_offset = nullptr;
    QRadioButton *m_manual = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace EpisodeDesk::Ui
