// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedtext.h"

#include <QHash>

namespace EpisodeDesk::Models {

namespace {

using namespace Qt::StringLiterals;

// The entities podcast hosts' editors produce; an unknown one is kept as written.
const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> kEntities = {
        {u"amp"_s, U'&'},         {u"lt"_s, U'<'},          {u"gt"_s, U'>'},          {u"quot"_s, U'"'},
        {u"apos"_s, U'\''},       {u"nbsp"_s, U'\u00a0'},   {u"ndash"_s, U'\u2013'},  {u"mdash"_s, U'\u2014'},
        {u"lsquo"_s, U'\u2018'},  {u"rsquo"_s, U'\u2019'},  {u"ldquo"_s, U'\u201c'},  {u"rdquo"_s, U'\u201d'},
        {u"hellip"_s, U'\u2026'}, {u"copy"_s, U'\u00a9'},   {u"reg"_s, U'\u00ae'},    {u"trade"_s, U'\u2122'},
        {u"eacute"_s, U'\u00e9'}, {u"egrave"_s, U'\u00e8'}, {u"aacute"_s, U'\u00e1'}, {u"agrave"_s, U'\u00e0'},
        {u"iacute"_s, U'\u00ed'}, {u"oacute"_s, U'\u00f3'}, {u"uacute"_s, U'\u00fa'}, {u"ntilde"_s, U'\u00f1'},
        {u"auml"_s, U'\u00e4'},   {u"ouml"_s, U'\u00f6'},   {u"uuml"_s, U'\u00fc'},   {u"szlig"_s, U'\u00df'},
        {u"ccedil"_s, U'\u00e7'}, {u"euro"_s, U'\u20ac'},   {u"pound"_s, U'\u00a3'},  {u"bull"_s, U'\u2022'},
        {u"middot"_s, U'\u00b7'}, {u"laquo"_s, U'\u00ab'},  {u"raquo"_s, U'\u00bb'},  {u"deg"_s, U'\u00b0'},
    };
    return kEntities;
}

// Decodes one entity at text[i] == '&'; returns the characters consumed (0 when it is not one).
qsizetype decodeEntity(QStringView text, qsizetype i, QString *out)
{
    const qsizetype semicolon = text.indexOf(u';', i + 1);
    if (semicolon < 0 || semicolon - i > 12) {
        return 0;
    }
    const QStringView name = text.mid(i + 1, semicolon - i - 1);
    if (name.isEmpty()) {
        return 0;
    }
    char32_t code = 0;
    if (name.front() == u'#') {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint value = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (!ok || value == 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
            return 0;
        }
        code = char32_t(value);
    } else {
        const auto it = namedEntities().constFind(name.toString());
        if (it == namedEntities().constEnd()) {
            return 0;
        }
        code = it.value();
    }
    out->append(QString::fromUcs4(&code, 1));
    return semicolon - i + 1;
}

QString decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            const qsizetype used = decodeEntity(text, i, &out);
            if (used > 0) {
                i += used - 1;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

bool breaksLine(QStringView tag)
{
    static const QStringList kBreaking = {u"br"_s,  u"/p"_s,  u"p"_s,   u"/li"_s, u"/div"_s,       u"/h1"_s,
                                          u"/h2"_s, u"/h3"_s, u"/h4"_s, u"/tr"_s, u"/blockquote"_s};
    return kBreaking.contains(tag.toString().toLower());
}

// Removes tags; <script> and <style> lose their content too.
QString stripTags(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        // A tag starts with '<' and a letter, '/' or '!'; "a < b" stays.
        if (c == u'<' && i + 1 < text.size() &&
            (text.at(i + 1).isLetter() || text.at(i + 1) == u'/' || text.at(i + 1) == u'!')) {
            const qsizetype close = text.indexOf(u'>', i + 1);
            if (close < 0) {
                break; // an unclosed tag at the end is dropped with what follows it
            }
            QStringView inner = text.mid(i + 1, close - i - 1).trimmed();
            qsizetype nameEnd = 0;
            while (nameEnd < inner.size() &&
                   (inner.at(nameEnd).isLetterOrNumber() || (nameEnd == 0 && inner.at(0) == u'/'))) {
                ++nameEnd;
            }
            const QString name = inner.left(nameEnd).toString().toLower();
            if (name == "script"_L1 || name == "style"_L1) {
                const qsizetype end = text.indexOf(QString(u"</"_s + name), close, Qt::CaseInsensitive);
                const qsizetype endClose = end < 0 ? -1 : text.indexOf(u'>', end);
                i = endClose < 0 ? text.size() : endClose + 1;
                continue;
            }
            if (breaksLine(name)) {
                out.append(u'\n');
            } // inline tags vanish: "one<b>two</b>" was one word and stays one
            i = close + 1;
            continue;
        }
        out.append(c);
        ++i;
    }
    return out;
}

QString collapseWhiteSpace(const QString &text, bool keepLines)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    int pendingBreaks = 0;
    for (const QChar c : text) {
        if (c == u'\n' && keepLines) {
            ++pendingBreaks;
            pendingSpace = false;
            continue;
        }
        if (c.isSpace()) { // includes U+00A0
            pendingSpace = true;
            continue;
        }
        if (!out.isEmpty()) {
            if (pendingBreaks > 0) {
                out.append(pendingBreaks > 1 ? u"\n\n"_s : u"\n"_s);
            } else if (pendingSpace) {
                out.append(u' ');
            }
        }
        pendingBreaks = 0;
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

QString plain(QStringView html, bool keepLines)
{
    // Entities first decoded once so that escaped markup ("&lt;p&gt;") is seen as markup, then the
    // tags go, then what the markup itself escaped ("&amp;" inside the HTML) is decoded.
    QString text = html.toString();
    if (text.contains(u"&lt;"_s) || text.contains(u"&#60;"_s)) {
        text = decodeEntities(text);
    }
    text = stripTags(text);
    // Hosts escape twice often enough ("&amp;amp;", "&amp;mdash;"); a second pass undoes that. A
    // third would be a show that writes about entities, so it stops there.
    text = decodeEntities(text);
    if (text.contains(u'&')) {
        text = decodeEntities(text);
    }
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return collapseWhiteSpace(text, keepLines);
}

} // namespace

QString htmlEntity(QStringView name)
{
    const auto it = namedEntities().constFind(name.toString());
    if (it == namedEntities().constEnd()) {
        return {};
    }
    const char32_t code = it.value();
    return QString::fromUcs4(&code, 1);
}

QString plainTextFromFeed(QStringView html)
{
    return plain(html, true);
}

QString plainLineFromFeed(QStringView html)
{
    return plain(html, false);
}

QString firstSentence(QStringView text, qsizetype maxChars)
{
    QStringView sentence = text.trimmed();
    const qsizetype lineEnd = sentence.indexOf(u'\n');
    if (lineEnd >= 0) {
        sentence = sentence.left(lineEnd);
    }
    for (qsizetype i = 0; i + 1 < sentence.size(); ++i) {
        const QChar c = sentence.at(i);
        if ((c == u'.' || c == u'!' || c == u'?') && sentence.at(i + 1).isSpace()) {
            sentence = sentence.left(i + 1);
            break;
        }
    }
    sentence = sentence.trimmed();
    if (sentence.size() <= maxChars) {
        return sentence.toString();
    }
    QStringView cut = sentence.left(maxChars - 1);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > maxChars / 2) {
        cut = cut.left(space);
    }
    return cut.trimmed().toString() + u'\u2026';
}

} // namespace EpisodeDesk::Models
