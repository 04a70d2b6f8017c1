#pragma once

// Hybrid logical clock (Kulkarni et al.): a 64-bit timestamp whose top 48 bits are wall-clock
// milliseconds and whose low 16 bits count events within one millisecond. It never goes back, even
// when the wall clock does, and after receiving a remote stamp it stays above it, so "last writer
// wins" between devices is decided by causality rather than by whose clock is fast.

#include "Clock.h"

#include <mutex>

namespace kontor {

class HybridClock
{
public:
    explicit HybridClock(const Clock& clock)
        : m_clock(clock)
    {}

    // A new stamp for a local event.
    qint64 tick();
    // Merges a stamp seen from another device (or read back from storage at start-up).
    void observe(qint64 remoteStamp);

    static qint64 physicalMs(qint64 stamp) { return stamp >> 16; }
    static qint64 make(qint64 ms, int counter) { return (ms << 16) | (counter & 0xFFFF); }

private:
    const Clock& m_clock;
    std::mutex m_mutex;
    qint64 m_last = 0;
};

} // namespace kontor
