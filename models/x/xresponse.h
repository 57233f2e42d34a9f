// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace EpisodeDesk::Models {

// Why a call to X did not succeed (STYLE.md §3: posting failures carry an enum class category).
enum class XErrorCategory
{
    None,
    Network, // no usable HTTP answer: refused, DNS, TLS, reset, proxy
    Auth, // 401, 403 other than duplicate content: keys, permissions, clock
    RateLimit, // 429: retry after XCreateResult::retryAfter
    UsageCapped, // 429 usage-capped: the plan's cap, retrying does not help
    Validation, // 400 and other refusals of the request itself; addresses our policy refuses
    Duplicate, // 403 duplicate content: the text is probably posted already
    Server, // 5xx
    Malformed, // an answer we cannot read (bad JSON, no id, oversized)
    Timeout, // no complete answer within the client's time limit
    Media, // a create X refused for its media ids (expired, unknown): nothing published; upload again
};

// What a create call means for the tweet config (DESIGN.md, posting protocol step 3 "Finish").
enum class XOutcome
{
    Published, // 201 with data.id → posted
    NotPublished, // a definite refusal → failed (retryable unless the category says otherwise)
    MayHavePublished, // the request may have reached X → unknown, verify before sending again
};

// Stable lower-case names ("rate-limit", "may-have-published") for logs, history rows and tests.
QString xErrorCategoryName(XErrorCategory category);
QString xOutcomeName(XOutcome outcome);

// Bodies larger than this are not parsed; the client stops reading after this many bytes plus one.
inline constexpr qsizetype kXMaxBodyBytes = 256 * 1024;

using XRawHeaders = QList<std::pair<QByteArray, QByteArray>>;

// One rate-limit window from the response headers. Absent headers stay empty.
struct XRateLimitWindow
{
    std::optional<qint64> limit;
    std::optional<qint64> remaining;
    QDateTime reset; // UTC; invalid when absent

    bool isEmpty() const { return !limit && !remaining && !reset.isValid(); }
    bool isExhausted() const { return remaining && *remaining <= 0; }
};

// x-rate-limit-* (15 minutes, documented) and x-user-limit-24hour-* / x-app-limit-24hour-* (observed).
struct XRateLimit
{
    XRateLimitWindow window15min;
    XRateLimitWindow user24h;
    XRateLimitWindow app24h;

    bool isEmpty() const { return window15min.isEmpty() && user24h.isEmpty() && app24h.isEmpty(); }

    // The latest reset among exhausted windows; failing that, the 15-minute reset; else invalid.
    QDateTime resumeAt() const;

    static XRateLimit fromHeaders(const XRawHeaders &headers);
};

// The useful part of an error body, from either shape X uses: a problem object
// {title, detail, type, status} or {"errors":[{code, message}]} (both may appear together).
struct XProblem
{
    QString title;
    QString detail;
    QString type;
    int status = 0;
    QList<int> codes; // errors[].code
    QStringList messages; // errors[].message, errors[].detail
    QStringList parameters; // the names in errors[].parameters, e.g. "media.media_ids"

    bool isEmpty() const
    {
        return title.isEmpty() && detail.isEmpty() && type.isEmpty() && codes.isEmpty() && messages.isEmpty();
    }
    bool isDuplicateContent() const;
    bool isUsageCapped() const;
    // A 400 about the media ids of a create ("Your media IDs are invalid.", parameter media.media_ids).
    bool isMediaRefusal() const;
    // One short line for a person: detail, else title, else the first message; trimmed to 160 characters.
    QString summary() const;
};

// The answer to POST /2/tweets, decided by XResponse::classifyCreate().
struct XCreateResult
{
    XOutcome outcome = XOutcome::MayHavePublished;
    XErrorCategory category = XErrorCategory::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString postId;
    QString postText; // as X stored it (t.co links, escaping); may differ from what was sent
    QString message; // short, translated; never a secret or a raw body
    XRateLimit rateLimit;
    QDateTime retryAfter; // for 429: when posting may resume (UTC); invalid when unknown
};

struct XUser
{
    QString id;
    QString name;
    QString username;
};

// The answer to GET /2/users/me.
struct XUsersMeResult
{
    bool ok = false;
    XErrorCategory category = XErrorCategory::None;
    int httpStatus = 0;
    QString message;
    XUser user;
    XRateLimit rateLimit;
};

// One entities.urls[] entry of a post: where X put a t.co link and what it stands for.
struct XUrlEntity
{
    QString url; // the t.co link as it appears in the post's text
    QString expandedUrl; // the link as sent (X prepends http:// to a scheme-less one); may be empty
    QString displayUrl; // what X shows, e.g. "example.com/ep101"
    int start = -1; // Unicode code point offsets into the post's text, end exclusive
    int end = -1;
    QString mediaKey; // the media link X appends to a post with media carries one ("3_…"); else empty

    friend bool operator==(const XUrlEntity &, const XUrlEntity &) = default;
};

struct XPostSummary
{
    QString id;
    QString text;
    QDateTime createdAt; // UTC; invalid if X sent none or an unreadable one
    // entities.urls, in X's order. X sends "entities" only when asked (tweet.fields=entities) and
    // leaves it out of a post that has no entity at all, so without it a t.co link in the text stands
    // for a link nobody can name (matchPost() in posting/textmatch.h then cannot tell).
    QList<XUrlEntity> urls;
    bool hasEntities = false; // whether the post carried an "entities" object
    // attachments.media_keys, in X's order. X sends "attachments" only when asked
    // (tweet.fields=attachments) and leaves it out of a post without media.
    QStringList mediaKeys;
    bool hasAttachments = false; // whether the post carried an "attachments" object
};

// The answer to GET /2/users/{id}/tweets. An empty list with ok == true means "no posts in the window".
struct XUserTweetsResult
{
    bool ok = false;
    XErrorCategory category = XErrorCategory::None;
    int httpStatus = 0;
    QString message;
    QList<XPostSummary> posts;
    QString nextToken; // meta.next_token: more posts than one page
    XRateLimit rateLimit;
};

// The answer to an upload (one-shot, or the whole chunked sequence) or to POST /2/media/metadata.
struct XMediaResult
{
    bool ok = false;
    QString mediaId; // data.id (or media_id_string); for alt text, the id it was set on
    QString mediaKey; // data.media_key, "3_<id>"; may be empty
    qint64 expiresAfterSecs = 0; // how long X keeps the id attachable, from the answer
    int httpStatus = 0; // of the last request; 0 when no HTTP answer arrived
    XErrorCategory category = XErrorCategory::None;
    QString message; // short, translated, for the user; never a secret, a raw body or Qt's error text
    QDateTime retryAfter; // for 429: when uploads may resume (UTC); invalid when unknown
};

// data.processing_info of a chunked upload's finalize or STATUS answer.
struct XMediaProcessing
{
    QString state; // "pending", "in_progress", "succeeded", "failed"; empty when X sent none
    int checkAfterSecs = 0;
};

// Pure parsing and classification of X API v2 answers; no I/O, unit-tested offline.
// Every function takes what a finished QNetworkReply reports: the HTTP status (0 if none), its
// error(), whether any request bytes were handed to the network (see XClient), the raw headers and at
// most kXMaxBodyBytes + 1 bytes of body (more means "oversized", never parsed).
class XResponse final
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeDesk::Models::XResponse)

public:
    XResponse() = delete;

    static XCreateResult classifyCreate(int httpStatus, QNetworkReply::NetworkError error, bool requestSent,
                                        const XRawHeaders &headers, const QByteArray &body);
    static XUsersMeResult parseUsersMe(int httpStatus, QNetworkReply::NetworkError error, const XRawHeaders &headers,
                                       const QByteArray &body);
    static XUserTweetsResult parseUserTweets(int httpStatus, QNetworkReply::NetworkError error,
                                             const XRawHeaders &headers, const QByteArray &body);

    // Any media answer: 2xx is ok (with `needsId`, only when data.id or media_id_string is an id);
    // processing_info goes to `processing` when given.
    static XMediaResult parseMedia(int httpStatus, QNetworkReply::NetworkError error, const XRawHeaders &headers,
                                   const QByteArray &body, bool needsId, XMediaProcessing *processing = nullptr);

    // Building blocks, public for tests.
    static XProblem parseProblem(const QByteArray &body);
    // X's id format, ^[0-9]{1,19}$ (posts and users alike).
    static bool isValidPostId(const QString &id);
};

} // namespace EpisodeDesk::Models

Q_DECLARE_METATYPE(EpisodeDesk::Models::XErrorCategory)
Q_DECLARE_METATYPE(EpisodeDesk::Models::XOutcome)
Q_DECLARE_METATYPE(EpisodeDesk::Models::XCreateResult)
Q_DECLARE_METATYPE(EpisodeDesk::Models::XUsersMeResult)
Q_DECLARE_METATYPE(EpisodeDesk::Models::XUserTweetsResult)
Q_DECLARE_METATYPE(EpisodeDesk::Models::XMediaResult)
