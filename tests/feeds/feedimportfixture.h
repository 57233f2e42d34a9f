// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the feed import suites share: small feeds written in the test, a database on the backend ctest
// chose with one account, a feed server on 127.0.0.1 and "now" fixed at 1 December 2026, 12:00 UTC.
// A suite inherits FeedImportFixture and calls setUpFixture() from init() and tearDownFixture() from
// cleanup().

#include "feeds/feedupdate.h"
#include "feedserver.h"
#include "store/accountstore.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QNetworkAccessManager>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace EpisodeDesk::Tests {

inline QByteArray item(const QString &guid, const QString &title, const QString &pubDate, const QString &extra = {})
{
    return QStringLiteral(
               "<item><title>%2</title><guid isPermaLink=\"false\">%1</guid><pubDate>%3</pubDate>"
               "<enclosure url=\"http://127.0.0.1/media/%1.mp3\" length=\"1\" type=\"audio/mpeg\"/>%4</item>\n")
        .arg(guid, title, pubDate, extra)
        .toUtf8();
}

inline QByteArray feed(const QByteArray &items, const QByteArray &channelExtra = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
           "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><channel><title>Garden Talk</title>" +
        channelExtra + "\n" + items + "</channel></rss>\n";
}

inline QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        return {};
    }
    return query.value(0);
}

// The catalogue the tests start from: three episodes, published a week apart (before "now").
inline QByteArray catalogue(const QByteArray &more = {})
{
    return feed(more +
                item(QStringLiteral("g3"), QStringLiteral("Three"), QStringLiteral("Tue, 24 Nov 2026 10:00:00 GMT"),
                     QStringLiteral("<itunes:episode>3</itunes:episode>")) +
                item(QStringLiteral("g2"), QStringLiteral("Two"), QStringLiteral("Tue, 17 Nov 2026 10:00:00 GMT"),
                     QStringLiteral("<itunes:episode>2</itunes:episode>")) +
                item(QStringLiteral("g1"), QStringLiteral("One"), QStringLiteral("Tue, 10 Nov 2026 10:00:00 GMT"),
                     QStringLiteral("<itunes:episode>1</itunes:episode>")));
}

class FeedImportFixture
{
protected:
    void setUpFixture()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_database = std::make_unique<TestDatabase>(m_dir->path());
        QVERIFY2(!m_database->location().isEmpty(), qPrintable(m_database->errorString()));
        m_db = std::make_unique<Models::Database>();
        QVERIFY2(m_db->open(m_database->location(), QStringLiteral("feeds")), qPrintable(m_db->errorString()));
        m_server = std::make_unique<FeedServer>();
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        Models::Account account;
        account.name = QStringLiteral("Show");
        account.kind = Models::AccountKind::Sandbox;
        const auto id = Models::AccountStore(m_db->connection()).add(account);
        QVERIFY(id);
        m_accountId = *id;
        // "Now" is 1 December 2026, 12:00 UTC, in every test.
        m_options.clock = [] {
            return QDateTime(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
        };
    }

    void tearDownFixture()
    {
        m_server.reset();
        m_db.reset();
        m_database.reset();
        m_dir.reset();
    }

    QUrl url() const { return m_server->url(QStringLiteral("/feed.xml")); }
    Models::FeedUpdate update() { return Models::FeedUpdate(m_db->connection(), &m_manager, m_options); }
    int tweetCount() const
    {
        return scalar(m_db->connection(), QStringLiteral("SELECT count(*) FROM tweet_configs")).toInt();
    }

    qint64 addTemplate(const QString &text, int offsetMinutes, bool manual)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(QStringLiteral("INSERT INTO templates (account_id, text, offset_minutes, manual, created_at, "
                                     "updated_at) VALUES (?, ?, ?, ?, 't', 't')"));
        query.addBindValue(m_accountId);
        query.addBindValue(text);
        query.addBindValue(offsetMinutes);
        query.addBindValue(manual ? 1 : 0);
        if (!query.exec()) {
            qWarning() << query.lastError().text();
            return 0;
        }
        return scalar(m_db->connection(), QStringLiteral("SELECT max(id) FROM templates")).toLongLong();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Models::Database> m_db;
    std::unique_ptr<FeedServer> m_server;
    QNetworkAccessManager m_manager;
    Models::FeedUpdate::Options m_options;
    qint64 m_accountId = 0;
};

} // namespace EpisodeDesk::Tests
