// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postingnotes.h"

#include <QHash>

#include <optional>

namespace EpisodeDesk::Ui {

// The window's half of "at most once": which tweets it is waiting on, and what the posting engine last
// said about each. GUI thread only; MainWindow owns one.
//
//     if (!requests.begin(id, PostingRequests::Stage::Confirming)) return;  // already waiting: do nothing
//     requests.send(id);                                                    // post() is queued now
//     ... postFinished arrives ...
//     requests.answer(id, note);                                            // shown until the next reload
//     ... the models re-read the database ...
//     requests.settle();
//
// A tweet waits from the click until the reload after its answer, not just until the answer: between
// the two the models still show the old state, and the Post button must not come back on it.
class PostingRequests final
{
public:
    enum class Stage
    {
        None,
        Confirming, // the confirmation dialog is open
        Posting, // post() queued, no answer yet
        Verifying, // verify() queued, no answer yet
        SettlingPost, // answered; the models have not re-read the database since
        SettlingVerify,
    };

    Stage stage(qint64 configId) const { return m_stages.value(configId, Stage::None); }
    bool isWaiting(qint64 configId) const { return stage(configId) != Stage::None; }
    // The row shows "Posting…" from the queued post until the reload after its answer.
    bool showsPosting(qint64 configId) const;
    bool anyShowsPosting() const;
    // Posts queued and not answered yet (what quitting now would abandon).
    int postsInFlight() const;

    // Starts waiting (Confirming, Posting or Verifying); false, changing nothing, when already waiting.
    bool begin(qint64 configId, Stage stage);
    void cancel(qint64 configId);
    // Confirming → Posting; the latest answer is forgotten.
    void send(qint64 configId);
    // Posting or Verifying → Settling, keeping the note. Returns whether the answer was awaited here (the
    // scheduler's posts are answered too).
    bool answer(qint64 configId, bool verify, const PostingNote &note);
    // After a reload: every settling tweet is done.
    void settle();

    // The latest answer about a tweet, while it still describes the stored state (or is settling).
    std::optional<PostingNote> latestNote(qint64 configId, Models::TweetStatus stored) const;

private:
    QHash<qint64, Stage> m_stages;
    QHash<qint64, PostingNote> m_notes;
};

} // namespace EpisodeDesk::Ui
