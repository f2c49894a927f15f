#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace steward::store {

enum class SqliteAccess
{
    ReadWrite,
    ReadOnly, // never writes the file, its journal mode or anything beside it
};

// Adds and opens a QSQLITE connection named `connectionName` on `path` with the catalog's settings: WAL, foreign
// keys on, a busy timeout so a second process waits its turn instead of failing. ReadOnly leaves the journal mode
// to the file and opens it with SQLITE_OPEN_READONLY.
Result<QSqlDatabase> openSqlite(const QString &connectionName, const QString &path, int busyTimeoutMs,
                                SqliteAccess access = SqliteAccess::ReadWrite);

// A database error that means the file itself is damaged (not a database, malformed, truncated).
bool looksDamaged(const QString &sqliteMessage);

// Without opening it through SQLite: an existing file that does not start with the SQLite header is damaged.
Status checkSqliteHeader(const QString &path);

// PRAGMA quick_check on an open connection: Integrity error with SQLite's first complaint when it is not "ok".
Status quickCheck(QSqlDatabase &db, const QString &path);

// Checks a whole file on a private connection (header, open, quick_check); for backups before restoring them.
Status checkDatabaseFile(const QString &path);

// The "restore a backup" advice for a damaged catalog, naming the newest backup when one exists.
QString damagedCatalogAdvice(const QString &profileDir);

} // namespace steward::store
