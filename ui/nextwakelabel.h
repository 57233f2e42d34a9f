// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLabel>

#include <functional>

namespace EpisodeDesk::Ui {

// The status bar's word on the scheduler: when the next scheduled post goes out ("Next scheduled post:
// Tue 09:30"), or why scheduled posts are not being sent from here. Hidden without a scheduler, and
// when nothing is planned.
class NextWakeLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NextWakeLabel)

public:
    explicit NextWakeLabel(QWidget *parent = nullptr);
    ~NextWakeLabel() override;

    void setClock(std::function<QDateTime()> clock);
    // A scheduler arrived (or went): what was known about the previous one is forgotten.
    void setSchedulerPresent(bool present);

public Q_SLOTS:
    void onSchedulerStarted(bool ok, const QString &error);
    void setNextWake(const QDateTime &when);
    // "Tue 09:30" may become "today" wording-wise: cheap, called every minute.
    void refresh();

private:
    std::function<QDateTime()> m_clock;
    bool m_present = false;
    QDateTime m_nextWake;
    QString m_problem; // why scheduled posts are not being sent from here, if they are not
};

} // namespace EpisodeDesk::Ui
