// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace EpisodeDesk::Models {

// What X bills per use, as the user last read it on X's pricing page (X_API_NOTES.md, "Prices"). Money
// is integer micro-dollars (1 USD = 1,000,000): sums of many posts stay exact, which binary floating
// point would not.
//
//     const XPrices prices = SettingsStore(db).xPrices();
//     label->setText(XPrices::formatUsd(prices.costOfPost(text)));   // "$0.20" for a text with a link
//
// Prices change; the table lives in the database's settings (SettingsStore) so every window and the
// command line agree on it, with the date it was read so the user can tell how stale it is.
struct XPrices
{
    qint64 createMicros = 0; // POST /2/tweets
    qint64 createWithUrlMicros = 0; // POST /2/tweets whose text has a URL
    qint64 readMicros = 0; // per post read by someone else's timeline or lookup
    qint64 ownedReadMicros = 0; // per post of the account's own timeline (the Verifier's reads)
    QDate readOn; // when the user read these on X's pricing page

    // The highest price accepted for one item: a typo (a missing decimal point) must not pass.
    static constexpr qint64 kMaxMicros = 1000 * 1000000LL;

    // X's pay-per-use prices of 2026, from the pricing page as X_API_NOTES.md quotes them. The notes do
    // not say on which day they were read, only the year: readOn is the first day of 2026.
    static XPrices defaults();

    // Whether every price is in 0..kMaxMicros and the date is valid.
    bool isValid() const;

    // What creating a post with exactly this text costs: the price with a URL when twitter-text finds one
    // in it (as X does, bare domains and t.co links included), else the plain price.
    qint64 costOfPost(const QString &sentText) const;
    static bool hasUrl(const QString &sentText);

    // "0.015" or "2" or "$0.2" (a leading $ is allowed) to micro-dollars; nothing when it is not a
    // number, negative, has more than six decimals, or is above kMaxMicros.
    static std::optional<qint64> parseUsd(const QString &text);
    // Micro-dollars as a plain decimal with at least `minDecimals` decimals and as many more as needed to
    // be exact: formatUsd(200000) is "0.20", formatUsd(15000) "0.015", formatUsd(15000, 3) "0.015".
    static QString formatUsd(qint64 micros, int minDecimals = 2);

    friend bool operator==(const XPrices &, const XPrices &) = default;
};

} // namespace EpisodeDesk::Models
