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
        QStringLiteral("INSERT INTO tag_cache (registry, repository, tag, digest, media_type, created, seen_at,"
                       " platforms, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(registry, repository, tag)"
                       " DO UPDATE SET digest = excluded.digest, media_type = excluded.media_type,"
                       " created = excluded.created, seen_at = excluded.seen_at, platforms = excluded.platforms,"
                       " size = excluded.size"));
    query.addBindValue(tag.registry);
    query.addBindValue(tag.repository);
    query.addBindValue(tag.tag);
    query.addBindValue(tag.digest);
    query.addBindValue(tag.mediaType.isNull() ? QStringLiteral("") : tag.mediaType);
    const QString created = isoOrEmpty(tag.created);
    query.addBindValue(created.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(created));
    query.addBindValue(isoOrEmpty(tag.seenAt.isValid() ? tag.seenAt : QDateTime::currentDateTimeUtc()));
    // A null string binds as NULL, which the column refuses: no platforms is the empty string.
    query.addBindValue(tag.platforms.isEmpty() ? QStringLiteral("") : tag.platforms.join(QLatin1Char(',')));
    query.addBindValue(tag.size >= 0 ? QVariant(tag.size) : QVariant(QMetaType::fromType<qint64>()));
    if (!query.exec()) {
        return fail(ErrorCode::Storage,
                    StoreText::tr("Cannot cache the tag %1: %2").arg(tag.tag, query.lastError().text()));
    }
    return {};
}

Result<QList<CachedTag>> cachedTags(QSqlDatabase &db, const QString &registry, const QString &repository)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT registry, repository, tag, digest, media_type, created, seen_at, platforms,"
                                 " size FROM tag_cache WHERE registry = ? AND repository = ? ORDER BY tag"));
    query.addBindValue(registry);
    query.addBindValue(repository);
    if (!query.exec()) {
        return fail(ErrorCode::Storage, StoreText::tr("Cannot read the tag cache: %1").arg(query.lastError().text()));
    }
    QList<CachedTag> tags;
    while (query.next()) {
        const QString platforms = query.value(7).toString();
        tags.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(),
                     QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs),
                     QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs),
                     platforms.isEmpty() ? QStringList() : platforms.split(QLatin1Char(',')),
                     query.value(8).isNull() ? -1 : query.value(8).toLongLong()});
    }
    return tags;
}

Result<QHash<qsizetype, QString>> cachedDigests(QSqlDatabase &db, const QList<CachedTagKey> &keys)
{
    QSqlQuery query(db);
    if (!query.prepare(
            QStringLiteral("SELECT digest FROM tag_cache WHERE registry = ? AND repository = ? AND tag = ?")))
        return fail(ErrorCode::Storage, StoreText::tr("Cannot read the tag cache: %1").arg(query.lastError().text()));
    QHash<qsizetype, QString> digests;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const CachedTagKey &key = keys.at(i);
        query.bindValue(0, key.registry);
        query.bindValue(1, key.repository);
        query.bindValue(2, key.tag);
        if (!query.exec()) {
            return fail(ErrorCode::Storage,
                        StoreText::tr("Cannot read the tag cache: %1").arg(query.lastError().text()));
        }
        if (query.next())
            digests.insert(i, query.value(0).toString());
        query.finish();
    }
    return digests;
}

Status replaceCachedTags(QSqlDatabase &db, const QString &registry, const QString &repository,
                         const QList<CachedTag> &tags)
{
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM tag_cache WHERE registry = ? AND repository = ?"));
    clear.addBindValue(registry);
    clear.addBindValue(repository);
    if (!clear.exec())
        return fail(ErrorCode::Storage, StoreText::tr("Cannot update the tag cache: %1").arg(clear.lastError().text()));
    for (const CachedTag &tag : tags) {
        if (Status cached = upsertCachedTag(db, tag); !cached)
            return cached;
    }
    return {};
}

} // namespace steward::store
