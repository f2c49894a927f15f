#include "pull/LiveBatcher.h"

#include "pull/PullText.h"

namespace steward::pull {

namespace {

// A live run goes on until it is stopped; a week of schedule is far beyond any session, and costs nothing up front.
constexpr qint64 LiveDurationS = qint64{7} * 24 * 3600;

QString refusedReason(const BucketKey &key, const std::optional<RateLimitPolicy> &policy)
{
    const QString limit = policy
                              ? PullText::tr("%1 pulls per %2 s, as it reports").arg(policy->limit).arg(policy->windowS)
                              : PullText::tr("its limit");
    return key.authenticated ? PullText::tr("%1 answered 429: the pulls of account %2 are used up (%3); they succeed "
                                            "again as its window slides.")
                                   .arg(key.registry, key.who, limit)
                             : PullText::tr("%1 answered 429: the anonymous pulls of address %2 are used up (%3); give "
                                            "the image a registry login, or wait for the window to slide.")
                                   .arg(key.registry, key.who, limit);
}

} // namespace

std::shared_ptr<const FleetPlan> LiveBatcher::livePlan(const FleetPlan &fleetPlan)
{
    auto plan = std::make_shared<FleetPlan>(fleetPlan);
    for (QHash<QString, HeldImage> &held : plan->held)
        held.clear();
    plan->scenario.durationS = std::max(plan->scenario.durationS, LiveDurationS);
    // The registry judges the login: every eligible image is pulled (as LiveRunner does).
    for (ImageGroup &group : plan->scenario.images)
        group.credentialsValid = true;
    return plan;
}

LiveBatcher::LiveBatcher(std::shared_ptr<const FleetPlan> plan, qint64 epochMs)
    : m_plan(std::move(plan)), m_fleet(Fleet::build(m_plan->scenario)), m_limiter(m_fleet.limiterPrototype()),
      m_epochMs(epochMs)
{
    const int images = m_fleet.imageCount();
    m_cells.assign(size_t(m_fleet.agentCount()) * size_t(images), Cell{});
    m_quotas.assign(size_t(m_limiter.bucketCount()), Quota{});
    m_present.assign(size_t(images), 0);
    m_failing.assign(size_t(images), 0);
    m_eligible.assign(size_t(images), 0);
    for (int agent = 0; agent < m_fleet.agentCount(); ++agent) {
        for (const PullGroup &group : m_fleet.profile(agent).pullGroups) {
            for (int image : group.images)
                ++m_eligible[size_t(image)];
        }
    }
    startBatch();
}

void LiveBatcher::startBatch()
{
    m_batch = FleetBatch{};
    m_batch.plan = m_plan;
    m_batch.live = true;
    m_batch.epochMs = m_epochMs;
    m_batch.fromMs = m_fromMs;
    m_batch.images.resize(m_fleet.imageCount());
    m_batch.buckets.resize(m_limiter.bucketCount());
    m_changeAt.clear();
    m_pending = 0;
}

qint32 LiveBatcher::indexOf(QStringList &table, QHash<QString, qint32> &index, const QString &text)
{
    if (const auto it = index.constFind(text); it != index.cend())
        return it.value();
    const auto at = qint32(table.size());
    table << text;
    index.insert(text, at);
    return at;
}

void LiveBatcher::add(const PullEvent &event, const QString &reason, const LiveObservation &observed)
{
    if (event.agent < 0 || event.agent >= m_fleet.agentCount() || event.image < 0 ||
        event.image >= m_fleet.imageCount() || event.bucket < 0 || event.bucket >= m_limiter.bucketCount())
        return;
    ++m_pending;
    ++m_pullsSoFar;
    Counters &c = m_batch.counters;
    FleetImageTally &tally = m_batch.images[event.image];
    ++c.pullsAttempted;
    ++tally.attempted;
    const bool refused = event.kind == PullEvent::Kind::RateLimited;
    if (event.kind == PullEvent::Kind::Pulled || event.kind == PullEvent::Kind::Refreshed) {
        ++c.pullsSucceeded;
        ++tally.succeeded;
        ++m_batch.buckets[event.bucket].counted;
        ++m_quotas[size_t(event.bucket)].counted;
        succeeded(event, observed);
    } else if (refused) {
        ++c.pullsRateLimited;
        ++tally.rateLimited;
        FleetBucketTally &bucket = m_batch.buckets[event.bucket];
        ++bucket.rateLimited;
        if (!bucket.firstRateLimitedMs)
            bucket.firstRateLimitedMs = event.atMs;
        if (!c.firstRateLimitedMs)
            c.firstRateLimitedMs = event.atMs;
        const BucketKey &key = m_limiter.key(event.bucket);
        failed(event, refusedReason(key, m_quotas[size_t(event.bucket)].reportedPolicy));
    } else {
        ++c.pullsFailedOther;
        ++tally.failed;
        failed(event, reason.isEmpty() ? PullText::tr("the pull failed") : reason);
    }
    observe(event.bucket, observed, refused);
}

void LiveBatcher::observe(int bucket, const LiveObservation &observed, bool refused)
{
    Quota &quota = m_quotas[size_t(bucket)];
    const registry::RateLimit &limit = observed.rateLimit;
    if (limit.limited && limit.limit >= 0) {
        const qint64 window = limit.windowSeconds > 0 ? limit.windowSeconds : 21600;
        quota.reportedPolicy = RateLimitPolicy{limit.limit, window};
        quota.reportedUsed = limit.remaining >= 0 ? std::max(0, limit.limit - limit.remaining) : quota.reportedUsed;
    } else if (refused && observed.answered && quota.reportedPolicy) {
        quota.reportedUsed = quota.reportedPolicy->limit; // a 429: nothing is left
    }
}

void LiveBatcher::succeeded(const PullEvent &event, const LiveObservation &observed)
{
    Cell &held = cell(event.agent, event.image);
    const qint32 digest = observed.digest.isEmpty() ? -1 : indexOf(m_digests, m_digestIndex, observed.digest);
    const bool wasFailing = held.reason >= 0;
    if (wasFailing) {
        held.reason = -1;
        held.failingSinceMs = -1;
        --m_failing[size_t(event.image)];
    }
    if (held.digest < 0) {
        held.digest = digest >= 0 ? digest : indexOf(m_digests, m_digestIndex, QString());
        held.sinceMs = event.atMs;
        ++m_present[size_t(event.image)];
        ++m_batch.arrived;
        note(event.agent, event.image, FleetChange::Kind::Arrived, event.atMs);
    } else if (digest >= 0 && digest != held.digest) {
        held.digest = digest;
        held.sinceMs = event.atMs;
        ++m_batch.moved;
        note(event.agent, event.image, FleetChange::Kind::Moved, event.atMs);
    } else if (wasFailing) {
        ++m_batch.recovered;
        note(event.agent, event.image, FleetChange::Kind::Recovered, event.atMs);
    }
}

void LiveBatcher::failed(const PullEvent &event, const QString &reason)
{
    Cell &held = cell(event.agent, event.image);
    const qint32 index = indexOf(m_reasons, m_reasonIndex, reason);
    if (held.reason == index)
        return; // the same failure again: only counted
    if (held.reason < 0) {
        ++m_failing[size_t(event.image)];
        held.failingSinceMs = event.atMs;
    }
    held.reason = index;
    ++m_batch.failures;
    note(event.agent, event.image, FleetChange::Kind::Failed, event.atMs);
}

void LiveBatcher::note(int agent, int image, FleetChange::Kind kind, qint64 atMs)
{
    const Cell &held = m_cells[size_t(agent) * size_t(m_fleet.imageCount()) + size_t(image)];
    const FleetChange change{kind, agent, image, held.digest, held.sinceMs, held.reason, held.failingSinceMs, atMs};
    const qint64 key = qint64(agent) * m_fleet.imageCount() + image;
    if (const auto it = m_changeAt.constFind(key); it != m_changeAt.cend()) {
        m_batch.changes[it.value()] = change;
        return;
    }
    m_changeAt.insert(key, m_batch.changes.size());
    m_batch.changes << change;
}

FleetBatch LiveBatcher::take(qint64 untilMs)
{
    FleetBatch out = std::exchange(m_batch, FleetBatch{});
    out.untilMs = std::max(untilMs, m_fromMs);
    qint64 checkIns = 0;
    for (int agent = 0; agent < m_fleet.agentCount(); ++agent) {
        const qint64 n = m_fleet.checkInsBefore(agent, out.untilMs);
        checkIns += n;
        out.lastCheckInMs << (n > 0 ? m_fleet.phaseMs(agent) + (n - 1) * m_fleet.checkInMs() : -1);
    }
    out.counters.checkIns = checkIns - m_checkInsCounted;
    m_checkInsCounted = checkIns;
    for (int image = 0; image < m_fleet.imageCount(); ++image) {
        out.images[image].eligibleAgents = m_eligible[size_t(image)];
        out.images[image].presentAgents = m_present[size_t(image)];
        out.images[image].failingAgents = m_failing[size_t(image)];
    }
    for (int id = 0; id < m_limiter.bucketCount(); ++id) {
        FleetBucketTally &bucket = out.buckets[id];
        const Quota &quota = m_quotas[size_t(id)];
        bucket.key = m_limiter.key(id);
        bucket.reported = quota.reportedPolicy.has_value();
        // Until the registry says (or when it never does), the run's own count against the modelled limit.
        bucket.policy =
            bucket.reported ? quota.reportedPolicy : m_limiter.policy(bucket.key.registry, bucket.key.authenticated);
        bucket.usedInWindow = bucket.reported ? quota.reportedUsed : quota.counted;
    }
    out.digests = m_digests;
    out.reasons = m_reasons;
    m_fromMs = out.untilMs;
    startBatch();
    return out;
}

} // namespace steward::pull
