// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/databasepasswords.h"

#include "secrets/keychainerrors.h"
#include "store/databaselocation.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>
#include <qt6keychain/keychain.h>

namespace EpisodeDesk::Models {

namespace {

Q_LOGGING_CATEGORY(lcDatabasePasswords, "episodedesk.secrets.database")

// Connects the job's end to the caller's context, so an answer for a closed dialog is dropped rather
// than delivered to a dangling pointer; the job deletes itself either way.
template<typename Handler> void startJob(QKeychain::Job *job, const QString &key, QObject *context, Handler handler)
{
    Q_ASSERT(!QCoreApplication::instance() || QThread::currentThread() == QCoreApplication::instance()->thread());
    job->setAutoDelete(true);
    // Explicit (STYLE.md §4): a fallback would write the password in plain text to a settings file.
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [handler, key](QKeychain::Job *finished) {
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            qCWarning(lcDatabasePasswords).nospace()
                << "keychain job on " << key << " failed: error " << static_cast<int>(finished->error());
        }
        handler(finished);
    });
    job->start();
}

} // namespace

QString DatabasePasswords::serviceName()
{
    return QStringLiteral("EpisodeDesk team databases");
}

QString DatabasePasswords::keyName(const DatabaseLocation &location)
{
    return QStringLiteral("episodedesk:database:") + location.key();
}

void DatabasePasswords::read(const DatabaseLocation &location, QObject *context, ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    startJob(job, keyName(location), context, [callback](QKeychain::Job *finished) {
        const auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
        switch (finished->error()) {
        case QKeychain::NoError:
            callback(SecretResult::success(), readJob ? readJob->textData() : QString());
            return;
        case QKeychain::EntryNotFound:
            callback(SecretResult::failure(
                         SecretError::NotFound,
                         QCoreApplication::translate("DatabasePasswords",
                                                     "No password is kept for this team database on this computer.")),
                     QString());
            return;
        default:
            callback(keychainFailure(finished->error(), finished->errorString()), QString());
            return;
        }
    });
}

void DatabasePasswords::write(const DatabaseLocation &location, const QString &password, QObject *context,
                              SecretCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setTextData(password);
    startJob(job, keyName(location), context, [callback](QKeychain::Job *finished) {
        callback(finished->error() == QKeychain::NoError ? SecretResult::success()
                                                         : keychainFailure(finished->error(), finished->errorString()));
    });
}

void DatabasePasswords::remove(const DatabaseLocation &location, QObject *context, SecretCallback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    startJob(job, keyName(location), context, [callback](QKeychain::Job *finished) {
        const bool gone = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        callback(gone ? SecretResult::success() : keychainFailure(finished->error(), finished->errorString()));
    });
}

} // namespace EpisodeDesk::Models
