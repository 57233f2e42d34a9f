// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "posting/xprices.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace EpisodeDesk::Models {

// What one account used of X in a span of time, and what X charges for it at the given prices.
struct AccountUsage
{
    qint64 accountId = 0;
    int posts = 0; // attempts X answered with a post: billed
    qint64 postsMicros = 0;
    int maybeBilled = 0; // attempts whose outcome is unknown: X may have created (and billed) them
    qint64 maybeBilledMicros = 0;
    qint64 reads = 0; // resources X returned to reads (x_reads), owned and others'
    qint64 readsMicros = 0;

    // What X billed for sure: the posts and the reads, not the maybe-billed attempts.
    qint64 totalMicros() const { return postsMicros + readsMicros; }
};

// The spend side of X's pay-per-use billing: posts from the attempt history (post_attempts), reads from
// x_reads, which the Verifier fills (one row per page of the account's timeline it read).
//
//     const auto [from, to] = UsageStore::monthSpan(QDate::currentDate());
//     const auto usage = UsageStore(db).usage(from, to, SettingsStore(db).xPrices());
//
// Times are compared as the stores write them (ISO UTC text): an attempt counts in the span its
// started_at falls in, a read in the span of its read_at. Posts of Sandbox accounts count but cost
// nothing: they never reach X.
class UsageStore final
{
public:
    explicit UsageStore(const QSqlDatabase &db);

    enum class ReadKind
    {
        Owned, // the account's own timeline
        Post, // someone else's posts
    };

    // Records that X returned `resources` posts to one read request.
    bool recordRead(qint64 accountId, std::optional<qint64> configId, ReadKind kind, int resources,
                    const QDateTime &readAt);

    // Per account with any use in [from, to), ordered by account id; nothing (and lastError()) on a
    // database error.
    std::optional<QList<AccountUsage>> usage(const QDateTime &from, const QDateTime &to, const XPrices &prices) const;

    // The calendar month (local time) that `day` is in: its first moment and the next month's first.
    static std::pair<QDateTime, QDateTime> monthSpan(const QDate &day);

    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace EpisodeDesk::Models
