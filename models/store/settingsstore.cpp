// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/settingsstore.h"

#include "store/sqlutil.h"

namespace EpisodeDesk::Models {

namespace {
const QString graceKey = QStringLiteral("scheduler.grace_seconds");
}

SettingsStore::SettingsStore(const QSqlDatabase &db) : m_db(db) { }

QString SettingsStore::value(const QString &key) const
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}, &m_error) ||
        !query.next()) {
        return {};
    }
    return query.value(0).toString();
}

bool SettingsStore::setValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    return Sql::exec(query,
                     QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value}, &m_error);
}

qint64 SettingsStore::graceSeconds() const
{
    bool ok = false;
    const qint64 seconds = value(graceKey).toLongLong(&ok);
    return ok && seconds >= 0 ? seconds : DefaultGraceSeconds;
}

bool SettingsStore::setGraceSeconds(qint64 seconds)
{
    return setValue(graceKey, QString::number(qMax<qint64>(0, seconds)));
}

} // namespace EpisodeDesk::Models
