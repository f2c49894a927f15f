#pragma once

#include "pull/SimulationResult.h"

#include <functional>
#include <vector>

namespace steward::pull {

// Keeps the newest `capacity` events that pass the filter: the GUI asks for a sample, never gets millions.
class EventLog
{
public:
    using Filter = std::function<bool(const PullEvent &)>;

    EventLog(qsizetype capacity, Filter filter);

    void add(const PullEvent &event);
    bool enabled() const { return m_capacity > 0; }
    qint64 matched() const { return m_matched; }
    // Oldest first, then sorted by time (folded events are added when they are known, not when they start).
    QList<PullEvent> events() const;

private:
    qsizetype m_capacity;
    Filter m_filter;
    std::vector<PullEvent> m_ring;
    size_t m_next = 0;
    qint64 m_matched = 0;
};

} // namespace steward::pull
