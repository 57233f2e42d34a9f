// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace EpisodeDesk::Models {

// Where a show's database is: an SQLite file on this computer, or a team database on a PostgreSQL
// server named by a libpq URI (`postgresql://USER@HOST:PORT/DBNAME?sslmode=require`).
//
//     QString error;
//     const auto location = DatabaseLocation::parse(argument, &error);
//     if (!location) { print(error); }   // a sentence; it never repeats the text, which may hold a secret
//
// A URI that carries a password is refused: a password in an address ends up in shell history,
// process lists, recent-file lists and logs. libpq's own sources (~/.pgpass, PGPASSFILE, a service
// file) or, in the app, the keychain provide it instead. Every other libpq option passes through.
class DatabaseLocation final
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeDesk::Models::DatabaseLocation)

public:
    enum class Backend
    {
        SQLite,
        PostgreSQL
    };

    DatabaseLocation() = default;

    // A file path (made absolute) or a postgresql:// or postgres:// URI.
    static std::optional<DatabaseLocation> parse(const QString &text, QString *error);
    static DatabaseLocation file(const QString &path);
    // True for text that names a PostgreSQL database rather than a file.
    static bool isUri(const QString &text);

    Backend backend() const { return m_backend; }
    bool isPostgreSql() const { return m_backend == Backend::PostgreSQL; }

    // What --db takes back: the absolute path, or the URI as given (without a password, see above).
    QString toString() const { return m_text; }
    // For people: the native path, or "DBNAME on HOST:PORT as USER".
    QString displayName() const;

    QString filePath() const { return m_backend == Backend::SQLite ? m_text : QString(); }

    // The parts of a PostgreSQL URI; empty (port 0) when the URI leaves them to libpq's defaults
    // (PGHOST, PGPORT, PGUSER, PGDATABASE, a service file).
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_databaseName; }
    // The other libpq options, as QPSQL's setConnectOptions() takes them ("key=value;key=value").
    QString connectOptions() const { return m_options; }

    // A stable name for this database on this computer (per-database window layout, journal, keychain
    // item): the canonical path, or the URI without its options.
    QString key() const;
    // Where this computer keeps files of its own for the database: beside an SQLite file
    // ("<file><suffix>"); for a team database, in this user's application data
    // ("…/team/<hash of key()><suffix>"), since the server has no folder of ours.
    QString localStatePath(const QString &suffix) const;

    friend bool operator==(const DatabaseLocation &a, const DatabaseLocation &b)
    {
        return a.m_backend == b.m_backend && a.key() == b.key();
    }

private:
    Backend m_backend = Backend::SQLite;
    QString m_text;
    QString m_host;
    int m_port = 0;
    QString m_user;
    QString m_databaseName;
    QString m_options;
};

} // namespace EpisodeDesk::Models
