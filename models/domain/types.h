// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace EpisodeDesk::Models {

// The five stored states of a tweet config (DESIGN.md, "The posting protocol"). The database has a
// CHECK constraint on exactly these strings; derived states (scheduled, missed, disabled, held) are never
// stored.
enum class TweetStatus
{
    Pending,
    Posting,
    Posted,
    Failed,
    Unknown
};

// The stored word ("posted"): the database's and JSON's, never translated.
QString statusToString(TweetStatus status);
std::optional<TweetStatus> statusFromString(const QString &text);
// The state as a sentence says it, translated: "posted" in "This tweet is posted and can no longer be edited."
QString statusInSentence(TweetStatus status);

enum class AccountKind
{
    X,
    Sandbox
};

QString accountKindToString(AccountKind kind);
std::optional<AccountKind> accountKindFromString(const QString &text);

// How an X account's requests are authorized (schema 7). Sandbox accounts are OAuth 1.0a.
enum class AccountAuth
{
    OAuth1, // the four keys pasted from X's developer portal
    OAuth2, // the tokens of a Sign in with X (Authorization Code with PKCE)
};

QString accountAuthToString(AccountAuth auth); // "oauth1", "oauth2"
std::optional<AccountAuth> accountAuthFromString(const QString &text);

// The public facts of an X account. Its keys live in the OS keychain only (see secrets/).
struct Account
{
    qint64 id = 0;
    QString name;
    AccountKind kind = AccountKind::X;
    QString handle;
    QString xUserId;
    QUrl apiBaseUrl;
    QDateTime createdAt;
    AccountAuth auth = AccountAuth::OAuth1;
    QString clientId; // OAuth 2.0: the user's X app (public, not a secret)

    bool operator==(const Account &) const = default;
};

struct Episode
{
    qint64 id = 0;
    std::optional<int> number;
    QString title;
    QDate publishedOn;
    QUrl link;
    QString notes;
    QString feedGuid;
    bool archived = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    // What the show's feed carries (schema 6); FeedImport writes them, the user edits none but season.
    std::optional<int> season;
    QString episodeType = QStringLiteral("full"); // full, trailer or bonus
    QDateTime publishedAt; // UTC, the feed's exact time; invalid when not known
    QString description; // plain text
    QUrl image;
    QUrl enclosureUrl;
    std::optional<qint64> durationS;
    std::optional<bool> inFeed; // nullopt: not from a feed; false: the feed no longer lists it

    bool operator==(const Episode &) const = default;
};

struct TweetConfig
{
    qint64 id = 0;
    qint64 episodeId = 0;
    qint64 accountId = 0;
    QString text;
    QDateTime scheduledAt; // UTC; invalid when not scheduled
    QString scheduledZone; // IANA id of the zone the user entered the time in
    bool enabled = true;
    bool archived = false;
    TweetStatus status = TweetStatus::Pending;
    QString attemptId;
    QDateTime claimedAt;
    QString claimedBy; // "host:pid"
    QString postId;
    QUrl postUrl;
    QDateTime postedAt;
    QString lastError;
    int retryCount = 0;
    // When the scheduler will (re)try this tweet regardless of the grace period: waiting for X's limit
    // to reset, or a safe automatic retry of a failure. Invalid when none is planned.
    QDateTime nextRetryAt;
    // The lease of the current claim: no request for it leaves after this (UTC); invalid when none.
    QDateTime claimDeadline;
    // When an unknown tweet is next verified with X by itself, and how often that has been tried.
    QDateTime verifyAfter;
    int verifyCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The show's template (schema 6) this tweet announces its episode with; nullopt for a tweet typed for
    // this episode alone.
    std::optional<qint64> templateId;

    bool operator==(const TweetConfig &) const = default;
};

struct PostAttempt
{
    QString attemptId;
    qint64 configId = 0;
    qint64 accountId = 0;
    QString textSent;
    QString claimedBy;
    QDateTime startedAt;
    QDateTime deadline; // the claim's lease: nothing was sent after it
    QDateTime finishedAt;
    std::optional<int> httpStatus;
    QString outcome; // one of the TweetStatus strings, or "posting" while in flight
    QString postId;
    QString error;
    QString errorCategory; // xErrorCategoryName of why it failed ("duplicate", "timeout", …)

    bool operator==(const PostAttempt &) const = default;
};

// What the UI shows: the stored state refined by the enabled flag and the schedule (DESIGN.md).
// New values go last: views and filters keep them as ints, and the badge delegate walks them in order.
enum class DisplayStatus
{
    Pending,
    Scheduled,
    Posting,
    Posted,
    Failed,
    Unknown,
    Missed,
    Disabled,
    // Cannot be sent as it stands (text over the limit, account gone): needs the tweet, its episode and
    // its account, so displayStatus() below never returns it; see posting/holdreason.h.
    Held
};

// A pending tweet whose scheduled time is more than `grace` in the past has been missed: it is not
// posted hours late unasked.
DisplayStatus displayStatus(const TweetConfig &config, const QDateTime &now, qint64 graceSeconds);
QString displayStatusToString(DisplayStatus status);

} // namespace EpisodeDesk::Models

Q_DECLARE_METATYPE(EpisodeDesk::Models::TweetStatus)
