#include "pull/LiveRunner.h"

#include "core/ImageReference.h"
#include "pull/Logging.h"
#include "pull/PullText.h"
#include "registry/RegistryClient.h"

namespace steward::pull {

namespace {

// Live pulls let the registry judge the login, so every eligible image is pulled, whatever `credentials` says.
Scenario withRealLogins(Scenario scenario)
{
    for (ImageGroup &group : scenario.images)
        group.credentialsValid = true;
    return scenario;
}

// The platform an agent pulls for: Kasm agents run Linux, and the scenario names the architecture ("arm64").
QString agentPlatform(const QString &arch)
{
    if (arch.startsWith(QLatin1String("linux/")) || arch.startsWith(QLatin1String("windows/")))
        return arch;
    return QStringLiteral("linux/") + arch;
}

// What kind of failure an agent met, for the event log: the login, a missing image, the network, or bad data.
PullEvent::Kind failureKind(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Unauthorized:
    case ErrorCode::Forbidden:
        return PullEvent::Kind::CredentialsFailed;
    case ErrorCode::NotFound:
        return PullEvent::Kind::NotFound;
    case ErrorCode::Network:
    case ErrorCode::Timeout:
        return PullEvent::Kind::NetworkFailed;
    case ErrorCode::Integrity:
    case ErrorCode::TooLarge:
        return PullEvent::Kind::IntegrityFailed;
    default:
        return PullEvent::Kind::Failed;
    }
}

} // namespace

Result<QHash<int, QString>> liveReferences(const Scenario &scenario)
{
    QHash<int, QString> references;
    for (int g = 0; g < scenario.images.size(); ++g) {
        const ImageGroup &group = scenario.images.at(g);
        if (!group.reference) {
            if (group.enabled && group.registry)
                return fail(ErrorCode::InvalidInput,
                            PullText::tr("images[%1] has no \"reference\": live mode needs the image each group "
                                         "pulls (\"%2/path:tag\")")
                                .arg(g)
                                .arg(*group.registry));
            continue;
        }
        const Result<ImageReference> reference = ImageReference::parse(*group.reference);
        if (!reference)
            return fail(ErrorCode::InvalidInput,
                        PullText::tr("images[%1].reference: %2").arg(g).arg(reference.error().message));
        if (group.registry && reference->registry() != *group.registry)
            return fail(ErrorCode::InvalidInput,
                        PullText::tr("images[%1] names registry \"%2\" but pulls %3 from %4; in a live scenario a "
                                     "registry's name is its host[:port] as in the reference")
                            .arg(g)
                            .arg(*group.registry, *group.reference, reference->registry()));
        references.insert(g, *group.reference);
    }
    return references;
}

LiveRunner::LiveRunner(const Scenario &scenario, const LiveOptions &options, QObject *parent)
    : QObject(parent), m_fleet(Fleet::build(withRealLogins(scenario))), m_options(options),
      m_limiter(m_fleet.limiterPrototype())
{
    qRegisterMetaType<steward::pull::LiveResult>();
    qRegisterMetaType<steward::pull::PullEvent>();
    qRegisterMetaType<steward::pull::LiveObservation>();
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LiveRunner::tick);
}

LiveRunner::~LiveRunner() = default;

Status LiveRunner::start()
{
    const Scenario &scenario = m_fleet.scenario();
    for (int agent = 0; agent < m_fleet.agentCount(); ++agent) {
        for (const PullGroup &group : m_fleet.profile(agent).pullGroups) {
            for (int image : group.images) {
                const int imageGroup = m_fleet.imageGroupOf(image);
                const QString reference = m_options.references.value(imageGroup);
                if (!ImageReference::parse(reference))
                    return fail(ErrorCode::InvalidInput,
                                tr("images[%1] has no valid reference to pull in live mode (got \"%2\")")
                                    .arg(imageGroup)
                                    .arg(reference));
                const auto &account = scenario.images.at(imageGroup).account;
                if (account && !m_options.logins.contains(*account))
                    return fail(ErrorCode::InvalidInput,
                                tr("images[%1] pulls with account \"%2\", but no login was given for it")
                                    .arg(imageGroup)
                                    .arg(*account));
            }
        }
    }
    // One client per login: a registry client has one credential per registry, an agent uses the image's own.
    QStringList accounts{QString()};
    for (auto it = m_options.logins.cbegin(); it != m_options.logins.cend(); ++it)
        accounts << it.key();
    for (const QString &account : accounts) {
        auto *client = new registry::RegistryClient(*m_options.clock, this);
        registry::RegistryOptions options = m_options.registryOptions;
        // An agent does not wait or retry: a 429 (with or without Retry-After) is reported at once, and the agent
        // tries again at its next check-in. A hidden retry would send a second GET per attempt and, while it waits,
        // keep the pull in flight so that the check-ins meanwhile are not attempted at all.
        options.maxRateLimitRetries = 0;
        options.maxRetryAfterMs = 0;
        client->setDefaultOptions(options);
        for (auto it = m_options.registries.cbegin(); it != m_options.registries.cend(); ++it) {
            registry::RegistryOptions own = it.value();
            own.maxRateLimitRetries = 0;
            own.maxRetryAfterMs = 0;
            client->setRegistryOptions(it.key(), own);
        }
        if (!account.isEmpty()) {
            auto credentials = std::make_shared<registry::StaticCredentialProvider>();
            for (const QString &text : std::as_const(m_options.references)) {
                if (const auto reference = ImageReference::parse(text))
                    credentials->set(reference->registry(), m_options.logins.value(account));
            }
            client->setCredentialProvider(credentials);
        }
        m_clients.insert(account, client);
    }
    m_state.assign(size_t(m_fleet.agentCount()), std::vector<quint8>(size_t(m_fleet.imageCount()), 0));
    m_blockedUntil.assign(size_t(m_limiter.bucketCount()), 0);
    m_agentBlobs.assign(size_t(m_fleet.agentCount()), {});
    m_blobBudgetLeft = std::max<qint64>(0, m_options.blobBudgetBytes);
    for (int agent = 0; agent < m_fleet.agentCount(); ++agent) {
        if (!m_fleet.profile(agent).pullGroups.empty() && m_fleet.phaseMs(agent) < m_fleet.durationMs())
            m_queue.emplace(m_fleet.phaseMs(agent), agent);
    }
    for (int agent = 0; agent < m_fleet.agentCount(); ++agent)
        m_result.counters.checkIns += m_fleet.checkInsBefore(agent, m_fleet.durationMs());
    m_startMs = m_options.clock->nowMs();
    m_running = true;
    // Look at the clock a few times per check-in interval, and at least every 50 ms.
    const double checkInRealMs = double(m_fleet.scenario().checkInIntervalS) * m_options.realMsPerScenarioSecond;
    m_timer.start(int(std::clamp(checkInRealMs / 8.0, 1.0, 50.0)));
    tick();
    return {};
}

void LiveRunner::cancel()
{
    if (!m_running)
        return;
    m_result.canceled = true;
    while (!m_queue.empty())
        m_queue.pop();
    // A blob download can take minutes: the run ends now, not when the transfers would have. Only unfinished
    // requests are cancelled (Qt 6.4 misbehaves cancelling a finished future that has a continuation), and their
    // continuations no longer count: m_running is false once finished() is out.
    const QList<QFuture<void>> inFlight = std::exchange(m_requests, {});
    for (QFuture<void> request : inFlight) {
        if (!request.isFinished())
            request.cancel();
    }
    m_inFlight = 0;
    finishIfDone();
}

void LiveRunner::track(const QFuture<void> &request)
{
    m_requests.removeIf([](const QFuture<void> &done) { return done.isFinished(); });
    m_requests << request;
}

qint64 LiveRunner::scenarioNowMs() const
{
    const double realMs = double(m_options.clock->nowMs() - m_startMs);
    return qint64(realMs * 1000.0 / m_options.realMsPerScenarioSecond);
}

void LiveRunner::tick()
{
    const qint64 now = scenarioNowMs();
    while (!m_queue.empty() && m_queue.top().first <= now) {
        const auto [t, agent] = m_queue.top();
        m_queue.pop();
        const qint64 phase = m_fleet.phaseMs(agent);
        const bool isRefresh = t > phase && (t - phase) % m_fleet.refreshMs() == 0;
        std::vector<quint8> &state = m_state[size_t(agent)];
        for (const PullGroup &group : m_fleet.profile(agent).pullGroups) {
            // Missing images first, then (on a refresh) the present ones: as in the simulation.
            for (int image : group.images) {
                if (!(state[size_t(image)] & 1))
                    attempt(agent, image, group.bucket, t);
            }
            if (!isRefresh)
                continue;
            for (int image : group.images) {
                if ((state[size_t(image)] & 1) && !(state[size_t(image)] & 2))
                    attempt(agent, image, group.bucket, t);
            }
        }
        const qint64 next = std::min(m_fleet.firstCheckInAtOrAfter(agent, t + 1), m_fleet.nextRefreshAfter(agent, t));
        if (next < m_fleet.durationMs())
            m_queue.emplace(next, agent);
    }
    finishIfDone();
}

void LiveRunner::attempt(int agent, int image, int bucket, qint64 nowMs)
{
    quint8 &state = m_state[size_t(agent)][size_t(image)];
    if (state & 2)
        return; // the previous pull of this image is still running: the agent does not start a second one
    Counters &c = m_result.counters;
    ++c.pullsAttempted;
    if (m_blockedUntil[size_t(bucket)] > nowMs) {
        ++c.pullsRateLimited;
        ++m_result.heldBack;
        if (!c.firstRateLimitedMs)
            c.firstRateLimitedMs = nowMs;
        return;
    }
    const int imageGroup = m_fleet.imageGroupOf(image);
    const ImageReference reference = *ImageReference::parse(m_options.references.value(imageGroup));
    const auto &account = m_fleet.scenario().images.at(imageGroup).account;
    registry::RegistryClient *client = m_clients.value(account.value_or(QString()));
    state |= 2;
    ++m_inFlight;
    ++m_result.requestsSent;
    const BucketKey key = m_limiter.key(bucket);
    const QString platform = agentPlatform(m_fleet.scenario().agents.at(m_fleet.agentGroupOf(agent)).arch);
    QFuture<Result<registry::PulledImage>> pulling = client->pullManifests(reference, platform);
    track(QFuture<void>(pulling));
    pulling.then(this, [this, client, reference, agent, image, bucket,
                        key](const Result<registry::PulledImage> &pulled) {
        if (!m_running)
            return; // cancelled while the answer was on its way
        const qint64 at = scenarioNowMs();
        if (!pulled) {
            const Error &error = pulled.error();
            if (error.code == ErrorCode::RateLimited && error.retryAfterMs) {
                m_result.retryAfterMs << *error.retryAfterMs;
                const qint64 until =
                    at + qint64(double(*error.retryAfterMs) * 1000.0 / m_options.realMsPerScenarioSecond);
                m_blockedUntil[size_t(bucket)] = std::max(m_blockedUntil[size_t(bucket)], until);
            }
            LiveObservation observed;
            observed.answered = error.code == ErrorCode::RateLimited;
            finishPull(agent, image, bucket, fail(error), observed);
            return;
        }
        const registry::RateLimit &limit = pulled->rateLimit;
        LiveObservation observed;
        observed.answered = true;
        observed.rateLimit = limit;
        observed.digest = (pulled->index ? pulled->index->digest : pulled->image.digest).toString();
        m_limiter.observe(
            key,
            RateLimitObservation{limit.limited, limit.limit, limit.windowSeconds,
                                 limit.remaining >= 0 ? std::optional<qint64>(limit.remaining) : std::nullopt},
            at);
        if (m_options.blobBudgetBytes <= 0) {
            finishPull(agent, image, bucket, Status(), observed);
            return;
        }
        // Like docker, an agent downloads only the blobs it does not hold yet.
        QList<registry::Descriptor> missing;
        for (const registry::Descriptor &blob : pulled->image.manifest.blobs()) {
            if (!m_agentBlobs[size_t(agent)].contains(blob.digest.toString()))
                missing << blob;
        }
        fetchBlobs(client, agent, reference, missing, 0, [this, agent, image, bucket, observed](const Status &outcome) {
            finishPull(agent, image, bucket, outcome, observed);
        });
    });
}

void LiveRunner::fetchBlobs(registry::RegistryClient *client, int agent, const ImageReference &repository,
                            const QList<registry::Descriptor> &blobs, qsizetype next,
                            const std::function<void(Status)> &done)
{
    if (next >= blobs.size() || m_result.canceled) {
        done(Status());
        return;
    }
    const registry::Descriptor &blob = blobs.at(next);
    if (m_result.blobBudgetSpent || blob.size > m_blobBudgetLeft) {
        if (!m_result.blobBudgetSpent) {
            m_result.blobBudgetSpent = true;
            m_result.blobBudgetSpentMs = scenarioNowMs();
            qCInfo(lcPull) << "live mode: the blob budget of" << m_options.blobBudgetBytes
                           << "bytes is spent; pulls fetch manifests only from now on";
        }
        done(Status());
        return;
    }
    // Taken before the GET, so that parallel pulls never spend more than the budget between them.
    m_blobBudgetLeft -= blob.size;
    QFuture<Result<qint64>> fetching = client->fetchBlob(repository, blob);
    track(QFuture<void>(fetching));
    fetching.then(this, [this, client, agent, repository, blobs, next, done](const Result<qint64> &bytes) {
        if (!m_running)
            return;
        if (!bytes) {
            done(fail(bytes.error()));
            return;
        }
        ++m_result.blobsFetched;
        m_result.blobBytes += *bytes;
        m_agentBlobs[size_t(agent)].insert(blobs.at(next).digest.toString());
        fetchBlobs(client, agent, repository, blobs, next + 1, done);
    });
}

void LiveRunner::finishPull(int agent, int image, int bucket, const Status &outcome, const LiveObservation &observed)
{
    const qint64 at = scenarioNowMs();
    quint8 &state = m_state[size_t(agent)][size_t(image)];
    state &= quint8(~2);
    --m_inFlight;
    Counters &c = m_result.counters;
    PullEvent event{PullEvent::Kind::Pulled, at, at, agent, image, bucket, 1};
    if (outcome) {
        ++c.pullsSucceeded;
        if (state & 1)
            event.kind = PullEvent::Kind::Refreshed;
        state |= 1;
    } else if (outcome.error().code == ErrorCode::RateLimited) {
        ++c.pullsRateLimited;
        if (!c.firstRateLimitedMs)
            c.firstRateLimitedMs = at;
        event.kind = PullEvent::Kind::RateLimited;
    } else {
        ++c.pullsFailedOther;
        event.kind = failureKind(outcome.error().code);
        event.reason = reasonFor(outcome.error().toString());
        qCDebug(lcPull) << "live pull failed:" << outcome.error().toString();
    }
    Q_EMIT pullFinished(event, message(event.reason), observed);
    finishIfDone();
}

qint32 LiveRunner::reasonFor(const QString &text)
{
    // Failures repeat (every check-in of every agent): the table holds each text once, and stays small.
    constexpr qsizetype MaxMessages = 256;
    if (const auto it = m_reasons.constFind(text); it != m_reasons.cend())
        return it.value();
    if (m_result.messages.size() >= MaxMessages)
        return -1;
    const auto index = qint32(m_result.messages.size());
    m_result.messages << text;
    m_reasons.insert(text, index);
    return index;
}

QString LiveRunner::message(qint32 reason) const
{
    return reason >= 0 && reason < m_result.messages.size() ? m_result.messages.at(reason) : QString();
}

void LiveRunner::finishIfDone()
{
    if (!m_running || m_inFlight > 0)
        return;
    if (!m_result.canceled && (scenarioNowMs() < m_fleet.durationMs() || !m_queue.empty()))
        return;
    m_running = false;
    m_timer.stop();
    Q_EMIT finished(m_result);
}

} // namespace steward::pull
