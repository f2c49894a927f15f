#include "pull/SimulationResult.h"

#include <QJsonArray>

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
    int seen = 0;
    for (int i = (*m_arrivalOffsets)[slot]; i < (*m_arrivalOffsets)[slot + 1]; ++i) {
        seen += (*m_arrivals)[size_t(i)].count;
        if (position < seen) {
            state.sinceMs = (*m_arrivals)[size_t(i)].atMs;
            break;
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
    return QJsonObject{{QStringLiteral("check_ins"), counters.checkIns},
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
