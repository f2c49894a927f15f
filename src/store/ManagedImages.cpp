#include "store/ManagedImages.h"

#include "store/CatalogQueries.h"
#include "store/StoreText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace steward::store {

namespace {

Error storageError(const char *what, const QSqlQuery &query)
{
    return Error{ErrorCode::Storage, StoreText::tr(what).arg(query.lastError().text()), {}};
}

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject managedImageJson(const ManagedImage &image)
{
    QJsonArray groups;
    for (const ManagedTestGroup &group : image.testGroups)
        groups << QJsonObject{{QStringLiteral("group_id"), group.groupId}, {QStringLiteral("name"), group.name}};
    return {{QStringLiteral("image_id"), image.imageId},
            {QStringLiteral("friendly_name"), image.friendlyName},
            {QStringLiteral("repository"), image.repository},
            {QStringLiteral("login_registry"), image.loginRegistry},
            {QStringLiteral("test_twin_id"), image.testTwinId},
            {QStringLiteral("test_groups"), groups},
            {QStringLiteral("unique_pattern"), image.uniquePattern},
            {QStringLiteral("moving_tag"), image.movingTag},
            {QStringLiteral("strategy"), deployStrategyName(image.strategy)}};
}

namespace {

Result<QList<ManagedTestGroup>> testGroupsOf(QSqlDatabase &db, const QString &imageId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT group_id, group_name FROM managed_image_test_groups WHERE image_id = ?"
                                 " ORDER BY group_name, group_id"));
    query.addBindValue(imageId);
    if (!query.exec())
        return fail(storageError(
            QT_TRANSLATE_NOOP("steward::store", "Cannot read the test groups of a managed image: %1"), query));
    QList<ManagedTestGroup> groups;
    while (query.next())
        groups.append({query.value(0).toString(), query.value(1).toString()});
    return groups;
}

const QString selectColumns = QStringLiteral(
    "SELECT image_id, friendly_name, repository, login_registry, test_twin_id, unique_pattern, moving_tag, strategy,"
    " created_at, updated_at FROM managed_images");

Result<ManagedImage> readRow(QSqlDatabase &db, const QSqlQuery &query)
{
    ManagedImage image;
    image.imageId = query.value(0).toString();
    image.friendlyName = query.value(1).toString();
    image.repository = query.value(2).toString();
    image.loginRegistry = query.value(3).toString();
    image.testTwinId = query.value(4).toString();
    image.uniquePattern = query.value(5).toString();
    image.movingTag = query.value(6).toString();
    image.strategy = deployStrategyFromName(query.value(7).toString()).value_or(DeployStrategy::Pin);
    image.createdAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    image.updatedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    Result<QList<ManagedTestGroup>> groups = testGroupsOf(db, image.imageId);
    if (!groups)
        return fail(groups.error());
    image.testGroups = *groups;
    return image;
}

Status writeRow(QSqlDatabase &db, const ManagedImage &image, const QDateTime &createdAt, const QDateTime &now)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO managed_images (image_id, friendly_name, repository, login_registry, test_twin_id,"
        " unique_pattern, moving_tag, strategy, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(image_id) DO UPDATE SET friendly_name = excluded.friendly_name,"
        " repository = excluded.repository, login_registry = excluded.login_registry,"
        " test_twin_id = excluded.test_twin_id, unique_pattern = excluded.unique_pattern,"
        " moving_tag = excluded.moving_tag, strategy = excluded.strategy, updated_at = excluded.updated_at"));
    for (const QString &value :
         {image.imageId, image.friendlyName, image.repository, image.loginRegistry, image.testTwinId,
          image.uniquePattern, image.movingTag, deployStrategyName(image.strategy), iso(createdAt), iso(now)})
        query.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!query.exec())
        return fail(storageError(QT_TRANSLATE_NOOP("steward::store", "Cannot save the managed image: %1"), query));
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM managed_image_test_groups WHERE image_id = ?"));
    clear.addBindValue(image.imageId);
    if (!clear.exec())
        return fail(storageError(
            QT_TRANSLATE_NOOP("steward::store", "Cannot save the test groups of a managed image: %1"), clear));
    for (const ManagedTestGroup &group : image.testGroups) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO managed_image_test_groups (image_id, group_id, group_name) VALUES (?, ?, ?)"));
        insert.addBindValue(image.imageId);
        insert.addBindValue(group.groupId);
        insert.addBindValue(group.name.isNull() ? QStringLiteral("") : group.name);
        if (!insert.exec())
            return fail(storageError(
                QT_TRANSLATE_NOOP("steward::store", "Cannot save the test groups of a managed image: %1"), insert));
    }
    return {};
}

} // namespace

QString deployStrategyName(DeployStrategy strategy)
{
    return strategy == DeployStrategy::Move ? QStringLiteral("move") : QStringLiteral("pin");
}

std::optional<DeployStrategy> deployStrategyFromName(const QString &name)
{
    if (name == QLatin1String("pin"))
        return DeployStrategy::Pin;
    if (name == QLatin1String("move"))
        return DeployStrategy::Move;
    return std::nullopt;
}

Status saveManagedImage(QSqlDatabase &db, const ManagedImage &image, const QString &actor)
{
    if (image.imageId.isEmpty() || image.repository.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    StoreText::tr("A managed image needs its Kasm image id and its repository."));
    Result<std::optional<ManagedImage>> found = findManagedImage(db, image.imageId);
    if (!found)
        return fail(found.error());
    const std::optional<ManagedImage> &before = *found;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime createdAt = before ? before->createdAt : now;
    if (Status written = writeRow(db, image, createdAt, now); !written)
        return written;
    return appendAudit(db, AuditEntry{0, now, actor, QStringLiteral("managed-image.save"), image.imageId,
                                      before ? QJsonValue(managedImageJson(*before)) : QJsonValue(),
                                      managedImageJson(image)});
}

Result<std::optional<ManagedImage>> findManagedImage(QSqlDatabase &db, const QString &imageId)
{
    QSqlQuery query(db);
    query.prepare(selectColumns + QStringLiteral(" WHERE image_id = ?"));
    query.addBindValue(imageId);
    if (!query.exec())
        return fail(storageError(QT_TRANSLATE_NOOP("steward::store", "Cannot read the managed images: %1"), query));
    if (!query.next())
        return std::optional<ManagedImage>();
    Result<ManagedImage> image = readRow(db, query);
    if (!image)
        return fail(image.error());
    return std::optional<ManagedImage>(*image);
}

Result<QList<ManagedImage>> listManagedImages(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(selectColumns + QStringLiteral(" ORDER BY friendly_name, image_id")))
        return fail(storageError(QT_TRANSLATE_NOOP("steward::store", "Cannot read the managed images: %1"), query));
    QList<ManagedImage> images;
    while (query.next()) {
        Result<ManagedImage> image = readRow(db, query);
        if (!image)
            return fail(image.error());
        images << *image;
    }
    return images;
}

Status removeManagedImage(QSqlDatabase &db, const QString &imageId, const QString &actor)
{
    Result<std::optional<ManagedImage>> found = findManagedImage(db, imageId);
    if (!found)
        return fail(found.error());
    const std::optional<ManagedImage> &before = *found;
    if (!before)
        return fail(ErrorCode::NotFound, StoreText::tr("The image %1 is not managed.").arg(imageId));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM managed_images WHERE image_id = ?"));
    query.addBindValue(imageId);
    if (!query.exec())
        return fail(storageError(QT_TRANSLATE_NOOP("steward::store", "Cannot remove the managed image: %1"), query));
    return appendAudit(db, AuditEntry{0, QDateTime::currentDateTimeUtc(), actor, QStringLiteral("managed-image.remove"),
                                      imageId, managedImageJson(*before), QJsonValue()});
}

} // namespace steward::store
