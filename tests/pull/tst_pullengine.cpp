// The worker: runs on its own named thread, reports by signals with values, can be canceled, stops with its handle.
#include "ScenarioBuilders.h"
#include "pull/PullEngine.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace steward;
using namespace steward::pull;
using namespace steward::pull::testing;

namespace {

Scenario limited()
{
    return scenario(24 * 3600, {limitedRegistry(QStringLiteral("hub"), 100, 21600)},
                    {agents(50, QStringLiteral("nat"))}, {images(6, QStringLiteral("hub"))});
}

// Long enough that it is still running when canceled: a year of 20,000 agents refreshing hourly.
Scenario huge()
{
    return scenario(365LL * 24 * 3600, {RegistrySpec{QStringLiteral("p"), std::nullopt, std::nullopt}},
                    {agents(20000, QStringLiteral("nat"))}, {images(2, QStringLiteral("p"))});
}

} // namespace

// Signals come from the engine thread and may land before a QSignalSpy::wait() starts, so the tests poll the spy's
// count with QTRY_* instead.
class TestPullEngine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSimulationRunsOnTheNamedEngineThread()
    {
        PullEngineThread handle;
        QCOMPARE(handle.thread()->objectName(), QStringLiteral("PullEngine"));
        QString threadName;
        connect(
            handle.engine(), &PullEngine::finished, handle.engine(),
            [&threadName] { threadName = QThread::currentThread()->objectName(); }, Qt::DirectConnection);
        QSignalSpy finished(handle.engine(), &PullEngine::finished);
        const quint64 id = handle.simulate(limited());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QCOMPARE(finished.first().at(0).value<quint64>(), id);
        const auto result = finished.first().at(1).value<SimulationResult>();
        QVERIFY(!result.canceled);
        QCOMPARE(result.counters, Simulator::run(limited()).counters);
        QCOMPARE(threadName, QStringLiteral("PullEngine"));
    }

    void aRunningSimulationCanBeCanceled()
    {
        PullEngineThread handle;
        QSignalSpy progress(handle.engine(), &PullEngine::progress);
        QSignalSpy finished(handle.engine(), &PullEngine::finished);
        const quint64 id = handle.simulate(huge());
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 10000);
        QCOMPARE(progress.first().at(0).value<quint64>(), id);
        handle.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 5000);
        const auto result = finished.first().at(1).value<SimulationResult>();
        QVERIFY(result.canceled);
        QVERIFY(result.simulatedUntilMs < 365LL * 24 * 3600 * 1000);
        QVERIFY(result.counters.pullsSucceeded > 0);
        // A command after the cancel still runs.
        finished.clear();
        handle.simulate(limited());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QVERIFY(!finished.first().at(1).value<SimulationResult>().canceled);
    }

    void destroyingTheHandleStopsTheWorker()
    {
        QPointer<PullEngine> engine;
        {
            PullEngineThread handle;
            engine = handle.engine();
            QSignalSpy progress(handle.engine(), &PullEngine::progress);
            handle.simulate(huge());
            QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 10000);
        } // cancels, quits and waits: returns within a chunk of the simulation
        QVERIFY(engine.isNull());
    }

    void anInvalidScenarioFails()
    {
        PullEngineThread handle;
        QSignalSpy failed(handle.engine(), &PullEngine::failed);
        Scenario s = limited();
        s.agents[0].count = 0;
        handle.simulate(s);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
        const auto error = failed.first().at(1).value<Error>();
        QVERIFY2(error.message.contains(QLatin1String("agents[0].count must be a positive integer")),
                 qPrintable(error.message));
    }

    void aScenarioBeyondTheBudgetFailsBeforeItRuns_data()
    {
        QTest::addColumn<bool>("paced");
        QTest::newRow("a virtual run") << false;
        QTest::newRow("a paced run") << true;
    }

    void aScenarioBeyondTheBudgetFailsBeforeItRuns()
    {
        QFETCH(bool, paced);
        PullEngineThread handle;
        QSignalSpy failed(handle.engine(), &PullEngine::failed);
        QSignalSpy finished(handle.engine(), &PullEngine::finished);
        SimulationOptions options;
        options.budget.maxSteps = 1000; // huge() is about 175 million wake-ups
        if (paced)
            handle.startPaced(huge(), options, PacedOptions());
        else
            handle.simulate(huge(), options);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
        const auto error = failed.first().at(1).value<Error>();
        QCOMPARE(error.code, ErrorCode::TooLarge);
        QVERIFY2(error.message.contains(QLatin1String("more than the limit of 1000 steps")), qPrintable(error.message));
        QVERIFY(finished.isEmpty());
    }

    void aPacedRunOnTheWallClockGivesTheSameResult()
    {
        // Ten simulated minutes at 60,000x: about 10 ms of wall time, the same counters as the virtual run.
        const Scenario s = scenario(600, {limitedRegistry(QStringLiteral("hub"), 3, 120)},
                                    {agents(4, QStringLiteral("nat"))}, {images(2, QStringLiteral("hub"))});
        PullEngineThread handle;
        QSignalSpy finished(handle.engine(), &PullEngine::finished);
        PacedOptions paced;
        paced.speed = 60000;
        paced.tickMs = 2;
        handle.startPaced(s, SimulationOptions(), paced);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        const auto result = finished.first().at(1).value<SimulationResult>();
        QVERIFY(!result.canceled);
        QCOMPARE(result.counters, Simulator::run(s).counters);
    }
};

QTEST_GUILESS_MAIN(TestPullEngine)
#include "tst_pullengine.moc"
