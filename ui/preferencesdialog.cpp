// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "messagebox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace EpisodeDesk::Ui {

PreferencesDialog::PreferencesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(460);

    m_grace = new QSpinBox(this);
    m_grace->setObjectName(QStringLiteral("graceSpin"));
    m_grace->setRange(0, MaxGraceMinutes);
    m_grace->setSingleStep(5);
    m_grace->setSuffix(tr(" min"));
    m_grace->setAccessibleName(tr("Grace period in minutes"));
    auto *graceHint = new QLabel(tr("When EpisodeDesk was closed or the computer asleep at a tweet's time, the "
                                    "tweet still goes out if it is at most this late. Later than that it is "
                                    "marked missed and waits for you. Every window and the background scheduler "
                                    "on this database use this setting."),
                                 this);
    graceHint->setObjectName(QStringLiteral("graceHint"));
    graceHint->setWordWrap(true);

    auto *scheduling = new QGroupBox(tr("Scheduled posts"), this);
    auto *form = new QFormLayout(scheduling);
    form->addRow(tr("&Grace period:"), m_grace);
    form->addRow(graceHint);

    m_askBeforePosting = new QCheckBox(tr("&Ask before posting (show the exact text and account first)"), this);
    m_askBeforePosting->setObjectName(QStringLiteral("askBeforePostingCheck"));
    auto *posting = new QGroupBox(tr("Post now"), this);
    auto *postingLayout = new QVBoxLayout(posting);
    postingLayout->addWidget(m_askBeforePosting);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scheduling);
    layout->addWidget(posting);
    layout->addStretch();
    layout->addWidget(m_buttons);

    setPreferences({});
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    // Stored in seconds (the command line's --grace and older values may not be whole minutes); shown
    // to the nearest minute.
    m_grace->setValue(int(std::lround(double(preferences.graceSeconds) / 60.0)));
    m_askBeforePosting->setChecked(preferences.askBeforePosting);
}

PreferencesDialog::Preferences PreferencesDialog::preferences() const
{
    return {qint64(m_grace->value()) * 60, m_askBeforePosting->isChecked()};
}

void PreferencesDialog::setSaveFunction(SaveFunction save)
{
    m_save = std::move(save);
}

void PreferencesDialog::accept()
{
    if (m_save) {
        QString error;
        if (!m_save(preferences(), &error)) {
            MessageBox::warning(this, tr("Preferences Not Saved"),
                                tr("The preferences could not be saved. %1").arg(error));
            return;
        }
    }
    QDialog::accept();
}

} // namespace EpisodeDesk::Ui
