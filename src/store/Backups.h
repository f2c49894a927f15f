#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace steward::store {

// A copy of the catalog taken before a migration (and once a day on open), in <profile>/backups.
struct CatalogBackup
{
    QString path;
    int schemaVersion = 0;
    QDateTime createdUtc;
    QString reason; // "pre-migration-v3", "daily"
    qint64 sizeBytes = 0;
};

// Newest first.
QList<CatalogBackup> listBackups(const QString &profileDir);

// A consistent copy of the open database (VACUUM INTO, so the WAL's committed pages are included). Keeps the
// newest `keep` backups. Must not be called inside a transaction.
Result<CatalogBackup> backupCatalog(QSqlDatabase &db, const QString &profileDir, int schemaVersion,
                                    const QString &reason, int keep = 20);

// Replaces the profile's catalog with `backupPath` after checking the backup is intact. The damaged catalog is
// moved aside (catalog.sqlite.damaged-<time>), never deleted. Refused (Conflict, naming the other process's pid where
// the system tells it) while any Catalog of the profile is open, in this process or another.
Status restoreBackup(const QString &profileDir, const QString &backupPath);

} // namespace steward::store
