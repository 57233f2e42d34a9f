// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace EpisodeDesk::Models {

// Announcement templates: "New episode {number}: {title} {url}" becomes the text that is posted. They are
// expanded at claim time, and the attempt keeps the exact result (DESIGN.md, "Text").
//
//     const TweetTemplateExpansion e = expandTweetTemplate(config.text, episode);
//     if (!e.unknownPlaceholders.isEmpty()) warn(e.unknownPlaceholders.join(", "_L1));
//     const TweetParseResult length = parseTweet(e.text);
//
// Placeholders are exact and lower case. Anything in braces that looks like one but is not ours
// ("{titel}", "{Title}") stays as typed and is reported, so the editor can point at the typo before it
// is published.

struct TweetTemplatePlaceholder
{
    QString name; // with its braces, e.g. "{title}"
    QString description; // translated
};

struct TweetTemplateExpansion
{
    QString text;
    // Unknown "{word}"s, with braces, each once, in order of first appearance. They are left in the text.
    QStringList unknownPlaceholders;
    // Known placeholders that expanded to nothing because the episode lacks the value (no number, no
    // link, no publication date), each once, in order of first appearance.
    QStringList emptyPlaceholders;
};

// The placeholders expandTweetTemplate() knows, in the order the editor should list them.
QList<TweetTemplatePlaceholder> tweetTemplatePlaceholders();

// Replaces {title}, {number} (alias {episode}), {url}, {date} (yyyy-MM-dd), {season}, {description} (its
// first sentence, see firstSentence() in feeds/feedtext.h) and {duration} (tweetTemplateDuration) with
// the episode's values. Values are inserted once, never expanded again: a title containing "{url}" stays
// as it is.
TweetTemplateExpansion expandTweetTemplate(const QString &templateText, const Episode &episode);

// What {duration} becomes: rounded to the nearest minute (half up), "42 min" under an hour and
// "1 h 05 min" from an hour on, translated; a non-zero duration is at least "1 min". Empty when the
// length is unknown or 0 (a feed's "0" means it did not say).
QString tweetTemplateDuration(std::optional<qint64> seconds);

} // namespace EpisodeDesk::Models
