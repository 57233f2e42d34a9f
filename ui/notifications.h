// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

class QSystemTrayIcon;
class QWidget;

namespace EpisodeDesk::Ui {

class ScheduleNotifier;
struct ScheduleNotification;
struct ScheduledTweet;

// The desktop side of the scheduler's reports: a ScheduleNotifier decides what is worth telling, this
// shows it in the system tray where there is one, and always asks for the status bar too (where it is
// seen on coming back to the window, and where there is no tray). A click on a notification asks for
// the tweet; a click on the tray icon asks for the window.
//
//     Notifications notifications(db);
//     connect(scheduler, &Scheduler::missed, notifications.notifier(), &ScheduleNotifier::missed);
//     connect(&notifications, &Notifications::statusMessage, statusBar(), &QStatusBar::showMessage);
//     notifications.setUpTray(windowIcon()); // once there is a scheduler to report
class Notifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifications)

public:
    explicit Notifications(const QSqlDatabase &db, QObject *parent = nullptr);
    ~Notifications() override;

    ScheduleNotifier *notifier() const { return m_notifier; }
    void setClock(std::function<QDateTime()> clock);
    // Desktops without a tray (or the offscreen platform) get the status bar only: never a dialog,
    // never a wait.
    void setUpTray(const QIcon &icon);
    QSystemTrayIcon *tray() const { return m_tray; }

    // How long a notification stays in the status bar (and the tray's bubble): long enough to be read on
    // returning to the desk.
    static constexpr int notificationMs = 15000;

public Q_SLOTS:
    void show(const EpisodeDesk::Ui::ScheduleNotification &notification);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);
    // A click on a notification: show this tweet.
    void tweetRequested(qint64 configId);
    // A click on the tray icon: bring the window up.
    void windowRequested();

private:
    std::optional<ScheduledTweet> scheduledTweet(qint64 configId) const;

    QSqlDatabase m_db;
    ScheduleNotifier *m_notifier = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace EpisodeDesk::Ui
