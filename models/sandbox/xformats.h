// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace EpisodeDesk::Models::XFormats {

// Times and ids as the local X server reads and writes them, shared by its parts so that a time
// the store writes is one the listing and the control API read back.

// An RFC 3339 / ISO 8601 time, with or without milliseconds, in UTC; invalid when it is neither.
QDateTime parseTime(const QString &text);
// 2026-01-02T03:04:05.000Z, the form X uses for created_at.
QString isoWithMs(const QDateTime &time);
// `time` cut to whole seconds, as X stores created_at.
QDateTime wholeSeconds(const QDateTime &time);
// A post or user id: 1 to 19 ASCII digits, so that it fits a qint64.
bool isId(const QString &text);

} // namespace EpisodeDesk::Models::XFormats
