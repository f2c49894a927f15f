#pragma once

#include "pull/Scenario.h"

#include <QHash>
#include <QString>

#include <span>
#include <vector>

namespace steward::pull {

// Counted pulls of one bucket (a registry's anonymous quota for one source, or its quota for one account) in a
// sliding window: a pull at t counts in (t - window, t], so no window of that length holds more than `limit`.
// Keeps the full history (runs of pulls at the same instant) so that use over time can be charted afterwards.
class WindowCounter
{
public:
    struct Run
    {
        qint64 atMs;
        qint64 count;
    };

    WindowCounter() = default;
    // limit < 0: unlimited (pulls are still counted, over `windowMs`, for the peak).
    WindowCounter(qint64 limit, qint64 windowMs);

    // Admits up to n pulls at `nowMs` (never earlier than a previous call) and returns how many were admitted.
    qint64 acquire(qint64 nowMs, qint64 n);
    // Pulls counted in (nowMs - window, nowMs].
    qint64 used(qint64 nowMs);
    qint64 remaining(qint64 nowMs);
    // The first time at or after nowMs at which one more pull would be admitted.
    qint64 availableAt(qint64 nowMs);
    // Pulls made elsewhere (other tools, other hosts) that a registry's ratelimit-remaining header reveals.
    void addForeign(qint64 nowMs, qint64 n);

    bool limited() const { return m_limit >= 0; }
    qint64 limit() const { return m_limit; }
    qint64 windowMs() const { return m_windowMs; }
    void setPolicy(qint64 limit, qint64 windowMs);
    qint64 peak() const { return m_peak; }
    qint64 counted() const { return m_counted; }
    // Every run kept: all of them unless history is off, then about those of the last window.
    const std::vector<Run> &history() const { return m_runs; }
    // The runs that were inside the window at the last look (later runs included), oldest first.
    std::span<const Run> recentRuns() const { return std::span<const Run>(m_runs).subspan(m_head); }
    // Off: runs are forgotten once they leave the window, so memory follows the window, not the duration. A
    // simulation turns it off (its policies never change); live runs keep it, so a longer window learned from
    // headers can count the older runs again.
    void setKeepHistory(bool keep) { m_keepHistory = keep; }

private:
    void expire(qint64 nowMs);

    qint64 m_limit = -1;
    qint64 m_windowMs = 1;
    std::vector<Run> m_runs; // admitted runs in time order; [m_head, end) are inside the window
    size_t m_head = 0;
    bool m_keepHistory = true;
    qint64 m_inWindow = 0;
    qint64 m_peak = 0;
    qint64 m_counted = 0;
};

// Where a pull is counted: per egress source when anonymous, per account when logged in.
struct BucketKey
{
    QString registry;
    bool authenticated = false;
    QString who; // the source address or the account name

    bool operator==(const BucketKey &) const = default;
};

size_t qHash(const BucketKey &key, size_t seed = 0);

// What a registry's ratelimit-* headers said about one bucket (already parsed: "100;w=21600" -> 100, 21600).
struct RateLimitObservation
{
    bool present = false; // no headers at all: no limit applies to this bucket
    qint64 limit = 0;
    qint64 windowS = 0;
    std::optional<qint64> remaining;
};

// The rate-limit model of every registry: its policies and one WindowCounter per bucket.
// Not thread-safe: owned by the engine's thread.
class RateLimiter
{
public:
    // reportWindowS: the window over which unlimited buckets are measured.
    explicit RateLimiter(qint64 reportWindowS = 21600);

    void setPolicies(const RegistrySpec &registry);
    std::optional<RateLimitPolicy> policy(const QString &registry, bool authenticated) const;

    // A stable index for the bucket, created on first use with the registry's current policy.
    int bucketId(const BucketKey &key);
    WindowCounter &bucket(int id) { return m_buckets[size_t(id)]; }
    const WindowCounter &bucket(int id) const { return m_buckets[size_t(id)]; }
    const BucketKey &key(int id) const { return m_keys[size_t(id)]; }
    int bucketCount() const { return int(m_buckets.size()); }

    // See WindowCounter::setKeepHistory; applies to every bucket, present and future.
    void setKeepHistory(bool keep);

    // Learns from live headers: the policy of the bucket's kind on that registry, and pulls made by others.
    void observe(const BucketKey &key, const RateLimitObservation &observation, qint64 nowMs);

private:
    struct Policies
    {
        std::optional<RateLimitPolicy> anonymous;
        std::optional<RateLimitPolicy> authenticated;
    };
    WindowCounter makeCounter(const std::optional<RateLimitPolicy> &policy) const;

    qint64 m_reportWindowMs;
    bool m_keepHistory = true;
    QHash<QString, Policies> m_policies;
    QHash<BucketKey, int> m_ids;
    std::vector<BucketKey> m_keys;
    std::vector<WindowCounter> m_buckets;
};

} // namespace steward::pull
