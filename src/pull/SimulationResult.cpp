#include "pull/SimulationResult.h"

#include <QJsonArray>

#include <algorithm>

namespace steward::pull {

QString eventKindName(PullEvent::Kind kind)
{
    switch (kind) {
    case PullEvent::Kind::Pulled:
        return QStringLiteral("pulled");
    case PullEvent::Kind::Refreshed:
        return QStringLiteral("refreshed");
    case PullEvent::Kind::RateLimited:
        return QStringLiteral("rate_limited");
    case PullEvent::Kind::CredentialsFailed:
        return QStringLiteral("credentials_failed");
    case PullEvent::Kind::NotFound:
        return QStringLiteral("not_found");
    case PullEvent::Kind::NetworkFailed:
        return QStringLiteral("network_failed");
    case PullEvent::Kind::IntegrityFailed:
        return QStringLiteral("integrity_failed");
    case PullEvent::Kind::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

AgentImageState SimulationResult::state(int agent, int image) const
{
    AgentImageState state;
    if (!m_fleet || agent < 0 || agent >= m_fleet->agentCount() || image < 0 || image >= m_fleet->imageCount())
        return state;
    const AgentProfile &profile = m_fleet->profile(agent);
    state.eligibility = profile.eligibility[size_t(image)];
    if (state.eligibility != Eligibility::Eligible)
        return state;
    const int group = profile.groupOfImage[size_t(image)];
    if (group < 0) {
        state.status = ImageStatus::CredentialsFailed;
        return state;
    }
    const size_t slot = size_t(m_fleet->slotBase(agent) + group);
    const int position = profile.positionOfImage[size_t(image)];
    if (position >= (*m_pulled)[slot]) {
        state.status = ImageStatus::Waiting;
        return state;
    }
    state.status = ImageStatus::Present;
    const auto &moves = m_fleet->scenario().images.at(m_fleet->imageGroupOf(image)).tagMovesEveryS;
    const qint64 moveMs = moves ? *moves * 1000 : 0;
    if (moveMs) {
        // Kept as the run went: which digest arrived when is not in the (superseded) refreshes any more.
        const PullGroup &pullGroup = profile.pullGroups[size_t(group)];
        const auto it =
            std::lower_bound(pullGroup.movingPositions.cbegin(), pullGroup.movingPositions.cend(), position);
        const MovingState &moving = (*m_moving)[size_t(m_fleet->movingBase(agent) + pullGroup.movingOffset +
                                                       (it - pullGroup.movingPositions.cbegin()))];
        state.sinceMs = moving.sinceMs;
        state.lastPulledMs = moving.lastPulledMs;
        state.digestGeneration = moving.lastPulledMs / moveMs;
    } else {
        qint64 arrivedMs = -1;
        int seen = 0;
        for (qint64 i = (*m_arrivalOffsets)[slot]; i < (*m_arrivalOffsets)[slot + 1]; ++i) {
            seen += (*m_arrivals)[size_t(i)].count;
            if (position < seen) {
                arrivedMs = (*m_arrivals)[size_t(i)].atMs;
                break;
            }
        }
        // A refresh admits the first `count` present images of the group, so position p was refreshed when
        // count > p; the last such refresh is never superseded, so it is still here.
        qint64 lastPulled = arrivedMs;
        for (qint64 i = (*m_refreshOffsets)[slot]; i < (*m_refreshOffsets)[slot + 1]; ++i) {
            const Arrival &refresh = (*m_refreshes)[size_t(i)];
            if (refresh.atMs > arrivedMs && position < refresh.count)
                lastPulled = std::max(lastPulled, refresh.atMs);
        }
        state.sinceMs = arrivedMs;
        state.lastPulledMs = lastPulled;
    }
    if (moveMs) {
        // The tag moves at k * interval, k >= 1, within the simulated time.
        const qint64 end = simulatedUntilMs;
        const qint64 latest = end > 0 ? (end - 1) / moveMs : 0;
        const qint64 generation = state.digestGeneration;
        if (latest > generation) {
            state.staleSinceMs = (generation + 1) * moveMs;
            state.staleForMs = end - *state.staleSinceMs;
        }
    }
    return state;
}

namespace {

QJsonValue seconds(const std::optional<qint64> &ms)
{
    return ms ? QJsonValue(double(*ms) / 1000.0) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject SimulationResult::toJson() const
{
    QJsonArray buckets;
    for (const BucketReport &bucket : this->buckets) {
        buckets.append(QJsonObject{
            {QStringLiteral("registry"), bucket.key.registry},
            {QStringLiteral("kind"), bucket.key.authenticated ? QStringLiteral("account") : QStringLiteral("source")},
            {QStringLiteral("name"), bucket.key.who},
            {QStringLiteral("limit"), bucket.policy ? QJsonValue(bucket.policy->limit) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("window_s"), bucket.windowS},
            {QStringLiteral("peak_in_window"), bucket.peakInWindow},
            {QStringLiteral("pulls_counted"), bucket.counted},
            {QStringLiteral("pulls_rate_limited"), bucket.rateLimited},
            {QStringLiteral("first_rate_limited_s"), seconds(bucket.firstRateLimitedMs)}});
    }
    // Images some agents still lack (or hold behind a moved tag) at the end: the first few, for a person to read.
    QJsonArray lacking;
    qint64 lackingTotal = 0;
    for (const ImageSummary &image : images) {
        if (image.presentAgents == image.eligibleAgents && image.staleAgents == 0)
            continue;
        if (++lackingTotal > 20)
            continue;
        lacking.append(QJsonObject{
            {QStringLiteral("image"), m_fleet ? m_fleet->imageName(image.image) : QString::number(image.image)},
            {QStringLiteral("eligible_agents"), image.eligibleAgents},
            {QStringLiteral("present_agents"), image.presentAgents},
            {QStringLiteral("stale_agents"), image.staleAgents},
            {QStringLiteral("last_arrival_s"), seconds(image.lastArrivalMs)}});
    }
    return QJsonObject{{QStringLiteral("images_not_everywhere"), lacking},
                       {QStringLiteral("images_not_everywhere_total"), lackingTotal},
                       {QStringLiteral("check_ins"), counters.checkIns},
                       {QStringLiteral("pulls_attempted"), counters.pullsAttempted},
                       {QStringLiteral("pulls_succeeded"), counters.pullsSucceeded},
                       {QStringLiteral("pulls_rate_limited"), counters.pullsRateLimited},
                       {QStringLiteral("pulls_failed_other"), counters.pullsFailedOther},
                       {QStringLiteral("first_rate_limited_s"), seconds(counters.firstRateLimitedMs)},
                       {QStringLiteral("simulated_s"), double(simulatedUntilMs) / 1000.0},
                       {QStringLiteral("canceled"), canceled},
                       {QStringLiteral("engine_events"), engineEvents},
                       {QStringLiteral("buckets"), buckets}};
}

} // namespace steward::pull
