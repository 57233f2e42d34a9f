// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace EpisodeDesk::Models {

// Copies a show from one EpisodeDesk database into an empty one, either backend to either (the usual
// move is a SQLite file to a team database on PostgreSQL; the reverse makes round trips testable).
//
//     Database source, target;                  // both opened with Database::open: same schema version
//     DatabaseCopy copy(source.connection(), target.connection());
//     if (!copy.run()) { print(copy.errorString()); }
//     else { print(copy.counts().tweets); }
//
// Every row of every table a show consists of (tables()) keeps its id and every column, NULLs as NULL.
// The source is read inside one read snapshot, the target written in one transaction: all or nothing.
// Refused, with the target unchanged, when the target already holds a row of any of those tables, or
// when a tweet of the source is being posted (its claimant's process belongs to the source database).
// Secrets are not copied: they are in each computer's keychain, never in a database.
class DatabaseCopy final
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeDesk::Models::DatabaseCopy)

public:
    enum class Error
    {
        None,
        TargetNotEmpty,
        SourcePosting,
        Failed // a statement failed; the target was rolled back
    };

    struct Counts
    {
        qint64 accounts = 0;
        qint64 episodes = 0;
        qint64 tweets = 0;
        qint64 attempts = 0;
        qint64 limits = 0;
        qint64 settings = 0;
        qint64 feeds = 0;
        qint64 feedItems = 0;
        qint64 templates = 0;
        qint64 reads = 0; // x_reads: what X billed for verification reads
        qint64 media = 0; // images in the media store (their bytes go with them)
        qint64 otherMediaRows = 0; // tweet_images, attempt_images and media_uploads
    };

    DatabaseCopy(const QSqlDatabase &source, const QSqlDatabase &target);

    bool run();

    Error error() const { return m_error; }
    // A sentence for the user; empty after a successful run.
    QString errorString() const { return m_errorString; }
    // The rows written by the last successful run.
    const Counts &counts() const { return m_counts; }

    // The tables copied, parents before children (the order the rows are inserted in).
    static QStringList tables();

private:
    bool fail(Error error, const QString &message);
    bool checkSourceIdle();
    bool copyMediaBytes();
    bool lockAndCheckTargetEmpty();
    bool targetColumns(const QString &table, QStringList *columns);
    bool copyTable(const QString &table, qint64 *rows);
    bool resetIdentities();
    qint64 *countOf(const QString &table);

    QSqlDatabase m_source;
    QSqlDatabase m_target;
    Counts m_counts;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace EpisodeDesk::Models
