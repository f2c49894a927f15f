#include "kasm/KasmJson.h"

#include "core/WholeNumber.h"
#include "kasm/KasmText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QVariant>

#include <cmath>
#include <concepts>
#include <limits>

namespace steward::kasm::json {

namespace {

// Outside the template below, whose constrained parameter lupdate cannot parse.
QString wholeNumberRange(qint64 min, qint64 max)
{
    return KasmText::tr("a whole number from %1 to %2").arg(min).arg(max);
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

// Reads fields of one object; the first wrong type is remembered and reported with the field's path.
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    QString string(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isString())
            return value.toString();
        if (value.isDouble()) // ids are sometimes numbers; their text is what matters
            return QString::number(value.toDouble(), 'g', 17);
        if (!isAbsent(value))
            wrongType(key, value, QStringLiteral("a string"));
        return {};
    }

    bool boolean(const char *key, bool fallback)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isBool())
            return value.toBool();
        if (!isAbsent(value))
            wrongType(key, value, QStringLiteral("true or false"));
        return fallback;
    }

    // A finite number; NaN and the infinities (which "nan" and "-inf" in a string give) are errors.
    double number(const char *key)
    {
        const std::optional<Number> read = readNumber(key);
        if (!read)
            return 0;
        if (!std::isfinite(read->value)) {
            outOfRange(key, read->shown, KasmText::tr("a finite number"));
            return 0;
        }
        return read->value;
    }

    // The whole part of a number, which must fit in Int: a cast of one that does not is undefined ("1e300" came
    // out as INT64_MIN), so that is an error naming the field.
    template<std::signed_integral Int = qint64>
    Int integer(const char *key)
    {
        const std::optional<Number> read = readNumber(key);
        if (!read)
            return 0;
        std::optional<Int> whole;
        if (read->exact) {
            if (*read->exact >= std::numeric_limits<Int>::min() && *read->exact <= std::numeric_limits<Int>::max())
                whole = static_cast<Int>(*read->exact);
        } else {
            whole = truncateInto<Int>(read->value);
        }
        if (!whole) {
            outOfRange(key, read->shown,
                       wholeNumberRange(std::numeric_limits<Int>::min(), std::numeric_limits<Int>::max()));
            return 0;
        }
        return *whole;
    }

    QStringList stringList(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (isAbsent(value))
            return {};
        if (!value.isArray()) {
            wrongType(key, value, QStringLiteral("an array of strings"));
            return {};
        }
        QStringList list;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                wrongType(QString::fromLatin1(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                          array.at(i), QStringLiteral("a string"));
                return {};
            }
            list << array.at(i).toString();
        }
        return list;
    }

    QJsonObject object(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isObject())
            return value.toObject();
        if (!isAbsent(value))
            wrongType(key, value, QStringLiteral("an object"));
        return {};
    }

    QString childPath(const QString &key) const { return m_path + QLatin1Char('.') + key; }
    bool ok() const { return !m_error.has_value(); }
    Error error() const { return m_error.value_or(Error()); } // the first error, once !ok()
    void setError(Error error)
    {
        if (!m_error)
            m_error = std::move(error);
    }

private:
    static bool isAbsent(const QJsonValue &value) { return value.isNull() || value.isUndefined(); }

    // A number as sent: `exact` when the JSON held a whole number that fits 64 bits (a double cannot hold them all),
    // and how to show it in a message.
    struct Number
    {
        double value = 0;
        std::optional<qint64> exact;
        QString shown;
    };

    std::optional<Number> readNumber(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isDouble()) {
            const QVariant raw = value.toVariant();
            if (raw.typeId() == QMetaType::LongLong)
                return Number{value.toDouble(), raw.toLongLong(), QString::number(raw.toLongLong())};
            return Number{value.toDouble(), {}, QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest)};
        }
        if (value.isString()) { // Python-side Decimal fields arrive as strings
            bool ok = false;
            const QString text = value.toString().trimmed();
            const double parsed = text.toDouble(&ok);
            if (ok)
                return Number{parsed, {}, QLatin1Char('"') + text + QLatin1Char('"')};
        }
        if (!isAbsent(value))
            wrongType(key, value, QStringLiteral("a number"));
        return std::nullopt;
    }

    void outOfRange(const char *key, const QString &shown, const QString &expected)
    {
        setError(Error{ErrorCode::Protocol,
                       KasmText::tr("The Kasm server sent %1 as %2, a number outside what the field "
                                    "holds (%3); this server's API is not one ImageSteward "
                                    "understands.")
                           .arg(childPath(QString::fromLatin1(key)), shown, expected),
                       {}});
    }

    void wrongType(const QString &key, const QJsonValue &value, const QString &expected)
    {
        setError(Error{ErrorCode::Protocol,
                       KasmText::tr("The Kasm server sent %1 as %2 where %3 was expected; this "
                                    "server's API is not one ImageSteward understands.")
                           .arg(childPath(key), typeName(value), expected),
                       {}});
    }
    void wrongType(const char *key, const QJsonValue &value, const QString &expected)
    {
        wrongType(QString::fromLatin1(key), value, expected);
    }

    const QJsonObject &m_object;
    QString m_path;
    std::optional<Error> m_error;
};

Error wrongListType(const QString &path, const QJsonValue &value, const QString &expected)
{
    return Error{ErrorCode::Protocol,
                 KasmText::tr("The Kasm server sent %1 as %2 where %3 was expected; this server's "
                              "API is not one ImageSteward understands.")
                     .arg(path, typeName(value), expected),
                 {}};
}

template<typename T, typename Parse>
Result<QList<T>> parseList(const QJsonObject &body, const QString &key, Parse parse)
{
    const QJsonValue value = body.value(key);
    if (value.isNull() || value.isUndefined())
        return QList<T>{};
    if (!value.isArray())
        return fail(wrongListType(key, value, QStringLiteral("an array")));
    QList<T> list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = key + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (!array.at(i).isObject())
            return fail(wrongListType(path, array.at(i), QStringLiteral("an object")));
        auto item = parse(array.at(i).toObject(), path);
        if (!item)
            return fail(item.error());
        if constexpr (std::is_same_v<std::decay_t<decltype(*item)>, std::optional<T>>) {
            if (const std::optional<T> &found = *item)
                list << *found;
        } else {
            list << *item;
        }
    }
    return list;
}

QList<AgentImage> parseInventory(const QJsonValue &value, FieldReader &reader, const QString &key)
{
    QList<AgentImage> inventory;
    auto parseEntry = [&](const QJsonObject &entry, const QString &reference, const QString &path) {
        FieldReader fields(entry, path);
        AgentImage image;
        image.reference = reference.isEmpty() ? fields.string("name") : reference;
        image.tags = fields.stringList("tags");
        image.digests = fields.stringList("repo_digests");
        if (image.digests.isEmpty())
            image.digests = fields.stringList("digests");
        image.imageId = fields.string("id");
        image.sizeBytes = fields.integer("size");
        image.pulledAt = parseTimestamp(fields.string("pulled_at")); // the simulation's own key; Kasm has none
        if (!fields.ok())
            reader.setError(fields.error());
        inventory << image;
    };
    if (value.isObject()) { // Kasm's shape: reference -> details
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString path = reader.childPath(key) + QLatin1Char('.') + it.key();
            if (it.value().isObject())
                parseEntry(it.value().toObject(), it.key(), path);
            else if (it.value().isNull())
                parseEntry({}, it.key(), path);
            else
                reader.setError(wrongListType(path, it.value(), QStringLiteral("an object")));
        }
    } else if (value.isArray()) { // tolerated: a list of {"name": ..., "tags": [...]}
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = reader.childPath(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (array.at(i).isObject())
                parseEntry(array.at(i).toObject(), {}, path);
            else
                reader.setError(wrongListType(path, array.at(i), QStringLiteral("an object")));
        }
    } else if (!value.isNull() && !value.isUndefined()) {
        reader.setError(wrongListType(reader.childPath(key), value, QStringLiteral("an object")));
    }
    return inventory;
}

// The simulation's own key (a Kasm server sends none): [{"reference", "reason", "at"}].
QList<AgentPullFailure> parsePullFailures(const QJsonValue &value, FieldReader &reader)
{
    QList<AgentPullFailure> failures;
    if (value.isNull() || value.isUndefined())
        return failures;
    const QString key = QStringLiteral("pull_failures");
    if (!value.isArray()) {
        reader.setError(wrongListType(reader.childPath(key), value, QStringLiteral("a list")));
        return failures;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = reader.childPath(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (!array.at(i).isObject()) {
            reader.setError(wrongListType(path, array.at(i), QStringLiteral("an object")));
            continue;
        }
        FieldReader fields(array.at(i).toObject(), path);
        AgentPullFailure failure{fields.string("reference"), fields.string("reason"),
                                 parseTimestamp(fields.string("at"))};
        if (!fields.ok())
            reader.setError(fields.error());
        failures << failure;
    }
    return failures;
}

// Kasm reads categories as an array; the text form it is written in (one a line) is read too.
QStringList readCategories(const QJsonObject &object, FieldReader &reader)
{
    const QJsonValue value = object.value(QStringLiteral("categories"));
    if (value.isString())
        return value.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return reader.stringList("categories");
}

// The JSON fields as Kasm's write calls want them: JSON text, "" for none. Text read as such is sent as read.
QJsonValue jsonFieldText(const QJsonValue &value)
{
    if (value.isString())
        return value;
    if (value.isObject() && !value.toObject().isEmpty())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray() && !value.toArray().isEmpty())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString();
}

// A text field sent back as read: an empty value stays null when the server had null.
QJsonValue textAsRead(const QString &value, const QJsonObject &raw, const QString &key)
{
    if (value.isEmpty() && (raw.value(key).isNull() || raw.value(key).isUndefined()))
        return QJsonValue();
    return value;
}

} // namespace

Result<KasmImage> parseImage(const QJsonObject &object, const QString &path)
{
    FieldReader f(object, path);
    KasmImage image;
    image.imageId = f.string("image_id");
    image.name = f.string("name");
    image.friendlyName = f.string("friendly_name");
    image.description = f.string("description");
    image.imageSrc = f.string("image_src");
    image.enabled = f.boolean("enabled", true);
    image.hidden = f.boolean("hidden", false);
    image.categories = readCategories(object, f);
    const QString type = f.string("image_type");
    if (!type.isEmpty())
        image.imageType = type;
    image.cores = f.number("cores");
    image.memoryBytes = f.integer("memory");
    image.gpuCount = f.integer<int>("gpu_count");
    image.dockerRegistry = f.string("docker_registry");
    image.dockerUser = f.string("docker_user");
    // Kasm masks a stored token as "**********" and sends null for none; our own persisted form has
    // has_docker_token instead. Either way only whether one is stored is kept, never what it is.
    const QJsonValue token = object.value(QStringLiteral("docker_token"));
    image.hasDockerToken = f.boolean("has_docker_token", false) || (token.isString() && !token.toString().isEmpty());
    image.uncompressedSizeMb = f.integer("uncompressed_size_mb");
    image.restrictToZone = f.boolean("restrict_to_zone", false);
    image.zoneId = f.string("zone_id");
    image.available = f.boolean("available", false);
    if (!f.ok())
        return fail(f.error());
    image.raw = object;
    image.raw.remove(QStringLiteral("docker_token"));
    return image;
}

Result<KasmGroup> parseGroup(const QJsonObject &object, const QString &path)
{
    FieldReader f(object, path);
    KasmGroup group;
    group.groupId = f.string("group_id");
    group.name = f.string("name");
    group.description = f.string("description");
    group.priority = f.integer<int>("priority");
    group.isSystem = f.boolean("is_system", false);
    if (!f.ok())
        return fail(f.error());
    group.raw = object;
    return group;
}

Result<KasmZone> parseZone(const QJsonObject &object, const QString &path)
{
    FieldReader f(object, path);
    KasmZone zone;
    zone.zoneId = f.string("zone_id");
    zone.name = f.string("zone_name");
    zone.upstreamAuthAddress = f.string("upstream_auth_address");
    if (!f.ok())
        return fail(f.error());
    return zone;
}

Result<KasmAgent> parseAgent(const QJsonObject &object, const QString &path)
{
    FieldReader f(object, path);
    KasmAgent agent;
    agent.agentId = f.string("agent_id");
    if (agent.agentId.isEmpty())
        agent.agentId = f.string("server_id");
    agent.hostname = f.string("hostname");
    agent.zoneId = f.string("zone_id");
    agent.egressSource = f.string("egress_source");
    agent.architecture = f.string("architecture");
    agent.enabled = f.boolean("enabled", true);
    const QString reported = f.string("last_reported");
    agent.lastReported = parseTimestamp(reported);
    const QJsonObject disk = f.object("disk_stats");
    FieldReader diskFields(disk, f.childPath(QStringLiteral("disk_stats")));
    agent.diskTotalBytes = diskFields.integer("total");
    agent.diskFreeBytes = diskFields.integer("free");
    if (!diskFields.ok())
        f.setError(diskFields.error());
    const QString prune = f.string("prune_images_mode");
    if (!prune.isEmpty()) {
        const std::optional<PruneMode> mode = pruneModeFromName(prune);
        if (!mode)
            f.setError(Error{ErrorCode::Protocol,
                             KasmText::tr("The Kasm server sent %1 as \"%2\"; ImageSteward knows Off, "
                                          "Normal and Aggressive.")
                                 .arg(f.childPath(QStringLiteral("prune_images_mode")), prune),
                             {}});
        else
            agent.pruneMode = *mode;
    }
    agent.inventory = parseInventory(object.value(QStringLiteral("docker_images")), f, QStringLiteral("docker_images"));
    agent.pullFailures = parsePullFailures(object.value(QStringLiteral("pull_failures")), f);
    if (!f.ok())
        return fail(f.error());
    return agent;
}

Result<QList<KasmImage>> parseImageList(const QJsonObject &body, const QString &key)
{
    return parseList<KasmImage>(body, key, parseImage);
}

Result<QList<KasmGroup>> parseGroupList(const QJsonObject &body, const QString &key)
{
    return parseList<KasmGroup>(body, key, parseGroup);
}

Result<QList<KasmZone>> parseZoneList(const QJsonObject &body, const QString &key)
{
    return parseList<KasmZone>(body, key, parseZone);
}

Result<QList<KasmAgent>> parseAgentList(const QJsonObject &body, const QString &key)
{
    return parseList<KasmAgent>(
        body, key, [](const QJsonObject &object, const QString &path) -> Result<std::optional<KasmAgent>> {
            const QJsonValue type = object.value(QStringLiteral("server_type"));
            if (type.isString() && type.toString().compare(QLatin1String("host"), Qt::CaseInsensitive) != 0)
                return std::optional<KasmAgent>{}; // a fixed server or pool member, not an agent
            if (!type.isString() && !type.isNull() && !type.isUndefined())
                return fail(wrongListType(path + QStringLiteral(".server_type"), type, QStringLiteral("a string")));
            auto agent = parseAgent(object, path);
            if (!agent)
                return fail(agent.error());
            return std::optional<KasmAgent>(*agent);
        });
}

QString reportedKasmVersion(const QJsonObject &body, const QString &key)
{
    QHash<QString, int> counts;
    for (const auto &entry : body.value(key).toArray()) {
        const QString reported = entry.toObject().value(QStringLiteral("agent_version")).toString();
        const QString release = reported.section(QLatin1Char('.'), 0, 2);
        if (!release.isEmpty() && release.front().isDigit())
            ++counts[release];
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best) || (it.value() == counts.value(best) && it.key() > best))
            best = it.key();
    }
    return best;
}

Result<QStringList> parseImageIdList(const QJsonObject &body, const QString &key)
{
    auto ids = parseList<QString>(body, key, [](const QJsonObject &object, const QString &path) -> Result<QString> {
        FieldReader f(object, path);
        QString id = f.string("image_id");
        if (!f.ok())
            return fail(f.error());
        return id;
    });
    if (!ids)
        return fail(ids.error());
    return QStringList(*ids);
}

QJsonObject imageWriteBody(const KasmImage &image, ImageWrite write, const std::optional<QString> &newDockerToken)
{
    // Fields Kasm 1.15 knows but ImageSteward does not model; hash, server_id and persistent_profile_path are reset
    // when an update leaves them out, so they go back as read.
    static const QStringList asRead{QStringLiteral("server_pool_id"), QStringLiteral("hash"),
                                    QStringLiteral("server_id"), QStringLiteral("persistent_profile_path")};
    static const QStringList jsonText{QStringLiteral("run_config"), QStringLiteral("exec_config"),
                                      QStringLiteral("launch_config"), QStringLiteral("volume_mappings")};
    const QJsonObject &raw = image.raw;
    QJsonObject o;
    if (write == ImageWrite::Update)
        o.insert(QStringLiteral("image_id"), image.imageId);
    o.insert(QStringLiteral("name"), image.name);
    o.insert(QStringLiteral("friendly_name"), image.friendlyName);
    o.insert(QStringLiteral("description"), image.description);
    o.insert(QStringLiteral("image_src"), image.imageSrc);
    o.insert(QStringLiteral("enabled"), image.enabled);
    o.insert(QStringLiteral("hidden"), image.hidden);
    o.insert(QStringLiteral("categories"), image.categories.join(QLatin1Char('\n')));
    o.insert(QStringLiteral("image_type"), image.imageType);
    o.insert(QStringLiteral("cores"), image.cores);
    o.insert(QStringLiteral("memory"), image.memoryBytes);
    o.insert(QStringLiteral("gpu_count"), image.gpuCount);
    o.insert(QStringLiteral("docker_registry"),
             textAsRead(image.dockerRegistry, raw, QStringLiteral("docker_registry")));
    o.insert(QStringLiteral("docker_user"), textAsRead(image.dockerUser, raw, QStringLiteral("docker_user")));
    // The mask keeps the stored token on an update; on a create it would become the password, so none is sent.
    QJsonValue token;
    if (newDockerToken)
        token = *newDockerToken;
    else if (write == ImageWrite::Update && image.hasDockerToken)
        token = maskedDockerToken();
    o.insert(QStringLiteral("docker_token"), token);
    o.insert(QStringLiteral("uncompressed_size_mb"), image.uncompressedSizeMb);
    o.insert(QStringLiteral("restrict_to_zone"), image.restrictToZone);
    o.insert(QStringLiteral("zone_id"), image.zoneId.isEmpty() ? QJsonValue() : QJsonValue(image.zoneId));
    for (const QString &key : jsonText)
        o.insert(key, jsonFieldText(raw.value(key)));
    for (const QString &key : asRead) {
        if (raw.contains(key))
            o.insert(key, raw.value(key));
    }
    return o;
}

QString maskedDockerToken()
{
    return QStringLiteral("**********");
}

QJsonObject imageToJson(const KasmImage &image)
{
    QJsonObject o = image.raw;
    if (image.imageId.isEmpty())
        o.remove(QStringLiteral("image_id"));
    else
        o.insert(QStringLiteral("image_id"), image.imageId);
    o.insert(QStringLiteral("name"), image.name);
    o.insert(QStringLiteral("friendly_name"), image.friendlyName);
    o.insert(QStringLiteral("description"), image.description);
    o.insert(QStringLiteral("image_src"), image.imageSrc);
    o.insert(QStringLiteral("enabled"), image.enabled);
    o.insert(QStringLiteral("hidden"), image.hidden);
    o.insert(QStringLiteral("categories"), QJsonArray::fromStringList(image.categories));
    o.insert(QStringLiteral("image_type"), image.imageType);
    o.insert(QStringLiteral("cores"), image.cores);
    o.insert(QStringLiteral("memory"), image.memoryBytes);
    o.insert(QStringLiteral("gpu_count"), image.gpuCount);
    o.insert(QStringLiteral("docker_registry"), image.dockerRegistry);
    o.insert(QStringLiteral("docker_user"), image.dockerUser);
    o.insert(QStringLiteral("uncompressed_size_mb"), image.uncompressedSizeMb);
    o.insert(QStringLiteral("restrict_to_zone"), image.restrictToZone);
    o.insert(QStringLiteral("zone_id"), image.zoneId.isEmpty() ? QJsonValue() : QJsonValue(image.zoneId));
    o.remove(QStringLiteral("available"));
    o.remove(QStringLiteral("docker_token"));
    o.remove(QStringLiteral("has_docker_token"));
    return o;
}

QJsonObject groupToJson(const KasmGroup &group)
{
    QJsonObject o = group.raw;
    o.insert(QStringLiteral("group_id"), group.groupId);
    o.insert(QStringLiteral("name"), group.name);
    o.insert(QStringLiteral("description"), group.description);
    o.insert(QStringLiteral("priority"), group.priority);
    o.insert(QStringLiteral("is_system"), group.isSystem);
    return o;
}

QJsonObject zoneToJson(const KasmZone &zone)
{
    return {{QStringLiteral("zone_id"), zone.zoneId},
            {QStringLiteral("zone_name"), zone.name},
            {QStringLiteral("upstream_auth_address"), zone.upstreamAuthAddress}};
}

QJsonObject agentToJson(const KasmAgent &agent)
{
    QJsonObject images;
    for (const AgentImage &image : agent.inventory) {
        QJsonObject entry{{QStringLiteral("tags"), QJsonArray::fromStringList(image.tags)}};
        if (!image.digests.isEmpty())
            entry.insert(QStringLiteral("repo_digests"), QJsonArray::fromStringList(image.digests));
        if (!image.imageId.isEmpty())
            entry.insert(QStringLiteral("id"), image.imageId);
        if (image.sizeBytes > 0)
            entry.insert(QStringLiteral("size"), image.sizeBytes);
        if (image.pulledAt.isValid())
            entry.insert(QStringLiteral("pulled_at"), formatTimestamp(image.pulledAt));
        images.insert(image.reference, entry);
    }
    QJsonArray failures;
    for (const AgentPullFailure &failure : agent.pullFailures) {
        failures << QJsonObject{
            {QStringLiteral("reference"), failure.reference},
            {QStringLiteral("reason"), failure.reason},
            {QStringLiteral("at"), failure.at.isValid() ? QJsonValue(formatTimestamp(failure.at)) : QJsonValue()}};
    }
    QJsonObject out{
        {QStringLiteral("server_id"), agent.agentId},
        {QStringLiteral("server_type"), QStringLiteral("host")},
        {QStringLiteral("hostname"), agent.hostname},
        {QStringLiteral("zone_id"), agent.zoneId},
        {QStringLiteral("egress_source"), agent.egressSource},
        {QStringLiteral("architecture"), agent.architecture},
        {QStringLiteral("enabled"), agent.enabled},
        {QStringLiteral("last_reported"),
         agent.lastReported.isValid() ? QJsonValue(formatTimestamp(agent.lastReported)) : QJsonValue()},
        {QStringLiteral("disk_stats"),
         QJsonObject{{QStringLiteral("total"), agent.diskTotalBytes}, {QStringLiteral("free"), agent.diskFreeBytes}}},
        {QStringLiteral("prune_images_mode"), pruneModeName(agent.pruneMode)},
        {QStringLiteral("docker_images"), images},
    };
    if (!failures.isEmpty())
        out.insert(QStringLiteral("pull_failures"), failures);
    return out;
}

QDateTime parseTimestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid())
        time = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss")); // fractional seconds
    if (time.isValid()) {
        time.setTimeSpec(Qt::UTC);
        return time;
    }
    time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString formatTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace steward::kasm::json
