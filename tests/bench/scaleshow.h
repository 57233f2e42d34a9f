// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace EpisodeDesk::Bench {

// A large, realistic show for the scale benchmark (issue 9) and the large-model tests: episodes with
// show notes and links, three to a handful of tweets per episode written from templates with
// placeholders and links, in every stored state (old episodes' tweets posted, with the attempt that
// sent them; recent ones pending or scheduled; some failed or unknown), on a few accounts.
//
//     Database db;
//     db.open(path, "gen");                       // the app's own schema and migrations
//     QString error;
//     if (!makeScaleShow(db.connection(), {100000, 300000}, &error)) { ... }
//
// Everything goes in one transaction with prepared statements; the same seed gives the same show.
struct ScaleShowSize
{
    int episodes = 100000;
    int tweets = 300000;
    quint32 seed = 9;
};

// Words that the benchmark and tests search for: one only in episode titles, one only in tweets.
QString scaleShowTitleWord();
QString scaleShowTweetOnlyWord();

// Fills an empty, migrated database. Returns false with *error set when a statement fails.
bool makeScaleShow(const QSqlDatabase &db, const ScaleShowSize &size, QString *error);

} // namespace EpisodeDesk::Bench
