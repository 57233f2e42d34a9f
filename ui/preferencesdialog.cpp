// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "messagebox.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
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
    layout->addWidget(createPricesGroup());
    layout->addStretch();
    layout->addWidget(m_buttons);

    setPreferences({});
}

PreferencesDialog::~PreferencesDialog() = default;

QWidget *PreferencesDialog::createPricesGroup()
{
    auto *group = new QGroupBox(tr("What X charges"), this);
    auto *form = new QFormLayout(group);
    // Dollars with at most six decimals and no sign: a negative price cannot even be typed.
    auto *validator =
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("^\\$?[0-9]{0,7}(\\.[0-9]{0,6})?$")), group);
    const auto priceEdit = [&](const char *name, const QString &label, const QString &accessibleName) {
        auto *edit = new QLineEdit(group);
        edit->setObjectName(QLatin1String(name));
        edit->setValidator(validator);
        edit->setAccessibleName(accessibleName);
        edit->setPlaceholderText(tr("0.015"));
        auto *row = new QHBoxLayout;
        row->addWidget(new QLabel(tr("$"), group));
        row->addWidget(edit, 1);
        form->addRow(label, row);
        return edit;
    };
    m_createPrice = priceEdit("createPriceEdit", tr("&Post:"), tr("Price of a post in US dollars"));
    m_createWithUrlPrice =
        priceEdit("createWithUrlPriceEdit", tr("Post with a &link:"), tr("Price of a post with a link in US dollars"));
    m_readPrice = priceEdit("readPriceEdit", tr("&Read, per post:"), tr("Price of reading a post in US dollars"));
    m_ownedReadPrice = priceEdit("ownedReadPriceEdit", tr("Read of the account's &own posts:"),
                                 tr("Price of reading one of the account's own posts in US dollars"));
    m_pricesReadOn = new QDateEdit(group);
    m_pricesReadOn->setObjectName(QStringLiteral("pricesReadOnEdit"));
    m_pricesReadOn->setCalendarPopup(true);
    m_pricesReadOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Read on &X's page on:"), m_pricesReadOn);

    auto *hint = new QLabel(tr("X bills every post; EpisodeDesk also reads the account's posts to verify one whose "
                               "outcome is unknown. Prices change: check <a href=\"%1\">X's pricing page</a> and "
                               "enter what it says.")
                                .arg(QStringLiteral("https://developer.x.com/#pricing")),
                            group);
    hint->setObjectName(QStringLiteral("pricesHint"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::RichText);
    hint->setOpenExternalLinks(true);
    auto *restore = new QPushButton(tr("Restore &Defaults"), group);
    restore->setObjectName(QStringLiteral("restorePricesButton"));
    restore->setAutoDefault(false);
    restore->setToolTip(tr("X's prices of 2026, as EpisodeDesk shipped them"));
    connect(restore, &QPushButton::clicked, this, [this] { showPrices(Models::XPrices::defaults()); });
    form->addRow(hint);
    form->addRow(QString(), restore);
    return group;
}

void PreferencesDialog::showPrices(const Models::XPrices &prices)
{
    m_createPrice->setText(Models::XPrices::formatUsd(prices.createMicros, 3));
    m_createWithUrlPrice->setText(Models::XPrices::formatUsd(prices.createWithUrlMicros, 3));
    m_readPrice->setText(Models::XPrices::formatUsd(prices.readMicros, 3));
    m_ownedReadPrice->setText(Models::XPrices::formatUsd(prices.ownedReadMicros, 3));
    m_pricesReadOn->setDate(prices.readOn);
}

QStringList PreferencesDialog::invalidPrices() const
{
    QStringList invalid;
    for (const QLineEdit *edit : {m_createPrice, m_createWithUrlPrice, m_readPrice, m_ownedReadPrice}) {
        if (!Models::XPrices::parseUsd(edit->text())) {
            invalid.append(edit->accessibleName());
        }
    }
    return invalid;
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    // Stored in seconds (the command line's --grace and older values may not be whole minutes); shown
    // to the nearest minute.
    m_grace->setValue(int(std::lround(double(preferences.graceSeconds) / 60.0)));
    m_askBeforePosting->setChecked(preferences.askBeforePosting);
    m_prices = preferences.prices;
    showPrices(preferences.prices);
}

PreferencesDialog::Preferences PreferencesDialog::preferences() const
{
    Models::XPrices prices = m_prices;
    const auto read = [](const QLineEdit *edit, qint64 *micros) {
        if (const auto parsed = Models::XPrices::parseUsd(edit->text())) {
            *micros = *parsed;
        }
    };
    read(m_createPrice, &prices.createMicros);
    read(m_createWithUrlPrice, &prices.createWithUrlMicros);
    read(m_readPrice, &prices.readMicros);
    read(m_ownedReadPrice, &prices.ownedReadMicros);
    prices.readOn = m_pricesReadOn->date();
    return {qint64(m_grace->value()) * 60, m_askBeforePosting->isChecked(), prices};
}

void PreferencesDialog::setSaveFunction(SaveFunction save)
{
    m_save = std::move(save);
}

void PreferencesDialog::accept()
{
    const QStringList invalid = invalidPrices();
    if (!invalid.isEmpty()) {
        MessageBox::warning(
            this, tr("Preferences Not Saved"),
            tr("Enter each price as an amount in US dollars, such as 0.015, up to %1. Not an "
               "amount: %2.")
                .arg(Models::XPrices::formatUsd(Models::XPrices::kMaxMicros, 0), invalid.join(QStringLiteral(", "))));
        return;
    }
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
