// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/connection.h"

#include "store/sqldialect.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace EpisodeDesk::Models::Connection {

Q_LOGGING_CATEGORY(lcConnection, "episodedesk.store.connection")

namespace {

PGconn *pgConnection(const QSqlDatabase &db)
{
    if (!db.driver()) {
        return nullptr;
    }
    const QVariant handle = db.driver()->handle();
    // QPSQL hands out its PGconn* in a QVariant named by the pointer type. Qt 6.4 registers it under
    // the struct's own name, "pg_conn*" (PGconn is a typedef of struct pg_conn): accept both, since a
    // handle not recognised here would make every healthy connection look lost.
    const char *type = handle.isValid() ? handle.typeName() : nullptr;
    if (!type || (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0)) {
        return nullptr;
    }
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

bool isLost(const QSqlDatabase &db)
{
    if (dialectOf(db) != SqlDialect::PostgreSQL) {
        return false;
    }
    if (!db.isOpen()) {
        return true;
    }
    PGconn *connection = pgConnection(db);
    return !connection || PQstatus(connection) == CONNECTION_BAD;
}

bool setUpSession(QSqlDatabase db)
{
    if (dialectOf(db) != SqlDialect::PostgreSQL) {
        return true;
    }
    QSqlQuery query(db);
    for (const char *statement : {"SET client_min_messages = warning", "SET statement_timeout = '60s'"}) {
        if (!query.exec(QLatin1String(statement))) {
            qCWarning(lcConnection) << "cannot set up the session:" << query.lastError().text();
            return false;
        }
    }
    return true;
}

bool restoreIfLost(QSqlDatabase db)
{
    if (!isLost(db)) {
        return true;
    }
    qCInfo(lcConnection) << "connection" << db.connectionName() << "to the team database was lost; reconnecting";
    db.close();
    if (!db.open()) {
        qCInfo(lcConnection) << "reconnecting failed:" << db.lastError().driverText();
        return false;
    }
    qCInfo(lcConnection) << "connection" << db.connectionName() << "restored";
    return setUpSession(db);
}

} // namespace EpisodeDesk::Models::Connection
