// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "posting/holdreason.h"

#include "text/tweettemplate.h"
#include "text/twittertext.h"

#include <QCoreApplication>
#include <QDate>

namespace EpisodeDesk::Models {

namespace {

// "{title}", "{title} and {url}", "{title}, {number} and {url}".
QString listOf(const QStringList &items)
{
    if (items.size() <= 1) {
        return items.value(0);
    }
    return HoldReason::tr("%1 and %2").arg(items.sliced(0, items.size() - 1).join(HoldReason::tr(", ")), items.last());
}

// The episode with the value behind one placeholder taken away.
Episode without(Episode episode, const QString &placeholder)
{
    if (placeholder == u"{title}") {
        episode.title.clear();
    } else if (placeholder == u"{number}" || placeholder == u"{episode}") {
        episode.number.reset();
    } else if (placeholder == u"{url}") {
        episode.link.clear();
    } else if (placeholder == u"{date}") {
        episode.publishedOn = QDate();
    } else if (placeholder == u"{season}") {
        episode.season.reset();
    } else if (placeholder == u"{description}") {
        episode.description.clear();
    } else if (placeholder == u"{duration}") {
        episode.durationS.reset();
    }
    return episode;
}

// Which placeholders made a too-long text too long, so the user hears "after filling in {title}" (an
// edited title, typically) rather than a bare number: those whose value alone, taken away, makes it
// fit; if no single one does but all of them together do, all of them; none when the text as typed is
// too long by itself.
QStringList culprits(const QString &templateText, const std::optional<Episode> &episode, const TwitterTextConfig &rules)
{
    if (!episode) {
        return {};
    }
    const auto fits = [&rules](const QString &text) {
        return parseTweet(text, rules).weightedLength <= rules.maxWeightedTweetLength;
    };
    const TweetTemplateExpansion bare = expandTweetTemplate(templateText, Episode {});
    if (!fits(bare.text)) {
        return {};
    }
    const QStringList unfilled = expandTweetTemplate(templateText, *episode).emptyPlaceholders;
    QStringList filled;
    QStringList each;
    for (const QString &name : bare.emptyPlaceholders) { // every known placeholder, in order
        if (unfilled.contains(name)) {
            continue;
        }
        filled.append(name);
        if (fits(expandTweetTemplate(templateText, without(*episode, name)).text)) {
            each.append(name);
        }
    }
    return each.isEmpty() ? filled : each;
}

} // namespace

QString HoldReason::heldMessage() const
{
    return HoldReason::tr("Held: %1").arg(message);
}

QString claimText(const TweetConfig &config, const std::optional<Episode> &episode)
{
    return episode ? expandTweetTemplate(config.text, *episode).text : config.text;
}

std::optional<HoldReason> textHoldReason(const QString &templateText, const std::optional<Episode> &episode)
{
    const TwitterTextConfig rules;
    const TweetTemplateExpansion expansion =
        episode ? expandTweetTemplate(templateText, *episode) : TweetTemplateExpansion {templateText, {}, {}};
    const TweetParseResult parsed = parseTweet(expansion.text, rules);
    if (parsed.valid) {
        return std::nullopt;
    }
    HoldReason hold;
    hold.refusal = ClaimRefusal::InvalidText;
    hold.weightedLength = parsed.weightedLength;
    if (expansion.text.trimmed().isEmpty()) {
        hold.message = templateText.trimmed().isEmpty() || expansion.emptyPlaceholders.isEmpty()
            ? HoldReason::tr("The tweet is empty.")
            : HoldReason::tr("The tweet is empty after filling in %1.").arg(listOf(expansion.emptyPlaceholders));
        return hold;
    }
    if (parsed.weightedLength > rules.maxWeightedTweetLength) {
        hold.placeholders = culprits(templateText, episode, rules);
        hold.message = hold.placeholders.isEmpty() ? HoldReason::tr("%1 characters as X counts them (X allows %2).")
                                                         .arg(parsed.weightedLength)
                                                         .arg(rules.maxWeightedTweetLength)
                                                   : HoldReason::tr("%1 characters after filling in %2 (X allows %3).")
                                                         .arg(parsed.weightedLength)
                                                         .arg(listOf(hold.placeholders))
                                                         .arg(rules.maxWeightedTweetLength);
        return hold;
    }
    hold.message = HoldReason::tr("The tweet contains a character X does not accept.");
    return hold;
}

std::optional<HoldReason> holdReason(const TweetConfig &config, const std::optional<Episode> &episode,
                                     const std::optional<Account> &account)
{
    QString accountProblem;
    if (!account) {
        accountProblem = HoldReason::tr("The tweet's account no longer exists.");
    } else if (account->kind == AccountKind::X && !account->apiBaseUrl.isValid()) {
        accountProblem = HoldReason::tr("The account “%1” has no valid API address.").arg(account->name);
    }
    if (accountProblem.isEmpty()) {
        return textHoldReason(config.text, episode);
    }
    HoldReason hold;
    hold.refusal = ClaimRefusal::NoAccount;
    hold.message = accountProblem;
    hold.weightedLength = parseTweet(claimText(config, episode)).weightedLength;
    return hold;
}

DisplayStatus displayStatus(const TweetConfig &config, const std::optional<HoldReason> &hold, const QDateTime &now,
                            qint64 graceSeconds)
{
    const bool sendable =
        config.enabled && (config.status == TweetStatus::Pending || config.status == TweetStatus::Failed);
    return hold && sendable ? DisplayStatus::Held : displayStatus(config, now, graceSeconds);
}

} // namespace EpisodeDesk::Models
