#include "store/TagCache.h"

#include "store/StoreText.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace steward::store {

namespace {

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

Status upsertCachedTag(QSqlDatabase &db, const CachedTag &tag)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO tag_cache (registry, repository, tag, digest, media_type, created, seen_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(registry, repository, tag) DO UPDATE SET"
                       " digest = excluded.digest, media_type = excluded.media_type,"
                       " created = excluded.created, seen_at = excluded.seen_at"));
    query.addBindValue(tag.registry);
    query.addBindValue(tag.repository);
    query.addBindValue(tag.tag);
    query.addBindValue(tag.digest);
    query.addBindValue(tag.mediaType.isNull() ? QStringLiteral("") : tag.mediaType);
    const QString created = isoOrEmpty(tag.created);
    query.addBindValue(created.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(created));
    query.addBindValue(isoOrEmpty(tag.seenAt.isValid() ? tag.seenAt : QDateTime::currentDateTimeUtc()));
    if (!query.exec()) {
        return fail(ErrorCode::Storage,
                    StoreText::tr("Cannot cache the tag %1: %2").arg(tag.tag, query.lastError().text()));
    }
    return {};
}

Result<QList<CachedTag>> cachedTags(QSqlDatabase &db, const QString &registry, const QString &repository)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT registry, repository, tag, digest, media_type, created, seen_at FROM tag_cache"
                                 " WHERE registry = ? AND repository = ? ORDER BY tag"));
    query.addBindValue(registry);
    query.addBindValue(repository);
    if (!query.exec()) {
        return fail(ErrorCode::Storage, StoreText::tr("Cannot read the tag cache: %1").arg(query.lastError().text()));
    }
    QList<CachedTag> tags;
    while (query.next()) {
        tags.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(),
                     QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs),
                     QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs)});
    }
    return tags;
}

} // namespace steward::store
