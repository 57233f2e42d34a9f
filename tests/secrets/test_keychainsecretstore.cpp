// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/keychainerrors.h"
#include "secrets/keychainsecretstore.h"
#include "secretstoretestutil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <qt6keychain/keychain.h>

#include <atomic>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Models::TestUtil;
using namespace std::chrono_literals;

// This test talks to a real Secret Service. ctest runs it inside cmake/with-keyring.sh, a private D-Bus
// session with a throw-away, unlocked gnome-keyring. Without one it fails; it never skips, because a
// keychain test that passes without a keychain proves nothing.
//
// unreachableKeychain runs this same binary again as a child process, in an environment where the
// keychain cannot be reached, so the error mapping is checked on the real failure path.

namespace {

// Set (to "1") in the child processes of unreachableKeychain.
constexpr char ChildVariable[] = "EPISODEDESK_SECRETS_TEST_CHILD";

const QString WithKeyring = QStringLiteral(EPISODEDESK_SOURCE_DIR "/cmake/with-keyring.sh");

struct RawAnswer
{
    QKeychain::Error error = QKeychain::OtherError;
    QByteArray value;
};

// QtKeychain directly, bypassing the store: to look at what the store really wrote, or to plant values.
RawAnswer rawRead(const QString &key)
{
    QKeychain::ReadPasswordJob job(KeychainSecretStore::serviceName());
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    if (!finished.wait(AnswerTimeoutMs)) {
        return {};
    }
    return {job.error(), job.binaryData()};
}

QKeychain::Error rawWrite(const QString &key, const QString &value)
{
    QKeychain::WritePasswordJob job(KeychainSecretStore::serviceName());
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setTextData(value);
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    return finished.wait(AnswerTimeoutMs) ? job.error() : QKeychain::OtherError;
}

// A session bus configuration that knows no services at all: on it, nobody provides
// org.freedesktop.secrets (the "gnome-keyring not installed" case), whatever this machine has installed.
// (Plain literals, not a raw string: moc's preprocessor misreads "//" inside raw strings.)
constexpr char EmptySessionBusConfig[] = "<busconfig>\n"
                                         "  <type>session</type>\n"
                                         "  <listen>unix:tmpdir=/tmp</listen>\n"
                                         "  <auth>EXTERNAL</auth>\n"
                                         "  <policy context=\"default\">\n"
                                         "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                                         "    <allow eavesdrop=\"true\"/>\n"
                                         "    <allow own=\"*\"/>\n"
                                         "  </policy>\n"
                                         "</busconfig>\n";

} // namespace

class TestKeychainSecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void keyLayout();
    void roundTrip();
    void missingAccountIsNotFound();
    void accountsAreSeparate();
    void answersAreAsynchronousAndInOrder();
    void callsFromWorkerThread();
    void storeLivingInWorkerThread();
    void destroyedContextDropsCallback();
    void oversizedKeysAreRefused();
    void damagedValueIsReported();

    void classification_data();
    void classification();
    void unreachableKeychain_data();
    void unreachableKeychain();

private:
    void runUnreachableChild();
};

void TestKeychainSecretStore::initTestCase()
{
    // The test writes and deletes keychain items; it must never do that in a developer's real keyring.
    QVERIFY2(qEnvironmentVariable("EPISODEDESK_PRIVATE_KEYRING") == QLatin1String("1"),
             "Run this test through cmake/with-keyring.sh (ctest does): it needs a private, unlocked "
             "gnome-keyring and must not touch your own keychain.");
}

void TestKeychainSecretStore::keyLayout()
{
    QCOMPARE(KeychainSecretStore::serviceName(), QStringLiteral("EpisodeDesk"));
    QCOMPARE(KeychainSecretStore::keyName(42), QStringLiteral("episodedesk:account:42:x-oauth1"));

    KeychainSecretStore store;
    const XCredentials credentials = sampleCredentials(QStringLiteral("layout"));
    QVERIFY(writeAndWait(store, 42, credentials).ok);

    // What the keychain really holds: one JSON item under the account's key, and nothing for others.
    const RawAnswer raw = rawRead(KeychainSecretStore::keyName(42));
    QCOMPARE(raw.error, QKeychain::NoError);
    QVERIFY(raw.value.size() < KeychainSecretStore::MaxValueSize);
    const QJsonObject object = QJsonDocument::fromJson(raw.value).object();
    QCOMPARE(object.value(QLatin1String("format")).toInt(), 1);
    QCOMPARE(object.value(QLatin1String("consumer_key")).toString(), credentials.consumerKey);
    QCOMPARE(object.value(QLatin1String("consumer_secret")).toString(), credentials.consumerSecret);
    QCOMPARE(object.value(QLatin1String("access_token")).toString(), credentials.accessToken);
    QCOMPARE(object.value(QLatin1String("access_token_secret")).toString(), credentials.accessTokenSecret);
    QCOMPARE(rawRead(KeychainSecretStore::keyName(43)).error, QKeychain::EntryNotFound);

    QVERIFY(removeAndWait(store, 42).ok);
    QCOMPARE(rawRead(KeychainSecretStore::keyName(42)).error, QKeychain::EntryNotFound);
}

void TestKeychainSecretStore::roundTrip()
{
    KeychainSecretStore store;
    const XCredentials first = sampleCredentials(QStringLiteral("first"));
    // Non-ASCII survives the trip: the value is UTF-8 JSON.
    const XCredentials second = sampleCredentials(QStringLiteral("zweite-ä€😀"));

    SecretResult result = writeAndWait(store, 1, first);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.error, SecretError::None);
    QVERIFY(result.message.isEmpty());

    result = readAndWait(store, 1);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(fields(result.credentials), fields(first));
    QVERIFY(result.credentials.isComplete());

    QVERIFY(writeAndWait(store, 1, second).ok);
    QCOMPARE(fields(readAndWait(store, 1).credentials), fields(second));

    QVERIFY(removeAndWait(store, 1).ok);
    result = readAndWait(store, 1);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, SecretError::NotFound);

    // Removing what is not there succeeds: the wanted state holds.
    result = removeAndWait(store, 1);
    QVERIFY2(result.ok, qPrintable(result.message));
}

void TestKeychainSecretStore::missingAccountIsNotFound()
{
    KeychainSecretStore store;
    const SecretResult result = readAndWait(store, 777);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, SecretError::NotFound);
    // About the account's keys, not about the keychain.
    QCOMPARE(result.message, SecretStore::errorString(SecretError::NotFound));
    QVERIFY(!result.message.contains(QLatin1String("keychain"), Qt::CaseInsensitive));
    QCOMPARE(fields(result.credentials), fields({}));
}

void TestKeychainSecretStore::accountsAreSeparate()
{
    KeychainSecretStore store;
    const XCredentials one = sampleCredentials(QStringLiteral("one"));
    const XCredentials two = sampleCredentials(QStringLiteral("two"));
    QVERIFY(writeAndWait(store, 11, one).ok);
    QVERIFY(writeAndWait(store, 12, two).ok);

    QCOMPARE(fields(readAndWait(store, 11).credentials), fields(one));
    QCOMPARE(fields(readAndWait(store, 12).credentials), fields(two));
    // 1 and 11 or 12 and 120 must not share a key by prefix.
    QCOMPARE(readAndWait(store, 1).error, SecretError::NotFound);
    QCOMPARE(readAndWait(store, 120).error, SecretError::NotFound);

    QVERIFY(removeAndWait(store, 11).ok);
    QCOMPARE(readAndWait(store, 11).error, SecretError::NotFound);
    QCOMPARE(fields(readAndWait(store, 12).credentials), fields(two));
    QVERIFY(removeAndWait(store, 12).ok);
}

void TestKeychainSecretStore::answersAreAsynchronousAndInOrder()
{
    KeychainSecretStore store;
    QObject context;
    QStringList answers;
    const auto note = [&answers](const QString &what) {
        return [&answers, what](const SecretResult &result) {
            answers << what + QLatin1Char(':') + (result.ok ? result.credentials.consumerKey : result.message);
        };
    };
    store.writeCredentials(21, sampleCredentials(QStringLiteral("a")), &context, note(QStringLiteral("write")));
    store.readCredentials(21, &context, note(QStringLiteral("read")));
    store.writeCredentials(21, sampleCredentials(QStringLiteral("b")), &context, note(QStringLiteral("write")));
    store.readCredentials(21, &context, note(QStringLiteral("read")));
    store.removeCredentials(21, &context, note(QStringLiteral("remove")));
    QVERIFY(answers.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 5, AnswerTimeoutMs);
    QCOMPARE(answers,
             (QStringList {QStringLiteral("write:"), QStringLiteral("read:ck-a"), QStringLiteral("write:"),
                           QStringLiteral("read:ck-b"), QStringLiteral("remove:")}));
}

void TestKeychainSecretStore::callsFromWorkerThread()
{
    // As the posting worker does: the store lives in this (the GUI) thread, the calls and the answers
    // happen on a QThread with its own event loop.
    KeychainSecretStore store;
    QThread worker;
    worker.start();
    auto *context = new QObject;
    context->moveToThread(&worker);
    connect(&worker, &QThread::finished, context, &QObject::deleteLater);

    std::atomic<QThread *> writeThread = nullptr;
    std::atomic<QThread *> readThread = nullptr;
    std::atomic_bool done = false;
    // Written by the worker before `done` is set, read here after. QVERIFY belongs to this thread only.
    SecretResult written;
    SecretResult read;
    QMetaObject::invokeMethod(context, [&] {
        store.writeCredentials(31, sampleCredentials(QStringLiteral("worker")), context, [&](SecretResult result) {
            written = std::move(result);
            writeThread = QThread::currentThread();
            store.readCredentials(31, context, [&](SecretResult readResult) {
                read = std::move(readResult);
                readThread = QThread::currentThread();
                done = true;
            });
        });
    });

    QTRY_VERIFY_WITH_TIMEOUT(done.load(), AnswerTimeoutMs);
    QCOMPARE(writeThread.load(), &worker);
    QCOMPARE(readThread.load(), &worker);
    QVERIFY2(written.ok, qPrintable(written.message));
    QVERIFY2(read.ok, qPrintable(read.message));
    QCOMPARE(fields(read.credentials), fields(sampleCredentials(QStringLiteral("worker"))));

    worker.quit();
    QVERIFY(worker.wait(AnswerTimeoutMs));
    QVERIFY(removeAndWait(store, 31).ok);
}

void TestKeychainSecretStore::storeLivingInWorkerThread()
{
    // As PostingService does: the worker creates its own store on its thread, while the GUI thread has
    // another. Both must work at the same time (QtKeychain itself is not thread-safe).
    KeychainSecretStore guiStore;
    QThread worker;
    worker.start();
    auto *context = new QObject;
    context->moveToThread(&worker);
    connect(&worker, &QThread::finished, context, &QObject::deleteLater);

    std::atomic<QThread *> storeThread = nullptr;
    std::atomic<QThread *> answerThread = nullptr;
    std::atomic_bool done = false;
    SecretResult written; // set by the worker before `done`, read here after
    SecretResult read;
    QMetaObject::invokeMethod(context, [&] {
        auto *store = new KeychainSecretStore(context); // lives and dies in the worker thread
        storeThread = store->thread();
        store->writeCredentials(81, sampleCredentials(QStringLiteral("w81")), context, [&, store](SecretResult r) {
            written = std::move(r);
            store->readCredentials(81, context, [&](SecretResult readResult) {
                read = std::move(readResult);
                answerThread = QThread::currentThread();
                done = true;
            });
        });
    });
    // Meanwhile, from this thread, through the other store.
    QVERIFY(writeAndWait(guiStore, 82, sampleCredentials(QStringLiteral("g82"))).ok);
    QCOMPARE(fields(readAndWait(guiStore, 82).credentials), fields(sampleCredentials(QStringLiteral("g82"))));

    QTRY_VERIFY_WITH_TIMEOUT(done.load(), AnswerTimeoutMs);
    QCOMPARE(storeThread.load(), &worker);
    QCOMPARE(answerThread.load(), &worker);
    QVERIFY2(written.ok, qPrintable(written.message));
    QCOMPARE(fields(read.credentials), fields(sampleCredentials(QStringLiteral("w81"))));
    // Each store sees the other's writes: they share the one keychain.
    QCOMPARE(fields(readAndWait(guiStore, 81).credentials), fields(sampleCredentials(QStringLiteral("w81"))));

    worker.quit();
    QVERIFY(worker.wait(AnswerTimeoutMs));
    QVERIFY(removeAndWait(guiStore, 81).ok);
    QVERIFY(removeAndWait(guiStore, 82).ok);
}

void TestKeychainSecretStore::destroyedContextDropsCallback()
{
    KeychainSecretStore store;
    bool called = false;
    {
        QObject context;
        store.writeCredentials(41, sampleCredentials(QStringLiteral("dropped")), &context,
                               [&called](const SecretResult &) { called = true; });
    }
    // Answers come in call order: once this one is in, the first would have been delivered. The write
    // itself still happened; only its answer had nowhere to go.
    QCOMPARE(fields(readAndWait(store, 41).credentials), fields(sampleCredentials(QStringLiteral("dropped"))));
    QVERIFY(!called);
    QVERIFY(removeAndWait(store, 41).ok);
}

void TestKeychainSecretStore::oversizedKeysAreRefused()
{
    KeychainSecretStore store;
    XCredentials credentials = sampleCredentials(QStringLiteral("big"));
    credentials.accessTokenSecret = QString(3000, QLatin1Char('s'));
    const SecretResult result = writeAndWait(store, 51, credentials);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, SecretError::Other);
    QVERIFY(result.message.contains(QString::number(KeychainSecretStore::MaxValueSize)));
    QVERIFY(!result.message.contains(credentials.accessTokenSecret));
    QCOMPARE(readAndWait(store, 51).error, SecretError::NotFound);
}

void TestKeychainSecretStore::damagedValueIsReported()
{
    KeychainSecretStore store;
    const QString garbage = QStringLiteral("not-json-but-maybe-a-secret");
    QCOMPARE(rawWrite(KeychainSecretStore::keyName(61), garbage), QKeychain::NoError);

    const SecretResult result = readAndWait(store, 61);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, SecretError::Other);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!result.message.contains(garbage));

    // A newer format is not misread as format 1 with empty keys.
    QCOMPARE(rawWrite(KeychainSecretStore::keyName(61), QStringLiteral(R"({"format":2,"consumer_key":"x"})")),
             QKeychain::NoError);
    QCOMPARE(readAndWait(store, 61).error, SecretError::Other);

    // Entering the keys again repairs it.
    QVERIFY(writeAndWait(store, 61, sampleCredentials(QStringLiteral("repaired"))).ok);
    QVERIFY(readAndWait(store, 61).ok);
    QVERIFY(removeAndWait(store, 61).ok);
}

void TestKeychainSecretStore::classification_data()
{
    QTest::addColumn<QKeychain::Error>("code");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<SecretError>("expected");

    // The raw messages seen on Debian 12 (TOOLCHAIN.md); they all arrive as OtherError.
    QTest::newRow("no libsecret") << QKeychain::OtherError << QStringLiteral("Unknown error")
                                  << SecretError::NoKeychain;
    QTest::newRow("no session bus") << QKeychain::OtherError
                                    << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
                                    << SecretError::NoKeychain;
    QTest::newRow("bus socket missing") << QKeychain::OtherError
                                        << QStringLiteral("Could not connect: No such file or directory")
                                        << SecretError::NoKeychain;
    QTest::newRow("no gnome-keyring") << QKeychain::OtherError
                                      << QStringLiteral(
                                             "The name org.freedesktop.secrets was not provided by any .service files")
                                      << SecretError::NoKeychain;
    QTest::newRow("never unlocked") << QKeychain::OtherError
                                    << QStringLiteral(
                                           "Object does not exist at path “/org/freedesktop/secrets/collection/login”")
                                    << SecretError::Locked;
    QTest::newRow("locked collection") << QKeychain::OtherError
                                       << QStringLiteral("Cannot create an item in a locked collection")
                                       << SecretError::Locked;
    QTest::newRow("prompt dismissed") << QKeychain::OtherError << QStringLiteral("The prompt was dismissed")
                                      << SecretError::AccessDenied;
    // Codes that carry their meaning themselves (other platforms and backends).
    QTest::newRow("libsecret locked item")
        << QKeychain::AccessDenied << QStringLiteral("Cannot get secret of a locked object") << SecretError::Locked;
    QTest::newRow("access denied") << QKeychain::AccessDenied << QStringLiteral("Access to keychain denied")
                                   << SecretError::AccessDenied;
    QTest::newRow("user declined") << QKeychain::AccessDeniedByUser << QString() << SecretError::AccessDenied;
    QTest::newRow("no backend") << QKeychain::NoBackendAvailable << QStringLiteral("No keychain service available")
                                << SecretError::NoKeychain;
    QTest::newRow("not implemented") << QKeychain::NotImplemented << QString() << SecretError::NoKeychain;
    QTest::newRow("entry not found") << QKeychain::EntryNotFound << QStringLiteral("Entry not found")
                                     << SecretError::NotFound;
    QTest::newRow("could not delete") << QKeychain::CouldNotDeleteEntry << QStringLiteral("Could not delete")
                                      << SecretError::Other;
    // GLib translates its messages: an unknown wording must land in Other, with the raw text shown.
    QTest::newRow("translated text") << QKeychain::OtherError
                                     << QStringLiteral("Verbindung zum Schlüsselbund fehlgeschlagen")
                                     << SecretError::Other;
}

void TestKeychainSecretStore::classification()
{
    QFETCH(QKeychain::Error, code);
    QFETCH(QString, raw);
    QFETCH(SecretError, expected);

    QCOMPARE(classifyKeychainError(code, raw), expected);
    const SecretResult result = keychainFailure(code, raw);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, expected);
    if (expected == SecretError::Other) {
        QVERIFY(result.message.startsWith(SecretStore::errorString(SecretError::Other)));
        QVERIFY(result.message.contains(raw));
    } else {
        QCOMPARE(result.message, SecretStore::errorString(expected));
    }
}

void TestKeychainSecretStore::unreachableKeychain_data()
{
    // How the child is started; what a write, a read and a remove must then answer; whether the write is
    // retried (Linux retries once what QtKeychain reports as NoBackendAvailable or OtherError).
    QTest::addColumn<QString>("setup");
    QTest::addColumn<SecretError>("writeError");
    QTest::addColumn<SecretError>("readError");
    QTest::addColumn<SecretError>("removeError");
    QTest::addColumn<bool>("writeRetried");

    QTest::newRow("no session bus") << QStringLiteral("no-bus") << SecretError::NoKeychain << SecretError::NoKeychain
                                    << SecretError::NoKeychain << true;
    QTest::newRow("bus socket missing") << QStringLiteral("bogus-bus") << SecretError::NoKeychain
                                        << SecretError::NoKeychain << SecretError::NoKeychain << true;
    QTest::newRow("no secret service") << QStringLiteral("no-secret-service") << SecretError::NoKeychain
                                       << SecretError::NoKeychain << SecretError::NoKeychain << true;
    // gnome-keyring is started by D-Bus activation but never unlocked, so there is no login collection
    // ("Object does not exist at path …/collection/login", an OtherError). A read finds nothing, which
    // is true: nothing can have been stored there.
    QTest::newRow("keyring never unlocked") << QStringLiteral("never-unlocked") << SecretError::Locked
                                            << SecretError::NotFound << SecretError::None << true;
    // An unlocked keyring, locked again before the calls. The write is refused as locked (QtKeychain's
    // AccessDenied, not retried). The unlock prompt cannot be shown here (no display), and libsecret's
    // lookup then simply finds nothing: a read of a locked keyring reports NotFound, a limitation of the
    // Secret Service as QtKeychain uses it. A remove likewise finds nothing to delete.
    QTest::newRow("keyring locked") << QStringLiteral("locked") << SecretError::Locked << SecretError::NotFound
                                    << SecretError::None << false;
}

void TestKeychainSecretStore::unreachableKeychain()
{
    if (qEnvironmentVariableIsSet(ChildVariable)) {
        runUnreachableChild();
        return;
    }

    QFETCH(QString, setup);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString emptyRuntimeDir = dir.filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(emptyRuntimeDir));
    QVERIFY(QFile::setPermissions(emptyRuntimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ChildVariable), QStringLiteral("1"));
    // No display: a keyring prompt must fail at once instead of opening a window on a developer's screen,
    // and D-Bus must not autolaunch a bus through X11.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QString self = QCoreApplication::applicationFilePath();
    // Qt Test runs just this row when given "function:tag".
    const QString only = QStringLiteral("unreachableKeychain:") + QString::fromUtf8(QTest::currentDataTag());
    QString program = self;
    QStringList arguments {only};

    if (setup == QLatin1String("no-bus")) {
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        // GLib also looks for $XDG_RUNTIME_DIR/bus; an empty directory has none.
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), emptyRuntimeDir);
    } else if (setup == QLatin1String("bogus-bus")) {
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-such-bus")));
    } else if (setup == QLatin1String("no-secret-service")) {
        const QString config = dir.filePath(QStringLiteral("session.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(EmptySessionBusConfig) > 0);
        file.close();
        program = QStringLiteral("dbus-run-session");
        arguments = QStringList {QStringLiteral("--config-file=") + config, QStringLiteral("--"), self, only};
    } else if (setup == QLatin1String("never-unlocked")) {
        // A fresh HOME: gnome-keyring must not find the login keyring that with-keyring.sh created.
        const QString home = dir.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), emptyRuntimeDir);
        program = QStringLiteral("dbus-run-session");
        arguments = QStringList {QStringLiteral("--"), self, only};
    } else if (setup == QLatin1String("locked")) {
        // Its own keyring, so locking it leaves the one the other tests use alone.
        program = WithKeyring;
        arguments = QStringList {self, only};
    } else {
        QFAIL("unknown setup");
    }

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&child, &QProcess::finished);
    child.start(program, arguments);
    QVERIFY2(child.waitForStarted(), qPrintable(program + QLatin1String(": ") + child.errorString()));
    if (!finished.wait(60000)) {
        child.kill();
        child.waitForFinished();
    }
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             qPrintable(
                 QStringLiteral("child (%1) failed, exit code %2:\n%3").arg(setup).arg(child.exitCode()).arg(output)));
}

// In the child: the keychain is unreachable or locked; every call must say so in the mapped category.
void TestKeychainSecretStore::runUnreachableChild()
{
    QFETCH(QString, setup);
    QFETCH(SecretError, writeError);
    QFETCH(SecretError, readError);
    QFETCH(SecretError, removeError);
    QFETCH(bool, writeRetried);

    if (setup == QLatin1String("locked")) {
        QProcess lock;
        lock.start(QStringLiteral("dbus-send"),
                   {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                    QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
                    QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                    QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
        QVERIFY(lock.waitForFinished(AnswerTimeoutMs));
        QVERIFY2(lock.exitCode() == 0, lock.readAllStandardError().constData());
    }

    // The retry is logged at info level; make sure that is on whatever QT_LOGGING_RULES says.
    QLoggingCategory::setFilterRules(QStringLiteral("episodedesk.secrets.info=true"));
    KeychainSecretStore store;
    store.setRetryDelay(20ms);
    const XCredentials credentials = sampleCredentials(QStringLiteral("unreachable"));

    const auto check = [&](const SecretResult &result, SecretError expected, const char *what) {
        const QByteArray context = QByteArray(what) + ": " + result.message.toUtf8();
        QVERIFY2(result.ok == (expected == SecretError::None), context.constData());
        QVERIFY2(result.error == expected, (context + " / got " + errorName(result.error)).constData());
        QCOMPARE(result.message, SecretStore::errorString(expected));
        QVERIFY(!result.message.contains(credentials.consumerSecret));
        QCOMPARE(fields(result.credentials), fields({}));
    };
    // Linux retries once when the keychain seems absent (it may still be starting with the session).
    const auto expectRetryIf = [](bool retried) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        if (retried) {
            QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("retrying once in 20 ms")));
        }
#else
        Q_UNUSED(retried)
#endif
    };

    expectRetryIf(writeRetried);
    check(writeAndWait(store, 71, credentials), writeError, "write");
    expectRetryIf(readError == SecretError::NoKeychain);
    check(readAndWait(store, 71), readError, "read");
    expectRetryIf(removeError == SecretError::NoKeychain);
    check(removeAndWait(store, 71), removeError, "remove");
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)

#include "test_keychainsecretstore.moc"
