// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postingnotes.h"

#include "posting/postingservice.h"
#include "posting/postingstore.h"

#include <QLocale>

#include <cstdlib>

namespace EpisodeDesk::Ui {

using Models::ClaimRefusal;
using Models::DisplayStatus;
using Models::PostOutcome;
using Models::TweetStatus;

namespace {

const QString openHref = QStringLiteral("episodedesk:open-on-x");
const QString verifyHref = QStringLiteral("episodedesk:verify");
const QString resumeHref = QStringLiteral("episodedesk:resume-posting");

QString localShort(const QDateTime &when)
{
    // The locale's short date and time, minus seconds (some locales' short time has them): as the tweet
    // list and the editor show times, since nobody schedules a tweet to the second.
    const QLocale locale;
    const QString format = locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') +
        locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
    return locale.toString(when.toLocalTime(), format);
}

} // namespace

QString PostingNote::linkText() const
{
    switch (link) {
    case Link::OpenOnX:
        return PostingNotes::tr("Open on X");
    case Link::Verify:
        return PostingNotes::tr("Verify");
    case Link::ResumePosting:
        return PostingNotes::tr("Resume posting");
    case Link::None:
        break;
    }
    return {};
}

QString PostingNote::plainText() const
{
    QString plain = text;
    if (link != Link::None) {
        plain += QStringLiteral(" \u2014 ") + linkText();
    }
    if (!detail.isEmpty()) {
        plain += QLatin1Char('\n') + detail;
    }
    return plain;
}

QString PostingNote::html() const
{
    QString html = text.toHtmlEscaped();
    if (problem) {
        html = QStringLiteral("<b>%1</b>").arg(html);
    }
    if (link != Link::None) {
        html += QStringLiteral(" \u2014 <a href=\"%1\">%2</a>").arg(linkHref(link), linkText().toHtmlEscaped());
    }
    if (!detail.isEmpty()) {
        html += QStringLiteral("<br><small>%1</small>").arg(detail.toHtmlEscaped());
    }
    return html;
}

QString PostingNote::linkHref(Link link)
{
    switch (link) {
    case Link::OpenOnX:
        return openHref;
    case Link::Verify:
        return verifyHref;
    case Link::ResumePosting:
        return resumeHref;
    case Link::None:
        break;
    }
    return {};
}

std::optional<PostingNote::Link> PostingNote::linkFromHref(const QString &href)
{
    if (href == openHref) {
        return Link::OpenOnX;
    }
    if (href == verifyHref) {
        return Link::Verify;
    }
    if (href == resumeHref) {
        return Link::ResumePosting;
    }
    return std::nullopt;
}

QString PostingNotes::ago(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid()) {
        return {};
    }
    const qint64 seconds = std::max<qint64>(0, then.secsTo(now));
    if (seconds < 60) {
        return tr("just now");
    }
    if (seconds < 3600) {
        return tr("%n min ago", nullptr, int(seconds / 60));
    }
    if (seconds < 24 * 3600) {
        return tr("%n h ago", nullptr, int(seconds / 3600));
    }
    return tr("on %1").arg(QLocale().toString(then.toLocalTime().date(), QLocale::ShortFormat));
}

QString PostingNotes::clockTime(const QDateTime &when, const QDateTime &now)
{
    const QDateTime local = when.toLocalTime();
    if (local.date() == now.toLocalTime().date()) {
        return QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    }
    return localShort(when);
}

QString PostingNotes::dayAndTime(const QDateTime &when, const QDateTime &now)
{
    const QDateTime local = when.toLocalTime();
    // A weekday names one day only within a week either side; further away it needs the date.
    if (std::abs(now.toLocalTime().date().daysTo(local.date())) <= 6) {
        return QLocale().toString(local, QStringLiteral("ddd HH:mm"));
    }
    return localShort(when);
}

PostingNote PostingNotes::forPost(const PostOutcome &outcome, bool sandbox, const QDateTime &now)
{
    PostingNote note;
    switch (outcome.kind) {
    case PostOutcome::Kind::Posted:
        note.validWhile = TweetStatus::Posted;
        if (sandbox) {
            note.text = tr("Posted just now, to the local Sandbox server only");
        } else {
            note.text = tr("Posted just now");
            note.link = PostingNote::Link::OpenOnX;
        }
        return note;
    case PostOutcome::Kind::Failed:
        if (outcome.category == Models::XErrorCategory::UsageCapped) {
            note = forUsageCap(outcome.message);
            note.validWhile = TweetStatus::Failed;
            return note;
        }
        // The Post button beside it is back, labelled Retry: nothing reached X.
        note.validWhile = TweetStatus::Failed;
        note.problem = true;
        note.text = tr("Not posted: %1").arg(outcome.message);
        return note;
    case PostOutcome::Kind::Unknown:
        note.validWhile = TweetStatus::Unknown;
        note.problem = true;
        note.text = tr("Outcome unknown");
        note.link = PostingNote::Link::Verify;
        note.detail =
            tr("X may have published it (%1). Nothing more is sent until it is verified.").arg(outcome.message);
        return note;
    case PostOutcome::Kind::Error:
        note.problem = true;
        note.text = tr("Not sent: %1").arg(outcome.message);
        return note;
    case PostOutcome::Kind::Refused:
        break;
    }

    note.problem = true;
    switch (outcome.refusal) {
    case ClaimRefusal::AlreadyPosted: {
        note.problem = false;
        note.validWhile = TweetStatus::Posted;
        const QString when = ago(outcome.postedAt, now);
        note.text = when.isEmpty() ? tr("Already posted") : tr("Already posted %1").arg(when);
        if (sandbox) {
            note.text = tr("%1, to the local Sandbox server only").arg(note.text);
        } else {
            note.link = PostingNote::Link::OpenOnX;
        }
        return note;
    }
    case ClaimRefusal::AlreadyPosting:
        note.problem = false;
        note.validWhile = TweetStatus::Posting;
        note.text = tr("Being posted from another window");
        note.detail = tr("Its answer from X shows here when it comes; nothing more was sent from this one.");
        return note;
    case ClaimRefusal::NeedsVerify:
        note.validWhile = TweetStatus::Unknown;
        note.text = tr("Outcome unknown");
        note.link = PostingNote::Link::Verify;
        note.detail = tr("The last attempt may have reached X. Nothing is sent again until it is verified.");
        return note;
    case ClaimRefusal::RateLimited:
        note.text = outcome.retryAt.isValid()
            ? tr("Waiting for X's limit \u2014 resumes %1").arg(clockTime(outcome.retryAt, now))
            : tr("Waiting for X's limit");
        note.detail = tr("Nothing was sent. X allows a limited number of posts per account in a period.");
        return note;
    case ClaimRefusal::ImagesChanged:
        note.text = tr("Not sent: the images changed while they were uploading. Post it again.");
        return note;
    case ClaimRefusal::Busy:
        note.text = tr("Not sent: the database is busy (another window or process is writing). Try again in "
                       "a moment.");
        return note;
    case ClaimRefusal::ImagesMissing:
        note.problem = true;
        note.text = tr("Held: an image of this tweet is missing");
        note.detail = outcome.message;
        return note;
    case ClaimRefusal::UploadFailed:
        // Nothing was claimed: the tweet is as it was, and Post now tries the upload again.
        note.problem = true;
        note.text = tr("Not sent: X did not take the images");
        note.detail = outcome.message;
        return note;
    case ClaimRefusal::Disabled:
        note.text = tr("Not sent: this tweet is disabled.");
        return note;
    case ClaimRefusal::NotFound:
        note.text = tr("This tweet no longer exists.");
        return note;
    case ClaimRefusal::UsageCapped:
        return forUsageCap(outcome.message);
    case ClaimRefusal::NoCredentials:
        // Nothing was claimed: the tweet stays as it was, for a computer that has the keys (a teammate's)
        // or for this one once they are added. The engine's sentence names the account and the way out.
        note.problem = true;
        note.text = tr("Not sent from this computer: it cannot use this account's X keys");
        note.detail = outcome.message;
        return note;
    case ClaimRefusal::InvalidText:
    case ClaimRefusal::NoAccount:
    case ClaimRefusal::DatabaseError:
    case ClaimRefusal::None:
        break;
    }
    note.text = tr("Not sent: %1").arg(outcome.message);
    return note;
}

PostingNote PostingNotes::forVerify(const PostOutcome &outcome, bool sandbox)
{
    PostingNote note;
    switch (outcome.kind) {
    case PostOutcome::Kind::Posted:
        note.validWhile = TweetStatus::Posted;
        if (sandbox) {
            note.text = tr("Verified: it is on the local Sandbox server (not on X)");
        } else {
            note.text = tr("Verified: it is on X");
            note.link = PostingNote::Link::OpenOnX;
        }
        return note;
    case PostOutcome::Kind::Failed:
        note.validWhile = TweetStatus::Failed;
        note.text = tr("Verified not published \u2014 it is safe to post it again");
        return note;
    case PostOutcome::Kind::Unknown:
        note.validWhile = TweetStatus::Unknown;
        note.problem = true;
        note.text = tr("Still unknown");
        note.link = PostingNote::Link::Verify;
        note.detail = outcome.message;
        return note;
    case PostOutcome::Kind::Refused:
    case PostOutcome::Kind::Error:
        break;
    }
    note.problem = true;
    note.text = tr("Not verified: %1").arg(outcome.message);
    return note;
}

PostingNote PostingNotes::forConfig(const Models::TweetConfig &config, DisplayStatus status, bool sandbox,
                                    const QDateTime &now)
{
    PostingNote note;
    note.validWhile = config.status;
    switch (status) {
    case DisplayStatus::Pending:
        note.text = tr("Ready to post.");
        break;
    case DisplayStatus::Scheduled:
        if (config.status == TweetStatus::Failed && config.nextRetryAt.isValid()) {
            note.text =
                tr("Not posted yet; it is tried again automatically at %1.").arg(clockTime(config.nextRetryAt, now));
            note.detail = config.lastError;
        } else if (config.status == TweetStatus::Failed && !config.lastError.isEmpty()) {
            note.text = tr("Not posted yet; it will be tried again automatically.");
            note.detail = config.lastError;
        } else if (config.nextRetryAt.isValid()) {
            // The scheduler found it due while the account was out of posts (PostingStore::deferUntil).
            // The words are made here from the time, not read from last_error, so they follow this
            // window's locale and clock.
            note.text = tr("Waiting for X's limit \u2014 resumes %1").arg(clockTime(config.nextRetryAt, now));
            note.detail = tr("X allows a limited number of posts per account in a period. It goes out when the "
                             "limit resets, even if that is past its time.");
        } else if (config.scheduledAt.isValid()) {
            note.text = tr("Scheduled for %1.").arg(localShort(config.scheduledAt));
        } else {
            note.text = tr("Waiting to be posted automatically.");
        }
        break;
    case DisplayStatus::Missed:
        note.problem = true;
        note.text = tr("Missed its time (%1); it is not posted late unasked. Post it now or reschedule it.")
                        .arg(localShort(config.scheduledAt));
        break;
    case DisplayStatus::Posting:
        note.text = tr("Posting\u2026 waiting for X's answer.");
        break;
    case DisplayStatus::Posted: {
        const QString when = ago(config.postedAt, now);
        if (sandbox) {
            note.text = when.isEmpty() ? tr("Posted to the local Sandbox server only")
                                       : tr("Posted %1, to the local Sandbox server only").arg(when);
        } else {
            note.text = when.isEmpty() ? tr("Posted") : tr("Posted %1").arg(when);
            note.link = PostingNote::Link::OpenOnX;
        }
        break;
    }
    case DisplayStatus::Failed:
        note.problem = true;
        note.text = config.lastError.isEmpty() ? tr("Not posted.") : tr("Not posted: %1").arg(config.lastError);
        break;
    case DisplayStatus::Unknown:
        note.problem = true;
        note.text = tr("Outcome unknown");
        note.link = PostingNote::Link::Verify;
        note.detail = config.lastError.isEmpty()
            ? tr("The last attempt may have reached X. Nothing is sent again until it is verified.")
            : config.lastError;
        break;
    case DisplayStatus::Disabled:
        note.text = tr("Disabled: it is not posted until you enable it again.");
        break;
    case DisplayStatus::Held:
        // Why (too long, account gone) is the second line: the window puts the post blocker there.
        note.problem = true;
        note.text = tr("Held: it can't be sent as it stands, and is not posted until you change the tweet, its "
                       "episode or its account.");
        break;
    }
    return note;
}

PostingNote PostingNotes::forUsageCap(const QString &message)
{
    PostingNote note;
    note.problem = true;
    note.text = tr("Posting stopped on this account: X's usage cap is reached");
    note.link = PostingNote::Link::ResumePosting;
    note.detail = tr("Nothing more goes out on it until you raise the cap on X and resume posting here.");
    if (!message.isEmpty()) {
        note.detail = tr("X said: %1 %2").arg(message, note.detail);
    }
    return note;
}

QString PostingNotes::forLimits(const std::optional<Models::AccountLimits> &limits, const QDateTime &now)
{
    if (limits && limits->usageCapped) {
        return tr("Posting stopped: X's usage cap is reached");
    }
    QStringList parts;
    if (limits && limits->pausedUntil.isValid() && limits->pausedUntil > now) {
        parts.append(tr("X paused posting until %1").arg(clockTime(limits->pausedUntil, now)));
    }
    // A count whose reset time has passed says nothing any more: X renewed it, and the next answer
    // brings the new number.
    auto window = [&parts, &now](const std::optional<int> &remaining, const QDateTime &reset, const QString &period,
                                 const QString &renewed, bool withDay) {
        if (!remaining) {
            return;
        }
        if (reset.isValid() && reset <= now) {
            parts.append(renewed.arg(clockTime(reset, now)));
            return;
        }
        const QString until = withDay ? dayAndTime(reset, now) : clockTime(reset, now);
        // English's "1 post" comes from episodedesk_en.ts, which holds the plural forms only.
        if (reset.isValid()) {
            parts.append(tr("%n posts left until %1 (%2)", nullptr, int(*remaining)).arg(until, period));
        } else {
            parts.append(tr("%n posts left (%1)", nullptr, int(*remaining)).arg(period));
        }
    };
    if (limits) {
        window(limits->windowRemaining, limits->windowReset, tr("15-minute window"),
               tr("15-minute limit renewed at %1"), false);
        window(limits->dayRemaining, limits->dayReset, tr("24 hours"), tr("24-hour limit renewed at %1"), true);
    }
    if (parts.isEmpty()) {
        return tr("Posts left: unknown until the first post (X tells with each answer)");
    }
    QString text = parts.join(tr(" \u00b7 "));
    if (limits->updatedAt.isValid()) {
        text = tr("%1 \u2014 as of %2").arg(text, clockTime(limits->updatedAt, now));
    }
    return text;
}

} // namespace EpisodeDesk::Ui
