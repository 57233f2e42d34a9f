// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace EpisodeDesk::Models::Pkce {

// Proof Key for Code Exchange (RFC 7636), the S256 method X's authorize page takes. The verifier stays
// in this process; only its challenge travels in the authorize address, and the verifier goes once, in
// the body of the code exchange, so a code intercepted on its way back to 127.0.0.1 is worthless.

// A new verifier: 64 bytes from the system's random source, base64url without padding (86 of the
// unreserved characters RFC 7636 §4.1 allows, within its 43 to 128).
QByteArray makeVerifier();
// BASE64URL(SHA256(verifier)) without padding (RFC 7636 §4.2).
QByteArray challenge(const QByteArray &verifier);
// A random `state` for the authorize request (32 bytes, base64url), checked on the way back.
QByteArray makeState();

} // namespace EpisodeDesk::Models::Pkce
