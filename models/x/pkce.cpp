// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "x/pkce.h"

#include <QCryptographicHash>
#include <QList>
#include <QRandomGenerator>

namespace EpisodeDesk::Models::Pkce {

namespace {

QByteArray randomBase64Url(qsizetype bytes)
{
    QList<quint32> words((bytes + 3) / 4);
    // The system generator (getrandom on Linux), never the seeded global one: a verifier or a state that
    // can be guessed protects nothing.
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char *>(words.constData()), bytes);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

QByteArray makeVerifier()
{
    return randomBase64Url(64);
}

QByteArray challenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray makeState()
{
    return randomBase64Url(32);
}

} // namespace EpisodeDesk::Models::Pkce
