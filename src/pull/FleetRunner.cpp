#include "pull/FleetRunner.h"

#include "core/ImageReference.h"
#include "pull/Logging.h"
#include "pull/PullText.h"
#include "registry/RegistryClient.h"

#include <QTimer>

#include <limits>

namespace steward::pull {

namespace {

constexpr qint64 Unknown = std::numeric_limits<qint64>::min();

// The failure a modelled quota gives, in words; without times, so that a repeat is the same reason.
QString quotaReason(const BucketKey &key, const std::optional<RateLimitPolicy> &policy)
{
    const QString limit =
        policy ? PullText::tr("%1 pulls per %2 s").arg(policy->limit).arg(policy->windowS) : PullText::tr("no limit");
    return key.authenticated
               ? PullText::tr("%1 refused the pull: the limit for account %2 (%3) is used up; pulls succeed again "
                              "as the window slides, or with a plan that allows more.")
                     .arg(key.registry, key.who, limit)
               : PullText::tr("%1 refused the pull: the anonymous limit for address %2 (%3) is used up; give the "
                              "image a registry login, or spread agents over more addresses.")
                     .arg(key.registry, key.who, limit);
}

} // namespace

FleetRunner::FleetRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<steward::pull::FleetBatch>();
}

FleetRunner::~FleetRunner() = default;

void FleetRunner::configure(const FleetRunOptions &options)
{
    m_options = options;
    m_speed = options.speed;
    qDeleteAll(m_clients);
    m_clients.clear();
}

registry::RegistryClient *FleetRunner::clientFor(const std::optional<QString> &account)
{
    const QString key = account.value_or(QString());
    if (registry::RegistryClient *client = m_clients.value(key))
        return client;
    auto *client = new registry::RegistryClient(*m_options.clock, this);
    registry::RegistryOptions defaults = m_options.registryOptions;
    // An agent does not wait out a 429: the pull fails and the agent tries again at its next check-in.
    defaults.maxRateLimitRetries = 0;
    defaults.maxRetryAfterMs = 0;
    client->setDefaultOptions(defaults);
    for (auto it = m_options.registries.cbegin(); it != m_options.registries.cend(); ++it) {
        registry::RegistryOptions options = it.value();
        options.maxRateLimitRetries = 0;
        options.maxRetryAfterMs = 0;
        client->setRegistryOptions(it.key(), options);
    }
    if (account) {
        // The image's own login, on the registry its account names ("user@host"), as the agent logs in.
        auto credentials = std::make_shared<registry::StaticCredentialProvider>();
        credentials->set(account->section(QLatin1Char('@'), -1), m_options.logins.value(*account));
        client->setCredentialProvider(credentials);
    }
    m_clients.insert(key, client);
    return client;
}

void FleetRunner::setPlan(std::shared_ptr<const FleetPlan> plan)
{
    if (!plan)
        return;
    if (m_waiting) {
        m_deferredPlan = std::move(plan);
        return;
    }
    if (m_fleet)
        emitBatch(); // what happened under the old plan leaves with the old plan's indices
    std::shared_ptr<const FleetPlan> previous = std::exchange(m_plan, std::move(plan));
    ++m_generation;
    m_waiting = false;
    if (previous && m_fleet)
        rebuild(previous);
    else
        restartFromPlan();
    emitState();
}

// The cells of the plan's agents and images from what the plan says they hold.
void FleetRunner::restartFromPlan()
{
    m_fleet.emplace(Fleet::build(m_plan->scenario));
    m_imageCount = m_fleet->imageCount();
    m_cells.assign(size_t(m_fleet->agentCount()) * size_t(m_imageCount), Cell{});
    m_limiter = m_fleet->limiterPrototype();
    m_limiter.setKeepHistory(false);
    m_simMs = 0;
    m_targetMs = 0;
    m_simBaseMs = 0;
    m_clockBaseMs = m_options.clock->nowMs();
    m_epochMs = m_clockBaseMs;
    rebuild(nullptr);
}

// With a previous plan: carries its cells over by (agent id) x (image id, reference), and its buckets by key; the
// rest starts from what the new plan says the agents hold.
void FleetRunner::rebuild(const std::shared_ptr<const FleetPlan> &previousPlan)
{
    std::vector<Cell> oldCells;
    int oldImageCount = m_imageCount;
    QHash<QString, int> oldAgents;
    QHash<std::pair<QString, QString>, int> oldImages;
    RateLimiter oldLimiter;
    if (previousPlan) {
        oldCells = std::move(m_cells);
        oldLimiter = m_limiter;
        for (int a = 0; a < previousPlan->agentCount(); ++a)
            oldAgents.insert(previousPlan->agentIds.at(a), a);
        for (int i = 0; i < previousPlan->imageCount(); ++i)
            oldImages.insert({previousPlan->imageIds.at(i), previousPlan->references.at(i)}, i);
        m_fleet.emplace(Fleet::build(m_plan->scenario));
        m_imageCount = m_fleet->imageCount();
        m_cells.assign(size_t(m_fleet->agentCount()) * size_t(m_imageCount), Cell{});
        m_limiter = m_fleet->limiterPrototype();
        m_limiter.setKeepHistory(false);
        QHash<BucketKey, int> oldBuckets;
        for (int id = 0; id < oldLimiter.bucketCount(); ++id)
            oldBuckets.insert(oldLimiter.key(id), id);
        for (int id = 0; id < m_limiter.bucketCount(); ++id) {
            const int old = oldBuckets.value(m_limiter.key(id), -1);
            if (old < 0)
                continue;
            const WindowCounter fresh = m_limiter.bucket(id);
            m_limiter.bucket(id) = oldLimiter.bucket(old);
            m_limiter.bucket(id).setPolicy(fresh.limit(), fresh.windowMs());
        }
    }
    const Fleet &f = planned();
    m_missing.assign(size_t(f.agentCount()), 0);
    m_present.assign(size_t(m_imageCount), 0);
    m_failing.assign(size_t(m_imageCount), 0);
    m_eligible.assign(size_t(m_imageCount), 0);
    for (int agent = 0; agent < f.agentCount(); ++agent) {
        const int oldAgent = oldAgents.value(m_plan->agentIds.at(agent), -1);
        const QHash<QString, HeldImage> &held = m_plan->held.at(agent);
        for (int image = 0; image < m_imageCount; ++image) {
            Cell &c = cell(agent, image);
            const int oldImage = oldImages.value({m_plan->imageIds.at(image), m_plan->references.at(image)}, -1);
            if (oldAgent >= 0 && oldImage >= 0) {
                c = oldCells[size_t(oldAgent) * size_t(oldImageCount) + size_t(oldImage)];
                continue;
            }
            const auto it = held.constFind(m_plan->references.at(image));
            if (it == held.cend())
                continue;
            c.digest = digestIndex(it->digest);
            c.sinceMs = it->since.isValid() ? it->since.toMSecsSinceEpoch() - m_epochMs : Unknown;
        }
        for (const PullGroup &group : f.profile(agent).pullGroups) {
            for (int image : group.images) {
                ++m_eligible[size_t(image)];
                const Cell &c = cell(agent, image);
                if (c.digest >= 0)
                    ++m_present[size_t(image)];
                else
                    ++m_missing[size_t(agent)];
                if (c.failure >= 0)
                    ++m_failing[size_t(image)];
            }
        }
    }
    m_queue = {};
    for (int agent = 0; agent < f.agentCount(); ++agent)
        scheduleNext(agent, m_simMs - 1);
    m_checkInsCounted = 0;
    for (int agent = 0; agent < f.agentCount(); ++agent)
        m_checkInsCounted += f.checkInsBefore(agent, m_simMs);
    m_batch = FleetBatch{};
    m_batch.fromMs = m_simMs;
    m_batch.images.resize(m_imageCount);
    m_batch.buckets.resize(m_limiter.bucketCount());
    m_changeAt.assign(m_cells.size(), -1);
    m_quotaReason.assign(size_t(m_limiter.bucketCount()), -1);
    mapAskers();
    m_sinceBatch.restart();
}

// Which image asks the registry for which: the first of the plan with the same reference and login. Every answer of
// the old plan is forgotten (its indices meant other images).
void FleetRunner::mapAskers()
{
    QHash<std::pair<QString, QString>, int> first;
    m_asker.assign(size_t(m_imageCount), 0);
    m_askers = 0;
    for (int image = 0; image < m_imageCount; ++image) {
        const std::optional<QString> &account = m_plan->scenario.images.at(image).account;
        const std::pair<QString, QString> key{m_plan->references.at(image),
                                              account ? QLatin1Char('@') + *account : QString()};
        const auto it = first.constFind(key);
        if (it != first.cend()) {
            m_asker[size_t(image)] = *it;
            continue;
        }
        first.insert(key, image);
        m_asker[size_t(image)] = image;
        ++m_askers;
    }
    m_answers.assign(size_t(m_imageCount), Resolution{});
    m_answeredIn.assign(size_t(m_imageCount), 0);
    m_pending.assign(size_t(m_imageCount), 0);
    m_pendingCount = 0;
    newTick();
}

void FleetRunner::newTick()
{
    ++m_tick;
    m_answeredThisTick = 0;
    m_answersSimMs = m_simMs;
}

// The agent's next wake after tMs: its next check-in while it lacks an image, else its next hourly refresh.
void FleetRunner::scheduleNext(int agent, qint64 tMs)
{
    const Fleet &f = planned();
    if (f.profile(agent).pullGroups.empty())
        return;
    qint64 next = f.nextRefreshAfter(agent, tMs);
    if (m_missing[size_t(agent)] > 0)
        next = std::min(next, f.firstCheckInAtOrAfter(agent, tMs + 1));
    if (next < f.durationMs())
        m_queue.emplace(next, agent);
}

void FleetRunner::run()
{
    if (!m_fleet)
        return;
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::PreciseTimer);
        connect(m_timer, &QTimer::timeout, this, &FleetRunner::tick);
    }
    m_running = true;
    m_clockBaseMs = m_options.clock->nowMs();
    m_simBaseMs = std::max(m_simMs, m_targetMs);
    m_timer->start(std::max(1, m_options.tickMs));
    m_sinceBatch.restart();
    emitState();
    tick();
}

void FleetRunner::pause()
{
    if (!m_running)
        return;
    m_running = false;
    m_stopAtMs.reset();
    m_timer->stop();
    emitBatch();
    emitState();
}

void FleetRunner::setSpeed(double speed)
{
    if (!(speed > 0))
        return;
    if (m_running) {
        m_simBaseMs = clockTargetMs();
        m_clockBaseMs = m_options.clock->nowMs();
    }
    m_speed = speed;
    emitState();
}

void FleetRunner::step(qint64 simulatedMs)
{
    if (m_running || !m_fleet || simulatedMs <= 0)
        return;
    newTick();
    m_reportReach = true;
    advanceTo(std::max(m_simMs, m_targetMs) + simulatedMs);
}

void FleetRunner::runUntil(qint64 simulatedMs)
{
    if (!m_fleet)
        return;
    m_stopAtMs = simulatedMs;
    if (m_running)
        return;
    run();
}

void FleetRunner::reset()
{
    if (!m_plan)
        return;
    emitBatch();
    ++m_generation;
    m_waiting = false;
    m_stopAtMs.reset();
    restartFromPlan();
    emitState();
}

qint64 FleetRunner::clockTargetMs() const
{
    const double elapsed = double(m_options.clock->nowMs() - m_clockBaseMs);
    qint64 target = m_simBaseMs + qint64(elapsed * m_speed);
    if (m_stopAtMs)
        target = std::min(target, *m_stopAtMs);
    return target;
}

void FleetRunner::tick()
{
    if (!m_running || m_waiting || !m_fleet)
        return;
    // A new tick asks the registry again. A fleet that fell behind goes on with its answers until it has simulated a
    // tick's worth of time (tickMs at its speed), as a fleet that keeps up would: else every slice would wait for
    // as many HEADs as it has references, and do only a tick's work with them.
    if (!m_behind || m_simMs - m_answersSimMs >= qint64(double(m_options.tickMs) * m_speed))
        newTick();
    advanceTo(clockTargetMs());
}

void FleetRunner::advanceTo(qint64 targetMs)
{
    m_targetMs = std::max(m_targetMs, targetMs);
    resume();
}

void FleetRunner::resume()
{
    m_waiting = false;
    QElapsedTimer slice;
    slice.start();
    int sinceLook = 0;
    bool behind = false;
    while (!m_queue.empty() && m_queue.top().first < m_targetMs) {
        // Running, a tick's work is a tick's worth of clock time at most: a fleet too large for its speed then still
        // reports a few times a second and hears its commands, instead of vanishing into one long catch-up.
        if (m_running && ++sinceLook >= 1024) {
            sinceLook = 0;
            if (slice.elapsed() >= std::max(1, m_options.tickMs)) {
                behind = true;
                break;
            }
        }
        const auto [t, agent] = m_queue.top();
        if (!resolveFor(agent, t)) {
            m_waiting = true; // the HEADs' answers resume
            return;
        }
        m_queue.pop();
        process(agent, t);
    }
    m_behind = behind;
    if (behind) {
        // Everything before the next wake is done: that is the present, and the speed counts from here on, so that
        // the time it fell behind is not owed (and raced through) later.
        m_simMs = std::max(m_simMs, m_queue.top().first);
        m_targetMs = m_simMs;
        m_simBaseMs = m_simMs;
        m_clockBaseMs = m_options.clock->nowMs();
    } else {
        m_simMs = std::max(m_simMs, m_targetMs);
    }
    if (m_deferredPlan)
        setPlan(std::exchange(m_deferredPlan, nullptr));
    if (m_stopAtMs && m_simMs >= *m_stopAtMs) {
        m_stopAtMs.reset();
        m_running = false;
        m_timer->stop();
        m_reportReach = true;
    }
    if (m_reportReach) {
        m_reportReach = false;
        emitBatch();
        emitState();
        Q_EMIT reached(m_simMs);
        return;
    }
    if (m_sinceBatch.elapsed() >= m_options.batchIntervalMs)
        emitBatch();
}

const Fleet &FleetRunner::planned() const
{
    // Ticks, schedules and pulls happen only once a plan built the fleet (every public entry checks m_fleet first).
    return *m_fleet; // NOLINT(bugprone-unchecked-optional-access): see above
}

bool FleetRunner::isRefreshAt(int agent, qint64 tMs) const
{
    const qint64 phase = planned().phaseMs(agent);
    return tMs > phase && (tMs - phase) % planned().refreshMs() == 0;
}

// Asks the registry about every image the agent pulls at tMs that this tick has no answer for yet.
bool FleetRunner::resolveFor(int agent, qint64 tMs)
{
    if (m_answeredThisTick == m_askers)
        return m_pendingCount == 0; // every answer is in: most agents of a tick, at no cost per image
    const bool refresh = isRefreshAt(agent, tMs);
    for (const PullGroup &group : planned().profile(agent).pullGroups) {
        for (int image : group.images) {
            if (!refresh && cell(agent, image).digest >= 0)
                continue;
            const int asker = m_asker[size_t(image)];
            if (!answered(asker) && !m_pending[size_t(asker)])
                requestHead(asker);
        }
    }
    return m_pendingCount == 0;
}

void FleetRunner::resolved(int asker, const Resolution &resolution)
{
    if (m_pending[size_t(asker)]) {
        m_pending[size_t(asker)] = 0;
        --m_pendingCount;
    }
    m_answers[size_t(asker)] = resolution;
    if (!answered(asker)) {
        m_answeredIn[size_t(asker)] = m_tick;
        ++m_answeredThisTick;
    }
}

// Asks about `image`, an asker: its answer stands for every image with its reference and login.
void FleetRunner::requestHead(int image)
{
    const QString text = m_plan->references.at(image);
    const std::optional<QString> &account = m_plan->scenario.images.at(image).account;
    if (account && !m_options.logins.contains(*account)) {
        resolved(image, Resolution{false, false, -1,
                                   reasonIndex(PullText::tr("%1: the image logs in as %2, but ImageSteward has no "
                                                            "password for that login; store it (stewardctl login) so "
                                                            "that the simulated agents can use it.")
                                                   .arg(text, *account))});
        return;
    }
    const Result<ImageReference> reference = ImageReference::parse(text);
    if (!reference) {
        resolved(image,
                 Resolution{false, false, -1, reasonIndex(text + QStringLiteral(": ") + reference.error().message)});
        return;
    }
    m_pending[size_t(image)] = 1;
    ++m_pendingCount;
    const quint64 generation = m_generation;
    registry::RegistryClient *client = clientFor(account);
    client->headManifest(*reference)
        .then(this, [this, generation, image, text](const Result<registry::ManifestHead> &head) {
            if (generation != m_generation)
                return; // the plan changed meanwhile: its indices mean other images now
            Resolution resolution;
            if (head) {
                resolution.ok = true;
                resolution.digest = digestIndex(head->digest.isValid() ? head->digest.toString() : QString());
            } else {
                resolution.rateLimited = head.error().code == ErrorCode::RateLimited;
                resolution.reason = reasonIndex(text + QStringLiteral(": ") + head.error().message);
                qCDebug(lcPull) << "fleet: HEAD of" << text << "failed:" << head.error().toString();
            }
            resolved(image, resolution);
            if (m_waiting && m_pendingCount == 0)
                resume();
        });
}

void FleetRunner::process(int agent, qint64 tMs)
{
    const bool refresh = isRefreshAt(agent, tMs);
    for (const PullGroup &group : planned().profile(agent).pullGroups)
        pullGroup(agent, group, refresh, tMs);
    scheduleNext(agent, tMs);
}

// One attempt per image at this instant, the missing ones first and then (hourly) the present ones, as the model
// has it; the registry's failures first, then the quota admits what it can of the rest.
void FleetRunner::pullGroup(int agent, const PullGroup &group, bool isRefresh, qint64 tMs)
{
    if (m_limiter.bucket(group.bucket).remaining(tMs) == 0)
        return refuseGroup(agent, group, isRefresh, tMs);
    m_scratch.clear();
    for (int image : group.images) {
        if (cell(agent, image).digest < 0)
            m_scratch.push_back(image);
    }
    if (m_scratch.empty() && !isRefresh)
        return;
    if (isRefresh) {
        for (int image : group.images) {
            if (cell(agent, image).digest >= 0)
                m_scratch.push_back(image);
        }
    }
    m_admissible.clear();
    for (int image : m_scratch) {
        const Resolution &registryAnswer = answer(image);
        if (registryAnswer.ok)
            m_admissible.push_back(image);
        else
            failed(agent, image, registryAnswer.reason, registryAnswer.rateLimited, tMs);
    }
    if (m_admissible.empty())
        return;
    const qint64 wanted = qint64(m_admissible.size());
    const qint64 admitted = m_limiter.bucket(group.bucket).acquire(tMs, wanted);
    FleetBucketTally &bucket = m_batch.buckets[group.bucket];
    bucket.counted += admitted;
    bucket.rateLimited += wanted - admitted;
    if (admitted < wanted && !bucket.firstRateLimitedMs)
        bucket.firstRateLimitedMs = tMs;
    for (qint64 i = 0; i < admitted; ++i)
        succeeded(agent, m_admissible[size_t(i)], answer(m_admissible[size_t(i)]).digest, tMs);
    if (admitted < wanted) {
        const qint32 reason = quotaReasonIndex(group.bucket);
        for (qint64 i = admitted; i < wanted; ++i)
            failed(agent, m_admissible[size_t(i)], reason, true, tMs);
    }
}

// pullGroup() when the quota admits nothing, with the same outcome in one pass: a spent quota refuses every agent
// behind it at every check-in, and these refusals were most of a large fleet's time. A refusal that changes nothing
// but counts (the image already failed for this reason) is only counted; the others go through failed() after the
// registry's failures, in the order pullGroup() notes them.
void FleetRunner::refuseGroup(int agent, const PullGroup &group, bool isRefresh, qint64 tMs)
{
    const qint32 reason = quotaReasonIndex(group.bucket);
    m_admissible.clear();
    qint64 counted = 0;
    auto refuse = [&](int image) {
        const Resolution &registryAnswer = answer(image);
        if (!registryAnswer.ok)
            return failed(agent, image, registryAnswer.reason, registryAnswer.rateLimited, tMs);
        if (cell(agent, image).failure != reason)
            return m_admissible.push_back(image);
        FleetImageTally &tally = m_batch.images[image];
        ++tally.attempted;
        ++tally.rateLimited;
        ++counted;
    };
    for (int image : group.images) {
        if (cell(agent, image).digest < 0)
            refuse(image);
    }
    if (isRefresh) {
        for (int image : group.images) {
            if (cell(agent, image).digest >= 0)
                refuse(image);
        }
    }
    if (counted > 0) {
        Counters &c = m_batch.counters;
        c.pullsAttempted += counted;
        c.pullsRateLimited += counted;
        if (!c.firstRateLimitedMs)
            c.firstRateLimitedMs = tMs;
    }
    m_batch.buckets[group.bucket].rateLimited += counted + qint64(m_admissible.size());
    for (int image : m_admissible)
        failed(agent, image, reason, true, tMs);
}

qint32 FleetRunner::quotaReasonIndex(int bucket)
{
    // Made once per bucket and plan: a spent quota refuses every agent behind it at every check-in.
    qint32 &reason = m_quotaReason[size_t(bucket)];
    if (reason < 0) {
        const BucketKey &key = m_limiter.key(bucket);
        reason = reasonIndex(quotaReason(key, m_limiter.policy(key.registry, key.authenticated)));
    }
    return reason;
}

void FleetRunner::succeeded(int agent, int image, qint32 digest, qint64 tMs)
{
    Counters &c = m_batch.counters;
    ++c.pullsAttempted;
    ++c.pullsSucceeded;
    FleetImageTally &tally = m_batch.images[image];
    ++tally.attempted;
    ++tally.succeeded;
    Cell &held = cell(agent, image);
    std::optional<FleetChange::Kind> kind;
    if (held.digest < 0) {
        kind = FleetChange::Kind::Arrived;
        ++m_batch.arrived;
        --m_missing[size_t(agent)];
        ++m_present[size_t(image)];
        held.sinceMs = tMs;
    } else if (held.digest != digest && m_digests.at(held.digest).isEmpty()) {
        kind = FleetChange::Kind::Identified;
    } else if (held.digest != digest) {
        kind = FleetChange::Kind::Moved;
        ++m_batch.moved;
        held.sinceMs = tMs;
    } else if (held.failure >= 0) {
        kind = FleetChange::Kind::Recovered;
        ++m_batch.recovered;
    }
    held.digest = digest;
    if (held.failure >= 0) {
        held.failure = -1;
        held.failingSinceMs = -1;
        --m_failing[size_t(image)];
    }
    if (kind)
        noteChange(agent, image, *kind, tMs);
}

void FleetRunner::failed(int agent, int image, qint32 reason, bool rateLimited, qint64 tMs)
{
    Counters &c = m_batch.counters;
    ++c.pullsAttempted;
    FleetImageTally &tally = m_batch.images[image];
    ++tally.attempted;
    if (rateLimited) {
        ++c.pullsRateLimited;
        ++tally.rateLimited;
        if (!c.firstRateLimitedMs)
            c.firstRateLimitedMs = tMs;
    } else {
        ++c.pullsFailedOther;
        ++tally.failed;
    }
    Cell &held = cell(agent, image);
    if (held.failure == reason)
        return; // the same failure again: counted, nothing changed
    if (held.failure < 0)
        ++m_failing[size_t(image)];
    held.failure = reason;
    held.failingSinceMs = tMs;
    ++m_batch.failures;
    noteChange(agent, image, FleetChange::Kind::Failed, tMs);
}

void FleetRunner::noteChange(int agent, int image, FleetChange::Kind kind, qint64 tMs)
{
    const Cell &held = cell(agent, image);
    const FleetChange change{kind, agent, image, held.digest, held.sinceMs, held.failure, held.failingSinceMs, tMs};
    qint32 &at = m_changeAt[cellIndex(agent, image)];
    if (at >= 0) {
        m_batch.changes[at] = change;
        return;
    }
    at = qint32(m_batch.changes.size());
    m_batch.changes << change;
}

void FleetRunner::emitBatch()
{
    if (!m_fleet)
        return;
    const Fleet &f = *m_fleet;
    for (const FleetChange &change : std::as_const(m_batch.changes))
        m_changeAt[cellIndex(change.agent, change.image)] = -1;
    FleetBatch out = std::exchange(m_batch, FleetBatch{});
    out.plan = m_plan;
    out.epochMs = m_epochMs;
    out.untilMs = m_simMs;
    qint64 checkIns = 0;
    out.lastCheckInMs.reserve(f.agentCount());
    for (int agent = 0; agent < f.agentCount(); ++agent) {
        const qint64 n = f.checkInsBefore(agent, m_simMs);
        checkIns += n;
        out.lastCheckInMs << (n > 0 ? f.phaseMs(agent) + (n - 1) * f.checkInMs() : -1);
    }
    out.counters.checkIns = checkIns - m_checkInsCounted;
    m_checkInsCounted = checkIns;
    out.images.resize(m_imageCount);
    for (int image = 0; image < m_imageCount; ++image) {
        out.images[image].eligibleAgents = m_eligible[size_t(image)];
        out.images[image].presentAgents = m_present[size_t(image)];
        out.images[image].failingAgents = m_failing[size_t(image)];
    }
    out.buckets.resize(m_limiter.bucketCount());
    for (int id = 0; id < m_limiter.bucketCount(); ++id) {
        FleetBucketTally &bucket = out.buckets[id];
        bucket.key = m_limiter.key(id);
        bucket.policy = m_limiter.policy(bucket.key.registry, bucket.key.authenticated);
        bucket.usedInWindow = m_limiter.bucket(id).used(m_simMs);
    }
    out.digests = m_digests;
    out.reasons = m_reasons;
    m_batch.fromMs = m_simMs;
    m_batch.images.resize(m_imageCount);
    m_batch.buckets.resize(m_limiter.bucketCount());
    m_sinceBatch.restart();
    Q_EMIT batch(out);
}

void FleetRunner::emitState()
{
    Q_EMIT stateChanged(m_running, m_simMs, m_speed);
}

qint32 FleetRunner::digestIndex(const QString &digest)
{
    if (const auto it = m_digestIndex.constFind(digest); it != m_digestIndex.cend())
        return *it;
    const auto index = qint32(m_digests.size());
    m_digests << digest;
    m_digestIndex.insert(digest, index);
    return index;
}

qint32 FleetRunner::reasonIndex(const QString &reason)
{
    if (const auto it = m_reasonIndex.constFind(reason); it != m_reasonIndex.cend())
        return *it;
    // Reasons repeat (every check-in of every agent), so the table stays small; past its cap one text stands in.
    constexpr qsizetype MaxReasons = 1024;
    if (m_reasons.size() >= MaxReasons) {
        const QString overflow = PullText::tr("The pull failed (too many different reasons to keep them all).");
        if (const auto it = m_reasonIndex.constFind(overflow); it != m_reasonIndex.cend())
            return *it;
        m_reasons << overflow;
        m_reasonIndex.insert(overflow, qint32(m_reasons.size() - 1));
        return qint32(m_reasons.size() - 1);
    }
    const auto index = qint32(m_reasons.size());
    m_reasons << reason;
    m_reasonIndex.insert(reason, index);
    return index;
}

} // namespace steward::pull
