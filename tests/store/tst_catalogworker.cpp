// CatalogWorker: catalog work off the caller's thread, results as values in futures.
#include "AwaitFuture.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::store;
using steward::test::awaitResult;

class TestCatalogWorker final : public QObject
{
    Q_OBJECT

    static QRegularExpression offThread()
    {
        return QRegularExpression(QStringLiteral("is used on thread .* but belongs to thread steward-catalog"));
    }

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

    // The destructor promises that work already accepted is done: writes queued behind a slow one must all land,
    // not be dropped when the thread is told to quit.
    void destroyingTheWorkerFinishesEveryQueuedWrite()
    {
        QTemporaryDir dir;
        CatalogOptions options;
        options.profileDir = dir.path();
        constexpr int writes = 50;
        QList<QFuture<Status>> futures;
        {
            CatalogWorker worker;
            QVERIFY(awaitResult(worker.open(options)));
            futures.append(worker.write([](QSqlDatabase &) -> Status {
                QThread::msleep(200); // keeps the worker busy while the rest are queued and the worker destroyed
                return {};
            }));
            for (int i = 0; i < writes; ++i) {
                futures.append(worker.write([i](QSqlDatabase &db) -> Status {
                    RegistryRecord r;
                    r.url = QStringLiteral("registry-%1.example").arg(i);
                    Result<qint64> id = upsertRegistry(db, r);
                    return id ? Status() : Status(fail(id.error()));
                }));
            }
        }
        for (const QFuture<Status> &future : std::as_const(futures)) {
            QVERIFY(future.isFinished());
            QVERIFY(future.resultCount() == 1 && future.result());
        }
        CatalogWorker reopened;
        QVERIFY(awaitResult(reopened.open(options)));
        const Result<QList<RegistryRecord>> registries =
            awaitResult(reopened.run<QList<RegistryRecord>>(&listRegistries));
        QVERIFY(registries);
        QCOMPARE(registries->size(), writes);
    }

    // The GUI's catalog belongs to the worker's thread: work run through the worker is not reported...
    void workThroughTheWorkerIsNotReported()
    {
        QTemporaryDir dir;
        CatalogWorker worker;
        CatalogOptions options;
        options.profileDir = dir.path();
        QVERIFY(awaitResult(worker.open(options)));
        QTest::failOnWarning(offThread());
        const Result<qint64> id = awaitResult(worker.transact<qint64>([](QSqlDatabase &db) {
            RegistryRecord r;
            r.url = QStringLiteral("registry.example");
            return upsertRegistry(db, r);
        }));
        QVERIFY(id && *id > 0);
        QVERIFY(awaitResult(worker.run<QList<RegistryRecord>>(&listRegistries))->size() == 1);
    }

    // ...a query from any other thread (the GUI's) is, which the GUI tests turn into failures.
    void aQueryOnAnotherThreadIsReported()
    {
        QTemporaryDir dir;
        CatalogWorker worker;
        CatalogOptions options;
        options.profileDir = dir.path();
        QVERIFY(awaitResult(worker.open(options)));
        QVERIFY(awaitResult(worker.write([](QSqlDatabase &db) -> Status {
            RegistryRecord r;
            r.url = QStringLiteral("registry.example");
            Result<qint64> id = upsertRegistry(db, r);
            return id ? Status() : Status(fail(id.error()));
        })));
        QTest::ignoreMessage(QtWarningMsg, offThread());
        {
            QSqlDatabase db = worker.catalog()->database();
            const Result<std::optional<RegistryRecord>> found = findRegistry(db, QStringLiteral("registry.example"));
            QVERIFY(found && found->has_value()); // still served: a missed path stalls the window, it does not break
        }
        worker.catalog()->releaseThreadConnection();
    }

    void aFailedTransactCommitsNothing()
    {
        QTemporaryDir dir;
        CatalogWorker worker;
        CatalogOptions options;
        options.profileDir = dir.path();
        QVERIFY(awaitResult(worker.open(options)));
        const Result<int> failed = awaitResult(worker.transact<int>([](QSqlDatabase &db) -> Result<int> {
            RegistryRecord r;
            r.url = QStringLiteral("registry.example");
            if (Result<qint64> id = upsertRegistry(db, r); !id)
                return fail(id.error());
            return fail(ErrorCode::Conflict, QStringLiteral("changed my mind"));
        }));
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::Conflict);
        QVERIFY(awaitResult(worker.run<QList<RegistryRecord>>(&listRegistries))->isEmpty());
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
