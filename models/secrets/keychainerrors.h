// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to KeychainSecretStore (and its test): it exposes QtKeychain's types, which the rest of the
// project does not see (QtKeychain is linked PRIVATE to episodedesk_models).

#include "secrets/secretstore.h"

#include <qt6keychain/keychain.h>

namespace EpisodeDesk::Models {

// Sorts what QtKeychain reported into a SecretError. On Linux every Secret Service failure arrives as
// OtherError, so the category is read from the raw message (GLib's and D-Bus's English wording).
// Under another locale GLib may translate some of those words; such a failure then lands in Other,
// whose message still carries the raw text, so the user learns something either way.
SecretError classifyKeychainError(QKeychain::Error error, const QString &rawMessage);

// The failure a caller sees: the standard wording of its category; Other adds the keychain's own words
// (an error text from the keychain or D-Bus, which holds key names at most, never a value).
SecretResult keychainFailure(QKeychain::Error error, const QString &rawMessage);

} // namespace EpisodeDesk::Models
