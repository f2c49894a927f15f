// SimulatedDeployment's worker thread: the storage (SQLite) work never runs on the caller's thread, a call returns
// before its work is done, calls are applied and answered in the order they were made, a canceled call that has
// not started is skipped, and destroying the deployment with calls in flight keeps every accepted write.
#include "AwaitFuture.h"
#include "core/Clock.h"
#include "kasm/CatalogSimulatedStorage.h"
#include "kasm/DemoDataSet.h"
#include "kasm/SimulatedDeployment.h"
#include "store/Catalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace steward;
using steward::test::awaitResult;
using steward::test::waitFor;

namespace {

const QString registry = QStringLiteral("127.0.0.1:5055");

// How long a held save waits for the test before it goes on by itself. Were the storage called on the test's own
// thread, nobody could let it go: the call would come back only after this long.
constexpr int holdTimeoutMs = 2000;

QDateTime start()
{
    return QDateTime(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC);
}

// What the storage saw; shared with the test because the storage itself belongs to the deployment's worker.
struct Probe
{
    QMutex mutex;
    QList<QThread *> threads; // of every load, save, update and updateAgent
    QStringList threadNames;
    QThread *releasedOn = nullptr;
    std::atomic<int> saves = 0; // saves, updates and updateAgents finished
    std::atomic<bool> hold = false;
    QSemaphore holding; // one per save that started to wait
    QSemaphore gate;    // the test lets one held save go
    std::atomic<int> timedOut = 0;
};

// A storage that notes which thread calls it and can hold saves until the test lets them go.
class ProbeStorage final : public kasm::SimulatedStorage
{
public:
    ProbeStorage(std::unique_ptr<kasm::SimulatedStorage> inner, std::shared_ptr<Probe> probe)
        : m_inner(std::move(inner)), m_probe(std::move(probe))
    {}

    Result<kasm::SimulatedState> load() override
    {
        note();
        return m_inner->load();
    }
    Status save(const kasm::SimulatedState &state) override
    {
        note();
        holdIfAsked();
        Status saved = m_inner->save(state);
        ++m_probe->saves;
        return saved;
    }
    Result<kasm::SimulatedState> update(const kasm::SimulatedChange &change) override
    {
        note();
        holdIfAsked();
        Result<kasm::SimulatedState> updated = m_inner->update(change);
        ++m_probe->saves;
        return updated;
    }
    Result<KasmAgent> updateAgent(const QString &agentId, const std::function<Status(KasmAgent &)> &change) override
    {
        note();
        holdIfAsked();
        Result<KasmAgent> updated = m_inner->updateAgent(agentId, change);
        ++m_probe->saves;
        return updated;
    }
    QString location() const override { return m_inner->location(); }
    void releaseThread() override
    {
        {
            const QMutexLocker locker(&m_probe->mutex);
            m_probe->releasedOn = QThread::currentThread();
        }
        m_inner->releaseThread();
    }

private:
    void note()
    {
        const QMutexLocker locker(&m_probe->mutex);
        m_probe->threads << QThread::currentThread();
        m_probe->threadNames << QThread::currentThread()->objectName();
    }
    void holdIfAsked()
    {
        if (!m_probe->hold)
            return;
        m_probe->holding.release();
        if (!m_probe->gate.tryAcquire(1, holdTimeoutMs))
            ++m_probe->timedOut;
    }

    std::unique_ptr<kasm::SimulatedStorage> m_inner;
    std::shared_ptr<Probe> m_probe;
};

KasmImage candidate(const QString &tag)
{
    KasmImage image;
    image.name = registry + QStringLiteral("/kasm-demo/chrome:") + tag;
    image.friendlyName = QStringLiteral("Chrome ") + tag;
    image.dockerRegistry = QStringLiteral("http://") + registry;
    return image;
}

QStringList catalogConnections()
{
    QStringList names = QSqlDatabase::connectionNames();
    names.removeIf([](const QString &name) { return !name.startsWith(QLatin1String("steward-catalog-")); });
    names.sort();
    return names;
}

} // namespace

class TestSimulatedWorker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogWorkRunsOnTheWorkerThread()
    {
        QTemporaryDir dir;
        VirtualClock clock(start().toMSecsSinceEpoch());
        auto catalog = store::Catalog::open(dir.path());
        QVERIFY2(catalog, qPrintable(catalog ? QString() : catalog.error().toString()));
        const QStringList connectionsBefore = catalogConnections();
        auto probe = std::make_shared<Probe>();
        QThread *worker = nullptr;
        {
            kasm::SimulatedDeployment deployment(
                std::make_unique<ProbeStorage>(std::make_unique<kasm::CatalogSimulatedStorage>(*catalog), probe),
                clock);
            worker = deployment.workerThread();
            QVERIFY(awaitResult(deployment.open(kasm::demoDataSet(registry, start()))));
            QVERIFY(awaitResult(deployment.createImage(candidate(QStringLiteral("20261128-0400")))));
            const QString agentId = deployment.state().agents.first().agentId;
            const QString reference = candidate(QStringLiteral("20261128-0400")).name;
            QVERIFY(awaitResult(deployment.recordPull(agentId, AgentImage{reference, {reference}, {}, {}, 1, {}})));
            QVERIFY(awaitResult(deployment.info()));
        }
        const QMutexLocker locker(&probe->mutex);
        QVERIFY(probe->threads.size() >= 3); // a load, a save, a one-agent save
        QVERIFY(worker && worker != QThread::currentThread());
        for (qsizetype n = 0; n < probe->threads.size(); ++n) {
            QCOMPARE(probe->threads.at(n), worker);
            QCOMPARE(probe->threadNames.at(n), QStringLiteral("steward-kasmsim"));
        }
        // The worker's catalog connection was closed on the worker, before it ended.
        QCOMPARE(probe->releasedOn, worker);
        QCOMPARE(catalogConnections(), connectionsBefore);
    }

    void futuresAndSignalsArriveOnTheCallersThread()
    {
        VirtualClock clock(start().toMSecsSinceEpoch());
        kasm::SimulatedDeployment deployment(std::make_unique<kasm::InMemorySimulatedStorage>(), clock);
        QVERIFY(awaitResult(deployment.open(kasm::demoDataSet(registry, start()))));
        QThread *signaledOn = nullptr;
        connect(
            &deployment, &kasm::SimulatedDeployment::stateChanged, this,
            [&signaledOn] { signaledOn = QThread::currentThread(); }, Qt::DirectConnection);
        QThread *finishedOn = nullptr;
        // No context: the continuation runs on whichever thread finishes the future.
        auto done =
            deployment.createImage(candidate(QStringLiteral("a"))).then([&finishedOn](const Result<KasmImage> &) {
                finishedOn = QThread::currentThread();
            });
        QVERIFY(waitFor(done));
        QCOMPARE(finishedOn, QThread::currentThread());
        QCOMPARE(signaledOn, QThread::currentThread());
    }

    void aCallReturnsBeforeItsWorkIsDone()
    {
        VirtualClock clock(start().toMSecsSinceEpoch());
        auto probe = std::make_shared<Probe>();
        kasm::SimulatedDeployment deployment(
            std::make_unique<ProbeStorage>(std::make_unique<kasm::InMemorySimulatedStorage>(), probe), clock);
        QVERIFY(awaitResult(deployment.open(kasm::demoDataSet(registry, start()))));

        probe->hold = true;
        QElapsedTimer timer;
        timer.start();
        auto created = deployment.createImage(candidate(QStringLiteral("held")));
        QVERIFY2(timer.elapsed() < holdTimeoutMs / 2, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!created.isFinished());
        // The worker is inside the save now, and the caller goes on making calls.
        QVERIFY(probe->holding.tryAcquire(1, 5000));
        auto images = deployment.listImages();
        QVERIFY(!created.isFinished());
        QVERIFY(!images.isFinished());

        probe->hold = false;
        probe->gate.release();
        const auto image = awaitResult(created);
        QVERIFY2(image, qPrintable(image ? QString() : image.error().toString()));
        const auto listed = awaitResult(images);
        QVERIFY(listed);
        QVERIFY(std::any_of(listed->begin(), listed->end(),
                            [&](const KasmImage &i) { return i.imageId == image->imageId; }));
        QCOMPARE(probe->timedOut.load(), 0);
    }

    void writesAndReadsKeepTheirOrder()
    {
        QTemporaryDir dir;
        VirtualClock clock(start().toMSecsSinceEpoch());
        kasm::SimulatedDeployment deployment(std::make_unique<kasm::CatalogSimulatedStorage>(dir.path()), clock);
        QVERIFY(awaitResult(deployment.open(kasm::demoDataSet(registry, start()))));
        const auto created = awaitResult(deployment.createImage(candidate(QStringLiteral("moving"))));
        QVERIFY(created);
        const QList<KasmAgent> agents = deployment.state().agents;

        constexpr int rounds = 60;
        auto reference = [](int round) -> QString {
            return registry + QStringLiteral("/kasm-demo/office:round-%1").arg(round);
        };
        QList<QFuture<Result<KasmImage>>> updates;
        QList<QFuture<Result<QList<KasmImage>>>> imageReads;
        QList<QFuture<Result<KasmAgent>>> pulls;
        QList<QFuture<Result<QList<KasmAgent>>>> agentReads;
        QList<int> answered; // the order in which the futures finished
        QObject context;
        auto noteAnswer = [&]<typename T>(QFuture<T> future, int call) {
            future.then(&context, [&answered, call](const T &) { answered << call; });
            return future;
        };
        for (int round = 0; round < rounds; ++round) {
            KasmImage image = *created;
            image.friendlyName = QStringLiteral("round %1").arg(round);
            updates << noteAnswer(deployment.updateImage(image), 4 * round);
            imageReads << noteAnswer(deployment.listImages(), 4 * round + 1);
            const QString ref = reference(round);
            pulls << noteAnswer(
                deployment.recordPull(agents.at(round % agents.size()).agentId, AgentImage{ref, {ref}, {}, {}, 1, {}}),
                4 * round + 2);
            agentReads << noteAnswer(deployment.listAgents(), 4 * round + 3);
        }
        // Nothing can be answered before this thread's event loop runs.
        for (int round = 0; round < rounds; ++round) {
            QVERIFY(!updates.at(round).isFinished());
            QVERIFY(!agentReads.at(round).isFinished());
        }

        QVERIFY(waitFor(agentReads.last(), 30000));
        QCOMPARE(answered.size(), 4 * rounds);
        for (int call = 0; call < 4 * rounds; ++call)
            QCOMPARE(answered.at(call), call);
        for (int round = 0; round < rounds; ++round) {
            QVERIFY(updates.at(round).result());
            QVERIFY(pulls.at(round).result());
            // Each read sees the write made just before it, and none made after it.
            const QList<KasmImage> images = imageReads.at(round).result().value();
            const auto image = std::find_if(images.begin(), images.end(),
                                            [&](const KasmImage &i) { return i.imageId == created->imageId; });
            QVERIFY(image != images.end());
            QCOMPARE(image->friendlyName, QStringLiteral("round %1").arg(round));
            const KasmAgent agent = agentReads.at(round).result().value().at(round % agents.size());
            QVERIFY2(agent.holds(reference(round)), qPrintable(reference(round)));
            QVERIFY(!agent.holds(reference(round + int(agents.size()))));
        }
    }

    void aCanceledCallThatHasNotStartedIsSkipped()
    {
        VirtualClock clock(start().toMSecsSinceEpoch());
        auto probe = std::make_shared<Probe>();
        kasm::SimulatedDeployment deployment(
            std::make_unique<ProbeStorage>(std::make_unique<kasm::InMemorySimulatedStorage>(), probe), clock);
        QVERIFY(awaitResult(deployment.open(kasm::demoDataSet(registry, start()))));
        const KasmImage kept = deployment.state().images.first();
        QSignalSpy changed(&deployment, &kasm::SimulatedDeployment::stateChanged);
        const int savesBefore = probe->saves;

        probe->hold = true;
        auto first = deployment.createImage(candidate(QStringLiteral("first")));
        QVERIFY(probe->holding.tryAcquire(1, 5000)); // the worker is busy with the first call
        auto second = deployment.createImage(candidate(QStringLiteral("second")));
        auto deletion = deployment.deleteImage(kept.imageId);
        QVERIFY(!second.isFinished());
        QVERIFY(!deletion.isFinished());
        second.cancel();
        deletion.cancel();
        probe->hold = false;
        probe->gate.release();

        QVERIFY(awaitResult(first));
        QVERIFY(waitFor(second));
        QVERIFY(waitFor(deletion));
        QVERIFY(second.isCanceled());
        QVERIFY(deletion.isCanceled());
        const QList<KasmImage> images = awaitResult(deployment.listImages()).value();
        QStringList names;
        for (const KasmImage &image : images)
            names << image.name;
        QVERIFY(names.contains(candidate(QStringLiteral("first")).name));
        QVERIFY(!names.contains(candidate(QStringLiteral("second")).name));
        QVERIFY(names.contains(kept.name));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(probe->saves.load(), savesBefore + 1);
    }

    void cancelingAQueuedRefreshKeepsThePreviousSnapshot()
    {
        VirtualClock clock(start().toMSecsSinceEpoch());
        auto probe = std::make_shared<Probe>();
        kasm::SimulatedDeployment deployment(
            std::make_unique<ProbeStorage>(std::make_unique<kasm::InMemorySimulatedStorage>(), probe), clock);
        QVERIFY(awaitResult(deployment.open(kasm::demoDataSet(registry, start()))));
        QVERIFY(awaitResult(deployment.refresh()));
        const kasm::DeploymentSnapshot before = deployment.snapshot();
        QSignalSpy refreshed(&deployment, &kasm::Deployment::refreshed);

        probe->hold = true;
        auto created = deployment.createImage(candidate(QStringLiteral("behind")));
        QVERIFY(probe->holding.tryAcquire(1, 5000));
        QFuture<Result<kasm::DeploymentDiff>> refresh = deployment.refresh(); // its reads wait behind the held save
        refresh.cancel();
        QCoreApplication::processEvents(); // the chain hears of it through its watcher and cancels its reads
        probe->hold = false;
        probe->gate.release();

        QVERIFY(awaitResult(created));
        QVERIFY(waitFor(refresh));
        QVERIFY(refresh.isCanceled());
        QCOMPARE(refreshed.size(), 0);
        QCOMPARE(deployment.snapshot().images.size(), before.images.size());
        const auto after = awaitResult(deployment.refresh()); // still usable
        QVERIFY(after);
        QCOMPARE(after->imagesAdded.size(), 1);
    }

    void destroyingWithCallsInFlightKeepsEveryAcceptedWrite()
    {
        QTemporaryDir dir;
        VirtualClock clock(start().toMSecsSinceEpoch());
        const kasm::SimulatedState demo = kasm::demoDataSet(registry, start());
        auto probe = std::make_shared<Probe>();
        auto deployment = std::make_unique<kasm::SimulatedDeployment>(
            std::make_unique<ProbeStorage>(std::make_unique<kasm::CatalogSimulatedStorage>(dir.path()), probe), clock);
        QVERIFY(awaitResult(deployment->open(demo)));
        const int savesBefore = probe->saves;

        // The worker is held in the first save while the rest queue up behind it.
        probe->hold = true;
        QList<QFuture<Result<KasmImage>>> creations;
        creations << deployment->createImage(candidate(QStringLiteral("one")));
        QVERIFY(probe->holding.tryAcquire(1, 5000));
        creations << deployment->createImage(candidate(QStringLiteral("two")));
        creations << deployment->createImage(candidate(QStringLiteral("three")));
        QList<QFuture<Result<KasmAgent>>> pulls;
        for (int n = 0; n < 24; ++n) {
            const QString ref = registry + QStringLiteral("/kasm-demo/office:pull-%1").arg(n);
            pulls << deployment->recordPull(demo.agents.at(n % demo.agents.size()).agentId,
                                            AgentImage{ref, {ref}, {}, {}, 1, {}});
        }
        QFuture<Status> deletion = deployment->deleteImage(demo.images.first().imageId);
        QFuture<Result<kasm::DeploymentDiff>> refresh =
            deployment->refresh(); // its later steps meet a closing deployment
        for (const auto &future : creations)
            QVERIFY(!future.isFinished());
        for (const auto &future : pulls)
            QVERIFY(!future.isFinished());
        QCOMPARE(probe->saves.load(), savesBefore);

        probe->hold = false;
        probe->gate.release();
        QElapsedTimer timer;
        timer.start();
        deployment.reset();
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(probe->timedOut.load(), 0);
        QCOMPARE(probe->saves.load(), savesBefore + 3 + 24 + 1);

        // Every accepted call was answered with its result before the destructor returned.
        QStringList createdIds;
        for (const auto &future : creations) {
            QVERIFY(future.isFinished());
            QVERIFY(!future.isCanceled());
            QVERIFY(future.result());
            createdIds << future.result()->imageId;
        }
        for (const auto &future : pulls) {
            QVERIFY(future.isFinished());
            QVERIFY(future.result());
        }
        QVERIFY(deletion.isFinished() && deletion.result());
        QVERIFY(refresh.isFinished());

        kasm::SimulatedDeployment reopened(std::make_unique<kasm::CatalogSimulatedStorage>(dir.path()), clock);
        QVERIFY(awaitResult(reopened.open()));
        QStringList ids;
        for (const KasmImage &image : reopened.state().images)
            ids << image.imageId;
        for (const QString &id : createdIds)
            QVERIFY(ids.contains(id));
        QVERIFY(!ids.contains(demo.images.first().imageId));
        QCOMPARE(ids.size(), demo.images.size() + 3 - 1);
        for (int n = 0; n < 24; ++n) {
            const QString ref = registry + QStringLiteral("/kasm-demo/office:pull-%1").arg(n);
            QVERIFY2(reopened.state().agents.at(n % demo.agents.size()).holds(ref), qPrintable(ref));
        }
    }

    void aContinuationMayDropTheLastReference()
    {
        VirtualClock clock(start().toMSecsSinceEpoch());
        auto deployment =
            std::make_shared<kasm::SimulatedDeployment>(std::make_unique<kasm::InMemorySimulatedStorage>(), clock);
        QVERIFY(awaitResult(deployment->open(kasm::demoDataSet(registry, start()))));
        QPointer<kasm::SimulatedDeployment> watched = deployment.get();
        auto images = deployment->listImages();
        auto later = deployment->createImage(candidate(QStringLiteral("later")));
        // Answered from the deployment's own inbox; the answer to `later` then arrives during destruction.
        auto dropped = images.then([&deployment](const Result<QList<KasmImage>> &) { deployment.reset(); });
        QVERIFY(waitFor(dropped));
        QVERIFY(watched.isNull());
        QVERIFY(later.isFinished());
        QVERIFY(later.result());
    }
};

QTEST_GUILESS_MAIN(TestSimulatedWorker)
#include "tst_simulatedworker.moc"
