// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/tcolinks.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

namespace EpisodeDesk::Models {

namespace {

Q_LOGGING_CATEGORY(lcSandboxLinks, "episodedesk.sandbox.links")

// X's display_url keeps this many characters of a longer link and ends it with "…" (observed).
constexpr qsizetype kDisplayLength = 30;

// The top-level domains twitter-text links without a scheme (resources/data/twitter-tlds.json),
// longest first so that the alternation tries "company" before "co".
QStringList linkableTlds()
{
    QStringList tlds;
    QFile file(QStringLiteral(":/episodedesk/data/twitter-tlds.json"));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QString &group : {QStringLiteral("generic"), QStringLiteral("country")}) {
            const QJsonArray list = root.value(group).toArray();
            for (const QJsonValue &tld : list) {
                tlds.append(QRegularExpression::escape(tld.toString()));
            }
        }
    }
    if (tlds.isEmpty()) {
        // Without the resource, scheme-less links are only found for the commonest endings.
        qCWarning(lcSandboxLinks, "TLD list not available; bare domains are recognised for a few TLDs only");
        tlds = QStringList {QStringLiteral("com"), QStringLiteral("org"), QStringLiteral("net"), QStringLiteral("fm"),
                            QStringLiteral("io"),  QStringLiteral("co"),  QStringLiteral("tv")};
    }
    std::sort(tlds.begin(), tlds.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return tlds;
}

const QRegularExpression &urlPattern()
{
    static const QRegularExpression pattern = [] {
        const QString label = QStringLiteral("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}_-]*[\\p{L}\\p{N}])?");
        const QString expression =
            QStringLiteral("(?<![\\p{L}\\p{N}@$#_./-])"
                           "(?:https?://[^\\s/?#]+[^\\s]*"
                           "|(?:%1\\.)+(?:%2)(?![\\p{L}\\p{N}_@-])(?::[0-9]+)?(?:[/?#][^\\s]*)?)")
                .arg(label, linkableTlds().join(u'|'));
        return QRegularExpression(
            expression, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    }();
    return pattern;
}

// Drops what twitter-text leaves out of a URL's end: sentence punctuation and an unbalanced ')'.
qsizetype trimmedUrlLength(QStringView url)
{
    qsizetype length = url.size();
    while (length > 0) {
        const QChar last = url.at(length - 1);
        const QStringView kept = url.first(length);
        if (QStringView(u".,:;!?'\"").contains(last)) {
            --length;
        } else if (last == u')' && kept.count(u'(') < kept.count(u')')) {
            --length;
        } else {
            break;
        }
    }
    return length;
}

QString tcoCode(const QString &postId, int index)
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    const QByteArray digest =
        QCryptographicHash::hash((postId + u'/' + QString::number(index)).toUtf8(), QCryptographicHash::Sha256);
    QString code;
    for (int i = 0; i < 10; ++i) {
        code.append(QLatin1Char(alphabet[static_cast<unsigned char>(digest.at(i)) % 62]));
    }
    return code;
}

// X's offsets count code points, not UTF-16 units: an emoji before a link counts once.
int codePoints(const QString &text)
{
    return static_cast<int>(text.toUcs4().size());
}

QString htmlEscaped(QStringView text)
{
    QString escaped = text.toString().toHtmlEscaped();
    // toHtmlEscaped also escapes '"'; X leaves quotes alone.
    escaped.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    return escaped;
}

TcoLink linkFor(const QString &sentLink, const QString &tco)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    TcoLink link;
    link.url = tco;
    const QRegularExpressionMatch match = scheme.match(sentLink);
    link.expandedUrl = match.hasMatch() ? sentLink : QStringLiteral("http://") + sentLink;
    link.displayUrl = match.hasMatch() ? sentLink.mid(match.capturedLength()) : sentLink;
    if (link.displayUrl.size() > kDisplayLength) {
        link.displayUrl = link.displayUrl.left(kDisplayLength) + QChar(0x2026);
    }
    return link;
}

} // namespace

TcoWrappedText wrapLinksAsX(const QString &sent, const QString &postId)
{
    TcoWrappedText wrapped;
    qsizetype position = 0;
    int index = 0;
    QRegularExpressionMatchIterator it = urlPattern().globalMatch(sent);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype length =
            trimmedUrlLength(QStringView(sent).sliced(match.capturedStart(), match.capturedLength()));
        if (length == 0 || match.capturedStart() < position) {
            continue;
        }
        wrapped.text += htmlEscaped(QStringView(sent).sliced(position, match.capturedStart() - position));
        TcoLink link = linkFor(sent.mid(match.capturedStart(), length),
                               QStringLiteral("https://t.co/") + tcoCode(postId, index++));
        link.start = codePoints(wrapped.text);
        link.end = link.start + codePoints(link.url);
        wrapped.text += link.url;
        wrapped.links.append(link);
        position = match.capturedStart() + length;
    }
    wrapped.text += htmlEscaped(QStringView(sent).sliced(position));
    return wrapped;
}

void appendMediaLink(TcoWrappedText *wrapped, const QString &postId, const QString &username, const QString &mediaKey)
{
    // X separates the media link from the text with one space (observed), and codes it like the others.
    const QString code = tcoCode(postId, static_cast<int>(wrapped->links.size()));
    TcoLink link;
    link.url = QStringLiteral("https://t.co/") + code;
    link.expandedUrl = QStringLiteral("https://x.com/%1/status/%2/photo/1").arg(username, postId);
    link.displayUrl = QStringLiteral("pic.x.com/") + code;
    link.mediaKey = mediaKey;
    if (!wrapped->text.isEmpty()) {
        wrapped->text += u' ';
    }
    link.start = codePoints(wrapped->text);
    link.end = link.start + codePoints(link.url);
    wrapped->text += link.url;
    wrapped->links.append(link);
}

QJsonObject entitiesJson(const QList<TcoLink> &links)
{
    QJsonArray urls;
    for (const TcoLink &link : links) {
        QJsonObject entry {{QStringLiteral("start"), link.start},
                           {QStringLiteral("end"), link.end},
                           {QStringLiteral("url"), link.url},
                           {QStringLiteral("expanded_url"), link.expandedUrl},
                           {QStringLiteral("display_url"), link.displayUrl}};
        if (!link.mediaKey.isEmpty()) {
            entry.insert(QStringLiteral("media_key"), link.mediaKey);
        }
        urls.append(entry);
    }
    return QJsonObject {{QStringLiteral("urls"), urls}};
}

} // namespace EpisodeDesk::Models
