// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/twittertext.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace EpisodeDesk::Models {

Q_LOGGING_CATEGORY(lcTwitterText, "episodedesk.text.twittertext")

namespace {

using namespace Qt::StringLiterals;

// Limits from twitter-text's Extractor: the longest URL X accepts, counted with a scheme (a scheme-less
// URL is assumed to get "https://"), and the longest t.co slug.
constexpr int maxUrlLength = 4096;
constexpr int assumedProtocolLength = 8; // "https://"
constexpr int maxTcoSlugLength = 40;
// RFC 1035: a DNS label is at most 63 octets (after punycode).
constexpr int maxDnsLabelLength = 63;

struct TldLists
{
    QStringList generic;
    QStringList country;
};

TldLists loadTldLists()
{
    TldLists lists;
    QFile file(u":/episodedesk/data/twitter-tlds.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcTwitterText) << "cannot open the TLD list" << file.fileName() << file.errorString();
        return lists;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        qCCritical(lcTwitterText) << "the TLD list is not a JSON object:" << parseError.errorString();
        return lists;
    }
    const auto toList = [](const QJsonValue &value) {
        QStringList out;
        const QJsonArray array = value.toArray();
        out.reserve(array.size());
        for (const QJsonValue &item : array) {
            if (const QString tld = item.toString(); !tld.isEmpty()) {
                out.append(tld);
            }
        }
        return out;
    };
    lists.generic = toList(doc.object().value("generic"_L1));
    lists.country = toList(doc.object().value("country"_L1));
    return lists;
}

// A regex alternation of `words`, written as a trie: "(?:c(?:o(?:m|op)?|...)|...)". twitter-text joins the
// ~1,600 TLDs with "|", which costs a comparison per TLD wherever a TLD could start; the trie costs one
// per character, which keeps pasting a long "a.b.c.d..." from freezing the editor. Longer words are tried
// first, as in twitter-text's reverse-sorted list. An empty list must match nothing, not the empty
// string, or every "word." would become a URL when the resource is missing.
struct TrieNode
{
    bool terminal = false;
    std::vector<std::pair<char32_t, TrieNode>> children;
};

QString trieAlternation(const TrieNode &node)
{
    QStringList branches;
    for (const auto &[codePoint, child] : node.children) {
        branches.append(u"\\x{%1}"_s.arg(uint(codePoint), 0, 16) + trieAlternation(child));
    }
    if (branches.isEmpty()) {
        return {};
    }
    const QString alternatives = branches.join(u'|');
    if (node.terminal) {
        return u"(?:"_s + alternatives + u")?"_s;
    }
    return branches.size() == 1 ? alternatives : u"(?:"_s + alternatives + u")"_s;
}

QString alternation(const QStringList &words)
{
    TrieNode root;
    for (const QString &word : words) {
        TrieNode *node = &root;
        for (const char32_t codePoint : word.toLower().toUcs4()) {
            auto found = std::find_if(node->children.begin(), node->children.end(),
                                      [codePoint](const auto &child) { return child.first == codePoint; });
            if (found == node->children.end()) {
                node->children.emplace_back(codePoint, TrieNode());
                found = std::prev(node->children.end());
            }
            node = &found->second;
        }
        node->terminal = node != &root;
    }
    if (root.children.empty()) {
        return u"(?!)"_s;
    }
    const auto sortDescending = [](auto &self, TrieNode &node) -> void {
        std::sort(node.children.begin(), node.children.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        for (auto &child : node.children) {
            self(self, child.second);
        }
    };
    sortDescending(sortDescending, root);
    return trieAlternation(root);
}

// twitter-text's character classes (Regex.java), as class contents in PCRE syntax. Java's nested classes
// ("[" + URL_VALID_CHARS + "\\-_]") are unions, which PCRE does not have, so the unions are spelled out.
constexpr QLatin1StringView latinAccents = R"(\x{00c0}-\x{00d6}\x{00d8}-\x{00f6}\x{00f8}-\x{00ff}\x{0100}-\x{024f})"
                                           R"(\x{0253}\x{0254}\x{0256}\x{0257}\x{0259}\x{025b}\x{0263}\x{0268}\x{026f})"
                                           R"(\x{0272}\x{0289}\x{028b}\x{02bb}\x{0300}-\x{036f}\x{1e00}-\x{1eff})"_L1;
constexpr QLatin1StringView cyrillic = R"(\x{0400}-\x{04ff})"_L1;
constexpr QLatin1StringView invalidChars = R"(\x{fffe}\x{feff}\x{ffff})"_L1;
constexpr QLatin1StringView directionalChars = R"(\x{061c}\x{200e}\x{200f}\x{202a}-\x{202e}\x{2066}-\x{2069})"_L1;
// Query characters, and those a query may end with (not "." or "," that end the sentence).
constexpr QLatin1StringView queryChar = R"([a-z0-9!?\*'\(\);:&=\+\$/%#\[\]\-_\.,~\|@])"_L1;
constexpr QLatin1StringView queryEnding = R"([a-z0-9\-_&=#/])"_L1;
// Punctuation that may not appear in a Unicode domain label (Java's PUNCTUATION_CHARS minus '-', which a
// label may contain inside; \p{InGeneralPunctuation} is written as its block range).
constexpr QLatin1StringView unicodeDomainExcluded = R"(_!"#$%&'\(\)*+,./:;<=>?@\[\]^`\{|}~\s\p{Z}\x{2000}-\x{206f})"_L1;

QString validUrlPattern()
{
    const TldLists lists = loadTldLists();
    const QString gTld = u"(?:(?:"_s + alternation(lists.generic) + u")(?=[^a-z0-9@+-]|$))"_s;
    const QString ccTld = u"(?:(?:"_s + alternation(lists.country) + u")(?=[^a-z0-9@+-]|$))"_s;

    const QString validChar = u"[a-z0-9"_s + latinAccents + u"]"_s;
    const QString subdomain =
        u"(?>(?:"_s + validChar + u"[a-z0-9"_s + latinAccents + u"\\-_]*)?"_s + validChar + u"\\.)"_s;
    const QString domainName =
        u"(?:(?:"_s + validChar + u"[a-z0-9"_s + latinAccents + u"\\-]*)?"_s + validChar + u"\\.)"_s;
    const QString unicodeChar = u"[^-"_s + unicodeDomainExcluded + u"]"_s;
    const QString unicodeDomainName =
        u"(?:(?:"_s + unicodeChar + u"[^"_s + unicodeDomainExcluded + u"]*)?"_s + unicodeChar + u"\\.)"_s;
    const QString punycode = u"(?:xn--[-0-9a-z]+)"_s;

    // Java's (?<=https?://) has two lengths; PCRE accepts that only as top-level alternatives.
    // At most 126 subdomains: a DNS name has at most 127 labels (RFC 1035, 255 octets). twitter-text has
    // no bound, which makes the regex quadratic on a pasted "a.a.a.a..." (seconds for a few thousand
    // characters); no real host has more labels, so the bound changes no real URL. PCRE copies a group
    // for each allowed repetition, so the subdomain is a subroutine (defined at the end) called 126 times.
    const QString domain = u"(?:(?&subdomain){0,126}"_s + domainName + u"(?:"_s + gTld + u"|"_s + ccTld + u"|"_s +
        punycode + u"))"_s + u"|(?:(?<=https://|http://)(?:(?:"_s + domainName + ccTld + u")|(?:"_s +
        unicodeDomainName + u"(?:"_s + gTld + u"|"_s + ccTld + u"))))"_s + u"|(?:"_s + domainName + ccTld + u"(?=/))"_s;

    const QString pathChar = uR"([a-z0-9!\*';:=\+,.\$/%#\[\]\-\x{2013}_~\|&@)"_s + latinAccents + cyrillic + u"]"_s;
    // Up to two levels of balanced parentheses: /wiki/Primer_(film), /track/A_(B_(C))/.
    const QString balancedParens =
        u"\\((?:"_s + pathChar + u"+|(?:"_s + pathChar + u"*\\("_s + pathChar + u"+\\)"_s + pathChar + u"*))\\)"_s;
    // A path does not end in punctuation that usually belongs to the sentence ("see x.com/a.").
    const QString pathEnding = uR"([a-z0-9=_#/\-\+)"_s + latinAccents + cyrillic + u"]|(?:"_s + balancedParens + u")"_s;
    const QString path = u"(?:(?:"_s + pathChar + u"*(?:"_s + balancedParens + pathChar + u"*)*"_s + pathEnding +
        u")|(?:@"_s + pathChar + u"+/))"_s;
    const QString preceding =
        u"(?:[^a-z0-9@\\x{ff20}$#\\x{ff03}"_s + invalidChars + u"]|["_s + directionalChars + u"]|^)"_s;

    // Groups as in Java: 1 all, 2 preceding character, 3 URL, 4 protocol, 5 domain, 6 port, 7 path, 8 query.
    // The definitions come last so that their group (9) does not shift those.
    return u"(("_s + preceding + u")((https?://)?("_s + domain + u")(?::([0-9]++))?(/"_s + path + u"*+)?(\\?"_s +
        queryChar + u"*"_s + queryEnding + u")?))(?(DEFINE)(?<subdomain>"_s + subdomain + u"))"_s;
}

enum UrlGroup
{
    GroupBefore = 2,
    GroupUrl = 3,
    GroupProtocol = 4,
    GroupDomain = 5
};

QRegularExpression compiled(const QString &pattern, QRegularExpression::PatternOptions options)
{
    QRegularExpression re(pattern, options);
    if (!re.isValid()) {
        qCCritical(lcTwitterText) << "regex does not compile:" << re.errorString() << "at" << re.patternErrorOffset();
    }
    // Compile (and JIT) now rather than on the first keystroke.
    re.optimize();
    return re;
}

// Java's CASE_INSENSITIVE folds ASCII only; PCRE folds Unicode too. The classes involved are ASCII or
// already hold both cases, so the difference does not show in practice.
const QRegularExpression &validUrlRegex()
{
    static const QRegularExpression re = compiled(validUrlPattern(), QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &validTcoRegex()
{
    static const QRegularExpression re =
        compiled(uR"(^https?://t\.co/([a-z0-9]+)(?:\?)"_s + queryChar + u"*"_s + queryEnding + u")?"_s,
                 QRegularExpression::CaseInsensitiveOption);
    return re;
}

// One emoji as X counts it: a keycap, a flag (two regional indicators), or up to four pictographs joined
// by ZWJ (the longest RGI sequences, families and kisses, have four), each with an optional skin tone, VS16
// or tag sequence. twitter-text generates a list of the RGI sequences of one Unicode version instead; this
// UTS #51 grammar groups the same sequences and also those published since. It would also group a
// non-RGI ZWJ pair ("grinning face ZWJ grinning face") that twitter-text counts as 5; the bound of four
// keeps such undercounts small. PCRE2 >= 10.40 provides the emoji properties.
const QRegularExpression &emojiRegex()
{
    static const QRegularExpression re = [] {
        const QString element =
            uR"(\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\x{fe0f}|[\x{e0020}-\x{e007e}]+\x{e007f})?)"_s;
        return compiled(uR"([#*0-9]\x{fe0f}?\x{20e3}|\p{Regional_Indicator}{2}|)"_s + element + u"(?:\\x{200d}"_s +
                            element + u"){0,3}"_s,
                        QRegularExpression::NoPatternOption);
    }();
    return re;
}

// Java's IDN.toASCII (RFC 3490) accepts the host, and the URL stays under X's length limit once the host
// is in punycode.
bool isValidHostAndLength(qsizetype urlLength, bool hasProtocol, const QString &host)
{
    if (host.isEmpty()) {
        return false;
    }
    static const QRegularExpression labelSeparator(uR"([.\x{3002}\x{ff0e}\x{ff61}])"_s);
    for (const QString &label : host.split(labelSeparator)) {
        bool ascii = true;
        for (const QChar c : label) {
            ascii = ascii && c.unicode() < 0x80;
        }
        // RFC 3490 ToASCII step 5: a label that needs encoding may not already claim to be encoded. Qt's
        // UTS #46 conversion would encode it again instead of refusing it.
        if (!ascii && label.startsWith("xn--"_L1, Qt::CaseInsensitive)) {
            return false;
        }
    }
    const QByteArray ace = QUrl::toAce(host);
    if (ace.isEmpty()) {
        return false;
    }
    for (const QByteArray &label : ace.split('.')) {
        if (label.size() > maxDnsLabelLength) {
            return false;
        }
    }
    const qsizetype encodedLength = urlLength + ace.size() - host.size() + (hasProtocol ? 0 : assumedProtocolLength);
    return encodedLength <= maxUrlLength;
}

bool isInvalidCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return u == 0xfffe || u == 0xfeff || u == 0xffff;
}

int weightOf(char32_t codePoint, const TwitterTextConfig &config)
{
    for (const TwitterTextWeightRange &range : config.ranges) {
        if (codePoint >= char32_t(range.start) && codePoint <= char32_t(range.end)) {
            return range.weight;
        }
    }
    return config.defaultWeight;
}

bool isBlank(const QString &text)
{
    for (const QChar c : text) {
        if (!c.isSpace()) {
            return false;
        }
    }
    return true;
}

} // namespace

QList<TwitterTextWeightRange> TwitterTextConfig::defaultRanges()
{
    // twitter-text config/v3.json (same ranges in v2): Latin to Georgian, then the spaces, dashes and
    // quotes of General Punctuation, weigh 1; everything else (CJK, emoji, ...) weighs defaultWeight.
    return {{0, 4351, 100}, {8192, 8205, 100}, {8208, 8223, 100}, {8242, 8247, 100}};
}

TwitterTextConfig TwitterTextConfig::v3()
{
    static const TwitterTextConfig config;
    return config;
}

TwitterTextConfig TwitterTextConfig::v2()
{
    static const TwitterTextConfig config = [] {
        TwitterTextConfig c;
        c.version = 2;
        c.emojiParsingEnabled = false;
        return c;
    }();
    return config;
}

std::optional<TwitterTextConfig> TwitterTextConfig::fromJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &reason) -> std::optional<TwitterTextConfig> {
        if (error) {
            *error = reason;
        }
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(u"not JSON: "_s + parseError.errorString());
    }
    if (!doc.isObject()) {
        return fail(u"not a JSON object"_s);
    }
    const QJsonObject object = doc.object();

    TwitterTextConfig config;
    config.emojiParsingEnabled = false;
    // Each number must be an integer, and all but the version must be positive for the arithmetic to
    // mean anything (scale divides, the maximum is a divisor of the permillage).
    struct Field
    {
        QLatin1StringView key;
        int *target;
        int minimum;
    };
    const Field fields[] = {
        {"version"_L1, &config.version, 0},
        {"maxWeightedTweetLength"_L1, &config.maxWeightedTweetLength, 1},
        {"scale"_L1, &config.scale, 1},
        {"defaultWeight"_L1, &config.defaultWeight, 0},
        {"transformedURLLength"_L1, &config.transformedUrlLength, 0},
    };
    for (const Field &field : fields) {
        const QJsonValue value = object.value(field.key);
        if (value.isUndefined()) {
            continue;
        }
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < field.minimum || number > 1e9 || number != std::trunc(number)) {
            return fail(u"\"%1\" must be an integer of at least %2"_s.arg(field.key).arg(field.minimum));
        }
        *field.target = int(number);
    }
    if (const QJsonValue emoji = object.value("emojiParsingEnabled"_L1); !emoji.isUndefined()) {
        if (!emoji.isBool()) {
            return fail(u"\"emojiParsingEnabled\" must be true or false"_s);
        }
        config.emojiParsingEnabled = emoji.toBool();
    }
    if (const QJsonValue ranges = object.value("ranges"_L1); !ranges.isUndefined()) {
        if (!ranges.isArray()) {
            return fail(u"\"ranges\" must be an array"_s);
        }
        config.ranges.clear();
        for (const QJsonValue &item : ranges.toArray()) {
            const QJsonObject range = item.toObject();
            const QJsonValue start = range.value("start"_L1);
            const QJsonValue end = range.value("end"_L1);
            const QJsonValue weight = range.value("weight"_L1);
            if (!start.isDouble() || !end.isDouble() || !weight.isDouble() || start.toInt(-1) < 0 ||
                end.toInt(-1) < start.toInt(-1) || end.toInt(-1) > 0x10ffff || weight.toInt(-1) < 0) {
                return fail(u"each range needs integer \"start\" <= \"end\" (code points) and a \"weight\""_s);
            }
            config.ranges.append({start.toInt(), end.toInt(), weight.toInt()});
        }
    }
    return config;
}

TweetParseResult parseTweet(const QString &text, const TwitterTextConfig &config)
{
    TweetParseResult result;
    if (text.isEmpty()) {
        return result;
    }

    // The loop below is twitter-text's TwitterTextParser.parseTweet, step for step, so that the ranges agree
    // with the conformance data even where they look odd (normalization shifts them by the length change).
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    const qsizetype length = normalized.size();
    const qsizetype scaledMax = qsizetype(config.maxWeightedTweetLength) * config.scale;
    const qsizetype urlWeight = qsizetype(config.transformedUrlLength) * config.scale;

    const QList<ExtractedUrl> urls = extractUrlsWithIndices(normalized);
    qsizetype nextUrl = 0;

    // Start index -> UTF-16 length of each emoji sequence. A single code point is left to the ranges: it
    // weighs the same there, except (c) and (R) which twitter-text counts as emoji only with VS16.
    QHash<qsizetype, qsizetype> emoji;
    if (config.emojiParsingEnabled) {
        QRegularExpressionMatchIterator it = emojiRegex().globalMatch(normalized);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const qsizetype start = match.capturedStart();
            const qsizetype size = match.capturedLength();
            const bool singleCodePoint = size == 1 || (size == 2 && normalized.at(start).isHighSurrogate());
            if (!singleCodePoint) {
                emoji.insert(start, size);
            }
        }
    }

    bool hasInvalidCharacters = false;
    qsizetype weighted = 0;
    qsizetype offset = 0;
    qsizetype validOffset = 0;
    while (offset < length) {
        while (nextUrl < urls.size() && urls.at(nextUrl).start < offset) {
            ++nextUrl;
        }
        if (nextUrl < urls.size() && urls.at(nextUrl).start == offset) {
            const qsizetype urlLength = urls.at(nextUrl).end - urls.at(nextUrl).start;
            weighted += urlWeight;
            offset += urlLength;
            if (weighted <= scaledMax) {
                validOffset += urlLength;
            }
            ++nextUrl;
        }
        if (offset >= length) {
            break;
        }

        qsizetype step = 1;
        int weight = config.defaultWeight;
        if (const auto found = emoji.constFind(offset); found != emoji.constEnd()) {
            step = found.value();
        } else {
            char32_t codePoint = normalized.at(offset).unicode();
            if (QChar::isHighSurrogate(codePoint) && offset + 1 < length &&
                normalized.at(offset + 1).isLowSurrogate()) {
                codePoint = QChar::surrogateToUcs4(normalized.at(offset), normalized.at(offset + 1));
                step = 2;
            }
            weight = weightOf(codePoint, config);
        }
        weighted += weight;
        // As twitter-text: only the first UTF-16 unit of each step is checked, and an invalid character
        // ends the valid range for good.
        hasInvalidCharacters = hasInvalidCharacters || isInvalidCharacter(normalized.at(offset));
        offset += step;
        if (!hasInvalidCharacters && weighted <= scaledMax) {
            validOffset += step;
        }
    }

    const qsizetype normalizationShift = text.size() - length;
    result.weightedLength = int(weighted / config.scale);
    // twitter-text accepts a blank text; X refuses to post one, so it is not valid here.
    result.valid = !hasInvalidCharacters && result.weightedLength <= config.maxWeightedTweetLength && !isBlank(text);
    result.permillage = int(qint64(result.weightedLength) * 1000 / config.maxWeightedTweetLength);
    result.displayRangeEnd = int(offset + normalizationShift - 1);
    result.validRangeEnd = int(validOffset + normalizationShift - 1);
    return result;
}

QList<ExtractedUrl> extractUrlsWithIndices(const QString &text)
{
    // Without a dot there is no domain, so no URL: the common case while typing costs no regex.
    if (!text.contains(u'.')) {
        return {};
    }

    QList<ExtractedUrl> urls;
    QRegularExpressionMatchIterator it = validUrlRegex().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const bool hasProtocol = match.capturedLength(GroupProtocol) > 0;
        if (!hasProtocol) {
            // "x/example.com" or "a.b-example.com": the domain continues something that is not a URL.
            const QStringView before = match.capturedView(GroupBefore);
            if (before.size() == 1 && QStringView(u"-_./").contains(before.front())) {
                continue;
            }
        }
        QString url = match.captured(GroupUrl);
        const qsizetype start = match.capturedStart(GroupUrl);
        qsizetype end = match.capturedEnd(GroupUrl);
        // A t.co link is only ever its slug (and a query): "t.co/abc's" stops at the apostrophe.
        if (const QRegularExpressionMatch tco = validTcoRegex().match(url); tco.hasMatch()) {
            if (tco.capturedLength(1) > maxTcoSlugLength) {
                continue;
            }
            url = tco.captured(0);
            end = start + url.size();
        }
        if (isValidHostAndLength(url.size(), hasProtocol, match.captured(GroupDomain))) {
            urls.append({url, int(start), int(end)});
        }
    }
    return urls;
}

} // namespace EpisodeDesk::Models
