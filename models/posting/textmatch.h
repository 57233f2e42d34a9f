// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace EpisodeDesk::Models {

// Whether a post X returns is the text we sent. X rewrites every link to a t.co link and HTML-escapes
// &, < and >, so links in the sent text match any link in X's, and entities are decoded first.
bool postTextMatches(const QString &sent, const QString &onX);

} // namespace EpisodeDesk::Models
