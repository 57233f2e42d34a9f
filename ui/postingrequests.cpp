// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "postingrequests.h"

#include <algorithm>

namespace EpisodeDesk::Ui {

bool PostingRequests::showsPosting(qint64 configId) const
{
    const Stage current = stage(configId);
    return current == Stage::Posting || current == Stage::SettlingPost;
}

bool PostingRequests::anyShowsPosting() const
{
    return std::any_of(m_stages.cbegin(), m_stages.cend(),
                       [](Stage stage) { return stage == Stage::Posting || stage == Stage::SettlingPost; });
}

int PostingRequests::postsInFlight() const
{
    return int(std::count(m_stages.cbegin(), m_stages.cend(), Stage::Posting));
}

bool PostingRequests::begin(qint64 configId, Stage stage)
{
    if (isWaiting(configId) || stage == Stage::None) {
        return false;
    }
    m_stages.insert(configId, stage);
    if (stage != Stage::Confirming) {
        m_notes.remove(configId); // the answer to come replaces it
    }
    return true;
}

void PostingRequests::cancel(qint64 configId)
{
    m_stages.remove(configId);
}

void PostingRequests::send(qint64 configId)
{
    m_stages.insert(configId, Stage::Posting);
    m_notes.remove(configId);
}

bool PostingRequests::answer(qint64 configId, bool verify, const PostingNote &note)
{
    const Stage awaited = verify ? Stage::Verifying : Stage::Posting;
    const bool ours = stage(configId) == awaited;
    // An answer nobody here asked for (the scheduler's post) must not end a wait of another kind.
    if (ours || !isWaiting(configId)) {
        m_stages.insert(configId, verify ? Stage::SettlingVerify : Stage::SettlingPost);
    }
    m_notes.insert(configId, note);
    return ours;
}

void PostingRequests::settle()
{
    for (auto it = m_stages.begin(); it != m_stages.end();) {
        if (*it == Stage::SettlingPost || *it == Stage::SettlingVerify) {
            it = m_stages.erase(it);
        } else {
            ++it;
        }
    }
}

std::optional<PostingNote> PostingRequests::latestNote(qint64 configId, Models::TweetStatus stored) const
{
    const auto latest = m_notes.constFind(configId);
    if (latest == m_notes.constEnd()) {
        return std::nullopt;
    }
    const Stage current = stage(configId);
    if (current == Stage::SettlingPost || current == Stage::SettlingVerify || !latest->validWhile ||
        *latest->validWhile == stored) {
        return *latest;
    }
    return std::nullopt;
}

} // namespace EpisodeDesk::Ui
