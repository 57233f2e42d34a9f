// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "posting/postingstore.h"
#include "x/xresponse.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace EpisodeDesk::Models {

// What became of one post or verify request, for the UI, the command line and the scheduler.
struct PostOutcome
{
    enum class Kind
    {
        Posted, // on X, with postId (and postUrl for X accounts)
        Failed, // definitely not published; may be retried
        Unknown, // may be on X: verify before anything is sent again
        Refused, // the claim was refused (see refusal); nothing was sent
        Error, // could not even try (database, keychain); nothing was sent
    };
    qint64 configId = 0;
    Kind kind = Kind::Error;
    ClaimRefusal refusal = ClaimRefusal::None;
    XErrorCategory category = XErrorCategory::None;
    QString message; // plain words for the user; never a secret or a raw body
    QString attemptId;
    QString postId;
    QUrl postUrl;
    QDateTime postedAt;
    QDateTime retryAt; // rate limit: when posting may resume
    int httpStatus = 0;
    quintptr requestTag = 0; // echoed from post(): who asked
    bool automatic = false; // a verification the engine started by itself (nobody is waiting for it)
};

QString postOutcomeKindToString(PostOutcome::Kind kind);
// The outcome kind a stored state stands for: posted, failed, or (anything else) unknown.
PostOutcome::Kind postOutcomeKindFor(TweetStatus status);

} // namespace EpisodeDesk::Models

Q_DECLARE_METATYPE(EpisodeDesk::Models::PostOutcome)
