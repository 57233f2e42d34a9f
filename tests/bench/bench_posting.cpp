// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The posting benchmark of issues 3 and 4 (see README.md next to this file). Not a test: it asserts
// nothing, it measures, and prints one JSON object on stdout (progress goes to stderr).
//
//   claim_finish_overhead_us     PostingStore::claim + PostingStore::finish on a real SQLite file
//   hundred_posts_200ms          100 posts with the local X server delaying each create: the engine,
//                                the rejected "write lock held across the X call" design, bare XClient
//   gui_lateness_ms              lateness of a 10 ms timer on the main thread while the engine posts
//   gui_lateness_with_writer_ms  the same, with another connection holding the write lock for 2 s
//   machine                      where the figures come from
//
// Everything runs on 127.0.0.1 against LocalXServer, on a thread of its own so that its answers never
// wait for the thread being measured. Database files live in a QTemporaryDir.

#include "itemmodels/episodetablemodel.h"
#include "itemmodels/tweettablemodel.h"
#include "posting/claimant.h"
#include "posting/postingservice.h"
#include "posting/postingstore.h"
#include "privatepostgres.h"
#include "sandbox/localxserver.h"
#include "store/accountstore.h"
#include "store/changewatcher.h"
#include "store/database.h"
#include "store/episodestore.h"
#include "store/sqlutil.h"
#include "store/tweetstore.h"
#include "testdatabase.h"
#include "x/xclient.h"
#include "x/xnetworkaccessmanager.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QStringList>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <numeric>
#include <vector>

#ifndef EPISODEDESK_BUILD_TYPE
#define EPISODEDESK_BUILD_TYPE "unknown"
#endif
#ifndef EPISODEDESK_COMPILER
#define EPISODEDESK_COMPILER "unknown"
#endif

using namespace EpisodeDesk::Models;

namespace {

using Clock = std::chrono::steady_clock;

// Qt 6.4's QNetworkAccessManager opens at most this many HTTP/1.1 connections per host and queues the
// rest (XClient keeps creates on HTTP/1.1 on purpose, see xclient.h). Every design that goes through
// a QNetworkAccessManager is bounded by it; the JSON reports the bound it implies.
constexpr int kQnamConnectionsPerHost = 6;

struct Settings
{
    int posts = 100;
    int delayMs = 200;
    int guiPosts = 100;
    int guiDelayMs = 1000;
    int overheadPosts = 500;
    int overheadWarmup = 20;
    // As many as the HTTP/1.1 connections the engine's manager uses, so that the write lock is the
    // only difference between the two designs. Any count serializes on the lock.
    int lockWorkers = kQnamConnectionsPerHost;
    int writerHoldMs = 2000;
    int probeIntervalMs = 10;
    // -1: reload the models on every tweetChanged, as the brief for issue 4's figure says. N >= 0:
    // collapse the signals arriving within N ms into one reload (a single-shot timer), to compare.
    int coalesceMs = -1;
    QStringList parts;
    QString dir;
    QString backend = QStringLiteral("sqlite");
    int claimProcesses = 8;
    int claimsPerProcess = 100;
};

// Where each part's database is: a file in the run's folder, or a fresh database on a PostgreSQL
// server (the one --pg-admin names, or a private one this run starts with cmake/test-postgres.sh).
class BenchDatabases
{
public:
    bool start(const QString &backend, const QString &dir, const QString &admin, QString *error)
    {
        m_backend = backend;
        m_dir = dir;
        if (backend == QLatin1String("sqlite")) {
            return true;
        }
        m_admin = admin;
        if (m_admin.isEmpty()) {
            m_server = std::make_unique<EpisodeDesk::Tests::PrivatePostgres>();
            if (!m_server->start()) {
                *error = m_server->errorString();
                return false;
            }
            m_admin = m_server->adminLocation();
        }
        return true;
    }

    bool isPostgreSql() const { return m_backend == QLatin1String("postgresql"); }

    // Drops the databases and stops the private server while the application (and its SQL driver
    // plugins) still exist.
    void stop()
    {
        m_databases.clear();
        m_server.reset();
    }

    // A new, empty database for one part (empty string and *error on failure).
    QString locationFor(const QString &tag, QString *error)
    {
        if (!isPostgreSql()) {
            return m_dir + QLatin1Char('/') + tag + QStringLiteral(".sqlite");
        }
        auto database = std::make_unique<EpisodeDesk::Tests::TestDatabase>(EpisodeDesk::Tests::TestDatabase::onServer(
            m_admin, QStringLiteral("bench_") + QString(tag).replace(QLatin1Char('-'), QLatin1Char('_'))));
        const QString location = database->location();
        if (location.isEmpty()) {
            *error = database->errorString();
            return {};
        }
        m_databases.push_back(std::move(database));
        return location;
    }

private:
    QString m_backend;
    QString m_dir;
    QString m_admin;
    std::unique_ptr<EpisodeDesk::Tests::PrivatePostgres> m_server;
    std::vector<std::unique_ptr<EpisodeDesk::Tests::TestDatabase>> m_databases;
};

BenchDatabases &databases()
{
    static BenchDatabases instance;
    return instance;
}

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// Nearest-rank percentile of sorted values (p in 0..100).
double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty()) {
        return 0;
    }
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

QJsonObject summary(std::vector<double> values, int decimals)
{
    std::sort(values.begin(), values.end());
    QJsonObject json;
    json.insert(QStringLiteral("count"), static_cast<qint64>(values.size()));
    if (values.empty()) {
        return json;
    }
    const double mean = std::accumulate(values.cbegin(), values.cend(), 0.0) / static_cast<double>(values.size());
    json.insert(QStringLiteral("median"), rounded(percentile(values, 50), decimals));
    json.insert(QStringLiteral("p99"), rounded(percentile(values, 99), decimals));
    json.insert(QStringLiteral("mean"), rounded(mean, decimals));
    json.insert(QStringLiteral("min"), rounded(values.front(), decimals));
    json.insert(QStringLiteral("max"), rounded(values.back(), decimals));
    return json;
}

void progress(const QString &message)
{
    std::fprintf(stderr, "bench_posting: %s\n", qUtf8Printable(message));
    std::fflush(stderr);
}

// Runs `loop` until `done()` or `timeoutMs`; false on timeout.
bool runUntil(QEventLoop &loop, const std::function<bool()> &done, int timeoutMs)
{
    if (done()) {
        return true;
    }
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, &loop, &QEventLoop::quit);
    watchdog.start(timeoutMs);
    loop.exec();
    return done();
}

// The local X server on a thread of its own, steered with blocking calls into that thread.
class ServerThread final
{
public:
    ServerThread() : m_server(new LocalXServer)
    {
        m_thread.setObjectName(QStringLiteral("x-server"));
        m_server->moveToThread(&m_thread);
        m_thread.start();
    }
    ~ServerThread()
    {
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    Q_DISABLE_COPY_MOVE(ServerThread)

    bool start(QString *error)
    {
        bool ok = false;
        QMetaObject::invokeMethod(
            m_server,
            [this, &ok, error] {
                m_server->addUser(QStringLiteral("1001"), QStringLiteral("benchshow"), QStringLiteral("Bench show"),
                                  PostingService::sandboxCredentials());
                m_server->setRateLimit(1000000, 1000000); // measure the protocol, not X's limits
                ok = m_server->listen();
                *error = m_server->errorString();
                m_baseUrl = m_server->baseUrl();
            },
            Qt::BlockingQueuedConnection);
        return ok;
    }

    QUrl baseUrl() const { return m_baseUrl; }

    void delayCreates(int count, int delayMs)
    {
        QMetaObject::invokeMethod(
            m_server,
            [this, count, delayMs] {
                m_server->clearFaults();
                LocalXServer::Fault fault;
                fault.kind = LocalXServer::FaultKind::Delay;
                fault.count = count;
                fault.delayMs = delayMs;
                fault.endpoint = LocalXServer::Endpoint::CreateTweet;
                m_server->injectFault(fault);
            },
            Qt::BlockingQueuedConnection);
    }

    int createRequestCount()
    {
        int count = 0;
        QMetaObject::invokeMethod(
            m_server, [this, &count] { count = m_server->createRequestCount(); }, Qt::BlockingQueuedConnection);
        return count;
    }

private:
    QThread m_thread;
    LocalXServer *m_server;
    QUrl m_baseUrl;
};

// A PostingService on its own QThread, as the application runs it (STYLE.md §3 teardown order).
class ServiceThread final
{
public:
    explicit ServiceThread(PostingService::Options options) : m_service(new PostingService(std::move(options)))
    {
        m_thread.setObjectName(QStringLiteral("posting"));
        m_service->moveToThread(&m_thread);
        m_thread.start();
    }
    ~ServiceThread()
    {
        m_thread.quit();
        m_thread.wait();
        delete m_service;
    }
    Q_DISABLE_COPY_MOVE(ServiceThread)

    PostingService *service() const { return m_service; }

    bool start(QString *error)
    {
        QEventLoop loop;
        bool answered = false;
        bool ok = false;
        QObject::connect(m_service, &PostingService::started, &loop, [&](bool started, const QString &why) {
            answered = true;
            ok = started;
            *error = why;
            loop.quit();
        });
        m_service->start();
        if (!runUntil(
                loop, [&] { return answered; }, 30000)) {
            *error = QStringLiteral("the posting service did not start within 30 s");
        }
        return ok;
    }

private:
    QThread m_thread;
    PostingService *m_service;
};

// One database file with a Sandbox account, `episodes` episodes and `tweets` pending tweet configs whose
// texts are unique (the server refuses duplicate text) and carry one URL, like a real announcement.
struct Seeded
{
    qint64 accountId = 0;
    QList<qint64> episodeIds;
    QList<qint64> tweetIds;
};

bool seed(const QSqlDatabase &db, const QString &tag, int tweets, int episodes, Seeded *out, QString *error)
{
    Account account;
    account.name = QStringLiteral("Sandbox");
    account.kind = AccountKind::Sandbox;
    out->accountId = AccountStore(db).add(account).value_or(0);
    if (out->accountId <= 0) {
        *error = QStringLiteral("cannot add the account");
        return false;
    }
    for (int e = 0; e < episodes; ++e) {
        Episode episode;
        episode.number = e + 1;
        episode.title = QStringLiteral("Benchmark episode %1").arg(e + 1);
        episode.link = QUrl(QStringLiteral("https://podcast.example/%1").arg(e + 1));
        const qint64 id = EpisodeStore(db).add(episode).value_or(0);
        if (id <= 0) {
            *error = QStringLiteral("cannot add an episode");
            return false;
        }
        out->episodeIds.append(id);
    }
    // One transaction: seeding hundreds of rows with synchronous=FULL one commit at a time takes seconds.
    QSqlQuery transaction(db);
    if (!transaction.exec(QStringLiteral("BEGIN"))) {
        *error = transaction.lastError().text();
        return false;
    }
    for (int i = 0; i < tweets; ++i) {
        TweetConfig config;
        config.episodeId = out->episodeIds.at(i % episodes);
        config.accountId = out->accountId;
        config.text = QStringLiteral("New episode (%1 #%2): out now at https://podcast.example/%3 — tell a friend!")
                          .arg(tag)
                          .arg(i + 1)
                          .arg(i % episodes + 1);
        const qint64 id = TweetStore(db).add(config).value_or(0);
        if (id <= 0) {
            *error = QStringLiteral("cannot add a tweet config");
            transaction.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        out->tweetIds.append(id);
    }
    if (!transaction.exec(QStringLiteral("COMMIT"))) {
        *error = transaction.lastError().text();
        return false;
    }
    return true;
}

QString pragmaText(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

PostingService::Options serviceOptions(const QString &dbPath, const QUrl &serverUrl, const Settings &settings)
{
    PostingService::Options options;
    options.databasePath = dbPath;
    options.sandboxBaseUrl = [serverUrl] {
        return serverUrl;
    };
    // Requests queue inside QNetworkAccessManager (6 connections per host) and XClient's deadline
    // counts that queueing: leave room so that no post of the run times out.
    const int slowest = std::max(settings.delayMs, settings.guiDelayMs);
    const int posts = std::max(settings.posts, settings.guiPosts);
    options.requestTimeout = std::chrono::milliseconds(std::max(60000, 3 * slowest * posts));
    return options;
}

// --- 1. Local overhead per post: claim + finish ---------------------------------------------------------

QJsonObject benchClaimFinish(const Settings &settings, const QString &dir, bool *ok)
{
    QJsonObject json;
    Q_UNUSED(dir);
    Database db;
    QString where;
    const QString path = databases().locationFor(QStringLiteral("overhead"), &where);
    if (path.isEmpty() || !db.open(path, QStringLiteral("bench-overhead"))) {
        json.insert(QStringLiteral("error"), path.isEmpty() ? where : db.errorString());
        *ok = false;
        return json;
    }
    Seeded seeded;
    QString error;
    const int total = settings.overheadWarmup + settings.overheadPosts;
    if (!seed(db.connection(), QStringLiteral("overhead"), total, 10, &seeded, &error)) {
        json.insert(QStringLiteral("error"), error);
        *ok = false;
        return json;
    }
    PostingStore store(
        db.connection(), Claimant::current(), [] { return QDateTime::currentDateTimeUtc(); }, 35000);
    std::vector<double> claims;
    std::vector<double> finishes;
    std::vector<double> totals;
    int failures = 0;
    for (int i = 0; i < total; ++i) {
        const qint64 id = seeded.tweetIds.at(i);
        const auto t0 = Clock::now();
        const ClaimResult claim = store.claim(id);
        const auto t1 = Clock::now();
        FinishRecord record;
        record.attemptId = claim.attemptId;
        record.configId = id;
        record.outcome = TweetStatus::Posted;
        record.httpStatus = 201;
        record.postId = QString::number(1800000000000000000LL + i);
        const bool finished = claim.ok() && store.finish(record);
        const auto t2 = Clock::now();
        if (!finished) {
            ++failures;
            continue;
        }
        if (i < settings.overheadWarmup) {
            continue; // first statements prepare, first pages load: not what a post costs
        }
        claims.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
        finishes.push_back(std::chrono::duration<double, std::micro>(t2 - t1).count());
        totals.push_back(std::chrono::duration<double, std::micro>(t2 - t0).count());
    }
    json = summary(totals, 1);
    json.insert(QStringLiteral("posts"), settings.overheadPosts);
    json.insert(QStringLiteral("warmup_posts_not_counted"), settings.overheadWarmup);
    json.insert(QStringLiteral("claim"), summary(claims, 1));
    json.insert(QStringLiteral("finish"), summary(finishes, 1));
    json.insert(QStringLiteral("failures"), failures);
    json.insert(QStringLiteral("backend"), settings.backend);
    if (!databases().isPostgreSql()) {
        json.insert(QStringLiteral("journal_mode"), pragmaText(db.connection(), QStringLiteral("journal_mode")));
        json.insert(QStringLiteral("synchronous"), pragmaText(db.connection(), QStringLiteral("synchronous")));
    }
    *ok = *ok && failures == 0;
    return json;
}

// --- 2a. The engine ---------------------------------------------------------------------------------------

struct RunResult
{
    double wallMs = 0;
    int posted = 0;
    int other = 0;
    int requests = 0;
    QString firstProblem;
    QString error;
};

RunResult runEngine(const Settings &settings, ServerThread &server, const QString &dir)
{
    RunResult result;
    Q_UNUSED(dir);
    const QString path = databases().locationFor(QStringLiteral("engine"), &result.error);
    if (path.isEmpty()) {
        return result;
    }
    Seeded seeded;
    {
        Database db;
        if (!db.open(path, QStringLiteral("bench-engine-seed")) ||
            !seed(db.connection(), QStringLiteral("engine"), settings.posts, 10, &seeded, &result.error)) {
            result.error = result.error.isEmpty() ? db.errorString() : result.error;
            return result;
        }
    }
    ServiceThread thread(serviceOptions(path, server.baseUrl(), settings));
    if (!thread.start(&result.error)) {
        return result;
    }
    server.delayCreates(settings.posts, settings.delayMs);
    const int before = server.createRequestCount();

    QEventLoop loop;
    int finished = 0;
    Clock::time_point end;
    QObject::connect(thread.service(), &PostingService::postFinished, &loop, [&](const PostOutcome &outcome) {
        if (outcome.kind == PostOutcome::Kind::Posted) {
            ++result.posted;
        } else if (++result.other == 1) {
            result.firstProblem = outcome.message;
        }
        if (++finished == settings.posts) {
            end = Clock::now();
            loop.quit();
        }
    });
    const auto start = Clock::now();
    for (const qint64 id : std::as_const(seeded.tweetIds)) {
        thread.service()->post(id); // all queued at once; the worker claims and sends each in turn
    }
    if (!runUntil(
            loop, [&] { return finished == settings.posts; }, settings.posts * settings.delayMs + 120000)) {
        result.error = QStringLiteral("the engine did not finish in time (%1 of %2)").arg(finished).arg(settings.posts);
        return result;
    }
    result.wallMs = msBetween(start, end);
    result.requests = server.createRequestCount() - before;
    return result;
}

// --- 2b. The rejected design: the write lock held across the X call ------------------------------------
//
// DESIGN.md "Why not simply hold the row lock": on SQLite a row lock is the whole database's write lock.
// Each worker, on its own thread and connection, loops: BEGIN IMMEDIATE (waits for the write lock), take
// the next tweet, claim it (re-read, conditional UPDATE, attempt row), call X and wait for the answer
// with the transaction still open, write the outcome, COMMIT. The next post can only begin when the
// previous COMMIT frees the lock, so posts serialize whatever the worker count; more workers only add
// threads parked in SQLite's busy handler. The tweet is taken after the lock is held so that no worker
// starves holding an id. SQL as in PostingStore minus the checks that cannot fail here (no template,
// no limits), which only flatters this design.

RunResult runLockHeld(const Settings &settings, ServerThread &server, const QString &dir)
{
    RunResult result;
    const QString path = dir + QStringLiteral("/lockheld.sqlite");
    Seeded seeded;
    {
        Database db;
        if (!db.open(path, QStringLiteral("bench-lock-seed")) ||
            !seed(db.connection(), QStringLiteral("lock-held"), settings.posts, 10, &seeded, &result.error)) {
            result.error = result.error.isEmpty() ? db.errorString() : result.error;
            return result;
        }
    }
    server.delayCreates(settings.posts, settings.delayMs);
    const int before = server.createRequestCount();
    const QUrl base = server.baseUrl();
    const auto timeout = serviceOptions(path, base, settings).requestTimeout;

    std::atomic<int> next {0};
    std::atomic<int> done {0};
    std::atomic<int> posted {0};
    std::atomic<Clock::rep> endTicks {0};
    QSemaphore ready;
    QSemaphore go;
    std::vector<QString> errors(static_cast<std::size_t>(settings.lockWorkers));
    std::vector<std::unique_ptr<QThread>> workers;
    for (int w = 0; w < settings.lockWorkers; ++w) {
        workers.emplace_back(QThread::create([&, w] {
            QString &error = errors[static_cast<std::size_t>(w)];
            Database db;
            // Wait as long as it takes for the lock: this design has no other way to queue.
            if (!db.open(path, QStringLiteral("bench-lock-%1").arg(w), 600000)) {
                error = db.errorString();
                ready.release();
                return;
            }
            const QSqlDatabase connection = db.connection();
            {
                XNetworkAccessManager network;
                XClient client(&network);
                client.setTimeout(timeout);
                QObject context;
                const QString claimant = Claimant::current().toString();
                const XCredentials credentials = PostingService::sandboxCredentials();
                ready.release();
                go.acquire();
                for (;;) {
                    QSqlQuery query(connection);
                    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                        if (query.lastError().nativeErrorCode() == QLatin1String("5")) {
                            continue; // busy: still someone else's turn
                        }
                        error = query.lastError().text();
                        break;
                    }
                    const int index = next.fetch_add(1);
                    if (index >= seeded.tweetIds.size()) {
                        query.exec(QStringLiteral("ROLLBACK"));
                        break;
                    }
                    const qint64 id = seeded.tweetIds.at(index);
                    // Claim, inside the transaction that stays open.
                    if (!Sql::exec(query,
                                   QStringLiteral("SELECT status, text, account_id, enabled FROM tweet_configs "
                                                  "WHERE id = ? AND archived = 0"),
                                   {id}, &error) ||
                        !query.next() || query.value(0).toString() != QLatin1String("pending")) {
                        error = error.isEmpty() ? QStringLiteral("tweet %1 is not pending").arg(id) : error;
                        break;
                    }
                    const QString text = query.value(1).toString();
                    const qint64 accountId = query.value(2).toLongLong();
                    const QString attemptId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                    const QString now = Sql::now();
                    if (!Sql::exec(query,
                                   QStringLiteral("UPDATE tweet_configs SET status = 'posting', attempt_id = ?, "
                                                  "claimed_at = ?, claimed_by = ?, last_error = '', updated_at = ? "
                                                  "WHERE id = ? AND status IN ('pending', 'failed') AND enabled = 1 "
                                                  "AND archived = 0"),
                                   {attemptId, now, claimant, now, id}, &error) ||
                        query.numRowsAffected() != 1 ||
                        !Sql::exec(query,
                                   QStringLiteral("INSERT INTO post_attempts (attempt_id, config_id, account_id, "
                                                  "text_sent, claimed_by, started_at, outcome) "
                                                  "VALUES (?, ?, ?, ?, ?, ?, 'posting')"),
                                   {attemptId, id, accountId, text, claimant, now}, &error)) {
                        error = error.isEmpty() ? QStringLiteral("claim of %1 touched no row").arg(id) : error;
                        break;
                    }
                    // Call X with the write lock still held.
                    QEventLoop wait;
                    XCreateResult answer;
                    client.createPost(base, credentials, text, &context, [&](const XCreateResult &created) {
                        answer = created;
                        wait.quit();
                    });
                    wait.exec();
                    // Finish, still in the same transaction, then COMMIT frees the lock.
                    const bool published = answer.outcome == XOutcome::Published;
                    const QString status = published ? QStringLiteral("posted") : QStringLiteral("unknown");
                    const QString finishedAt = Sql::now();
                    if (!Sql::exec(query,
                                   QStringLiteral("UPDATE tweet_configs SET status = ?, post_id = ?, posted_at = ?, "
                                                  "last_error = ?, updated_at = ? WHERE id = ? AND attempt_id = ?"),
                                   {status, Sql::nullableText(answer.postId),
                                    published ? QVariant(finishedAt) : QVariant(), answer.message, finishedAt, id,
                                    attemptId},
                                   &error) ||
                        !Sql::exec(query,
                                   QStringLiteral("UPDATE post_attempts SET finished_at = ?, http_status = ?, "
                                                  "outcome = ?, post_id = ?, error = ? WHERE attempt_id = ?"),
                                   {finishedAt, answer.httpStatus, status, Sql::nullableText(answer.postId),
                                    answer.message, attemptId},
                                   &error) ||
                        !query.exec(QStringLiteral("COMMIT"))) {
                        error = error.isEmpty() ? query.lastError().text() : error;
                        break;
                    }
                    if (published) {
                        ++posted;
                    }
                    if (++done == settings.posts) {
                        endTicks = Clock::now().time_since_epoch().count();
                    }
                }
            }
            QSqlQuery(connection).exec(QStringLiteral("ROLLBACK")); // after an error, if one is open
        }));
        workers.back()->setObjectName(QStringLiteral("lock-held-%1").arg(w));
        workers.back()->start();
    }
    ready.acquire(settings.lockWorkers); // every connection open and every manager built
    const auto start = Clock::now();
    go.release(settings.lockWorkers);
    for (const auto &worker : workers) {
        worker->wait();
    }
    for (const QString &error : errors) {
        if (!error.isEmpty() && result.error.isEmpty()) {
            result.error = error;
        }
    }
    result.posted = posted;
    result.other = done - posted;
    result.requests = server.createRequestCount() - before;
    if (done == settings.posts) {
        result.wallMs = msBetween(start, Clock::time_point(Clock::duration(endTicks.load())));
    } else if (result.error.isEmpty()) {
        result.error = QStringLiteral("only %1 of %2 posts were made").arg(done.load()).arg(settings.posts);
    }
    return result;
}

// --- 2c. Bare: the same signed requests through the same client stack, no database ---------------------

RunResult runBare(const Settings &settings, ServerThread &server)
{
    RunResult result;
    server.delayCreates(settings.posts, settings.delayMs);
    const int before = server.createRequestCount();
    // On a thread of its own, like the engine's worker; XClient signs with OAuth1Signer exactly as the
    // engine does, over the same XNetworkAccessManager policy.
    std::unique_ptr<QThread> thread(QThread::create([&] {
        XNetworkAccessManager network;
        XClient client(&network);
        QObject context;
        QEventLoop loop;
        int finished = 0;
        Clock::time_point end;
        const QUrl base = server.baseUrl();
        const XCredentials credentials = PostingService::sandboxCredentials();
        const auto start = Clock::now();
        for (int i = 0; i < settings.posts; ++i) {
            const QString text =
                QStringLiteral("New episode (bare #%1): out now at https://podcast.example/%2 — tell a friend!")
                    .arg(i + 1)
                    .arg(i % 10 + 1);
            client.createPost(base, credentials, text, &context, [&](const XCreateResult &created) {
                if (created.outcome == XOutcome::Published) {
                    ++result.posted;
                } else if (++result.other == 1) {
                    result.firstProblem = created.message;
                }
                if (++finished == settings.posts) {
                    end = Clock::now();
                    loop.quit();
                }
            });
        }
        if (!runUntil(
                loop, [&] { return finished == settings.posts; }, settings.posts * settings.delayMs + 120000)) {
            result.error = QStringLiteral("bare posts did not finish in time");
            return;
        }
        result.wallMs = msBetween(start, end);
    }));
    thread->setObjectName(QStringLiteral("bare"));
    thread->start();
    thread->wait();
    result.requests = server.createRequestCount() - before;
    return result;
}

QJsonObject runJson(const RunResult &run)
{
    QJsonObject json;
    json.insert(QStringLiteral("wall_ms"), rounded(run.wallMs, 1));
    json.insert(QStringLiteral("posted"), run.posted);
    json.insert(QStringLiteral("not_posted"), run.other);
    json.insert(QStringLiteral("create_requests_at_server"), run.requests);
    if (!run.firstProblem.isEmpty()) {
        json.insert(QStringLiteral("first_problem"), run.firstProblem);
    }
    if (!run.error.isEmpty()) {
        json.insert(QStringLiteral("error"), run.error);
    }
    return json;
}

QJsonObject benchHundredPosts(const Settings &settings, ServerThread &server, const QString &dir, bool *ok)
{
    progress(QStringLiteral("engine: %1 posts, server delay %2 ms").arg(settings.posts).arg(settings.delayMs));
    const RunResult engine = runEngine(settings, server, dir);
    progress(QStringLiteral("bare XClient: %1 posts").arg(settings.posts));
    const RunResult bare = runBare(settings, server);
    // The rejected design is SQLite's (its write lock is the whole database's): not run on PostgreSQL.
    RunResult lockHeld;
    const bool withLockHeld = !databases().isPostgreSql();
    if (withLockHeld) {
        progress(QStringLiteral("lock held across the X call: %1 posts, %2 workers (about %3 s)")
                     .arg(settings.posts)
                     .arg(settings.lockWorkers)
                     .arg(settings.posts * settings.delayMs / 1000));
        lockHeld = runLockHeld(settings, server, dir);
    }

    const auto good = [&settings](const RunResult &run) {
        return run.error.isEmpty() && run.posted == settings.posts && run.requests == settings.posts;
    };
    *ok = *ok && good(engine) && good(bare) && (!withLockHeld || good(lockHeld));

    QJsonObject json;
    json.insert(QStringLiteral("backend"), settings.backend);
    json.insert(QStringLiteral("posts"), settings.posts);
    json.insert(QStringLiteral("server_delay_ms"), settings.delayMs);
    json.insert(QStringLiteral("engine_ms"), rounded(engine.wallMs, 1));
    json.insert(QStringLiteral("lock_held_ms"), rounded(lockHeld.wallMs, 1));
    json.insert(QStringLiteral("bare_qnam_ms"), rounded(bare.wallMs, 1));
    json.insert(QStringLiteral("lock_held_workers"), settings.lockWorkers);
    if (engine.wallMs > 0 && bare.wallMs > 0) {
        json.insert(QStringLiteral("engine_over_bare"), rounded(engine.wallMs / bare.wallMs, 3));
        json.insert(QStringLiteral("expect_engine_within_10pct_of_bare"), engine.wallMs <= 1.10 * bare.wallMs);
    }
    if (engine.wallMs > 0 && lockHeld.wallMs > 0) {
        json.insert(QStringLiteral("lock_held_over_engine"), rounded(lockHeld.wallMs / engine.wallMs, 2));
        json.insert(QStringLiteral("expect_engine_many_times_faster_than_lock_held"),
                    lockHeld.wallMs / engine.wallMs >= 3.0);
    }
    // What the client stack allows at best: requests go out in waves of 6 connections.
    const int waves = (settings.posts + kQnamConnectionsPerHost - 1) / kQnamConnectionsPerHost;
    json.insert(QStringLiteral("qnam_connections_per_host"), kQnamConnectionsPerHost);
    json.insert(QStringLiteral("floor_ms_6_connections"), waves * settings.delayMs);
    json.insert(QStringLiteral("floor_ms_serial"), settings.posts * settings.delayMs);
    json.insert(QStringLiteral("engine"), runJson(engine));
    if (withLockHeld) {
        json.insert(QStringLiteral("lock_held"), runJson(lockHeld));
    }
    json.insert(QStringLiteral("bare_qnam"), runJson(bare));
    return json;
}

// --- 3. GUI-thread lateness while the engine posts -----------------------------------------------------

// The 1-minute load average (Linux), or -1.
double loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    bool valid = false;
    const double load = file.readLine().split(' ').value(0).toDouble(&valid);
    return valid ? load : -1;
}

// A repeating precise timer on the calling ("GUI") thread. Lateness is measured against the schedule Qt
// keeps for a repeating timer (due times every interval; after a miss, one interval after the late tick),
// so a late tick does not hide the next one.
class LatenessProbe final
{
public:
    explicit LatenessProbe(int intervalMs) : m_interval(std::chrono::milliseconds(intervalMs))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }

    void start()
    {
        m_due = Clock::now() + m_interval;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    struct Sample
    {
        Clock::time_point at;
        double latenessMs;
    };
    const std::vector<Sample> &samples() const { return m_samples; }

private:
    void tick()
    {
        const auto now = Clock::now();
        m_samples.push_back({now, std::max(0.0, msBetween(m_due, now))});
        m_due += m_interval;
        if (m_due < now) {
            m_due = now + m_interval;
        }
    }

    QTimer m_timer;
    Clock::duration m_interval;
    Clock::time_point m_due;
    std::vector<Sample> m_samples;
};

QJsonObject benchGuiLateness(const Settings &settings, ServerThread &server, const QString &dir, bool withWriter,
                             bool *ok)
{
    QJsonObject json;
    const QString tag = withWriter ? QStringLiteral("gui-writer") : QStringLiteral("gui");
    const QString path = dir + QLatin1Char('/') + tag + QStringLiteral(".sqlite");
    Database gui;
    Seeded seeded;
    QString error;
    if (!gui.open(path, QStringLiteral("bench-") + tag) ||
        !seed(gui.connection(), tag, settings.guiPosts, 10, &seeded, &error)) {
        json.insert(QStringLiteral("error"), error.isEmpty() ? gui.errorString() : error);
        *ok = false;
        return json;
    }

    // What the main window does on its thread: two models on the GUI connection, reloaded when the
    // ChangeWatcher sees another connection's commit and when the service says a tweet changed.
    EpisodeTableModel episodes(gui.connection());
    TweetTableModel tweets(gui.connection());
    episodes.reload();
    tweets.setEpisode(0); // every episode's tweets: more rows than the window shows, so more work
    int reloads = 0;
    int watcherChanges = 0;
    double slowestReloadMs = 0;
    const auto reloadModels = [&] {
        const auto before = Clock::now();
        episodes.reload();
        tweets.reload();
        ++reloads;
        slowestReloadMs = std::max(slowestReloadMs, msBetween(before, Clock::now()));
    };
    ChangeWatcher watcher(gui.connection(), 500);
    QObject::connect(&watcher, &ChangeWatcher::changed, &watcher, [&] {
        ++watcherChanges;
        reloadModels();
    });
    watcher.start();

    ServiceThread thread(serviceOptions(path, server.baseUrl(), settings));
    if (!thread.start(&error)) {
        json.insert(QStringLiteral("error"), error);
        *ok = false;
        return json;
    }
    QObject context;
    QTimer coalesce;
    coalesce.setSingleShot(true);
    coalesce.setInterval(std::max(0, settings.coalesceMs));
    QObject::connect(&coalesce, &QTimer::timeout, &context, reloadModels);
    QObject::connect(thread.service(), &PostingService::tweetChanged, &context, [&](qint64) {
        if (settings.coalesceMs < 0) {
            reloadModels();
        } else if (!coalesce.isActive()) {
            coalesce.start();
        }
    });

    // Another connection (another window or process) that holds the write lock for writerHoldMs once
    // half of the posts have finished.
    std::atomic<Clock::rep> holdFrom {0};
    std::atomic<Clock::rep> holdTo {0};
    QString writerError;
    QSemaphore writerReady;
    QSemaphore writerGo;
    std::unique_ptr<QThread> writer;
    if (withWriter) {
        writer.reset(QThread::create([&] {
            Database db;
            if (!db.open(path, QStringLiteral("bench-writer"), 60000)) {
                writerError = db.errorString();
                writerReady.release();
                return;
            }
            writerReady.release();
            writerGo.acquire();
            QSqlQuery query(db.connection());
            if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                writerError = query.lastError().text();
                return;
            }
            holdFrom = Clock::now().time_since_epoch().count();
            if (!Sql::exec(query, QStringLiteral("UPDATE episodes SET notes = ? WHERE id = ?"),
                           {QStringLiteral("edited while posting"), seeded.episodeIds.first()}, &writerError)) {
                query.exec(QStringLiteral("ROLLBACK"));
                return;
            }
            QThread::msleep(static_cast<unsigned long>(settings.writerHoldMs));
            if (!query.exec(QStringLiteral("COMMIT"))) {
                writerError = query.lastError().text();
            }
            holdTo = Clock::now().time_since_epoch().count();
        }));
        writer->setObjectName(QStringLiteral("writer"));
        writer->start();
        writerReady.acquire();
    }

    server.delayCreates(settings.guiPosts, settings.guiDelayMs);
    QEventLoop loop;
    int finished = 0;
    int posted = 0;
    QObject::connect(thread.service(), &PostingService::postFinished, &loop, [&](const PostOutcome &outcome) {
        if (outcome.kind == PostOutcome::Kind::Posted) {
            ++posted;
        }
        if (++finished == settings.guiPosts / 2 && withWriter) {
            writerGo.release();
        }
        if (finished == settings.guiPosts) {
            loop.quit();
        }
    });
    const double loadBefore = loadAverage();
    LatenessProbe probe(settings.probeIntervalMs);
    probe.start();
    const auto start = Clock::now();
    for (const qint64 id : std::as_const(seeded.tweetIds)) {
        thread.service()->post(id);
    }
    const bool completed = runUntil(
        loop, [&] { return finished == settings.guiPosts; }, settings.guiPosts * settings.guiDelayMs + 120000);
    const auto end = Clock::now();
    probe.stop();
    if (writer) {
        writerGo.release(); // in case the run ended early
        writer->wait();
    }

    std::vector<double> lateness;
    double maxDuringHold = 0;
    double worst = -1;
    Clock::time_point worstAt = start;
    int over100 = 0;
    const Clock::time_point from {Clock::duration(holdFrom.load())};
    const Clock::time_point to {Clock::duration(holdTo.load())};
    for (const auto &sample : probe.samples()) {
        lateness.push_back(sample.latenessMs);
        over100 += sample.latenessMs > 100 ? 1 : 0;
        if (sample.latenessMs > worst) {
            worst = sample.latenessMs;
            worstAt = sample.at;
        }
        if (withWriter && sample.at >= from && sample.at <= to + std::chrono::milliseconds(100)) {
            maxDuringHold = std::max(maxDuringHold, sample.latenessMs);
        }
    }
    json = summary(lateness, 3);
    json.insert(QStringLiteral("p50"), json.value(QStringLiteral("median")));
    json.remove(QStringLiteral("median"));
    json.insert(QStringLiteral("timer_interval_ms"), settings.probeIntervalMs);
    json.insert(QStringLiteral("ticks_over_100ms_late"), over100);
    json.insert(QStringLiteral("posts"), settings.guiPosts);
    json.insert(QStringLiteral("server_delay_ms"), settings.guiDelayMs);
    json.insert(QStringLiteral("posted"), posted);
    json.insert(QStringLiteral("run_ms"), rounded(msBetween(start, end), 1));
    json.insert(QStringLiteral("model_reloads"), reloads);
    json.insert(QStringLiteral("reload_coalesce_ms"), settings.coalesceMs);
    json.insert(QStringLiteral("change_watcher_signals"), watcherChanges);
    json.insert(QStringLiteral("rows_in_tweet_model"), tweets.rowCount());
    // To tell the main thread's own work from the machine's: the longest reload it did, when the
    // worst tick came, and how busy the machine was (other processes share the cores).
    json.insert(QStringLiteral("slowest_reload_ms"), rounded(slowestReloadMs, 3));
    json.insert(QStringLiteral("max_at_ms_into_run"), rounded(msBetween(start, worstAt), 1));
    json.insert(QStringLiteral("loadavg_1min_before"), loadBefore);
    json.insert(QStringLiteral("loadavg_1min_after"), loadAverage());
    if (withWriter) {
        json.insert(QStringLiteral("writer_hold_ms"),
                    holdTo.load() > 0 ? rounded(msBetween(from, to), 1) : QJsonValue(QJsonValue::Null));
        json.insert(QStringLiteral("writer_started_after_posts"), settings.guiPosts / 2);
        json.insert(QStringLiteral("max_during_hold"), rounded(maxDuringHold, 3));
        if (!writerError.isEmpty()) {
            json.insert(QStringLiteral("writer_error"), writerError);
        }
    }
    if (!completed) {
        json.insert(QStringLiteral("error"),
                    QStringLiteral("the run did not finish in time (%1 of %2)").arg(finished).arg(settings.guiPosts));
    }
    *ok =
        *ok && completed && posted == settings.guiPosts && writerError.isEmpty() && (!withWriter || holdTo.load() > 0);
    return json;
}

// --- 5. Many processes claiming on one database -----------------------------------------------------------
//
// N processes (this program again, in --claim-worker mode), each claiming and finishing its own 100
// tweets on one database as fast as it can, all starting at the same instant: what the database's
// locking costs when a team's windows, schedulers and cron jobs write at once. Each claim's time is
// its wait for the lock plus its own work; the figures are the claims' p50/p99 and the throughput.

int claimWorker(const QString &location, qint64 firstId, int count, qint64 startAtMs)
{
    Database db;
    if (!db.open(location, QStringLiteral("bench-claim-worker"), 600000)) {
        std::fprintf(stderr, "claim worker: %s\n", qUtf8Printable(db.errorString()));
        return 1;
    }
    PostingStore store(
        db.connection(), Claimant::current(), [] { return QDateTime::currentDateTimeUtc(); }, 35000);
    while (QDateTime::currentMSecsSinceEpoch() < startAtMs) {
        QThread::usleep(200); // a start line all workers cross together; not a measurement
    }
    QJsonArray waits;
    int failures = 0;
    for (int i = 0; i < count; ++i) {
        const qint64 id = firstId + i;
        const auto t0 = Clock::now();
        ClaimResult claim = store.claim(id);
        while (claim.refusal == ClaimRefusal::Busy) {
            claim = store.claim(id); // SQLite's busy timeout ran out: the engine retries too
        }
        const auto t1 = Clock::now();
        FinishRecord record;
        record.attemptId = claim.attemptId;
        record.configId = id;
        record.outcome = TweetStatus::Posted;
        record.httpStatus = 201;
        record.postId = QString::number(1900000000000000000LL + id);
        if (!claim.ok() || !store.finish(record)) {
            ++failures;
            continue;
        }
        waits.append(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    QJsonObject out;
    out.insert(QStringLiteral("claim_ms"), waits);
    out.insert(QStringLiteral("failures"), failures);
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    return failures == 0 ? 0 : 1;
}

QJsonObject benchProcesses(const Settings &settings, bool *ok)
{
    QJsonObject json;
    QString error;
    const QString location = databases().locationFor(QStringLiteral("processes"), &error);
    Database db;
    Seeded seeded;
    const int total = settings.claimProcesses * settings.claimsPerProcess;
    if (location.isEmpty() || !db.open(location, QStringLiteral("bench-processes")) ||
        !seed(db.connection(), QStringLiteral("processes"), total, 10, &seeded, &error)) {
        json.insert(QStringLiteral("error"), error.isEmpty() ? db.errorString() : error);
        *ok = false;
        return json;
    }
    db.close();
    // Seeded ids are consecutive: worker w takes its own slice.
    const qint64 first = seeded.tweetIds.constFirst();
    const qint64 startAt = QDateTime::currentMSecsSinceEpoch() + 1500;
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int w = 0; w < settings.claimProcesses; ++w) {
        auto process = std::make_unique<QProcess>();
        process->setProgram(QCoreApplication::applicationFilePath());
        process->setArguments({QStringLiteral("--claim-worker"), location,
                               QString::number(first + qint64(w) * settings.claimsPerProcess),
                               QString::number(settings.claimsPerProcess), QString::number(startAt)});
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start();
        workers.push_back(std::move(process));
    }
    std::vector<double> waits;
    int failures = 0;
    for (auto &process : workers) {
        if (!process->waitForFinished(600000) || process->exitCode() != 0) {
            ++failures;
        }
        const QJsonObject out = QJsonDocument::fromJson(process->readAllStandardOutput()).object();
        failures += out.value(QStringLiteral("failures")).toInt();
        for (const QJsonValue &value : out.value(QStringLiteral("claim_ms")).toArray()) {
            waits.push_back(value.toDouble());
        }
    }
    const double wallMs = double(QDateTime::currentMSecsSinceEpoch() - startAt);
    // The wall time as the last worker ended, from the common start.
    json = summary(waits, 3);
    json.insert(QStringLiteral("backend"), settings.backend);
    json.insert(QStringLiteral("processes"), settings.claimProcesses);
    json.insert(QStringLiteral("claims_per_process"), settings.claimsPerProcess);
    json.insert(QStringLiteral("claims_done"), int(waits.size()));
    json.insert(QStringLiteral("failures"), failures);
    json.insert(QStringLiteral("wall_ms"), rounded(wallMs, 1));
    json.insert(QStringLiteral("claims_per_second"), wallMs > 0 ? rounded(double(waits.size()) * 1000 / wallMs, 1) : 0);
    *ok = *ok && failures == 0 && int(waits.size()) == total;
    return json;
}

// --- 4. Machine ------------------------------------------------------------------------------------------

QJsonObject machine(const QString &dir)
{
    QJsonObject json;
    json.insert(QStringLiteral("nproc"), QThread::idealThreadCount());
    json.insert(QStringLiteral("qt_version"), QString::fromLatin1(qVersion()));
    json.insert(QStringLiteral("build_type"), QStringLiteral(EPISODEDESK_BUILD_TYPE));
    json.insert(QStringLiteral("compiler"), QStringLiteral(EPISODEDESK_COMPILER));
    json.insert(QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    json.insert(QStringLiteral("os"), QSysInfo::prettyProductName());
    json.insert(QStringLiteral("kernel"), QSysInfo::kernelVersion());
    json.insert(QStringLiteral("database_dir_filesystem"), QString::fromUtf8(QStorageInfo(dir).fileSystemType()));
    {
        Database db;
        if (db.open(dir + QStringLiteral("/version.sqlite"), QStringLiteral("bench-version"))) {
            QSqlQuery query(db.connection());
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next()) {
                json.insert(QStringLiteral("sqlite_version"), query.value(0).toString());
            }
        }
    }
    return json;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_posting"));
    // The engine and the server log every request at info level; keep stderr for progress and warnings.
    QLoggingCategory::setFilterRules(QStringLiteral("episodedesk.*.info=false\nepisodedesk.*.debug=false"));

    // A child of the "processes" part: --claim-worker LOCATION FIRST_ID COUNT START_AT_MS.
    if (argc == 6 && qstrcmp(argv[1], "--claim-worker") == 0) {
        return claimWorker(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toLongLong(),
                           QByteArray(argv[4]).toInt(), QByteArray(argv[5]).toLongLong());
    }

    Settings settings;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("EpisodeDesk posting benchmark; prints one JSON object."));
    parser.addHelpOption();
    const QCommandLineOption postsOption(QStringLiteral("posts"), QStringLiteral("Posts per design run (100)."),
                                         QStringLiteral("n"), QString::number(settings.posts));
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"),
                                         QStringLiteral("Server delay for the design comparison (200)."),
                                         QStringLiteral("ms"), QString::number(settings.delayMs));
    const QCommandLineOption guiPostsOption(QStringLiteral("gui-posts"),
                                            QStringLiteral("Posts during the lateness runs (100)."),
                                            QStringLiteral("n"), QString::number(settings.guiPosts));
    const QCommandLineOption guiDelayOption(QStringLiteral("gui-delay-ms"),
                                            QStringLiteral("Server delay during the lateness runs (1000)."),
                                            QStringLiteral("ms"), QString::number(settings.guiDelayMs));
    const QCommandLineOption overheadOption(QStringLiteral("overhead-posts"),
                                            QStringLiteral("Claim+finish pairs timed (500)."), QStringLiteral("n"),
                                            QString::number(settings.overheadPosts));
    const QCommandLineOption workersOption(QStringLiteral("lock-workers"),
                                           QStringLiteral("Worker threads of the lock-held design (6)."),
                                           QStringLiteral("n"), QString::number(settings.lockWorkers));
    const QCommandLineOption holdOption(QStringLiteral("writer-hold-ms"),
                                        QStringLiteral("How long the other writer holds the lock (2000)."),
                                        QStringLiteral("ms"), QString::number(settings.writerHoldMs));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Where the temporary database folder is made (system temp)."),
                                       QStringLiteral("path"));
    const QCommandLineOption coalesceOption(
        QStringLiteral("coalesce-ms"),
        QStringLiteral("Lateness runs: collapse tweetChanged signals within this many ms into one reload "
                       "(-1, the default: reload on every signal)."),
        QStringLiteral("ms"), QString::number(settings.coalesceMs));
    const QCommandLineOption partsOption(
        QStringLiteral("parts"),
        QStringLiteral("Comma-separated parts to run: overhead, designs, processes, gui, gui-writer (all; gui "
                       "and gui-writer only on sqlite)."),
        QStringLiteral("list"), QStringLiteral("overhead,designs,processes,gui,gui-writer"));
    const QCommandLineOption backendOption(
        QStringLiteral("backend"),
        QStringLiteral("sqlite (default) or postgresql: the overhead, designs and processes parts run on it."),
        QStringLiteral("name"), settings.backend);
    const QCommandLineOption pgAdminOption(
        QStringLiteral("pg-admin"),
        QStringLiteral("With --backend postgresql: a server's admin URI (a private server is started otherwise)."),
        QStringLiteral("uri"));
    const QCommandLineOption processesOption(QStringLiteral("claim-processes"),
                                             QStringLiteral("Processes of the processes part (8)."),
                                             QStringLiteral("n"), QString::number(settings.claimProcesses));
    const QCommandLineOption claimsOption(QStringLiteral("claims-per-process"),
                                          QStringLiteral("Claims each process makes (100)."), QStringLiteral("n"),
                                          QString::number(settings.claimsPerProcess));
    parser.addOptions({postsOption, delayOption, guiPostsOption, guiDelayOption, overheadOption, workersOption,
                       holdOption, coalesceOption, partsOption, dirOption, backendOption, pgAdminOption,
                       processesOption, claimsOption});
    parser.process(app);
    const auto positive = [&parser](const QCommandLineOption &option, int *value, int minimum) {
        bool valid = false;
        const int parsed = parser.value(option).toInt(&valid);
        if (!valid || parsed < minimum) {
            std::fprintf(stderr, "bench_posting: --%s must be an integer >= %d\n",
                         qUtf8Printable(option.names().constFirst()), minimum);
            std::exit(2);
        }
        *value = parsed;
    };
    positive(postsOption, &settings.posts, 1);
    positive(delayOption, &settings.delayMs, 0);
    positive(guiPostsOption, &settings.guiPosts, 2);
    positive(guiDelayOption, &settings.guiDelayMs, 0);
    positive(overheadOption, &settings.overheadPosts, 1);
    positive(workersOption, &settings.lockWorkers, 1);
    positive(holdOption, &settings.writerHoldMs, 0);
    positive(coalesceOption, &settings.coalesceMs, -1);
    positive(processesOption, &settings.claimProcesses, 1);
    positive(claimsOption, &settings.claimsPerProcess, 1);
    settings.backend = parser.value(backendOption);
    if (settings.backend != QLatin1String("sqlite") && settings.backend != QLatin1String("postgresql")) {
        std::fprintf(stderr, "bench_posting: --backend must be sqlite or postgresql\n");
        return 2;
    }
    settings.parts = parser.value(partsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : std::as_const(settings.parts)) {
        static const QStringList known {QStringLiteral("overhead"), QStringLiteral("designs"),
                                        QStringLiteral("processes"), QStringLiteral("gui"),
                                        QStringLiteral("gui-writer")};
        if (!known.contains(part)) {
            std::fprintf(stderr, "bench_posting: unknown part %s\n", qUtf8Printable(part));
            return 2;
        }
    }
    settings.dir = parser.value(dirOption);

    std::unique_ptr<QTemporaryDir> tempDir = settings.dir.isEmpty()
        ? std::make_unique<QTemporaryDir>()
        : std::make_unique<QTemporaryDir>(settings.dir + QStringLiteral("/bench-XXXXXX"));
    if (!tempDir->isValid()) {
        std::fprintf(stderr, "bench_posting: cannot create a temporary folder: %s\n",
                     qUtf8Printable(tempDir->errorString()));
        return 1;
    }
    const QString dir = tempDir->path();

    QString error;
    if (!databases().start(settings.backend, dir, parser.value(pgAdminOption), &error)) {
        std::fprintf(stderr, "bench_posting: no PostgreSQL server: %s\n", qUtf8Printable(error));
        return 1;
    }
    if (databases().isPostgreSql()) {
        // The window's lateness is measured on SQLite only (the models and the watcher are the same code).
        settings.parts.removeAll(QStringLiteral("gui"));
        settings.parts.removeAll(QStringLiteral("gui-writer"));
    }
    ServerThread server;
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_posting: the local X server did not start: %s\n", qUtf8Printable(error));
        return 1;
    }

    bool ok = true;
    QJsonObject result;
    if (settings.parts.contains(QStringLiteral("overhead"))) {
        progress(QStringLiteral("claim + finish overhead: %1 posts").arg(settings.overheadPosts));
        result.insert(QStringLiteral("claim_finish_overhead_us"), benchClaimFinish(settings, dir, &ok));
    }
    if (settings.parts.contains(QStringLiteral("designs"))) {
        result.insert(QStringLiteral("hundred_posts_200ms"), benchHundredPosts(settings, server, dir, &ok));
    }
    if (settings.parts.contains(QStringLiteral("processes"))) {
        progress(QStringLiteral("%1 processes x %2 claims on one %3 database")
                     .arg(settings.claimProcesses)
                     .arg(settings.claimsPerProcess)
                     .arg(settings.backend));
        result.insert(QStringLiteral("processes_claiming"), benchProcesses(settings, &ok));
    }
    if (settings.parts.contains(QStringLiteral("gui"))) {
        progress(QStringLiteral("GUI lateness: %1 posts, server delay %2 ms")
                     .arg(settings.guiPosts)
                     .arg(settings.guiDelayMs));
        result.insert(QStringLiteral("gui_lateness_ms"), benchGuiLateness(settings, server, dir, false, &ok));
    }
    if (settings.parts.contains(QStringLiteral("gui-writer"))) {
        progress(QStringLiteral("GUI lateness with a writer holding the lock %1 ms").arg(settings.writerHoldMs));
        result.insert(QStringLiteral("gui_lateness_with_writer_ms"),
                      benchGuiLateness(settings, server, dir, true, &ok));
    }
    result.insert(QStringLiteral("machine"), machine(dir));
    result.insert(QStringLiteral("complete"), ok);

    std::fputs(QJsonDocument(result).toJson(QJsonDocument::Indented).constData(), stdout);
    std::fflush(stdout);
    databases().stop();
    return ok ? 0 : 1;
}
