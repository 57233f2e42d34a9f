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

} // namespace EpisodeDesk::Models
