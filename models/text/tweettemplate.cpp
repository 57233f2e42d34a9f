// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/tweettemplate.h"

#include "feeds/feedtext.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <optional>

namespace EpisodeDesk::Models {

namespace {

using namespace Qt::StringLiterals;

// What a placeholder name stands for; {episode} is kept as an alias because DESIGN.md and users say it.
enum class Field
{
    Title,
    Number,
    Url,
    Date,
    Season,
    Description,
    Duration
};

std::optional<Field> fieldFor(QStringView name)
{
    if (name == u"title") {
        return Field::Title;
    }
    if (name == u"number" || name == u"episode") {
        return Field::Number;
    }
    if (name == u"url") {
        return Field::Url;
    }
    if (name == u"date") {
        return Field::Date;
    }
    if (name == u"season") {
        return Field::Season;
    }
    if (name == u"description") {
        return Field::Description;
    }
    if (name == u"duration") {
        return Field::Duration;
    }
    return std::nullopt;
}

QString valueOf(Field field, const Episode &episode)
{
    switch (field) {
    case Field::Title:
        return episode.title;
    case Field::Number:
        return episode.number ? QString::number(*episode.number) : QString();
    case Field::Url:
        // Fully encoded: a decoded space or bracket would end the link where X (and our counter) see it.
        return episode.link.isValid() ? episode.link.toString(QUrl::FullyEncoded) : QString();
    case Field::Date:
        return episode.publishedOn.isValid() ? episode.publishedOn.toString(Qt::ISODate) : QString();
    case Field::Season:
        return episode.season ? QString::number(*episode.season) : QString();
    case Field::Description:
        // A whole description rarely fits a tweet; its first sentence is what announcements quote.
        return firstSentence(episode.description);
    case Field::Duration:
        return tweetTemplateDuration(episode.durationS);
    }
    return {};
}

void appendOnce(QStringList &list, const QString &item)
{
    if (!list.contains(item)) {
        list.append(item);
    }
}

} // namespace

QString tweetTemplateDuration(std::optional<qint64> seconds)
{
    if (!seconds || *seconds <= 0) {
        return {};
    }
    // Nearest minute, half up; a short but real clip still says "1 min" rather than nothing or "0 min".
    const qint64 minutes = std::max<qint64>(1, (*seconds + 30) / 60);
    if (minutes < 60) {
        return QCoreApplication::translate("TweetTemplate", "%1 min").arg(minutes);
    }
    return QCoreApplication::translate("TweetTemplate", "%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QList<TweetTemplatePlaceholder> tweetTemplatePlaceholders()
{
    // Spelled out as QCoreApplication::translate() calls with literal context and text, so that lupdate
    // finds them without a QObject.
    return {
        {u"{title}"_s, QCoreApplication::translate("TweetTemplate", "The episode's title")},
        {u"{number}"_s, QCoreApplication::translate("TweetTemplate", "The episode's number")},
        {u"{episode}"_s, QCoreApplication::translate("TweetTemplate", "The episode's number (same as {number})")},
        {u"{url}"_s, QCoreApplication::translate("TweetTemplate", "The episode's link")},
        {u"{date}"_s, QCoreApplication::translate("TweetTemplate", "The episode's publication date, as 2024-05-31")},
        {u"{season}"_s, QCoreApplication::translate("TweetTemplate", "The episode's season number")},
        {u"{description}"_s,
         QCoreApplication::translate("TweetTemplate", "The first sentence of the episode's description")},
        {u"{duration}"_s,
         QCoreApplication::translate("TweetTemplate", "The episode's length, as 42 min or 1 h 05 min")},
    };
}

TweetTemplateExpansion expandTweetTemplate(const QString &templateText, const Episode &episode)
{
    // A letter first, so "{1}" or "{ }" in ordinary prose is not taken for a placeholder; Unicode letters,
    // so "{título}" is still reported rather than silently posted.
    static const QRegularExpression placeholder(uR"(\{(\p{L}[\p{L}\p{N}_]*)\})"_s);

    TweetTemplateExpansion expansion;
    expansion.text.reserve(templateText.size());
    qsizetype copiedUpTo = 0;
    QRegularExpressionMatchIterator it = placeholder.globalMatch(templateText);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const std::optional<Field> field = fieldFor(match.capturedView(1));
        if (!field) {
            appendOnce(expansion.unknownPlaceholders, match.captured(0));
            continue; // copied verbatim with the text that follows
        }
        expansion.text += QStringView(templateText).sliced(copiedUpTo, match.capturedStart() - copiedUpTo);
        const QString value = valueOf(*field, episode);
        if (value.isEmpty()) {
            appendOnce(expansion.emptyPlaceholders, match.captured(0));
        }
        expansion.text += value;
        copiedUpTo = match.capturedEnd();
    }
    expansion.text += QStringView(templateText).sliced(copiedUpTo);
    return expansion;
}

} // namespace EpisodeDesk::Models
