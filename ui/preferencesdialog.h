// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "posting/xprices.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace EpisodeDesk::Ui {

// Edit → Preferences: how scheduled posting behaves, and what X charges (the prices the confirm dialog
// and the Accounts dialog's month line use).
//
//     auto *dialog = new PreferencesDialog(this);
//     dialog->setPreferences({SettingsStore(db).graceSeconds(), confirmBeforePosting(), SettingsStore(db).xPrices()});
//     dialog->setSaveFunction([](const PreferencesDialog::Preferences &p, QString *error) { ... });
//     dialog->open();
//
// The grace period lives in the database (SettingsStore), because every window and the headless
// scheduler on that database must agree on when a tweet is missed; "Ask before posting" is this user's
// habit and lives in QSettings. The prices are in the database too, like the grace period. The dialog only edits; the
// save function writes both, so the window applies them in one place.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    struct Preferences
    {
        qint64 graceSeconds = 30 * 60;
        bool askBeforePosting = true;
        Models::XPrices prices = Models::XPrices::defaults();
    };
    using SaveFunction = std::function<bool(const Preferences &preferences, QString *error)>;

    // The longest grace period offered: a day late is no longer "on time".
    static constexpr int MaxGraceMinutes = 24 * 60;

    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void setPreferences(const Preferences &preferences);
    // As entered; the grace period in whole minutes. A price that is not a valid amount is left as
    // it was set (accept() refuses to save it).
    Preferences preferences() const;
    void setSaveFunction(SaveFunction save);

public Q_SLOTS:
    void accept() override;

private:
    QWidget *createPricesGroup();
    void showPrices(const Models::XPrices &prices);
    // The price fields that do not hold an amount accept() can save, as their labels say.
    QStringList invalidPrices() const;

    QSpinBox *m_grace = nullptr;
    QCheckBox *m_askBeforePosting = nullptr;
    QLineEdit *m_createPrice = nullptr;
    QLineEdit *m_createWithUrlPrice = nullptr;
    QLineEdit *m_readPrice = nullptr;
    QLineEdit *m_ownedReadPrice = nullptr;
    QDateEdit *m_pricesReadOn = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    SaveFunction m_save;
    Models::XPrices m_prices; // as last set, for fields left invalid
};

} // namespace EpisodeDesk::Ui
