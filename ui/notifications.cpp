// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifications.h"

#include "schedulenotifier.h"
#include "store/accountstore.h"
#include "store/episodestore.h"
#include "store/tweetstore.h"
#include "text/tweettemplate.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSystemTrayIcon>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcNotifications, "episodedesk.ui.notifications")

namespace {
QSystemTrayIcon::MessageIcon trayIcon(ScheduleNotification::Severity severity)
{
    switch (severity) {
    case ScheduleNotification::Severity::Information:
        return QSystemTrayIcon::Information;
    case ScheduleNotification::Severity::Warning:
        return QSystemTrayIcon::Warning;
    case ScheduleNotification::Severity::Critical:
        return QSystemTrayIcon::Critical;
    }
    return QSystemTrayIcon::Information;
}
} // namespace

Notifications::Notifications(const QSqlDatabase &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_notifier = new ScheduleNotifier([this](qint64 configId) { return scheduledTweet(configId); }, this);
    connect(m_notifier, &ScheduleNotifier::notificationReady, this, &Notifications::show);
    connect(m_notifier, &ScheduleNotifier::tweetRequested, this, &Notifications::tweetRequested);
}

Notifications::~Notifications() = default;

void Notifications::setClock(std::function<QDateTime()> clock)
{
    m_notifier->setClock(std::move(clock));
}

void Notifications::setUpTray(const QIcon &icon)
{
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable()) {
        return;
    }
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    m_tray->setToolTip(QGuiApplication::applicationDisplayName());
    connect(m_tray, &QSystemTrayIcon::messageClicked, m_notifier, &ScheduleNotifier::messageClicked);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
            Q_EMIT windowRequested();
        }
    });
    m_tray->show();
}

void Notifications::show(const ScheduleNotification &notification)
{
    // The title only: the message quotes the tweet, which the log does not need.
    qCInfo(lcNotifications) << "notification:" << notification.title << "tweet" << notification.configId;
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_tray->showMessage(notification.title, notification.message, trayIcon(notification.severity), notificationMs);
    }
    Q_EMIT statusMessage(tr("%1: %2").arg(notification.title, notification.message), notificationMs);
}

std::optional<ScheduledTweet> Notifications::scheduledTweet(qint64 configId) const
{
    const auto config = Models::TweetStore(m_db).find(configId);
    if (!config) {
        return std::nullopt;
    }
    ScheduledTweet tweet;
    tweet.configId = config->id;
    tweet.accountId = config->accountId;
    tweet.scheduledAt = config->scheduledAt;
    tweet.nextRetryAt = config->nextRetryAt;
    const auto episode = Models::EpisodeStore(m_db).find(config->episodeId);
    tweet.text = episode ? Models::expandTweetTemplate(config->text, *episode).text : config->text;
    if (const auto account = Models::AccountStore(m_db).find(config->accountId)) {
        tweet.accountName = account->name;
        tweet.sandbox = account->kind == Models::AccountKind::Sandbox;
    } else {
        tweet.accountName = tr("a removed account");
    }
    return tweet;
}

} // namespace EpisodeDesk::Ui
