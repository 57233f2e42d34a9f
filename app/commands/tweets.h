// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside the tweets group: its read-only commands live in tweetviews.cpp, the rest in tweets.cpp.

namespace EpisodeDesk::App::Commands {

class Invocation;

int listTweets(Invocation &invocation); // tweets list [--json]
int showTweet(Invocation &invocation); // tweets show ID [--json]

} // namespace EpisodeDesk::App::Commands
