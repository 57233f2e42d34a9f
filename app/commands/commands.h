// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace EpisodeDesk::App::Commands {

class Invocation;

// One entry per command group, one file each (as git's builtin/), listed in commandtable.cpp's table.
// Each runs `episodedesk GROUP [SUBCOMMAND] …` and returns the exit code, or nothing when the
// subcommand is not one of the group's (the dispatcher then prints the usage).
std::optional<int> runAccounts(Invocation &invocation); // accounts.cpp: add, list
std::optional<int> runEpisodes(Invocation &invocation); // episodes.cpp: add, edit, delete, list
std::optional<int> runTweets(Invocation &invocation); // tweets.cpp, tweetviews.cpp: add, edit, delete, show, list
std::optional<int> runPost(Invocation &invocation); // post.cpp: post ID
std::optional<int> runVerify(Invocation &invocation); // post.cpp: verify ID
std::optional<int> runText(Invocation &invocation); // text.cpp: check
std::optional<int> runScheduler(Invocation &invocation); // scheduler.cpp: run
std::optional<int> runDb(Invocation &invocation); // db.cpp: info, copy
std::optional<int> runFeed(Invocation &invocation); // feed.cpp: import, refresh
std::optional<int> runTemplates(Invocation &invocation); // templates.cpp: add, list, remove
std::optional<int> runPrices(Invocation &invocation); // costs.cpp: prices, prices set
std::optional<int> runUsage(Invocation &invocation); // costs.cpp: usage
std::optional<int> runHelp(Invocation &invocation); // reference.cpp: help [GROUP [SUBCOMMAND]], help --man
std::optional<int> runCompletion(Invocation &invocation); // reference.cpp: completion bash|zsh|fish

} // namespace EpisodeDesk::App::Commands
