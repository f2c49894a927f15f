#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace steward::store {

// What happened to a digest of a managed image, in the order the Build → Push → Test → Deploy cycle moves it: the
// stage history that `stewardctl history` prints and the promotion board's lanes are drawn from.
enum class StageKind
{
    Build,    // push-tags gave a build its unique tag
    Test,     // the test twin was pinned to it (send-to-test)
    Verify,   // an administrator verified it
    Deploy,   // the user-facing image serves it now
    Rollback, // the user-facing image went back to it
};
QString stageKindName(StageKind kind); // "build" | "test" | "verify" | "deploy" | "rollback"
std::optional<StageKind> stageKindFromName(const QString &name);

struct StageEvent
{
    qint64 id = 0;
    QString imageId; // the managed (user-facing) image
    StageKind kind = StageKind::Build;
    QString digest;         // "sha256:..."
    QString tag;            // the unique tag it went under; empty when the step had none
    QString previousDigest; // Deploy and Rollback: what the users were served before; empty when unknown
    QString actor;
    QDateTime at;        // UTC
    QString note;        // verify: the note; forced deploy: the reason
    QString promotionId; // the plan that did it; empty for records without a plan (verify, build)
};

// Appends; `event.at` and `event.actor` are filled in when empty. Idempotent per (promotion, kind): a plan resumed
// after a crash records its stage once. Run it inside the plan's write transaction.
Status recordStageEvent(QSqlDatabase &db, const StageEvent &event);
// Whether the plan `promotionId` recorded a stage of `kind`.
Result<bool> hasStageEvent(QSqlDatabase &db, const QString &promotionId, StageKind kind);
// Newest first; all images when `imageId` is empty.
Result<QList<StageEvent>> stageHistory(QSqlDatabase &db, const QString &imageId, int limit = 0);

} // namespace steward::store
