// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace EpisodeDesk::Ui {

// The databases opened lately (File → Open Recent) and the one to open when EpisodeDesk starts without
// --db: SQLite files and team databases' URIs, newest first, at most `maximum`, one entry per database
// (DatabaseLocation::key(): the same server and database with other options is the same entry, as
// last given). Kept in QSettings ("RecentDatabases", "LastDatabase"). Only text that
// DatabaseLocation::parse() accepts is kept, and it refuses a URI with a password: no password ever
// reaches the settings file.
class RecentDatabases final
{
public:
    RecentDatabases() = delete;

    static constexpr int maximum = 8;

    static QStringList list();
    // Puts the location first (moving it up if it is there already) and remembers it as the last one.
    // Text that names no usable database is ignored.
    static void add(const QString &location);
    // Empties the list; the last database stays what the next start opens.
    static void clear();
    // What the next start without --db opens; empty when nothing was opened yet.
    static QString last();
};

} // namespace EpisodeDesk::Ui
