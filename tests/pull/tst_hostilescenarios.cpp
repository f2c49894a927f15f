// Issue 13, items 5-9: scenarios that used to take the machine down. Each runs in well under a second and a few hundred
// megabytes at most: either a bounded run, checked structurally (records kept, profiles shared, slots counted in 64
// bits), or a refusal up front that names the estimate and the limit.
#include "ScenarioBuilders.h"
#include "pull/Budget.h"
#include "pull/Forecast.h"
#include "pull/Simulator.h"

#include <QTest>

using namespace steward;
using namespace steward::pull;
using namespace steward::pull::testing;

namespace {

Scenario hostile(const char *name)
{
    const Result<Scenario> s = loadScenario(QStringLiteral(STEWARD_PULL_TEST_DATA "/") + QLatin1String(name));
    if (!s)
        qFatal("%s: %s", name, qPrintable(s.error().message));
    return *s;
}

} // namespace

class TestHostileScenarios final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Item 5: a record per wake-up and the whole window history used to be kept, to bad_alloc at simulated day 194.
    void aCenturyOfOneSecondWakeUpsKeepsOnlyAWindowOfRecords()
    {
        const Scenario s = hostile("sim-century-1s.json");
        Simulator simulator(std::make_shared<const Fleet>(Fleet::build(s)));
        // What may be kept, whatever the duration: the runs of two windows (one a second), refreshes up to twice the
        // slots plus a batch, and the one arrival.
        const qint64 bound = 2 * s.reportWindowS + 1024 + 4096 + 2 * simulator.result().fleet()->slotCount() + 1;
        for (int half = 0; half < 2; ++half) {
            QCOMPARE(simulator.advanceTo(simulator.durationMs(), 100000), 100000);
            const SimulationResult r = simulator.result();
            QCOMPARE(r.arrivalRecords(), 1);
            const qint64 kept =
                qint64(simulator.limiter().bucket(0).history().size()) + r.refreshRecords() + r.arrivalRecords();
            QVERIFY2(kept <= bound, qPrintable(QStringLiteral("%1 records kept, at most %2").arg(kept).arg(bound)));
            QCOMPARE(simulator.recordsKept(), kept);
        }
        // Run to the end it is refused by default: about 3.15e9 wake-ups.
        const Result<SimulationResult> refused = Simulator::runChecked(s, SimulationOptions());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::TooLarge);
        QVERIFY2(refused.error().message.contains(QLatin1String("3153600000 agent wake-ups")),
                 qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QLatin1String("limit of 2000000000 steps")),
                 qPrintable(refused.error().message));
    }

    // The chart is now filled as the run goes; on a run whose windows slide many times it must be what the full
    // history gave: every admission and refusal in a bin, the window never above the limit, the peak reached.
    void theChartFilledAsTheRunGoesAccountsForEveryPull()
    {
        Scenario s = scenario(3 * 24 * 3600, {limitedRegistry(QStringLiteral("hub"), 40, 1800)},
                              {agents(25, QStringLiteral("nat"))}, {images(6, QStringLiteral("hub"))});
        s.refreshIntervalS = 1200;
        SimulationOptions options;
        options.seriesPoints = 97;
        const SimulationResult r = Simulator::run(s, options);
        const BucketReport &bucket = r.buckets.at(0);
        QCOMPARE(bucket.series.size(), 97);
        qint64 admitted = 0, denied = 0, peak = 0;
        for (const QuotaSample &sample : bucket.series) {
            QVERIFY(sample.usedAtStart <= sample.peakInBin && sample.peakInBin <= 40);
            admitted += sample.admitted;
            denied += sample.denied;
            peak = std::max(peak, sample.peakInBin);
        }
        QCOMPARE(admitted, r.counters.pullsSucceeded);
        QCOMPARE(denied, r.counters.pullsRateLimited);
        QCOMPARE(peak, bucket.peakInWindow);
    }

    // Item 6: every agent group had its own ~9 MB profile of the million images (18 GB in all).
    void twoThousandAgentGroupsOfOneKindShareOneProfile()
    {
        const Scenario s = hostile("sim-groups-x-images.json");
        const Fleet fleet = Fleet::build(s);
        QCOMPARE(fleet.agentCount(), 2000);
        QCOMPARE(fleet.imageCount(), 1000000);
        QCOMPARE(&fleet.groupProfile(0), &fleet.groupProfile(1999));
        QCOMPARE(fleet.profileCount(), 1);
        const Forecast f = forecast(fleet);
        // A million images no agent pulls: twenty named, then how many more.
        QCOMPARE(f.advice.size(), 21);
        QCOMPARE(f.advice.last(), QStringLiteral("No agent pulls 999980 more images either."));
        QVERIFY(checkBudget(estimateSimulation(s), Budget(), QStringLiteral("simulation")));
    }

    // Item 7: staleness was counted by calling state() for every agent x image with a moving tag (~10 hours).
    void staleAgentsAreCountedWithoutVisitingEveryAgentTimesImage()
    {
        Scenario s = hostile("sim-stale-loop.json");
        s.agents[0].count = 20000; // the file's ten million cost only time to build; the loop was the trouble
        const Result<SimulationResult> r = Simulator::runChecked(s, SimulationOptions());
        QVERIFY(r);
        QCOMPARE(r->images.size(), 1000000);
        QCOMPARE(r->images.at(0).staleAgents, 0);
        QCOMPARE(r->images.at(0).eligibleAgents, 0);
    }

    void staleAgentsCountedFromTheSlotsMatchEveryAgentsState()
    {
        // Tags that move at different rates, a tight quota so some refreshes are refused: count by state() too.
        ImageGroup fast = images(3, QStringLiteral("hub"));
        fast.tagMovesEveryS = 1700;
        ImageGroup slow = images(2, QStringLiteral("hub"));
        slow.tagMovesEveryS = 5000;
        const Scenario s =
            scenario(8 * 3600, {limitedRegistry(QStringLiteral("hub"), 30, 3600)}, {agents(12, QStringLiteral("nat"))},
                     {fast, images(2, QStringLiteral("hub")), slow});
        const SimulationResult r = Simulator::run(s);
        qint64 staleTotal = 0;
        for (int image = 0; image < r.fleet()->imageCount(); ++image) {
            qint64 stale = 0;
            for (int agent = 0; agent < r.fleet()->agentCount(); ++agent) {
                const AgentImageState state = r.state(agent, image);
                if (state.staleSinceMs)
                    ++stale;
                if (state.status == ImageStatus::Present)
                    QVERIFY(state.sinceMs <= state.lastPulledMs);
            }
            QCOMPARE(r.images.at(image).staleAgents, stale);
            staleTotal += stale;
        }
        QVERIFY(staleTotal > 0);
    }

    // Item 8: ten million agents x a million images, ~1e13 steps; refused up front, naming the estimate and limit.
    void tenMillionAgentsTimesAMillionImagesIsRefusedUpFront()
    {
        const Scenario s = hostile("sim-max-pull.json");
        const Result<SimulationResult> refused = Simulator::runChecked(s, SimulationOptions());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::TooLarge);
        const QString message = refused.error().message;
        QVERIFY2(message.contains(QLatin1String("10000000000000 (agent, image) pairs")), qPrintable(message));
        // Without stewardctl's options (the window's engine) the refusal names the environment, and no "--" flag.
        QVERIFY2(message.contains(QLatin1String("raise the limit with STEWARD_SIM_MAX_WORK")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("raise the limit with STEWARD_SIM_MAX_MEMORY_MB")),
                 qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("--")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("more than the limit of 2048 MB")), qPrintable(message));
        // The forecast needs no pair: it fits (bounded: the fleet and one list of members per bucket).
        QVERIFY(checkBudget(estimateForecast(s), Budget(), QStringLiteral("forecast")));
    }

    void theForecastUnionsImagesOncePerKindOfAgent()
    {
        // The forecast used to gather a bucket's images agent by agent: a thousand agents x a million images.
        Scenario s = hostile("sim-max-pull.json");
        s.agents[0].count = 1000;
        const Forecast f = forecast(s);
        QCOMPARE(f.buckets.size(), 1);
        QCOMPARE(f.buckets.at(0).agents, 1000);
        QCOMPARE(f.buckets.at(0).images, 1000000);
        QCOMPARE(f.buckets.at(0).pullsPerWave, 1000LL * 1000000);
    }

    // Item 9: 3M agents x 1,000 accounts is 3e9 slots: an int overflowed, then std::length_error.
    void threeBillionSlotsAreCountedIn64Bits()
    {
        const Scenario s = hostile("sim-slot-overflow.json");
        const Fleet fleet = Fleet::build(s);
        QCOMPARE(qint64(fleet.slotCount()), 3000000000LL);
        QCOMPARE(qint64(fleet.slotBase(fleet.agentCount() - 1)), 2999999000LL);
        const Result<SimulationResult> refused = Simulator::runChecked(s, SimulationOptions());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(
                     QLatin1String("MB of memory (mostly for 3000000000 arrival and refresh records)")),
                 qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QLatin1String("limit of 2048 MB")),
                 qPrintable(refused.error().message));
        const Result<Forecast> forecastRefused = checkedForecast(s, Budget());
        QVERIFY(!forecastRefused);
        QVERIFY2(forecastRefused.error().message.startsWith(QLatin1String("the forecast would need about")),
                 qPrintable(forecastRefused.error().message));
    }

    void theLimitsCanBeRaised()
    {
        // The century's estimate is fine with a higher work limit; memory stays small whatever the duration.
        const Scenario s = hostile("sim-century-1s.json");
        const WorkEstimate estimate = estimateSimulation(s);
        QVERIFY(estimate.steps > Budget::DefaultMaxSteps);
        QVERIFY2(estimate.bytes < 64LL * 1024 * 1024, qPrintable(QString::number(estimate.bytes)));
        Budget generous;
        generous.maxSteps = 4000000000LL;
        QVERIFY(checkBudget(estimate, generous, QStringLiteral("simulation")));
    }

    void everyOrdinaryScenarioFitsTheDefaults()
    {
        // The benchmarks' day fleet: 10,000 agents x 500 Docker Hub images behind 10 addresses.
        Scenario s;
        s.durationS = 24 * 3600;
        s.registries = {dockerHubDefaults(QStringLiteral("docker.io"))};
        for (int source = 0; source < 10; ++source)
            s.agents.append(agents(1000, QStringLiteral("nat-%1").arg(source), 10000000));
        s.images = {images(500, QStringLiteral("docker.io"), 2000)};
        QVERIFY(checkBudget(estimateSimulation(s), Budget(), QStringLiteral("simulation")));
        QVERIFY(checkBudget(estimateForecast(s), Budget(), QStringLiteral("forecast")));
    }
};

QTEST_APPLESS_MAIN(TestHostileScenarios)
#include "tst_hostilescenarios.moc"
