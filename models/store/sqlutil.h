// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace EpisodeDesk::Models::Sql {

// Times go to the database as ISO 8601 UTC text with milliseconds: comparable as text, readable with
// the sqlite3 shell, and the same on PostgreSQL. NULL stands for "no time" and is bound as QVariant().
QVariant fromDateTime(const QDateTime &time);
QDateTime toDateTime(const QVariant &value);
QVariant fromDate(const QDate &date);
QDate toDate(const QVariant &value);
QVariant nullableText(const QString &text);

// The current time as stored; one function so tests and stores agree on precision.
QString now();

// "1, 2, 3" for `WHERE id IN (…)`: ids are integers, so they go into the statement as text safely, and
// one statement reads any number of rows.
QString idList(const QSet<qint64> &ids);

// A LIKE pattern matching `term` anywhere, with %, _ and the escape character itself escaped: use with
// `LIKE ? ESCAPE '\'`. LIKE folds ASCII letters only (SQLite and PostgreSQL's ILIKE differ beyond).
QString containsPattern(const QString &term);

// Runs a prepared statement with positional values; on failure returns false and sets *error to a
// short sentence (the SQL itself goes to the log only).
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);

// Runs a SELECT forward-only and hands each row to `visit` as it is read, so a list of any length
// needs the memory of one row; stops early when `visit` returns false. False, with *error set, when
// the query failed or the rows stopped coming part way (a cut-off list must not pass for a whole
// one). `visit` must not run other queries on the same connection: on PostgreSQL that discards the
// rest of a forward-only result.
bool forEachRow(QSqlQuery &query, const QString &sql, const QVariantList &values,
                const std::function<bool(const QSqlQuery &)> &visit, QString *error);

// One short write transaction (BEGIN IMMEDIATE on SQLite, BEGIN on PostgreSQL), rolled back unless
// commit() succeeded, so that every early return leaves nothing half-written.
class WriteTransaction final
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool begin(QString *error);
    bool commit(QString *error);

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace EpisodeDesk::Models::Sql
