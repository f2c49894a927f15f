// The agent pull behaviour on hand-computable scenarios: every expected figure is derived here from the phases.
#include "ScenarioBuilders.h"
#include "pull/Forecast.h"
#include "pull/Simulator.h"

#include <QTest>

using namespace steward::pull;
using namespace steward::pull::testing;

namespace {

const QString Hub = QStringLiteral("hub");
const QString Private = QStringLiteral("private");

RegistrySpec unlimited(const QString &name)
{
    return RegistrySpec{name, std::nullopt, std::nullopt};
}

// Check-ins of an agent with this phase in [0, duration).
qint64 checkIns(qint64 phaseMs, qint64 durationS, qint64 intervalS = 30)
{
    return (durationS * 1000 - phaseMs + intervalS * 1000 - 1) / (intervalS * 1000);
}

} // namespace

class TestSimulator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneAgentOneImagePullsOnceThenHourly()
    {
        const Scenario s =
            scenario(3 * 3600, {unlimited(Private)}, {agents(1, QStringLiteral("nat"))}, {images(1, Private)});
        const SimulationResult r = Simulator::run(s);
        const qint64 phase = r.fleet()->phaseMs(0);
        QVERIFY(phase >= 0 && phase < 30000);
        QCOMPARE(r.counters.checkIns, checkIns(phase, 3 * 3600));
        // The first check-in, then refreshes at phase + 1 h and phase + 2 h.
        QCOMPARE(r.counters.pullsAttempted, 3);
        QCOMPARE(r.counters.pullsSucceeded, 3);
        QCOMPARE(r.counters.pullsRateLimited, 0);
        QCOMPARE(r.counters.pullsFailedOther, 0);
        QVERIFY(!r.counters.firstRateLimitedMs);
        const AgentImageState state = r.state(0, 0);
        QCOMPARE(state.status, ImageStatus::Present);
        QCOMPARE(state.sinceMs, phase);
        QCOMPARE(r.images.at(0).presentAgents, 1);
        QCOMPARE(r.buckets.size(), 1);
        QCOMPARE(r.buckets.at(0).peakInWindow, 3); // all three inside the 6 h report window
    }

    void twoAgentsBehindOneSourceShareALimitOfThree()
    {
        // Two images each, three pulls per 6 h for the address, one hour simulated: the window never slides.
        const Scenario s =
            scenario(3600, {limitedRegistry(Hub, 3, 21600)}, {agents(2, QStringLiteral("nat"))}, {images(2, Hub)});
        const SimulationResult r = Simulator::run(s);
        const qint64 p0 = r.fleet()->phaseMs(0);
        const qint64 p1 = r.fleet()->phaseMs(1);
        const int first = p0 <= p1 ? 0 : 1;
        const int second = 1 - first;
        const qint64 late = std::max(p0, p1);
        // The first agent gets both, the second one and a 429, then retries its missing image at every check-in.
        const qint64 retries = checkIns(late, 3600) - 1;
        QCOMPARE(r.counters.checkIns, checkIns(p0, 3600) + checkIns(p1, 3600));
        QCOMPARE(r.counters.pullsSucceeded, 3);
        QCOMPARE(r.counters.pullsRateLimited, 1 + retries);
        QCOMPARE(r.counters.pullsAttempted, 4 + retries);
        QCOMPARE(r.counters.firstRateLimitedMs.value(), late);
        QCOMPARE(r.buckets.at(0).peakInWindow, 3);
        QCOMPARE(r.buckets.at(0).rateLimited, 1 + retries);
        QCOMPARE(r.state(first, 1).status, ImageStatus::Present);
        QCOMPARE(r.state(second, 0).status, ImageStatus::Present);
        QCOMPARE(r.state(second, 1).status, ImageStatus::Waiting);
        // Only a handful of wake-ups, not one per check-in.
        QVERIFY2(r.engineEvents <= 4, qPrintable(QString::number(r.engineEvents)));
    }

    void retriesEveryCheckInUntilTheWindowSlides()
    {
        // One pull per 120 s: the second image is refused at the first check-in and at the three after it, and
        // arrives at the check-in exactly 120 s later, when the first pull leaves the window.
        Scenario s =
            scenario(600, {limitedRegistry(Hub, 1, 120)}, {agents(1, QStringLiteral("nat"))}, {images(2, Hub)});
        const SimulationResult r = Simulator::run(s);
        const qint64 phase = r.fleet()->phaseMs(0);
        QCOMPARE(r.counters.pullsAttempted, 6);
        QCOMPARE(r.counters.pullsSucceeded, 2);
        QCOMPARE(r.counters.pullsRateLimited, 4);
        QCOMPARE(r.counters.firstRateLimitedMs.value(), phase);
        QCOMPARE(r.state(0, 1).sinceMs, phase + 120000);
        QCOMPARE(r.buckets.at(0).peakInWindow, 1);
    }

    void aFailedRefreshKeepsTheOldImage()
    {
        // As above with a refresh every 300 s: at phase + 300 s one image is refreshed and the other refused, and
        // both stay present; a present image is not retried at the next check-in.
        Scenario s =
            scenario(600, {limitedRegistry(Hub, 1, 120)}, {agents(1, QStringLiteral("nat"))}, {images(2, Hub)});
        s.refreshIntervalS = 300;
        const SimulationResult r = Simulator::run(s);
        QCOMPARE(r.counters.pullsAttempted, 8);
        QCOMPARE(r.counters.pullsSucceeded, 3);
        QCOMPARE(r.counters.pullsRateLimited, 5);
        QCOMPARE(r.state(0, 0).status, ImageStatus::Present);
        QCOMPARE(r.state(0, 1).status, ImageStatus::Present);
    }

    void imagesThatAreNotEligibleAreNeverPulled_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<int>("eligibility");

        ImageGroup big = images(1, Private, 2000);
        QTest::newRow("an image larger than the agent's disk")
            << scenario(3600, {unlimited(Private)}, {agents(1, QStringLiteral("nat"), 1000)}, {big})
            << int(Eligibility::NoDisk);
        ImageGroup zoned = images(1, Private);
        zoned.zone = QStringLiteral("west");
        QTest::newRow("an image restricted to another zone")
            << scenario(3600, {unlimited(Private)}, {agents(1, QStringLiteral("nat"), 100000, QStringLiteral("east"))},
                        {zoned})
            << int(Eligibility::ZoneMismatch);
        ImageGroup disabled = images(1, Private);
        disabled.enabled = false;
        QTest::newRow("a disabled image")
            << scenario(3600, {unlimited(Private)}, {agents(1, QStringLiteral("nat"))}, {disabled})
            << int(Eligibility::Disabled);
        ImageGroup noRegistry = images(1, Private);
        noRegistry.registry.reset();
        QTest::newRow("an image without a registry")
            << scenario(3600, {unlimited(Private)}, {agents(1, QStringLiteral("nat"))}, {noRegistry})
            << int(Eligibility::NoRegistry);
    }

    void imagesThatAreNotEligibleAreNeverPulled()
    {
        QFETCH(Scenario, scenario);
        QFETCH(int, eligibility);
        const SimulationResult r = Simulator::run(scenario);
        QCOMPARE(r.counters.pullsAttempted, 0);
        QCOMPARE(r.counters.checkIns, checkIns(r.fleet()->phaseMs(0), 3600));
        const AgentImageState state = r.state(0, 0);
        QCOMPARE(state.status, ImageStatus::NotEligible);
        QCOMPARE(int(state.eligibility), eligibility);
    }

    void diskIsReservedInImageOrder()
    {
        // 1000 MB of disk, three images of 600, 300 and 200 MB: the first two fit, the third no longer does.
        const Scenario s = scenario(3600, {unlimited(Private)}, {agents(1, QStringLiteral("nat"), 1000)},
                                    {images(1, Private, 600), images(1, Private, 300), images(1, Private, 200)});
        const SimulationResult r = Simulator::run(s);
        QCOMPARE(r.counters.pullsSucceeded, 2);
        QCOMPARE(r.state(0, 1).status, ImageStatus::Present);
        QCOMPARE(r.state(0, 2).eligibility, Eligibility::NoDisk);
    }

    void anImageWhoseLoginAlwaysFailsTakesNoDisk()
    {
        // 3000 MB of disk; "bad" (2000 MB, its login fails) comes before "good" (2000 MB). Nothing of "bad" is ever
        // stored, so "good" fits: simulation and forecast both say so.
        ImageGroup bad = images(1, Private, 2000);
        bad.name = QStringLiteral("bad");
        bad.account = QStringLiteral("ci-bot");
        bad.credentialsValid = false;
        ImageGroup good = images(1, Private, 2000);
        good.name = QStringLiteral("good");
        const Scenario s = scenario(3600, {unlimited(Private)}, {agents(1, QStringLiteral("nat"), 3000)}, {bad, good});
        const SimulationResult r = Simulator::run(s);
        QCOMPARE(r.state(0, 1).eligibility, Eligibility::Eligible);
        QCOMPARE(r.state(0, 1).status, ImageStatus::Present);
        QCOMPARE(r.state(0, 0).status, ImageStatus::CredentialsFailed);
        QCOMPARE(r.counters.pullsSucceeded, 1);
        const Forecast f = forecast(s);
        QCOMPARE(f.pullsInDuration, r.counters.pullsAttempted);
        for (const QString &advice : f.advice)
            QVERIFY2(!advice.contains(QLatin1String("no_disk")), qPrintable(advice));
    }

    void wrongCredentialsFailEvenOnAPublicImage()
    {
        ImageGroup image = images(1, Private);
        image.account = QStringLiteral("ci-bot");
        image.credentialsValid = false;
        const Scenario s = scenario(3 * 3600, {unlimited(Private)}, {agents(2, QStringLiteral("nat"))}, {image});
        const SimulationResult r = Simulator::run(s);
        // Attempted at every check-in (the hourly refreshes fall on check-ins), never counted against a quota.
        const qint64 expected = checkIns(r.fleet()->phaseMs(0), 3 * 3600) + checkIns(r.fleet()->phaseMs(1), 3 * 3600);
        QCOMPARE(r.counters.pullsFailedOther, expected);
        QCOMPARE(r.counters.pullsAttempted, expected);
        QCOMPARE(r.counters.pullsSucceeded, 0);
        QCOMPARE(r.state(0, 0).status, ImageStatus::CredentialsFailed);
        QCOMPARE(r.engineEvents, 0);
    }

    void anAccountIsSharedAcrossSources()
    {
        // Logged-in pulls count against the account, whichever address they come from.
        ImageGroup image = images(1, Hub);
        image.account = QStringLiteral("team");
        const Scenario s = scenario(600, {limitedRegistry(Hub, 100, 21600, 2)},
                                    {agents(2, QStringLiteral("a")), agents(2, QStringLiteral("b"))}, {image});
        const SimulationResult r = Simulator::run(s);
        QCOMPARE(r.counters.pullsSucceeded, 2);
        QCOMPARE(r.buckets.size(), 1);
        QVERIFY(r.buckets.at(0).key.authenticated);
        QCOMPARE(r.buckets.at(0).key.who, QStringLiteral("team"));
        QCOMPARE(r.images.at(0).presentAgents, 2);
        QCOMPARE(r.images.at(0).eligibleAgents, 4);
    }

    void aMovedTagLeavesAgentsStaleUntilTheirNextRefresh_data()
    {
        QTest::addColumn<qint64>("durationS");
        QTest::addColumn<int>("limit");
        QTest::addColumn<qint64>("movesEveryS");
        QTest::addColumn<qint64>("generation");
        QTest::addColumn<qint64>("sinceHours");  // the digest held arrived at phase + this many hours
        QTest::addColumn<qint64>("staleSinceS"); // -1: up to date
        // Pulls at phase, phase + 1 h, phase + 2 h (phase < 30 s).
        QTest::newRow("the tag moved after the last refresh") << 7000LL << 100 << 5400LL << 0LL << 0LL << 5400LL;
        QTest::newRow("a refresh after the move picked it up") << 9000LL << 100 << 5400LL << 1LL << 2LL << -1LL;
        QTest::newRow("the refresh that would pick it up was refused") << 7400LL << 2 << 3000LL << 1LL << 1LL << 6000LL;
    }

    void aMovedTagLeavesAgentsStaleUntilTheirNextRefresh()
    {
        QFETCH(qint64, durationS);
        QFETCH(int, limit);
        QFETCH(qint64, movesEveryS);
        QFETCH(qint64, generation);
        QFETCH(qint64, sinceHours);
        QFETCH(qint64, staleSinceS);
        ImageGroup image = images(1, Hub);
        image.tagMovesEveryS = movesEveryS;
        const Scenario s =
            scenario(durationS, {limitedRegistry(Hub, limit, 21600)}, {agents(1, QStringLiteral("nat"))}, {image});
        const SimulationResult r = Simulator::run(s);
        const qint64 phase = r.fleet()->phaseMs(0);
        const AgentImageState state = r.state(0, 0);
        QCOMPARE(state.status, ImageStatus::Present);
        QCOMPARE(state.digestGeneration, generation);
        QCOMPARE(state.sinceMs, phase + sinceHours * 3600000);
        if (staleSinceS < 0) {
            QVERIFY(!state.staleSinceMs);
            QCOMPARE(r.images.at(0).staleAgents, 0);
        } else {
            QCOMPARE(state.staleSinceMs.value(), staleSinceS * 1000);
            QCOMPARE(state.staleForMs, (durationS - staleSinceS) * 1000);
            QCOMPARE(r.images.at(0).staleAgents, 1);
        }
    }

    void theSameSeedGivesTheSameRun()
    {
        const Scenario s = scenario(6 * 3600, {limitedRegistry(Hub, 10, 3600)}, {agents(20, QStringLiteral("nat"))},
                                    {images(3, Hub)}, 42);
        const SimulationResult a = Simulator::run(s);
        const SimulationResult b = Simulator::run(s);
        QCOMPARE(a.counters, b.counters);
        QCOMPARE(a.events.size(), b.events.size());
        for (qsizetype i = 0; i < a.events.size(); ++i) {
            QCOMPARE(a.events.at(i).atMs, b.events.at(i).atMs);
            QCOMPARE(a.events.at(i).agent, b.events.at(i).agent);
        }
        Scenario other = s;
        other.seed = 43;
        const SimulationResult c = Simulator::run(other);
        bool phasesDiffer = false;
        for (int agent = 0; agent < 20; ++agent)
            phasesDiffer |= a.fleet()->phaseMs(agent) != c.fleet()->phaseMs(agent);
        QVERIFY(phasesDiffer);
    }

    void theEventLogKeepsOnlyWhatTheFilterWants()
    {
        const Scenario s =
            scenario(6 * 3600, {limitedRegistry(Hub, 10, 3600)}, {agents(20, QStringLiteral("nat"))}, {images(3, Hub)});
        SimulationOptions options;
        options.eventLogCapacity = 5;
        options.eventFilter = [](const PullEvent &e) { return e.kind == PullEvent::Kind::RateLimited; };
        const SimulationResult r = Simulator::run(s, options);
        QCOMPARE(r.events.size(), 5);
        QVERIFY(r.eventsMatched > 5);
        for (const PullEvent &e : r.events)
            QCOMPARE(e.kind, PullEvent::Kind::RateLimited);
        qint64 refused = 0;
        for (const QuotaSample &sample : r.buckets.at(0).series)
            refused += sample.denied;
        QCOMPARE(refused, r.counters.pullsRateLimited); // the chart accounts for every refusal
    }

    void theQuotaChartNeverExceedsTheLimit()
    {
        const Scenario s = scenario(24 * 3600, {limitedRegistry(Hub, 50, 21600)}, {agents(30, QStringLiteral("nat"))},
                                    {images(4, Hub)});
        const SimulationResult r = Simulator::run(s);
        const BucketReport &bucket = r.buckets.at(0);
        QCOMPARE(bucket.peakInWindow, 50);
        qint64 admitted = 0;
        qint64 peak = 0;
        for (const QuotaSample &sample : bucket.series) {
            QVERIFY(sample.peakInBin <= 50);
            peak = std::max(peak, sample.peakInBin);
            admitted += sample.admitted;
        }
        QCOMPARE(peak, 50);
        QCOMPARE(admitted, r.counters.pullsSucceeded);
    }

    void aProgressCallbackCanCancel()
    {
        const Scenario s =
            scenario(30 * 24 * 3600, {unlimited(Private)}, {agents(2000, QStringLiteral("nat"))}, {images(5, Private)});
        int calls = 0;
        const SimulationResult r = Simulator::run(s, SimulationOptions(), [&calls](double fraction) {
            Q_ASSERT(fraction >= 0.0 && fraction <= 1.0);
            return ++calls < 3;
        });
        QVERIFY(r.canceled);
        QCOMPARE(calls, 3);
        QVERIFY(r.simulatedUntilMs < 30LL * 24 * 3600 * 1000);
        QCOMPARE(r.engineEvents, 3 * 8192);
    }
};

QTEST_APPLESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
