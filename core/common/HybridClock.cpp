#include "HybridClock.h"

namespace kontor {

qint64 HybridClock::tick()
{
    std::lock_guard lock(m_mutex);
    const qint64 wall = make(m_clock.nowMs(), 0);
    m_last = wall > m_last ? wall : m_last + 1;
    return m_last;
}

void HybridClock::observe(qint64 remoteStamp)
{
    std::lock_guard lock(m_mutex);
    if (remoteStamp > m_last)
        m_last = remoteStamp;
}

} // namespace kontor
