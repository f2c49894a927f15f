#include "pull/RateLimiter.h"

#include <algorithm>

namespace steward::pull {

WindowCounter::WindowCounter(qint64 limit, qint64 windowMs) : m_limit(limit), m_windowMs(std::max<qint64>(1, windowMs))
{}

void WindowCounter::setPolicy(qint64 limit, qint64 windowMs)
{
    m_limit = limit;
    m_windowMs = std::max<qint64>(1, windowMs);
    // A longer window can bring expired runs back; the history is kept, so recount from it.
    m_head = 0;
    m_inWindow = 0;
    for (const Run &run : m_runs)
        m_inWindow += run.count;
}

void WindowCounter::expire(qint64 nowMs)
{
    const qint64 oldest = nowMs - m_windowMs; // runs at or before this no longer count
    while (m_head < m_runs.size() && m_runs[m_head].atMs <= oldest) {
        m_inWindow -= m_runs[m_head].count;
        ++m_head;
    }
    // Dropped in batches of at least half the vector, so each run is moved at most a constant number of times.
    if (!m_keepHistory && m_head >= 1024 && m_head * 2 >= m_runs.size()) {
        m_runs.erase(m_runs.begin(), m_runs.begin() + qsizetype(m_head));
        m_head = 0;
    }
}

qint64 WindowCounter::acquire(qint64 nowMs, qint64 n)
{
    if (n <= 0)
        return 0;
    expire(nowMs);
    const qint64 admitted = m_limit < 0 ? n : std::min(n, std::max<qint64>(0, m_limit - m_inWindow));
    if (admitted == 0)
        return 0;
    if (!m_runs.empty() && m_runs.back().atMs == nowMs && m_head < m_runs.size())
        m_runs.back().count += admitted;
    else
        m_runs.push_back(Run{nowMs, admitted});
    m_inWindow += admitted;
    m_counted += admitted;
    m_peak = std::max(m_peak, m_inWindow);
    return admitted;
}

void WindowCounter::addForeign(qint64 nowMs, qint64 n)
{
    if (n <= 0)
        return;
    expire(nowMs);
    if (!m_runs.empty() && m_runs.back().atMs == nowMs && m_head < m_runs.size())
        m_runs.back().count += n;
    else
        m_runs.push_back(Run{nowMs, n});
    m_inWindow += n;
    m_peak = std::max(m_peak, m_inWindow);
}

qint64 WindowCounter::used(qint64 nowMs)
{
    expire(nowMs);
    return m_inWindow;
}

qint64 WindowCounter::remaining(qint64 nowMs)
{
    if (m_limit < 0)
        return std::numeric_limits<qint64>::max();
    return std::max<qint64>(0, m_limit - used(nowMs));
}

qint64 WindowCounter::availableAt(qint64 nowMs)
{
    expire(nowMs);
    if (m_limit < 0 || m_inWindow < m_limit)
        return nowMs;
    if (m_limit == 0)
        return std::numeric_limits<qint64>::max(); // a zero quota never opens
    // Full: the next slot opens when enough of the oldest runs leave the window.
    qint64 excess = m_inWindow - m_limit + 1;
    for (size_t i = m_head; i < m_runs.size(); ++i) {
        excess -= m_runs[i].count;
        if (excess <= 0)
            return m_runs[i].atMs + m_windowMs;
    }
    return std::numeric_limits<qint64>::max();
}

size_t qHash(const BucketKey &key, size_t seed)
{
    return qHashMulti(seed, key.registry, key.authenticated, key.who);
}

RateLimiter::RateLimiter(qint64 reportWindowS) : m_reportWindowMs(reportWindowS * 1000)
{}

WindowCounter RateLimiter::makeCounter(const std::optional<RateLimitPolicy> &policy) const
{
    WindowCounter counter =
        policy ? WindowCounter(policy->limit, policy->windowS * 1000) : WindowCounter(-1, m_reportWindowMs);
    counter.setKeepHistory(m_keepHistory);
    return counter;
}

void RateLimiter::setKeepHistory(bool keep)
{
    m_keepHistory = keep;
    for (WindowCounter &counter : m_buckets)
        counter.setKeepHistory(keep);
}

void RateLimiter::setPolicies(const RegistrySpec &registry)
{
    m_policies.insert(registry.name, Policies{registry.anonymous, registry.authenticated});
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i].registry != registry.name)
            continue;
        const auto &policy = m_keys[i].authenticated ? registry.authenticated : registry.anonymous;
        const WindowCounter fresh = makeCounter(policy);
        m_buckets[i].setPolicy(fresh.limit(), fresh.windowMs());
    }
}

std::optional<RateLimitPolicy> RateLimiter::policy(const QString &registry, bool authenticated) const
{
    const auto it = m_policies.constFind(registry);
    if (it == m_policies.cend())
        return std::nullopt;
    return authenticated ? it->authenticated : it->anonymous;
}

int RateLimiter::bucketId(const BucketKey &key)
{
    const auto it = m_ids.constFind(key);
    if (it != m_ids.cend())
        return *it;
    const int id = int(m_buckets.size());
    m_ids.insert(key, id);
    m_keys.push_back(key);
    m_buckets.push_back(makeCounter(policy(key.registry, key.authenticated)));
    return id;
}

void RateLimiter::observe(const BucketKey &key, const RateLimitObservation &observation, qint64 nowMs)
{
    Policies &policies = m_policies[key.registry];
    std::optional<RateLimitPolicy> learned;
    if (observation.present && observation.limit >= 0 && observation.windowS > 0)
        learned = RateLimitPolicy{int(std::min<qint64>(observation.limit, 1000000000)), observation.windowS};
    (key.authenticated ? policies.authenticated : policies.anonymous) = learned;
    const int id = bucketId(key);
    WindowCounter &counter = m_buckets[size_t(id)];
    const WindowCounter fresh = makeCounter(learned);
    counter.setPolicy(fresh.limit(), fresh.windowMs());
    // The registry knows about pulls we did not make (other hosts behind the address, docker on the agent itself).
    if (learned && observation.remaining) {
        const qint64 registryUsed = learned->limit - std::max<qint64>(0, *observation.remaining);
        counter.addForeign(nowMs, registryUsed - counter.used(nowMs));
    }
}

} // namespace steward::pull
