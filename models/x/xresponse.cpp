// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "x/xresponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace EpisodeDesk::Models {

namespace {

constexpr qsizetype kSummaryLength = 160;

std::optional<qint64> headerNumber(const XRawHeaders &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 value = header.second.trimmed().toLongLong(&ok);
            if (ok) {
                return value;
            }
            return std::nullopt;
        }
    }
    return std::nullopt;
}

XRateLimitWindow window(const XRawHeaders &headers, const QByteArray &prefix)
{
    XRateLimitWindow result;
    result.limit = headerNumber(headers, prefix + "-limit");
    result.remaining = headerNumber(headers, prefix + "-remaining");
    // Unix seconds; a value far outside any plausible range is ignored rather than trusted.
    const std::optional<qint64> reset = headerNumber(headers, prefix + "-reset");
    if (reset && *reset > 0 && *reset < 32503680000) {
        result.reset = QDateTime::fromSecsSinceEpoch(*reset, Qt::UTC);
    }
    return result;
}

// Returns the parsed object, or nothing for an oversized, empty or non-object body.
std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    if (body.isEmpty() || body.size() > kXMaxBodyBytes) {
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

// A JSON number that is a whole offset into a post's text (X's texts are short; the bound is generous).
std::optional<int> offset(const QJsonValue &value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (number < 0 || number > 100000 || number != static_cast<double>(static_cast<int>(number))) {
        return std::nullopt;
    }
    return static_cast<int>(number);
}

// entities.urls[] of one post; nothing when any part of it cannot be read. Other entity kinds
// (hashtags, mentions, annotations) and extra fields of a URL entry (images, title, unwound_url)
// are not needed and not checked.
std::optional<QList<XUrlEntity>> urlEntities(const QJsonValue &entities)
{
    if (!entities.isObject()) {
        return std::nullopt;
    }
    const QJsonValue urls = entities.toObject().value(u"urls"_s);
    if (urls.isUndefined()) {
        return QList<XUrlEntity>();
    }
    if (!urls.isArray()) {
        return std::nullopt;
    }
    QList<XUrlEntity> result;
    for (const QJsonValue &value : urls.toArray()) {
        const QJsonObject entry = value.toObject();
        const QJsonValue url = entry.value(u"url"_s);
        const std::optional<int> start = offset(entry.value(u"start"_s));
        const std::optional<int> end = offset(entry.value(u"end"_s));
        if (!value.isObject() || !url.isString() || url.toString().isEmpty() || !start || !end || *end < *start) {
            return std::nullopt;
        }
        // X may leave out expanded_url (observed in v1.1); a present one must be text.
        XUrlEntity entity;
        for (const auto &[key, field] :
             {std::pair {u"expanded_url"_s, &entity.expandedUrl}, std::pair {u"display_url"_s, &entity.displayUrl}}) {
            const QJsonValue text = entry.value(key);
            if (!text.isUndefined() && !text.isString()) {
                return std::nullopt;
            }
            *field = text.toString();
        }
        const QJsonValue mediaKey = entry.value(u"media_key"_s);
        if (!mediaKey.isUndefined() && !mediaKey.isString()) {
            return std::nullopt;
        }
        entity.mediaKey = mediaKey.toString();
        entity.url = url.toString();
        entity.start = *start;
        entity.end = *end;
        result.append(entity);
    }
    return result;
}

// attachments.media_keys of one post; nothing when it cannot be read. Other attachments (poll_ids)
// are not needed.
std::optional<QStringList> mediaKeys(const QJsonValue &attachments)
{
    if (!attachments.isObject()) {
        return std::nullopt;
    }
    const QJsonValue keys = attachments.toObject().value(u"media_keys"_s);
    if (keys.isUndefined()) {
        return QStringList();
    }
    if (!keys.isArray()) {
        return std::nullopt;
    }
    QStringList result;
    for (const QJsonValue &key : keys.toArray()) {
        if (!key.isString() || key.toString().isEmpty()) {
            return std::nullopt;
        }
        result.append(key.toString());
    }
    return result;
}

bool isRedirect(int status)
{
    return status >= 300 && status < 400;
}

// Before-send network errors and the HTTP-less refusal texts.
struct Failure
{
    XErrorCategory category = XErrorCategory::None;
    QString message;
};

} // namespace

QString xErrorCategoryName(XErrorCategory category)
{
    switch (category) {
    case XErrorCategory::None:
        return u"none"_s;
    case XErrorCategory::Network:
        return u"network"_s;
    case XErrorCategory::Auth:
        return u"auth"_s;
    case XErrorCategory::RateLimit:
        return u"rate-limit"_s;
    case XErrorCategory::UsageCapped:
        return u"usage-capped"_s;
    case XErrorCategory::Validation:
        return u"validation"_s;
    case XErrorCategory::Duplicate:
        return u"duplicate"_s;
    case XErrorCategory::Server:
        return u"server"_s;
    case XErrorCategory::Malformed:
        return u"malformed"_s;
    case XErrorCategory::Timeout:
        return u"timeout"_s;
    case XErrorCategory::Media:
        return u"media"_s;
    }
    return u"unknown"_s;
}

QString xOutcomeName(XOutcome outcome)
{
    switch (outcome) {
    case XOutcome::Published:
        return u"published"_s;
    case XOutcome::NotPublished:
        return u"not-published"_s;
    case XOutcome::MayHavePublished:
        return u"may-have-published"_s;
    }
    return u"unknown"_s;
}

QDateTime XRateLimit::resumeAt() const
{
    QDateTime latest;
    for (const XRateLimitWindow *w : {&window15min, &user24h, &app24h}) {
        if (w->isExhausted() && w->reset.isValid() && (!latest.isValid() || w->reset > latest)) {
            latest = w->reset;
        }
    }
    if (!latest.isValid()) {
        latest = window15min.reset;
    }
    return latest;
}

XRateLimit XRateLimit::fromHeaders(const XRawHeaders &headers)
{
    XRateLimit result;
    result.window15min = window(headers, "x-rate-limit");
    result.user24h = window(headers, "x-user-limit-24hour");
    result.app24h = window(headers, "x-app-limit-24hour");
    return result;
}

bool XProblem::isDuplicateContent() const
{
    // v2 problem detail "…duplicate content."; v1.1-style errors use code 187 "Status is a duplicate."
    if (codes.contains(187)) {
        return true;
    }
    const auto mentions = [](const QString &text) {
        return text.contains(u"duplicate content"_s, Qt::CaseInsensitive) ||
            text.contains(u"is a duplicate"_s, Qt::CaseInsensitive);
    };
    if (mentions(detail) || mentions(title)) {
        return true;
    }
    return std::any_of(messages.cbegin(), messages.cend(), mentions);
}

bool XProblem::isUsageCapped() const
{
    return type.endsWith(u"/2/problems/usage-capped"_s) || title == u"UsageCapExceeded"_s;
}

bool XProblem::isMediaRefusal() const
{
    if (std::any_of(parameters.cbegin(), parameters.cend(),
                    [](const QString &name) { return name.startsWith(u"media"_s); })) {
        return true;
    }
    return std::any_of(messages.cbegin(), messages.cend(),
                       [](const QString &text) { return text.contains(u"media id"_s, Qt::CaseInsensitive); });
}

QString XProblem::summary() const
{
    QString text = !detail.isEmpty() ? detail : !title.isEmpty() ? title : messages.value(0);
    // Only printable text from X's own fields, one line, bounded: never a raw body.
    text.replace(QRegularExpression(u"[\\x00-\\x1f\\x7f]"_s), u" "_s);
    text = text.simplified();
    if (text.size() > kSummaryLength) {
        text = text.left(kSummaryLength - 1) + QChar(0x2026);
    }
    return text;
}

XProblem XResponse::parseProblem(const QByteArray &body)
{
    XProblem problem;
    const std::optional<QJsonObject> object = jsonObject(body);
    if (!object) {
        return problem;
    }
    problem.title = object->value(u"title"_s).toString();
    problem.detail = object->value(u"detail"_s).toString();
    problem.type = object->value(u"type"_s).toString();
    problem.status = object->value(u"status"_s).toInt();
    const QJsonArray errors = object->value(u"errors"_s).toArray();
    for (const QJsonValue &value : errors) {
        const QJsonObject error = value.toObject();
        const QJsonObject parameters = error.value(u"parameters"_s).toObject();
        for (auto it = parameters.constBegin(); it != parameters.constEnd(); ++it) {
            problem.parameters.append(it.key());
        }
        if (error.contains(u"code"_s)) {
            problem.codes.append(error.value(u"code"_s).toInt());
        }
        for (const QString &key : {u"message"_s, u"detail"_s}) {
            const QString text = error.value(key).toString();
            if (!text.isEmpty()) {
                problem.messages.append(text);
            }
        }
        // Some problem objects nest their title/type in errors[] only.
        if (problem.type.isEmpty()) {
            problem.type = error.value(u"type"_s).toString();
        }
        if (problem.title.isEmpty()) {
            problem.title = error.value(u"title"_s).toString();
        }
    }
    return problem;
}

bool XResponse::isValidPostId(const QString &id)
{
    static const QRegularExpression pattern(u"^[0-9]{1,19}$"_s);
    return pattern.match(id).hasMatch();
}

namespace {

// Errors Qt raises before any request byte can have reached the server.
bool provesNothingWasSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return true;
    default:
        return false;
    }
}

// A failure without an HTTP answer. Whether it means "not published" depends on requestSent.
Failure networkFailure(QNetworkReply::NetworkError error, bool requestSent)
{
    if (error == QNetworkReply::TimeoutError) {
        return {XErrorCategory::Timeout,
                requestSent ? XResponse::tr("X did not answer in time; the post may have been published. Verify before "
                                            "sending it again.")
                            : XResponse::tr("Could not reach X in time; nothing was sent.")};
    }
    if (requestSent) {
        return {XErrorCategory::Network,
                XResponse::tr("The connection to X broke after the request was sent; the post may have been published. "
                              "Verify before sending it again.")};
    }
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return {XErrorCategory::Network,
                XResponse::tr("Could not connect to X (connection refused); nothing was sent.")};
    case QNetworkReply::HostNotFoundError:
        return {XErrorCategory::Network, XResponse::tr("Could not find X's server address; nothing was sent.")};
    case QNetworkReply::SslHandshakeFailedError:
        return {XErrorCategory::Network, XResponse::tr("The secure connection to X failed; nothing was sent.")};
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return {XErrorCategory::Network, XResponse::tr("The network proxy refused the connection; nothing was sent.")};
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return {XErrorCategory::Validation,
                XResponse::tr("EpisodeDesk sends keys only over https (or http on this computer); nothing was sent.")};
    case QNetworkReply::OperationCanceledError:
        return {XErrorCategory::Network, XResponse::tr("The request was cancelled before it was sent.")};
    default:
        return {XErrorCategory::Network, XResponse::tr("A network error stopped the request before it was sent.")};
    }
}

// The category and text for an HTTP answer that is not the success the call expected.
Failure httpFailure(int status, const XProblem &problem, const XRateLimit &rateLimit)
{
    const QString detail = problem.summary();
    const auto withDetail = [&detail](const QString &text) {
        return detail.isEmpty() ? text : XResponse::tr("%1 X says: \"%2\"").arg(text, detail);
    };
    if (status == 400) {
        return {XErrorCategory::Validation, withDetail(XResponse::tr("X refused the request as invalid (HTTP 400)."))};
    }
    if (status == 401) {
        return {
            XErrorCategory::Auth,
            XResponse::tr("X did not accept the account's keys (HTTP 401). Check the keys and the computer's clock.")};
    }
    if (status == 403) {
        return {XErrorCategory::Auth,
                withDetail(XResponse::tr("X does not allow this account to do this (HTTP 403)."))};
    }
    if (status == 429) {
        if (problem.isUsageCapped()) {
            return {XErrorCategory::UsageCapped,
                    XResponse::tr("The X API usage cap is used up (HTTP 429); retrying will not help until the cap "
                                  "is raised or renewed.")};
        }
        const QDateTime resume = rateLimit.resumeAt();
        return {XErrorCategory::RateLimit,
                resume.isValid() ? XResponse::tr("X's rate limit was reached (HTTP 429); it resets at %1 UTC.")
                                       .arg(resume.toString(u"yyyy-MM-dd HH:mm"_s))
                                 : XResponse::tr("X's rate limit was reached (HTTP 429); try again later.")};
    }
    if (status >= 500 && status < 600) {
        return {XErrorCategory::Server, XResponse::tr("X had a server error (HTTP %1).").arg(status)};
    }
    if (status >= 400 && status < 500) {
        return {XErrorCategory::Validation, withDetail(XResponse::tr("X refused the request (HTTP %1).").arg(status))};
    }
    if (isRedirect(status)) {
        return {XErrorCategory::Malformed,
                XResponse::tr("X answered with a redirect (HTTP %1), which EpisodeDesk does not follow.").arg(status)};
    }
    return {XErrorCategory::Malformed, XResponse::tr("X gave an unexpected answer (HTTP %1).").arg(status)};
}

} // namespace

XCreateResult XResponse::classifyCreate(int httpStatus, QNetworkReply::NetworkError error, bool requestSent,
                                        const XRawHeaders &headers, const QByteArray &body)
{
    XCreateResult result;
    result.httpStatus = httpStatus;
    result.rateLimit = XRateLimit::fromHeaders(headers);
    const QString verify = tr("The post may have been published. Verify before sending it again.");

    // No HTTP answer: "not published" needs proof that nothing left. Qt reports requestSent from its
    // HTTP thread through queued signals, so an abort from this thread (our timeout, a cancel) or a
    // resend refusal may come before the news that the request went out: only errors that happen
    // before a connection can carry a request prove it.
    if (httpStatus <= 0) {
        result.httpStatus = 0;
        const bool mayHaveLeft = requestSent || !provesNothingWasSent(error);
        const Failure failure = networkFailure(error, mayHaveLeft);
        result.category = failure.category;
        result.message = failure.message;
        result.outcome = mayHaveLeft ? XOutcome::MayHavePublished : XOutcome::NotPublished;
        return result;
    }

    // An HTTP status is X's word; it outranks a transport error that came later (e.g. a cut body).
    if (httpStatus == 201) {
        if (const std::optional<QJsonObject> object = jsonObject(body)) {
            const QJsonObject data = object->value(u"data"_s).toObject();
            const QString id = data.value(u"id"_s).toString();
            if (isValidPostId(id)) {
                result.outcome = XOutcome::Published;
                result.category = XErrorCategory::None;
                result.postId = id;
                result.postText = data.value(u"text"_s).toString();
                result.message = tr("Published on X.");
                return result;
            }
        }
        result.outcome = XOutcome::MayHavePublished;
        result.category = XErrorCategory::Malformed;
        result.message = body.size() > kXMaxBodyBytes
            ? tr("X accepted the post (HTTP 201) but its answer was too large to read.") + u' ' + verify
            : tr("X accepted the post (HTTP 201) but its answer had no readable post id.") + u' ' + verify;
        return result;
    }

    const XProblem problem = parseProblem(body);
    const Failure failure = httpFailure(httpStatus, problem, result.rateLimit);
    result.category = failure.category;
    result.message = failure.message;

    if (httpStatus == 403 && problem.isDuplicateContent()) {
        // X does not return the original id: the same text is probably posted already.
        result.outcome = XOutcome::MayHavePublished;
        result.category = XErrorCategory::Duplicate;
        result.message = tr("X refused the text as a duplicate (HTTP 403); it is probably posted already. "
                            "Verify before sending it again.");
        return result;
    }
    if (httpStatus == 400 && problem.isMediaRefusal()) {
        // Nothing was published, and the same ids will not do: the images have to be uploaded again.
        result.outcome = XOutcome::NotPublished;
        result.category = XErrorCategory::Media;
        result.message = tr("X refused the post's images (HTTP 400): their upload has expired or X does not know "
                            "it. Nothing was published; the images have to be uploaded again.");
        return result;
    }
    if (httpStatus == 429) {
        result.outcome = XOutcome::NotPublished;
        if (result.category == XErrorCategory::RateLimit) {
            result.retryAfter = result.rateLimit.resumeAt();
        }
        return result;
    }
    // 4xx is a refusal of the request itself, except 408 (the server gave up waiting for it) whose
    // meaning behind a proxy is unclear. 5xx, 3xx and other answers may come after X acted.
    if (httpStatus >= 400 && httpStatus < 500 && httpStatus != 408) {
        result.outcome = XOutcome::NotPublished;
        return result;
    }
    result.outcome = XOutcome::MayHavePublished;
    if (httpStatus == 408) {
        result.category = XErrorCategory::Timeout;
    }
    result.message += u' ' + verify;
    return result;
}

XUsersMeResult XResponse::parseUsersMe(int httpStatus, QNetworkReply::NetworkError error, const XRawHeaders &headers,
                                       const QByteArray &body)
{
    XUsersMeResult result;
    result.httpStatus = qMax(httpStatus, 0);
    result.rateLimit = XRateLimit::fromHeaders(headers);
    if (httpStatus <= 0) {
        // A read-only call: whether bytes left does not matter, only that nothing usable came back.
        const Failure failure = networkFailure(error, false);
        result.category = failure.category;
        result.message = failure.message;
        return result;
    }
    if (httpStatus != 200) {
        const Failure failure = httpFailure(httpStatus, parseProblem(body), result.rateLimit);
        result.category = failure.category;
        result.message = failure.message;
        return result;
    }
    const std::optional<QJsonObject> object = jsonObject(body);
    const QJsonObject data = object ? object->value(u"data"_s).toObject() : QJsonObject();
    const QString id = data.value(u"id"_s).toString();
    if (!isValidPostId(id)) { // user ids share the post id format
        result.category = XErrorCategory::Malformed;
        result.message = tr("X's answer about the account could not be read.");
        return result;
    }
    result.ok = true;
    result.user = {id, data.value(u"name"_s).toString(), data.value(u"username"_s).toString()};
    return result;
}

XUserTweetsResult XResponse::parseUserTweets(int httpStatus, QNetworkReply::NetworkError error,
                                             const XRawHeaders &headers, const QByteArray &body)
{
    XUserTweetsResult result;
    result.httpStatus = qMax(httpStatus, 0);
    result.rateLimit = XRateLimit::fromHeaders(headers);
    if (httpStatus <= 0) {
        const Failure failure = networkFailure(error, false);
        result.category = failure.category;
        result.message = failure.message;
        return result;
    }
    if (httpStatus != 200) {
        const Failure failure = httpFailure(httpStatus, parseProblem(body), result.rateLimit);
        result.category = failure.category;
        result.message = failure.message;
        return result;
    }
    const auto malformed = [&result] {
        result.category = XErrorCategory::Malformed;
        result.message = tr("X's list of the account's posts could not be read.");
        result.posts.clear();
        return result;
    };
    const std::optional<QJsonObject> object = jsonObject(body);
    if (!object) {
        return malformed();
    }
    result.nextToken = object->value(u"meta"_s).toObject().value(u"next_token"_s).toString();
    // No "data" at all is X's way of saying "no posts" ({"meta":{"result_count":0}}).
    if (!object->contains(u"data"_s)) {
        result.ok = true;
        return result;
    }
    const QJsonValue data = object->value(u"data"_s);
    if (!data.isArray()) {
        return malformed();
    }
    // Strict: an entry we cannot read might be the very post being verified.
    for (const QJsonValue &value : data.toArray()) {
        const QJsonObject post = value.toObject();
        const QString id = post.value(u"id"_s).toString();
        const QJsonValue text = post.value(u"text"_s);
        if (!isValidPostId(id) || !text.isString()) {
            return malformed();
        }
        QDateTime createdAt = QDateTime::fromString(post.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
        if (createdAt.isValid()) {
            createdAt = createdAt.toUTC();
        }
        XPostSummary summary;
        summary.id = id;
        summary.text = text.toString();
        summary.createdAt = createdAt;
        if (post.contains(u"entities"_s)) {
            const std::optional<QList<XUrlEntity>> urls = urlEntities(post.value(u"entities"_s));
            if (!urls) {
                return malformed();
            }
            summary.urls = *urls;
            summary.hasEntities = true;
        }
        if (post.contains(u"attachments"_s)) {
            const std::optional<QStringList> keys = mediaKeys(post.value(u"attachments"_s));
            if (!keys) {
                return malformed();
            }
            summary.mediaKeys = *keys;
            summary.hasAttachments = true;
        }
        result.posts.append(summary);
    }
    result.ok = true;
    return result;
}

XMediaResult XResponse::parseMedia(int httpStatus, QNetworkReply::NetworkError error, const XRawHeaders &headers,
                                   const QByteArray &body, bool needsId, XMediaProcessing *processing)
{
    XMediaResult result;
    result.httpStatus = qMax(httpStatus, 0);
    const XRateLimit rateLimit = XRateLimit::fromHeaders(headers);
    const QString failed = tr("The image could not be sent to X.");
    if (httpStatus <= 0) {
        // Harmless to repeat: whether bytes left does not matter, only that no answer came.
        const Failure failure = networkFailure(error, false);
        result.category = failure.category;
        result.message = failure.category == XErrorCategory::Timeout
            ? tr("X did not answer in time while the image was being sent.")
            : failed + u' ' + failure.message;
        return result;
    }
    if (httpStatus < 200 || httpStatus >= 300) {
        const Failure failure = httpFailure(httpStatus, parseProblem(body), rateLimit);
        result.category = failure.category;
        result.message = failed + u' ' + failure.message;
        if (failure.category == XErrorCategory::RateLimit) {
            result.retryAfter = rateLimit.resumeAt();
        }
        return result;
    }
    const std::optional<QJsonObject> object = jsonObject(body);
    const QJsonObject data = object ? object->value(u"data"_s).toObject() : QJsonObject();
    // v2 says data.id; older answers (and some clients' servers) say media_id_string, in data or on top.
    QString id = data.value(u"id"_s).toString();
    for (const QJsonObject &holder : {data, object.value_or(QJsonObject())}) {
        if (id.isEmpty()) {
            id = holder.value(u"media_id_string"_s).toString();
        }
    }
    if (needsId && !isValidPostId(id)) {
        result.category = XErrorCategory::Malformed;
        result.message = tr("X accepted the image but its answer had no readable media id.");
        return result;
    }
    result.ok = true;
    result.mediaId = id;
    result.mediaKey = data.value(u"media_key"_s).toString();
    result.expiresAfterSecs = static_cast<qint64>(data.value(u"expires_after_secs"_s).toDouble());
    if (processing) {
        const QJsonObject info = data.value(u"processing_info"_s).toObject();
        processing->state = info.value(u"state"_s).toString();
        processing->checkAfterSecs = std::max(0, info.value(u"check_after_secs"_s).toInt());
    }
    return result;
}

} // namespace EpisodeDesk::Models
