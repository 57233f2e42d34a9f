// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/memorysecretstore.h"
#include "secretstoretestutil.h"

#include <QPointer>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace EpisodeDesk::Models;
using namespace EpisodeDesk::Models::TestUtil;

class TestMemorySecretStore final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void accountsAreSeparate();
    void answersAreAsynchronousAndInOrder();
    void simulatedFailures_data();
    void simulatedFailures();
    void callsFromWorkerThread();
    void destroyedContextDropsCallback();
    void destroyedStoreStillAnswers();
    void missingContextIsRefused();
};

void TestMemorySecretStore::roundTrip()
{
    MemorySecretStore store;
    const XCredentials first = sampleCredentials(QStringLiteral("first"));
    const XCredentials second = sampleCredentials(QStringLiteral("second"));

    QVERIFY(writeAndWait(store, 1, first).ok);
    QVERIFY(store.contains(1));
    SecretResult read = readAndWait(store, 1);
    QVERIFY(read.ok);
    QCOMPARE(read.error, SecretError::None);
    QVERIFY(read.message.isEmpty());
    QCOMPARE(fields(read.credentials), fields(first));

    QVERIFY(writeAndWait(store, 1, second).ok);
    QCOMPARE(fields(readAndWait(store, 1).credentials), fields(second));
    QCOMPARE(store.size(), 1);

    QVERIFY(removeAndWait(store, 1).ok);
    QVERIFY(!store.contains(1));
    read = readAndWait(store, 1);
    QVERIFY(!read.ok);
    QCOMPARE(read.error, SecretError::NotFound);
    QCOMPARE(read.message, SecretStore::errorString(SecretError::NotFound));
    QCOMPARE(fields(read.credentials), fields({}));

    // The wanted state ("nothing stored") already holds.
    QVERIFY(removeAndWait(store, 1).ok);
}

void TestMemorySecretStore::accountsAreSeparate()
{
    MemorySecretStore store;
    QVERIFY(writeAndWait(store, 1, sampleCredentials(QStringLiteral("one"))).ok);
    QVERIFY(writeAndWait(store, 2, sampleCredentials(QStringLiteral("two"))).ok);
    QCOMPARE(fields(readAndWait(store, 1).credentials), fields(sampleCredentials(QStringLiteral("one"))));
    QCOMPARE(fields(readAndWait(store, 2).credentials), fields(sampleCredentials(QStringLiteral("two"))));

    QVERIFY(removeAndWait(store, 1).ok);
    QCOMPARE(readAndWait(store, 1).error, SecretError::NotFound);
    QCOMPARE(fields(readAndWait(store, 2).credentials), fields(sampleCredentials(QStringLiteral("two"))));
}

void TestMemorySecretStore::answersAreAsynchronousAndInOrder()
{
    MemorySecretStore store;
    QObject context;
    QStringList answers;
    store.writeCredentials(5, sampleCredentials(QStringLiteral("a")), &context, [&answers](const SecretResult &r) {
        answers << (r.ok ? QStringLiteral("write a") : QStringLiteral("fail"));
    });
    store.readCredentials(5, &context, [&answers](const SecretResult &r) { answers << r.credentials.consumerKey; });
    store.writeCredentials(5, sampleCredentials(QStringLiteral("b")), &context, [&answers](const SecretResult &r) {
        answers << (r.ok ? QStringLiteral("write b") : QStringLiteral("fail"));
    });
    store.readCredentials(5, &context, [&answers](const SecretResult &r) { answers << r.credentials.consumerKey; });
    // Same contract as the keychain: no answer inside the call, even when the store could answer at once.
    QVERIFY(answers.isEmpty());

    QTRY_COMPARE(answers.size(), 4);
    QCOMPARE(answers,
             (QStringList {QStringLiteral("write a"), QStringLiteral("ck-a"), QStringLiteral("write b"),
                           QStringLiteral("ck-b")}));
}

void TestMemorySecretStore::simulatedFailures_data()
{
    QTest::addColumn<MemorySecretStore::Availability>("availability");
    QTest::addColumn<SecretError>("expected");

    QTest::newRow("no keychain") << MemorySecretStore::Availability::NoKeychain << SecretError::NoKeychain;
    QTest::newRow("locked") << MemorySecretStore::Availability::Locked << SecretError::Locked;
    QTest::newRow("access denied") << MemorySecretStore::Availability::AccessDenied << SecretError::AccessDenied;
}

void TestMemorySecretStore::simulatedFailures()
{
    QFETCH(MemorySecretStore::Availability, availability);
    QFETCH(SecretError, expected);

    MemorySecretStore store;
    const XCredentials stored = sampleCredentials(QStringLiteral("kept"));
    QVERIFY(writeAndWait(store, 3, stored).ok);

    store.setAvailability(availability);
    QCOMPARE(store.availability(), availability);
    const SecretResult results[] = {
        readAndWait(store, 3),
        writeAndWait(store, 3, sampleCredentials(QStringLiteral("lost"))),
        removeAndWait(store, 3),
    };
    for (const SecretResult &result : results) {
        QVERIFY(!result.ok);
        QCOMPARE(result.error, expected);
        QCOMPARE(result.message, SecretStore::errorString(expected));
        QVERIFY(!result.message.isEmpty());
        QCOMPARE(fields(result.credentials), fields({}));
    }

    // Failures changed nothing: once the keychain is back, the old keys are there.
    store.setAvailability(MemorySecretStore::Availability::Available);
    QCOMPARE(fields(readAndWait(store, 3).credentials), fields(stored));
}

void TestMemorySecretStore::callsFromWorkerThread()
{
    MemorySecretStore store;
    QThread worker;
    worker.start();
    auto *context = new QObject;
    context->moveToThread(&worker);
    connect(&worker, &QThread::finished, context, &QObject::deleteLater);

    std::atomic<QThread *> callbackThread = nullptr;
    std::atomic_bool done = false;
    // Written by the worker before `done`, read here after it. QVERIFY is for the test's thread only.
    bool writeOk = false;
    QString readKey;
    QMetaObject::invokeMethod(context, [&] {
        store.writeCredentials(9, sampleCredentials(QStringLiteral("w")), context, [&](const SecretResult &written) {
            writeOk = written.ok;
            store.readCredentials(9, context, [&](const SecretResult &read) {
                readKey = read.credentials.consumerKey;
                callbackThread = QThread::currentThread();
                done = true;
            });
        });
    });

    QTRY_VERIFY(done.load());
    QCOMPARE(callbackThread.load(), &worker);
    QVERIFY(writeOk);
    QCOMPARE(readKey, QStringLiteral("ck-w"));

    worker.quit();
    QVERIFY(worker.wait(AnswerTimeoutMs));
}

void TestMemorySecretStore::destroyedContextDropsCallback()
{
    MemorySecretStore store;
    bool called = false;
    {
        QObject context;
        store.readCredentials(1, &context, [&called](const SecretResult &) { called = true; });
    }
    // Answers come in call order, so once this one is in, the dropped one would have been delivered.
    QVERIFY(readAndWait(store, 1).error == SecretError::NotFound);
    QVERIFY(!called);
}

void TestMemorySecretStore::destroyedStoreStillAnswers()
{
    auto store = std::make_unique<MemorySecretStore>();
    QObject context;
    std::optional<SecretResult> answer;
    store->readCredentials(1, &context, [&answer](SecretResult r) { answer = std::move(r); });
    store.reset();

    QTRY_VERIFY(answer.has_value());
    QVERIFY(!answer->ok);
    QCOMPARE(answer->error, SecretError::Other);
    QVERIFY(!answer->message.isEmpty());
}

void TestMemorySecretStore::missingContextIsRefused()
{
    MemorySecretStore store;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("writeCredentials called without a context")));
    store.writeCredentials(1, sampleCredentials(QStringLiteral("x")), nullptr, [](const SecretResult &) {});
    QCOMPARE(readAndWait(store, 1).error, SecretError::NotFound);
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)

#include "test_memorysecretstore.moc"
