// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/accountstore.h"

#include "store/sqlutil.h"

#include <QCoreApplication>

namespace EpisodeDesk::Models {

namespace {

const char *const selectColumns =
    "SELECT id, name, kind, handle, x_user_id, api_base_url, created_at, auth, client_id FROM accounts ";

Account fromRow(const QSqlQuery &query)
{
    Account account;
    account.id = query.value(0).toLongLong();
    account.name = query.value(1).toString();
    account.kind = accountKindFromString(query.value(2).toString()).value_or(AccountKind::X);
    account.handle = query.value(3).toString();
    account.xUserId = query.value(4).toString();
    account.apiBaseUrl = QUrl(query.value(5).toString());
    account.createdAt = Sql::toDateTime(query.value(6));
    account.auth = accountAuthFromString(query.value(7).toString()).value_or(AccountAuth::OAuth1);
    account.clientId = query.value(8).toString();
    return account;
}

} // namespace

AccountStore::AccountStore(const QSqlDatabase &db) : m_db(db) { }

std::optional<qint64> AccountStore::add(const Account &account)
{
    QSqlQuery query(m_db);
    const QString now = Sql::now();
    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO accounts (name, kind, handle, x_user_id, api_base_url, created_at, "
                                  "updated_at, auth, client_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {account.name.trimmed(), accountKindToString(account.kind), account.handle, account.xUserId,
                    account.apiBaseUrl.toString(), now, now, accountAuthToString(account.auth),
                    account.clientId.trimmed()},
                   &m_error)) {
        return std::nullopt;
    }
    return query.lastInsertId().toLongLong();
}

bool AccountStore::update(const Account &account)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(
            query,
            QStringLiteral("UPDATE accounts SET name = ?, kind = ?, handle = ?, x_user_id = ?, api_base_url = ?, "
                           "updated_at = ?, auth = ?, client_id = ? WHERE id = ?"),
            {account.name.trimmed(), accountKindToString(account.kind), account.handle, account.xUserId,
             account.apiBaseUrl.toString(), Sql::now(), accountAuthToString(account.auth), account.clientId.trimmed(),
             account.id},
            &m_error)) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_error = QCoreApplication::translate("Store", "There is no account %1.").arg(account.id);
        return false;
    }
    return true;
}

bool AccountStore::cacheXUser(qint64 accountId, const QString &xUserId, const QString &username)
{
    QSqlQuery query(m_db);
    return Sql::exec(query,
                     QStringLiteral("UPDATE accounts SET x_user_id = ?, handle = CASE WHEN handle = '' THEN ? ELSE "
                                    "handle END WHERE id = ? AND x_user_id = ''"),
                     {xUserId, username, accountId}, &m_error);
}

std::optional<Account> AccountStore::find(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QLatin1String(selectColumns) + QLatin1String("WHERE id = ?"), {id}, &m_error)) {
        return std::nullopt;
    }
    if (!query.next()) {
        m_error = QCoreApplication::translate("Store", "There is no account %1.").arg(id);
        return std::nullopt;
    }
    return fromRow(query);
}

QList<Account> AccountStore::all() const
{
    QList<Account> accounts;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (Sql::exec(query, QLatin1String(selectColumns) + QLatin1String("WHERE archived = 0 ORDER BY name, id"), {},
                  &m_error)) {
        while (query.next()) {
            accounts.append(fromRow(query));
        }
    }
    return accounts;
}

std::optional<AccountStore::Removal> AccountStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT count(*) FROM tweet_configs WHERE account_id = ?"), {id}, &m_error) ||
        !query.next()) {
        return std::nullopt;
    }
    const bool referenced = query.value(0).toInt() > 0;
    const bool ok = referenced
        ? Sql::exec(query, QStringLiteral("UPDATE accounts SET archived = 1, updated_at = ? WHERE id = ?"),
                    {Sql::now(), id}, &m_error)
        : Sql::exec(query, QStringLiteral("DELETE FROM accounts WHERE id = ?"), {id}, &m_error);
    if (!ok) {
        return std::nullopt;
    }
    if (query.numRowsAffected() != 1) {
        m_error = QCoreApplication::translate("Store", "There is no account %1.").arg(id);
        return std::nullopt;
    }
    return referenced ? Removal::Archived : Removal::Deleted;
}

} // namespace EpisodeDesk::Models
