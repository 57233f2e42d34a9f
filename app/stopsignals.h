// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace EpisodeDesk::App {

// Turns SIGTERM and SIGINT into a Qt signal (the self-pipe pattern), so `scheduler run` stops between
// posts instead of dying in the middle of one when systemd or Ctrl+C stops it.
class StopSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignals)

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    void stopRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace EpisodeDesk::App
