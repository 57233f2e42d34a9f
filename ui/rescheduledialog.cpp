// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rescheduledialog.h"

#include "messagebox.h"
#include "postingnotes.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace EpisodeDesk::Ui {

namespace {

// Enough time to close the dialog and look at the list before the tweet goes out.
constexpr qint64 kSuggestedLeadSecs = 10 * 60;
constexpr qint64 kRoundToSecs = 5 * 60;

} // namespace

RescheduleDialog::RescheduleDialog(const QString &text, const QDateTime &current, Clock clock, QWidget *parent)
    : QDialog(parent), m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("rescheduleDialog"));
    setWindowTitle(current.isValid() ? tr("Reschedule Tweet") : tr("Schedule Tweet"));
    setMinimumWidth(440);
    if (!m_clock) {
        m_clock = [] {
            return QDateTime::currentDateTimeUtc();
        };
    }
    const QDateTime now = m_clock();

    auto *tweet = new QLabel(text, this);
    tweet->setObjectName(QStringLiteral("rescheduleTweetLabel"));
    tweet->setTextFormat(Qt::PlainText);
    tweet->setWordWrap(true);
    auto *was = new QLabel(current.isValid() ? PostingNotes::dayAndTime(current, now) : tr("not scheduled"), this);
    was->setObjectName(QStringLiteral("rescheduleWasLabel"));

    m_edit = new QDateTimeEdit(this);
    m_edit->setObjectName(QStringLiteral("rescheduleEdit"));
    m_edit->setCalendarPopup(true);
    // As in the tweet editor: the locale's short date and time, minus seconds.
    const QLocale locale;
    m_edit->setDisplayFormat(locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') +
                             locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss")));
    m_edit->setAccessibleName(tr("New time"));
    const bool keepCurrent = current.isValid() && current > now;
    setDateTime(keepCurrent ? current : suggestedTime(now));

    auto *zone = new QLabel(tr("In your time zone, %1.").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), this);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("rescheduleHint"));
    m_hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Tweet:"), tweet);
    form->addRow(tr("Was due:"), was);
    form->addRow(tr("&New time:"), m_edit);
    form->addRow(QString(), zone);
    form->addRow(QString(), m_hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(current.isValid() ? tr("&Reschedule") : tr("&Schedule"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RescheduleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RescheduleDialog::reject);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &RescheduleDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_edit->setFocus();
    validate();
}

RescheduleDialog::~RescheduleDialog() = default;

QDateTime RescheduleDialog::suggestedTime(const QDateTime &now)
{
    const qint64 ahead = now.toSecsSinceEpoch() + kSuggestedLeadSecs;
    const qint64 rounded = (ahead + kRoundToSecs - 1) / kRoundToSecs * kRoundToSecs;
    return QDateTime::fromSecsSinceEpoch(rounded, QTimeZone::utc());
}

QDateTime RescheduleDialog::dateTime() const
{
    QDateTime local = m_edit->dateTime();
    local.setTime(QTime(local.time().hour(), local.time().minute())); // to the minute, as shown
    return local.toUTC();
}

void RescheduleDialog::setDateTime(const QDateTime &when)
{
    m_edit->setDateTime(when.toLocalTime());
}

void RescheduleDialog::setSaveFunction(SaveFunction save)
{
    m_save = std::move(save);
}

void RescheduleDialog::validate()
{
    // A time that has passed would make the tweet missed again at once (or, within the grace period,
    // post it now: that is what Post Now is for).
    const bool future = dateTime() > m_clock();
    m_hint->setText(future ? QString() : tr("Pick a time in the future."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(future);
}

void RescheduleDialog::accept()
{
    validate();
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled()) {
        return;
    }
    if (m_save) {
        QString error;
        if (!m_save(dateTime(), &error)) {
            MessageBox::warning(this, tr("Not Rescheduled"), tr("The new time could not be saved. %1").arg(error));
            return;
        }
    }
    QDialog::accept();
}

} // namespace EpisodeDesk::Ui
