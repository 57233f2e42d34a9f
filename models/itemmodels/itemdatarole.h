// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace EpisodeDesk::Models {

// Custom roles of our item models, in one place (Zeal's registry/itemdatarole.h habit).
enum ItemDataRole
{
    IdRole = Qt::UserRole, // qint64 row id
    SortRole, // raw value a proxy sorts on (QDateTime, int, status order)
    StatusRole, // DisplayStatus as int (tweets); worst DisplayStatus (episodes)
    SearchTextRole, // text the search box matches against
    PostUrlRole, // QUrl of a posted tweet
    StatusCountsRole, // QVariantMap of status word → count (episodes)
    ImagesRole, // QList<TweetImage> a tweet carries, in order, with alt text (tweets)
};

} // namespace EpisodeDesk::Models
