#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace steward::store {

// The registry tag cache: what a tag pointed at when we last looked.
struct CachedTag
{
    QString registry;
    QString repository;
    QString tag;
    QString digest;
    QString mediaType;
    QDateTime created; // the image config's creation time, when known
    QDateTime seenAt;
};
Status upsertCachedTag(QSqlDatabase &db, const CachedTag &tag);
Result<QList<CachedTag>> cachedTags(QSqlDatabase &db, const QString &registry, const QString &repository);

} // namespace steward::store
