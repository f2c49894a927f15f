// CatalogWorker: catalog work off the caller's thread, results as values in futures.
#include "AwaitFuture.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::store;
using steward::test::awaitResult;

class TestCatalogWorker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAndRunsWorkOnItsOwnNamedThread()
    {
        QTemporaryDir dir;
        CatalogWorker worker;
        CatalogOptions options;
        options.profileDir = dir.path();
        const Result<int> version = awaitResult(worker.open(options));
        QVERIFY(version);
        QCOMPARE(*version, latestSchemaVersion());

        const Status written = awaitResult(worker.write([](QSqlDatabase &db) -> Status {
            RegistryRecord r;
            r.url = QStringLiteral("registry.example");
            Result<qint64> id = upsertRegistry(db, r);
            return id ? Status() : Status(fail(id.error()));
        }));
        QVERIFY(written);

        QThread *caller = QThread::currentThread();
        const Result<QString> threadName = awaitResult(worker.run<QString>([caller](QSqlDatabase &) -> Result<QString> {
            if (QThread::currentThread() == caller)
                return fail(ErrorCode::Internal, QStringLiteral("ran on the caller's thread"));
            return QThread::currentThread()->objectName();
        }));
        QVERIFY2(threadName, qPrintable(threadName ? QString() : threadName.error().toString()));
        QCOMPARE(*threadName, QStringLiteral("steward-catalog"));

        const Result<QList<RegistryRecord>> registries =
            awaitResult(worker.run<QList<RegistryRecord>>(&listRegistries));
        QVERIFY(registries);
        QCOMPARE(registries->size(), 1);
        QCOMPARE(registries->constFirst().url, QStringLiteral("registry.example"));
    }

    void workBeforeOpeningFailsWithAMessage()
    {
        CatalogWorker worker;
        const Result<int> result = awaitResult(worker.run<int>([](QSqlDatabase &) -> Result<int> { return 1; }));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::NotFound);
    }

    void aDamagedCatalogIsReportedThroughTheFuture()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(Catalog::catalogFileName()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        CatalogWorker worker;
        CatalogOptions options;
        options.profileDir = dir.path();
        const Result<int> version = awaitResult(worker.open(options));
        QVERIFY(!version);
        QCOMPARE(version.error().code, ErrorCode::Integrity);
    }
};

QTEST_GUILESS_MAIN(TestCatalogWorker)
#include "tst_catalogworker.moc"
