// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"
#include "posting/postingstore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace EpisodeDesk::Models {

// "Held" (DESIGN.md, derived states): a tweet that cannot be sent as it stands. It is the claim's own
// verdict on the text and the account, as a pure function, so that the claim, the scheduler (which
// must not claim what the claim would refuse, again and again), the tweet table, the editors and the
// command line all say the same thing in the same words.
//
//     if (const auto hold = holdReason(config, episode, account)) {
//         note->setText(hold->heldMessage()); // "Held: 312 characters after filling in {title} (X allows 280)."
//         return; // hold->refusal is what the claim refuses with
//     }
//
// Only what the rows say is checked: whether the account's keys are in the keychain is the posting
// engine's question, not this function's.
struct HoldReason
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeDesk::Models::HoldReason)

public:
    ClaimRefusal refusal = ClaimRefusal::InvalidText; // InvalidText or NoAccount
    // One translated sentence saying what is wrong, e.g. "312 characters after filling in {title} (X
    // allows 280)." or "The tweet's account no longer exists."
    QString message;
    // X's weighted length of the text the claim would send (the template filled in), whatever the reason.
    int weightedLength = 0;
    // The placeholders whose values pushed the text over the limit (the text as typed fits without
    // them); empty when the typed text alone is too long, or for any other reason.
    QStringList placeholders;

    // The message as the UI and the command line show a held tweet: "Held: …".
    QString heldMessage() const;

    bool operator==(const HoldReason &) const = default;
};

// The exact text the claim sends: the template filled in from the episode as it is now; the text as
// typed when there is no episode.
QString claimText(const TweetConfig &config, const std::optional<Episode> &episode);

// Why `config` cannot be sent as it stands, or nothing. The checks, in the claim's order: the account
// exists; an X account has a valid API address; the text after filling in is not empty, fits X's
// weighted limit and has no character X refuses. It does not look at the tweet's state (posted,
// disabled, …): those are other refusals, and other display states.
std::optional<HoldReason> holdReason(const TweetConfig &config, const std::optional<Episode> &episode,
                                     const std::optional<Account> &account);

// The text checks alone, for an editor that has no account to check yet.
std::optional<HoldReason> textHoldReason(const QString &templateText, const std::optional<Episode> &episode);

// The display status with "held" folded in: a pending or failed, enabled tweet that has a hold reason
// shows Held (it goes nowhere, at its time or with Post now, until the user changes something).
DisplayStatus displayStatus(const TweetConfig &config, const std::optional<HoldReason> &hold, const QDateTime &now,
                            qint64 graceSeconds);

} // namespace EpisodeDesk::Models
