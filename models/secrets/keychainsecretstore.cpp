// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/keychainsecretstore.h"

#include "secrets/keychainerrors.h"
#include "secrets/secretrequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <optional>

namespace EpisodeDesk::Models {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "episodedesk.secrets")

using namespace std::chrono_literals;

// NC waits 10 s before its retry; a posting call waiting that long for a verdict is too slow, and a
// keyring that D-Bus is activating is normally up well within this.
constexpr std::chrono::milliseconds DefaultRetryDelay = 3s;

// Bumped only if the JSON layout changes incompatibly; a reader can then tell old items from new ones.
constexpr int ValueFormat = 1;

enum class Operation
{
    Read,
    Write,
    Remove
};

const char *operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

QByteArray encode(const XCredentials &credentials)
{
    const QJsonObject object {
        {QStringLiteral("format"), ValueFormat},
        {QStringLiteral("consumer_key"), credentials.consumerKey},
        {QStringLiteral("consumer_secret"), credentials.consumerSecret},
        {QStringLiteral("access_token"), credentials.accessToken},
        {QStringLiteral("access_token_secret"), credentials.accessTokenSecret},
    };
    // OAuth 2.0 tokens (schema 7) in the same item, only when there are any: format 1 readers ignore them.
    QJsonObject withTokens = object;
    if (credentials.hasOAuth2()) {
        withTokens.insert(QStringLiteral("oauth2_access_token"), credentials.bearerToken);
        withTokens.insert(QStringLiteral("oauth2_refresh_token"), credentials.refreshToken);
        withTokens.insert(QStringLiteral("oauth2_expires_at"),
                          credentials.bearerExpiresAt.toUTC().toString(Qt::ISODateWithMs));
    }
    return QJsonDocument(withTokens).toJson(QJsonDocument::Compact);
}

std::optional<XCredentials> decode(const QByteArray &value)
{
    const QJsonDocument document = QJsonDocument::fromJson(value);
    if (!document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    // A newer format may move or rename fields; reading it as format 1 would return empty keys.
    if (object.value(QLatin1String("format")).toInt() != ValueFormat) {
        return std::nullopt;
    }
    XCredentials credentials;
    credentials.consumerKey = object.value(QLatin1String("consumer_key")).toString();
    credentials.consumerSecret = object.value(QLatin1String("consumer_secret")).toString();
    credentials.accessToken = object.value(QLatin1String("access_token")).toString();
    credentials.accessTokenSecret = object.value(QLatin1String("access_token_secret")).toString();
    credentials.bearerToken = object.value(QLatin1String("oauth2_access_token")).toString();
    credentials.refreshToken = object.value(QLatin1String("oauth2_refresh_token")).toString();
    credentials.bearerExpiresAt =
        QDateTime::fromString(object.value(QLatin1String("oauth2_expires_at")).toString(), Qt::ISODateWithMs);
    return credentials;
}

// Linux only, as in NC's CredentialJob: there the Secret Service is started on demand with the
// session and may not answer yet; elsewhere the keychain is part of the OS and a retry only delays.
bool mayRetryAfter(QKeychain::Error error)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS) && !defined(Q_OS_ANDROID)
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
#else
    Q_UNUSED(error)
    return false;
#endif
}

struct Call
{
    Operation operation;
    qint64 accountId;
    QByteArray value; // the encoded keys, for writes only
    std::chrono::milliseconds retryDelay;
    bool retried = false;
};

void runJob(const Call &call, SecretRequest *request);

void onJobFinished(const Call &call, QKeychain::Job *job, SecretRequest *request)
{
    const QString key = job->key();
    const QKeychain::Error error = job->error();
    const QString raw = job->errorString();

    if (error == QKeychain::NoError) {
        qCDebug(lcKeychain) << operationName(call.operation) << key << "done";
        if (call.operation != Operation::Read) {
            request->finish(SecretResult::success());
            return;
        }
        const auto *readJob = qobject_cast<const QKeychain::ReadPasswordJob *>(job);
        if (const std::optional<XCredentials> credentials = decode(readJob ? readJob->binaryData() : QByteArray())) {
            request->finish(SecretResult::success(*credentials));
            return;
        }
        qCWarning(lcKeychain) << "the value stored under" << key << "is not EpisodeDesk's format; not used";
        request->finish(SecretResult::failure(
            SecretError::Other,
            KeychainSecretStore::tr("The X keys stored for this account are damaged or were saved by a newer "
                                    "version of EpisodeDesk. Enter them again.")));
        return;
    }

    if (error == QKeychain::EntryNotFound) {
        qCDebug(lcKeychain) << operationName(call.operation) << key << "not found";
        // Windows and KWallet report a delete of a missing item as EntryNotFound; the wanted state
        // ("nothing stored") holds, as it does with libsecret, which reports success.
        request->finish(
            call.operation == Operation::Remove
                ? SecretResult::success()
                : SecretResult::failure(SecretError::NotFound, SecretStore::errorString(SecretError::NotFound)));
        return;
    }

    if (!call.retried && mayRetryAfter(error)) {
        qCInfo(lcKeychain).nospace() << operationName(call.operation) << " " << key << " failed (" << raw
                                     << "); the keychain may still be starting, retrying once in "
                                     << call.retryDelay.count() << " ms";
        Call retry = call;
        retry.retried = true;
        // The request is the timer's context: nothing else needs to outlive the wait.
        QTimer::singleShot(call.retryDelay, request, [retry, request] { runJob(retry, request); });
        return;
    }

    qCWarning(lcKeychain).nospace() << operationName(call.operation) << " " << key << " failed: error "
                                    << static_cast<int>(error) << ", " << raw;
    request->finish(keychainFailure(error, raw));
}

void runJob(const Call &call, SecretRequest *request)
{
    Q_ASSERT(!QCoreApplication::instance() || QThread::currentThread() == QCoreApplication::instance()->thread());
    const QString service = KeychainSecretStore::serviceName();
    QKeychain::Job *job = nullptr;
    switch (call.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(service);
        // Text, not binary: libsecret stores binary data base64-encoded under another attribute, which
        // costs every read a second lookup (QtKeychain tries the text form first).
        writeJob->setTextData(QString::fromUtf8(call.value));
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    // Both set explicitly (STYLE.md §4): the defaults have changed between QtKeychain releases, and an
    // insecure fallback would write the keys in plain text to a settings file.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(KeychainSecretStore::keyName(call.accountId));
    // The request is the context: were it gone, the answer would be dropped, not sent to a dangling pointer.
    QObject::connect(job, &QKeychain::Job::finished, request,
                     [call, request](QKeychain::Job *finishedJob) { onJobFinished(call, finishedJob, request); });
    qCDebug(lcKeychain) << operationName(call.operation) << job->key() << (call.retried ? "(retry)" : "");
    job->start();
}

// QtKeychain is not thread-safe: its job queue (JobExecutor) is an unlocked process-wide singleton, and
// its libsecret backend completes a job through the GLib main context of the thread that started it.
// Stores live in several threads (the GUI's, the posting worker's), so every job of every store runs
// in the application's main thread; the request moves there and answers its caller from there.
void runInKeychainThread(const Call &call, SecretRequest *request)
{
    QThread *keychainThread = QCoreApplication::instance() ? QCoreApplication::instance()->thread() : nullptr;
    if (!keychainThread || QThread::currentThread() == keychainThread) {
        runJob(call, request);
        return;
    }
    request->moveToThread(keychainThread);
    QMetaObject::invokeMethod(
        request, [call, request] { runJob(call, request); }, Qt::QueuedConnection);
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent), m_retryDelayMs(DefaultRetryDelay.count())
{ }

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("EpisodeDesk");
}

QString KeychainSecretStore::keyName(qint64 accountId)
{
    return QStringLiteral("episodedesk:account:%1:x-oauth1").arg(accountId);
}

void KeychainSecretStore::setRetryDelay(std::chrono::milliseconds delay)
{
    m_retryDelayMs.store(delay.count());
}

std::chrono::milliseconds KeychainSecretStore::retryDelay() const
{
    return std::chrono::milliseconds(m_retryDelayMs.load());
}

void KeychainSecretStore::startRead(qint64 accountId, SecretRequest *request)
{
    runInKeychainThread({Operation::Read, accountId, {}, retryDelay()}, request);
}

void KeychainSecretStore::startWrite(qint64 accountId, const XCredentials &credentials, SecretRequest *request)
{
    const QByteArray value = encode(credentials);
    if (value.size() > MaxValueSize) {
        // Refused on every platform, not only on Windows, so a user never finds keys that work on one
        // machine and cannot be saved on another. Only sizes are logged.
        qCWarning(lcKeychain) << "not writing" << keyName(accountId) << ":" << value.size() << "bytes, limit"
                              << MaxValueSize;
        request->finish(
            SecretResult::failure(SecretError::Other,
                                  tr("These X keys are too long to keep in the system keychain (%1 bytes; at most %2). "
                                     "Check that each key was pasted on its own.")
                                      .arg(value.size())
                                      .arg(MaxValueSize)));
        return;
    }
    runInKeychainThread({Operation::Write, accountId, value, retryDelay()}, request);
}

void KeychainSecretStore::startRemove(qint64 accountId, SecretRequest *request)
{
    runInKeychainThread({Operation::Remove, accountId, {}, retryDelay()}, request);
}

} // namespace EpisodeDesk::Models
