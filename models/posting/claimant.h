// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace EpisodeDesk::Models {

// Who holds a `posting` claim, stored in claimed_by as "host:pid;machine=ID;start=TOKEN". Recovery
// uses it to tell a claim whose process died (same machine, pid gone or reused) from one still in
// flight. The machine id (not the host name, which two computers may share) says "this machine"; the
// start token (the process's start time, where the OS gives one) tells a reused pid from the claimant.
// Older rows hold only "host:pid"; they are compared by host name and pid.
struct Claimant
{
    QString host;
    qint64 pid = 0;
    QString machineId; // empty when the OS gives none (then the host name decides)
    QString startToken; // empty when unknown

    QString toString() const;
    static std::optional<Claimant> parse(const QString &text);
    static Claimant current();

    bool isOnThisHost() const;
    // True when this machine has a live process with that id (and, when known, that start token).
    // Only meaningful for isOnThisHost(); a process it cannot inspect counts as alive.
    bool isAlive() const;

    // The start token of a process on this machine, or empty when the OS does not say.
    static QString startTokenOf(qint64 pid);
};

} // namespace EpisodeDesk::Models
