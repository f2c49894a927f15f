// The closed-form forecast against the simulation, where no retry has happened yet, and its advice.
#include "ScenarioBuilders.h"
#include "pull/Forecast.h"
#include "pull/Simulator.h"

#include <QTest>

#include <random>

using namespace steward::pull;
using namespace steward::pull::testing;

class TestForecast final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutLimitsItPredictsEveryPullAndThePeak_data()
    {
        QTest::addColumn<Scenario>("scenario");
        const QString mirror = QStringLiteral("mirror");
        const RegistrySpec unlimited{mirror, std::nullopt, std::nullopt};
        QTest::newRow("one day, one address")
            << scenario(24 * 3600, {unlimited}, {agents(30, QStringLiteral("nat"))}, {images(4, mirror)});
        Scenario mixed = scenario(7 * 3600 + 123, {unlimited, limitedRegistry(QStringLiteral("hub"), 100000, 21600)},
                                  {agents(12, QStringLiteral("a"), 5000), agents(7, QStringLiteral("b"), 1500)},
                                  {images(3, mirror, 700), images(2, QStringLiteral("hub"), 400)}, 99);
        QTest::newRow("two addresses, disk limits, a generous quota") << mixed;
        QTest::newRow("shorter than the window")
            << scenario(2 * 3600, {unlimited}, {agents(5, QStringLiteral("nat"))}, {images(2, mirror)});
    }

    void withoutLimitsItPredictsEveryPullAndThePeak()
    {
        QFETCH(Scenario, scenario);
        const Forecast f = forecast(scenario);
        const SimulationResult r = Simulator::run(scenario);
        QVERIFY(!f.firstRateLimitedMs);
        QVERIFY(!r.counters.firstRateLimitedMs);
        QCOMPARE(f.pullsInDuration, r.counters.pullsAttempted);
        QCOMPARE(f.buckets.size(), r.buckets.size());
        for (qsizetype i = 0; i < f.buckets.size(); ++i) {
            QCOMPARE(f.buckets.at(i).key, r.buckets.at(i).key);
            QCOMPARE(f.buckets.at(i).peakInWindow, r.buckets.at(i).peakInWindow);
            QCOMPARE(f.buckets.at(i).pullsInDuration, r.buckets.at(i).counted);
        }
    }

    void aTightLimitRunsOutWhenTheSimulationSaysSo_data()
    {
        QTest::addColumn<Scenario>("scenario");
        const QString hub = QStringLiteral("hub");
        QTest::newRow("in the first check-ins") << scenario(6 * 3600, {limitedRegistry(hub, 100, 21600)},
                                                            {agents(47, QStringLiteral("nat"))}, {images(12, hub)});
        QTest::newRow("in the third refresh wave") << scenario(6 * 3600, {limitedRegistry(hub, 100, 21600)},
                                                               {agents(6, QStringLiteral("nat"))}, {images(5, hub)}, 3);
        ImageGroup logged = images(6, hub);
        logged.account = QStringLiteral("team");
        QTest::newRow("an account shared by two addresses")
            << scenario(12 * 3600, {limitedRegistry(hub, 1000, 21600, 200)},
                        {agents(8, QStringLiteral("a")), agents(9, QStringLiteral("b"))}, {logged}, 11);
    }

    void aTightLimitRunsOutWhenTheSimulationSaysSo()
    {
        QFETCH(Scenario, scenario);
        const Forecast f = forecast(scenario);
        SimulationOptions options;
        options.eventLogCapacity = 1;
        options.eventFilter = [](const PullEvent &e) { return e.kind == PullEvent::Kind::RateLimited; };
        // Keep the earliest refusal: the log keeps the newest, so filter on the predicted time.
        QVERIFY(f.firstRateLimitedMs.has_value());
        const qint64 predicted = *f.firstRateLimitedMs;
        options.eventFilter = [predicted](const PullEvent &e) {
            return e.kind == PullEvent::Kind::RateLimited && e.atMs <= predicted;
        };
        const SimulationResult r = Simulator::run(scenario, options);
        QCOMPARE(r.counters.firstRateLimitedMs, f.firstRateLimitedMs);
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events.at(0).atMs, predicted);
        bool found = false;
        for (const BucketForecast &b : f.buckets) {
            if (b.firstRateLimitedMs == f.firstRateLimitedMs) {
                QCOMPARE(r.events.at(0).agent, b.firstFailingAgent);
                QCOMPARE(r.events.at(0).image, b.firstFailingImage);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void randomFleetsAgreeOnTheFirst429()
    {
        // Windows that are whole multiples of the refresh interval, where the closed form is exact.
        std::mt19937 random(6);
        auto pick = [&random](int low, int high) { return int(random() % unsigned(high - low + 1)) + low; };
        int exhausted = 0;
        for (int round = 0; round < 60; ++round) {
            const qint64 refresh = pick(2, 12) * 300;
            const qint64 window = refresh * pick(1, 6);
            Scenario s = scenario(pick(1, 5) * window + pick(0, 1000),
                                  {limitedRegistry(QStringLiteral("hub"), pick(0, 300), window, pick(0, 300))}, {}, {},
                                  quint64(round));
            s.refreshIntervalS = refresh;
            for (int g = pick(1, 3); g > 0; --g)
                s.agents.append(agents(pick(1, 12), QStringLiteral("src%1").arg(pick(0, 1)), pick(500, 5000)));
            for (int g = pick(1, 3); g > 0; --g) {
                ImageGroup image = images(pick(1, 4), QStringLiteral("hub"), pick(0, 900));
                if (pick(0, 2) == 0)
                    image.account = QStringLiteral("team");
                s.images.append(image);
            }
            const Forecast f = forecast(s);
            const SimulationResult r = Simulator::run(s);
            QCOMPARE(f.firstRateLimitedMs, r.counters.firstRateLimitedMs);
            for (qsizetype i = 0; i < f.buckets.size(); ++i) {
                QCOMPARE(f.buckets.at(i).firstRateLimitedMs, r.buckets.at(i).firstRateLimitedMs);
                if (!f.buckets.at(i).firstRateLimitedMs) // nothing refused: the busiest window is as predicted
                    QCOMPARE(f.buckets.at(i).peakInWindow, r.buckets.at(i).peakInWindow);
            }
            exhausted += f.firstRateLimitedMs ? 1 : 0;
        }
        QVERIFY2(exhausted > 10 && exhausted < 50, qPrintable(QString::number(exhausted))); // both kinds were tried
    }

    void theAdviceGivesNumbers()
    {
        const QString hub = QStringLiteral("hub");
        const Scenario s = scenario(6 * 3600, {limitedRegistry(hub, 100, 21600, 200)},
                                    {agents(47, QStringLiteral("nat"))}, {images(12, hub)});
        const Forecast f = forecast(s);
        QCOMPARE(f.buckets.at(0).pullsPerWave, 47 * 12);
        QCOMPARE(f.buckets.at(0).firstRateLimitedWave, 0);
        QVERIFY(!f.advice.isEmpty());
        const QString advice = f.advice.constFirst();
        QVERIFY2(advice.contains(QLatin1String("47 agents")), qPrintable(advice));
        QVERIFY2(advice.contains(QLatin1String("564 pulls per hour against 100 per 6 h")), qPrintable(advice));
        // A login: 564 x 6 = 3384 per 6 h against 200; a mirror: 12 images x 6 = 72 per 6 h, which fits.
        QVERIFY2(advice.contains(QLatin1String("3384 pulls per 6 h")), qPrintable(advice));
        QVERIFY2(advice.contains(QStringLiteral("72 pulls per 6 h against 100 per 6 h — it fits")), qPrintable(advice));
    }

    void aFailingLoginIsCalledOut()
    {
        ImageGroup image = images(1, QStringLiteral("hub"));
        image.account = QStringLiteral("ci");
        image.credentialsValid = false;
        const Forecast f = forecast(scenario(3600, {limitedRegistry(QStringLiteral("hub"), 100, 21600)},
                                             {agents(3, QStringLiteral("nat"))}, {image}));
        QCOMPARE(f.advice.size(), 1);
        QVERIFY2(f.advice.at(0).contains(QLatin1String("3 agents cannot log in")), qPrintable(f.advice.at(0)));
    }
};

QTEST_APPLESS_MAIN(TestForecast)
#include "tst_forecast.moc"
