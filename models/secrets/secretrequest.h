// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secrets/secretstore.h"

#include <QObject>

namespace EpisodeDesk::Models {

// One SecretStore call in flight, for SecretStore implementations only. It lives in the store's thread;
// its finished() signal is connected (queued) to the caller's context, so Qt, not we, handles a context
// that is destroyed or lives in another thread.
class SecretRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretRequest)

public:
    explicit SecretRequest(QObject *parent = nullptr);
    ~SecretRequest() override;

    // Hands the result to the caller and deletes this request. Call once, in the store's thread.
    void finish(const EpisodeDesk::Models::SecretResult &result);

Q_SIGNALS:
    void finished(const EpisodeDesk::Models::SecretResult &result);

private:
    bool m_finished = false;
};

} // namespace EpisodeDesk::Models
