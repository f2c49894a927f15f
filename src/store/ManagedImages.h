#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace steward::store {

// How a verified build reaches the users: `Pin` sets the user-facing image's name to the unique tag; `Move` moves
// the moving tag in the registry to the verified digest.
enum class DeployStrategy
{
    Pin,
    Move,
};
QString deployStrategyName(DeployStrategy strategy); // "pin" | "move"
std::optional<DeployStrategy> deployStrategyFromName(const QString &name);

struct ManagedTestGroup
{
    QString groupId;
    QString name; // as Kasm named it when the image was last managed
    friend bool operator==(const ManagedTestGroup &, const ManagedTestGroup &) = default;
};

// A user-facing Kasm image that ImageSteward runs through Build → Push → Test → Deploy (DESIGN.md, "Managed image").
struct ManagedImage
{
    QString imageId;       // the user-facing (production) Kasm image
    QString friendlyName;  // as Kasm named it when it was last managed
    QString repository;    // "registry.example:5000/team/chrome": host and path, no tag or digest
    QString loginRegistry; // registries.url whose stored login (keychain) is used; empty: none (anonymous)
    QString testTwinId;    // the test twin's Kasm image id; empty until it is created
    QList<ManagedTestGroup> testGroups;
    QString uniquePattern = defaultUniquePattern();
    QString movingTag = defaultMovingTag();
    DeployStrategy strategy = DeployStrategy::Pin;
    QDateTime createdAt; // UTC; set by saveManagedImage when the row is new
    QDateTime updatedAt; // UTC; set by saveManagedImage

    static QString defaultUniquePattern() { return QStringLiteral("%Y%m%d-%H%M"); }
    static QString defaultMovingTag() { return QStringLiteral("latest"); }
};

// The managed image as the audit log and `stewardctl managed --json` show it (snake_case keys, as in the schema).
QJsonObject managedImageJson(const ManagedImage &image);

// Reads and writes on a connection from Catalog::database() (or CatalogWorker::run/write). Errors are values.

// Inserts or replaces by image id (test groups replaced whole) and appends an audit line "managed-image.save" with
// the value before and after. Run it inside one write transaction (Catalog::transaction, CatalogWorker::write), so
// that the row and its audit line go together. `actor` as currentActor().
Status saveManagedImage(QSqlDatabase &db, const ManagedImage &image, const QString &actor);
Result<std::optional<ManagedImage>> findManagedImage(QSqlDatabase &db, const QString &imageId);
// Ordered by friendly name, then id.
Result<QList<ManagedImage>> listManagedImages(QSqlDatabase &db);
// NotFound when `imageId` is not managed. Audited as "managed-image.remove".
Status removeManagedImage(QSqlDatabase &db, const QString &imageId, const QString &actor);

} // namespace steward::store
