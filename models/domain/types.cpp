// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/types.h"

#include <QCoreApplication>

namespace EpisodeDesk::Models {

QString statusToString(TweetStatus status)
{
    switch (status) {
    case TweetStatus::Pending:
        return QStringLiteral("pending");
    case TweetStatus::Posting:
        return QStringLiteral("posting");
    case TweetStatus::Posted:
        return QStringLiteral("posted");
    case TweetStatus::Failed:
        return QStringLiteral("failed");
    case TweetStatus::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString statusInSentence(TweetStatus status)
{
    switch (status) {
    case TweetStatus::Pending:
        return QCoreApplication::translate("TweetStatus", "pending");
    case TweetStatus::Posting:
        return QCoreApplication::translate("TweetStatus", "posting");
    case TweetStatus::Posted:
        return QCoreApplication::translate("TweetStatus", "posted");
    case TweetStatus::Failed:
        return QCoreApplication::translate("TweetStatus", "failed");
    case TweetStatus::Unknown:
        return QCoreApplication::translate("TweetStatus", "unknown");
    }
    return {};
}

std::optional<TweetStatus> statusFromString(const QString &text)
{
    for (auto status :
         {TweetStatus::Pending, TweetStatus::Posting, TweetStatus::Posted, TweetStatus::Failed, TweetStatus::Unknown}) {
        if (statusToString(status) == text) {
            return status;
        }
    }
    return std::nullopt;
}

QString accountKindToString(AccountKind kind)
{
    return kind == AccountKind::Sandbox ? QStringLiteral("sandbox") : QStringLiteral("x");
}

std::optional<AccountKind> accountKindFromString(const QString &text)
{
    if (text == QLatin1String("x")) {
        return AccountKind::X;
    }
    if (text == QLatin1String("sandbox")) {
        return AccountKind::Sandbox;
    }
    return std::nullopt;
}

QString accountAuthToString(AccountAuth auth)
{
    return auth == AccountAuth::OAuth2 ? QStringLiteral("oauth2") : QStringLiteral("oauth1");
}

std::optional<AccountAuth> accountAuthFromString(const QString &text)
{
    if (text == QLatin1String("oauth1")) {
        return AccountAuth::OAuth1;
    }
    if (text == QLatin1String("oauth2")) {
        return AccountAuth::OAuth2;
    }
    return std::nullopt;
}

DisplayStatus displayStatus(const TweetConfig &config, const QDateTime &now, qint64 graceSeconds)
{
    switch (config.status) {
    case TweetStatus::Posting:
        return DisplayStatus::Posting;
    case TweetStatus::Posted:
        return DisplayStatus::Posted;
    case TweetStatus::Unknown:
        return DisplayStatus::Unknown;
    case TweetStatus::Failed:
        if (!config.enabled) {
            return DisplayStatus::Disabled;
        }
        // A failure the scheduler will retry by itself is still on its way out.
        return config.nextRetryAt.isValid() ? DisplayStatus::Scheduled : DisplayStatus::Failed;
    case TweetStatus::Pending:
        break;
    }
    if (!config.enabled) {
        return DisplayStatus::Disabled;
    }
    if (config.nextRetryAt.isValid()) {
        return DisplayStatus::Scheduled; // waiting for X's limit to reset
    }
    if (!config.scheduledAt.isValid()) {
        return DisplayStatus::Pending;
    }
    if (config.scheduledAt.secsTo(now) > graceSeconds) {
        return DisplayStatus::Missed;
    }
    return DisplayStatus::Scheduled;
}

QString displayStatusToString(DisplayStatus status)
{
    switch (status) {
    case DisplayStatus::Pending:
        return QStringLiteral("pending");
    case DisplayStatus::Scheduled:
        return QStringLiteral("scheduled");
    case DisplayStatus::Posting:
        return QStringLiteral("posting");
    case DisplayStatus::Posted:
        return QStringLiteral("posted");
    case DisplayStatus::Failed:
        return QStringLiteral("failed");
    case DisplayStatus::Unknown:
        return QStringLiteral("unknown");
    case DisplayStatus::Missed:
        return QStringLiteral("missed");
    case DisplayStatus::Disabled:
        return QStringLiteral("disabled");
    case DisplayStatus::Held:
        return QStringLiteral("held");
    }
    return {};
}

} // namespace EpisodeDesk::Models
