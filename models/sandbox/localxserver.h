// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/credentials.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QSet>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace EpisodeDesk::Models {

// An X-API-v2-compatible server on 127.0.0.1: what Sandbox accounts post to inside the app, and what
// every posting test posts to.
//
//   LocalXServer server;
//   server.addUser(QStringLiteral("1001"), QStringLiteral("sandbox"), QStringLiteral("Sandbox"), creds);
//   server.setStorageFile(dir.filePath(QStringLiteral("sandbox.json"))); // optional: shared timeline
//   if (!server.listen())
//       qWarning() << server.errorString();
//   // sign requests for server.baseUrl() with OAuth 1.0a, as for https://api.x.com
//   server.injectFault({.kind = LocalXServer::FaultKind::DropAfterCreate});
//
// Endpoints (X's shapes, see X_API_NOTES.md): POST /2/tweets, GET /2/users/me,
// GET /2/users/{id}/tweets (max_results, start_time, end_time, since_id, until_id, pagination_token;
// tweet.fields or post.fields created_at and entities, whose urls sandbox/tcolinks.h builds). Every one needs a valid
// OAuth 1.0a HMAC-SHA1 Authorization header for a registered user; a nonce+timestamp is accepted once.
//
// Control API (no OAuth; only while controlApiEnabled()), so another process can steer the server:
//   POST   /_sandbox/faults      {"kind":"DropAfterCreate","count":1,"delayMs":0,"resetAt":<unix s|ISO>,
//                                 "endpoint":"CreateTweet"}  or an array of those  -> 201
//   DELETE /_sandbox/faults      -> 200
//   GET    /_sandbox/stats       -> {"createRequestCount","storedPostCount","pendingFaultCount"}
//   POST   /_sandbox/users       {"id","username","name","consumerKey","consumerSecret","accessToken",
//                                 "accessTokenSecret"} -> 201
//   GET    /_sandbox/posts       -> {"data":[{"id","user_id","text","sent_text","created_at"}]} oldest first
//   POST   /_sandbox/rate-limit  {"per15min":100,"per24h":10000} -> 200
//   POST   /_sandbox/clock       {"offsetMs":<ms>} -> 200: the clock becomes system time + offset
// Kind and endpoint names are the enumerator names below, matched case-insensitively.
// Like any QObject, use it from the thread it lives in (it may be moved to a thread of its own).
class LocalXServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalXServer)

public:
    // Which requests a fault applies to.
    enum class Endpoint
    {
        CreateTweet,
        UsersMe,
        UserTweets,
        Any
    };
    Q_ENUM(Endpoint)

    enum class FaultKind
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
    };
    Q_ENUM(FaultKind)

    // Applies to the next `count` requests on `endpoint`. Faults queue in order: a request takes the
    // first queued fault whose endpoint matches. An aggregate, so tests can write
    // injectFault({.kind = FaultKind::Delay, .delayMs = 200}).
    struct Fault
    {
        FaultKind kind = FaultKind::Delay;
        int count = 1;
        int delayMs = 0;
        QDateTime resetAt = {}; // RateLimited; invalid means 15 minutes from the server's clock
        Endpoint endpoint = Endpoint::CreateTweet;
    };

    struct Post
    {
        QString id;
        QString userId;
        QString text; // as X returns it: URLs t.co-wrapped, &, < and > HTML-escaped
        QString sentText; // exactly what the client sent (duplicate detection compares this)
        QDateTime createdAt; // UTC, whole seconds like X's created_at
    };

    explicit LocalXServer(QObject *parent = nullptr);
    ~LocalXServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free one.
    bool listen(quint16 port = 0);
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QString errorString() const;

    // Registers (or replaces, by user id) an account the server accepts signatures for.
    void addUser(const QString &userId, const QString &username, const QString &name, const XCredentials &credentials);

    // Limits of POST /2/tweets per user, defaults 100 per 15 minutes and 10,000 per 24 hours.
    void setRateLimit(int per15min, int per24h);

    // Time as the server sees it (created_at, ids, rate-limit windows). Delays still run in real time.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    // Keeps posts, the id counter and rate-limit windows in a JSON file shared by every server that
    // uses it (read-modify-written under a QLockFile per request). Empty path: in memory (the default).
    // Fails, leaving the setting unchanged, when the file exists but cannot be read.
    bool setStorageFile(const QString &path);
    QString storageFile() const;

    void setControlApiEnabled(bool enabled);
    bool controlApiEnabled() const;

    void injectFault(const Fault &fault);
    void clearFaults();
    int pendingFaultCount() const; // requests still to be faulted (the sum of the queued counts)

    // Every POST /2/tweets that reached this server, whatever became of it.
    int createRequestCount() const;
    // Posts stored (in the storage file, when there is one: all servers sharing it count).
    int storedPostCount() const;
    QList<Post> posts() const; // oldest first

Q_SIGNALS:
    void createRequestReceived();
    void postStored(const QString &postId);

private:
    class Backend;
    struct Exchange;
    struct Reply;
    struct State;
    struct User
    {
        QString id;
        QString username;
        QString name;
        XCredentials credentials;
    };
    using ExchangePtr = std::shared_ptr<Exchange>;

    void dispatch(const ExchangePtr &exchange);
    void respond(const ExchangePtr &exchange, const Reply &reply);
    Reply process(const Exchange &exchange, Endpoint endpoint);
    const User *authenticate(const Exchange &exchange, QString *why);
    Reply createTweet(const Exchange &exchange, const User &user);
    Reply usersMe(const User &user) const;
    Reply userTweets(const Exchange &exchange, const QString &userId);
    Reply control(const Exchange &exchange);
    Reply faultReply(const Fault &fault);
    bool takeFault(Endpoint endpoint, Fault *fault);
    bool parseFault(const QJsonValue &value, Fault *fault, QString *error) const;
    const User *findUser(const QString &consumerKey, const QString &token) const;
    bool rememberNonce(const QByteArray &key);

    // Runs `change` on the posts and counters: with a storage file, re-read under its lock and written
    // back when `change` returns true.
    bool withState(const std::function<bool(State &)> &change, QString *error) const;

    Backend *m_backend = nullptr;
    QString m_errorString;
    QList<User> m_users;
    QList<Fault> m_faults;
    int m_per15min = 100;
    int m_per24h = 10000;
    std::function<QDateTime()> m_clock;
    QString m_storageFile;
    std::unique_ptr<State> m_memoryState;
    bool m_controlApiEnabled = true;
    int m_createRequestCount = 0;
    QSet<QByteArray> m_seenNonces;
    QQueue<QByteArray> m_nonceOrder;
};

} // namespace EpisodeDesk::Models
