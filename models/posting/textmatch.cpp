// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/textmatch.h"

#include "text/twittertext.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace EpisodeDesk::Models {

namespace {

// Alignments tried before giving up with CannotTell; real posts need a handful.
constexpr int kAlignmentBudget = 10000;

QString normalized(QString text)
{
    text = text.normalized(QString::NormalizationForm_C).trimmed();
    // Line ends and runs of blanks are not something X promises to keep byte for byte.
    static const QRegularExpression blanks(u"[ \\t]+"_s);
    text.replace(blanks, u" "_s);
    text.replace(u"\r\n"_s, u"\n"_s);
    return text;
}

QString htmlUnescaped(QString text)
{
    text.replace("&lt;"_L1, "<"_L1);
    text.replace("&gt;"_L1, ">"_L1);
    text.replace("&amp;"_L1, "&"_L1);
    return text;
}

// A link cut into the parts sameLink() compares.
struct LinkParts
{
    QString scheme; // lower case; empty when the link was written without one
    QString userInfo;
    QString host; // lower case, IDNA (ACE) form
    QString port; // empty when absent
    QString rest; // path, query and fragment; non-ASCII percent-encoded, escapes in upper case
};

// Percent-encodes what is not ASCII (RFC 3987's IRI-to-URI mapping) and upper-cases existing escapes,
// so that "café" and "caf%c3%a9" compare equal while every other character stays as written.
QString uriForm(const QString &text)
{
    const auto isHex = [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    };
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%' && i + 2 < text.size() && isHex(text.at(i + 1)) && isHex(text.at(i + 2))) {
            result += u'%' + text.mid(i + 1, 2).toUpper();
            i += 2;
        } else if (c.unicode() < 0x80) {
            result += c;
        } else {
            // Whole surrogate pairs: encode what is left from here up to the next ASCII character.
            qsizetype end = i;
            while (end < text.size() && text.at(end).unicode() >= 0x80) {
                ++end;
            }
            result += QString::fromLatin1(text.mid(i, end - i).toUtf8().toPercentEncoding().toUpper());
            i = end - 1;
        }
    }
    return result;
}

LinkParts linkParts(const QString &link)
{
    LinkParts parts;
    QStringView rest(link);
    static const QRegularExpression schemePattern(u"^([A-Za-z][A-Za-z0-9+.-]*)://"_s);
    if (const QRegularExpressionMatch scheme = schemePattern.match(link); scheme.hasMatch()) {
        parts.scheme = scheme.captured(1).toLower();
        rest = rest.sliced(scheme.capturedLength());
    }
    qsizetype authorityEnd = 0;
    while (authorityEnd < rest.size() && !QStringView(u"/?#").contains(rest.at(authorityEnd))) {
        ++authorityEnd;
    }
    QStringView authority = rest.first(authorityEnd);
    QStringView tail = rest.sliced(authorityEnd);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        parts.userInfo = authority.first(at).toString();
        authority = authority.sliced(at + 1);
    }
    // A port is digits after the last ':' outside an IPv6 literal's brackets.
    const qsizetype colon = authority.lastIndexOf(u':');
    if (colon >= 0 && colon > authority.lastIndexOf(u']')) {
        parts.port = authority.sliced(colon + 1).toString();
        authority = authority.first(colon);
    }
    const QString host = authority.toString();
    const QString ace = QString::fromLatin1(QUrl::toAce(host));
    parts.host = (ace.isEmpty() ? host : ace).toLower();
    // The lone "/" of an empty path is the same link: example.com == http://example.com/.
    if (tail.startsWith(u'/') && (tail.size() == 1 || tail.at(1) == u'?' || tail.at(1) == u'#')) {
        tail = tail.sliced(1);
    }
    parts.rest = uriForm(tail.toString());
    return parts;
}

QString defaultPort(const QString &scheme)
{
    if (scheme == "http"_L1) {
        return u"80"_s;
    }
    if (scheme == "https"_L1) {
        return u"443"_s;
    }
    return {};
}

bool sameParts(const LinkParts &sent, const LinkParts &expanded)
{
    const auto webScheme = [](const QString &scheme) {
        return scheme.isEmpty() || scheme == "http"_L1 || scheme == "https"_L1;
    };
    // A link written without a scheme is what X turns into http://…; which one it became says nothing.
    if (sent.scheme.isEmpty() || expanded.scheme.isEmpty()) {
        if (!webScheme(sent.scheme) || !webScheme(expanded.scheme)) {
            return false;
        }
    } else if (sent.scheme != expanded.scheme) {
        return false;
    }
    const auto effectivePort = [](const LinkParts &parts, const QString &otherScheme) {
        const QString scheme = !parts.scheme.isEmpty() ? parts.scheme
            : !otherScheme.isEmpty()                   ? otherScheme
                                                       : u"http"_s;
        return parts.port.isEmpty() || parts.port == defaultPort(scheme) ? QString() : parts.port;
    };
    return sent.userInfo == expanded.userInfo && sent.host == expanded.host &&
        effectivePort(sent, expanded.scheme) == effectivePort(expanded, sent.scheme) && sent.rest == expanded.rest;
}

// What one t.co link of X's text says about the stretch of the sent text it stands for.
enum class Verdict
{
    Same,
    Unknown,
    Different,
};

// Where the sent text has links: twitter-text's, plus anything written with a scheme (a server may
// wrap links on domains twitter-text does not know; the Sandbox does). UTF-16 ranges, end exclusive.
QList<std::pair<qsizetype, qsizetype>> sentLinks(const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> links;
    for (const ExtractedUrl &url : extractUrlsWithIndices(text)) {
        links.append({url.start, url.end});
    }
    static const QRegularExpression schemeUrl(u"https?://\\S+"_s, QRegularExpression::CaseInsensitiveOption);
    for (auto it = schemeUrl.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        links.append({match.capturedStart(), match.capturedEnd()});
    }
    return links;
}

// Lines X's text up with the sent text. X's text is literal stretches with t.co links between them;
// the literals must appear in the sent text in order, and each stretch between them is what a t.co
// link stands for. The alignment is taken from X's side, so twitter-text and X need not agree where
// a link ends ("…/ep101!" vs "…/ep101"); every way to line the texts up is tried, and one in which
// every link is confirmed is a match.
class Aligner
{
public:
    Aligner(const QString &sent, const XPostSummary &post, QStringList literals, QStringList links)
        : m_sent(sent),
          m_post(post),
          m_literals(std::move(literals)),
          m_links(std::move(links)),
          m_sentLinks(sentLinks(sent))
    { }

    PostMatch run()
    {
        if (m_sent.startsWith(m_literals.constFirst())) {
            step(0, m_literals.constFirst().size(), Verdict::Same);
        }
        if (m_matched) {
            return PostMatch::Match;
        }
        return m_unknown || m_budget <= 0 ? PostMatch::CannotTell : PostMatch::NoMatch;
    }

private:
    // Literal `index` has been found ending at `position`; link `index` comes next.
    void step(qsizetype index, qsizetype position, Verdict worst)
    {
        if (index == m_links.size()) {
            if (position == m_sent.size()) {
                m_matched = worst == Verdict::Same;
                m_unknown = m_unknown || worst == Verdict::Unknown;
            }
            return;
        }
        const QString &next = m_literals.at(index + 1);
        const bool last = index + 1 == m_links.size();
        // A link is a run of non-blank characters.
        for (qsizetype end = position + 1; end <= m_sent.size() && !m_sent.at(end - 1).isSpace(); ++end) {
            const QStringView after = QStringView(m_sent).sliced(end);
            if (last ? after != next : !after.startsWith(next)) {
                continue;
            }
            if (--m_budget <= 0) {
                return;
            }
            const Verdict verdict = judge(m_links.at(index), position, end);
            if (verdict != Verdict::Different) {
                step(index + 1, end + next.size(), std::max(worst, verdict));
            }
            if (m_matched || m_budget <= 0) {
                return;
            }
        }
    }

    Verdict judge(const QString &link, qsizetype start, qsizetype end) const
    {
        const QString written = m_sent.mid(start, end - start);
        if (written == link) {
            return Verdict::Same; // the sent text has this very link, e.g. one X left as it was
        }
        int same = 0;
        int different = 0;
        int unnamed = 0;
        for (const XUrlEntity &entity : m_post.urls) {
            if (entity.url != link) {
                continue;
            }
            if (entity.expandedUrl.isEmpty()) {
                ++unnamed;
            } else if (sameLink(written, entity.expandedUrl)) {
                ++same;
            } else {
                ++different;
            }
        }
        if (same > 0 && different == 0 && unnamed == 0) {
            return Verdict::Same;
        }
        if (different > 0 && same == 0 && unnamed == 0) {
            return Verdict::Different;
        }
        if (same == 0 && different == 0) {
            // X did not say what the link stands for: it can only be ours where the sent text has one.
            const bool isLink = std::any_of(m_sentLinks.cbegin(), m_sentLinks.cend(), [&](const auto &range) {
                return range.first == start && end <= range.second;
            });
            return isLink ? Verdict::Unknown : Verdict::Different;
        }
        return Verdict::Unknown; // X contradicts itself
    }

    const QString &m_sent;
    const XPostSummary &m_post;
    const QStringList m_literals; // one more than m_links
    const QStringList m_links;
    const QList<std::pair<qsizetype, qsizetype>> m_sentLinks;
    int m_budget = kAlignmentBudget;
    bool m_matched = false;
    bool m_unknown = false;
};

} // namespace

bool sameLink(const QString &sent, const QString &expanded)
{
    const LinkParts mine = linkParts(sent.normalized(QString::NormalizationForm_C));
    const QString theirs = expanded.normalized(QString::NormalizationForm_C);
    if (sameParts(mine, linkParts(theirs))) {
        return true;
    }
    // Whether X HTML-escapes expanded_url as it does the text is not documented: accept either.
    return theirs.contains("&amp;"_L1) && sameParts(mine, linkParts(htmlUnescaped(theirs)));
}

namespace {

// The text comparison of matchPost(): `theirs` (normalized, unescaped) against `mine`, link by link.
PostMatch matchText(const QString &mine, const QString &theirs, const XPostSummary &post)
{
    // X's links: t.co as X writes them, and whatever else an entity names (should X ever wrap
    // differently). Longest first, so that one link is never read as the start of another.
    QStringList known;
    for (const XUrlEntity &entity : post.urls) {
        if (!entity.url.isEmpty() && !known.contains(entity.url)) {
            known.append(entity.url);
        }
    }
    std::sort(known.begin(), known.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QString alternatives = u"https?://t\\.co/[A-Za-z0-9]+"_s;
    for (const QString &url : std::as_const(known)) {
        alternatives += u'|' + QRegularExpression::escape(url);
    }
    const QRegularExpression linkPattern(alternatives);

    QStringList literals;
    QStringList links;
    qsizetype position = 0;
    for (auto it = linkPattern.globalMatch(theirs); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        literals.append(theirs.mid(position, match.capturedStart() - position));
        links.append(match.captured());
        position = match.capturedEnd();
    }
    literals.append(theirs.mid(position));
    return Aligner(mine, post, literals, links).run();
}

// What X says a trailing t.co link of a post stands for.
enum class TrailingLink
{
    Media, // the link X appends to a post with media: an entity with a media_key or a /photo/ address
    Unnamed, // no entity names it: a media link or a link of the text, nobody can say
    Other, // a link of the text
};

TrailingLink trailingLinkKind(const QString &url, const XPostSummary &post)
{
    static const QRegularExpression mediaAddress(
        u"^https?://(?:www\\.|mobile\\.)?(?:x|twitter)\\.com/[A-Za-z0-9_]+/status/[0-9]+/(?:photo|video)/[0-9]+$"_s,
        QRegularExpression::CaseInsensitiveOption);
    bool named = false;
    for (const XUrlEntity &entity : post.urls) {
        if (entity.url != url) {
            continue;
        }
        if (!entity.mediaKey.isEmpty() || mediaAddress.match(entity.expandedUrl).hasMatch()) {
            return TrailingLink::Media;
        }
        named = named || !entity.expandedUrl.isEmpty();
    }
    return named ? TrailingLink::Other : TrailingLink::Unnamed;
}

// `text` without its last t.co link (and the blank before it), if it ends with one.
std::optional<std::pair<QString, QString>> splitTrailingLink(const QString &text)
{
    static const QRegularExpression trailing(u"(?:^|\\s)(https?://t\\.co/[A-Za-z0-9]+)$"_s);
    const QRegularExpressionMatch match = trailing.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return std::pair {text.first(match.capturedStart()).trimmed(), match.captured(1)};
}

// The text and media of one reading of a post: which of its trailing links are taken for X's media link.
struct Reading
{
    QString text;
    bool hasMediaLink = false;
    bool certain = true; // false: a link nobody named was taken for the media link
};

PostMatch judgeReading(const QString &mine, const QStringList &sentMediaKeys, const XPostSummary &post,
                       const Reading &reading)
{
    const PostMatch text = matchText(mine, reading.text, post);
    if (text == PostMatch::NoMatch) {
        return PostMatch::NoMatch;
    }
    PostMatch media = PostMatch::Match;
    if (post.hasAttachments) {
        const QSet<QString> sent(sentMediaKeys.cbegin(), sentMediaKeys.cend());
        const QSet<QString> onX(post.mediaKeys.cbegin(), post.mediaKeys.cend());
        media = sent == onX ? PostMatch::Match : PostMatch::NoMatch;
    } else if (sentMediaKeys.isEmpty() != !reading.hasMediaLink) {
        // X appends the media link to every post with media: one without it has none.
        media = PostMatch::NoMatch;
    } else if (reading.hasMediaLink) {
        media = PostMatch::CannotTell; // media, but which: attachments were not read
    }
    if (media == PostMatch::NoMatch) {
        return PostMatch::NoMatch;
    }
    if (text == PostMatch::CannotTell || media == PostMatch::CannotTell || !reading.certain) {
        return PostMatch::CannotTell;
    }
    return PostMatch::Match;
}

} // namespace

PostMatch matchPost(const QString &sent, const XPostSummary &post)
{
    return matchPost(sent, QStringList(), post);
}

PostMatch matchPost(const QString &sent, const QStringList &sentMediaKeys, const XPostSummary &post)
{
    const QString mine = normalized(sent);
    const QString theirs = normalized(htmlUnescaped(post.text));
    const bool entityHasMediaKey = std::any_of(post.urls.cbegin(), post.urls.cend(),
                                               [](const XUrlEntity &entity) { return !entity.mediaKey.isEmpty(); });

    // The post as it stands (its links all the text's), and without the trailing links X says are its
    // media link; with media sent, also without a trailing link nobody named (never a match then).
    QList<Reading> readings {{theirs, entityHasMediaKey, true}};
    Reading stripped {theirs, false, true};
    while (const auto split = splitTrailingLink(stripped.text)) {
        const TrailingLink kind = trailingLinkKind(split->second, post);
        if (kind == TrailingLink::Media) {
            stripped = {split->first, true, stripped.certain};
        } else {
            if (kind == TrailingLink::Unnamed && !sentMediaKeys.isEmpty() && !stripped.hasMediaLink) {
                readings.append({split->first, true, false});
            }
            break;
        }
    }
    if (stripped.hasMediaLink) {
        readings.append(stripped);
    }
    PostMatch best = PostMatch::NoMatch;
    for (const Reading &reading : std::as_const(readings)) {
        const PostMatch match = judgeReading(mine, sentMediaKeys, post, reading);
        if (match == PostMatch::Match) {
            return match;
        }
        if (match == PostMatch::CannotTell) {
            best = match;
        }
    }
    return best;
}

QString postMatchName(PostMatch match)
{
    switch (match) {
    case PostMatch::Match:
        return u"match"_s;
    case PostMatch::NoMatch:
        return u"no-match"_s;
    case PostMatch::CannotTell:
        return u"cannot-tell"_s;
    }
    return u"unknown"_s;
}

} // namespace EpisodeDesk::Models
