// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/sandboxhttp.h"

#include <QAbstractHttpServer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>

#include <functional>
#include <memory>
#include <optional>

namespace EpisodeDesk::Models {

// A request and the way back to its client. Shared, because an answer may be given later (a
// delay fault) or never (a hang), after QHttpServer has moved on.
struct SandboxExchange
{
    SandboxRequest request;
    // QHttpServer 6.4 deletes the socket (and the request the responder refers to) when the client
    // disconnects: the responder is only used while this pointer says the socket is still connected.
    QPointer<QTcpSocket> socket;
    std::optional<QHttpServerResponder> responder;
};
using SandboxExchangePtr = std::shared_ptr<SandboxExchange>;

// The HTTP side of the local X server: listens on 127.0.0.1, copies every request into a
// SandboxExchange for the handler, and writes replies back (or drops the connection).
// QAbstractHttpServer rather than QHttpServer's router: the 6.4 router answers inside the handler,
// while the sandbox must also answer late, never, or by closing the connection.
class SandboxHttpServer final : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const SandboxExchangePtr &)>;

    SandboxHttpServer(Handler handler, QObject *parent);

    // Port 0 picks a free one. False with QTcpServer's reason, which QAbstractHttpServer::listen()
    // would drop.
    bool listenOnLoopback(quint16 port, QString *error);
    bool isListening() const;
    quint16 port() const;

    // Does nothing when the client has gone: there is nobody left to tell.
    static void respond(const SandboxExchangePtr &exchange, const SandboxReply &reply);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
};

} // namespace EpisodeDesk::Models
