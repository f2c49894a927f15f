#include "store/PromotionJournal.h"

#include "store/Catalog.h"
#include "store/CatalogQueries.h"
#include "store/StoreText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace steward::store {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject object(const QVariant &text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

QDateTime time(const QVariant &text)
{
    return text.isNull() ? QDateTime() : QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

std::unexpected<Error> failed(const QSqlQuery &query, const QString &what)
{
    return fail(ErrorCode::Storage,
                StoreText::tr("The promotion journal could not %1: %2").arg(what, query.lastError().text()));
}

Status audit(QSqlDatabase &db, const QString &action, const QString &subject, const QJsonValue &before,
             const QJsonObject &after)
{
    return appendAudit(db, {0, {}, currentActor(), action, subject, before, after});
}

// What an audit row is about: the image the plan changes (the plan's image_id), else the plan itself.
struct Subject
{
    QString subject;
    QString state; // the promotion's, or the step's when asked for one
    QString action;
};

Result<Subject> subjectOf(QSqlDatabase &db, const QString &promotionId, std::optional<int> seq)
{
    QSqlQuery query(db);
    if (seq) {
        query.prepare(QStringLiteral("SELECT p.plan, s.state, s.action FROM promotions p JOIN promotion_steps s"
                                     " ON s.promotion_id = p.promotion_id WHERE p.promotion_id = ? AND s.seq = ?"));
        query.addBindValue(promotionId);
        query.addBindValue(*seq);
    } else {
        query.prepare(QStringLiteral("SELECT plan, state, '' FROM promotions WHERE promotion_id = ?"));
        query.addBindValue(promotionId);
    }
    if (!query.exec())
        return failed(query, StoreText::tr("read the promotion"));
    if (!query.next())
        return Subject{promotionId, {}, {}};
    const QString imageId = object(query.value(0)).value(QStringLiteral("image_id")).toString();
    return Subject{imageId.isEmpty() ? promotionId : imageId, query.value(1).toString(), query.value(2).toString()};
}

// A step's audit row: the state and value it found, and the ones it left, each in its own column.
QJsonObject stepSide(const QString &state, const QJsonValue &value)
{
    QJsonObject side{{QStringLiteral("state"), state}};
    if (!value.isUndefined())
        side.insert(QStringLiteral("value"), value);
    return side;
}

Result<QList<Promotion>> select(QSqlDatabase &db, const QString &where, const QString &value)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT promotion_id, kind, plan, state, actor, created_at, updated_at FROM promotions"
                                 " WHERE ") +
                  where + QStringLiteral(" ORDER BY created_at, promotion_id"));
    if (!value.isNull())
        query.addBindValue(value);
    if (!query.exec())
        return failed(query, StoreText::tr("read promotions"));
    QList<Promotion> promotions;
    while (query.next()) {
        Promotion p;
        p.promotionId = query.value(0).toString();
        p.kind = query.value(1).toString();
        p.plan = object(query.value(2));
        p.state = query.value(3).toString();
        p.actor = query.value(4).toString();
        p.createdAt = time(query.value(5));
        p.updatedAt = time(query.value(6));
        promotions.append(p);
    }
    for (Promotion &p : promotions) {
        QSqlQuery steps(db);
        steps.prepare(QStringLiteral("SELECT seq, action, params, state, result, started_at, finished_at"
                                     " FROM promotion_steps WHERE promotion_id = ? ORDER BY seq"));
        steps.addBindValue(p.promotionId);
        if (!steps.exec())
            return failed(steps, StoreText::tr("read promotion steps"));
        while (steps.next()) {
            p.steps.append({steps.value(0).toInt(), steps.value(1).toString(), object(steps.value(2)),
                            steps.value(3).toString(), object(steps.value(4)), time(steps.value(5)),
                            time(steps.value(6))});
        }
    }
    return promotions;
}

} // namespace

Status createPromotion(QSqlDatabase &db, const Promotion &promotion)
{
    if (promotion.promotionId.isEmpty() || promotion.kind.isEmpty())
        return fail(ErrorCode::InvalidInput, StoreText::tr("A promotion needs an id and a kind."));
    const QString stamp = now();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO promotions (promotion_id, kind, plan, state, created_at, updated_at, actor)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(promotion.promotionId);
    query.addBindValue(promotion.kind);
    query.addBindValue(json(promotion.plan));
    query.addBindValue(promotion.state);
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    query.addBindValue(promotion.actor.isEmpty() ? currentActor() : promotion.actor);
    if (!query.exec())
        return failed(query, StoreText::tr("record the promotion"));
    for (const PromotionStep &step : promotion.steps) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO promotion_steps (promotion_id, seq, action, params, state, result)"
                                      " VALUES (?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(promotion.promotionId);
        insert.addBindValue(step.seq);
        insert.addBindValue(step.action);
        insert.addBindValue(json(step.params));
        insert.addBindValue(step.state);
        insert.addBindValue(json(step.result));
        if (!insert.exec())
            return failed(insert, StoreText::tr("record step %1").arg(step.seq));
    }
    const QString imageId = promotion.plan.value(QStringLiteral("image_id")).toString();
    return audit(db, QStringLiteral("promotion.create"), imageId.isEmpty() ? promotion.promotionId : imageId,
                 QJsonValue(),
                 {{QStringLiteral("promotion_id"), promotion.promotionId},
                  {QStringLiteral("kind"), promotion.kind},
                  {QStringLiteral("state"), promotion.state},
                  {QStringLiteral("plan"), promotion.plan}});
}

Status setPromotionStepState(QSqlDatabase &db, const QString &promotionId, int seq, const QString &state,
                             const QJsonObject &result)
{
    const Result<Subject> was = subjectOf(db, promotionId, seq);
    if (!was)
        return fail(was.error());
    QSqlQuery query(db);
    // started_at is kept from the first time the step ran; finished_at is set by any final state.
    query.prepare(
        QStringLiteral("UPDATE promotion_steps SET state = ?, result = ?,"
                       " started_at = COALESCE(started_at, ?),"
                       " finished_at = CASE WHEN ? IN ('done','failed','undone','skipped') THEN ? ELSE NULL END"
                       " WHERE promotion_id = ? AND seq = ?"));
    const QString stamp = now();
    query.addBindValue(state);
    query.addBindValue(json(result));
    query.addBindValue(stamp);
    query.addBindValue(state);
    query.addBindValue(stamp);
    query.addBindValue(promotionId);
    query.addBindValue(seq);
    if (!query.exec())
        return failed(query, StoreText::tr("update step %1").arg(seq));
    if (query.numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, StoreText::tr("Promotion %1 has no step %2.").arg(promotionId).arg(seq));
    QSqlQuery touch(db);
    touch.prepare(QStringLiteral("UPDATE promotions SET updated_at = ?,"
                                 " state = CASE WHEN state = 'planned' THEN 'running' ELSE state END"
                                 " WHERE promotion_id = ?"));
    touch.addBindValue(stamp);
    touch.addBindValue(promotionId);
    if (!touch.exec())
        return failed(touch, StoreText::tr("update the promotion"));
    QJsonObject after = stepSide(state, result.value(QStringLiteral("after")));
    after.insert(QStringLiteral("promotion_id"), promotionId);
    after.insert(QStringLiteral("seq"), seq);
    after.insert(QStringLiteral("action"), was->action);
    after.insert(QStringLiteral("result"), result);
    return audit(db, QStringLiteral("promotion.step"), was->subject,
                 stepSide(was->state, result.value(QStringLiteral("before"))), after);
}

Status setPromotionState(QSqlDatabase &db, const QString &promotionId, const QString &state)
{
    const Result<Subject> was = subjectOf(db, promotionId, std::nullopt);
    if (!was)
        return fail(was.error());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE promotions SET state = ?, updated_at = ? WHERE promotion_id = ?"));
    query.addBindValue(state);
    query.addBindValue(now());
    query.addBindValue(promotionId);
    if (!query.exec())
        return failed(query, StoreText::tr("set the promotion's state"));
    if (query.numRowsAffected() != 1)
        return fail(ErrorCode::NotFound, StoreText::tr("No promotion %1 in the journal.").arg(promotionId));
    return audit(db, QStringLiteral("promotion.state"), was->subject,
                 QJsonObject{{QStringLiteral("state"), was->state}},
                 {{QStringLiteral("promotion_id"), promotionId}, {QStringLiteral("state"), state}});
}

Result<std::optional<Promotion>> findPromotion(QSqlDatabase &db, const QString &promotionId)
{
    Result<QList<Promotion>> found = select(db, QStringLiteral("promotion_id = ?"), promotionId);
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return std::nullopt;
    return found->constFirst();
}

Result<QList<Promotion>> unfinishedPromotions(QSqlDatabase &db)
{
    return select(db, QStringLiteral("state IN ('planned', 'running', 'failed')"), QString());
}

} // namespace steward::store
