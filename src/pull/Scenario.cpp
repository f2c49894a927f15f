#include "pull/Scenario.h"

#include "pull/PullText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace steward::pull {

namespace {

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message, {}};
}

// Reads one object, remembering which keys were used so that a misspelt key is reported instead of ignored.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    QString field(const QString &key) const { return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key; }
    bool has(const QString &key) const { return m_object.contains(key); }
    bool isNull(const QString &key) const { return m_object.value(key).isNull(); }

    Result<qint64> integer(const QString &key, qint64 fallback, qint64 minimum, const char *requirement)
    {
        m_used.insert(key);
        if (!m_object.contains(key))
            return fallback;
        const QJsonValue value = m_object.value(key);
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::isnan(number) || number != std::floor(number) || number < double(minimum) ||
            number > 9.0e15)
            return fail(invalid(PullText::tr("%1 must be %2").arg(field(key), PullText::tr(requirement))));
        return qint64(number);
    }

    Result<qint64> requiredInteger(const QString &key, qint64 minimum, const char *requirement)
    {
        if (!m_object.contains(key))
            return fail(
                invalid(PullText::tr("%1 is missing; it must be %2").arg(field(key), PullText::tr(requirement))));
        return integer(key, 0, minimum, requirement);
    }

    Result<QString> string(const QString &key, const QString &fallback)
    {
        m_used.insert(key);
        if (!m_object.contains(key) || m_object.value(key).isNull())
            return fallback;
        if (!m_object.value(key).isString())
            return fail(invalid(PullText::tr("%1 must be a string").arg(field(key))));
        return m_object.value(key).toString();
    }

    Result<std::optional<QString>> optionalString(const QString &key)
    {
        m_used.insert(key);
        if (!m_object.contains(key) || m_object.value(key).isNull())
            return std::optional<QString>();
        if (!m_object.value(key).isString() || m_object.value(key).toString().isEmpty())
            return fail(invalid(PullText::tr("%1 must be a non-empty string or null").arg(field(key))));
        return std::optional<QString>(m_object.value(key).toString());
    }

    Result<bool> boolean(const QString &key, bool fallback)
    {
        m_used.insert(key);
        if (!m_object.contains(key))
            return fallback;
        if (!m_object.value(key).isBool())
            return fail(invalid(PullText::tr("%1 must be true or false").arg(field(key))));
        return m_object.value(key).toBool();
    }

    Result<QJsonArray> array(const QString &key)
    {
        m_used.insert(key);
        if (!m_object.contains(key))
            return fail(invalid(PullText::tr("%1 is missing; it must be a list").arg(field(key))));
        if (!m_object.value(key).isArray())
            return fail(invalid(PullText::tr("%1 must be a list").arg(field(key))));
        return m_object.value(key).toArray();
    }

    QJsonValue raw(const QString &key)
    {
        m_used.insert(key);
        return m_object.value(key);
    }

    Status noUnknownKeys() const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_used.contains(it.key()))
                return fail(invalid(PullText::tr("%1 is not a known key; check its spelling").arg(field(it.key()))));
        }
        return {};
    }

private:
    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_used;
};

QString indexed(const char *name, qsizetype index)
{
    return QLatin1String(name) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

Result<std::optional<RateLimitPolicy>> readPolicy(const QJsonValue &value, const QString &path,
                                                  const std::optional<RateLimitPolicy> &fallback, bool present)
{
    if (!present)
        return fallback;
    if (value.isNull())
        return std::optional<RateLimitPolicy>();
    if (!value.isObject())
        return fail(
            invalid(PullText::tr("%1 must be an object with limit and window_s, or null for unlimited").arg(path)));
    Reader reader(value.toObject(), path);
    const auto limit = reader.requiredInteger(QStringLiteral("limit"), 0,
                                              QT_TRANSLATE_NOOP("steward::pull", "an integer of 0 or more"));
    if (!limit)
        return fail(limit.error());
    const auto window = reader.requiredInteger(QStringLiteral("window_s"), 1,
                                               QT_TRANSLATE_NOOP("steward::pull", "a positive number of seconds"));
    if (!window)
        return fail(window.error());
    if (*limit > 1000000000)
        return fail(invalid(PullText::tr("%1.limit is too large; leave the limit out for unlimited").arg(path)));
    if (const Status status = reader.noUnknownKeys(); !status)
        return fail(status.error());
    return std::optional<RateLimitPolicy>(RateLimitPolicy{int(*limit), *window});
}

Result<RegistrySpec> readRegistry(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return fail(invalid(PullText::tr("%1 must be an object").arg(path)));
    Reader reader(value.toObject(), path);
    RegistrySpec spec;
    const auto name = reader.string(QStringLiteral("name"), {});
    if (!name)
        return fail(name.error());
    if (name->isEmpty())
        return fail(invalid(PullText::tr("%1.name must be a non-empty string").arg(path)));
    spec.name = *name;
    const auto preset = reader.string(QStringLiteral("preset"), {});
    if (!preset)
        return fail(preset.error());
    RegistrySpec defaults;
    if (*preset == QLatin1String("docker-hub"))
        defaults = dockerHubDefaults(spec.name);
    else if (!preset->isEmpty())
        return fail(invalid(PullText::tr("%1.preset must be \"docker-hub\" or absent").arg(path)));
    const QString anonymousKey = QStringLiteral("anonymous");
    const QString authenticatedKey = QStringLiteral("authenticated");
    const auto anonymous =
        readPolicy(reader.raw(anonymousKey), reader.field(anonymousKey), defaults.anonymous, reader.has(anonymousKey));
    if (!anonymous)
        return fail(anonymous.error());
    const auto authenticated = readPolicy(reader.raw(authenticatedKey), reader.field(authenticatedKey),
                                          defaults.authenticated, reader.has(authenticatedKey));
    if (!authenticated)
        return fail(authenticated.error());
    spec.anonymous = *anonymous;
    spec.authenticated = *authenticated;
    if (const Status status = reader.noUnknownKeys(); !status)
        return fail(status.error());
    return spec;
}

Result<AgentGroup> readAgentGroup(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return fail(invalid(PullText::tr("%1 must be an object").arg(path)));
    Reader reader(value.toObject(), path);
    AgentGroup group;
    const auto count =
        reader.integer(QStringLiteral("count"), 1, 1, QT_TRANSLATE_NOOP("steward::pull", "a positive integer"));
    if (!count)
        return fail(count.error());
    if (*count > 10000000)
        return fail(invalid(PullText::tr("%1.count is too large (at most 10000000)").arg(path)));
    group.count = int(*count);
    const auto name = reader.string(QStringLiteral("name"), {});
    const auto zone = reader.string(QStringLiteral("zone"), {});
    const auto source = reader.string(QStringLiteral("source"), {});
    const auto arch = reader.string(QStringLiteral("arch"), QStringLiteral("amd64"));
    for (const auto *text : {&name, &zone, &source, &arch}) {
        if (!*text)
            return fail(text->error());
    }
    const auto disk = reader.requiredInteger(QStringLiteral("disk_mb"), 0,
                                             QT_TRANSLATE_NOOP("steward::pull", "a number of megabytes, 0 or more"));
    if (!disk)
        return fail(disk.error());
    group.name = *name;
    group.zone = *zone;
    group.source = *source;
    group.arch = *arch;
    group.diskMb = *disk;
    if (const Status status = reader.noUnknownKeys(); !status)
        return fail(status.error());
    return group;
}

Result<ImageGroup> readImageGroup(const QJsonValue &value, const QString &path)
{
    if (!value.isObject())
        return fail(invalid(PullText::tr("%1 must be an object").arg(path)));
    Reader reader(value.toObject(), path);
    ImageGroup group;
    const auto count =
        reader.integer(QStringLiteral("count"), 1, 1, QT_TRANSLATE_NOOP("steward::pull", "a positive integer"));
    if (!count)
        return fail(count.error());
    if (*count > 1000000)
        return fail(invalid(PullText::tr("%1.count is too large (at most 1000000)").arg(path)));
    group.count = int(*count);
    const auto name = reader.string(QStringLiteral("name"), {});
    if (!name)
        return fail(name.error());
    group.name = *name;
    const auto registry = reader.optionalString(QStringLiteral("registry"));
    const auto account = reader.optionalString(QStringLiteral("account"));
    const auto zone = reader.optionalString(QStringLiteral("zone"));
    const auto reference = reader.optionalString(QStringLiteral("reference"));
    for (const auto *text : {&registry, &account, &zone, &reference}) {
        if (!*text)
            return fail(text->error());
    }
    group.registry = *registry;
    group.account = *account;
    group.zone = *zone;
    group.reference = *reference;
    const auto enabled = reader.boolean(QStringLiteral("enabled"), true);
    if (!enabled)
        return fail(enabled.error());
    group.enabled = *enabled;
    const auto credentials = reader.string(QStringLiteral("credentials"), QStringLiteral("valid"));
    if (!credentials)
        return fail(credentials.error());
    if (*credentials != QLatin1String("valid") && *credentials != QLatin1String("wrong"))
        return fail(invalid(PullText::tr("%1.credentials must be \"valid\" or \"wrong\"").arg(path)));
    group.credentialsValid = *credentials == QLatin1String("valid");
    const auto size = reader.integer(QStringLiteral("uncompressed_size_mb"), 0, 0,
                                     QT_TRANSLATE_NOOP("steward::pull", "a number of megabytes, 0 or more"));
    if (!size)
        return fail(size.error());
    group.uncompressedSizeMb = *size;
    const QString movesKey = QStringLiteral("tag_moves_every_s");
    if (reader.has(movesKey) && !reader.isNull(movesKey)) {
        const auto moves =
            reader.integer(movesKey, 0, 1,
                           QT_TRANSLATE_NOOP("steward::pull", "a positive number of seconds, or null for a fixed tag"));
        if (!moves)
            return fail(moves.error());
        group.tagMovesEveryS = *moves;
    } else {
        reader.raw(movesKey);
    }
    if (const Status status = reader.noUnknownKeys(); !status)
        return fail(status.error());
    return group;
}

QJsonValue policyToJson(const std::optional<RateLimitPolicy> &policy)
{
    if (!policy)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("limit"), policy->limit}, {QStringLiteral("window_s"), policy->windowS}};
}

QJsonValue optionalToJson(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

} // namespace

const RegistrySpec *Scenario::registry(const QString &name) const
{
    for (const RegistrySpec &spec : registries) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

qint64 Scenario::agentCount() const
{
    qint64 total = 0;
    for (const AgentGroup &group : agents)
        total += group.count;
    return total;
}

qint64 Scenario::imageCount() const
{
    qint64 total = 0;
    for (const ImageGroup &group : images)
        total += group.count;
    return total;
}

RegistrySpec dockerHubDefaults(const QString &name)
{
    return RegistrySpec{name, RateLimitPolicy{100, 21600}, RateLimitPolicy{200, 21600}};
}

Status validateScenario(const Scenario &s)
{
    if (s.durationS <= 0)
        return fail(invalid(PullText::tr("duration_s must be a positive number of seconds")));
    if (s.checkInIntervalS <= 0)
        return fail(invalid(PullText::tr("check_in_interval_s must be a positive number of seconds")));
    if (s.refreshIntervalS <= 0)
        return fail(invalid(PullText::tr("refresh_interval_s must be a positive number of seconds")));
    if (s.reportWindowS <= 0)
        return fail(invalid(PullText::tr("report_window_s must be a positive number of seconds")));
    // Times are kept in milliseconds in 64 bits; a century is plenty.
    if (s.durationS > 3153600000LL || s.checkInIntervalS > 3153600000LL || s.refreshIntervalS > 3153600000LL)
        return fail(invalid(PullText::tr("duration_s and the intervals must be at most 100 years")));
    QSet<QString> names;
    for (qsizetype i = 0; i < s.registries.size(); ++i) {
        const RegistrySpec &spec = s.registries.at(i);
        const QString path = indexed("registries", i);
        if (spec.name.isEmpty())
            return fail(invalid(PullText::tr("%1.name must be a non-empty string").arg(path)));
        if (names.contains(spec.name))
            return fail(invalid(
                PullText::tr("%1.name \"%2\" is used twice; registry names must be unique").arg(path, spec.name)));
        names.insert(spec.name);
        for (const auto &[key, policy] :
             {std::pair{"anonymous", spec.anonymous}, {"authenticated", spec.authenticated}}) {
            if (policy && (policy->limit < 0 || policy->windowS <= 0))
                return fail(invalid(PullText::tr("%1.%2 needs a limit of 0 or more and a positive window_s")
                                        .arg(path, QLatin1String(key))));
        }
    }
    if (s.agents.isEmpty())
        return fail(invalid(PullText::tr("agents must list at least one agent group")));
    for (qsizetype i = 0; i < s.agents.size(); ++i) {
        const AgentGroup &group = s.agents.at(i);
        if (group.count <= 0)
            return fail(invalid(PullText::tr("%1.count must be a positive integer").arg(indexed("agents", i))));
        if (group.diskMb < 0)
            return fail(invalid(PullText::tr("%1.disk_mb must be 0 or more").arg(indexed("agents", i))));
    }
    for (qsizetype i = 0; i < s.images.size(); ++i) {
        const ImageGroup &group = s.images.at(i);
        const QString path = indexed("images", i);
        if (group.count <= 0)
            return fail(invalid(PullText::tr("%1.count must be a positive integer").arg(path)));
        if (group.uncompressedSizeMb < 0)
            return fail(invalid(PullText::tr("%1.uncompressed_size_mb must be 0 or more").arg(path)));
        if (group.tagMovesEveryS && *group.tagMovesEveryS <= 0)
            return fail(invalid(PullText::tr("%1.tag_moves_every_s must be a positive number of seconds").arg(path)));
        if (group.registry && !names.contains(*group.registry))
            return fail(
                invalid(PullText::tr("%1.registry names \"%2\", which is not in registries; add it there or use "
                                     "null for an image without a registry")
                            .arg(path, *group.registry)));
        if (!group.credentialsValid && !group.account)
            return fail(
                invalid(PullText::tr("%1.credentials is \"wrong\" but the image has no account; name the account "
                                     "whose login fails")
                            .arg(path)));
    }
    if (s.agentCount() > 10000000 || s.imageCount() > 1000000)
        return fail(invalid(PullText::tr("the scenario is too large: at most 10000000 agents and 1000000 images")));
    return {};
}

Result<Scenario> scenarioFromJson(const QJsonObject &json)
{
    Reader reader(json, {});
    Scenario s;
    const auto duration = reader.requiredInteger(QStringLiteral("duration_s"), 1,
                                                 QT_TRANSLATE_NOOP("steward::pull", "a positive number of seconds"));
    if (!duration)
        return fail(duration.error());
    s.durationS = *duration;
    const auto checkIn = reader.integer(QStringLiteral("check_in_interval_s"), 30, 1,
                                        QT_TRANSLATE_NOOP("steward::pull", "a positive number of seconds"));
    if (!checkIn)
        return fail(checkIn.error());
    s.checkInIntervalS = *checkIn;
    const auto refresh = reader.integer(QStringLiteral("refresh_interval_s"), 3600, 1,
                                        QT_TRANSLATE_NOOP("steward::pull", "a positive number of seconds"));
    if (!refresh)
        return fail(refresh.error());
    s.refreshIntervalS = *refresh;
    const auto seed =
        reader.integer(QStringLiteral("seed"), 1, 0, QT_TRANSLATE_NOOP("steward::pull", "an integer of 0 or more"));
    if (!seed)
        return fail(seed.error());
    s.seed = quint64(*seed);
    const auto report = reader.integer(QStringLiteral("report_window_s"), 21600, 1,
                                       QT_TRANSLATE_NOOP("steward::pull", "a positive number of seconds"));
    if (!report)
        return fail(report.error());
    s.reportWindowS = *report;

    const auto registries = reader.array(QStringLiteral("registries"));
    if (!registries)
        return fail(registries.error());
    for (qsizetype i = 0; i < registries->size(); ++i) {
        const auto spec = readRegistry(registries->at(i), indexed("registries", i));
        if (!spec)
            return fail(spec.error());
        s.registries.append(*spec);
    }
    const auto agents = reader.array(QStringLiteral("agents"));
    if (!agents)
        return fail(agents.error());
    for (qsizetype i = 0; i < agents->size(); ++i) {
        const auto group = readAgentGroup(agents->at(i), indexed("agents", i));
        if (!group)
            return fail(group.error());
        s.agents.append(*group);
    }
    const auto images = reader.array(QStringLiteral("images"));
    if (!images)
        return fail(images.error());
    for (qsizetype i = 0; i < images->size(); ++i) {
        const auto group = readImageGroup(images->at(i), indexed("images", i));
        if (!group)
            return fail(group.error());
        s.images.append(*group);
    }
    if (const Status status = reader.noUnknownKeys(); !status)
        return fail(status.error());
    if (const Status status = validateScenario(s); !status)
        return fail(status.error());
    return s;
}

Result<Scenario> scenarioFromJsonBytes(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(invalid(PullText::tr("the scenario is not valid JSON: %1 at offset %2")
                                .arg(error.errorString())
                                .arg(error.offset)));
    if (!doc.isObject())
        return fail(invalid(PullText::tr("the scenario must be a JSON object")));
    return scenarioFromJson(doc.object());
}

Result<Scenario> loadScenario(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            Error{ErrorCode::NotFound, PullText::tr("cannot read the scenario file %1").arg(path), file.errorString()});
    auto scenario = scenarioFromJsonBytes(file.readAll());
    if (!scenario)
        return fail(Error{scenario.error().code, path + QStringLiteral(": ") + scenario.error().message,
                          scenario.error().detail});
    return scenario;
}

QJsonObject scenarioToJson(const Scenario &s)
{
    QJsonArray registries;
    for (const RegistrySpec &spec : s.registries) {
        registries.append(QJsonObject{{QStringLiteral("name"), spec.name},
                                      {QStringLiteral("anonymous"), policyToJson(spec.anonymous)},
                                      {QStringLiteral("authenticated"), policyToJson(spec.authenticated)}});
    }
    QJsonArray agents;
    for (const AgentGroup &group : s.agents) {
        agents.append(QJsonObject{{QStringLiteral("count"), group.count},
                                  {QStringLiteral("name"), group.name},
                                  {QStringLiteral("zone"), group.zone},
                                  {QStringLiteral("source"), group.source},
                                  {QStringLiteral("arch"), group.arch},
                                  {QStringLiteral("disk_mb"), group.diskMb}});
    }
    QJsonArray images;
    for (const ImageGroup &group : s.images) {
        images.append(QJsonObject{
            {QStringLiteral("count"), group.count},
            {QStringLiteral("name"), group.name},
            {QStringLiteral("registry"), optionalToJson(group.registry)},
            {QStringLiteral("enabled"), group.enabled},
            {QStringLiteral("account"), optionalToJson(group.account)},
            {QStringLiteral("credentials"), group.credentialsValid ? QStringLiteral("valid") : QStringLiteral("wrong")},
            {QStringLiteral("zone"), optionalToJson(group.zone)},
            {QStringLiteral("uncompressed_size_mb"), group.uncompressedSizeMb},
            {QStringLiteral("tag_moves_every_s"),
             group.tagMovesEveryS ? QJsonValue(*group.tagMovesEveryS) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("reference"), optionalToJson(group.reference)}});
    }
    return QJsonObject{{QStringLiteral("duration_s"), s.durationS},
                       {QStringLiteral("check_in_interval_s"), s.checkInIntervalS},
                       {QStringLiteral("refresh_interval_s"), s.refreshIntervalS},
                       {QStringLiteral("seed"), qint64(s.seed)},
                       {QStringLiteral("report_window_s"), s.reportWindowS},
                       {QStringLiteral("registries"), registries},
                       {QStringLiteral("agents"), agents},
                       {QStringLiteral("images"), images}};
}

} // namespace steward::pull
