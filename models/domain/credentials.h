// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace EpisodeDesk::Models {

// OAuth 1.0a user-context keys of one X account. Held in memory only while needed; persisted only in
// the OS keychain (secrets/). Never logged, never written to the database or QSettings.
struct XCredentials
{
    QString consumerKey;
    QString consumerSecret;
    QString accessToken;
    QString accessTokenSecret;

    bool isComplete() const
    {
        return !consumerKey.isEmpty() && !consumerSecret.isEmpty() && !accessToken.isEmpty() &&
            !accessTokenSecret.isEmpty();
    }
};

} // namespace EpisodeDesk::Models
