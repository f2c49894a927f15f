#include "pull/Simulator.h"

#include <algorithm>

namespace steward::pull {

namespace {

constexpr qint64 Never = std::numeric_limits<qint64>::max();

// Check-ins [fromIndex, toIndex) of an agent (phase, step) each saw `perCheckIn` refusals: spread them over the bins.
void deniedInBins(std::vector<qint64> &bins, qint64 binMs, qint64 phase, qint64 step, qint64 fromIndex, qint64 toIndex,
                  qint64 perCheckIn)
{
    qint64 index = fromIndex;
    while (index < toIndex) {
        const qint64 t = phase + index * step;
        const qint64 bin = t / binMs;
        const qint64 binEnd = (bin + 1) * binMs; // first check-in at or after it is in the next bin
        const qint64 nextIndex = std::min(toIndex, (binEnd - phase + step - 1) / step);
        bins[size_t(bin)] += (nextIndex - index) * perCheckIn;
        index = nextIndex;
    }
}

// `earliest` becomes `atMs` when that is earlier, or when it is unset. (A helper, not inline in a loop: clang-tidy
// 16's optional-access analysis takes minutes over a loop that carries an optional from one round to the next.)
void keepEarliest(std::optional<qint64> &earliest, qint64 atMs)
{
    if (!earliest || atMs < *earliest)
        earliest = atMs;
}

// How often the tag of `image` moves, in ms. Only for the images of PullGroup::movingPositions: Fleet::buildProfile
// puts there exactly the images whose tagMovesEveryS is set.
qint64 tagMoveMs(const Fleet &fleet, int image)
{
    // NOLINTNEXTLINE(bugprone-unchecked-optional-access): set for every image of movingPositions (see above)
    return *fleet.scenario().images.at(fleet.imageGroupOf(image)).tagMovesEveryS * 1000;
}

} // namespace

Simulator::Simulator(std::shared_ptr<const Fleet> fleet) : Simulator(std::move(fleet), SimulationOptions())
{}

Simulator::Simulator(std::shared_ptr<const Fleet> fleet, SimulationOptions options)
    : m_fleet(std::move(fleet)), m_options(std::move(options)), m_limiter(m_fleet->limiterPrototype()),
      m_log(m_options.eventLogCapacity, m_options.eventFilter)
{
    const Fleet &f = *m_fleet;
    m_limiter.setKeepHistory(false); // the chart is filled as the run goes (openBins), so the window is enough
    m_pulled.assign(size_t(f.slotCount()), 0);
    m_nextCheckIn.assign(size_t(f.slotCount()), 0);
    m_moving.assign(size_t(f.movingCount()), SimulationResult::MovingState{});
    const int points = std::max(1, m_options.seriesPoints);
    m_binMs = std::max<qint64>(1, (f.durationMs() + points - 1) / points);
    m_bins = (f.durationMs() + m_binMs - 1) / m_binMs;
    const size_t bins = size_t(m_bins);
    m_series.assign(size_t(m_limiter.bucketCount()), {});
    m_deniedBins.assign(size_t(m_limiter.bucketCount()), std::vector<qint64>(bins, 0));
    m_deniedTotal.assign(size_t(m_limiter.bucketCount()), 0);
    m_firstDenied.assign(size_t(m_limiter.bucketCount()), Never);
    m_compactRefreshesAt = 2 * size_t(f.slotCount()) + 4096;

    std::vector<Wake> initial;
    initial.reserve(size_t(f.agentCount()));
    for (int agent = 0; agent < f.agentCount(); ++agent) {
        // An agent with nothing it can pull never needs waking: its failing logins are counted at the end.
        if (f.profile(agent).pullGroups.empty())
            continue;
        if (f.phaseMs(agent) < f.durationMs())
            initial.emplace_back(f.phaseMs(agent), agent);
    }
    m_queue = decltype(m_queue)(std::greater<>(), std::move(initial));
}

qint64 Simulator::nextEventMs() const
{
    return m_queue.empty() ? m_fleet->durationMs() : std::min(m_queue.top().first, m_fleet->durationMs());
}

qint64 Simulator::advanceTo(qint64 untilMs, qint64 maxEvents)
{
    const qint64 until = std::min(untilMs, m_fleet->durationMs());
    qint64 processed = 0;
    while (!m_queue.empty() && processed < maxEvents) {
        const auto [t, agent] = m_queue.top();
        if (t >= until)
            break;
        m_queue.pop();
        processAgent(agent, t);
        ++processed;
    }
    m_engineEvents += processed;
    return processed;
}

void Simulator::rateLimited(int bucket, qint64 tMs, qint64 count)
{
    m_counters.pullsAttempted += count;
    m_counters.pullsRateLimited += count;
    keepEarliest(m_counters.firstRateLimitedMs, tMs);
    m_deniedTotal[size_t(bucket)] += count;
    m_firstDenied[size_t(bucket)] = std::min(m_firstDenied[size_t(bucket)], tMs);
    m_deniedBins[size_t(bucket)][size_t(tMs / m_binMs)] += count;
}

// Opens the bins of the bucket's chart that start at or before tMs: what the window held just before each start. No
// run is later than a bin not yet opened, so the counter still holds every run that window needs.
void Simulator::openBins(int bucket, qint64 tMs)
{
    std::vector<QuotaSample> &series = m_series[size_t(bucket)];
    WindowCounter &counter = m_limiter.bucket(bucket);
    while (qint64(series.size()) < m_bins && qint64(series.size()) * m_binMs <= tMs) {
        QuotaSample sample;
        sample.startMs = qint64(series.size()) * m_binMs;
        sample.usedAtStart = counter.used(sample.startMs - 1);
        sample.peakInBin = sample.usedAtStart;
        series.push_back(sample);
    }
}

void Simulator::admittedInBin(int bucket, qint64 tMs, qint64 admitted)
{
    QuotaSample &sample = m_series[size_t(bucket)][size_t(tMs / m_binMs)];
    sample.admitted += admitted;
    sample.peakInBin = std::max(sample.peakInBin, m_limiter.bucket(bucket).used(tMs));
}

// Positions [fromPosition, fromPosition + count) of the group arrived: a moving tag's digest is the one of now.
void Simulator::recordArrival(const PullGroup &group, qint64 movingBase, qint64 tMs, int fromPosition, int count)
{
    const auto &moving = group.movingPositions;
    for (auto it = std::lower_bound(moving.cbegin(), moving.cend(), fromPosition);
         it != moving.cend() && *it < fromPosition + count; ++it)
        m_moving[size_t(movingBase + group.movingOffset + (it - moving.cbegin()))] = {tMs, tMs};
}

// The first `count` (present) positions of the group were pulled again: a moved tag brings its new digest.
void Simulator::recordRefresh(const PullGroup &group, qint64 movingBase, qint64 tMs, int count)
{
    const auto &moving = group.movingPositions;
    for (auto it = moving.cbegin(); it != moving.cend() && *it < count; ++it) {
        const qint64 moveMs = tagMoveMs(*m_fleet, group.images[size_t(*it)]);
        SimulationResult::MovingState &state =
            m_moving[size_t(movingBase + group.movingOffset + (it - moving.cbegin()))];
        if (tMs / moveMs != state.lastPulledMs / moveMs)
            state.sinceMs = tMs;
        state.lastPulledMs = tMs;
    }
}

// A refresh is only ever asked for the last one that reached a position (SimulationResult::state), so one that a
// later refresh of the same slot reaches at least as far is dropped. What is left per slot has strictly decreasing
// counts, so it is bounded by the slot's images, whatever the duration. Compacting when the list has doubled keeps
// the cost at a constant per refresh.
void Simulator::compactRefreshes()
{
    std::vector<int> reach(size_t(m_fleet->slotCount()), 0);
    size_t kept = m_refreshes.size();
    for (size_t i = m_refreshes.size(); i-- > 0;) {
        const Record &record = m_refreshes[i];
        int &furthest = reach[size_t(record.first)];
        if (record.second.count > furthest) {
            furthest = record.second.count;
            m_refreshes[--kept] = record;
        }
    }
    m_refreshes.erase(m_refreshes.begin(), m_refreshes.begin() + qsizetype(kept));
    m_compactRefreshesAt = 2 * (m_refreshes.size() + size_t(m_fleet->slotCount())) + 4096;
}

qint64 Simulator::recordsKept() const
{
    qint64 runs = 0;
    for (int id = 0; id < m_limiter.bucketCount(); ++id)
        runs += qint64(m_limiter.bucket(id).history().size());
    return qint64(m_arrivals.size()) + qint64(m_refreshes.size()) + runs;
}

void Simulator::processAgent(int agent, qint64 t)
{
    const Fleet &f = *m_fleet;
    const AgentProfile &profile = f.profile(agent);
    const qint64 phase = f.phaseMs(agent);
    const bool isCheckIn = (t - phase) % f.checkInMs() == 0;
    const bool isRefresh = t > phase && (t - phase) % f.refreshMs() == 0;
    const qint64 checkInsBefore = f.checkInsBefore(agent, t);
    qint64 next = f.nextRefreshAfter(agent, t);
    const qint64 base = f.slotBase(agent);
    const qint64 movingBase = profile.movingCount ? f.movingBase(agent) : 0;

    for (size_t g = 0; g < profile.pullGroups.size(); ++g) {
        const PullGroup &group = profile.pullGroups[g];
        const qint64 slot = base + qint64(g);
        const qint64 size = qint64(group.images.size());
        const qint64 missing = size - m_pulled[size_t(slot)];
        if (missing == 0 && !isRefresh)
            continue;
        if (missing > 0) {
            // Check-ins the agent slept through: the bucket was full for all of them, so each attempt got 429.
            const qint64 skipped = checkInsBefore - m_nextCheckIn[size_t(slot)];
            if (skipped > 0) {
                const qint64 from = m_nextCheckIn[size_t(slot)];
                const qint64 firstMs = phase + from * f.checkInMs();
                m_counters.pullsAttempted += skipped * missing;
                m_counters.pullsRateLimited += skipped * missing;
                m_deniedTotal[size_t(group.bucket)] += skipped * missing;
                m_firstDenied[size_t(group.bucket)] = std::min(m_firstDenied[size_t(group.bucket)], firstMs);
                keepEarliest(m_counters.firstRateLimitedMs, firstMs);
                deniedInBins(m_deniedBins[size_t(group.bucket)], m_binMs, phase, f.checkInMs(), from, checkInsBefore,
                             missing);
                if (m_log.enabled()) {
                    m_log.add(PullEvent{PullEvent::Kind::RateLimited, firstMs,
                                        phase + (checkInsBefore - 1) * f.checkInMs(), agent,
                                        group.images[size_t(size - missing)], group.bucket, skipped * missing});
                }
            }
            m_nextCheckIn[size_t(slot)] = checkInsBefore + (isCheckIn ? 1 : 0);
        }
        // One attempt per image at this instant: the missing ones first, then (hourly) the present ones.
        const qint64 wanted = isRefresh ? size : missing;
        WindowCounter &bucket = m_limiter.bucket(group.bucket);
        openBins(group.bucket, t);
        const qint64 admitted = bucket.acquire(t, wanted);
        const qint64 arrived = std::min(admitted, missing);
        m_counters.pullsAttempted += admitted;
        m_counters.pullsSucceeded += admitted;
        if (admitted > 0)
            admittedInBin(group.bucket, t, admitted);
        if (arrived > 0) {
            if (m_log.enabled()) {
                m_log.add(PullEvent{PullEvent::Kind::Pulled, t, t, agent, group.images[size_t(size - missing)],
                                    group.bucket, arrived});
            }
            if (!group.movingPositions.empty())
                recordArrival(group, movingBase, t, int(size - missing), int(arrived));
            m_pulled[size_t(slot)] += int(arrived);
            m_arrivals.emplace_back(slot, SimulationResult::Arrival{t, int(arrived)});
        }
        if (admitted > arrived) {
            if (!group.movingPositions.empty())
                recordRefresh(group, movingBase, t, int(admitted - arrived));
            m_refreshes.emplace_back(slot, SimulationResult::Arrival{t, int(admitted - arrived)});
            if (m_refreshes.size() >= m_compactRefreshesAt)
                compactRefreshes();
        }
        if (admitted > arrived && m_log.enabled()) {
            m_log.add(
                PullEvent{PullEvent::Kind::Refreshed, t, t, agent, group.images[0], group.bucket, admitted - arrived});
        }
        if (admitted < wanted) {
            rateLimited(group.bucket, t, wanted - admitted);
            if (m_log.enabled()) {
                // The first refused image: a missing one if any is left, else the first present one past the admitted.
                const qint64 stillMissing = missing - arrived;
                const qint64 first = stillMissing > 0 ? size - stillMissing : admitted - missing;
                m_log.add(PullEvent{PullEvent::Kind::RateLimited, t, t, agent, group.images[size_t(first)],
                                    group.bucket, wanted - admitted});
            }
        }
        if (m_pulled[size_t(slot)] < size)
            next = std::min(next, f.firstCheckInAtOrAfter(agent, bucket.availableAt(t)));
    }
    if (next < f.durationMs())
        m_queue.emplace(next, agent);
}

SimulationResult Simulator::result(bool canceled) const
{
    const Fleet &f = *m_fleet;
    SimulationResult out;
    out.counters = m_counters;
    out.canceled = canceled;
    out.simulatedUntilMs = nextEventMs();
    out.engineEvents = m_engineEvents;
    std::vector<qint64> deniedTotal = m_deniedTotal;
    std::vector<qint64> firstDenied = m_firstDenied;
    std::vector<std::vector<qint64>> deniedBins = m_deniedBins;
    EventLog log = m_log;
    countSleptThrough(out, deniedTotal, firstDenied, deniedBins, log);
    out.events = log.events();
    out.eventsMatched = log.matched();

    for (int id = 0; id < m_limiter.bucketCount(); ++id) {
        const WindowCounter &counter = m_limiter.bucket(id);
        BucketReport report;
        report.key = m_limiter.key(id);
        report.policy = m_limiter.policy(report.key.registry, report.key.authenticated);
        report.windowS = counter.windowMs() / 1000;
        report.peakInWindow = counter.peak();
        report.counted = counter.counted();
        report.rateLimited = deniedTotal[size_t(id)];
        if (firstDenied[size_t(id)] != Never)
            report.firstRateLimitedMs = firstDenied[size_t(id)];
        report.binMs = m_binMs;
        std::vector<QuotaSample> samples = series(id);
        for (size_t bin = 0; bin < samples.size(); ++bin)
            samples[bin].denied = deniedBins[size_t(id)][bin];
        report.series = QList<QuotaSample>(samples.begin(), samples.end());
        out.buckets.append(report);
    }

    // Per agent x image detail, grouped by slot for lookups (a counting sort: the records are in time order).
    const auto groupBySlot = [&f](const std::vector<Record> &records, std::shared_ptr<std::vector<qint64>> &offsets,
                                  std::shared_ptr<std::vector<SimulationResult::Arrival>> &grouped) {
        offsets = std::make_shared<std::vector<qint64>>(size_t(f.slotCount()) + 1, 0);
        for (const auto &record : records)
            ++(*offsets)[size_t(record.first) + 1];
        for (size_t i = 1; i < offsets->size(); ++i)
            (*offsets)[i] += (*offsets)[i - 1];
        grouped = std::make_shared<std::vector<SimulationResult::Arrival>>(records.size());
        std::vector<qint64> fill(offsets->begin(), offsets->end() - 1);
        for (const auto &record : records)
            (*grouped)[size_t(fill[size_t(record.first)]++)] = record.second;
    };
    std::shared_ptr<std::vector<qint64>> offsets;
    std::shared_ptr<std::vector<SimulationResult::Arrival>> arrivals;
    std::shared_ptr<std::vector<qint64>> refreshOffsets;
    std::shared_ptr<std::vector<SimulationResult::Arrival>> refreshes;
    groupBySlot(m_arrivals, offsets, arrivals);
    groupBySlot(m_refreshes, refreshOffsets, refreshes);
    out.m_fleet = m_fleet;
    out.m_pulled = std::make_shared<std::vector<int>>(m_pulled);
    out.m_arrivalOffsets = offsets;
    out.m_arrivals = arrivals;
    out.m_refreshOffsets = refreshOffsets;
    out.m_refreshes = refreshes;
    out.m_moving = std::make_shared<std::vector<SimulationResult::MovingState>>(m_moving);
    summariseImages(out);
    return out;
}

// What the sleeping agents would have attempted up to the end, and what failing logins cost, arithmetically.
void Simulator::countSleptThrough(SimulationResult &out, std::vector<qint64> &deniedTotal,
                                  std::vector<qint64> &firstDenied, std::vector<std::vector<qint64>> &deniedBins,
                                  EventLog &log) const
{
    const Fleet &f = *m_fleet;
    const qint64 end = out.simulatedUntilMs;
    for (int agent = 0; agent < f.agentCount(); ++agent) {
        const AgentProfile &profile = f.profile(agent);
        const qint64 checkIns = f.checkInsBefore(agent, end);
        out.counters.checkIns += checkIns;
        const qint64 phase = f.phaseMs(agent);
        if (!profile.wrongCredentialImages.empty() && checkIns > 0) {
            const qint64 instants = checkIns + f.refreshesOutsideCheckInsBefore(agent, end);
            const qint64 attempts = instants * qint64(profile.wrongCredentialImages.size());
            out.counters.pullsAttempted += attempts;
            out.counters.pullsFailedOther += attempts;
            log.add(PullEvent{PullEvent::Kind::CredentialsFailed, phase, phase + (checkIns - 1) * f.checkInMs(), agent,
                              profile.wrongCredentialImages.front(), -1, attempts});
        }
        for (size_t g = 0; g < profile.pullGroups.size(); ++g) {
            const PullGroup &group = profile.pullGroups[g];
            const size_t slot = size_t(f.slotBase(agent)) + g;
            const qint64 missing = qint64(group.images.size()) - m_pulled[slot];
            const qint64 skipped = checkIns - m_nextCheckIn[slot];
            if (missing <= 0 || skipped <= 0)
                continue;
            const qint64 from = m_nextCheckIn[slot];
            const qint64 firstMs = phase + from * f.checkInMs();
            out.counters.pullsAttempted += skipped * missing;
            out.counters.pullsRateLimited += skipped * missing;
            keepEarliest(out.counters.firstRateLimitedMs, firstMs);
            deniedTotal[size_t(group.bucket)] += skipped * missing;
            firstDenied[size_t(group.bucket)] = std::min(firstDenied[size_t(group.bucket)], firstMs);
            deniedInBins(deniedBins[size_t(group.bucket)], m_binMs, phase, f.checkInMs(), from, checkIns, missing);
            log.add(PullEvent{PullEvent::Kind::RateLimited, firstMs, phase + (checkIns - 1) * f.checkInMs(), agent,
                              group.images[size_t(qint64(group.images.size()) - missing)], group.bucket,
                              skipped * missing});
        }
    }
}

// The bucket's chart: the bins opened so far, then the later ones, which no run reaches yet, so their window use is
// what is left of the last window's runs as it slides.
std::vector<QuotaSample> Simulator::series(int bucket) const
{
    const WindowCounter &counter = m_limiter.bucket(bucket);
    std::vector<QuotaSample> samples = m_series[size_t(bucket)];
    const std::span<const WindowCounter::Run> runs = counter.recentRuns();
    qint64 inWindow = 0;
    for (const WindowCounter::Run &run : runs)
        inWindow += run.count;
    size_t head = 0;
    for (qint64 bin = qint64(samples.size()); bin < m_bins; ++bin) {
        QuotaSample sample;
        sample.startMs = bin * m_binMs;
        while (head < runs.size() && runs[head].atMs <= sample.startMs - 1 - counter.windowMs())
            inWindow -= runs[head++].count;
        sample.usedAtStart = inWindow;
        sample.peakInBin = inWindow;
        samples.push_back(sample);
    }
    return samples;
}

void Simulator::summariseImages(SimulationResult &out) const
{
    const Fleet &f = *m_fleet;
    const std::vector<qint64> &offsets = *out.m_arrivalOffsets;
    const std::vector<SimulationResult::Arrival> &arrivals = *out.m_arrivals;
    std::vector<ImageSummary> images(size_t(f.imageCount()));
    for (int image = 0; image < f.imageCount(); ++image)
        images[size_t(image)].image = image;
    const qint64 end = out.simulatedUntilMs;
    for (int agent = 0; agent < f.agentCount(); ++agent) {
        const AgentProfile &profile = f.profile(agent);
        for (int image : profile.wrongCredentialImages)
            ++images[size_t(image)].eligibleAgents;
        for (size_t g = 0; g < profile.pullGroups.size(); ++g) {
            const PullGroup &group = profile.pullGroups[g];
            const size_t slot = size_t(f.slotBase(agent)) + g;
            for (int image : group.images)
                ++images[size_t(image)].eligibleAgents;
            size_t position = 0;
            for (qint64 i = offsets[slot]; i < offsets[slot + 1]; ++i) {
                const auto &arrival = arrivals[size_t(i)];
                for (int n = 0; n < arrival.count; ++n, ++position) {
                    ImageSummary &summary = images[size_t(group.images[position])];
                    ++summary.presentAgents;
                    if (!summary.firstArrivalMs || arrival.atMs < *summary.firstArrivalMs)
                        summary.firstArrivalMs = arrival.atMs;
                    if (!summary.lastArrivalMs || arrival.atMs > *summary.lastArrivalMs)
                        summary.lastArrivalMs = arrival.atMs;
                }
            }
            // Staleness only where tags move: elsewhere every present agent holds the one digest there is.
            const qint64 movingBase = f.movingBase(agent) + group.movingOffset;
            for (size_t m = 0; m < group.movingPositions.size(); ++m) {
                const int position = group.movingPositions[m];
                if (position >= m_pulled[slot])
                    break;
                const int image = group.images[size_t(position)];
                const qint64 moveMs = tagMoveMs(f, image);
                const qint64 latest = end > 0 ? (end - 1) / moveMs : 0;
                if (latest > m_moving[size_t(movingBase + qint64(m))].lastPulledMs / moveMs)
                    ++images[size_t(image)].staleAgents;
            }
        }
    }
    out.images = QList<ImageSummary>(images.begin(), images.end());
}

SimulationResult Simulator::run(const Scenario &scenario)
{
    return run(scenario, SimulationOptions());
}

SimulationResult Simulator::run(const Scenario &scenario, const SimulationOptions &options,
                                const std::function<bool(double)> &progress)
{
    Simulator simulator(std::make_shared<const Fleet>(Fleet::build(scenario)), options);
    const qint64 duration = simulator.m_fleet->durationMs();
    constexpr qint64 Chunk = 8192; // wake-ups between looks at the cancel flag: well under a millisecond
    while (!simulator.finished()) {
        simulator.advanceTo(duration, Chunk);
        if (progress && !progress(double(simulator.nextEventMs()) / double(duration)))
            return simulator.result(!simulator.finished());
    }
    return simulator.result();
}

Result<SimulationResult> Simulator::runChecked(const Scenario &scenario, const SimulationOptions &options,
                                               const std::function<bool(double)> &progress)
{
    if (const Status valid = validateScenario(scenario); !valid)
        return fail(valid.error());
    const WorkEstimate estimate = estimateSimulation(scenario, options.seriesPoints);
    if (const Status fits = checkBudget(estimate, options.budget, QStringLiteral("simulation")); !fits)
        return fail(fits.error());
    return run(scenario, options, progress);
}

} // namespace steward::pull
