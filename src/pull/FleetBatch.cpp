#include "pull/FleetBatch.h"

#include <QJsonArray>

namespace steward::pull {

QString fleetChangeKindName(FleetChange::Kind kind)
{
    switch (kind) {
    case FleetChange::Kind::Arrived:
        return QStringLiteral("arrived");
    case FleetChange::Kind::Moved:
        return QStringLiteral("moved");
    case FleetChange::Kind::Identified:
        return QStringLiteral("identified");
    case FleetChange::Kind::Failed:
        return QStringLiteral("failed");
    case FleetChange::Kind::Recovered:
        return QStringLiteral("recovered");
    }
    return {};
}

void FleetImageTally::add(const FleetImageTally &later)
{
    attempted += later.attempted;
    succeeded += later.succeeded;
    rateLimited += later.rateLimited;
    failed += later.failed;
    eligibleAgents = later.eligibleAgents;
    presentAgents = later.presentAgents;
    failingAgents = later.failingAgents;
}

void FleetTotals::add(const FleetBatch &batch)
{
    // A new plan renumbers images: totals follow each image by id across plans.
    if (plan && batch.plan && plan != batch.plan) {
        QHash<QString, FleetImageTally> byId;
        for (int i = 0; i < images.size() && i < plan->imageIds.size(); ++i)
            byId.insert(plan->imageIds.at(i), images.at(i));
        images.clear();
        for (const QString &id : batch.plan->imageIds)
            images << byId.value(id);
    }
    plan = batch.plan;
    simulatedMs = std::max(simulatedMs, batch.untilMs);
    counters.checkIns += batch.counters.checkIns;
    counters.pullsAttempted += batch.counters.pullsAttempted;
    counters.pullsSucceeded += batch.counters.pullsSucceeded;
    counters.pullsRateLimited += batch.counters.pullsRateLimited;
    counters.pullsFailedOther += batch.counters.pullsFailedOther;
    if (!counters.firstRateLimitedMs)
        counters.firstRateLimitedMs = batch.counters.firstRateLimitedMs;
    images.resize(batch.images.size());
    for (int i = 0; i < batch.images.size(); ++i)
        images[i].add(batch.images.at(i));
    QHash<BucketKey, qsizetype> known;
    for (qsizetype i = 0; i < buckets.size(); ++i)
        known.insert(buckets.at(i).key, i);
    for (const FleetBucketTally &bucket : batch.buckets) {
        const qsizetype at = known.value(bucket.key, -1);
        if (at < 0) {
            known.insert(bucket.key, buckets.size());
            buckets << bucket;
            continue;
        }
        FleetBucketTally &total = buckets[at];
        total.policy = bucket.policy;
        total.counted += bucket.counted;
        total.rateLimited += bucket.rateLimited;
        total.usedInWindow = bucket.usedInWindow;
        total.reported = bucket.reported;
        if (!total.firstRateLimitedMs)
            total.firstRateLimitedMs = bucket.firstRateLimitedMs;
    }
    arrived += batch.arrived;
    moved += batch.moved;
    failedChanges += batch.failures;
    recovered += batch.recovered;
}

QJsonObject FleetTotals::toJson() const
{
    const auto optionalSeconds = [](const std::optional<qint64> &ms) {
        return ms ? QJsonValue(double(*ms) / 1000.0) : QJsonValue();
    };
    QJsonArray imageArray;
    for (int i = 0; i < images.size(); ++i) {
        const FleetImageTally &t = images.at(i);
        imageArray << QJsonObject{
            {QStringLiteral("image_id"), plan ? plan->imageIds.value(i) : QString()},
            {QStringLiteral("name"), plan ? plan->references.value(i) : QString()},
            {QStringLiteral("pulls_attempted"), t.attempted},
            {QStringLiteral("pulls_succeeded"), t.succeeded},
            {QStringLiteral("pulls_rate_limited"), t.rateLimited},
            {QStringLiteral("pulls_failed_other"), t.failed},
            {QStringLiteral("eligible_agents"), t.eligibleAgents},
            {QStringLiteral("present_agents"), t.presentAgents},
            {QStringLiteral("failing_agents"), t.failingAgents},
        };
    }
    QJsonArray bucketArray;
    for (const FleetBucketTally &b : buckets) {
        QJsonObject o{{QStringLiteral("registry"), b.key.registry},
                      {QStringLiteral("authenticated"), b.key.authenticated},
                      {QStringLiteral("who"), b.key.who},
                      {QStringLiteral("counted"), b.counted},
                      {QStringLiteral("rate_limited"), b.rateLimited},
                      {QStringLiteral("used_in_window"), b.usedInWindow}};
        o.insert(QStringLiteral("limit"), b.policy ? QJsonValue(qint64(b.policy->limit)) : QJsonValue());
        o.insert(QStringLiteral("window_s"), b.policy ? QJsonValue(b.policy->windowS) : QJsonValue());
        bucketArray << o;
    }
    return {
        {QStringLiteral("simulated_s"), double(simulatedMs) / 1000.0},
        {QStringLiteral("check_ins"), counters.checkIns},
        {QStringLiteral("pulls_attempted"), counters.pullsAttempted},
        {QStringLiteral("pulls_succeeded"), counters.pullsSucceeded},
        {QStringLiteral("pulls_rate_limited"), counters.pullsRateLimited},
        {QStringLiteral("pulls_failed_other"), counters.pullsFailedOther},
        {QStringLiteral("first_rate_limited_s"), optionalSeconds(counters.firstRateLimitedMs)},
        {QStringLiteral("inventory_changes"), QJsonObject{{QStringLiteral("arrived"), arrived},
                                                          {QStringLiteral("moved"), moved},
                                                          {QStringLiteral("failed"), failedChanges},
                                                          {QStringLiteral("recovered"), recovered}}},
        {QStringLiteral("images"), imageArray},
        {QStringLiteral("buckets"), bucketArray},
    };
}

} // namespace steward::pull
