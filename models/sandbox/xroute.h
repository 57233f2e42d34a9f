// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/faultplan.h"

#include <QByteArray>
#include <QString>

namespace EpisodeDesk::Models {

// Where a request to the local X server goes, from its method and path alone: one table, so that
// the endpoints the server answers and the ones a fault can name cannot drift apart.
struct XRoute
{
    enum class Target
    {
        NotFound, // X's 404 "Sorry, that page does not exist"
        Control, // /_sandbox/…, the control API (no OAuth)
        Endpoint, // one of the X endpoints, in `endpoint`
    };

    Target target = Target::NotFound;
    SandboxFault::Endpoint endpoint = SandboxFault::Endpoint::Any;
    QString userId; // UserTweets: the {id} of /2/users/{id}/tweets

    static XRoute of(const QByteArray &method, const QString &path);
};

} // namespace EpisodeDesk::Models
