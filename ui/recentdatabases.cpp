// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentdatabases.h"

#include "store/databaselocation.h"

#include <QLoggingCategory>
#include <QSettings>

#include <optional>

namespace EpisodeDesk::Ui {

Q_LOGGING_CATEGORY(lcRecentDatabases, "episodedesk.ui.recentdatabases")

namespace {
const QString recentKey = QStringLiteral("RecentDatabases");
const QString lastKey = QStringLiteral("LastDatabase");

std::optional<Models::DatabaseLocation> usable(const QString &text)
{
    if (text.isEmpty() || text == QLatin1String(":memory:")) {
        return std::nullopt;
    }
    return Models::DatabaseLocation::parse(text, nullptr);
}
} // namespace

QStringList RecentDatabases::list()
{
    QStringList entries;
    // Re-checked on the way out: the file may have been edited by hand.
    for (const QString &entry : QSettings().value(recentKey).toStringList()) {
        if (usable(entry) && entries.size() < maximum) {
            entries.append(entry);
        }
    }
    return entries;
}

void RecentDatabases::add(const QString &location)
{
    const auto added = usable(location);
    if (!added) {
        qCDebug(lcRecentDatabases) << "not a location to remember";
        return;
    }
    QStringList entries {added->toString()};
    for (const QString &entry : list()) {
        if (usable(entry)->key() != added->key() && entries.size() < maximum) {
            entries.append(entry);
        }
    }
    QSettings settings;
    settings.setValue(recentKey, entries);
    settings.setValue(lastKey, added->toString());
}

void RecentDatabases::clear()
{
    QSettings().remove(recentKey);
}

QString RecentDatabases::last()
{
    const QString text = QSettings().value(lastKey).toString();
    return usable(text) ? text : QString();
}

} // namespace EpisodeDesk::Ui
