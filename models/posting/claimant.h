// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace EpisodeDesk::Models {

// Who holds a `posting` claim: the host and process id, stored as "host:pid" in claimed_by. Recovery
// uses it to tell a claim whose process died (this host, pid gone) from one still in flight.
struct Claimant
{
    QString host;
    qint64 pid = 0;

    QString toString() const;
    static std::optional<Claimant> parse(const QString &text);
    static Claimant current();

    bool isOnThisHost() const;
    // True when this host has a live process with that id. Only meaningful for isOnThisHost().
    bool isAlive() const;
};

} // namespace EpisodeDesk::Models
