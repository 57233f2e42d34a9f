// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqldialect.h"

namespace EpisodeDesk::Models {

SqlDialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlDialect::PostgreSQL : SqlDialect::SQLite;
}

QString beginWriteStatement(SqlDialect dialect)
{
    return dialect == SqlDialect::PostgreSQL ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString lockRowsSuffix(SqlDialect dialect)
{
    return dialect == SqlDialect::PostgreSQL ? QStringLiteral(" FOR UPDATE") : QString();
}

bool isLockBusy(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // SQLITE_BUSY, SQLITE_LOCKED; PostgreSQL's lock_not_available, deadlock_detected.
    return code == QLatin1String("5") || code == QLatin1String("6") || code == QLatin1String("55P03") ||
        code == QLatin1String("40P01");
}

} // namespace EpisodeDesk::Models
