#include "store/CatalogExport.h"

#include "core/ControlCharacters.h"
#include "core/WholeNumber.h"
#include "store/CatalogQueries.h"
#include "store/CredentialKey.h"
#include "store/StoreText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <concepts>
#include <limits>

namespace steward::store {

namespace {

const QString formatName = QStringLiteral("imagesteward-catalog");
constexpr int formatVersion = 1;

QJsonObject registryToJson(const RegistryRecord &r)
{
    return {{QStringLiteral("url"), r.url},
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("username"), r.username},
            {QStringLiteral("credential_ref"), r.credentialRef},
            {QStringLiteral("ca_file"), r.caFile},
            {QStringLiteral("insecure"), r.insecure},
            {QStringLiteral("rate_limit_policy"), r.rateLimitPolicy}};
}

QJsonObject imageToJson(const ImageRecord &i, const QStringList &groups)
{
    return {{QStringLiteral("image_id"), i.imageId},
            {QStringLiteral("name"), i.name},
            {QStringLiteral("friendly_name"), i.friendlyName},
            {QStringLiteral("description"), i.description},
            {QStringLiteral("image_src"), i.imageSrc},
            {QStringLiteral("enabled"), i.enabled},
            {QStringLiteral("hidden"), i.hidden},
            {QStringLiteral("categories"), QJsonArray::fromStringList(i.categories)},
            {QStringLiteral("image_type"), i.imageType},
            {QStringLiteral("cores"), i.cores},
            {QStringLiteral("memory"), i.memory},
            {QStringLiteral("gpu_count"), i.gpuCount},
            {QStringLiteral("docker_registry"), i.dockerRegistry},
            {QStringLiteral("docker_user"), i.dockerUser},
            {QStringLiteral("docker_token_ref"), i.dockerTokenRef},
            {QStringLiteral("uncompressed_size_mb"), i.uncompressedSizeMb},
            {QStringLiteral("run_config"), i.runConfig},
            {QStringLiteral("exec_config"), i.execConfig},
            {QStringLiteral("volume_mappings"), i.volumeMappings},
            {QStringLiteral("restrict_to_zone"), i.restrictToZone},
            {QStringLiteral("zone_id"), i.zoneId},
            {QStringLiteral("server_pool_id"), i.serverPoolId},
            {QStringLiteral("stage"), i.stage},
            {QStringLiteral("links"), i.links},
            {QStringLiteral("extra"), i.extra},
            {QStringLiteral("groups"), QJsonArray::fromStringList(groups)}};
}

// Reads typed fields of one JSON object, naming the first field at fault by its path ("images[2].memory").
class FieldReader
{
public:
    FieldReader(const QJsonObject &object, QString path, std::optional<Error> &error)
        : m_object(object), m_path(std::move(path)), m_error(error)
    {}

    QString text(const char *key, bool required, const QString &fallback = {})
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                complain(key, StoreText::tr("required text is missing"));
            return fallback;
        }
        if (!value.isString()) {
            complain(key, StoreText::tr("expected text"));
            return fallback;
        }
        if (required && value.toString().trimmed().isEmpty())
            complain(key, StoreText::tr("must not be empty"));
        return value.toString();
    }

    // One line of printable text: an id, a name, a user name, a host. A NUL, an ESC or a newline there is refused.
    QString line(const char *key, bool required, const QString &fallback = {})
    {
        QString value = text(key, required, fallback);
        refuseControlCharacters(QLatin1String(key), value);
        return value;
    }

    bool flag(const char *key, bool fallback)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isBool())
            complain(key, StoreText::tr("expected true or false"));
        return value.toBool(fallback);
    }

    double number(const char *key, double fallback, double min = 0)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return fallback;
        if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < min) {
            complain(key, StoreText::tr("expected a number not below %1").arg(min));
            return fallback;
        }
        return value.toDouble();
    }

    // A whole number from `min` to Int's largest, exactly as written: a double cannot hold every 64-bit integer, and
    // a cast of one out of range is undefined (1e300 was stored as INT64_MIN). A fraction is refused, not dropped.
    template<std::signed_integral Int>
    Int whole(const char *key, Int fallback, Int min = 0)
    {
        constexpr Int max = std::numeric_limits<Int>::max();
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return fallback;
        std::optional<qint64> read;
        if (value.isDouble()) {
            const QVariant raw = value.toVariant();
            const double number = value.toDouble();
            if (raw.typeId() == QMetaType::LongLong)
                read = raw.toLongLong();
            else if (std::trunc(number) == number)
                read = truncateInto<qint64>(number);
        }
        if (!read || *read < min || *read > max) {
            complain(key, StoreText::tr("expected a whole number from %1 to %2").arg(min).arg(max));
            return fallback;
        }
        return static_cast<Int>(*read);
    }

    QJsonObject object(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isObject())
            complain(key, StoreText::tr("expected an object"));
        return value.toObject();
    }

    QStringList strings(const char *key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        QStringList list;
        if (value.isUndefined() || value.isNull())
            return list;
        if (!value.isArray()) {
            complain(key, StoreText::tr("expected a list of text"));
            return list;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString item = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
            if (!array.at(i).isString()) {
                complain(item, StoreText::tr("expected text"));
                continue;
            }
            refuseControlCharacters(item, array.at(i).toString());
            list << array.at(i).toString();
        }
        return list;
    }

    void complain(const QString &key, const QString &why)
    {
        if (!m_error)
            m_error = Error{ErrorCode::InvalidInput, m_path + QLatin1Char('.') + key + QStringLiteral(": ") + why, {}};
    }
    void complain(const char *key, const QString &why) { complain(QLatin1String(key), why); }

private:
    void refuseControlCharacters(const QString &key, const QString &value)
    {
        if (const qsizetype at = indexOfControlCharacter(value); at >= 0) {
            complain(key, StoreText::tr(
                              "character %1 is a control character (%2); ids, names and user names are one line of "
                              "printable text")
                              .arg(at + 1)
                              .arg(escapeControlCharacters(QStringView(value).sliced(at, 1))));
        }
    }

    const QJsonObject m_object;
    const QString m_path;
    std::optional<Error> &m_error;
};

// What an imported credential_ref / docker_token_ref becomes: the key a login of `user` at `registry` is stored
// under, or empty when the file gave none or names no user. The file's own text is never used: it could name the
// secret of another host, which would then be sent to the host the file chose.
QString ownCredentialRef(const QString &fileRef, const QString &registry, const QString &user)
{
    const QString host = registryHostKey(registry);
    if (fileRef.isEmpty() || host.isEmpty() || user.trimmed().isEmpty())
        return {};
    Result<QString> key = credentialKey(CredentialKind::Registry, host, user);
    return key ? *key : QString();
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? StoreText::tr("none") : text;
}

// An import shares registries, not the settings a person chose on this machine: an existing registry keeps its login,
// CA file and TLS verification. Each difference the file asked for is noted, so nothing is changed or kept silently.
RegistryRecord keepLocalSettings(const RegistryRecord &fromFile, const RegistryRecord &local, QStringList &notes)
{
    RegistryRecord merged = fromFile;
    merged.username = local.username;
    merged.credentialRef = local.credentialRef;
    merged.caFile = local.caFile;
    merged.insecure = local.insecure;
    const QString host = local.url;
    if (fromFile.username != local.username) {
        notes << StoreText::tr(
                     "%1: kept its login (user %2); the file names user %3. An import never changes logins; use "
                     "`stewardctl login` for that.")
                     .arg(host, orNone(local.username), orNone(fromFile.username));
    }
    if (fromFile.caFile != local.caFile) {
        notes << StoreText::tr("%1: kept its CA file (%2); the file names %3.")
                     .arg(host, orNone(local.caFile), orNone(fromFile.caFile));
    }
    if (fromFile.insecure != local.insecure) {
        notes << (local.insecure
                      ? StoreText::tr("%1: TLS verification stays off (insecure) as set here; the file has it on.")
                      : StoreText::tr("%1: TLS verification stays on; the file asks to turn it off (insecure), which "
                                      "an import never does."))
                     .arg(host);
    }
    return merged;
}

RegistryRecord noteNewRegistry(const RegistryRecord &fromFile, QStringList &notes)
{
    if (fromFile.insecure) {
        notes << StoreText::tr(
                     "%1: added with TLS verification off (insecure), as the file says; turn it on in the registry's "
                     "settings unless you trust that choice.")
                     .arg(fromFile.url);
    }
    return fromFile;
}

QString lineOf(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    return StoreText::tr("line %1, column %2").arg(before.count('\n') + 1).arg(offset - before.lastIndexOf('\n'));
}

} // namespace

QStringList imageStages()
{
    return {QStringLiteral("draft"), QStringLiteral("test"), QStringLiteral("production"), QStringLiteral("retired")};
}

Result<QByteArray> exportCatalog(QSqlDatabase &db)
{
    Result<QList<RegistryRecord>> registries = listRegistries(db);
    if (!registries)
        return fail(registries.error());
    Result<QList<GroupRecord>> groups = listGroups(db);
    if (!groups)
        return fail(groups.error());
    Result<QList<ImageRecord>> images = listImages(db);
    if (!images)
        return fail(images.error());
    Result<QList<ImageGroupLink>> links = listImageGroups(db);
    if (!links)
        return fail(links.error());

    QJsonArray registryArray;
    for (const RegistryRecord &r : *registries)
        registryArray.append(registryToJson(r));
    QJsonArray groupArray;
    for (const GroupRecord &g : *groups) {
        groupArray.append(QJsonObject{{QStringLiteral("group_id"), g.groupId},
                                      {QStringLiteral("name"), g.name},
                                      {QStringLiteral("description"), g.description},
                                      {QStringLiteral("is_test_group"), g.isTestGroup}});
    }
    QJsonArray imageArray;
    for (const ImageRecord &i : *images) {
        QStringList memberOf;
        for (const ImageGroupLink &link : *links) {
            if (link.imageId == i.imageId)
                memberOf << link.groupId;
        }
        imageArray.append(imageToJson(i, memberOf));
    }
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {QStringLiteral("stages"), QJsonArray::fromStringList(imageStages())},
                           {QStringLiteral("registries"), registryArray},
                           {QStringLiteral("groups"), groupArray},
                           {QStringLiteral("images"), imageArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<CatalogImport> parseCatalogExport(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(ErrorCode::InvalidInput,
                    StoreText::tr("The file is not valid JSON at %1: %2; nothing was imported.")
                        .arg(lineOf(json, parseError.offset), parseError.errorString()));
    }
    if (!doc.isObject())
        return fail(ErrorCode::InvalidInput, StoreText::tr("The file must hold a JSON object; nothing was imported."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != formatName) {
        return fail(ErrorCode::InvalidInput,
                    StoreText::tr("format: expected \"%1\" (a file from stewardctl export); nothing "
                                  "was imported.")
                        .arg(formatName));
    }
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > formatVersion) {
        return fail(ErrorCode::Unsupported,
                    StoreText::tr("version: this ImageSteward reads export version %1, the file has "
                                  "%2; nothing was imported.")
                        .arg(formatVersion)
                        .arg(root.value(QStringLiteral("version")).toVariant().toString()));
    }

    std::optional<Error> error;
    CatalogImport result;
    auto arrayOf = [&](const char *key) {
        const QJsonValue value = root.value(QLatin1String(key));
        if (!value.isUndefined() && !value.isArray() && !error)
            error = Error{ErrorCode::InvalidInput, QLatin1String(key) + StoreText::tr(": expected a list"), {}};
        return value.toArray();
    };
    auto objectAt = [&](const QJsonArray &array, qsizetype index, const QString &path) {
        if (!array.at(index).isObject() && !error)
            error = Error{ErrorCode::InvalidInput, path + StoreText::tr(": expected an object"), {}};
        return array.at(index).toObject();
    };

    const QJsonArray registries = arrayOf("registries");
    for (qsizetype n = 0; n < registries.size(); ++n) {
        const QString path = QStringLiteral("registries[%1]").arg(n);
        FieldReader f(objectAt(registries, n, path), path, error);
        RegistryRecord r;
        r.url = registryHostKey(f.line("url", true));
        if (r.url.isEmpty())
            f.complain("url", StoreText::tr("expected a registry host or URL"));
        r.kind = f.line("kind", false, QStringLiteral("generic"));
        r.username = f.line("username", false);
        r.credentialRef = ownCredentialRef(f.text("credential_ref", false), r.url, r.username);
        r.caFile = f.line("ca_file", false);
        r.insecure = f.flag("insecure", false);
        r.rateLimitPolicy = f.object("rate_limit_policy");
        result.registries.append(r);
    }

    QSet<QString> groupIds;
    const QJsonArray groups = arrayOf("groups");
    for (qsizetype n = 0; n < groups.size(); ++n) {
        const QString path = QStringLiteral("groups[%1]").arg(n);
        FieldReader f(objectAt(groups, n, path), path, error);
        GroupRecord g;
        g.groupId = f.line("group_id", true);
        g.name = f.line("name", true);
        g.description = f.text("description", false);
        g.isTestGroup = f.flag("is_test_group", false);
        if (groupIds.contains(g.groupId))
            f.complain("group_id", StoreText::tr("\"%1\" appears twice").arg(g.groupId));
        groupIds.insert(g.groupId);
        result.groups.append(g);
    }

    QSet<QString> imageIds;
    const QJsonArray images = arrayOf("images");
    for (qsizetype n = 0; n < images.size(); ++n) {
        const QString path = QStringLiteral("images[%1]").arg(n);
        const QJsonObject object = objectAt(images, n, path);
        FieldReader f(object, path, error);
        if (object.contains(QStringLiteral("docker_token")))
            f.complain("docker_token",
                       StoreText::tr("secrets are not imported; store the token in the keychain and give its "
                                     "reference as docker_token_ref"));
        ImageRecord i;
        i.imageId = f.line("image_id", true);
        i.name = f.line("name", true);
        i.friendlyName = f.line("friendly_name", false);
        i.description = f.text("description", false);
        i.imageSrc = f.line("image_src", false);
        i.enabled = f.flag("enabled", true);
        i.hidden = f.flag("hidden", false);
        i.categories = f.strings("categories");
        i.imageType = f.line("image_type", false, QStringLiteral("Container"));
        i.cores = f.number("cores", 2);
        i.memory = f.whole<qint64>("memory", 2768000000);
        i.gpuCount = f.whole<int>("gpu_count", 0);
        i.dockerRegistry = f.line("docker_registry", false);
        i.dockerUser = f.line("docker_user", false);
        i.dockerTokenRef = ownCredentialRef(f.text("docker_token_ref", false), i.dockerRegistry, i.dockerUser);
        i.uncompressedSizeMb = f.whole<qint64>("uncompressed_size_mb", 0);
        i.runConfig = f.object("run_config");
        i.execConfig = f.object("exec_config");
        i.volumeMappings = f.object("volume_mappings");
        i.restrictToZone = f.flag("restrict_to_zone", false);
        i.zoneId = f.line("zone_id", false);
        i.serverPoolId = f.line("server_pool_id", false);
        i.stage = f.line("stage", false, QStringLiteral("draft"));
        if (!imageStages().contains(i.stage))
            f.complain("stage",
                       StoreText::tr("\"%1\" is not one of %2").arg(i.stage, imageStages().join(QStringLiteral(", "))));
        i.links = f.object("links");
        i.extra = f.object("extra");
        if (imageIds.contains(i.imageId))
            f.complain("image_id", StoreText::tr("\"%1\" appears twice").arg(i.imageId));
        imageIds.insert(i.imageId);
        const QStringList memberOf = f.strings("groups");
        for (const QString &groupId : memberOf) {
            if (!groupIds.contains(groupId))
                f.complain("groups", StoreText::tr("\"%1\" is not among the file's groups").arg(groupId));
            result.assignments.append({i.imageId, groupId});
        }
        result.images.append(i);
    }
    if (error) {
        error->message += StoreText::tr("; nothing was imported.");
        return fail(*error);
    }
    return result;
}

Result<CatalogImportReport> importCatalog(QSqlDatabase &db, const QByteArray &json, const QString &actor)
{
    Result<CatalogImport> parsed = parseCatalogExport(json);
    if (!parsed)
        return fail(parsed.error());
    CatalogImportReport report;
    report.registries = parsed->registries.size();
    report.groups = parsed->groups.size();
    report.images = parsed->images.size();
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(ErrorCode::Storage, StoreText::tr("Cannot start the import: %1").arg(begin.lastError().text()));
    Status written = [&]() -> Status {
        for (const RegistryRecord &r : parsed->registries) {
            Result<std::optional<RegistryRecord>> existing = findRegistry(db, r.url);
            if (!existing)
                return fail(existing.error());
            const RegistryRecord merged = existing->has_value() ? keepLocalSettings(r, **existing, report.notes)
                                                                : noteNewRegistry(r, report.notes);
            if (Result<qint64> id = upsertRegistry(db, merged); !id)
                return fail(id.error());
        }
        for (const GroupRecord &g : parsed->groups) {
            if (Status s = upsertGroup(db, g); !s)
                return s;
        }
        for (const ImageRecord &i : parsed->images) {
            if (Status s = upsertImage(db, i); !s)
                return s;
        }
        for (const ImageGroupLink &link : parsed->assignments) {
            if (Status s = assignImageToGroup(db, link.imageId, link.groupId); !s)
                return s;
        }
        const QJsonObject summary{{QStringLiteral("registries"), report.registries},
                                  {QStringLiteral("groups"), report.groups},
                                  {QStringLiteral("images"), report.images},
                                  {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}};
        return appendAudit(db, {0, {}, actor, QStringLiteral("catalog.import"), {}, QJsonValue(), summary});
    }();
    QSqlQuery end(db);
    if (!written) {
        end.exec(QStringLiteral("ROLLBACK"));
        return fail(written.error().code, written.error().message + StoreText::tr("; nothing was imported."),
                    written.error().detail);
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QString why = end.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(ErrorCode::Storage, StoreText::tr("Cannot commit the import: %1; nothing was imported.").arg(why));
    }
    return report;
}

} // namespace steward::store
