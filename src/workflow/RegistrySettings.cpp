#include "workflow/RegistrySettings.h"

#include "registry/RegistryClient.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "workflow/WorkflowText.h"

#include <QFileInfo>
#include <QJsonObject>

namespace steward::workflow {

namespace {

constexpr qint64 longestWindowS = qint64{366} * 24 * 3600;

QJsonObject limitJson(const RegistrySettings &settings)
{
    if (!settings.pullLimit)
        return {};
    return QJsonObject{
        {QStringLiteral("limit"), settings.pullLimit->limit},
        {QStringLiteral("window_s"), settings.pullLimit->windowS},
        {QStringLiteral("per"), settings.limitPerAccount ? QStringLiteral("account") : QStringLiteral("ip")}};
}

QJsonObject settingsJson(const RegistrySettings &settings)
{
    return QJsonObject{{QStringLiteral("ca_file"), settings.caFile},
                       {QStringLiteral("insecure"), settings.insecure},
                       {QStringLiteral("rate_limit_policy"), limitJson(settings)}};
}

} // namespace

RegistrySettings registrySettingsOf(const store::RegistryRecord &record)
{
    RegistrySettings settings;
    settings.registry = record.url;
    settings.caFile = record.caFile;
    settings.insecure = record.insecure;
    const QJsonObject &policy = record.rateLimitPolicy;
    const int limit = policy.value(QStringLiteral("limit")).toInt(-1);
    const qint64 window = policy.value(QStringLiteral("window_s")).toInteger(-1);
    if (limit >= 0 && window > 0) {
        settings.pullLimit = pull::RateLimitPolicy{limit, window};
        settings.limitPerAccount = policy.value(QStringLiteral("per")).toString() == QLatin1String("account");
    }
    return settings;
}

Result<RegistrySettings> checkRegistrySettings(const RegistrySettings &settings)
{
    RegistrySettings checked = settings;
    checked.registry = store::registryHostKey(settings.registry);
    if (checked.registry.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    WorkflowText::tr("\"%1\" is not a registry host; write it as host or host:port, e.g. "
                                     "registry.example.com:5000.")
                        .arg(settings.registry));
    checked.caFile = settings.caFile.trimmed();
    if (!checked.caFile.isEmpty()) {
        checked.caFile = QFileInfo(checked.caFile).absoluteFilePath();
        if (const Status ca = registry::RegistryClient::checkCaFile(checked.caFile); !ca)
            return fail(ErrorCode::InvalidInput, WorkflowText::tr("CA certificate: %1").arg(ca.error().message),
                        ca.error().detail);
    }
    if (checked.pullLimit) {
        if (checked.pullLimit->limit < 0)
            return fail(ErrorCode::InvalidInput,
                        WorkflowText::tr("Pull limit: %1 is not a number of pulls; give 0 or more.")
                            .arg(checked.pullLimit->limit));
        if (checked.pullLimit->windowS <= 0 || checked.pullLimit->windowS > longestWindowS)
            return fail(ErrorCode::InvalidInput,
                        WorkflowText::tr("Pull limit: a window of %1 s is outside 1 s to 366 days.")
                            .arg(checked.pullLimit->windowS));
    } else {
        checked.limitPerAccount = false;
    }
    return checked;
}

Result<RegistrySettings> readRegistrySettings(QSqlDatabase &db, const QString &registry)
{
    const QString host = store::registryHostKey(registry);
    if (host.isEmpty())
        return fail(ErrorCode::InvalidInput, WorkflowText::tr("\"%1\" is not a registry host.").arg(registry));
    Result<std::optional<store::RegistryRecord>> existing = store::findRegistry(db, host);
    if (!existing)
        return fail(existing.error());
    const std::optional<store::RegistryRecord> &found = *existing;
    if (!found) {
        RegistrySettings defaults;
        defaults.registry = host;
        return defaults;
    }
    return registrySettingsOf(*found);
}

Status writeRegistrySettings(QSqlDatabase &db, const RegistrySettings &checked, const QString &actor)
{
    Result<std::optional<store::RegistryRecord>> existing = store::findRegistry(db, checked.registry);
    if (!existing)
        return fail(existing.error());
    store::RegistryRecord record = existing->value_or(store::RegistryRecord{});
    const QJsonValue before =
        existing->has_value() ? QJsonValue(settingsJson(registrySettingsOf(record))) : QJsonValue();
    record.url = checked.registry;
    if (checked.registry == QLatin1String("docker.io") && !existing->has_value())
        record.kind = QStringLiteral("dockerhub");
    record.caFile = checked.caFile;
    record.insecure = checked.insecure;
    record.rateLimitPolicy = limitJson(checked);
    if (Result<qint64> id = store::upsertRegistry(db, record); !id)
        return fail(id.error());
    return store::appendAudit(
        db, {0, {}, actor, QStringLiteral("registry.settings"), checked.registry, before, settingsJson(checked)});
}

QFuture<Status> saveRegistrySettings(const std::shared_ptr<store::CatalogWorker> &catalog,
                                     const RegistrySettings &settings, const QString &actor)
{
    return catalog->write([settings, actor](QSqlDatabase &db) -> Status {
        Result<RegistrySettings> checked = checkRegistrySettings(settings);
        if (!checked)
            return fail(checked.error());
        return writeRegistrySettings(db, *checked, actor);
    });
}

} // namespace steward::workflow
