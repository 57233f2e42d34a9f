// SPDX-FileCopyrightText: 2026 EpisodeDesk contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <mutex>

namespace EpisodeDesk::Tests {

// Stops the posting thread that enters it (from a test hook such as Options::afterClaim) until
// release(). std::condition_variable, so the hand-over is visible to ThreadSanitizer.
class SenderGate final
{
public:
    void wait()
    {
        std::unique_lock lock(m_mutex);
        ++m_frozen;
        m_opened.wait(lock, [this] { return !m_held; });
    }
    void release()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_held = false;
        }
        m_opened.notify_all();
    }
    int frozenCount()
    {
        const std::lock_guard lock(m_mutex);
        return m_frozen;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_opened;
    bool m_held = true;
    int m_frozen = 0;
};

} // namespace EpisodeDesk::Tests
