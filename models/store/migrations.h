// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sqldialect.h"

#include <QStringList>

namespace EpisodeDesk::Models {

// Numbered schema migrations. Migration N (1-based) takes a database from version N-1 to N. Each is a
// list of statements that run together in one transaction with the version bump; never edit one that
// has shipped, add the next.
// The two dialects have the same numbered versions with the same tables and columns; PostgreSQL's
// spell some types differently and replace SQLite's change log and search index (migrations.cpp).
QList<QStringList> schemaMigrations(SqlDialect dialect);

// The LISTEN/NOTIFY channel a team database announces every committed write on (schema 5).
QString changeChannel();

// How many entries of row_changes (schema 5) the database keeps; older ones are pruned.
int changeLogLength();

} // namespace EpisodeDesk::Models
