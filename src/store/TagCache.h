#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

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
    QStringList platforms; // "linux/amd64"…; empty when unknown
    qint64 size = -1;      // bytes of manifest and layers; -1 when unknown
};
Status upsertCachedTag(QSqlDatabase &db, const CachedTag &tag);
// Ordered by tag.
Result<QList<CachedTag>> cachedTags(QSqlDatabase &db, const QString &registry, const QString &repository);
// One tag of one repository, as the Images pane asks for them.
struct CachedTagKey
{
    QString registry;
    QString repository;
    QString tag;
};
// The cached digest of each key (keys not cached are left out), indexed like `keys`: one statement prepared once for
// them all, so that a library of thousands of images costs one parse, not thousands.
Result<QHash<qsizetype, QString>> cachedDigests(QSqlDatabase &db, const QList<CachedTagKey> &keys);
// The repository's rows become exactly `tags` (every one of the same registry and repository): tags the registry
// no longer has leave the cache. Run it in one write transaction (CatalogWorker::write).
Status replaceCachedTags(QSqlDatabase &db, const QString &registry, const QString &repository,
                         const QList<CachedTag> &tags);

} // namespace steward::store
