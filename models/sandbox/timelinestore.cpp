// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/timelinestore.h"

#include "sandbox/tcolinks.h"
#include "sandbox/xformats.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>

#include <algorithm>

namespace EpisodeDesk::Models {

namespace {

using XFormats::isoWithMs;
using XFormats::parseTime;

constexpr int kWindow15Seconds = 15 * 60;
constexpr int kWindow24Seconds = 24 * 60 * 60;
// How long a request waits for another process's hold on the storage file before answering 503.
constexpr int kLockTimeoutMs = 5000;
// X only serves the most recent 3,200 posts of a timeline.
constexpr qsizetype kTimelineDepth = 3200;
// Twitter's snowflake epoch (2010-11-04T01:42:54.657Z): ids made from it look like real ones.
constexpr qint64 kSnowflakeEpochMs = Q_INT64_C(1288834974657);

// One user's use of POST /2/tweets: fixed windows that start with the first request after the last
// one ran out.
struct RateWindow
{
    QDateTime start15;
    int used15 = 0;
    QDateTime start24;
    int used24 = 0;

    // Counts a request at `time` unless a window is used up; false when it is.
    bool admit(const QDateTime &time, int per15min, int per24h)
    {
        // A clock set back (tests) starts a new window too.
        if (!start15.isValid() || time >= start15.addSecs(kWindow15Seconds) || time < start15) {
            start15 = time;
            used15 = 0;
        }
        if (!start24.isValid() || time >= start24.addSecs(kWindow24Seconds) || time < start24) {
            start24 = time;
            used24 = 0;
        }
        if (used15 >= per15min || used24 >= per24h) {
            return false;
        }
        ++used15;
        ++used24;
        return true;
    }

    RateLimitStatus status(int per15min, int per24h) const
    {
        return {per15min, std::max(0, per15min - used15), start15.addSecs(kWindow15Seconds),
                per24h,   std::max(0, per24h - used24),   start24.addSecs(kWindow24Seconds)};
    }
};

QJsonObject postJson(const SandboxPost &post)
{
    QJsonObject object {{QStringLiteral("id"), post.id},
                        {QStringLiteral("userId"), post.userId},
                        {QStringLiteral("text"), post.text},
                        {QStringLiteral("sentText"), post.sentText},
                        {QStringLiteral("createdAt"), isoWithMs(post.createdAt)}};
    // Left out without media, so that files of posts without media stay as they were.
    if (!post.mediaIds.isEmpty()) {
        object.insert(QStringLiteral("mediaIds"), QJsonArray::fromStringList(post.mediaIds));
        object.insert(QStringLiteral("mediaKeys"), QJsonArray::fromStringList(post.mediaKeys));
    }
    return object;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list.append(item.toString());
    }
    return list;
}

SandboxPost postFromJson(const QJsonObject &object)
{
    SandboxPost post;
    post.id = object.value(QStringLiteral("id")).toString();
    post.userId = object.value(QStringLiteral("userId")).toString();
    post.text = object.value(QStringLiteral("text")).toString();
    post.sentText = object.value(QStringLiteral("sentText")).toString();
    post.createdAt = parseTime(object.value(QStringLiteral("createdAt")).toString());
    post.mediaIds = stringList(object.value(QStringLiteral("mediaIds")));
    post.mediaKeys = stringList(object.value(QStringLiteral("mediaKeys")));
    return post;
}

QJsonObject windowJson(const RateWindow &window)
{
    return {{QStringLiteral("start15"), isoWithMs(window.start15)},
            {QStringLiteral("used15"), window.used15},
            {QStringLiteral("start24"), isoWithMs(window.start24)},
            {QStringLiteral("used24"), window.used24}};
}

RateWindow windowFromJson(const QJsonObject &object)
{
    return {
        parseTime(object.value(QStringLiteral("start15")).toString()), object.value(QStringLiteral("used15")).toInt(),
        parseTime(object.value(QStringLiteral("start24")).toString()), object.value(QStringLiteral("used24")).toInt()};
}

} // namespace

// Everything the storage file holds (format 1, which files written before the split also use).
struct TimelineStore::State
{
    qint64 lastId = 0;
    QList<SandboxPost> posts; // in id order
    QHash<QString, RateWindow> windows; // by user id
    QJsonObject sections; // the other top-level keys, kept as they are (withSection)

    QByteArray toJson() const
    {
        QJsonArray postArray;
        for (const SandboxPost &post : posts) {
            postArray.append(postJson(post));
        }
        QJsonObject windowObject;
        for (auto it = windows.cbegin(); it != windows.cend(); ++it) {
            windowObject.insert(it.key(), windowJson(*it));
        }
        // Ids are kept as strings: a JSON number is a double and would round a 19-digit id.
        QJsonObject root = sections;
        root.insert(QStringLiteral("format"), 1);
        root.insert(QStringLiteral("lastId"), QString::number(lastId));
        root.insert(QStringLiteral("posts"), postArray);
        root.insert(QStringLiteral("rateWindows"), windowObject);
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }

    bool fromJson(const QByteArray &data, QString *error)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
            document.object().value(QStringLiteral("format")).toInt() != 1) {
            *error = QStringLiteral("not a sandbox storage file (%1)").arg(parseError.errorString());
            return false;
        }
        const QJsonObject root = document.object();
        lastId = root.value(QStringLiteral("lastId")).toString().toLongLong();
        const QJsonArray postArray = root.value(QStringLiteral("posts")).toArray();
        for (const QJsonValue &value : postArray) {
            posts.append(postFromJson(value.toObject()));
        }
        const QJsonObject windowObject = root.value(QStringLiteral("rateWindows")).toObject();
        for (auto it = windowObject.constBegin(); it != windowObject.constEnd(); ++it) {
            windows.insert(it.key(), windowFromJson(it.value().toObject()));
        }
        sections = root;
        for (const char *key : {"format", "lastId", "posts", "rateWindows"}) {
            sections.remove(QLatin1String(key));
        }
        return true;
    }

    SandboxPost append(const QString &userId, const QString &text, const QDateTime &time, const QStringList &mediaIds,
                       const QStringList &mediaKeys)
    {
        // Snowflake-like: time-based so ids look real, never below the last one so that they keep
        // increasing (since_id) whatever the injected clock does.
        const qint64 snowflake = (time.toMSecsSinceEpoch() - kSnowflakeEpochMs) << 22;
        lastId = std::max(lastId + 1, snowflake);
        SandboxPost post;
        post.id = QString::number(lastId);
        post.userId = userId;
        TcoWrappedText wrapped = wrapLinksAsX(text, post.id);
        if (!mediaKeys.isEmpty()) {
            appendMediaLink(&wrapped, post.id, {}, mediaKeys.constFirst());
        }
        post.text = wrapped.text;
        post.sentText = text;
        post.mediaIds = mediaIds;
        post.mediaKeys = mediaKeys;
        post.createdAt = XFormats::wholeSeconds(time);
        posts.append(post);
        return post;
    }
};

TimelineStore::TimelineStore() : m_memoryState(std::make_unique<State>()) { }

TimelineStore::~TimelineStore() = default;

bool TimelineStore::setStorageFile(const QString &path, QString *error)
{
    if (!path.isEmpty() && QFile::exists(path)) {
        QFile file(path);
        State probe;
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        if (!probe.fromJson(file.readAll(), error)) {
            return false;
        }
    }
    m_storageFile = path;
    return true;
}

QString TimelineStore::storageFile() const
{
    return m_storageFile;
}

void TimelineStore::setRateLimit(int per15min, int per24h)
{
    m_per15min = per15min;
    m_per24h = per24h;
}

bool TimelineStore::create(const QString &userId, const QString &text, const QDateTime &now, Created *created,
                           QString *error, const QStringList &mediaIds, const QStringList &mediaKeys)
{
    return withState(
        [&](State &state) {
            RateWindow &window = state.windows[userId];
            const bool admitted = window.admit(now, m_per15min, m_per24h);
            created->limits = window.status(m_per15min, m_per24h);
            if (!admitted) {
                created->outcome = Outcome::RateLimited;
                return false; // nothing changed: the window was not counted
            }
            // Counted even when refused as a duplicate: X counts every accepted request.
            if (std::any_of(state.posts.cbegin(), state.posts.cend(),
                            [&](const SandboxPost &post) { return post.userId == userId && post.sentText == text; })) {
                created->outcome = Outcome::Duplicate;
            } else {
                created->outcome = Outcome::Stored;
                created->post = state.append(userId, text, now, mediaIds, mediaKeys);
            }
            return true;
        },
        error);
}

bool TimelineStore::posts(QList<SandboxPost> *oldestFirst, QString *error) const
{
    return withState(
        [&](State &state) {
            *oldestFirst = state.posts;
            return false;
        },
        error);
}

bool TimelineStore::timeline(const QString &userId, QList<SandboxPost> *newestFirst, QString *error) const
{
    QList<SandboxPost> all;
    if (!posts(&all, error)) {
        return false;
    }
    newestFirst->clear();
    for (const SandboxPost &post : std::as_const(all)) {
        if (post.userId == userId) {
            newestFirst->append(post);
        }
    }
    std::sort(newestFirst->begin(), newestFirst->end(),
              [](const SandboxPost &a, const SandboxPost &b) { return a.id.toLongLong() > b.id.toLongLong(); });
    if (newestFirst->size() > kTimelineDepth) {
        newestFirst->resize(kTimelineDepth);
    }
    return true;
}

bool TimelineStore::withSection(const QString &name, const std::function<bool(QJsonObject &)> &change,
                                QString *error) const
{
    return withState(
        [&](State &state) {
            QJsonObject section = state.sections.value(name).toObject();
            if (!change(section)) {
                return false;
            }
            state.sections.insert(name, section);
            return true;
        },
        error);
}

bool TimelineStore::withState(const std::function<bool(State &)> &change, QString *error) const
{
    if (m_storageFile.isEmpty()) {
        change(*m_memoryState);
        return true;
    }
    QLockFile lock(m_storageFile + QStringLiteral(".lock"));
    if (!lock.tryLock(kLockTimeoutMs)) {
        *error = tr("The sandbox storage %1 is locked by another process.").arg(m_storageFile);
        return false;
    }
    State state;
    QFile file(m_storageFile);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        if (!state.fromJson(file.readAll(), error)) {
            return false;
        }
    }
    if (!change(state)) {
        return true;
    }
    // QSaveFile renames a complete file into place, so a crash never leaves half a timeline.
    QSaveFile out(m_storageFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(state.toJson()) < 0 || !out.commit()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

} // namespace EpisodeDesk::Models
