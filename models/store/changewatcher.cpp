// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/changewatcher.h"

#include <QSqlQuery>

namespace EpisodeDesk::Models {

ChangeWatcher::ChangeWatcher(const QSqlDatabase &db, int intervalMs, QObject *parent) : QObject(parent), m_db(db)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::check);
}

void ChangeWatcher::start()
{
    m_lastVersion = readVersion();
    m_timer.start();
}

void ChangeWatcher::stop()
{
    m_timer.stop();
}

qint64 ChangeWatcher::readVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

void ChangeWatcher::check()
{
    const qint64 version = readVersion();
    if (version >= 0 && version != m_lastVersion) {
        m_lastVersion = version;
        Q_EMIT changed();
    }
}

} // namespace EpisodeDesk::Models
