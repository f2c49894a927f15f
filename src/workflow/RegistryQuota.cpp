#include "workflow/RegistryQuota.h"

#include "core/ImageReference.h"
#include "registry/RegistryClient.h"
#include "store/CatalogQueries.h"
#include "workflow/RegistrySettings.h"

#include <QPromise>

#include <algorithm>

namespace steward::workflow {

namespace {

void applyLearned(RegistryLimits &limits, const registry::RateLimit &seen)
{
    limits.learned = seen;
    limits.origin = LimitOrigin::Learned;
    const std::optional<pull::RateLimitPolicy> policy =
        seen.limited && seen.windowSeconds > 0 ? std::optional(pull::RateLimitPolicy{seen.limit, seen.windowSeconds})
                                               : std::nullopt;
    // The headers speak for the quota the request was counted against: the account when logged in.
    if (limits.username.isEmpty())
        limits.anonymous = policy;
    else
        limits.authenticated = policy;
}

} // namespace

QList<RegistryLimits> registryLimits(const QList<store::RegistryRecord> &records, const QStringList &fleetRegistries,
                                     const QHash<QString, registry::RateLimit> &learned)
{
    QHash<QString, RegistryLimits> byHost;
    auto entry = [&byHost](const QString &host) -> RegistryLimits & {
        RegistryLimits &limits = byHost[host];
        if (limits.registry.isEmpty()) {
            limits.registry = host;
            if (host == QLatin1String("docker.io")) {
                const pull::RegistrySpec defaults = pull::dockerHubDefaults(host);
                limits.anonymous = defaults.anonymous;
                limits.authenticated = defaults.authenticated;
                limits.origin = LimitOrigin::DocumentedDefault;
            }
        }
        return limits;
    };
    for (const QString &host : fleetRegistries) {
        if (const QString key = store::registryHostKey(host); !key.isEmpty())
            entry(key);
    }
    for (const store::RegistryRecord &record : records) {
        RegistryLimits &limits = entry(record.url);
        limits.username = record.username;
        // The row's hand-set limit as RegistrySettings reads it: one reading of the stored policy.
        if (const RegistrySettings settings = registrySettingsOf(record); settings.pullLimit) {
            (settings.limitPerAccount ? limits.authenticated : limits.anonymous) = settings.pullLimit;
            limits.origin = LimitOrigin::SetByHand;
        }
    }
    for (auto it = learned.cbegin(); it != learned.cend(); ++it)
        applyLearned(entry(store::registryHostKey(it.key())), it.value());
    QList<RegistryLimits> all = byHost.values();
    std::sort(all.begin(), all.end(),
              [](const RegistryLimits &a, const RegistryLimits &b) { return a.registry < b.registry; });
    return all;
}

pull::RegistrySpec registrySpec(const RegistryLimits &limits)
{
    return pull::RegistrySpec{limits.registry, limits.anonymous, limits.authenticated};
}

QHash<QString, pull::RegistrySpec> fleetLimitOverrides(const QList<RegistryLimits> &limits)
{
    QHash<QString, pull::RegistrySpec> overrides;
    for (const RegistryLimits &registry : limits) {
        if (registry.origin == LimitOrigin::SetByHand || registry.origin == LimitOrigin::Learned)
            overrides.insert(registry.registry, registrySpec(registry));
    }
    return overrides;
}

QString quotaProbeReference(const QString &registry, const QStringList &references)
{
    const QString host = store::registryHostKey(registry);
    if (host == QLatin1String("docker.io"))
        return QStringLiteral("docker.io/ratelimitpreview/test:latest");
    for (const QString &reference : references) {
        const Result<ImageReference> parsed = ImageReference::parse(reference);
        if (parsed && parsed->registry() == host)
            return reference;
    }
    return {};
}

QFuture<Result<ConnectionCheck>> checkRegistryConnection(const std::shared_ptr<registry::RegistryClient> &client,
                                                         const QString &registry, const QString &probeReference)
{
    auto promise = std::make_shared<QPromise<Result<ConnectionCheck>>>();
    promise->start();
    QFuture<Result<ConnectionCheck>> done = promise->future();
    auto finish = [promise](Result<ConnectionCheck> outcome) {
        promise->addResult(std::move(outcome));
        promise->finish();
    };
    registry::RegistryClient *raw = client.get();
    raw->ping(registry).then(raw, [client, probeReference, finish](const Result<registry::PingResult> &pinged) {
        if (!pinged)
            return finish(fail(pinged.error()));
        ConnectionCheck check;
        check.ping = *pinged;
        const Result<ImageReference> reference = ImageReference::parse(probeReference);
        if (probeReference.isEmpty() || !reference)
            return finish(check);
        check.probed = probeReference;
        client->headManifest(*reference)
            .then(client.get(), [check, finish](const Result<registry::ManifestHead> &head) {
                ConnectionCheck headed = check;
                if (head)
                    headed.rateLimit = head->rateLimit;
                else
                    headed.headError = head.error().toString();
                finish(headed);
            });
    });
    return done;
}

} // namespace steward::workflow
