// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/textmatch.h"

#include "text/twittertext.h"

#include <QRegularExpression>

#include <algorithm>

namespace EpisodeDesk::Models {

namespace {

QString normalized(QString text)
{
    text = text.normalized(QString::NormalizationForm_C).trimmed();
    // Line ends and runs of blanks are not something X promises to keep byte for byte.
    static const QRegularExpression blanks(QStringLiteral("[ \\t]+"));
    text.replace(blanks, QStringLiteral(" "));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

QString htmlUnescaped(QString text)
{
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

} // namespace

bool postTextMatches(const QString &sent, const QString &onX)
{
    const QString mine = normalized(sent);
    const QString theirs = normalized(htmlUnescaped(onX));
    if (mine == theirs) {
        return true;
    }
    // Links as twitter-text finds them, plus anything written with a scheme: a server may wrap links
    // on domains twitter-text does not know (the Sandbox does), and a wildcard too many is harmless.
    QList<std::pair<qsizetype, qsizetype>> links;
    for (const ExtractedUrl &url : extractUrlsWithIndices(mine)) {
        links.append({url.start, url.end});
    }
    static const QRegularExpression schemeUrl(QStringLiteral("https?://\\S+"));
    for (auto it = schemeUrl.globalMatch(mine); it.hasNext();) {
        const auto match = it.next();
        links.append({match.capturedStart(), match.capturedEnd()});
    }
    std::sort(links.begin(), links.end());
    QString pattern = QStringLiteral("\\A");
    qsizetype position = 0;
    for (const auto &[start, end] : std::as_const(links)) {
        if (start < position) { // overlaps the previous link
            position = std::max(position, end);
            continue;
        }
        pattern += QRegularExpression::escape(mine.mid(position, start - position));
        pattern += QStringLiteral("https?://\\S+");
        position = end;
    }
    pattern += QRegularExpression::escape(mine.mid(position)) + QStringLiteral("\\z");
    const QRegularExpression expression(pattern, QRegularExpression::UseUnicodePropertiesOption);
    return expression.match(theirs).hasMatch();
}

} // namespace EpisodeDesk::Models
