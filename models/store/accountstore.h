// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace EpisodeDesk::Models {

// Accounts' public facts. Keys never come here: see secrets/.
class AccountStore final
{
public:
    explicit AccountStore(const QSqlDatabase &db);

    std::optional<qint64> add(const Account &account);
    bool update(const Account &account);
    // Remembers the X user id verification learned (and the handle, if the user left it empty),
    // touching only those columns and only while no id is stored: a rename the user made while X was
    // answering is kept.
    bool cacheXUser(qint64 accountId, const QString &xUserId, const QString &username);
    std::optional<Account> find(qint64 id) const;
    QList<Account> all() const;
    // An account that tweets refer to is archived (hidden), never deleted: their history names it.
    enum class Removal
    {
        Deleted,
        Archived
    };
    std::optional<Removal> remove(qint64 id);

    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    mutable QString m_error;
};

} // namespace EpisodeDesk::Models
