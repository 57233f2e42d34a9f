// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace EpisodeDesk::Models {

// The few places where SQLite and PostgreSQL differ in the posting protocol, in one place.
enum class SqlDialect
{
    SQLite,
    PostgreSQL
};

SqlDialect dialectOf(const QSqlDatabase &db);

// Opens a write transaction that holds the lock from its first statement. On SQLite that is
// BEGIN IMMEDIATE (a plain BEGIN takes the lock late and can fail to upgrade mid-transaction); on
// PostgreSQL a plain BEGIN, with rows locked by lockRowsSuffix().
QString beginWriteStatement(SqlDialect dialect);

// Appended to a SELECT inside a write transaction to lock the rows it reads: SQLite already holds the
// database's write lock, PostgreSQL needs FOR UPDATE.
QString lockRowsSuffix(SqlDialect dialect);

// True when a statement failed because another writer held a lock for longer than this connection
// waits (SQLite's busy timeout; PostgreSQL's lock_timeout, or a deadlock it broke): worth retrying.
bool isLockBusy(const QSqlError &error);

} // namespace EpisodeDesk::Models
