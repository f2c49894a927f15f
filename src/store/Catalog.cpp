#include "store/Catalog.h"

#include "store/Backups.h"
#include "store/Logging.h"
#include "store/Profile.h"
#include "store/SqliteFile.h"
#include "store/StoreText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace steward::store {

namespace {

// For the log: a thread's name, "main" for the application's unnamed one.
QString threadName(QThread *thread)
{
    if (!thread->objectName().isEmpty())
        return thread->objectName();
    const QCoreApplication *app = QCoreApplication::instance();
    return app && app->thread() == thread ? QStringLiteral("main") : QStringLiteral("(unnamed)");
}

Result<int> userVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        const QString why = query.lastError().text();
        return fail(looksDamaged(why) ? ErrorCode::Integrity : ErrorCode::Storage,
                    StoreText::tr("Cannot read the catalog's schema version: %1").arg(why));
    }
    return query.value(0).toInt();
}

Result<bool> hasForeignTables(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) || !query.next())
        return fail(ErrorCode::Storage,
                    StoreText::tr("Cannot list the catalog's tables: %1").arg(query.lastError().text()));
    return query.value(0).toInt() > 0;
}

Status runMigration(QSqlDatabase &db, const Migration &migration)
{
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(
            ErrorCode::Storage,
            StoreText::tr("Cannot start migration %1: %2").arg(migration.version).arg(begin.lastError().text()));
    Status applied = migration.apply(db);
    if (applied) {
        // user_version lives in the database header and is written by this same transaction: the version and the
        // schema it describes can never disagree, whatever happens mid-way.
        applied = execAll(db, {QStringLiteral("PRAGMA user_version = %1").arg(migration.version)});
    }
    QSqlQuery end(db);
    if (!applied) {
        end.exec(QStringLiteral("ROLLBACK"));
        return fail(
            applied.error().code,
            StoreText::tr("Upgrading the catalog to schema %1 (%2) failed; it was left at the previous version.")
                .arg(migration.version)
                .arg(migration.summary),
            applied.error().toString());
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QString why = end.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(ErrorCode::Storage,
                    StoreText::tr("Cannot commit migration %1: %2").arg(migration.version).arg(why));
    }
    qCDebug(lcStore) << "catalog migrated to schema" << migration.version << migration.summary;
    return {};
}

// Every damaged catalog is offered its backup, however the damage was found; what SQLite said (quick_check's
// verdict, an open error) stays the detail.
Error withRestoreAdvice(Error damaged, const QString &profileDir)
{
    if (!damaged.message.endsWith(QLatin1Char('.')))
        damaged.message += QLatin1Char('.');
    damaged.message += QLatin1Char(' ') + damagedCatalogAdvice(profileDir);
    return damaged;
}

bool backupIsStale(const QString &profileDir)
{
    const QList<CatalogBackup> backups = listBackups(profileDir);
    return backups.isEmpty() ||
           backups.constFirst().createdUtc.secsTo(QDateTime::currentDateTimeUtc()) > qint64{24} * 3600;
}

// Checks, migrates and backs up on a private connection while the profile lock is held.
Result<int> prepareCatalog(const QString &profileDir, const QString &path, const CatalogOptions &options)
{
    const QList<Migration> &steps = options.migrations.isEmpty() ? migrations() : options.migrations;
    const int latest = steps.constLast().version;

    if (Status header = checkSqliteHeader(path); !header) {
        // Integrity: not an SQLite file (any more); anything else, such as no permission to read it, is not damage.
        return fail(header.error().code == ErrorCode::Integrity ? withRestoreAdvice(header.error(), profileDir)
                                                                : header.error());
    }

    const QString name = QStringLiteral("steward-open-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<int> outcome = 0;
    {
        Result<QSqlDatabase> opened = openSqlite(name, path, options.busyTimeoutMs);
        if (!opened) {
            outcome = fail(opened.error());
        } else {
            QSqlDatabase db = *opened;
            outcome = [&]() -> Result<int> {
                if (Status check = quickCheck(db, path); !check)
                    return fail(check.error());
                Result<int> version = userVersion(db);
                if (!version)
                    return version;
                if (*version > latest) {
                    return fail(
                        ErrorCode::Unsupported,
                        StoreText::tr("The catalog %1 has schema version %2, but this ImageSteward understands up to "
                                      "version %3. Update ImageSteward, or use another profile with --profile DIR.")
                            .arg(path)
                            .arg(*version)
                            .arg(latest));
                }
                if (*version == 0) {
                    Result<bool> foreign = hasForeignTables(db);
                    if (!foreign)
                        return fail(foreign.error());
                    if (*foreign) {
                        return fail(
                            ErrorCode::InvalidInput,
                            StoreText::tr("%1 is an SQLite database, but not an ImageSteward catalog; use another "
                                          "profile with --profile DIR.")
                                .arg(path));
                    }
                }
                const bool fresh = *version == 0;
                for (const Migration &step : steps) {
                    if (step.version <= *version)
                        continue;
                    if (!fresh) {
                        Result<CatalogBackup> backup = backupCatalog(
                            db, profileDir, *version, QStringLiteral("pre-migration-v%1").arg(step.version));
                        if (!backup)
                            return fail(backup.error());
                    }
                    if (Status migrated = runMigration(db, step); !migrated)
                        return fail(migrated.error());
                    *version = step.version;
                }
                if (!fresh && options.dailyBackup && backupIsStale(profileDir)) {
                    if (Result<CatalogBackup> backup = backupCatalog(db, profileDir, *version, QStringLiteral("daily"));
                        !backup) {
                        qCWarning(lcStore) << "daily catalog backup failed:" << backup.error().toString();
                    }
                }
                return *version;
            }();
            db.close();
        }
    }
    if (!outcome && outcome.error().code == ErrorCode::Integrity)
        outcome = fail(withRestoreAdvice(outcome.error(), profileDir));
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

} // namespace

Result<std::shared_ptr<Catalog>> Catalog::open(const QString &profileDir)
{
    CatalogOptions options;
    options.profileDir = profileDir;
    return open(options);
}

Result<std::shared_ptr<Catalog>> Catalog::open(const CatalogOptions &options)
{
    Result<QString> dir = prepareProfileDir(options.profileDir);
    if (!dir)
        return fail(dir.error());
    const QString path = *dir + QLatin1Char('/') + catalogFileName();

    QLockFile lock(*dir + QStringLiteral("/catalog.lock"));
    lock.setStaleLockTime(0); // never stolen by age; a lock whose pid is gone is still recognised as stale
    if (!lock.tryLock(options.busyTimeoutMs)) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock.getLockInfo(&pid, &host, &app);
        return fail(
            ErrorCode::Conflict,
            StoreText::tr("Another process (%1, pid %2) is opening or upgrading the catalog in %3; try again when it "
                          "is done, or use another profile with --profile DIR.")
                .arg(app.isEmpty() ? StoreText::tr("unknown") : app)
                .arg(pid)
                .arg(*dir));
    }
    // Taken before the file is touched and kept while the Catalog lives: a restore waits for nobody using it.
    Result<ProfileUseLock> inUse = ProfileUseLock::shared(*dir);
    if (!inUse)
        return fail(inUse.error());
    Result<int> version = prepareCatalog(*dir, path, options);
    if (!version)
        return fail(version.error());
    return std::shared_ptr<Catalog>(new Catalog(*dir, *version, options.busyTimeoutMs, std::move(*inUse)));
}

Result<std::shared_ptr<Catalog>> Catalog::openReadOnly(const QString &profileDir)
{
    const QString dir = resolveProfileDir(profileDir);
    const QString path = dir + QLatin1Char('/') + catalogFileName();
    if (!QFileInfo(path).isFile())
        return fail(ErrorCode::NotFound, StoreText::tr("The profile %1 has no catalog yet.").arg(dir));
    if (Status header = checkSqliteHeader(path); !header)
        return fail(header.error().code == ErrorCode::Integrity ? withRestoreAdvice(header.error(), dir)
                                                                : header.error());
    const int latest = migrations().constLast().version;
    const QString name = QStringLiteral("steward-peek-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<int> version = 0;
    {
        Result<QSqlDatabase> opened = openSqlite(name, path, CatalogOptions{}.busyTimeoutMs, SqliteAccess::ReadOnly);
        if (!opened) {
            version = fail(opened.error());
        } else {
            version = userVersion(*opened);
            opened->close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!version)
        return fail(version.error());
    if (*version != latest)
        return fail(
            ErrorCode::Unsupported,
            StoreText::tr("The catalog %1 has schema version %2 and this ImageSteward reads version %3; a command that "
                          "changes the profile (stewardctl logins, for one) upgrades it.")
                .arg(path)
                .arg(*version)
                .arg(latest));
    return std::shared_ptr<Catalog>(new Catalog(dir, *version, CatalogOptions{}.busyTimeoutMs, std::nullopt));
}

Catalog::Catalog(QString profileDir, int schemaVersion, int busyTimeoutMs, std::optional<ProfileUseLock> inUse)
    : m_profileDir(std::move(profileDir)), m_filePath(m_profileDir + QLatin1Char('/') + catalogFileName()),
      m_id(QUuid::createUuid().toString(QUuid::WithoutBraces)), m_schemaVersion(schemaVersion),
      m_busyTimeoutMs(busyTimeoutMs), m_inUse(std::move(inUse))
{}

Catalog::~Catalog()
{
    const QMutexLocker locker(&m_mutex);
    for (const QString &name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Catalog::connectionName() const
{
    return QStringLiteral("steward-catalog-%1-%2").arg(m_id).arg(reinterpret_cast<quintptr>(QThread::currentThread()));
}

void Catalog::confineTo(QThread *owner)
{
    m_owner.store(owner);
}

QSqlDatabase Catalog::database() const
{
    if (QThread *owner = m_owner.load(); owner && owner != QThread::currentThread())
        qCWarning(lcStore).noquote() << "the catalog" << m_filePath << "is used on thread"
                                     << threadName(QThread::currentThread()) << "but belongs to thread"
                                     << threadName(owner);
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    Result<QSqlDatabase> opened =
        openSqlite(name, m_filePath, m_busyTimeoutMs, isReadOnly() ? SqliteAccess::ReadOnly : SqliteAccess::ReadWrite);
    if (!opened)
        qCWarning(lcStore) << "cannot open a catalog connection:" << opened.error().toString();
    const QMutexLocker locker(&m_mutex);
    m_connections.insert(name);
    return QSqlDatabase::database(name, false);
}

void Catalog::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    const QMutexLocker locker(&m_mutex);
    m_connections.remove(name);
}

Status Catalog::transaction(const std::function<Status(QSqlDatabase &)> &work) const
{
    QSqlDatabase db = database();
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const QString why = begin.lastError().text();
        const bool busy = why.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
                          why.contains(QLatin1String("busy"), Qt::CaseInsensitive);
        return fail(busy ? ErrorCode::Conflict : ErrorCode::Storage,
                    busy ? StoreText::tr("The catalog stayed busy with another process's change for %1 s; try again.")
                               .arg(m_busyTimeoutMs / 1000)
                         : StoreText::tr("Cannot start a catalog transaction: %1").arg(why));
    }
    Status done = work(db);
    QSqlQuery end(db);
    if (!done) {
        end.exec(QStringLiteral("ROLLBACK"));
        return done;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QString why = end.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(ErrorCode::Storage, StoreText::tr("Cannot commit a catalog change: %1").arg(why));
    }
    return {};
}

QString currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME", QStringLiteral("unknown"));
    const QString app = QCoreApplication::instance() ? QCoreApplication::applicationName() : QString();
    return app.isEmpty() ? user : user + QLatin1Char('@') + app;
}

} // namespace steward::store
