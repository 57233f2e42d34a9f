// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxhttpserver.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTimer>

#include <algorithm>

namespace EpisodeDesk::Models {

namespace {

Q_LOGGING_CATEGORY(lcSandboxHttp, "episodedesk.sandbox")

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

} // namespace

SandboxHttpServer::SandboxHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler))
{ }

bool SandboxHttpServer::listenOnLoopback(quint16 port, QString *error)
{
    auto *tcpServer = new QTcpServer(this);
    if (!tcpServer->listen(QHostAddress::LocalHost, port)) {
        *error = tcpServer->errorString();
        delete tcpServer;
        return false;
    }
    bind(tcpServer);
    qCInfo(lcSandboxHttp, "Sandbox X server listening on 127.0.0.1:%u", tcpServer->serverPort());
    return true;
}

bool SandboxHttpServer::isListening() const
{
    const auto tcpServers = servers();
    return std::any_of(tcpServers.cbegin(), tcpServers.cend(),
                       [](const QTcpServer *server) { return server->isListening(); });
}

quint16 SandboxHttpServer::port() const
{
    const auto tcpServers = servers();
    return tcpServers.isEmpty() ? 0 : tcpServers.first()->serverPort();
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto exchange = std::make_shared<SandboxExchange>();
    exchange->request.method = methodName(request.method());
    exchange->request.url = request.url();
    const auto headers = request.headers();
    for (const auto &[name, value] : headers) {
        exchange->request.headers.insert(name.toLower(), value);
    }
    exchange->request.body = request.body();
    exchange->socket = socket;
    exchange->responder.emplace(makeResponder(request, socket));
    m_handler(exchange);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // Never reached: handleRequest() takes every request.
}

void SandboxHttpServer::respond(const SandboxExchangePtr &exchange, const SandboxReply &reply)
{
    const SandboxRequest &request = exchange->request;
    QTcpSocket *socket = exchange->socket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        qCDebug(lcSandboxHttp) << "Client left before the answer to" << request.method << request.url.path();
        return;
    }
    switch (reply.action) {
    case SandboxReply::Action::Hang:
        return;
    case SandboxReply::Action::Drop:
        qCDebug(lcSandboxHttp) << "Dropping the connection of" << request.method << request.url.path();
        // Later, not now: aborting inside handleRequest() would make QAbstractHttpServer delete the
        // request it is still handling.
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        return;
    case SandboxReply::Action::Respond:
        break;
    }
    qCDebug(lcSandboxHttp) << request.method << request.url.path() << "->" << reply.status;
    QHttpServerResponder &responder = *exchange->responder;
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : reply.headers) {
        responder.writeHeader(name, value);
    }
    responder.writeBody(reply.body);
}

} // namespace EpisodeDesk::Models
