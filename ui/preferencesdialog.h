// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QSpinBox;

namespace EpisodeDesk::Ui {

// Edit → Preferences: how scheduled posting behaves.
//
//     auto *dialog = new PreferencesDialog(this);
//     dialog->setPreferences({SettingsStore(db).graceSeconds(), confirmBeforePosting()});
//     dialog->setSaveFunction([](const PreferencesDialog::Preferences &p, QString *error) { ... });
//     dialog->open();
//
// The grace period lives in the database (SettingsStore), because every window and the headless
// scheduler on that database must agree on when a tweet is missed; "Ask before posting" is this user's
// habit and lives in QSettings. The dialog only edits; the save function writes both, so the window
// applies them in one place.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    struct Preferences
    {
        qint64 graceSeconds = 30 * 60;
        bool askBeforePosting = true;
    };
    using SaveFunction = std::function<bool(const Preferences &preferences, QString *error)>;

    // The longest grace period offered: a day late is no longer "on time".
    static constexpr int MaxGraceMinutes = 24 * 60;

    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void setPreferences(const Preferences &preferences);
    // As entered; the grace period in whole minutes.
    Preferences preferences() const;
    void setSaveFunction(SaveFunction save);

public Q_SLOTS:
    void accept() override;

private:
    QSpinBox *m_grace = nullptr;
    QCheckBox *m_askBeforePosting = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    SaveFunction m_save;
};

} // namespace EpisodeDesk::Ui
