// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace EpisodeDesk::Models {

// The sample show a newcomer sees with `episodedesk --demo`: a Sandbox account (posting only to the
// local server inside the app) and a few episodes with tweets in different states of life. Seeds only
// an empty database, so the user's changes to the demo survive the next start.
class DemoData final
{
public:
    static QString defaultPath();
    // Returns false and sets *error when the database refused a row.
    static bool seedIfEmpty(const QSqlDatabase &db, QString *error = nullptr);
};

} // namespace EpisodeDesk::Models
