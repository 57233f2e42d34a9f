// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>

class QUrl;

namespace EpisodeDesk::Models {

// The one QNetworkAccessManager of the posting worker (STYLE.md §3, Zeal's networkaccessmanager.cpp).
// Every request it creates gets the policy here, whoever built it:
// - User-Agent "EpisodeDesk/<version>";
// - redirects are never followed (a redirect to another host must not carry the Authorization header);
// - only https, or plain http to this computer (127.0.0.1, ::1, localhost) for the sandbox server;
//   any other address fails with QNetworkReply::ProtocolUnknownError before a byte is sent;
// - no cookies are sent or stored.
// Tests use it unchanged against a scripted HTTP server on 127.0.0.1 (tests/x/test_xclient.cpp).
class XNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(XNetworkAccessManager)

public:
    explicit XNetworkAccessManager(QObject *parent = nullptr);
    ~XNetworkAccessManager() override;

    static QByteArray userAgent();
    static bool isAllowedUrl(const QUrl &url);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;
};

} // namespace EpisodeDesk::Models
