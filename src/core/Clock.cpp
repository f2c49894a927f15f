#include "core/Clock.h"

namespace steward {

Clock::~Clock() = default;

QDateTime Clock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC);
}

qint64 WallClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

const WallClock &WallClock::instance()
{
    static const WallClock clock;
    return clock;
}

VirtualClock::VirtualClock(qint64 startMs) : m_nowMs(startMs)
{}

qint64 VirtualClock::nowMs() const
{
    return m_nowMs;
}

void VirtualClock::setMs(qint64 ms)
{
    m_nowMs = ms;
}

void VirtualClock::advanceMs(qint64 deltaMs)
{
    m_nowMs += deltaMs;
}

} // namespace steward
