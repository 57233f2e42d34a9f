// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxmedia.h"

#include "sandbox/timelinestore.h"
#include "sandbox/xformats.h"

#include <QBuffer>
#include <QHash>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace EpisodeDesk::Models {

namespace {

Q_LOGGING_CATEGORY(lcSandboxMedia, "episodedesk.sandbox.media")

// Twitter's snowflake epoch, as for post ids: media ids made from it look like real ones.
constexpr qint64 kSnowflakeEpochMs = Q_INT64_C(1288834974657);
constexpr int kMaxSegmentIndex = 999;
constexpr qsizetype kMaxAltLength = 1000; // characters (code points)
constexpr qsizetype kMaxImagesPerPost = 4;
const QString kSection = QStringLiteral("media");

// The states of an upload: a chunked one is initialized, then pending after finalize, then succeeded
// once STATUS was asked; a one-shot upload is succeeded at once.
const QString kInitialized = QStringLiteral("initialized");
const QString kPending = QStringLiteral("pending");
const QString kSucceeded = QStringLiteral("succeeded");

const QString kTweetImage = QStringLiteral("tweet_image");
const QString kTweetGif = QStringLiteral("tweet_gif");

// The type the bytes say, whatever the client declared; empty for anything X does not take as an image.
QString detectType(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArrayLiteral("\xFF\xD8\xFF"))) {
        return QStringLiteral("image/jpeg");
    }
    if (bytes.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1A\n"))) {
        return QStringLiteral("image/png");
    }
    if (bytes.startsWith(QByteArrayLiteral("GIF87a")) || bytes.startsWith(QByteArrayLiteral("GIF89a"))) {
        return QStringLiteral("image/gif");
    }
    if (bytes.size() >= 12 && bytes.startsWith(QByteArrayLiteral("RIFF")) && bytes.mid(8, 4) == "WEBP") {
        return QStringLiteral("image/webp");
    }
    return {};
}

bool isImageType(const QString &type)
{
    return type == QLatin1String("image/jpeg") || type == QLatin1String("image/png") ||
        type == QLatin1String("image/webp") || type == QLatin1String("image/gif");
}

QSize imageSize(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return reader.size();
}

// multipart/form-data fields by name; none when the body is not a well-formed form.
std::optional<QHash<QString, QByteArray>> formFields(const SandboxRequest &request)
{
    const QByteArray contentType = request.headers.value(QByteArrayLiteral("content-type"));
    static const QRegularExpression boundaryPattern(QStringLiteral("boundary=\"?([^\";]+)\"?"));
    const QRegularExpressionMatch boundary = boundaryPattern.match(QString::fromLatin1(contentType));
    if (!contentType.startsWith("multipart/form-data") || !boundary.hasMatch()) {
        return std::nullopt;
    }
    const QByteArray &body = request.body;
    const QByteArray delimiter = "--" + boundary.captured(1).toLatin1();
    static const QRegularExpression namePattern(QStringLiteral("name=\"([^\"]*)\""));
    QHash<QString, QByteArray> fields;
    qsizetype position = body.indexOf(delimiter);
    if (position < 0) {
        return std::nullopt;
    }
    position += delimiter.size();
    while (body.mid(position, 2) != "--") {
        if (body.mid(position, 2) != "\r\n") {
            return std::nullopt;
        }
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", position + 2);
        const qsizetype next = headerEnd < 0 ? -1 : body.indexOf("\r\n" + delimiter, headerEnd + 4);
        if (next < 0) {
            return std::nullopt;
        }
        const QString headers = QString::fromUtf8(body.mid(position + 2, headerEnd - position - 2));
        const QRegularExpressionMatch name = namePattern.match(headers);
        if (name.hasMatch()) {
            fields.insert(name.captured(1), body.mid(headerEnd + 4, next - headerEnd - 4));
        }
        position = next + 2 + delimiter.size();
    }
    return fields;
}

std::optional<QJsonObject> jsonBody(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

// X's 400 for media ids a create cannot use (unknown, someone else's, expired, not processed yet).
SandboxReply invalidMediaIds(const QStringList &ids)
{
    const QJsonObject body {
        {QStringLiteral("errors"),
         QJsonArray {QJsonObject {{QStringLiteral("parameters"),
                                   QJsonObject {{QStringLiteral("media.media_ids"), QJsonArray::fromStringList(ids)}}},
                                  {QStringLiteral("message"), QStringLiteral("Your media IDs are invalid.")}}}},
        {QStringLiteral("title"), QStringLiteral("Invalid Request")},
        {QStringLiteral("detail"), QStringLiteral("One or more parameters to your request was invalid.")},
        {QStringLiteral("type"), QStringLiteral("https://api.x.com/2/problems/invalid-request")},
    };
    return SandboxReply::problem(400, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject uploadJson(const SandboxUploadedMedia &upload)
{
    return {{QStringLiteral("mediaKey"), upload.mediaKey},
            {QStringLiteral("bytes"), QString::fromLatin1(upload.bytes.toBase64())},
            {QStringLiteral("mimeType"), upload.mimeType},
            {QStringLiteral("category"), upload.category},
            {QStringLiteral("alt"), upload.alt},
            {QStringLiteral("owner"), upload.ownerUserId},
            {QStringLiteral("uploadedAt"), XFormats::isoWithMs(upload.uploadedAt)},
            {QStringLiteral("expiresAt"), XFormats::isoWithMs(upload.expiresAt)}};
}

SandboxUploadedMedia uploadFromJson(const QString &id, const QJsonObject &object)
{
    SandboxUploadedMedia upload;
    upload.id = id;
    upload.mediaKey = object.value(QStringLiteral("mediaKey")).toString();
    upload.bytes = QByteArray::fromBase64(object.value(QStringLiteral("bytes")).toString().toLatin1());
    upload.mimeType = object.value(QStringLiteral("mimeType")).toString();
    upload.category = object.value(QStringLiteral("category")).toString();
    upload.alt = object.value(QStringLiteral("alt")).toString();
    upload.ownerUserId = object.value(QStringLiteral("owner")).toString();
    upload.uploadedAt = XFormats::parseTime(object.value(QStringLiteral("uploadedAt")).toString());
    upload.expiresAt = XFormats::parseTime(object.value(QStringLiteral("expiresAt")).toString());
    upload.ready = object.value(QStringLiteral("state")).toString() == kSucceeded;
    return upload;
}

qint64 secondsLeft(const QJsonObject &upload, const QDateTime &now)
{
    return std::max<qint64>(0, now.secsTo(XFormats::parseTime(upload.value(QStringLiteral("expiresAt")).toString())));
}

bool isExpired(const QJsonObject &upload, const QDateTime &now)
{
    return XFormats::parseTime(upload.value(QStringLiteral("expiresAt")).toString()) <= now;
}

// The "data" of an upload answer: id, media_key, expires_after_secs, and what else is known by now.
QJsonObject uploadData(const QString &id, const QJsonObject &upload, const QDateTime &now)
{
    QJsonObject data {{QStringLiteral("id"), id},
                      {QStringLiteral("media_key"), upload.value(QStringLiteral("mediaKey"))},
                      {QStringLiteral("expires_after_secs"), secondsLeft(upload, now)}};
    const QByteArray bytes = QByteArray::fromBase64(upload.value(QStringLiteral("bytes")).toString().toLatin1());
    if (!bytes.isEmpty()) {
        const QSize size = imageSize(bytes);
        data.insert(QStringLiteral("size"), bytes.size());
        data.insert(QStringLiteral("image"),
                    QJsonObject {{QStringLiteral("image_type"), upload.value(QStringLiteral("mimeType"))},
                                 {QStringLiteral("w"), size.width()},
                                 {QStringLiteral("h"), size.height()}});
    }
    return data;
}

SandboxReply dataReply(const QJsonObject &data)
{
    return SandboxReply::json(200, QJsonObject {{QStringLiteral("data"), data}});
}

QString sizeLimitMessage(qint64 limit)
{
    return QStringLiteral("The media is larger than the %1 MB allowed for its media_category.").arg(limit >> 20);
}

// The media id of /2/media/upload/{id}/append and …/finalize, and which of the two.
struct MediaStep
{
    QString mediaId;
    QString step; // "append", "finalize"; empty for /2/media/upload itself; "initialize"
};

std::optional<MediaStep> mediaStep(const QString &path)
{
    static const QRegularExpression pattern(
        QStringLiteral("^/2/media/upload(?:/(initialize)|/([0-9]{1,19})/(append|finalize))?$"));
    const QRegularExpressionMatch match = pattern.match(path);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    if (!match.captured(1).isEmpty()) {
        return MediaStep {{}, match.captured(1)};
    }
    return MediaStep {match.captured(2), match.captured(3)};
}

} // namespace

SandboxMedia::SandboxMedia(const TimelineStore &storage) : m_storage(storage) { }

void SandboxMedia::setLifetime(std::chrono::seconds lifetime)
{
    m_lifetime = lifetime;
}

std::chrono::seconds SandboxMedia::lifetime() const
{
    return m_lifetime;
}

bool SandboxMedia::startsUpload(const SandboxRequest &request)
{
    const auto step = mediaStep(request.url.path());
    return request.method == "POST" && step && step->mediaId.isEmpty();
}

SandboxReply SandboxMedia::handle(const SandboxRequest &request, const QString &userId, const QDateTime &now)
{
    if (request.method == "POST" && request.url.path() == QLatin1String("/2/media/metadata")) {
        return metadata(request, userId, now);
    }
    const auto step = mediaStep(request.url.path());
    if (!step) {
        return SandboxReply::notFound();
    }
    if (request.method == "GET") {
        return step->step.isEmpty() ? status(request, userId, now) : SandboxReply::notFound();
    }
    if (step->step.isEmpty()) {
        return oneShot(request, userId, now);
    }
    if (step->step == QLatin1String("initialize")) {
        return initialize(request, userId, now);
    }
    if (step->step == QLatin1String("append")) {
        return append(request, step->mediaId, userId, now);
    }
    return finalize(step->mediaId, userId, now);
}

namespace {

// Runs `change` on the "media" section (uploads by id, and the id counter), under the storage's lock.
// The reply is `change`'s, or 503 when the storage could not be used.
SandboxReply withUploads(const TimelineStore &storage,
                         const std::function<SandboxReply(QJsonObject &uploads, qint64 &lastId, bool &changed)> &change)
{
    SandboxReply reply;
    QString error;
    const bool stored = storage.withSection(
        kSection,
        [&](QJsonObject &section) {
            QJsonObject uploads = section.value(QStringLiteral("uploads")).toObject();
            qint64 lastId = section.value(QStringLiteral("lastId")).toString().toLongLong();
            bool changed = false;
            reply = change(uploads, lastId, changed);
            if (changed) {
                // Ids as strings: a JSON number is a double and would round a 19-digit id.
                section.insert(QStringLiteral("uploads"), uploads);
                section.insert(QStringLiteral("lastId"), QString::number(lastId));
            }
            return changed;
        },
        &error);
    if (!stored) {
        qCWarning(lcSandboxMedia) << "Sandbox storage failed:" << error;
        return SandboxReply::serviceUnavailable();
    }
    return reply;
}

QString newId(qint64 &lastId, const QDateTime &now)
{
    lastId = std::max(lastId + 1, (now.toMSecsSinceEpoch() - kSnowflakeEpochMs) << 22);
    return QString::number(lastId);
}

} // namespace

SandboxReply SandboxMedia::oneShot(const SandboxRequest &request, const QString &userId, const QDateTime &now)
{
    QByteArray media;
    QString category = kTweetImage;
    if (const auto fields = formFields(request)) {
        media = fields->value(QStringLiteral("media"));
        if (fields->contains(QStringLiteral("media_category"))) {
            category = QString::fromUtf8(fields->value(QStringLiteral("media_category")));
        }
    } else if (const auto json = jsonBody(request.body)) {
        const auto decoded = QByteArray::fromBase64Encoding(json->value(QStringLiteral("media")).toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return SandboxReply::invalid(QStringLiteral("media"), QStringLiteral("The media is not valid base64."));
        }
        media = *decoded;
        category = json->value(QStringLiteral("media_category")).toString(kTweetImage);
    } else {
        return SandboxReply::invalid({}, QStringLiteral("Send the media as multipart/form-data or JSON."));
    }
    if (media.isEmpty()) {
        return SandboxReply::invalid(QStringLiteral("media"), QStringLiteral("The media field is required."));
    }
    if (category != kTweetImage) {
        return SandboxReply::invalid(QStringLiteral("media_category"),
                                     QStringLiteral("Upload %1 with initialize, append and finalize.").arg(category));
    }
    if (media.size() > kMaxImageBytes) {
        return SandboxReply::invalid(QStringLiteral("media"), sizeLimitMessage(kMaxImageBytes));
    }
    const QString type = detectType(media);
    if (type.isEmpty()) {
        return SandboxReply::invalid(QStringLiteral("media"), QStringLiteral("The media type is not supported."));
    }
    return withUploads(m_storage, [&](QJsonObject &uploads, qint64 &lastId, bool &changed) {
        SandboxUploadedMedia upload;
        upload.id = newId(lastId, now);
        upload.mediaKey = QStringLiteral("3_") + upload.id;
        upload.bytes = media;
        upload.mimeType = type;
        upload.category = category;
        upload.ownerUserId = userId;
        upload.uploadedAt = now;
        upload.expiresAt = now.addSecs(m_lifetime.count());
        QJsonObject stored = uploadJson(upload);
        stored.insert(QStringLiteral("state"), kSucceeded);
        uploads.insert(upload.id, stored);
        changed = true;
        qCDebug(lcSandboxMedia) << "Stored upload" << upload.id << type << media.size() << "bytes for user" << userId;
        return dataReply(uploadData(upload.id, stored, now));
    });
}

SandboxReply SandboxMedia::initialize(const SandboxRequest &request, const QString &userId, const QDateTime &now)
{
    const auto json = jsonBody(request.body);
    if (!json) {
        return SandboxReply::invalid({}, QStringLiteral("Request body is not valid JSON."));
    }
    const QString type = json->value(QStringLiteral("media_type")).toString();
    const QString category = json->value(QStringLiteral("media_category")).toString();
    const double total = json->value(QStringLiteral("total_bytes")).toDouble(-1);
    if (!isImageType(type)) {
        return SandboxReply::invalid(QStringLiteral("media_type"), QStringLiteral("The media type is not supported."));
    }
    if (category != kTweetImage && category != kTweetGif) {
        return SandboxReply::invalid(QStringLiteral("media_category"),
                                     QStringLiteral("The media_category is not supported."));
    }
    if (category == kTweetGif && type != QLatin1String("image/gif")) {
        return SandboxReply::invalid(QStringLiteral("media_type"), QStringLiteral("tweet_gif takes image/gif only."));
    }
    const qint64 limit = category == kTweetGif ? kMaxGifBytes : kMaxImageBytes;
    if (total <= 0 || total != static_cast<double>(static_cast<qint64>(total))) {
        return SandboxReply::invalid(QStringLiteral("total_bytes"),
                                     QStringLiteral("total_bytes must be a positive integer."));
    }
    if (static_cast<qint64>(total) > limit) {
        return SandboxReply::invalid(QStringLiteral("total_bytes"), sizeLimitMessage(limit));
    }
    return withUploads(m_storage, [&](QJsonObject &uploads, qint64 &lastId, bool &changed) {
        SandboxUploadedMedia upload;
        upload.id = newId(lastId, now);
        upload.mediaKey = QStringLiteral("3_") + upload.id;
        upload.mimeType = type;
        upload.category = category;
        upload.ownerUserId = userId;
        upload.uploadedAt = now;
        upload.expiresAt = now.addSecs(m_lifetime.count());
        QJsonObject stored = uploadJson(upload);
        stored.insert(QStringLiteral("state"), kInitialized);
        stored.insert(QStringLiteral("totalBytes"), QString::number(static_cast<qint64>(total)));
        stored.insert(QStringLiteral("chunks"), QJsonObject());
        uploads.insert(upload.id, stored);
        changed = true;
        return dataReply(uploadData(upload.id, stored, now));
    });
}

namespace {

// The upload a step names, or false with the 400 X answers for an id the user cannot use.
bool usableUpload(const QJsonObject &uploads, const QString &mediaId, const QString &userId, QJsonObject *upload,
                  SandboxReply *refusal)
{
    *upload = uploads.value(mediaId).toObject();
    if (upload->isEmpty() || upload->value(QStringLiteral("owner")).toString() != userId) {
        *refusal = SandboxReply::invalid(QStringLiteral("media_id"), QStringLiteral("The media_id is not known."));
        return false;
    }
    return true;
}

qint64 chunkTotal(const QJsonObject &chunks, const QString &except = {})
{
    qint64 total = 0;
    for (auto it = chunks.constBegin(); it != chunks.constEnd(); ++it) {
        if (it.key() != except) {
            total += QByteArray::fromBase64(it.value().toString().toLatin1()).size();
        }
    }
    return total;
}

} // namespace

SandboxReply SandboxMedia::append(const SandboxRequest &request, const QString &mediaId, const QString &userId,
                                  const QDateTime &now)
{
    const auto fields = formFields(request);
    if (!fields || !fields->contains(QStringLiteral("media"))) {
        return SandboxReply::invalid(QStringLiteral("media"),
                                     QStringLiteral("Send the segment as multipart/form-data with a media field."));
    }
    bool ok = false;
    const int index = QString::fromUtf8(fields->value(QStringLiteral("segment_index"))).toInt(&ok);
    if (!ok || index < 0 || index > kMaxSegmentIndex) {
        return SandboxReply::invalid(QStringLiteral("segment_index"),
                                     QStringLiteral("segment_index must be between 0 and 999."));
    }
    const QByteArray segment = fields->value(QStringLiteral("media"));
    return withUploads(m_storage, [&](QJsonObject &uploads, qint64 &, bool &changed) {
        SandboxReply refusal;
        QJsonObject upload;
        if (!usableUpload(uploads, mediaId, userId, &upload, &refusal)) {
            return refusal;
        }
        if (upload.value(QStringLiteral("state")).toString() != kInitialized || isExpired(upload, now)) {
            return SandboxReply::invalid(QStringLiteral("media_id"),
                                         QStringLiteral("The media cannot take more segments."));
        }
        QJsonObject chunks = upload.value(QStringLiteral("chunks")).toObject();
        const QString key = QString::number(index);
        const qint64 total = upload.value(QStringLiteral("totalBytes")).toString().toLongLong();
        if (chunkTotal(chunks, key) + segment.size() > total) {
            return SandboxReply::invalid(QStringLiteral("media"),
                                         QStringLiteral("The segments are larger than total_bytes."));
        }
        chunks.insert(key, QString::fromLatin1(segment.toBase64()));
        upload.insert(QStringLiteral("chunks"), chunks);
        uploads.insert(mediaId, upload);
        changed = true;
        const qint64 expiresAt =
            XFormats::parseTime(upload.value(QStringLiteral("expiresAt")).toString()).toSecsSinceEpoch();
        return dataReply(QJsonObject {{QStringLiteral("expires_at"), expiresAt}});
    });
}

SandboxReply SandboxMedia::finalize(const QString &mediaId, const QString &userId, const QDateTime &now)
{
    return withUploads(m_storage, [&](QJsonObject &uploads, qint64 &, bool &changed) {
        SandboxReply refusal;
        QJsonObject upload;
        if (!usableUpload(uploads, mediaId, userId, &upload, &refusal)) {
            return refusal;
        }
        if (isExpired(upload, now)) {
            return SandboxReply::invalid(QStringLiteral("media_id"), QStringLiteral("The media has expired."));
        }
        const QString state = upload.value(QStringLiteral("state")).toString();
        if (state == kInitialized) {
            // Segments in index order, whatever order they came in.
            const QJsonObject chunks = upload.value(QStringLiteral("chunks")).toObject();
            QMap<int, QByteArray> ordered;
            for (auto it = chunks.constBegin(); it != chunks.constEnd(); ++it) {
                ordered.insert(it.key().toInt(), QByteArray::fromBase64(it.value().toString().toLatin1()));
            }
            QByteArray bytes;
            for (const QByteArray &chunk : std::as_const(ordered)) {
                bytes += chunk;
            }
            if (bytes.size() != upload.value(QStringLiteral("totalBytes")).toString().toLongLong()) {
                return SandboxReply::invalid(QStringLiteral("total_bytes"),
                                             QStringLiteral("The segments do not add up to total_bytes."));
            }
            const QString type = detectType(bytes);
            const bool gifCategory = upload.value(QStringLiteral("category")).toString() == kTweetGif;
            if (type.isEmpty() || (gifCategory && type != QLatin1String("image/gif"))) {
                return SandboxReply::invalid(QStringLiteral("media"),
                                             QStringLiteral("The media type is not supported."));
            }
            upload.insert(QStringLiteral("bytes"), QString::fromLatin1(bytes.toBase64()));
            upload.insert(QStringLiteral("mimeType"), type);
            upload.insert(QStringLiteral("state"), kPending);
            upload.remove(QStringLiteral("chunks"));
            uploads.insert(mediaId, upload);
            changed = true;
        }
        QJsonObject data = uploadData(mediaId, upload, now);
        const bool pending = upload.value(QStringLiteral("state")).toString() == kPending;
        data.insert(
            QStringLiteral("processing_info"),
            pending ? QJsonObject {{QStringLiteral("state"), kPending}, {QStringLiteral("check_after_secs"), 1}}
                    : QJsonObject {{QStringLiteral("state"), kSucceeded}, {QStringLiteral("progress_percent"), 100}});
        return dataReply(data);
    });
}

SandboxReply SandboxMedia::status(const SandboxRequest &request, const QString &userId, const QDateTime &now)
{
    const QUrlQuery query(request.url);
    const QString mediaId = query.queryItemValue(QStringLiteral("media_id"));
    if (query.queryItemValue(QStringLiteral("command")) != QLatin1String("STATUS")) {
        return SandboxReply::invalid(QStringLiteral("command"), QStringLiteral("command must be STATUS."));
    }
    return withUploads(m_storage, [&](QJsonObject &uploads, qint64 &, bool &changed) {
        SandboxReply refusal;
        QJsonObject upload;
        if (!usableUpload(uploads, mediaId, userId, &upload, &refusal)) {
            return refusal;
        }
        const QString state = upload.value(QStringLiteral("state")).toString();
        if (state == kInitialized) {
            return SandboxReply::invalid(QStringLiteral("media_id"), QStringLiteral("The media is not finalized."));
        }
        if (state == kPending) {
            // The sandbox "processes" a GIF in the time between finalize and the first STATUS.
            upload.insert(QStringLiteral("state"), kSucceeded);
            uploads.insert(mediaId, upload);
            changed = true;
        }
        QJsonObject data = uploadData(mediaId, upload, now);
        data.insert(QStringLiteral("processing_info"),
                    QJsonObject {{QStringLiteral("state"), kSucceeded}, {QStringLiteral("progress_percent"), 100}});
        return dataReply(data);
    });
}

SandboxReply SandboxMedia::metadata(const SandboxRequest &request, const QString &userId, const QDateTime &now)
{
    const auto json = jsonBody(request.body);
    if (!json) {
        return SandboxReply::invalid({}, QStringLiteral("Request body is not valid JSON."));
    }
    const QString mediaId = json->value(QStringLiteral("id")).toString();
    const QJsonValue text = json->value(QStringLiteral("metadata"))
                                .toObject()
                                .value(QStringLiteral("alt_text"))
                                .toObject()
                                .value(QStringLiteral("text"));
    if (!XFormats::isId(mediaId)) {
        return SandboxReply::invalid(QStringLiteral("id"), QStringLiteral("The id must be a media id."));
    }
    if (!text.isString()) {
        return SandboxReply::invalid(QStringLiteral("metadata.alt_text.text"),
                                     QStringLiteral("metadata.alt_text.text is required."));
    }
    if (text.toString().toUcs4().size() > kMaxAltLength) {
        return SandboxReply::invalid(QStringLiteral("metadata.alt_text.text"),
                                     QStringLiteral("The alt text is longer than 1000 characters."));
    }
    return withUploads(m_storage, [&](QJsonObject &uploads, qint64 &, bool &changed) {
        SandboxReply refusal;
        QJsonObject upload;
        if (!usableUpload(uploads, mediaId, userId, &upload, &refusal)) {
            return refusal;
        }
        if (isExpired(upload, now)) {
            return SandboxReply::invalid(QStringLiteral("id"), QStringLiteral("The media has expired."));
        }
        upload.insert(QStringLiteral("alt"), text.toString());
        uploads.insert(mediaId, upload);
        changed = true;
        return dataReply(QJsonObject {
            {QStringLiteral("id"), mediaId},
            {QStringLiteral("associated_metadata"),
             QJsonObject {{QStringLiteral("alt_text"), QJsonObject {{QStringLiteral("text"), text.toString()}}}}}});
    });
}

QStringList SandboxMedia::idsInCreate(const QByteArray &createBody)
{
    QStringList ids;
    const auto json = jsonBody(createBody);
    const QJsonArray array = json
        ? json->value(QStringLiteral("media")).toObject().value(QStringLiteral("media_ids")).toArray()
        : QJsonArray();
    for (const QJsonValue &value : array) {
        ids.append(value.toString());
    }
    return ids;
}

bool SandboxMedia::attach(const QByteArray &createBody, const QString &userId, const QDateTime &now,
                          QStringList *mediaIds, QStringList *mediaKeys, SandboxReply *refusal) const
{
    mediaIds->clear();
    mediaKeys->clear();
    const auto json = jsonBody(createBody);
    if (!json || !json->contains(QStringLiteral("media"))) {
        return true; // no media (a body that is not JSON is createText()'s to refuse)
    }
    const QJsonValue ids = json->value(QStringLiteral("media")).toObject().value(QStringLiteral("media_ids"));
    const QJsonArray array = ids.toArray();
    const bool wellFormed = ids.isArray() && !array.isEmpty() && array.size() <= kMaxImagesPerPost &&
        std::all_of(array.begin(), array.end(),
                    [](const QJsonValue &value) { return value.isString() && XFormats::isId(value.toString()); });
    if (!wellFormed) {
        *refusal = SandboxReply::invalid(QStringLiteral("media.media_ids"),
                                         QStringLiteral("media.media_ids must be 1 to 4 media ids."));
        return false;
    }
    for (const QJsonValue &value : array) {
        mediaIds->append(value.toString());
    }
    QStringList unusable;
    int gifs = 0;
    for (const QString &id : std::as_const(*mediaIds)) {
        const std::optional<SandboxUploadedMedia> found = upload(id);
        if (!found || found->ownerUserId != userId || found->expiresAt <= now || !found->ready) {
            unusable.append(id);
            continue;
        }
        mediaKeys->append(found->mediaKey);
        gifs += found->category == kTweetGif ? 1 : 0;
    }
    if (!unusable.isEmpty()) {
        *refusal = invalidMediaIds(unusable);
        return false;
    }
    if (gifs > 0 && mediaIds->size() > 1) {
        *refusal = SandboxReply::invalid(QStringLiteral("media.media_ids"),
                                         QStringLiteral("A post takes up to 4 images, or 1 GIF."));
        return false;
    }
    return true;
}

void SandboxMedia::expire(const QStringList &ids, const QDateTime &now)
{
    withUploads(m_storage, [&](QJsonObject &uploads, qint64 &, bool &changed) {
        for (const QString &id : uploads.keys()) {
            if (ids.isEmpty() || ids.contains(id)) {
                QJsonObject upload = uploads.value(id).toObject();
                upload.insert(QStringLiteral("expiresAt"), XFormats::isoWithMs(now));
                uploads.insert(id, upload);
                changed = true;
            }
        }
        return SandboxReply();
    });
}

std::optional<SandboxUploadedMedia> SandboxMedia::upload(const QString &mediaId) const
{
    std::optional<SandboxUploadedMedia> found;
    withUploads(m_storage, [&](QJsonObject &uploads, qint64 &, bool &) {
        if (uploads.contains(mediaId)) {
            found = uploadFromJson(mediaId, uploads.value(mediaId).toObject());
        }
        return SandboxReply();
    });
    return found;
}

} // namespace EpisodeDesk::Models
