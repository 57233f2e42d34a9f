// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/sandboxhttp.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace EpisodeDesk::Models {

// A post as the local X server keeps it. LocalXServer::Post is this type.
struct SandboxPost
{
    QString id;
    QString userId;
    QString text; // as X returns it: URLs t.co-wrapped, &, < and > HTML-escaped
    QString sentText; // exactly what the client sent (duplicate detection compares this)
    QDateTime createdAt; // UTC, whole seconds like X's created_at
    QStringList mediaIds; // media.media_ids of the create, in its order (sandbox/sandboxmedia.h)
    QStringList mediaKeys; // "3_<id>" of each, what attachments.media_keys lists
};

// The local X server's timeline: posts, the id counter and the per-user rate-limit windows of
// POST /2/tweets, in memory or in a JSON file shared by every server (and process) that uses it.
// With a file, every call re-reads it under a QLockFile and writes it back when it changed, so
// duplicate detection, ids and rate limits see one timeline across processes.
//
//   TimelineStore store;
//   store.setStorageFile(dir.filePath(QStringLiteral("sandbox.json")), &error); // optional
//   TimelineStore::Created created;
//   if (store.create(userId, text, now, &created, &error) && created.outcome == Outcome::Stored) …
class TimelineStore final
{
    Q_DECLARE_TR_FUNCTIONS(TimelineStore)
    Q_DISABLE_COPY_MOVE(TimelineStore)

public:
    enum class Outcome
    {
        Stored,
        RateLimited, // 429: the user's 15-minute or 24-hour window is used up
        Duplicate, // 403: this user already posted exactly this text
    };
    struct Created
    {
        Outcome outcome = Outcome::Stored;
        SandboxPost post; // Stored only
        RateLimitStatus limits; // after this request, for X's rate-limit headers
    };

    TimelineStore();
    ~TimelineStore();

    // Empty path: in memory (the default). Fails, leaving the setting unchanged, when the file
    // exists but cannot be read as a sandbox timeline.
    bool setStorageFile(const QString &path, QString *error);
    QString storageFile() const;

    // Limits of POST /2/tweets per user, defaults 100 per 15 minutes and 10,000 per 24 hours.
    void setRateLimit(int per15min, int per24h);
    int per15min() const { return m_per15min; }
    int per24h() const { return m_per24h; }

    // Stores `text` as a new post of `userId` at `now`, unless the rate limit or duplicate rule
    // refuses it. False only when the storage file could not be used. A post with media (ids and keys
    // already checked by the caller) gets X's trailing media link in its text.
    bool create(const QString &userId, const QString &text, const QDateTime &now, Created *created, QString *error,
                const QStringList &mediaIds = {}, const QStringList &mediaKeys = {});

    bool posts(QList<SandboxPost> *oldestFirst, QString *error) const;
    // Runs `change` on the top-level object `name` of the storage (another part's state, such as the
    // OAuth 2.0 grants), under the same lock as the posts; written back when `change` returns true.
    // In memory without a storage file. False only when the storage file could not be used.
    bool withSection(const QString &name, const std::function<bool(QJsonObject &)> &change, QString *error) const;
    // What X lists for GET /2/users/{id}/tweets before any filter: newest first, at most 3,200.
    bool timeline(const QString &userId, QList<SandboxPost> *newestFirst, QString *error) const;

private:
    struct State;

    // Runs `change` on the state: with a storage file, re-read under its lock and written back when
    // `change` returns true.
    bool withState(const std::function<bool(State &)> &change, QString *error) const;

    QString m_storageFile;
    std::unique_ptr<State> m_memoryState;
    int m_per15min = 100;
    int m_per24h = 10000;
};

} // namespace EpisodeDesk::Models
