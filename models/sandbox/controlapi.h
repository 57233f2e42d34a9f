// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/sandboxhttp.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace EpisodeDesk::Models {

class LocalXServer;

// The /_sandbox/… control API of LocalXServer (see localxserver.h for its routes), so that another
// process (the command-line tests, a person with curl) can steer a running server. It only calls
// the server's public API, so what the API can do is exactly what a test in-process can do.
class SandboxControlApi final
{
public:
    explicit SandboxControlApi(LocalXServer &server) : m_server(server) { }

    SandboxReply handle(const SandboxRequest &request);

private:
    SandboxReply addFaults(const QJsonDocument &document);
    SandboxReply stats() const;
    SandboxReply addUser(const QJsonObject &body);
    SandboxReply listPosts() const;
    SandboxReply setRateLimit(const QJsonObject &body);
    SandboxReply setClock(const QJsonObject &body);
    SandboxReply addOAuth2Client(const QJsonObject &body);

    LocalXServer &m_server;
};

} // namespace EpisodeDesk::Models
