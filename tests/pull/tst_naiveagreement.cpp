// The event-driven simulator against the straightforward one kept in bench/pull: identical counters and peaks on
// scenarios that exercise retries, sliding windows, accounts, failing logins, disk and odd intervals.
#include "NaiveSimulator.h"
#include "ScenarioBuilders.h"
#include "pull/Simulator.h"

#include <QTest>

#include <random>

using namespace steward::pull;
using namespace steward::pull::testing;

class TestNaiveAgreement final : public QObject
{
    Q_OBJECT

private:
    static void compare(const Scenario &s)
    {
        const SimulationResult fast = Simulator::run(s);
        const bench::NaiveResult naive = bench::runNaive(s);
        QCOMPARE(fast.counters.checkIns, naive.counters.checkIns);
        QCOMPARE(fast.counters.pullsAttempted, naive.counters.pullsAttempted);
        QCOMPARE(fast.counters.pullsSucceeded, naive.counters.pullsSucceeded);
        QCOMPARE(fast.counters.pullsRateLimited, naive.counters.pullsRateLimited);
        QCOMPARE(fast.counters.pullsFailedOther, naive.counters.pullsFailedOther);
        QCOMPARE(fast.counters.firstRateLimitedMs, naive.counters.firstRateLimitedMs);
        QCOMPARE(qsizetype(naive.peakPerBucket.size()), fast.buckets.size());
        for (qsizetype i = 0; i < fast.buckets.size(); ++i)
            QCOMPARE(fast.buckets.at(i).peakInWindow, naive.peakPerBucket[size_t(i)]);
        // The point of the fast one: fewer wake-ups (never more).
        QVERIFY(fast.engineEvents <= naive.engineEvents);
    }

private Q_SLOTS:
    void handPickedScenariosAgree_data()
    {
        QTest::addColumn<Scenario>("scenario");
        const QString hub = QStringLiteral("hub");
        QTest::newRow("forty agents behind one address exhaust the anonymous quota") << scenario(
            24 * 3600, {limitedRegistry(hub, 100, 21600)}, {agents(40, QStringLiteral("nat"))}, {images(5, hub)});
        QTest::newRow("a short window slides many times")
            << scenario(4 * 3600, {limitedRegistry(hub, 7, 300)}, {agents(9, QStringLiteral("nat"))}, {images(4, hub)});
        Scenario odd =
            scenario(3 * 3600, {limitedRegistry(hub, 5, 400)}, {agents(6, QStringLiteral("nat"))}, {images(3, hub)});
        odd.refreshIntervalS = 1000; // refreshes between check-ins
        odd.checkInIntervalS = 45;
        QTest::newRow("refreshes that fall between check-ins") << odd;
        ImageGroup account = images(3, hub);
        account.account = QStringLiteral("team");
        ImageGroup wrong = images(1, hub);
        wrong.account = QStringLiteral("other");
        wrong.credentialsValid = false;
        QTest::newRow("an account shared by two addresses, and a failing login") << scenario(
            12 * 3600, {limitedRegistry(hub, 10, 3600, 12)},
            {agents(5, QStringLiteral("a")), agents(4, QStringLiteral("b"))}, {images(2, hub), account, wrong});
        QTest::newRow("a zero quota refuses everything")
            << scenario(3600, {limitedRegistry(hub, 0, 3600)}, {agents(3, QStringLiteral("nat"))}, {images(2, hub)});
    }

    void handPickedScenariosAgree()
    {
        QFETCH(Scenario, scenario);
        compare(scenario);
    }

    void randomScenariosAgree()
    {
        std::mt19937 random(20261128);
        auto pick = [&random](int low, int high) { return int(random() % unsigned(high - low + 1)) + low; };
        for (int round = 0; round < 40; ++round) {
            Scenario s;
            s.seed = quint64(round);
            s.durationS = pick(600, 4 * 3600);
            s.checkInIntervalS = pick(10, 60);
            s.refreshIntervalS = pick(60, 1800);
            s.reportWindowS = pick(60, 3600);
            s.registries = {limitedRegistry(QStringLiteral("hub"), pick(0, 20), pick(30, 3600), pick(0, 30)),
                            RegistrySpec{QStringLiteral("private"), std::nullopt, std::nullopt}};
            for (int g = pick(1, 3); g > 0; --g)
                s.agents.append(agents(pick(1, 8), QStringLiteral("src%1").arg(pick(0, 2)), pick(0, 5000),
                                       QStringLiteral("z%1").arg(pick(0, 1))));
            for (int g = pick(1, 4); g > 0; --g) {
                ImageGroup image = images(
                    pick(1, 4), pick(0, 3) == 0 ? QStringLiteral("private") : QStringLiteral("hub"), pick(0, 1500));
                if (pick(0, 2) == 0)
                    image.account = QStringLiteral("acct%1").arg(pick(0, 1));
                image.credentialsValid = !(image.account && pick(0, 4) == 0);
                if (pick(0, 4) == 0)
                    image.zone = QStringLiteral("z%1").arg(pick(0, 1));
                image.enabled = pick(0, 6) != 0;
                s.images.append(image);
            }
            QVERIFY(validateScenario(s).has_value());
            compare(s);
            if (QTest::currentTestFailed())
                qWarning("round %d disagrees", round);
        }
    }
};

QTEST_APPLESS_MAIN(TestNaiveAgreement)
#include "tst_naiveagreement.moc"
