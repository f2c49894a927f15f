#include "store/SqliteFile.h"

#include "store/Backups.h"
#include "store/StoreText.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace steward::store {

bool looksDamaged(const QString &sqliteMessage)
{
    return sqliteMessage.contains(QLatin1String("malformed"), Qt::CaseInsensitive) ||
           sqliteMessage.contains(QLatin1String("not a database"), Qt::CaseInsensitive) ||
           sqliteMessage.contains(QLatin1String("corrupt"), Qt::CaseInsensitive) ||
           sqliteMessage.contains(QLatin1String("disk I/O error"), Qt::CaseInsensitive);
}

Status checkSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {}; // SQLite makes a new database in an empty file
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Storage, StoreText::tr("Cannot read %1: %2").arg(path, file.errorString()));
    static const QByteArray header("SQLite format 3\0", 16);
    if (file.size() < 100 || file.read(16) != header) {
        return fail(ErrorCode::Integrity,
                    StoreText::tr("%1 is not an SQLite database (it is truncated or was overwritten).").arg(path));
    }
    return {};
}

Result<QSqlDatabase> openSqlite(const QString &connectionName, const QString &path, int busyTimeoutMs,
                                SqliteAccess access)
{
    const bool readOnly = access == SqliteAccess::ReadOnly;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    // Even a read-only connection to a WAL database makes its -wal and -shm files when none exist. None exist when no
    // other process has the catalog open (the last one to close folds the WAL in and removes them): then the file is
    // all there is, and "immutable" reads it without making anything. Otherwise they exist already, and a plain
    // read-only connection sees the other process's latest commits.
    const bool quiet = readOnly && !QFileInfo::exists(path + QStringLiteral("-wal"));
    db.setDatabaseName(quiet ? QStringLiteral("file:") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/")) +
                                   QStringLiteral("?immutable=1")
                             : path);
    // Qt applies the busy timeout before any statement, so even the first PRAGMA waits for another writer.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs) +
                         (readOnly ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString()) +
                         (quiet ? QStringLiteral(";QSQLITE_OPEN_URI") : QString()));
    if (!db.open()) {
        const QString why = db.lastError().text();
        return fail(looksDamaged(why) ? ErrorCode::Integrity : ErrorCode::Storage,
                    StoreText::tr("Cannot open the catalog %1: %2").arg(path, why));
    }
    const QStringList pragmas = readOnly ? QStringList{
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA query_only = ON"),
    } : QStringList{
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"), // WAL + NORMAL: durable across app crashes, atomic always
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            const QString why = query.lastError().text();
            return fail(looksDamaged(why) ? ErrorCode::Integrity : ErrorCode::Storage,
                        StoreText::tr("Cannot prepare the catalog %1: %2").arg(path, why));
        }
    }
    return db;
}

Status quickCheck(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)"))) {
        const QString why = query.lastError().text();
        return fail(looksDamaged(why) ? ErrorCode::Integrity : ErrorCode::Storage,
                    StoreText::tr("Cannot check the catalog %1: %2").arg(path, why));
    }
    const QString verdict = query.next() ? query.value(0).toString() : QStringLiteral("no answer");
    if (verdict != QLatin1String("ok"))
        return fail(ErrorCode::Integrity, StoreText::tr("The catalog %1 is damaged.").arg(path), verdict);
    return {};
}

Status checkDatabaseFile(const QString &path)
{
    if (!QFile::exists(path))
        return fail(ErrorCode::NotFound, StoreText::tr("%1 does not exist.").arg(path));
    if (Status header = checkSqliteHeader(path); !header)
        return header;
    const QString name = QStringLiteral("steward-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            verdict = fail(ErrorCode::Integrity, StoreText::tr("Cannot open %1: %2").arg(path, db.lastError().text()));
        else
            verdict = quickCheck(db, path);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

QString damagedCatalogAdvice(const QString &profileDir)
{
    const QList<CatalogBackup> backups = listBackups(profileDir);
    if (backups.isEmpty()) {
        return StoreText::tr(
            "No backup exists; move the file aside to start an empty catalog, or use another --profile.");
    }
    return StoreText::tr("The newest backup is %1 (schema %2, %3); restore it with `stewardctl restore-backup` "
                         "(the damaged file is kept beside it).")
        .arg(backups.constFirst().path)
        .arg(backups.constFirst().schemaVersion)
        .arg(backups.constFirst().createdUtc.toString(Qt::ISODate));
}

} // namespace steward::store
