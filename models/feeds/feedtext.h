// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace EpisodeDesk::Models {

// Feed titles and descriptions as plain text. Hosts put HTML in them (escaped or in CDATA, sometimes
// escaped twice: "&amp;amp;"), so after the XML reader has decoded the XML layer this strips tags,
// drops <script>/<style> content, decodes HTML entities (named, decimal, hex), turns <br>, </p> and
// </li> into line breaks and collapses runs of white space. Nothing else is rewritten.
QString plainTextFromFeed(QStringView html);

// The character an HTML named entity stands for ("nbsp" → U+00A0), or an empty string. Feeds use
// them in XML that never declared them; FeedParser resolves them with this.
QString htmlEntity(QStringView name);

// One line: plainTextFromFeed with every line break made a space (titles).
QString plainLineFromFeed(QStringView html);

// The first sentence of a description, for {description}: up to the first ". ", "! " or "? " (or
// the first line), at most `maxChars` characters, cut at a word with "…" when longer.
QString firstSentence(QStringView text, qsizetype maxChars = 200);

} // namespace EpisodeDesk::Models
