#include "store/StageEvents.h"

#include "store/Catalog.h"
#include "store/StoreText.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>

namespace steward::store {

namespace {

constexpr std::array kStageNames = {"build", "test", "verify", "deploy", "rollback"};

// `message` is a whole sentence with %1 for the database's own words.
Error storageError(const QString &message, const QSqlQuery &query)
{
    return Error{ErrorCode::Storage, message.arg(query.lastError().text()), {}};
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// A null QString binds as SQL NULL, which the NOT NULL text columns refuse.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

QString stageKindName(StageKind kind)
{
    return QString::fromLatin1(kStageNames.at(static_cast<std::size_t>(kind)));
}

std::optional<StageKind> stageKindFromName(const QString &name)
{
    for (std::size_t i = 0; i < kStageNames.size(); ++i) {
        if (name == QLatin1String(kStageNames.at(i)))
            return static_cast<StageKind>(i);
    }
    return std::nullopt;
}

Result<bool> hasStageEvent(QSqlDatabase &db, const QString &promotionId, StageKind kind)
{
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT 1 FROM stage_events WHERE promotion_id = ? AND kind = ?"));
    existing.addBindValue(promotionId);
    existing.addBindValue(stageKindName(kind));
    if (!existing.exec())
        return fail(storageError(StoreText::tr("Cannot read the stage history from the catalog: %1"), existing));
    return existing.next();
}

Status recordStageEvent(QSqlDatabase &db, const StageEvent &event)
{
    if (!event.promotionId.isEmpty()) {
        // A plan resumed after a crash records its stage once.
        Result<bool> exists = hasStageEvent(db, event.promotionId, event.kind);
        if (!exists)
            return fail(exists.error());
        if (*exists)
            return {};
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO stage_events (image_id, kind, digest, tag, previous_digest,"
                                 " actor, at, note, promotion_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(event.imageId);
    query.addBindValue(stageKindName(event.kind));
    query.addBindValue(notNull(event.digest));
    query.addBindValue(notNull(event.tag));
    query.addBindValue(notNull(event.previousDigest));
    query.addBindValue(event.actor.isEmpty() ? currentActor() : event.actor);
    const QDateTime at = event.at.isValid() ? event.at : QDateTime::currentDateTimeUtc();
    query.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(notNull(event.note));
    query.addBindValue(textOrNull(event.promotionId));
    if (!query.exec())
        return fail(storageError(StoreText::tr("Cannot record a stage change in the catalog: %1"), query));
    return {};
}

Result<QList<StageEvent>> stageHistory(QSqlDatabase &db, const QString &imageId, int limit)
{
    QSqlQuery query(db);
    QString sql = QStringLiteral("SELECT id, image_id, kind, digest, tag, previous_digest, actor, at, note,"
                                 " promotion_id FROM stage_events");
    if (!imageId.isEmpty())
        sql += QStringLiteral(" WHERE image_id = ?");
    sql += QStringLiteral(" ORDER BY at DESC, id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    query.prepare(sql);
    if (!imageId.isEmpty())
        query.addBindValue(imageId);
    if (!query.exec())
        return fail(storageError(StoreText::tr("Cannot read the stage history from the catalog: %1"), query));
    QList<StageEvent> events;
    while (query.next()) {
        StageEvent event;
        event.id = query.value(0).toLongLong();
        event.imageId = query.value(1).toString();
        event.kind = stageKindFromName(query.value(2).toString()).value_or(StageKind::Build);
        event.digest = query.value(3).toString();
        event.tag = query.value(4).toString();
        event.previousDigest = query.value(5).toString();
        event.actor = query.value(6).toString();
        event.at = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs).toUTC();
        event.note = query.value(8).toString();
        event.promotionId = query.value(9).toString();
        events.append(event);
    }
    return events;
}

} // namespace steward::store
