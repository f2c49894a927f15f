#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace steward::store {

// One step of a promotion plan: what to do (action + params), how far it got (state), what it produced (result).
struct PromotionStep
{
    int seq = 0;
    QString action;                            // "retag", "update-image", "assign-group", ...
    QJsonObject params;                        // digests included: a promotion never refers to a tag alone
    QString state = QStringLiteral("pending"); // pending | running | done | failed | undone | skipped
    QJsonObject result;
    QDateTime startedAt;
    QDateTime finishedAt;
};

// A promotion as journalled: the plan decided up front and each step's progress, so that a promotion interrupted
// by a crash or a closed laptop is resumed (or rolled back) from the first step not done.
struct Promotion
{
    QString promotionId;
    QString kind; // send-to-test | deploy | rollback | retag
    QJsonObject plan;
    QString state = QStringLiteral("planned"); // planned | running | done | failed | rolled-back | canceled
    QString actor;
    QDateTime createdAt;
    QDateTime updatedAt;
    QList<PromotionStep> steps;
};

// Writes run inside the caller's transaction (Catalog::transaction) and append an audit line each.
Status createPromotion(QSqlDatabase &db, const Promotion &promotion);
Status setPromotionStepState(QSqlDatabase &db, const QString &promotionId, int seq, const QString &state,
                             const QJsonObject &result = {});
Status setPromotionState(QSqlDatabase &db, const QString &promotionId, const QString &state);

Result<std::optional<Promotion>> findPromotion(QSqlDatabase &db, const QString &promotionId);
// Planned, running or failed promotions, oldest first: what to offer to resume or roll back after a restart.
Result<QList<Promotion>> unfinishedPromotions(QSqlDatabase &db);

} // namespace steward::store
