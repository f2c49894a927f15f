#include "pull/Forecast.h"

#include "pull/PullText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace steward::pull {

namespace {

QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 120)
        return PullText::tr("%1 s").arg(s);
    if (s < 7200)
        return s % 60 ? PullText::tr("%1 min %2 s").arg(s / 60).arg(s % 60) : PullText::tr("%1 min").arg(s / 60);
    if (s % 3600 == 0)
        return PullText::tr("%1 h").arg(s / 3600);
    return PullText::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QString per(const RateLimitPolicy &policy)
{
    return PullText::tr("%1 per %2").arg(policy.limit).arg(duration(policy.windowS * 1000));
}

struct Member
{
    qint64 phaseMs;
    int agent;
    int group;
    qint64 pulls;
};

qint64 waves(const Fleet &fleet, int agent)
{
    return fleet.phaseMs(agent) < fleet.durationMs() ? 1 + fleet.refreshesBefore(agent, fleet.durationMs()) : 0;
}

BucketForecast forecastBucket(const Fleet &fleet, int id, std::vector<Member> members)
{
    const RateLimiter &limiter = fleet.limiterPrototype();
    const WindowCounter &counter = limiter.bucket(id);
    BucketForecast out;
    out.key = limiter.key(id);
    out.policy = limiter.policy(out.key.registry, out.key.authenticated);
    out.windowS = counter.windowMs() / 1000;
    out.wavesPerWindow = (counter.windowMs() + fleet.refreshMs() - 1) / fleet.refreshMs();
    std::sort(members.begin(), members.end(), [](const Member &a, const Member &b) {
        return a.phaseMs != b.phaseMs ? a.phaseMs < b.phaseMs : a.agent < b.agent;
    });
    QSet<int> images;
    QSet<std::pair<int, int>> profileGroups; // agents sharing a profile pull the same images: count them once
    for (const Member &m : members) {
        const qint64 w = waves(fleet, m.agent);
        if (w == 0)
            continue;
        ++out.agents;
        out.pullsPerWave += m.pulls;
        out.pullsInDuration += m.pulls * w;
        out.peakInWindow += m.pulls * std::min(w, out.wavesPerWindow);
        const std::pair<int, int> profileGroup{fleet.profileOf(fleet.agentGroupOf(m.agent)), m.group};
        if (profileGroups.contains(profileGroup))
            continue;
        profileGroups.insert(profileGroup);
        for (int image : fleet.profile(m.agent).pullGroups[size_t(m.group)].images)
            images.insert(image);
    }
    out.images = images.size();
    if (!out.policy || out.pullsPerWave == 0 || out.peakInWindow <= out.policy->limit)
        return out;
    // Nothing is refused before the first 429, so every wave before it is complete: it falls in wave q.
    const qint64 limit = out.policy->limit;
    const qint64 q = limit / out.pullsPerWave;
    qint64 used = q * out.pullsPerWave;
    // Members are in phase order: wave q starts with the first one that pulls in it.
    const auto inWaveQ = [&fleet, q](const Member &m) { return waves(fleet, m.agent) > q; };
    const auto first = std::find_if(members.cbegin(), members.cend(), inWaveQ);
    if (first == members.cend())
        return out;
    const qint64 waveStart = first->phaseMs + q * fleet.refreshMs();
    for (auto it = first; it != members.cend(); ++it) {
        const Member &m = *it;
        if (!inWaveQ(m))
            continue;
        const qint64 at = m.phaseMs + q * fleet.refreshMs();
        if (used + m.pulls > limit) {
            out.firstRateLimitedMs = at;
            out.firstRateLimitedWave = int(q);
            out.secondsIntoWave = (at - waveStart) / 1000;
            out.firstFailingAgent = m.agent;
            out.firstFailingImage = fleet.profile(m.agent).pullGroups[size_t(m.group)].images[size_t(limit - used)];
            break;
        }
        used += m.pulls;
    }
    return out;
}

// `earliest` becomes `atMs` when that is earlier, or when it is unset. (A helper, not inline in a loop: clang-tidy
// 16's optional-access analysis takes minutes over a loop that carries an optional from one round to the next.)
void keepEarliest(std::optional<qint64> &earliest, qint64 atMs)
{
    if (!earliest || atMs < *earliest)
        earliest = atMs;
}

QString who(const BucketKey &key)
{
    return key.authenticated ? PullText::tr("account %1").arg(key.who) : PullText::tr("address %1").arg(key.who);
}

// Images no agent will pull, and why: the first few by name, then how many more (a scenario may have a million).
void adviseUnpulledImages(const Fleet &fleet, QStringList &advice)
{
    constexpr qint64 Named = 20;
    std::vector<qint64> agentsOfProfile(size_t(fleet.profileCount()), 0);
    for (int group = 0; group < fleet.scenario().agents.size(); ++group)
        agentsOfProfile[size_t(fleet.profileOf(group))] += fleet.scenario().agents.at(group).count;
    qint64 unpulled = 0;
    for (int image = 0; image < fleet.imageCount(); ++image) {
        QHash<Eligibility, qint64> reasons;
        qint64 eligible = 0;
        for (int profile = 0; profile < fleet.profileCount(); ++profile) {
            const Eligibility verdict = fleet.distinctProfile(profile).eligibility[size_t(image)];
            if (verdict == Eligibility::Eligible)
                eligible += agentsOfProfile[size_t(profile)];
            else
                reasons[verdict] += agentsOfProfile[size_t(profile)];
        }
        if (eligible > 0 || ++unpulled > Named)
            continue;
        QStringList why;
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
            why.append(PullText::tr("%1 agents: %2").arg(it.value()).arg(eligibilityName(it.key())));
        advice.append(
            PullText::tr("No agent pulls %1 (%2).").arg(fleet.imageName(image), why.join(QStringLiteral(", "))));
    }
    if (unpulled > Named)
        advice.append(PullText::tr("No agent pulls %1 more images either.").arg(unpulled - Named));
}

} // namespace

Forecast forecast(const Scenario &scenario)
{
    return forecast(Fleet::build(scenario));
}

Result<Forecast> checkedForecast(const Scenario &scenario, const Budget &budget)
{
    if (const Status valid = validateScenario(scenario); !valid)
        return fail(valid.error());
    if (const Status fits = checkBudget(estimateForecast(scenario), budget, QStringLiteral("forecast")); !fits)
        return fail(fits.error());
    return forecast(scenario);
}

Forecast forecast(const Fleet &fleet)
{
    const RateLimiter &limiter = fleet.limiterPrototype();
    std::vector<std::vector<Member>> members(size_t(limiter.bucketCount()));
    Forecast out;
    const qint64 refreshMs = fleet.refreshMs();
    QHash<int, qint64> wrongLoginAgents; // image -> agents
    for (int agent = 0; agent < fleet.agentCount(); ++agent) {
        const AgentProfile &profile = fleet.profile(agent);
        for (size_t g = 0; g < profile.pullGroups.size(); ++g) {
            const PullGroup &group = profile.pullGroups[g];
            members[size_t(group.bucket)].push_back(
                Member{fleet.phaseMs(agent), agent, int(g), qint64(group.images.size())});
        }
        if (!profile.wrongCredentialImages.empty() && fleet.phaseMs(agent) < fleet.durationMs()) {
            const qint64 attempts = fleet.checkInsBefore(agent, fleet.durationMs()) +
                                    fleet.refreshesOutsideCheckInsBefore(agent, fleet.durationMs());
            out.pullsInDuration += attempts * qint64(profile.wrongCredentialImages.size());
            out.failedLoginsPerHour += qint64(profile.wrongCredentialImages.size()) * 3600000 / fleet.checkInMs();
            for (int image : profile.wrongCredentialImages)
                ++wrongLoginAgents[image];
        }
    }
    for (int id = 0; id < limiter.bucketCount(); ++id) {
        BucketForecast bucket = forecastBucket(fleet, id, std::move(members[size_t(id)]));
        out.pullsInDuration += bucket.pullsInDuration;
        if (bucket.firstRateLimitedMs)
            keepEarliest(out.firstRateLimitedMs, *bucket.firstRateLimitedMs);
        out.buckets.append(bucket);
    }

    // Advice: every bucket that runs out, with what a login and a pull-through mirror would change.
    const QString refresh =
        refreshMs == 3600000 ? PullText::tr("per hour") : PullText::tr("per %1").arg(duration(refreshMs));
    for (const BucketForecast &b : std::as_const(out.buckets)) {
        if (!b.policy || b.peakInWindow <= b.policy->limit)
            continue;
        QString text =
            PullText::tr("%1 agents behind %2 pull %3 images from %4 %5: %6 pulls %7 against %8")
                .arg(b.agents)
                .arg(who(b.key))
                .arg(b.images)
                .arg(b.key.registry, b.key.authenticated ? PullText::tr("with a login") : PullText::tr("anonymously"))
                .arg(b.pullsPerWave)
                .arg(refresh, per(*b.policy));
        if (b.firstRateLimitedMs) {
            text += PullText::tr(" — the quota is gone %1 into %2 (first 429 at %3, on %4 for %5).")
                        .arg(duration(b.secondsIntoWave * 1000),
                             b.firstRateLimitedWave == 0 ? PullText::tr("the first check-ins")
                                                         : PullText::tr("refresh wave %1").arg(b.firstRateLimitedWave),
                             duration(*b.firstRateLimitedMs), fleet.imageName(b.firstFailingImage),
                             fleet.agentName(b.firstFailingAgent));
        } else {
            text += QLatin1Char('.');
        }
        const qint64 served = b.policy->limit;
        text +=
            PullText::tr(" At most %1 of the %2 pulls a window asks for can succeed (%3%); the rest are refused and "
                         "missing images are retried every %4.")
                .arg(served)
                .arg(b.peakInWindow)
                .arg(b.peakInWindow ? served * 100 / b.peakInWindow : 100)
                .arg(duration(fleet.checkInMs()));
        if (!b.key.authenticated) {
            // A login: the same pulls, counted against one account for every address.
            qint64 allAnonymous = 0;
            for (const BucketForecast &other : std::as_const(out.buckets)) {
                if (other.key.registry == b.key.registry && !other.key.authenticated)
                    allAnonymous += other.peakInWindow;
            }
            const auto account = limiter.policy(b.key.registry, true);
            if (!account)
                text += PullText::tr(
                            " With a login on these images: the account has no limit on %1, so every pull succeeds.")
                            .arg(b.key.registry);
            else
                text += PullText::tr(" With a login on these images: %1 pulls per %2 from all addresses on one account "
                                     "against %3 — %4.")
                            .arg(allAnonymous)
                            .arg(duration(account->windowS * 1000), per(*account),
                                 allAnonymous <= account->limit
                                     ? PullText::tr("it fits")
                                     : PullText::tr("still %1 too many; a paid plan or a mirror is "
                                                    "needed")
                                           .arg(allAnonymous - account->limit));
        }
        // A pull-through mirror fetches each image once per refresh, whatever the number of agents.
        const qint64 mirror = b.images * b.wavesPerWindow;
        text +=
            PullText::tr(" With a pull-through mirror: the mirror pulls each of the %1 images once %2, %3 pulls per %4 "
                         "against %5 — %6.")
                .arg(b.images)
                .arg(refresh)
                .arg(mirror)
                .arg(duration(b.windowS * 1000), per(*b.policy),
                     mirror <= b.policy->limit ? PullText::tr("it fits")
                                               : PullText::tr("still too many; add a login on the mirror"));
        out.advice.append(text);
    }
    for (auto it = wrongLoginAgents.cbegin(); it != wrongLoginAgents.cend(); ++it) {
        out.advice.append(
            PullText::tr("%1 agents cannot log in for %2: every check-in fails (%3 attempts per hour each) and "
                         "the image never arrives, even if it is public. Fix the image's registry credentials.")
                .arg(it.value())
                .arg(fleet.imageName(it.key()))
                .arg(3600000 / fleet.checkInMs()));
    }
    adviseUnpulledImages(fleet, out.advice);
    if (out.advice.isEmpty())
        out.advice.append(
            PullText::tr("Every quota holds: the busiest window of every registry stays within its limit."));
    return out;
}

QJsonObject Forecast::toJson() const
{
    QJsonArray list;
    for (const BucketForecast &b : buckets) {
        list.append(QJsonObject{
            {QStringLiteral("registry"), b.key.registry},
            {QStringLiteral("kind"), b.key.authenticated ? QStringLiteral("account") : QStringLiteral("source")},
            {QStringLiteral("name"), b.key.who},
            {QStringLiteral("limit"), b.policy ? QJsonValue(b.policy->limit) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("window_s"), b.windowS},
            {QStringLiteral("agents"), b.agents},
            {QStringLiteral("images"), b.images},
            {QStringLiteral("pulls_per_wave"), b.pullsPerWave},
            {QStringLiteral("waves_per_window"), b.wavesPerWindow},
            {QStringLiteral("peak_in_window"), b.peakInWindow},
            {QStringLiteral("pulls_in_duration"), b.pullsInDuration},
            {QStringLiteral("first_rate_limited_s"),
             b.firstRateLimitedMs ? QJsonValue(double(*b.firstRateLimitedMs) / 1000.0) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("first_rate_limited_wave"), b.firstRateLimitedWave},
            {QStringLiteral("seconds_into_wave"), b.secondsIntoWave}});
    }
    return QJsonObject{{QStringLiteral("first_rate_limited_s"), firstRateLimitedMs
                                                                    ? QJsonValue(double(*firstRateLimitedMs) / 1000.0)
                                                                    : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("pulls_in_duration"), pullsInDuration},
                       {QStringLiteral("buckets"), list},
                       {QStringLiteral("advice"), QJsonArray::fromStringList(advice)}};
}

} // namespace steward::pull
