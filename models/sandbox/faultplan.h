// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace EpisodeDesk::Models {

// One scripted misbehaviour of the local X server. A gadget, so that the control API and the log can
// name kinds and endpoints; LocalXServer exposes it as LocalXServer::Fault (with FaultKind and
// Endpoint), which is how tests and the benchmark spell it. An aggregate, so that tests can write
// injectFault({.kind = FaultKind::Delay, .delayMs = 200}).
struct SandboxFault
{
    Q_GADGET

public:
    // Which requests a fault applies to; also the names the router gives the X endpoints it serves.
    enum class Endpoint
    {
        CreateTweet,
        UsersMe,
        UserTweets,
        Token, // POST /2/oauth2/token
        Authorize, // GET /i/oauth2/authorize
        Revoke, // POST /2/oauth2/revoke
        MediaUpload, // POST /2/media/upload, every chunked step (initialize, append, finalize) and STATUS
        MediaMetadata, // POST /2/media/metadata
        Any
    };
    Q_ENUM(Endpoint)

    enum class Kind
    {
        Delay, // wait delayMs, then behave normally
        Hang, // never answer; the client has to give up
        ServerError, // 503 without doing anything
        ServerErrorAfterCreate, // do the work (store the post), then answer 503 instead of success
        DropBeforeCreate, // close the connection without storing or answering
        DropAfterCreate, // store the post, then close the connection without any response
        RateLimited, // 429 with rate-limit headers that reset at resetAt
        UsageCapped, // 429 usage-capped problem (not retryable)
        Unauthorized, // 401 whatever the signature
        Duplicate, // 403 duplicate content whatever the text
        // OAuth 2.0; these only ever apply to Token (FaultPlan::add() sets that endpoint):
        ExpiredCode, // the next code exchange fails with invalid_grant as if the code's 30 s had passed
        InvalidGrant, // the next token request fails with invalid_grant, and its grant is revoked
        // CreateTweet: the media ids of the create expire (as if their time had run out), and the create
        // is answered as X answers expired ids (400); a create without media is served normally.
        ExpiredMedia,
    };
    Q_ENUM(Kind)

    // Applies to the next `count` requests on `endpoint`.
    Kind kind = Kind::Delay;
    int count = 1;
    int delayMs = 0;
    QDateTime resetAt = {}; // RateLimited; invalid means 15 minutes from the server's clock
    Endpoint endpoint = Endpoint::CreateTweet;

    // {"kind","count","delayMs","resetAt":<unix s|ISO>,"endpoint"}, names matched case-insensitively.
    static std::optional<SandboxFault> fromJson(const QJsonValue &value, QString *error);
    static QLatin1String name(Kind kind);
    static QLatin1String name(Endpoint endpoint);
};

// The queue of faults still to be applied. A request takes the first queued fault whose endpoint
// matches (or is Any), so a script such as "drop one create, then delay the next two" plays in
// the order it was written, whatever other requests arrive in between.
class FaultPlan final
{
public:
    // Ignored when count is not positive. ExpiredCode and InvalidGrant get the Token endpoint,
    // whatever they say: they mean nothing elsewhere.
    void add(const SandboxFault &fault);
    void clear();
    int pendingCount() const; // requests still to be faulted (the sum of the queued counts)

    // The fault for the next request on `endpoint`, consuming one of its count; none when no
    // queued fault applies. `applies`, when given, can pass over a fault that does not fit this
    // request (ExpiredCode on a refresh), which then stays queued for a later one.
    std::optional<SandboxFault> take(SandboxFault::Endpoint endpoint,
                                     const std::function<bool(const SandboxFault &)> &applies = {});

private:
    QList<SandboxFault> m_faults;
};

} // namespace EpisodeDesk::Models
