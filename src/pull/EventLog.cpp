#include "pull/EventLog.h"

#include <algorithm>

namespace steward::pull {

EventLog::EventLog(qsizetype capacity, Filter filter)
    : m_capacity(std::max<qsizetype>(0, capacity)), m_filter(std::move(filter))
{}

void EventLog::add(const PullEvent &event)
{
    if (m_capacity == 0 || (m_filter && !m_filter(event)))
        return;
    ++m_matched;
    if (qsizetype(m_ring.size()) < m_capacity) {
        m_ring.push_back(event);
        return;
    }
    m_ring[m_next] = event;
    m_next = (m_next + 1) % m_ring.size();
}

QList<PullEvent> EventLog::events() const
{
    QList<PullEvent> out;
    out.reserve(qsizetype(m_ring.size()));
    for (size_t i = 0; i < m_ring.size(); ++i)
        out.append(m_ring[(m_next + i) % m_ring.size()]);
    std::stable_sort(out.begin(), out.end(), [](const PullEvent &a, const PullEvent &b) { return a.atMs < b.atMs; });
    return out;
}

} // namespace steward::pull
