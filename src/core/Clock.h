#pragma once

#include <QDateTime>

namespace steward {

// Time is injected so that schedules (check-ins, token expiry, Retry-After) are tested in microseconds.
class Clock
{
public:
    virtual ~Clock();
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
    QDateTime now() const;
};

class WallClock final : public Clock
{
public:
    qint64 nowMs() const override;
    // One process-wide instance; stateless, so sharing it across threads is safe.
    static const WallClock &instance();
};

// A clock that only moves when told to. Not thread-safe: owned by the thread that advances it.
class VirtualClock final : public Clock
{
public:
    explicit VirtualClock(qint64 startMs = 0);
    qint64 nowMs() const override;
    void setMs(qint64 ms);
    void advanceMs(qint64 deltaMs);

private:
    qint64 m_nowMs;
};

} // namespace steward
