// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringView>

namespace EpisodeDesk::Models {

// A feed's <pubDate> as a UTC time. RFC 822/2822 in every form feeds actually use: with or without
// the day name, with or without seconds, two- or four-digit years, full month names, numeric offsets
// ("+0100", "-05:00"), named zones (GMT, UT, Z, EST … PDT, military letters) or none (taken as UTC),
// and ISO 8601 as some generators write it. Returns an invalid QDateTime for anything else: a date
// that cannot be read is left empty, never guessed.
QDateTime parseFeedDate(QStringView text);

// <itunes:duration>: "3600", "61:05", "1:01:05", "1:01:05.250" → seconds; -1 when unreadable.
qint64 parseFeedDuration(QStringView text);

} // namespace EpisodeDesk::Models
