// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/xroute.h"

#include <QTest>

using namespace EpisodeDesk::Models;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(EpisodeDesk::Models::XRoute::Target)

using Target = XRoute::Target;
using Endpoint = SandboxFault::Endpoint;

class TestXRoute final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routes_data();
    void routes();
};

void TestXRoute::routes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Target>("target");
    QTest::addColumn<Endpoint>("endpoint");
    QTest::addColumn<QString>("userId");

    QTest::newRow("create") << QByteArray("POST") << u"/2/tweets"_s << Target::Endpoint << Endpoint::CreateTweet
                            << QString();
    QTest::newRow("me") << QByteArray("GET") << u"/2/users/me"_s << Target::Endpoint << Endpoint::UsersMe << QString();
    QTest::newRow("timeline") << QByteArray("GET") << u"/2/users/1000000000000000001/tweets"_s << Target::Endpoint
                              << Endpoint::UserTweets << u"1000000000000000001"_s;
    QTest::newRow("token") << QByteArray("POST") << u"/2/oauth2/token"_s << Target::Endpoint << Endpoint::Token
                           << QString();
    QTest::newRow("revoke") << QByteArray("POST") << u"/2/oauth2/revoke"_s << Target::Endpoint << Endpoint::Revoke
                            << QString();
    QTest::newRow("authorize") << QByteArray("GET") << u"/i/oauth2/authorize"_s << Target::Endpoint
                               << Endpoint::Authorize << QString();
    QTest::newRow("token with GET") << QByteArray("GET") << u"/2/oauth2/token"_s << Target::NotFound << Endpoint::Any
                                    << QString();
    QTest::newRow("control, any method") << QByteArray("DELETE") << u"/_sandbox/faults"_s << Target::Control
                                         << Endpoint::Any << QString();
    QTest::newRow("create with GET") << QByteArray("GET") << u"/2/tweets"_s << Target::NotFound << Endpoint::Any
                                     << QString();
    QTest::newRow("me with POST") << QByteArray("POST") << u"/2/users/me"_s << Target::NotFound << Endpoint::Any
                                  << QString();
    QTest::newRow("timeline of a name") << QByteArray("GET") << u"/2/users/sandbox/tweets"_s << Target::NotFound
                                        << Endpoint::Any << QString();
    QTest::newRow("id longer than a qint64") << QByteArray("GET") << u"/2/users/12345678901234567890/tweets"_s
                                             << Target::NotFound << Endpoint::Any << QString();
    QTest::newRow("trailing slash") << QByteArray("POST") << u"/2/tweets/"_s << Target::NotFound << Endpoint::Any
                                    << QString();
    QTest::newRow("v1.1") << QByteArray("POST") << u"/1.1/statuses/update.json"_s << Target::NotFound << Endpoint::Any
                          << QString();
    // Media: every step of an upload is one endpoint for faults.
    const QString mediaId = u"1880000000000000001"_s;
    for (const auto &[method, path] :
         {std::pair {QByteArray("POST"), u"/2/media/upload"_s}, std::pair {QByteArray("GET"), u"/2/media/upload"_s},
          std::pair {QByteArray("POST"), u"/2/media/upload/initialize"_s},
          std::pair {QByteArray("POST"), u"/2/media/upload/%1/append"_s.arg(mediaId)},
          std::pair {QByteArray("POST"), u"/2/media/upload/%1/finalize"_s.arg(mediaId)}}) {
        QTest::addRow("media %s %s", method.constData(), qPrintable(path))
            << method << path << Target::Endpoint << Endpoint::MediaUpload << QString();
    }
    QTest::newRow("metadata") << QByteArray("POST") << u"/2/media/metadata"_s << Target::Endpoint
                              << Endpoint::MediaMetadata << QString();
    QTest::newRow("metadata with GET") << QByteArray("GET") << u"/2/media/metadata"_s << Target::NotFound
                                       << Endpoint::Any << QString();
    QTest::newRow("append of a name") << QByteArray("POST") << u"/2/media/upload/cover/append"_s << Target::NotFound
                                      << Endpoint::Any << QString();
    QTest::newRow("unknown media step") << QByteArray("POST") << u"/2/media/upload/%1/delete"_s.arg(mediaId)
                                        << Target::NotFound << Endpoint::Any << QString();
    QTest::newRow("control prefix only") << QByteArray("GET") << u"/_sandbox"_s << Target::NotFound << Endpoint::Any
                                         << QString();
}

void TestXRoute::routes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    const XRoute route = XRoute::of(method, path);
    QTEST(route.target, "target");
    QTEST(route.endpoint, "endpoint");
    QTEST(route.userId, "userId");
}

QTEST_GUILESS_MAIN(TestXRoute)
#include "test_xroute.moc"
