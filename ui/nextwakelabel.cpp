// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nextwakelabel.h"

#include "postingnotes.h"

#include <QLoggingCategory>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcNextWake, "episodedesk.ui.nextwake")

NextWakeLabel::NextWakeLabel(QWidget *parent) : QLabel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("nextWakeLabel"));
    setTextFormat(Qt::PlainText);
    hide();
}

NextWakeLabel::~NextWakeLabel() = default;

void NextWakeLabel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refresh();
}

void NextWakeLabel::setSchedulerPresent(bool present)
{
    m_present = present;
    m_nextWake = QDateTime();
    m_problem.clear();
    refresh();
}

void NextWakeLabel::onSchedulerStarted(bool ok, const QString &error)
{
    m_problem = ok ? QString() : error;
    if (!ok) {
        qCWarning(lcNextWake) << "the scheduler did not start:" << error;
    }
    refresh();
}

void NextWakeLabel::setNextWake(const QDateTime &when)
{
    m_nextWake = when;
    refresh();
}

void NextWakeLabel::refresh()
{
    if (!m_present) {
        hide();
        return;
    }
    if (!m_problem.isEmpty()) {
        setText(tr("Scheduled posts are not being sent: %1").arg(m_problem));
        show();
        return;
    }
    // The scheduler plans its next look at the earliest due time, retry or X's reset: that is when the
    // next scheduled post goes out. Nothing planned: nothing to say.
    if (!m_nextWake.isValid()) {
        hide();
        return;
    }
    setText(tr("Next scheduled post: %1").arg(PostingNotes::dayAndTime(m_nextWake, m_clock())));
    show();
}

} // namespace EpisodeDesk::Ui
