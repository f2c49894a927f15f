// The SQLite catalog: schema migrations, damaged and newer files, backups, sharing a profile, append-only audit.
#include "store/Backups.h"
#include "store/Catalog.h"
#include "store/CatalogQueries.h"
#include "store/Migrations.h"

#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace steward;
using namespace steward::store;

// Passes a Status or Result, or fails the test with its message.
#define QVERIFY_OK(expr)                                                                                               \
    do {                                                                                                               \
        const auto stewardOutcome = (expr);                                                                            \
        QVERIFY2(stewardOutcome.has_value(),                                                                           \
                 qPrintable(stewardOutcome ? QString() : stewardOutcome.error().toString()));                          \
    } while (false)

namespace {

QList<Migration> firstMigrations(int count)
{
    return migrations().mid(0, count);
}

std::shared_ptr<Catalog> openOrFail(const CatalogOptions &options)
{
    Result<std::shared_ptr<Catalog>> catalog = Catalog::open(options);
    if (!catalog)
        qWarning() << catalog.error().toString();
    return catalog ? *catalog : nullptr;
}

std::shared_ptr<Catalog> openAt(const QString &dir, int version)
{
    CatalogOptions options;
    options.profileDir = dir;
    options.migrations = firstMigrations(version);
    return openOrFail(options);
}

QString scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("error: ") + query.lastError().text();
    return query.value(0).toString();
}

QStringList tables(QSqlDatabase db)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                              " ORDER BY name"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

// Raw access to a catalog file, bypassing Catalog, to fake what another version or a disk fault left behind.
void rawExec(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status addRegistry(Catalog &catalog, const QString &url)
{
    return catalog.transaction([&](QSqlDatabase &db) -> Status {
        RegistryRecord r;
        r.url = url;
        r.username = QStringLiteral("alice");
        Result<qint64> id = upsertRegistry(db, r);
        return id ? Status{} : Status{fail(id.error())};
    });
}

QString helperPath()
{
    return QStringLiteral(CATALOG_HELPER_PATH);
}

} // namespace

class TestCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEmptyProfileGetsTheLatestSchemaWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = openAt(dir.path(), int(migrations().size()));
        QVERIFY(catalog);
        QCOMPARE(catalog->schemaVersion(), latestSchemaVersion());
        QSqlDatabase db = catalog->database();
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), latestSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QVERIFY(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() > 0);
        for (const char *table : {"registries", "images", "groups", "image_groups", "zones", "agents",
                                  "agent_inventory", "tag_cache", "promotions", "promotion_steps", "audit_log"})
            QVERIFY2(tables(db).contains(QLatin1String(table)), table);
    }

    void aZeroByteFileIsTreatedAsANewCatalog()
    {
        QTemporaryDir dir;
        QFile empty(dir.filePath(Catalog::catalogFileName()));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        std::shared_ptr<Catalog> catalog = openAt(dir.path(), int(migrations().size()));
        QVERIFY(catalog);
        QCOMPARE(catalog->schemaVersion(), latestSchemaVersion());
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int version = 1; version < latestSchemaVersion(); ++version)
            QTest::addRow("a catalog at schema %d is migrated with its data and a backup", version) << version;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        {
            std::shared_ptr<Catalog> old = openAt(dir.path(), from);
            QVERIFY(old);
            QCOMPARE(old->schemaVersion(), from);
            QVERIFY_OK(addRegistry(*old, QStringLiteral("registry.example:5000")));
        }
        std::shared_ptr<Catalog> catalog = openAt(dir.path(), int(migrations().size()));
        QVERIFY(catalog);
        QCOMPARE(catalog->schemaVersion(), latestSchemaVersion());
        QSqlDatabase db = catalog->database();
        Result<std::optional<RegistryRecord>> kept = findRegistry(db, QStringLiteral("registry.example:5000"));
        QVERIFY(kept && kept->has_value());
        QCOMPARE((*kept)->username, QStringLiteral("alice"));

        // One backup per migration step, each at the version it was taken from.
        const QList<CatalogBackup> backups = listBackups(dir.path());
        QCOMPARE(backups.size(), latestSchemaVersion() - from);
        QCOMPARE(backups.constLast().schemaVersion, from);
        QCOMPARE(backups.constFirst().schemaVersion, latestSchemaVersion() - 1);
    }

    void aFailingMigrationRollsBackToThePreviousVersion()
    {
        QTemporaryDir dir;
        QVERIFY(openAt(dir.path(), 2));
        CatalogOptions options;
        options.profileDir = dir.path();
        options.migrations = firstMigrations(2);
        options.migrations.append({3, QStringLiteral("half done"), [](QSqlDatabase &db) -> Status {
                                       if (Status made = execAll(db, {QStringLiteral("CREATE TABLE half (x)")}); !made)
                                           return made;
                                       return fail(ErrorCode::Internal, QStringLiteral("step failed on purpose"));
                                   }});
        Result<std::shared_ptr<Catalog>> failed = Catalog::open(options);
        QVERIFY(!failed);
        QVERIFY2(failed.error().toString().contains(QLatin1String("schema 3")), qPrintable(failed.error().toString()));

        std::shared_ptr<Catalog> catalog = openAt(dir.path(), 2);
        QVERIFY(catalog);
        QCOMPARE(catalog->schemaVersion(), 2);
        QVERIFY(!tables(catalog->database()).contains(QStringLiteral("half")));
    }

    void aCrashMidMigrationLeavesAConsistentCatalog()
    {
        QTemporaryDir dir;
        QVERIFY(openAt(dir.path(), 2));
        QProcess helper;
        helper.start(helperPath(), {QStringLiteral("crash-mid-migration"), dir.path()});
        QVERIFY(helper.waitForFinished(30000));
        QCOMPARE(helper.exitCode(), 3); // died inside the version 3 transaction

        {
            std::shared_ptr<Catalog> survivor = openAt(dir.path(), 2);
            QVERIFY(survivor);
            QSqlDatabase db = survivor->database();
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 2);
            QVERIFY(!tables(db).contains(QStringLiteral("tag_cache")));
        }
        std::shared_ptr<Catalog> finished = openAt(dir.path(), int(migrations().size()));
        QVERIFY(finished);
        QCOMPARE(finished->schemaVersion(), latestSchemaVersion());
        QVERIFY(tables(finished->database()).contains(QStringLiteral("tag_cache")));
    }

    void aCatalogFromANewerSchemaIsRefusedWithBothVersions()
    {
        QTemporaryDir dir;
        QVERIFY(openAt(dir.path(), int(migrations().size())));
        const QString path = dir.filePath(Catalog::catalogFileName());
        rawExec(path, QStringLiteral("PRAGMA user_version = 97"));
        Result<std::shared_ptr<Catalog>> refused = Catalog::open(dir.path());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Unsupported);
        QVERIFY2(refused.error().message.contains(QLatin1String("97")), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QString::number(latestSchemaVersion())),
                 qPrintable(refused.error().message));
        QVERIFY(listBackups(dir.path()).isEmpty()); // nothing was touched
    }

    void aDamagedFileIsReportedAndItsBackupCanBeRestored_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("a text file where the catalog should be") << QStringLiteral("text");
        QTest::newRow("a catalog truncated to a few bytes") << QStringLiteral("truncate-tiny");
        QTest::newRow("a catalog truncated after its first page") << QStringLiteral("truncate-page");
        QTest::newRow("a catalog whose pages were overwritten with garbage") << QStringLiteral("scramble");
        // Opens fine; only SQLite's quick_check finds it, and its verdict must not crowd out the backup advice.
        QTest::newRow("a catalog whose header miscounts its free pages") << QStringLiteral("freelist");
    }

    void aDamagedFileIsReportedAndItsBackupCanBeRestored()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        {
            std::shared_ptr<Catalog> catalog = openAt(dir.path(), int(migrations().size()));
            QVERIFY(catalog);
            QVERIFY_OK(addRegistry(*catalog, QStringLiteral("kept.example")));
            // Enough rows that the file spans many pages.
            QVERIFY_OK(catalog->transaction([](QSqlDatabase &db) -> Status {
                for (int i = 0; i < 300; ++i) {
                    if (Status s = appendAudit(db, {0,
                                                    {},
                                                    QStringLiteral("t"),
                                                    QStringLiteral("fill"),
                                                    QString(200, QLatin1Char('x')),
                                                    {},
                                                    {}});
                        !s)
                        return s;
                }
                return {};
            }));
        }
        QVERIFY(Catalog::open(dir.path())); // the daily backup is taken on this reopen
        QCOMPARE(listBackups(dir.path()).size(), 1);

        const QString path = dir.filePath(Catalog::catalogFileName());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 8192);
        if (damage == QLatin1String("text")) {
            file.resize(0);
            file.write("these are not the bytes you are looking for\n");
        } else if (damage == QLatin1String("truncate-tiny")) {
            file.resize(50);
        } else if (damage == QLatin1String("truncate-page")) {
            file.resize(4096);
        } else if (damage == QLatin1String("freelist")) {
            file.seek(36); // the header's count of free pages, big-endian
            file.write(QByteArray("\x00\x00\x00\x07", 4));
        } else {
            file.seek(4096);
            file.write(QByteArray(int(size - 4096), '\xa5'));
        }
        file.close();

        Result<std::shared_ptr<Catalog>> refused = Catalog::open(dir.path());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Integrity);
        const QList<CatalogBackup> backups = listBackups(dir.path());
        QCOMPARE(backups.size(), 1);
        QVERIFY2(refused.error().message.contains(backups.constFirst().path), qPrintable(refused.error().toString()));
        QVERIFY2(refused.error().message.contains(QLatin1String("stewardctl restore-backup")),
                 qPrintable(refused.error().toString()));
        if (damage == QLatin1String("freelist")) // SQLite's own words are kept
            QVERIFY2(refused.error().detail.contains(QLatin1String("freelist")),
                     qPrintable(refused.error().toString()));

        QVERIFY(restoreBackup(dir.path(), backups.constFirst().path));
        std::shared_ptr<Catalog> restored = openAt(dir.path(), int(migrations().size()));
        QVERIFY(restored);
        QSqlDatabase db = restored->database();
        Result<std::optional<RegistryRecord>> kept = findRegistry(db, QStringLiteral("kept.example"));
        QVERIFY(kept && kept->has_value());
        QVERIFY(!QDir(dir.path()).entryList({QStringLiteral("catalog.sqlite.damaged-*")}).isEmpty());
    }

    // A restore swaps the catalog file; a process that still has it open would keep writing to the file moved aside,
    // and everything it wrote from then on would be lost without a word.
    void aBackupIsNotRestoredWhileAnotherProcessHasTheCatalogOpen()
    {
        QTemporaryDir dir;
        {
            std::shared_ptr<Catalog> catalog = openAt(dir.path(), int(migrations().size()));
            QVERIFY(catalog);
            QVERIFY_OK(addRegistry(*catalog, QStringLiteral("kept.example")));
        }
        QVERIFY(Catalog::open(dir.path())); // takes the daily backup
        const QList<CatalogBackup> backups = listBackups(dir.path());
        QCOMPARE(backups.size(), 1);

        QProcess holder;
        holder.start(helperPath(), {QStringLiteral("hold-open"), dir.path()});
        QVERIFY(holder.waitForStarted(10000));
        QVERIFY2(holder.waitForReadyRead(30000) && holder.readLine().trimmed() == "open",
                 holder.readAllStandardError().constData());

        const Status refused = restoreBackup(dir.path(), backups.constFirst().path);
        QVERIFY2(!refused, "the catalog was swapped from under a running process");
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QString::number(holder.processId())),
                 qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QLatin1String("close it first")),
                 qPrintable(refused.error().message));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("catalog.sqlite.damaged-*")}).isEmpty());

        // The holder's write after the refused restore lands in the catalog everyone uses.
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(30000));
        QVERIFY2(holder.exitCode() == 0, holder.readAllStandardError().constData());
        std::shared_ptr<Catalog> after = openAt(dir.path(), int(migrations().size()));
        QVERIFY(after);
        QCOMPARE(scalar(after->database(), QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'holder'")),
                 QStringLiteral("1"));
        // An open Catalog in this process counts as well; once it is closed the restore goes ahead.
        QVERIFY(!restoreBackup(dir.path(), backups.constFirst().path));
        after.reset();
        QVERIFY_OK(restoreBackup(dir.path(), backups.constFirst().path));
    }

    void aForeignSqliteDatabaseIsNotTakenOver()
    {
        QTemporaryDir dir;
        rawExec(dir.filePath(Catalog::catalogFileName()), QStringLiteral("CREATE TABLE photos (id)"));
        Result<std::shared_ptr<Catalog>> refused = Catalog::open(dir.path());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    }

    void theAuditLogRefusesUpdatesAndDeletes()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = openAt(dir.path(), int(migrations().size()));
        QVERIFY(catalog);
        QVERIFY_OK(catalog->transaction([](QSqlDatabase &db) {
            return appendAudit(db, {0,
                                    {},
                                    QStringLiteral("alice"),
                                    QStringLiteral("registry.login"),
                                    QStringLiteral("r.example"),
                                    QJsonValue(),
                                    QJsonObject{{QStringLiteral("user"), QStringLiteral("a")}}});
        }));
        QSqlDatabase db = catalog->database();
        QSqlQuery update(db);
        QVERIFY(!update.exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory'")));
        QVERIFY(update.lastError().text().contains(QLatin1String("append-only")));
        QSqlQuery remove(db);
        QVERIFY(!remove.exec(QStringLiteral("DELETE FROM audit_log")));
        Result<QList<AuditEntry>> entries = listAudit(db);
        QVERIFY(entries);
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->constFirst().actor, QStringLiteral("alice"));
        QCOMPARE(entries->constFirst().after.toObject().value(QStringLiteral("user")).toString(), QStringLiteral("a"));
    }

    void twoProcessesWritingTheSameProfileTakeTurns()
    {
        QTemporaryDir dir;
        QVERIFY(openAt(dir.path(), int(migrations().size())));
        QProcess first;
        QProcess second;
        first.start(helperPath(),
                    {QStringLiteral("write-audit"), dir.path(), QStringLiteral("150"), QStringLiteral("first")});
        second.start(helperPath(),
                     {QStringLiteral("write-audit"), dir.path(), QStringLiteral("150"), QStringLiteral("second")});
        QVERIFY(first.waitForFinished(60000));
        QVERIFY(second.waitForFinished(60000));
        QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
        QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

        std::shared_ptr<Catalog> catalog = openAt(dir.path(), int(migrations().size()));
        QSqlDatabase db = catalog->database();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'first'")).toInt(), 150);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'second'")).toInt(), 150);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void twoThreadsWritingThroughTheirOwnConnectionsTakeTurns()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = openAt(dir.path(), int(migrations().size()));
        QVERIFY(catalog);
        std::atomic<int> failures = 0;
        auto writer = [&](const QString &actor) {
            for (int i = 0; i < 100; ++i) {
                if (!catalog->transaction([&](QSqlDatabase &db) {
                        return appendAudit(db, {0, {}, actor, QStringLiteral("t"), QString::number(i), {}, {}});
                    }))
                    ++failures;
            }
            catalog->releaseThreadConnection();
        };
        std::unique_ptr<QThread> a(QThread::create(writer, QStringLiteral("a")));
        std::unique_ptr<QThread> b(QThread::create(writer, QStringLiteral("b")));
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        QCOMPARE(failures.load(), 0);
        QCOMPARE(scalar(catalog->database(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 200);
    }

    void aProfileLockedByAnotherOpenerIsReportedWithItsPid()
    {
        QTemporaryDir dir;
        QLockFile held(dir.filePath(QStringLiteral("catalog.lock")));
        QVERIFY(held.lock());
        CatalogOptions options;
        options.profileDir = dir.path();
        options.busyTimeoutMs = 200;
        Result<std::shared_ptr<Catalog>> refused = Catalog::open(options);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(refused.error().message));
    }

    void recordsRoundTripThroughTheQueries()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = openAt(dir.path(), int(migrations().size()));
        QVERIFY(catalog);
        ImageRecord image;
        image.imageId = QStringLiteral("0f9a");
        image.name = QStringLiteral("registry.example/team/chrome:20261101");
        image.friendlyName = QStringLiteral("Chrome (custom)");
        image.categories = {QStringLiteral("Browsers")};
        image.runConfig = {{QStringLiteral("hostname"), QStringLiteral("kasm")}};
        image.stage = QStringLiteral("test");
        image.extra = {{QStringLiteral("future_field"), 7}};
        QVERIFY_OK(catalog->transaction([&](QSqlDatabase &db) -> Status {
            if (Status s = upsertImage(db, image); !s)
                return s;
            if (Status s = upsertGroup(db, {QStringLiteral("g1"), QStringLiteral("Testers"), {}, true}); !s)
                return s;
            return assignImageToGroup(db, image.imageId, QStringLiteral("g1"));
        }));
        QSqlDatabase db = catalog->database();
        Result<QList<ImageRecord>> images = listImages(db);
        QVERIFY(images);
        QCOMPARE(images->size(), 1);
        QCOMPARE(images->constFirst().categories, image.categories);
        QCOMPARE(images->constFirst().runConfig, image.runConfig);
        QCOMPARE(images->constFirst().extra, image.extra);
        QCOMPARE(images->constFirst().stage, QStringLiteral("test"));
        QCOMPARE(listImageGroups(db)->size(), 1);
        QCOMPARE(registryHostKey(QStringLiteral("https://index.docker.io/v1/")), QStringLiteral("docker.io"));
        QCOMPARE(registryHostKey(QStringLiteral("HTTP://Registry.Example:5000/v2/")),
                 QStringLiteral("registry.example:5000"));
    }

    // An upsert updates in place: replacing the row (INSERT OR REPLACE) would cascade away the image's groups.
    void anImageUpdateKeepsItsGroupAssignments()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = openAt(dir.path(), int(migrations().size()));
        QVERIFY(catalog);
        ImageRecord image;
        image.imageId = QStringLiteral("img-1");
        image.name = QStringLiteral("registry.example/team/office:20261101");
        image.friendlyName = QStringLiteral("Office");
        QVERIFY_OK(catalog->transaction([&](QSqlDatabase &db) -> Status {
            if (Status s = upsertImage(db, image); !s)
                return s;
            if (Status s = upsertGroup(db, {QStringLiteral("testers"), QStringLiteral("Testers"), {}, true}); !s)
                return s;
            if (Status s = upsertGroup(db, {QStringLiteral("all"), QStringLiteral("All Users"), {}, false}); !s)
                return s;
            if (Status s = assignImageToGroup(db, image.imageId, QStringLiteral("testers")); !s)
                return s;
            return assignImageToGroup(db, image.imageId, QStringLiteral("all"));
        }));

        image.name = QStringLiteral("registry.example/team/office:20261128");
        image.friendlyName = QStringLiteral("Office (new build)");
        image.stage = QStringLiteral("test");
        image.enabled = false;
        QVERIFY_OK(catalog->transaction([&](QSqlDatabase &db) { return upsertImage(db, image); }));

        QSqlDatabase db = catalog->database();
        const Result<QList<ImageRecord>> images = listImages(db);
        QVERIFY(images);
        QCOMPARE(images->size(), 1);
        QCOMPARE(images->constFirst().name, image.name);
        QCOMPARE(images->constFirst().friendlyName, image.friendlyName);
        QCOMPARE(images->constFirst().stage, QStringLiteral("test"));
        QCOMPARE(images->constFirst().enabled, false);
        const Result<QList<ImageGroupLink>> links = listImageGroups(db);
        QVERIFY(links);
        QCOMPARE(links->size(), 2);
        QCOMPARE(links->at(0).groupId, QStringLiteral("all"));
        QCOMPARE(links->at(1).groupId, QStringLiteral("testers"));
    }

    // The same for the other parents: a changed group keeps its images, a changed registry keeps its row id.
    void groupAndRegistryUpdatesKeepWhatHangsOffThem()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = openAt(dir.path(), int(migrations().size()));
        QVERIFY(catalog);
        ImageRecord image;
        image.imageId = QStringLiteral("img-1");
        image.name = QStringLiteral("registry.example/team/office:1");
        RegistryRecord registry;
        registry.url = QStringLiteral("registry.example");
        registry.username = QStringLiteral("alice");
        qint64 registryId = 0;
        QVERIFY_OK(catalog->transaction([&](QSqlDatabase &db) -> Status {
            if (Status s = upsertImage(db, image); !s)
                return s;
            if (Status s = upsertGroup(db, {QStringLiteral("testers"), QStringLiteral("Testers"), {}, true}); !s)
                return s;
            Result<qint64> id = upsertRegistry(db, registry);
            if (!id)
                return fail(id.error());
            registryId = *id;
            return assignImageToGroup(db, image.imageId, QStringLiteral("testers"));
        }));

        registry.username = QStringLiteral("bob");
        registry.insecure = true;
        qint64 updatedId = 0;
        QVERIFY_OK(catalog->transaction([&](QSqlDatabase &db) -> Status {
            if (Status s = upsertGroup(
                    db, {QStringLiteral("testers"), QStringLiteral("Image testers"), QStringLiteral("renamed"), true});
                !s)
                return s;
            Result<qint64> id = upsertRegistry(db, registry);
            if (!id)
                return fail(id.error());
            updatedId = *id;
            return {};
        }));

        QSqlDatabase db = catalog->database();
        QCOMPARE(listGroups(db)->constFirst().name, QStringLiteral("Image testers"));
        QCOMPARE(listImageGroups(db)->size(), 1);
        QCOMPARE(updatedId, registryId);
        QCOMPARE(listRegistries(db)->size(), 1);
        QCOMPARE(listRegistries(db)->constFirst().username, QStringLiteral("bob"));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
