#pragma once

#include "core/Result.h"
#include "store/Records.h"

#include <QSqlDatabase>

#include <optional>

namespace steward::store {

// Typed reads and writes of the catalog's user-configured tables, on a connection from Catalog::database().
// Writes that belong together go inside one Catalog::transaction().

// "https://Registry.Example:5000/v2/" -> "registry.example:5000"; Docker Hub's many names -> "docker.io".
QString registryHostKey(const QString &urlOrHost);

Result<QList<RegistryRecord>> listRegistries(QSqlDatabase &db);
Result<std::optional<RegistryRecord>> findRegistry(QSqlDatabase &db, const QString &url);
// Inserts or updates by url; returns the row id.
Result<qint64> upsertRegistry(QSqlDatabase &db, const RegistryRecord &registry);

Result<QList<ImageRecord>> listImages(QSqlDatabase &db);
// Inserts or updates by id, in place: an image's and a group's assignments (image_groups) survive the update.
Status upsertImage(QSqlDatabase &db, const ImageRecord &image);
Result<QList<GroupRecord>> listGroups(QSqlDatabase &db);
Status upsertGroup(QSqlDatabase &db, const GroupRecord &group);
Result<QList<ImageGroupLink>> listImageGroups(QSqlDatabase &db);
Status assignImageToGroup(QSqlDatabase &db, const QString &imageId, const QString &groupId);

Status appendAudit(QSqlDatabase &db, const AuditEntry &entry);
// Newest last; `limit` <= 0 for all.
Result<QList<AuditEntry>> listAudit(QSqlDatabase &db, int limit = 0);

} // namespace steward::store
