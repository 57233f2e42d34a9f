// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace EpisodeDesk::Models {
struct AccountLimits;
struct PostOutcome;
} // namespace EpisodeDesk::Models

namespace EpisodeDesk::Ui {

// One line the window shows next to a tweet's Post button: what is true about it right now, in plain
// words, with at most one thing to do about it ("Already posted 2 min ago — Open on X").
struct PostingNote
{
    enum class Link
    {
        None,
        OpenOnX, // the post's page on X
        Verify, // ask X whether an unknown attempt was published
        ResumePosting, // the user raised X's usage cap: lift the account's stop
    };

    QString text;
    Link link = Link::None;
    QString detail; // a second, smaller line: the engine's reason in its own words
    bool problem = false; // painted as a warning (in words first, colour second)
    // The stored state this note describes. A note about an answer stops being shown once the tweet
    // has moved on (another window posted it, a verify settled it); nullopt: about any state.
    std::optional<Models::TweetStatus> validWhile;

    QString linkText() const;
    // "text — link" plus the detail on its own line: what a screen reader, the status bar and tests read.
    QString plainText() const;
    // Rich text for a QLabel; the link's href is linkHref(link).
    QString html() const;
    bool isEmpty() const { return text.isEmpty(); }

    static QString linkHref(Link link);
    static std::optional<Link> linkFromHref(const QString &href);
};

// Turns what the posting engine answered, or what a tweet's row says, into a PostingNote. Pure
// functions of their arguments (the time included), so each wording is tested on its own.
class PostingNotes final
{
    Q_DECLARE_TR_FUNCTIONS(PostingNotes)

public:
    PostingNotes() = delete;

    // After PostingService::postFinished. `sandbox`: the tweet's account is a Sandbox account, whose
    // posts exist on the local test server only and have no page on X.
    static PostingNote forPost(const Models::PostOutcome &outcome, bool sandbox, const QDateTime &now);
    // After PostingService::verifyFinished.
    static PostingNote forVerify(const Models::PostOutcome &outcome, bool sandbox);
    // What a tweet's stored state says when no answer is fresher.
    static PostingNote forConfig(const Models::TweetConfig &config, Models::DisplayStatus status, bool sandbox,
                                 const QDateTime &now);

    // What a tweet of a usage-capped account says instead of its own state: nothing of that account
    // goes out until the user raises the cap on X and resumes posting here. `message` is X's words.
    static PostingNote forUsageCap(const QString &message);
    // How many posts X said the account has left, and until when, for the tweet pane header and the
    // Accounts dialog: "49 posts left until 14:05 (15-minute window) · 17 until Wed 09:00 (24 hours) —
    // as of 13:52". nullopt: X never told us (nothing posted on the account yet).
    static QString forLimits(const std::optional<Models::AccountLimits> &limits, const QDateTime &now);

    // "just now", "2 min ago", "3 h ago", "on 05/01/2026".
    static QString ago(const QDateTime &then, const QDateTime &now);
    // "14:05" today, the short date and time otherwise; in local time.
    static QString clockTime(const QDateTime &when, const QDateTime &now);
    // "Tue 09:30" within six days of now, the short date and time further away; in local time.
    static QString dayAndTime(const QDateTime &when, const QDateTime &now);
};

} // namespace EpisodeDesk::Ui
