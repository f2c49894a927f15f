#include "store/CatalogQueries.h"

#include "store/StoreText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

namespace steward::store {

namespace {

std::unexpected<Error> queryFailed(const QSqlQuery &query, const char *what)
{
    return fail(ErrorCode::Storage,
                StoreText::tr("The catalog could not %1: %2").arg(StoreText::tr(what), query.lastError().text()));
}

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString toJsonText(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // Scalars are wrapped so that the column always holds a JSON document.
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue fromJsonText(const QVariant &text)
{
    if (text.isNull() || text.toString().isEmpty())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toString().toUtf8());
    if (doc.isObject())
        return doc.object();
    const QJsonArray array = doc.array();
    return array.size() == 1 && !array.at(0).isObject() && !array.at(0).isArray() ? array.at(0) : QJsonValue(array);
}

QJsonObject objectFrom(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

// A null QString binds as SQL NULL; NOT NULL text columns want ''.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

QString registryHostKey(const QString &urlOrHost)
{
    QString text = urlOrHost.trimmed();
    if (!text.contains(QLatin1String("://")))
        text = QStringLiteral("https://") + text;
    const QUrl url(text);
    QString host = url.host().toLower();
    if (host.isEmpty())
        return {};
    if (host == QLatin1String("index.docker.io") || host == QLatin1String("registry-1.docker.io") ||
        host == QLatin1String("registry.hub.docker.com"))
        host = QStringLiteral("docker.io");
    if (url.port() > 0)
        host += QLatin1Char(':') + QString::number(url.port());
    return host;
}

Result<QList<RegistryRecord>> listRegistries(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT registry_id, url, kind, username, credential_ref, ca_file, insecure,"
                                   " rate_limit_policy FROM registries ORDER BY url")))
        return queryFailed(query, QT_TRANSLATE_NOOP("steward::store", "list the registries"));
    QList<RegistryRecord> registries;
    while (query.next()) {
        RegistryRecord r;
        r.id = query.value(0).toLongLong();
        r.url = query.value(1).toString();
        r.kind = query.value(2).toString();
        r.username = query.value(3).toString();
        r.credentialRef = query.value(4).toString();
        r.caFile = query.value(5).toString();
        r.insecure = query.value(6).toBool();
        r.rateLimitPolicy = objectFrom(query.value(7));
        registries.append(r);
    }
    return registries;
}

Result<std::optional<RegistryRecord>> findRegistry(QSqlDatabase &db, const QString &url)
{
    Result<QList<RegistryRecord>> all = listRegistries(db);
    if (!all)
        return fail(all.error());
    const QString key = registryHostKey(url);
    for (const RegistryRecord &r : *all) {
        if (r.url == key)
            return r;
    }
    return std::nullopt;
}

Result<qint64> upsertRegistry(QSqlDatabase &db, const RegistryRecord &registry)
{
    const QString key = registryHostKey(registry.url);
    if (key.isEmpty())
        return fail(ErrorCode::InvalidInput, StoreText::tr("\"%1\" is not a registry host or URL.").arg(registry.url));
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO registries (url, kind, username, credential_ref, ca_file, insecure, rate_limit_policy)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(url) DO UPDATE SET kind = excluded.kind, username = excluded.username,"
        " credential_ref = excluded.credential_ref, ca_file = excluded.ca_file, insecure = excluded.insecure,"
        " rate_limit_policy = excluded.rate_limit_policy,"
        " updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')"));
    query.addBindValue(key);
    query.addBindValue(registry.kind.isEmpty() ? QStringLiteral("generic") : registry.kind);
    query.addBindValue(optionalText(registry.username));
    query.addBindValue(optionalText(registry.credentialRef));
    query.addBindValue(optionalText(registry.caFile));
    query.addBindValue(registry.insecure ? 1 : 0);
    query.addBindValue(toJsonText(registry.rateLimitPolicy));
    if (!query.exec())
        return queryFailed(query, QT_TRANSLATE_NOOP("steward::store", "save the registry"));
    QSqlQuery id(db);
    id.prepare(QStringLiteral("SELECT registry_id FROM registries WHERE url = ?"));
    id.addBindValue(key);
    if (!id.exec() || !id.next())
        return queryFailed(id, QT_TRANSLATE_NOOP("steward::store", "find the saved registry"));
    return id.value(0).toLongLong();
}

Result<QList<ImageRecord>> listImages(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT image_id, name, friendly_name, description, image_src, enabled, hidden, categories, image_type,"
            " cores, memory, gpu_count, docker_registry, docker_user, docker_token_ref, uncompressed_size_mb,"
            " run_config, exec_config, volume_mappings, restrict_to_zone, zone_id, server_pool_id, available,"
            " stage, links, extra FROM images ORDER BY friendly_name, name, image_id")))
        return queryFailed(query, QT_TRANSLATE_NOOP("steward::store", "list the images"));
    QList<ImageRecord> images;
    while (query.next()) {
        ImageRecord i;
        int c = 0;
        i.imageId = query.value(c++).toString();
        i.name = query.value(c++).toString();
        i.friendlyName = query.value(c++).toString();
        i.description = query.value(c++).toString();
        i.imageSrc = query.value(c++).toString();
        i.enabled = query.value(c++).toBool();
        i.hidden = query.value(c++).toBool();
        for (const auto &category : QJsonDocument::fromJson(query.value(c++).toString().toUtf8()).array())
            i.categories.append(category.toString());
        i.imageType = query.value(c++).toString();
        i.cores = query.value(c++).toDouble();
        i.memory = query.value(c++).toLongLong();
        i.gpuCount = query.value(c++).toInt();
        i.dockerRegistry = query.value(c++).toString();
        i.dockerUser = query.value(c++).toString();
        i.dockerTokenRef = query.value(c++).toString();
        i.uncompressedSizeMb = query.value(c++).toLongLong();
        i.runConfig = objectFrom(query.value(c++));
        i.execConfig = objectFrom(query.value(c++));
        i.volumeMappings = objectFrom(query.value(c++));
        i.restrictToZone = query.value(c++).toBool();
        i.zoneId = query.value(c++).toString();
        i.serverPoolId = query.value(c++).toString();
        i.available = query.value(c++).toBool();
        i.stage = query.value(c++).toString();
        i.links = objectFrom(query.value(c++));
        i.extra = objectFrom(query.value(c++));
        images.append(i);
    }
    return images;
}

Status upsertImage(QSqlDatabase &db, const ImageRecord &i)
{
    if (i.imageId.isEmpty() || i.name.isEmpty())
        return fail(ErrorCode::InvalidInput, StoreText::tr("An image needs an id and a docker image name."));
    // A true upsert: the row is updated in place. INSERT OR REPLACE would delete it first, and the delete cascades
    // to image_groups, silently dropping the image's group assignments.
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO images (image_id, name, friendly_name, description, image_src, enabled, hidden,"
        " categories, image_type, cores, memory, gpu_count, docker_registry, docker_user, docker_token_ref,"
        " uncompressed_size_mb, run_config, exec_config, volume_mappings, restrict_to_zone, zone_id,"
        " server_pool_id, available, stage, links, extra, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " strftime('%Y-%m-%dT%H:%M:%fZ','now'))"
        " ON CONFLICT(image_id) DO UPDATE SET name = excluded.name, friendly_name = excluded.friendly_name,"
        " description = excluded.description, image_src = excluded.image_src, enabled = excluded.enabled,"
        " hidden = excluded.hidden, categories = excluded.categories, image_type = excluded.image_type,"
        " cores = excluded.cores, memory = excluded.memory, gpu_count = excluded.gpu_count,"
        " docker_registry = excluded.docker_registry, docker_user = excluded.docker_user,"
        " docker_token_ref = excluded.docker_token_ref, uncompressed_size_mb = excluded.uncompressed_size_mb,"
        " run_config = excluded.run_config, exec_config = excluded.exec_config,"
        " volume_mappings = excluded.volume_mappings, restrict_to_zone = excluded.restrict_to_zone,"
        " zone_id = excluded.zone_id, server_pool_id = excluded.server_pool_id, available = excluded.available,"
        " stage = excluded.stage, links = excluded.links, extra = excluded.extra, updated_at = excluded.updated_at"));
    query.addBindValue(nonNull(i.imageId));
    query.addBindValue(nonNull(i.name));
    query.addBindValue(nonNull(i.friendlyName));
    query.addBindValue(nonNull(i.description));
    query.addBindValue(nonNull(i.imageSrc));
    query.addBindValue(i.enabled ? 1 : 0);
    query.addBindValue(i.hidden ? 1 : 0);
    query.addBindValue(toJsonText(QJsonValue(QJsonArray::fromStringList(i.categories))));
    query.addBindValue(nonNull(i.imageType));
    query.addBindValue(i.cores);
    query.addBindValue(i.memory);
    query.addBindValue(i.gpuCount);
    query.addBindValue(nonNull(i.dockerRegistry));
    query.addBindValue(nonNull(i.dockerUser));
    query.addBindValue(nonNull(i.dockerTokenRef));
    query.addBindValue(i.uncompressedSizeMb);
    query.addBindValue(toJsonText(i.runConfig));
    query.addBindValue(toJsonText(i.execConfig));
    query.addBindValue(toJsonText(i.volumeMappings));
    query.addBindValue(i.restrictToZone ? 1 : 0);
    query.addBindValue(optionalText(i.zoneId));
    query.addBindValue(optionalText(i.serverPoolId));
    query.addBindValue(i.available ? 1 : 0);
    query.addBindValue(nonNull(i.stage));
    query.addBindValue(toJsonText(i.links));
    query.addBindValue(toJsonText(i.extra));
    if (!query.exec())
        return queryFailed(query, QT_TRANSLATE_NOOP("steward::store", "save the image"));
    return {};
}

Result<QList<GroupRecord>> listGroups(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT group_id, name, description, is_test_group FROM groups ORDER BY name")))
        return queryFailed(query, QT_TRANSLATE_NOOP("steward::store", "list the groups"));
    QList<GroupRecord> groups;
    while (query.next())
        groups.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toBool()});
    return groups;
}

Status upsertGroup(QSqlDatabase &db, const GroupRecord &group)
{
    if (group.groupId.isEmpty() || group.name.isEmpty())
        return fail(ErrorCode::InvalidInput, StoreText::tr("A group needs an id and a name."));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO groups (group_id, name, description, is_test_group) VALUES (?, ?, ?, ?)"
                                 " ON CONFLICT(group_id) DO UPDATE SET name = excluded.name,"
                                 " description = excluded.description, is_test_group = excluded.is_test_group"));
    query.addBindValue(nonNull(group.groupId));
    query.addBindValue(nonNull(group.name));
    query.addBindValue(nonNull(group.description));
    query.addBindValue(group.isTestGroup ? 1 : 0);
    if (!query.exec())
        return queryFailed(query, QT_TRANSLATE_NOOP("steward::store", "save the group"));
    return {};
}

Result<QList<ImageGroupLink>> listImageGroups(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT image_id, group_id FROM image_groups ORDER BY image_id, group_id")))
        return queryFailed(query, QT_TRANSLATE_NOOP("steward::store", "list the image groups"));
    QList<ImageGroupLink> links;
    while (query.next())
        links.append({query.value(0).toString(), query.value(1).toString()});
    return links;
}

Status assignImageToGroup(QSqlDatabase &db, const QString &imageId, const QString &groupId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO image_groups (image_id, group_id) VALUES (?, ?)"));
    query.addBindValue(nonNull(imageId));
    query.addBindValue(nonNull(groupId));
    if (!query.exec())
        return queryFailed(query, QT_TRANSLATE_NOOP("steward::store", "assign the image to the group"));
    return {};
}

Status appendAudit(QSqlDatabase &db, const AuditEntry &entry)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, before_json, after_json)"
                                 " VALUES (?, ?, ?, ?, ?, ?)"));
    const QDateTime at = entry.at.isValid() ? entry.at.toUTC() : QDateTime::currentDateTimeUtc();
    query.addBindValue(at.toString(Qt::ISODateWithMs));
    query.addBindValue(nonNull(entry.actor));
    query.addBindValue(nonNull(entry.action));
    query.addBindValue(nonNull(entry.subject));
    query.addBindValue(optionalText(toJsonText(entry.before)));
    query.addBindValue(optionalText(toJsonText(entry.after)));
    if (!query.exec())
        return queryFailed(query, QT_TRANSLATE_NOOP("steward::store", "append to the audit log"));
    return {};
}

Result<QList<AuditEntry>> listAudit(QSqlDatabase &db, int limit)
{
    QSqlQuery query(db);
    QString sql = QStringLiteral("SELECT audit_id, at, actor, action, subject, before_json, after_json FROM audit_log"
                                 " ORDER BY audit_id");
    if (limit > 0)
        sql = QStringLiteral("SELECT * FROM (SELECT audit_id, at, actor, action, subject, before_json, after_json"
                             " FROM audit_log ORDER BY audit_id DESC LIMIT %1) ORDER BY audit_id")
                  .arg(limit);
    if (!query.exec(sql))
        return queryFailed(query, QT_TRANSLATE_NOOP("steward::store", "read the audit log"));
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry e;
        e.id = query.value(0).toLongLong();
        e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.actor = query.value(2).toString();
        e.action = query.value(3).toString();
        e.subject = query.value(4).toString();
        e.before = fromJsonText(query.value(5));
        e.after = fromJsonText(query.value(6));
        entries.append(e);
    }
    return entries;
}

} // namespace steward::store
