// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>

namespace EpisodeDesk::Models::Connection {

// A team database's connection can break under us (the server restarts, the network drops, the server
// ends idle sessions); an SQLite file's cannot. These helpers let the stores notice and start again.
//
//     if (!query.exec(QStringLiteral("BEGIN")) && Connection::restoreIfLost(db))
//         query.exec(QStringLiteral("BEGIN"));      // only where repeating the statement is harmless
//
// Every QSqlDatabase handle copied from one connection shares it, so a restored connection serves
// every store that holds a copy.

// True when `db` is a PostgreSQL connection that libpq reports broken. libpq notices only when a
// statement fails, so ask after a failure. Never true for SQLite.
bool isLost(const QSqlDatabase &db);

// Opens a lost connection again with the parameters it was first opened with and sets its session up
// (session()). False when the server is still out of reach; true, doing nothing, when it was not lost.
bool restoreIfLost(QSqlDatabase db);

// The session settings a fresh PostgreSQL connection gets: no NOTICE chatter in the log, and a
// statement timeout so a hung server cannot freeze a window forever.
bool setUpSession(QSqlDatabase db);

} // namespace EpisodeDesk::Models::Connection
