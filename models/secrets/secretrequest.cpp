// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets/secretrequest.h"

#include <QThread>

namespace EpisodeDesk::Models {

SecretRequest::SecretRequest(QObject *parent) : QObject(parent) { }

SecretRequest::~SecretRequest() = default;

void SecretRequest::finish(const SecretResult &result)
{
    Q_ASSERT(thread() == QThread::currentThread());
    Q_ASSERT(!m_finished);
    // A second answer would reach the caller as a second callback; the contract is exactly one.
    if (m_finished) {
        return;
    }
    m_finished = true;
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace EpisodeDesk::Models
