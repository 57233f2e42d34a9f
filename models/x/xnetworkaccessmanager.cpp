// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "x/xnetworkaccessmanager.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace EpisodeDesk::Models {

namespace {

Q_LOGGING_CATEGORY(lcNetwork, "episodedesk.x.network")

const char *operationName(QNetworkAccessManager::Operation op)
{
    switch (op) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    default:
        return "custom";
    }
}

} // namespace

XNetworkAccessManager::XNetworkAccessManager(QObject *parent) : QNetworkAccessManager(parent)
{
    setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

XNetworkAccessManager::~XNetworkAccessManager() = default;

QByteArray XNetworkAccessManager::userAgent()
{
    return QByteArrayLiteral("EpisodeDesk/" EPISODEDESK_VERSION);
}

bool XNetworkAccessManager::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return false;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s) {
        return true;
    }
    if (scheme != u"http"_s) {
        return false;
    }
    // Plain http only where nothing crosses a network: the sandbox server on this computer.
    const QString host = url.host().toLower();
    if (host == u"localhost"_s) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QNetworkReply *XNetworkAccessManager::createRequest(Operation op, const QNetworkRequest &request,
                                                    QIODevice *outgoingData)
{
    QNetworkRequest policed(request);
    policed.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // Set on the request too: a per-request attribute would otherwise override the manager's policy.
    policed.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    policed.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    policed.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    policed.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    policed.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    if (!isAllowedUrl(request.url())) {
        // Like Zeal: hand Qt an address it cannot serve, so the reply fails without any connection.
        // Method, scheme and host only: the query or the headers could carry something private.
        qCWarning(lcNetwork, "Refused %s request to %s://%s (only https, or http on loopback)", operationName(op),
                  qUtf8Printable(request.url().scheme()), qUtf8Printable(request.url().host()));
        policed.setUrl(QUrl(u"episodedesk-refused:"_s));
        policed.setRawHeader("Authorization", QByteArray());
    }
    return QNetworkAccessManager::createRequest(op, policed, outgoingData);
}

} // namespace EpisodeDesk::Models
