// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QStringList>
#include <QTest>

#include <functional>
#include <optional>

namespace EpisodeDesk::Models {

inline const char *errorName(SecretError error)
{
    switch (error) {
    case SecretError::None:
        return "None";
    case SecretError::NotFound:
        return "NotFound";
    case SecretError::NoKeychain:
        return "NoKeychain";
    case SecretError::Locked:
        return "Locked";
    case SecretError::AccessDenied:
        return "AccessDenied";
    case SecretError::Other:
        break;
    }
    return "Other";
}

// Found by QCOMPARE through argument-dependent lookup, so a mismatch prints names, not nothing.
inline char *toString(const SecretError &error)
{
    return qstrdup(errorName(error));
}

} // namespace EpisodeDesk::Models

// Helpers shared by the SecretStore tests: each call is made from the test's thread and its answer is
// awaited in that thread's event loop, the way real callers receive it.
namespace EpisodeDesk::Models::TestUtil {

inline constexpr int AnswerTimeoutMs = 20000;

inline XCredentials sampleCredentials(const QString &tag)
{
    return {QStringLiteral("ck-") + tag, QStringLiteral("cs-") + tag, QStringLiteral("at-") + tag,
            QStringLiteral("ats-") + tag};
}

// Field by field, so QCOMPARE shows which one differs (the values are made-up test keys).
inline QStringList fields(const XCredentials &credentials)
{
    return {credentials.consumerKey, credentials.consumerSecret, credentials.accessToken,
            credentials.accessTokenSecret};
}

// Makes one call through `start` and waits for its answer.
inline SecretResult callAndWait(const std::function<void(QObject *context, SecretCallback callback)> &start)
{
    QObject context;
    std::optional<SecretResult> answer;
    start(&context, [&answer](SecretResult result) { answer = std::move(result); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, AnswerTimeoutMs)) {
        return SecretResult::failure(SecretError::Other, QStringLiteral("test: no answer within 20 s"));
    }
    return *answer;
}

inline SecretResult readAndWait(SecretStore &store, qint64 accountId)
{
    return callAndWait([&](QObject *context, SecretCallback callback) {
        store.readCredentials(accountId, context, std::move(callback));
    });
}

inline SecretResult writeAndWait(SecretStore &store, qint64 accountId, const XCredentials &credentials)
{
    return callAndWait([&](QObject *context, SecretCallback callback) {
        store.writeCredentials(accountId, credentials, context, std::move(callback));
    });
}

inline SecretResult removeAndWait(SecretStore &store, qint64 accountId)
{
    return callAndWait([&](QObject *context, SecretCallback callback) {
        store.removeCredentials(accountId, context, std::move(callback));
    });
}

} // namespace EpisodeDesk::Models::TestUtil
