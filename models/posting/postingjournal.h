// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "posting/postingstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace EpisodeDesk::Models {

// X's answers that are not in the database yet (DESIGN.md, posting protocol step 3: "X's answer is
// never dropped").
//
//     PostingJournal journal(PostingJournal::directoryFor(databasePath));
//     journal.record(finish);          // durable before the database is even asked
//     if (store.finish(finish))
//         journal.remove(finish.attemptId);
//     ...
//     for (const FinishRecord &left : journal.pending())   // start-up and every recovery pass
//         if (store.finish(left)) journal.remove(left.attemptId);
//
// One small JSON file per answer in a folder beside the database, written to a temporary name,
// fsync'ed, renamed and the folder fsync'ed, so a crash leaves either the whole entry or none. Any
// process on the database may replay any entry: PostingStore::finish is idempotent for a given
// attempt, so a replay racing the original writer's own retry changes nothing twice.
class PostingJournal final
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeDesk::Models::PostingJournal)

public:
    explicit PostingJournal(QString directory);

    // "<database>.journal"; empty (a journal that keeps nothing) for an in-memory database.
    static QString directoryFor(const QString &databasePath);

    bool isEnabled() const { return !m_directory.isEmpty(); }
    QString directory() const { return m_directory; }

    bool record(const FinishRecord &record);
    bool remove(const QString &attemptId);
    // Every entry still to be written, oldest first. Unreadable entries are kept on disk and named
    // in the log; they are never deleted unread.
    QList<FinishRecord> pending() const;

    QString lastError() const { return m_error; }

    static QByteArray serialize(const FinishRecord &record);
    static std::optional<FinishRecord> deserialize(const QByteArray &data);

private:
    QString fileFor(const QString &attemptId) const;

    QString m_directory;
    mutable QString m_error;
};

} // namespace EpisodeDesk::Models
