// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/templatestore.h"

#include "store/sqlutil.h"

namespace EpisodeDesk::Models {

TemplateStore::TemplateStore(const QSqlDatabase &db) : m_db(db) { }

std::optional<qint64> TemplateStore::add(const AnnouncementTemplate &announcement)
{
    if (announcement.text.trimmed().isEmpty()) {
        m_error = tr("A template needs a text.");
        return std::nullopt;
    }
    QSqlQuery query(m_db);
    QString error;
    if (!Sql::exec(query, QStringLiteral("SELECT archived FROM accounts WHERE id = ?"), {announcement.accountId},
                   &error) ||
        !query.next() || query.value(0).toBool()) {
        m_error = error.isEmpty() ? tr("There is no account %1.").arg(announcement.accountId) : error;
        return std::nullopt;
    }
    const QString now = Sql::now();
    if (!Sql::exec(
            query,
            QStringLiteral("INSERT INTO templates (account_id, text, offset_minutes, manual, created_at, "
                           "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {announcement.accountId, announcement.text, announcement.offsetMinutes, int(announcement.manual), now, now},
            &m_error)) {
        return std::nullopt;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    if (id != 0) {
        return id;
    }
    if (Sql::exec(query, QStringLiteral("SELECT max(id) FROM templates"), {}, &m_error) && query.next()) {
        return query.value(0).toLongLong();
    }
    return std::nullopt;
}

QList<AnnouncementTemplate> TemplateStore::all() const
{
    QList<AnnouncementTemplate> templates;
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT id, account_id, text, offset_minutes, manual, created_at FROM templates "
                                  "WHERE archived = 0 ORDER BY id"),
                   {}, &m_error)) {
        return templates;
    }
    while (query.next()) {
        AnnouncementTemplate announcement;
        announcement.id = query.value(0).toLongLong();
        announcement.accountId = query.value(1).toLongLong();
        announcement.text = query.value(2).toString();
        announcement.offsetMinutes = query.value(3).toInt();
        announcement.manual = query.value(4).toBool();
        announcement.createdAt = Sql::toDateTime(query.value(5));
        templates.append(announcement);
    }
    return templates;
}

bool TemplateStore::remove(qint64 id)
{
    QSqlQuery query(m_db);
    if (!Sql::exec(query,
                   QStringLiteral("UPDATE templates SET archived = 1, updated_at = ? WHERE id = ? AND archived = 0"),
                   {Sql::now(), id}, &m_error)) {
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_error = tr("There is no template %1.").arg(id);
        return false;
    }
    return true;
}

} // namespace EpisodeDesk::Models
