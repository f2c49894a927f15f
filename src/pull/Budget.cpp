#include "pull/Budget.h"

#include "pull/PullText.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <limits>
#include <vector>

namespace steward::pull {

namespace {

constexpr qint64 Saturated = std::numeric_limits<qint64>::max();

// Saturating arithmetic: a hostile scenario's product (agents x images x wake-ups) does not fit in 64 bits.
qint64 mul(qint64 a, qint64 b)
{
    qint64 out = 0;
    return __builtin_mul_overflow(a, b, &out) ? Saturated : out;
}

qint64 add(qint64 a, qint64 b)
{
    qint64 out = 0;
    return __builtin_add_overflow(a, b, &out) ? Saturated : out;
}

// Agents alike in zone, source and disk pull alike (Fleet shares their profile).
struct Kind
{
    QString zone;
    QString source;
    qint64 diskMb = 0;
    qint64 agents = 0;
    qint64 pulled = 0;     // eligible images it pulls
    qint64 wrongLogin = 0; // eligible images whose login fails
    qint64 moving = 0;     // of the pulled, those with a moving tag
    qint64 pullGroups = 0; // buckets it pulls through
    bool limited = false;  // one of them has a limit
};

// Above this many (kind, image group) pairs the estimate stops looking at zones and disks and assumes every agent
// pulls every image with a registry: still an upper bound, and the estimate stays cheap.
constexpr qint64 ExactKindsTimesGroups = 20000000;

void analyse(const Scenario &s, Kind &kind, QSet<QString> &buckets, bool exact)
{
    qint64 diskLeft = kind.diskMb;
    QSet<QString> own;
    for (const ImageGroup &group : s.images) {
        if (!group.enabled || !group.registry)
            continue;
        if (exact && group.zone && *group.zone != kind.zone)
            continue;
        const qint64 size = exact ? group.uncompressedSizeMb : 0;
        if (!group.credentialsValid) {
            kind.wrongLogin += size > diskLeft ? 0 : group.count;
            continue;
        }
        const qint64 fits =
            size == 0 ? group.count : std::min<qint64>(group.count, std::max<qint64>(0, diskLeft) / size);
        if (fits == 0)
            continue;
        diskLeft -= fits * size;
        kind.pulled += fits;
        if (group.tagMovesEveryS)
            kind.moving += fits;
        const QString key = *group.registry + (group.account ? QStringLiteral("\nA") + *group.account
                                                             : QStringLiteral("\nS") + kind.source);
        if (own.contains(key))
            continue;
        own.insert(key);
        buckets.insert(key);
        const RegistrySpec *registry = s.registry(*group.registry);
        if (registry && (group.account ? registry->authenticated : registry->anonymous))
            kind.limited = true;
    }
    kind.pullGroups = own.size();
}

struct Shape
{
    qint64 agents = 0;
    qint64 images = 0;
    std::vector<Kind> kinds;
    qint64 buckets = 0;
};

Shape shapeOf(const Scenario &s)
{
    Shape shape;
    shape.agents = s.agentCount();
    shape.images = s.imageCount();
    QMap<std::tuple<QString, QString, qint64>, size_t> index;
    for (const AgentGroup &group : s.agents) {
        const auto key = std::make_tuple(group.zone, group.source, group.diskMb);
        auto it = index.find(key);
        if (it == index.end()) {
            it = index.insert(key, shape.kinds.size());
            shape.kinds.push_back(Kind{group.zone, group.source, group.diskMb});
        }
        shape.kinds[*it].agents += group.count;
    }
    const bool exact = mul(qint64(shape.kinds.size()), s.images.size()) <= ExactKindsTimesGroups;
    QSet<QString> buckets;
    for (Kind &kind : shape.kinds)
        analyse(s, kind, buckets, exact);
    shape.buckets = buckets.size();
    return shape;
}

struct Term
{
    qint64 amount;
    QString what;
};

// Sums the terms and names the largest.
std::pair<qint64, QString> total(const QList<Term> &terms)
{
    qint64 sum = 0;
    const Term *largest = nullptr;
    for (const Term &term : terms) {
        sum = add(sum, term.amount);
        if (!largest || term.amount > largest->amount)
            largest = &term;
    }
    return {sum, largest ? largest->what : QString()};
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return (a + b - 1) / b;
}

} // namespace

Budget Budget::defaults()
{
    Budget budget;
    bool ok = false;
    const qint64 steps = qEnvironmentVariable("STEWARD_SIM_MAX_WORK").toLongLong(&ok);
    if (ok && steps > 0)
        budget.maxSteps = steps;
    const qint64 megabytes = qEnvironmentVariable("STEWARD_SIM_MAX_MEMORY_MB").toLongLong(&ok);
    if (ok && megabytes > 0)
        budget.maxBytes = mul(megabytes, qint64{1024} * 1024);
    return budget;
}

WorkEstimate estimateSimulation(const Scenario &s, int seriesPoints)
{
    const Shape shape = shapeOf(s);
    const qint64 durationMs = mul(s.durationS, 1000);
    const qint64 checkInMs = std::max<qint64>(1, mul(s.checkInIntervalS, 1000));
    const qint64 refreshMs = std::max<qint64>(1, mul(s.refreshIntervalS, 1000));
    const qint64 waves = 1 + (durationMs - 1) / refreshMs;
    // A rate-limited agent may wake at every check-in (the first one after a slot opens); otherwise once a wave.
    const qint64 limitedWakeUps = ceilDiv(durationMs, checkInMs) + durationMs / refreshMs;
    qint64 maxWindowMs = mul(s.reportWindowS, 1000);
    for (const RegistrySpec &registry : s.registries) {
        for (const auto &policy : {registry.anonymous, registry.authenticated}) {
            if (policy)
                maxWindowMs = std::max(maxWindowMs, mul(policy->windowS, 1000));
        }
    }
    qint64 slotTotal = 0, pairs = 0, movingPairs = 0, groupWakeUps = 0, wakeUps = 0, kindImages = 0;
    for (const Kind &kind : shape.kinds) {
        const qint64 perAgent = kind.pullGroups == 0 ? 0 : kind.limited ? limitedWakeUps : waves;
        slotTotal = add(slotTotal, mul(kind.agents, kind.pullGroups));
        pairs = add(pairs, mul(kind.agents, kind.pulled + kind.wrongLogin));
        movingPairs = add(movingPairs, mul(kind.agents, kind.moving));
        wakeUps = add(wakeUps, mul(kind.agents, perAgent));
        groupWakeUps = add(groupWakeUps, mul(mul(kind.agents, perAgent), kind.pullGroups));
        kindImages = add(kindImages, kind.pulled);
    }
    const qint64 kinds = qint64(shape.kinds.size());
    const qint64 bins = std::clamp<qint64>(seriesPoints, 1, std::max<qint64>(1, durationMs));
    // Arrivals and surviving refreshes: at most one per (agent, image), at most one per wake-up and bucket.
    const qint64 records = std::min(pairs, groupWakeUps);
    const qint64 runs = std::min(groupWakeUps, mul(slotTotal, maxWindowMs / checkInMs + 2));

    WorkEstimate out;
    const auto [steps, largestSteps] = total({
        {add(shape.agents, mul(kinds, shape.images)),
         PullText::tr("building %1 agents and %2 kinds of agent x %3 images")
             .arg(shape.agents)
             .arg(kinds)
             .arg(shape.images)},
        {groupWakeUps, PullText::tr("%1 agent wake-ups x buckets over %2 s").arg(groupWakeUps).arg(s.durationS)},
        {add(pairs, slotTotal), PullText::tr("%1 (agent, image) pairs").arg(pairs)},
        {mul(movingPairs, waves), PullText::tr("%1 refreshes of images whose tag moves").arg(mul(movingPairs, waves))},
        {mul(shape.buckets, bins), PullText::tr("%1 buckets x %2 chart points").arg(shape.buckets).arg(bins)},
    });
    const auto [bytes, largestBytes] = total({
        {add(mul(shape.agents, 32), add(mul(shape.images, 64), mul(kinds, mul(shape.images, 9)))),
         PullText::tr("%1 agents, and %2 kinds of agent x %3 images").arg(shape.agents).arg(kinds).arg(shape.images)},
        {mul(kindImages, 8), PullText::tr("%1 images pulled by the kinds of agent").arg(kindImages)},
        {mul(slotTotal, 40), PullText::tr("%1 agent x bucket slots").arg(slotTotal)},
        {mul(records, qint64{4} * 40), PullText::tr("%1 arrival and refresh records").arg(records)},
        {mul(movingPairs, 32), PullText::tr("%1 (agent, image) pairs whose tag moves").arg(movingPairs)},
        {mul(runs, 32), PullText::tr("%1 quota runs in the window").arg(runs)},
        {mul(mul(shape.buckets, bins), qint64{2} * 64),
         PullText::tr("%1 buckets x %2 chart points").arg(shape.buckets).arg(bins)},
    });
    out.steps = steps;
    out.largestSteps = largestSteps;
    out.bytes = bytes;
    out.largestBytes = largestBytes;
    return out;
}

WorkEstimate estimateForecast(const Scenario &s)
{
    const Shape shape = shapeOf(s);
    const qint64 kinds = qint64(shape.kinds.size());
    qint64 slotTotal = 0, kindImages = 0;
    for (const Kind &kind : shape.kinds) {
        slotTotal = add(slotTotal, mul(kind.agents, kind.pullGroups));
        kindImages = add(kindImages, kind.pulled);
    }
    // Every (agent, bucket) is a member of its bucket's list, sorted by phase.
    qint64 log2 = 1;
    while (log2 < 62 && (qint64(1) << log2) < slotTotal)
        ++log2;
    WorkEstimate out;
    const auto [steps, largestSteps] = total({
        {add(shape.agents, mul(kinds, shape.images)),
         PullText::tr("building %1 agents and %2 kinds of agent x %3 images")
             .arg(shape.agents)
             .arg(kinds)
             .arg(shape.images)},
        {mul(slotTotal, log2), PullText::tr("sorting %1 agent x bucket slots").arg(slotTotal)},
    });
    const auto [bytes, largestBytes] = total({
        {add(mul(shape.agents, 32), add(mul(shape.images, 64), mul(kinds, mul(shape.images, 9)))),
         PullText::tr("%1 agents, and %2 kinds of agent x %3 images").arg(shape.agents).arg(kinds).arg(shape.images)},
        {mul(kindImages, 8), PullText::tr("%1 images pulled by the kinds of agent").arg(kindImages)},
        {mul(slotTotal, 40), PullText::tr("%1 agent x bucket slots").arg(slotTotal)},
    });
    out.steps = steps;
    out.largestSteps = largestSteps;
    out.bytes = bytes;
    out.largestBytes = largestBytes;
    return out;
}

Status checkBudget(const WorkEstimate &estimate, const Budget &budget, const QString &what)
{
    const auto megabytes = [](qint64 bytes) { return QString::number(bytes / (qint64{1024} * 1024)); };
    QStringList beyond;
    if (estimate.bytes > budget.maxBytes) {
        beyond << PullText::tr(
                      "would need about %1 MB of memory (mostly for %2), more than the limit of %3 MB; make the "
                      "scenario smaller, or raise the limit with %4")
                      .arg(megabytes(estimate.bytes), estimate.largestBytes, megabytes(budget.maxBytes),
                           budget.memoryInput);
    }
    if (estimate.steps > budget.maxSteps) {
        beyond << PullText::tr(
                      "would take about %1 steps (mostly %2), more than the limit of %3 steps; shorten duration_s, "
                      "lengthen the intervals or make the fleet smaller, or raise the limit with %4")
                      .arg(estimate.steps)
                      .arg(estimate.largestSteps)
                      .arg(budget.maxSteps)
                      .arg(budget.workInput);
    }
    if (beyond.isEmpty())
        return {};
    return fail(ErrorCode::TooLarge, PullText::tr("the %1 %2").arg(what, beyond.join(PullText::tr("; and it "))));
}

} // namespace steward::pull
