// The quota desk in the window, offscreen, fed by a real simulated fleet against the test registry: the agents pane's
// matrix fills, the status bar names each registry's quota and turns to "low"/"spent" with words, a click on it opens
// that registry's chart, the chart marks where the forecast runs out, and live mode asks first with the numbers. A
// limit set by hand in the profile replaces the fleet's own: its quota model shows it and refuses accordingly.
#include "AwaitFuture.h"
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "gui/agents/AgentsPane.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/mainwindow/QuotaStatus.h"
#include "gui/registries/QuotaChart.h"
#include "gui/registries/RegistriesPane.h"
#include "guimodels/agents/AgentMatrixModel.h"
#include "guimodels/registries/QuotaTableModel.h"
#include "kasm/SimulatedDeployment.h"
#include "pull/SimulatedFleet.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace steward;
using namespace steward::gui;
using namespace steward::kasm;
using namespace steward::pull;
using namespace steward::test;

class TestQuotaDesk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDeskShowsTheFleetAndItsQuota()
    {
        RegistryFixture registry;
        const bool started = registry.start();
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());
        SyncHttp http;
        QVERIFY(seedImage(http, registry.baseUrl(), QStringLiteral("demo/one"), QStringLiteral("1"), "1\n").ok);
        QVERIFY(seedImage(http, registry.baseUrl(), QStringLiteral("demo/two"), QStringLiteral("1"), "2\n").ok);

        SimulatedState initial;
        for (int a = 0; a < 3; ++a) {
            KasmAgent agent;
            agent.agentId = QStringLiteral("agent-%1").arg(a + 1);
            agent.hostname = agent.agentId;
            agent.egressSource = QStringLiteral("198.51.100.7");
            agent.diskFreeBytes = qint64(100) * 1000 * 1000 * 1000;
            initial.agents << agent;
        }
        for (const QString &repo : {QStringLiteral("demo/one:1"), QStringLiteral("demo/two:1")}) {
            KasmImage image;
            image.imageId = repo;
            image.name = registry.hostPort() + QLatin1Char('/') + repo;
            image.friendlyName = repo;
            image.dockerRegistry = QStringLiteral("http://") + registry.hostPort();
            image.uncompressedSizeMb = 10;
            initial.images << image;
        }
        auto deployment =
            std::make_shared<SimulatedDeployment>(std::make_unique<InMemorySimulatedStorage>(), WallClock::instance());
        QVERIFY(awaitResult(deployment->open(initial)));
        SimulatedFleetOptions options;
        options.persist = false;
        // 7 pulls per 6 h for the shared address: the first wave (6) leaves 1, "low"; the first refresh spends it.
        options.deployment.registries.insert(
            registry.hostPort(), RegistrySpec{registry.hostPort(), RateLimitPolicy{7, 21600}, std::nullopt});
        SimulatedFleet fleet(deployment, options);

        MainWindow window;
        window.show();
        QSignalSpy state(&fleet, &SimulatedFleet::stateChanged);
        fleet.start();
        fleet.pause();
        QVERIFY(QTest::qWaitFor([&] { return !state.isEmpty() && !fleet.isRunning(); }, 10000));
        window.setFleet(&fleet);
        QSignalSpy reached(&fleet, &SimulatedFleet::reached);
        fleet.step(120 * 1000);
        QVERIFY(reached.wait(30000));

        auto *agents = window.findChild<AgentsPane *>(QStringLiteral("agentsPane"));
        QVERIFY(agents);
        QCOMPARE(agents->matrixModel()->rowCount(), 3);
        QCOMPARE(agents->matrixModel()->countHolding(0), 3);
        auto *matrixView = agents->findChild<QTableView *>(QStringLiteral("matrixView"));
        QCOMPARE(matrixView->model(), agents->matrixModel());

        const QString buttonName = QStringLiteral("quotaStatus:") + registry.hostPort();
        QToolButton *status = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((status = window.findChild<QToolButton *>(buttonName)) != nullptr, 5000);
        QVERIFY2(status->text().contains(QStringLiteral("1/7")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("198.51.100.7")));
        QCOMPARE(status->property("quotaLevel").toInt(), int(QuotaStatus::Level::Low));
        QVERIFY(status->text().contains(QStringLiteral("low")));

        // The live-mode question says how many real pulls per hour, against whose quota.
        const QString question = agents->liveModeQuestion();
        QVERIFY2(question.contains(QStringLiteral("6 pulls per hour")), qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("198.51.100.7")));

        // The first hourly refresh spends the quota: red, and "spent".
        fleet.step(3600 * 1000);
        QVERIFY(reached.wait(30000));
        QTRY_COMPARE_WITH_TIMEOUT(status->property("quotaLevel").toInt(), int(QuotaStatus::Level::Spent), 5000);
        QVERIFY(status->text().contains(QStringLiteral("spent")));

        // A click opens the registries tab with that registry's chart; the forecast marks where it runs out.
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("lowerTabs"));
        tabs->setCurrentWidget(agents);
        status->click();
        auto *pane = window.findChild<RegistriesPane *>(QStringLiteral("registriesPane"));
        QCOMPARE(tabs->currentWidget(), pane);
        auto *chart = pane->findChild<QuotaChart *>(QStringLiteral("quotaChart"));
        QVERIFY(chart);
        QTRY_VERIFY_WITH_TIMEOUT(chart->exhaustionText().startsWith(QStringLiteral("Runs out")), 20000);
        QVERIFY(!chart->adviceText().isEmpty());
        window.setFleet(nullptr);
    }

    void aLimitSetByHandReplacesTheFleets_data()
    {
        QTest::addColumn<int>("handLimit"); // -1: none set
        QTest::addColumn<int>("shownLimit");
        QTest::addColumn<bool>("refusedInTheFirstWave");
        QTest::newRow("without one the fleet keeps its own 7, and the first wave of 6 fits") << -1 << 7 << false;
        QTest::newRow("4 set by hand: shown, and the first wave is refused its last 2") << 4 << 4 << true;
    }

    void aLimitSetByHandReplacesTheFleets()
    {
        QFETCH(int, handLimit);
        QFETCH(int, shownLimit);
        QFETCH(bool, refusedInTheFirstWave);
        RegistryFixture registry;
        const bool started = registry.start();
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());
        SyncHttp http;
        QVERIFY(seedImage(http, registry.baseUrl(), QStringLiteral("demo/one"), QStringLiteral("1"), "1\n").ok);
        QVERIFY(seedImage(http, registry.baseUrl(), QStringLiteral("demo/two"), QStringLiteral("1"), "2\n").ok);
        auto deployment =
            std::make_shared<SimulatedDeployment>(std::make_unique<InMemorySimulatedStorage>(), WallClock::instance());
        QVERIFY(awaitResult(deployment->open(threeAgentsTwoImages(registry.hostPort()))));
        SimulatedFleetOptions options;
        options.persist = false;
        options.deployment.registries.insert(
            registry.hostPort(), RegistrySpec{registry.hostPort(), RateLimitPolicy{7, 21600}, std::nullopt});
        SimulatedFleet fleet(deployment, options);
        QSignalSpy state(&fleet, &SimulatedFleet::stateChanged);
        fleet.start();
        fleet.pause();
        QVERIFY(QTest::qWaitFor([&] { return !state.isEmpty() && !fleet.isRunning(); }, 10000));

        QTemporaryDir profile;
        auto catalog = std::make_shared<store::CatalogWorker>();
        QVERIFY(awaitResult(catalog->open(store::CatalogOptions{profile.path(), {}, 10000, false})));
        RegistriesPane pane;
        pane.setCatalog(catalog);
        pane.setFleet(&fleet);
        if (handLimit >= 0) {
            // Set by hand while the fleet is paused at 0: it re-plans at once, before any pull.
            store::RegistryRecord record;
            record.url = registry.hostPort();
            record.rateLimitPolicy =
                QJsonObject{{QStringLiteral("limit"), handLimit}, {QStringLiteral("window_s"), 21600}};
            QVERIFY(awaitResult(catalog->write([record](QSqlDatabase &db) -> Status {
                const Result<qint64> id = store::upsertRegistry(db, record);
                return id ? Status() : Status(fail(id.error()));
            })));
            pane.refreshRegistries();
        }
        QTRY_COMPARE_WITH_TIMEOUT(fleet.plan()->scenario.registries.value(0).anonymous,
                                  std::optional(RateLimitPolicy{shownLimit, 21600}), 10000);

        QSignalSpy reached(&fleet, &SimulatedFleet::reached);
        fleet.step(120 * 1000);
        QVERIFY(reached.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(pane.quotaModel()->rowCount() > 0, 10000);
        const QModelIndex quota = pane.quotaModel()->index(0, 0);
        QCOMPARE(quota.data(QuotaTableModel::RegistryRole).toString(), registry.hostPort());
        QTRY_COMPARE_WITH_TIMEOUT(quota.data(QuotaTableModel::LimitRole).toLongLong(), qint64(shownLimit), 10000);
        QCOMPARE(quota.data(QuotaTableModel::UsedRole).toLongLong(), qint64(std::min(6, shownLimit)));
        const std::optional<qint64> firstRefusal = fleet.totals().counters.firstRateLimitedMs;
        QCOMPARE(firstRefusal.has_value(), refusedInTheFirstWave);
        if (firstRefusal)
            QVERIFY(*firstRefusal < 120 * 1000);
        // Refused images stay missing, so they are asked for again (and refused) at every check-in after the first.
        QCOMPARE(fleet.totals().counters.pullsRateLimited > 0, refusedInTheFirstWave);
        QCOMPARE(fleet.totals().counters.pullsSucceeded, qint64(std::min(6, shownLimit)));
        pane.setFleet(nullptr);
    }

private:
    static SimulatedState threeAgentsTwoImages(const QString &hostPort)
    {
        SimulatedState state;
        for (int a = 0; a < 3; ++a) {
            KasmAgent agent;
            agent.agentId = QStringLiteral("agent-%1").arg(a + 1);
            agent.hostname = agent.agentId;
            agent.egressSource = QStringLiteral("198.51.100.7");
            agent.diskFreeBytes = qint64(100) * 1000 * 1000 * 1000;
            state.agents << agent;
        }
        for (const QString &repo : {QStringLiteral("demo/one:1"), QStringLiteral("demo/two:1")}) {
            KasmImage image;
            image.imageId = repo;
            image.name = hostPort + QLatin1Char('/') + repo;
            image.friendlyName = repo;
            image.dockerRegistry = QStringLiteral("http://") + hostPort;
            image.uncompressedSizeMb = 10;
            state.images << image;
        }
        return state;
    }
};

QTEST_MAIN(TestQuotaDesk)
#include "tst_quotadesk.moc"
