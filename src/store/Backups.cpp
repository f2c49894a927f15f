#include "store/Backups.h"

#include "store/Logging.h"
#include "store/ProfileUseLock.h"
#include "store/SqliteFile.h"
#include "store/StoreText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace steward::store {

namespace {

const QString timeFormat = QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'");

QString backupDir(const QString &profileDir)
{
    return profileDir + QStringLiteral("/backups");
}

// catalog-v<schema>-<yyyyMMddTHHmmsszzzZ>-<reason>.sqlite
const QRegularExpression &backupName()
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral(R"(catalog-v(\d+)-(\d{8}T\d{9}Z)-([a-z0-9-]+)\.sqlite)")));
    return re;
}

} // namespace

QList<CatalogBackup> listBackups(const QString &profileDir)
{
    QList<CatalogBackup> backups;
    const QFileInfoList files =
        QDir(backupDir(profileDir)).entryInfoList({QStringLiteral("catalog-v*.sqlite")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = backupName().match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime created = QDateTime::fromString(match.captured(2), timeFormat);
        created.setTimeSpec(Qt::UTC);
        backups.append({file.absoluteFilePath(), match.captured(1).toInt(), created, match.captured(3), file.size()});
    }
    std::sort(backups.begin(), backups.end(), [](const CatalogBackup &a, const CatalogBackup &b) {
        return a.createdUtc != b.createdUtc ? a.createdUtc > b.createdUtc : a.path > b.path;
    });
    return backups;
}

Result<CatalogBackup> backupCatalog(QSqlDatabase &db, const QString &profileDir, int schemaVersion,
                                    const QString &reason, int keep)
{
    const QString dir = backupDir(profileDir);
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Storage, StoreText::tr("Cannot create the backup directory %1.").arg(dir));

    QDateTime now = QDateTime::currentDateTimeUtc();
    QString path;
    // Two backups in the same millisecond (a fast chain of migrations) get distinct names.
    for (int attempt = 0; attempt < 1000; ++attempt) {
        path =
            dir + QStringLiteral("/catalog-v%1-%2-%3.sqlite").arg(schemaVersion).arg(now.toString(timeFormat), reason);
        if (!QFile::exists(path))
            break;
        now = now.addMSecs(1);
    }
    // Written under a temporary name and renamed, so a crash never leaves a half backup that looks whole.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        QFile::remove(partial);
        return fail(ErrorCode::Storage,
                    StoreText::tr("Cannot back up the catalog to %1: %2").arg(path, query.lastError().text()));
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return fail(ErrorCode::Storage, StoreText::tr("Cannot finish the catalog backup %1.").arg(path));
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCDebug(lcStore) << "catalog backed up to" << path;

    const QList<CatalogBackup> all = listBackups(profileDir);
    for (qsizetype i = keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    return CatalogBackup{path, schemaVersion, now, reason, QFileInfo(path).size()};
}

Status restoreBackup(const QString &profileDir, const QString &backupPath)
{
    if (Status intact = checkDatabaseFile(backupPath); !intact) {
        return fail(ErrorCode::Integrity,
                    StoreText::tr("The backup %1 is itself damaged; choose an older one.").arg(backupPath),
                    intact.error().toString());
    }
    QLockFile lock(profileDir + QStringLiteral("/catalog.lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(2000)) {
        return fail(ErrorCode::Conflict,
                    StoreText::tr("Another ImageSteward process is opening the catalog in %1; close it "
                                  "before restoring a backup.")
                        .arg(profileDir));
    }
    // catalog.lock covers only opening; a process that has the catalog open holds its use lock until it closes it.
    // Moving the file from under it would send its later writes to the moved-aside file.
    Result<ProfileUseLock> alone = ProfileUseLock::exclusive(profileDir);
    if (!alone)
        return fail(alone.error());
    const QString catalog = profileDir + QStringLiteral("/catalog.sqlite");
    const QString stamp = QDateTime::currentDateTimeUtc().toString(timeFormat);
    // The damaged file and its WAL are kept: they may still hold something a person wants to recover.
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString file = catalog + suffix;
        if (QFile::exists(file) && !QFile::rename(file, catalog + suffix + QStringLiteral(".damaged-") + stamp)) {
            return fail(ErrorCode::Storage,
                        StoreText::tr("Cannot move the damaged catalog file %1 aside; is it still open?").arg(file));
        }
    }
    if (!QFile::copy(backupPath, catalog))
        return fail(ErrorCode::Storage, StoreText::tr("Cannot copy the backup %1 to %2.").arg(backupPath, catalog));
    QFile::setPermissions(catalog, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCDebug(lcStore) << "catalog restored from" << backupPath;
    return {};
}

} // namespace steward::store
