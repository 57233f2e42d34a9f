// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace EpisodeDesk::Models {

// X's tweet length rules, ported from twitter-text 3.x (Java and JS, Apache-2.0) so that the editor's
// counter, the validator and the claim agree with X on what fits (DESIGN.md, "Text").
//
//     const TweetParseResult r = parseTweet(editor->toPlainText());
//     counter->setText(QString::number(r.weightedLength));
//     highlightOverflow(r.validRangeEnd + 1); // text after this UTF-16 index does not fit
//
// All indices are UTF-16 positions in the text as given (QString indices), with inclusive ends, exactly
// as twitter-text and its conformance data report them.

// Code points start..end (inclusive) weigh `weight` (in 1/scale units).
struct TwitterTextWeightRange
{
    int start = 0;
    int end = 0;
    int weight = 0;

    friend bool operator==(const TwitterTextWeightRange &, const TwitterTextWeightRange &) = default;
};

// The weighting configuration of twitter-text's config/*.json. A default-constructed one is v3, what X
// uses today.
struct TwitterTextConfig
{
    int version = 3;
    int maxWeightedTweetLength = 280;
    int scale = 100;
    int defaultWeight = 200;
    int transformedUrlLength = 23;
    bool emojiParsingEnabled = true;
    QList<TwitterTextWeightRange> ranges = defaultRanges();

    // v3: every emoji sequence counts as one default-weight unit.
    static TwitterTextConfig v3();
    // v2: as v3, but emoji are weighed code point by code point.
    static TwitterTextConfig v2();
    // Reads twitter-text's JSON format. Missing numbers take v3's values; a missing emojiParsingEnabled is
    // false, as in twitter-text (v2.json has none). Returns nullopt, with the reason in *error, on bad input.
    static std::optional<TwitterTextConfig> fromJson(const QByteArray &json, QString *error = nullptr);

    friend bool operator==(const TwitterTextConfig &, const TwitterTextConfig &) = default;

private:
    static QList<TwitterTextWeightRange> defaultRanges();
};

struct TweetParseResult
{
    int weightedLength = 0; // in characters, as X shows them (280 max)
    bool valid = false; // fits, is not empty or blank, and has no character X refuses
    int permillage = 0; // weightedLength per mille of the maximum; over 1000 means too long
    // The whole text, and the part of it that still fits (inclusive ends; end < start when empty).
    int validRangeStart = 0;
    int validRangeEnd = -1;
    int displayRangeStart = 0;
    int displayRangeEnd = -1;
};

TweetParseResult parseTweet(const QString &text, const TwitterTextConfig &config = TwitterTextConfig::v3());

// A URL as twitter-text finds it; X counts each one as transformedUrlLength, whatever its length.
struct ExtractedUrl
{
    QString url;
    int start = 0; // UTF-16 index of the first character
    int end = 0; // UTF-16 index one past the last character

    friend bool operator==(const ExtractedUrl &, const ExtractedUrl &) = default;
};

// twitter-text's Extractor.extractURLsWithIndices: URLs with http(s):// and, through the TLD list shipped
// as :/episodedesk/data/twitter-tlds.json, domains written without a scheme (example.com, t.co/abc).
QList<ExtractedUrl> extractUrlsWithIndices(const QString &text);

} // namespace EpisodeDesk::Models
