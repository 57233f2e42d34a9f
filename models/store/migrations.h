// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace EpisodeDesk::Models {

// Numbered schema migrations. Migration N (1-based) takes a database from version N-1 to N. Each is a
// list of statements that run together in one transaction with the version bump; never edit one that
// has shipped, add the next.
QList<QStringList> schemaMigrations();

// How many entries of row_changes (schema 5) the database keeps; older ones are pruned.
int changeLogLength();

} // namespace EpisodeDesk::Models
