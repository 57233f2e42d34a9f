// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "x/oauth2tokens.h"

#include "secrets/secretstore.h"
#include "x/xclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QStandardPaths>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcOAuth2Tokens, "episodedesk.x.oauth2")

namespace {

// Tokens whose keychain write failed, so that this process still has the only valid refresh token.
QMutex g_unsavedMutex;
QHash<qint64, XCredentials> g_unsaved;
// Bearer tokens X answered 401 to, known at once to every OAuth2Tokens of this process (the keychain
// learns it a moment later, under the lock): an access() started meanwhile must not send one again.
QSet<QByteArray> g_refused;

QByteArray fingerprint(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

// Longer than a refresh can take (requestTimeout), so a live holder's lock is never taken as stale; a
// holder that died is detected at once by its process id.
constexpr int kStaleLockMs = 60000;
constexpr int kLockPollMs = 50;

} // namespace

struct OAuth2Tokens::Job
{
    enum class Mode
    {
        Access,
        Refused
    };
    Mode mode = Mode::Access;
    Account account;
    QUrl apiBase;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback done;
    XCredentials credentials; // as last read
    QString refusedBearer;
    std::unique_ptr<QLockFile> lockFile;
    QElapsedTimer waiting;
};

OAuth2Tokens::OAuth2Tokens(SecretStore *store, QNetworkAccessManager *manager, Options options, QObject *parent)
    : QObject(parent), m_store(store), m_manager(manager), m_options(std::move(options))
{
    if (m_options.lockDirectory.isEmpty()) {
        m_options.lockDirectory = defaultLockDirectory();
    }
}

OAuth2Tokens::OAuth2Tokens(SecretStore *store, QNetworkAccessManager *manager, QObject *parent)
    : OAuth2Tokens(store, manager, Options(), parent)
{ }

OAuth2Tokens::~OAuth2Tokens() = default;

QUrl OAuth2Tokens::tokenUrl(const QUrl &apiBase)
{
    return XClient::endpoint(apiBase, QStringLiteral("/2/oauth2/token"));
}

QString OAuth2Tokens::defaultLockDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/locks");
}

bool OAuth2Tokens::holdsUnsavedTokens(qint64 accountId)
{
    const QMutexLocker lock(&g_unsavedMutex);
    return g_unsaved.contains(accountId);
}

QDateTime OAuth2Tokens::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

bool OAuth2Tokens::isFresh(const XCredentials &credentials) const
{
    if (credentials.bearerToken.isEmpty() || !credentials.bearerExpiresAt.isValid() ||
        now().secsTo(credentials.bearerExpiresAt) <= m_options.refreshAhead.count()) {
        return false;
    }
    const QMutexLocker lock(&g_unsavedMutex);
    return !g_refused.contains(fingerprint(credentials.bearerToken));
}

void OAuth2Tokens::access(const Account &account, const QUrl &apiBase, const QObject *context, Callback done)
{
    auto job = std::make_shared<Job>();
    job->account = account;
    job->apiBase = apiBase;
    job->context = const_cast<QObject *>(context); // only watched, never changed
    job->hasContext = context != nullptr;
    job->done = std::move(done);
    const QString name = account.name;
    auto needsSignIn = [name] {
        OAuth2Access access;
        access.status = OAuth2Access::Status::NeedsSignIn;
        access.message = tr("“%1” is not signed in to X on this computer. Sign in with X in Accounts; nothing was "
                            "sent.")
                             .arg(name);
        return access;
    };
    readTokens(job, [this, job, needsSignIn] {
        if (!job->credentials.hasOAuth2()) {
            finish(job, needsSignIn());
            return;
        }
        if (isFresh(job->credentials)) {
            finish(job, {OAuth2Access::Status::Ok, job->credentials, {}, {}, false});
            return;
        }
        lock(job, [this, job, needsSignIn] {
            // Whoever held the lock before may have refreshed: their pair is in the keychain now.
            readTokens(job, [this, job, needsSignIn] {
                if (isFresh(job->credentials)) {
                    qCInfo(lcOAuth2Tokens) << "account" << job->account.id << "was refreshed meanwhile";
                    finish(job, {OAuth2Access::Status::Ok, job->credentials, {}, {}, false});
                } else if (job->credentials.refreshToken.isEmpty()) {
                    finish(job, needsSignIn());
                } else {
                    refresh(job);
                }
            });
        });
    });
}

void OAuth2Tokens::bearerRefused(const Account &account, const QString &bearer)
{
    if (!bearer.isEmpty()) {
        const QMutexLocker lock(&g_unsavedMutex);
        g_refused.insert(fingerprint(bearer));
    }
    auto job = std::make_shared<Job>();
    job->mode = Job::Mode::Refused;
    job->account = account;
    job->refusedBearer = bearer;
    lock(job, [this, job] {
        readTokens(job, [this, job] {
            // Only the pair X refused is marked: a newer one (refreshed meanwhile) is left alone.
            if (job->credentials.bearerToken != job->refusedBearer || job->refusedBearer.isEmpty()) {
                finish(job, {});
                return;
            }
            XCredentials expired = job->credentials;
            expired.bearerExpiresAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
            store(job, expired, [this, job](bool) { finish(job, {}); });
        });
    });
}

void OAuth2Tokens::readTokens(const std::shared_ptr<Job> &job, std::function<void()> next)
{
    if (!m_store) {
        finish(job,
               {OAuth2Access::Status::KeychainError, {}, tr("No keychain is available on this computer."), {}, false});
        return;
    }
    m_store->readCredentials(job->account.id, this, [this, job, next](const SecretResult &result) {
        if (!result.ok && result.error != SecretError::NotFound) {
            finish(job, {OAuth2Access::Status::KeychainError, {}, result.message, {}, false});
            return;
        }
        job->credentials = result.ok ? result.credentials : XCredentials();
        {
            const QMutexLocker lock(&g_unsavedMutex);
            if (const auto it = g_unsaved.constFind(job->account.id); it != g_unsaved.constEnd()) {
                job->credentials = *it; // newer than the keychain's: its write was refused
            }
        }
        next();
    });
}

void OAuth2Tokens::lock(const std::shared_ptr<Job> &job, std::function<void()> locked)
{
    if (!job->lockFile) {
        QDir().mkpath(m_options.lockDirectory);
        job->lockFile = std::make_unique<QLockFile>(
            QDir(m_options.lockDirectory).filePath(QStringLiteral("oauth2-account-%1.lock").arg(job->account.id)));
        job->lockFile->setStaleLockTime(kStaleLockMs);
        job->waiting.start();
    }
    if (job->lockFile->tryLock(0)) {
        locked();
        return;
    }
    if (job->lockFile->error() == QLockFile::PermissionError || job->lockFile->error() == QLockFile::UnknownError) {
        qCWarning(lcOAuth2Tokens) << "cannot create the lock file in" << m_options.lockDirectory;
        job->lockFile.reset();
        finish(job,
               {OAuth2Access::Status::Unavailable,
                {},
                tr("EpisodeDesk cannot write its lock files in %1, so it cannot renew the sign-in with X "
                   "safely. Nothing was sent.")
                    .arg(QDir::toNativeSeparators(m_options.lockDirectory)),
                {},
                false});
        return;
    }
    if (job->waiting.elapsed() > m_options.lockTimeout.count()) {
        job->lockFile.reset(); // never held: nothing to release
        finish(job,
               {OAuth2Access::Status::Unavailable,
                {},
                tr("Another EpisodeDesk on this computer is renewing the sign-in of “%1” with X and has not "
                   "finished. Nothing was sent; try again in a moment.")
                    .arg(job->account.name),
                {},
                false});
        return;
    }
    QTimer::singleShot(kLockPollMs, this, [this, job, locked] { lock(job, locked); });
}

void OAuth2Tokens::refresh(const std::shared_ptr<Job> &job)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), job->credentials.refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), job->account.clientId);
    QNetworkRequest request(tokenUrl(job->apiBase));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(m_options.requestTimeout.count()));
    qCInfo(lcOAuth2Tokens) << "refreshing the access of account" << job->account.id;
    QNetworkReply *reply = m_manager->post(request, form.query(QUrl::FullyEncoded).toUtf8());
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject answer = QJsonDocument::fromJson(reply->read(64 * 1024)).object();
        const QString accessToken = answer.value(QLatin1String("access_token")).toString();
        if (status == 200 && !accessToken.isEmpty()) {
            XCredentials renewed = job->credentials;
            renewed.bearerToken = accessToken;
            // Rotation: the new refresh token replaces the old, which is spent now. A server that does
            // not rotate sends none, and the old one stays good.
            const QString refreshToken = answer.value(QLatin1String("refresh_token")).toString();
            if (!refreshToken.isEmpty()) {
                renewed.refreshToken = refreshToken;
            }
            const int expiresIn = answer.value(QLatin1String("expires_in")).toInt(7200);
            renewed.bearerExpiresAt = now().addSecs(expiresIn);
            store(job, renewed, [this, job, renewed](bool saved) {
                OAuth2Access access {OAuth2Access::Status::Ok, renewed, {}, {}, true};
                if (!saved) {
                    access.warning = tr("The renewed sign-in of “%1” could not be saved in the keychain. EpisodeDesk "
                                        "keeps it until it quits; if the keychain still refuses it then, sign in "
                                        "with X again.")
                                         .arg(job->account.name);
                    Q_EMIT tokensNotSaved(job->account.id, access.warning);
                }
                finish(job, access);
            });
            return;
        }
        const QString error = answer.value(QLatin1String("error")).toString();
        if (status == 400 && (error == QLatin1String("invalid_grant") || error == QLatin1String("invalid_client"))) {
            qCWarning(lcOAuth2Tokens) << "X refused the refresh of account" << job->account.id << ":" << error;
            // The grant is gone: keep nothing that looks usable, so every post says "sign in again".
            XCredentials cleared = job->credentials;
            cleared.bearerToken.clear();
            cleared.refreshToken.clear();
            cleared.bearerExpiresAt = {};
            store(job, cleared, [this, job](bool) {
                {
                    const QMutexLocker lock(&g_unsavedMutex);
                    g_unsaved.remove(job->account.id);
                }
                finish(job,
                       {OAuth2Access::Status::NeedsSignIn,
                        {},
                        tr("X no longer accepts the sign-in of “%1” (it was revoked, or used up elsewhere). "
                           "Sign in with X again in Accounts; nothing was sent.")
                            .arg(job->account.name),
                        {},
                        false});
            });
            return;
        }
        qCWarning(lcOAuth2Tokens) << "refreshing account" << job->account.id << "failed: HTTP" << status
                                  << reply->error();
        const QString why = status > 0 ? tr("HTTP %1").arg(status) : tr("no answer");
        finish(job,
               {OAuth2Access::Status::Unavailable,
                {},
                tr("X did not renew the sign-in of “%1” (%2). Nothing was sent; EpisodeDesk tries again later.")
                    .arg(job->account.name, why),
                {},
                false});
    });
}

void OAuth2Tokens::store(const std::shared_ptr<Job> &job, const XCredentials &credentials,
                         std::function<void(bool)> stored)
{
    const qint64 accountId = job->account.id;
    if (!m_store) {
        stored(false);
        return;
    }
    m_store->writeCredentials(accountId, credentials, this,
                              [accountId, credentials, stored](const SecretResult &result) {
                                  {
                                      const QMutexLocker lock(&g_unsavedMutex);
                                      if (result.ok) {
                                          g_unsaved.remove(accountId);
                                      } else if (credentials.hasOAuth2()) {
                                          qCWarning(lcOAuth2Tokens) << "the keychain refused the tokens of account"
                                                                    << accountId << ":" << result.message;
                                          g_unsaved.insert(accountId, credentials);
                                      }
                                  } // unlocked before going on: the continuation may take the lock itself
                                  stored(result.ok);
                              });
}

void OAuth2Tokens::finish(const std::shared_ptr<Job> &job, OAuth2Access access)
{
    job->lockFile.reset(); // unlocks, after the keychain has the pair
    if (job->mode != Job::Mode::Access || !job->done || (job->hasContext && !job->context)) {
        return;
    }
    Callback done = std::move(job->done);
    done(access);
}

} // namespace EpisodeDesk::Models
