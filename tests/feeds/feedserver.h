// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A real HTTP server on 127.0.0.1 for feed tests: each path answers what the test says (a fixture
// feed with validators, a redirect, an error, silence), and every request is kept for the test to
// read back (the conditional headers it carried, how many times a path was asked for).

#include "sandbox/sandboxhttpserver.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QMutex>

#include <functional>
#include <zlib.h>

namespace EpisodeDesk::Tests {

class FeedServer final
{
public:
    using Route = std::function<Models::SandboxReply(const Models::SandboxRequest &)>;

    FeedServer() : m_server([this](const Models::SandboxExchangePtr &exchange) { handle(exchange); }, nullptr) { }

    bool start(QString *error) { return m_server.listenOnLoopback(0, error); }

    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.port()).arg(path));
    }

    void route(const QString &path, Route route) { m_routes.insert(path, std::move(route)); }

    // A feed with an ETag and a Last-Modified that answers 304 when the request carries either.
    void serveFeed(const QString &path, const QByteArray &xml, const QByteArray &etag = "\"v1\"",
                   const QByteArray &lastModified = "Tue, 01 Dec 2026 11:00:00 GMT")
    {
        route(path, [xml, etag, lastModified](const Models::SandboxRequest &request) {
            Models::SandboxReply reply;
            const bool matches = (!etag.isEmpty() && request.headers.value("if-none-match") == etag) ||
                (!lastModified.isEmpty() && request.headers.value("if-modified-since") == lastModified);
            reply.status = matches ? 304 : 200;
            reply.contentType = "application/rss+xml; charset=utf-8";
            reply.body = matches ? QByteArray() : xml;
            if (!etag.isEmpty()) {
                reply.headers.append({"ETag", etag});
            }
            if (!lastModified.isEmpty()) {
                reply.headers.append({"Last-Modified", lastModified});
            }
            return reply;
        });
    }

    void redirect(const QString &path, int status, const QString &to)
    {
        route(path, [status, to](const Models::SandboxRequest &) {
            Models::SandboxReply reply;
            reply.status = status;
            reply.contentType = "text/html";
            reply.body = "<html><body>Moved</body></html>";
            reply.headers.append({"Location", to.toUtf8()});
            return reply;
        });
    }

    void status(const QString &path, int status, const QByteArray &body = "<html><body>Error</body></html>")
    {
        route(path, [status, body](const Models::SandboxRequest &) {
            Models::SandboxReply reply;
            reply.status = status;
            reply.contentType = "text/html";
            reply.body = body;
            return reply;
        });
    }

    void hang(const QString &path)
    {
        route(path, [](const Models::SandboxRequest &) {
            Models::SandboxReply reply;
            reply.action = Models::SandboxReply::Action::Hang;
            return reply;
        });
    }

    QList<Models::SandboxRequest> requests(const QString &path) const
    {
        const QMutexLocker lock(&m_mutex);
        QList<Models::SandboxRequest> out;
        for (const Models::SandboxRequest &request : m_requests) {
            if (request.url.path() == path) {
                out.append(request);
            }
        }
        return out;
    }

    static QByteArray fixture(const QString &name)
    {
        QFile file(QStringLiteral(EPISODEDESK_TESTDATA "/feeds/") + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QByteArray gzip(const QByteArray &data)
    {
        z_stream stream {};
        deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
        QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
        stream.avail_in = uInt(data.size());
        stream.next_out = reinterpret_cast<Bytef *>(out.data());
        stream.avail_out = uInt(out.size());
        deflate(&stream, Z_FINISH);
        out.resize(qsizetype(stream.total_out));
        deflateEnd(&stream);
        return out;
    }

private:
    void handle(const Models::SandboxExchangePtr &exchange)
    {
        {
            const QMutexLocker lock(&m_mutex);
            m_requests.append(exchange->request);
        }
        const auto it = m_routes.constFind(exchange->request.url.path());
        if (it == m_routes.constEnd()) {
            Models::SandboxReply reply;
            reply.status = 404;
            reply.contentType = "text/html";
            reply.body = "<html><body>Not Found</body></html>";
            Models::SandboxHttpServer::respond(exchange, reply);
            return;
        }
        const Models::SandboxReply reply = it.value()(exchange->request);
        if (reply.action == Models::SandboxReply::Action::Hang) {
            m_hanging.append(exchange); // kept, so the connection stays open without an answer
            return;
        }
        Models::SandboxHttpServer::respond(exchange, reply);
    }

    Models::SandboxHttpServer m_server;
    QHash<QString, Route> m_routes;
    mutable QMutex m_mutex;
    QList<Models::SandboxRequest> m_requests;
    QList<Models::SandboxExchangePtr> m_hanging;
};

} // namespace EpisodeDesk::Tests
