// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/usagestore.h"

#include "store/sqlutil.h"

#include <QMap>

namespace EpisodeDesk::Models {

UsageStore::UsageStore(const QSqlDatabase &db) : m_db(db) { }

bool UsageStore::recordRead(qint64 accountId, std::optional<qint64> configId, ReadKind kind, int resources,
                            const QDateTime &readAt)
{
    QSqlQuery query(m_db);
    return Sql::exec(query,
                     QStringLiteral("INSERT INTO x_reads (account_id, config_id, kind, resources, read_at) "
                                    "VALUES (?, ?, ?, ?, ?)"),
                     {accountId, configId ? QVariant(*configId) : QVariant(),
                      kind == ReadKind::Owned ? QStringLiteral("owned") : QStringLiteral("post"), qMax(0, resources),
                      Sql::fromDateTime(readAt)},
                     &m_error);
}

std::optional<QList<AccountUsage>> UsageStore::usage(const QDateTime &from, const QDateTime &to,
                                                     const XPrices &prices) const
{
    QMap<qint64, AccountUsage> byAccount;
    const auto entry = [&byAccount](qint64 accountId) -> AccountUsage & {
        AccountUsage &usage = byAccount[accountId];
        usage.accountId = accountId;
        return usage;
    };
    // Each attempt's own text decides its price (with or without a URL), so the texts are read rather
    // than summed in SQL; a month of one show's attempts is a few hundred rows.
    QSqlQuery attempts(m_db);
    const bool attemptsRead = Sql::forEachRow(
        attempts,
        QStringLiteral("SELECT a.account_id, a.outcome, a.text_sent, c.kind FROM post_attempts a "
                       "JOIN accounts c ON c.id = a.account_id "
                       "WHERE a.outcome IN ('posted', 'unknown') AND a.started_at >= ? AND a.started_at < ?"),
        {Sql::fromDateTime(from), Sql::fromDateTime(to)},
        [&](const QSqlQuery &row) {
            AccountUsage &usage = entry(row.value(0).toLongLong());
            // The Sandbox is not X: its posts count, and cost nothing.
            const bool sandbox = row.value(3).toString() == QLatin1String("sandbox");
            const qint64 cost = sandbox ? 0 : prices.costOfPost(row.value(2).toString());
            if (row.value(1).toString() == QLatin1String("posted")) {
                ++usage.posts;
                usage.postsMicros += cost;
            } else {
                ++usage.maybeBilled;
                usage.maybeBilledMicros += cost;
            }
            return true;
        },
        &m_error);
    if (!attemptsRead) {
        return std::nullopt;
    }
    QSqlQuery reads(m_db);
    const bool readsRead = Sql::forEachRow(
        reads,
        QStringLiteral("SELECT account_id, kind, SUM(resources) FROM x_reads WHERE read_at >= ? AND read_at < ? "
                       "GROUP BY account_id, kind"),
        {Sql::fromDateTime(from), Sql::fromDateTime(to)},
        [&](const QSqlQuery &row) {
            AccountUsage &usage = entry(row.value(0).toLongLong());
            const qint64 resources = row.value(2).toLongLong();
            const bool owned = row.value(1).toString() == QLatin1String("owned");
            usage.reads += resources;
            usage.readsMicros += resources * (owned ? prices.ownedReadMicros : prices.readMicros);
            return true;
        },
        &m_error);
    if (!readsRead) {
        return std::nullopt;
    }
    m_error.clear();
    return byAccount.values();
}

std::pair<QDateTime, QDateTime> UsageStore::monthSpan(const QDate &day)
{
    const QDate first(day.year(), day.month(), 1);
    return {first.startOfDay(), first.addMonths(1).startOfDay()};
}

} // namespace EpisodeDesk::Models
