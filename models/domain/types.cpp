// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/types.h"

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

} // namespace EpisodeDesk::Models
