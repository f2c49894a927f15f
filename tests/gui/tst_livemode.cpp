// Live mode in the window, end to end: a login stored in the real keychain, a RateLimitProxy (Docker Hub's
// ratelimit-* headers and 429s) in front of a real registry that refuses anonymous pulls, and the agents pane's live
// switch. The status bar and the quota chart show the quota as the proxy reports it, and the first 429 comes at the
// pull and the time the forecast put it.
#include "AwaitFuture.h"
#include "RateLimitProxy.h"
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
#include "pull/Forecast.h"
#include "pull/LiveBatcher.h"
#include "pull/SimulatedFleet.h"
#include "store/CatalogWorker.h"
#include "store/KeychainCredentialStore.h"
#include "store/RegistryLogins.h"
#include "workflow/ProfileLogins.h"

#include <QCheckBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace steward;
using namespace steward::gui;
using namespace steward::kasm;
using namespace steward::pull;
using namespace steward::test;

namespace {

const QString user = QStringLiteral("alice");
const QString password = QStringLiteral("s3cret");
// A 30 s check-in takes 1.2 s: the first wave is over in about a second, the proxy's window (real time) stays shut.
constexpr double msPerScenarioSecond = 40.0;

} // namespace

class TestLiveMode final : public QObject
{
    Q_OBJECT

    // Everything a live run in the window needs; filled by setUp().
    struct Desk
    {
        RegistryFixture registry;
        RateLimitProxy proxy;
        QTemporaryDir profile;
        std::shared_ptr<store::CatalogWorker> catalog;
        std::shared_ptr<store::KeychainCredentialStore> keychain;
        std::shared_ptr<SimulatedDeployment> deployment;
        std::unique_ptr<SimulatedFleet> fleet;
        std::unique_ptr<MainWindow> window;
        AgentsPane *agents = nullptr;
        QString host;       // the proxy's host:port: the registry every image names
        QString account;    // as the plan names it: "alice@host"
        bool ready = false; // setUp() got to its end (a QVERIFY or QSKIP in it returns from it only)

        ~Desk()
        {
            if (window)
                window->setFleet(nullptr);
            fleet.reset();
            window.reset();
        }
    };

    // `agents` agents pulling `images` images as alice through a proxy that lets her make `proxyLimit` pulls an hour;
    // the profile says the registry allows `modelledLimit`.
    void setUp(Desk &desk, int agents, int images, int proxyLimit, int modelledLimit)
    {
        RegistryFixture::Options auth;
        auth.auth = RegistryFixture::Auth::Htpasswd;
        auth.username = user;
        auth.password = password;
        const bool started = desk.registry.start(auth);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, desk.registry.errorString());
        const store::KeychainProbe probe = awaitResult(store::probeKeychain());
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_KEYCHAIN", probe.available, probe.message);

        SyncHttp http;
        SeedOptions seed;
        seed.authorization = desk.registry.basicAuthorization();
        for (int i = 0; i < images; ++i) {
            const SeededImage seeded = seedImage(http, desk.registry.baseUrl(), QStringLiteral("demo/app%1").arg(i),
                                                 QStringLiteral("1"), QByteArray::number(i) + '\n', seed);
            QVERIFY2(seeded.ok, qPrintable(seeded.error));
        }
        desk.proxy.setUserQuota(user, RateLimitProxy::Quota{proxyLimit, 3600});
        QVERIFY2(desk.proxy.start(desk.registry), qPrintable(desk.proxy.errorString()));
        desk.host = desk.proxy.hostPort();
        desk.account = user + QLatin1Char('@') + desk.host;

        // The login, stored as the registries pane stores it: user name in the catalog, password in the keychain.
        QVERIFY(desk.profile.isValid());
        desk.catalog = std::make_shared<store::CatalogWorker>();
        QVERIFY(awaitResult(desk.catalog->open(store::CatalogOptions{desk.profile.path(), {}, 10000, false})));
        desk.keychain = std::make_shared<store::KeychainCredentialStore>(QStringLiteral("org.imagesteward.test.live"));
        const Status saved = awaitResult(store::saveRegistryLogin(desk.catalog->catalog(), desk.keychain, desk.host,
                                                                  user, password, QStringLiteral("test")));
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));

        SimulatedState initial;
        for (int a = 0; a < agents; ++a) {
            KasmAgent agent;
            agent.agentId = QStringLiteral("agent-%1").arg(a + 1);
            agent.hostname = agent.agentId;
            agent.egressSource = QStringLiteral("198.51.100.7");
            agent.diskFreeBytes = qint64(100) * 1000 * 1000 * 1000;
            initial.agents << agent;
        }
        for (int i = 0; i < images; ++i) {
            KasmImage image;
            image.imageId = QStringLiteral("app%1").arg(i);
            image.name = desk.host + QStringLiteral("/demo/app%1:1").arg(i);
            image.friendlyName = image.imageId;
            image.dockerRegistry = QStringLiteral("http://") + desk.host;
            image.dockerUser = user; // the image's login: the registry refuses anonymous pulls
            image.uncompressedSizeMb = 10;
            initial.images << image;
        }
        desk.deployment =
            std::make_shared<SimulatedDeployment>(std::make_unique<InMemorySimulatedStorage>(), WallClock::instance());
        QVERIFY(awaitResult(desk.deployment->open(initial)));
        SimulatedFleetOptions options;
        options.persist = false;
        // Check-ins at 1.7 s, 11.8 s and 27.1 s of each 30 s: far apart, so the order of the pulls is the schedule's.
        options.deployment.seed = 10;
        options.deployment.registries.insert(
            desk.host, RegistrySpec{desk.host, std::nullopt, RateLimitPolicy{modelledLimit, 3600}});
        desk.fleet = std::make_unique<SimulatedFleet>(desk.deployment, options);
        QSignalSpy state(desk.fleet.get(), &SimulatedFleet::stateChanged);
        desk.fleet->start();
        desk.fleet->pause();
        QVERIFY(QTest::qWaitFor([&] { return !state.isEmpty() && !desk.fleet->isRunning(); }, 10000));

        desk.window = std::make_unique<MainWindow>();
        QSignalSpy reloaded(desk.window.get(), &MainWindow::profileLoginsReloaded);
        desk.window->setCredentials(desk.keychain);
        desk.window->setCatalog(desk.catalog);
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(reloaded.last().at(0).toBool(), true);
        QCOMPARE(desk.window->profileLogins()->registries(), QStringList{desk.host});
        desk.window->show();
        desk.window->setFleet(desk.fleet.get());
        desk.agents = desk.window->findChild<AgentsPane *>(QStringLiteral("agentsPane"));
        QVERIFY(desk.agents);
        desk.agents->setLiveSpeed(msPerScenarioSecond);
        desk.ready = true;
    }

    // The live switch, and "Start real pulls" in the question it asks.
    static void switchLiveOn(Desk &desk)
    {
        auto *live = desk.agents->findChild<QCheckBox *>(QStringLiteral("liveSwitch"));
        QVERIFY(live && live->isEnabled());
        live->click();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = desk.agents->findChild<QMessageBox *>(QStringLiteral("liveModeConfirmation"))));
        QVERIFY(question->text().contains(desk.account));
        question->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(desk.fleet->isLive());
    }

    static QToolButton *statusOf(const Desk &desk)
    {
        return desk.window->findChild<QToolButton *>(QStringLiteral("quotaStatus:") + desk.host);
    }

private Q_SLOTS:
    void theFirst429ComesWhereTheForecastPutIt()
    {
        // 3 agents × 2 images: the first wave is 6 pulls; alice may make 4, so the 5th is the first refused.
        Desk desk;
        setUp(desk, 3, 2, 4, 4);
        if (!desk.ready)
            return;
        const std::shared_ptr<const FleetPlan> plan = LiveBatcher::livePlan(*desk.fleet->plan());
        const Forecast predicted = forecast(plan->scenario);
        const BucketKey key{desk.host, true, desk.account};
        std::optional<BucketForecast> bucket;
        for (const BucketForecast &b : predicted.buckets) {
            if (b.key == key)
                bucket = b;
        }
        QVERIFY(bucket && bucket->firstRateLimitedMs);
        QCOMPARE(bucket->firstRateLimitedWave, 0);
        // The premise of an exact comparison: the agents' check-ins are seconds apart, far more than a pull takes.
        const Fleet fleet = Fleet::build(plan->scenario);
        QList<qint64> phases;
        for (int agent = 0; agent < fleet.agentCount(); ++agent)
            phases << fleet.phaseMs(agent);
        std::sort(phases.begin(), phases.end());
        for (int i = 1; i < phases.size(); ++i)
            QVERIFY2(phases.at(i) - phases.at(i - 1) >= 3000, "the seed puts two agents' check-ins too close");

        QSignalSpy batches(desk.fleet.get(), &SimulatedFleet::batch);
        switchLiveOn(desk);
        auto *quotas = desk.window->findChild<RegistriesPane *>(QStringLiteral("registriesPane"))->quotaModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            quotas->rowOf(key) >= 0 &&
                quotas->index(quotas->rowOf(key), 0).data(QuotaTableModel::FirstRefusedRole).toLongLong() >= 0,
            20000);
        const int row = quotas->rowOf(key);
        const qint64 firstRefusedMs = quotas->index(row, 0).data(QuotaTableModel::FirstRefusedRole).toLongLong();

        // The proxy counted exactly its limit before the first 429, every pull with alice's login (a client's first
        // request goes without, and the registry's 401 asks for it).
        QCOMPARE(desk.proxy.countedPulls(user), 4);
        QCOMPARE(desk.proxy.countedPulls(desk.proxy.clientAddress()), 0);
        for (const RateLimitProxy::LoggedRequest &request : desk.proxy.requests()) {
            if (request.method == "GET" && request.target.contains("/manifests/") && request.status == 200)
                QCOMPARE(request.source, user);
        }

        // The first refused pull: the agent and the time the forecast named.
        std::optional<FleetChange> firstFailure;
        for (const QList<QVariant> &args : std::as_const(batches)) {
            const auto batch = args.at(0).value<FleetBatch>();
            for (const FleetChange &change : batch.changes) {
                if (change.kind == FleetChange::Kind::Failed && (!firstFailure || change.atMs < firstFailure->atMs))
                    firstFailure = change;
            }
            QCOMPARE(batch.counters.pullsFailedOther, 0); // no login failure: the registry took alice's
        }
        QVERIFY(firstFailure);
        QCOMPARE(firstFailure->agent, bucket->firstFailingAgent);
        const qint64 lateByMs = firstRefusedMs - *bucket->firstRateLimitedMs;
        qInfo("first 429: forecast %lld ms, live %lld ms (scenario time), late by %lld ms = %.1f real ms",
              *bucket->firstRateLimitedMs, firstRefusedMs, lateByMs, double(lateByMs) * msPerScenarioSecond / 1000.0);
        // Late by at most the runner's tick (50 real ms = 1.25 scenario s here) and the answer's way back.
        QVERIFY2(lateByMs >= 0 && lateByMs <= 3000, qPrintable(QString::number(lateByMs)));

        // The status bar: what the proxy's headers said, spent, against alice's quota.
        QToolButton *status = statusOf(desk);
        QVERIFY(status);
        QTRY_VERIFY2(status->text().contains(QStringLiteral("0/4")), qPrintable(status->text()));
        QVERIFY(status->text().contains(desk.account));
        QCOMPARE(status->property("quotaLevel").toInt(), int(QuotaStatus::Level::Spent));
        QCOMPARE(quotas->index(row, QuotaTableModel::CountedByColumn).data().toString(),
                 QStringLiteral("the registry, live"));

        // The chart: the same numbers, its first refused pull, and the forecast's beside it.
        status->click();
        auto *chart = desk.window->findChild<QuotaChart *>(QStringLiteral("quotaChart"));
        QVERIFY(chart);
        QTRY_VERIFY_WITH_TIMEOUT(chart->forecastRunsOutMs().has_value(), 20000);
        QCOMPARE(*chart->forecastRunsOutMs(), *bucket->firstRateLimitedMs);
        QVERIFY(chart->policy());
        QCOMPARE(chart->policy()->limit, 4);
        QCOMPARE(chart->usedPoints().constLast().y(), 4.0);
        QCOMPARE(chart->firstRefusedMs(), std::optional<qint64>(firstRefusedMs));
        QVERIFY2(chart->exhaustionText().contains(QStringLiteral("first refused pull (429)")),
                 qPrintable(chart->exhaustionText()));

        // The matrix followed the live pulls: 4 cells hold an image, 2 fail.
        AgentMatrixModel *matrix = desk.agents->matrixModel();
        QTRY_COMPARE(matrix->countHolding(0) + matrix->countHolding(1), 4);
        QCOMPARE(matrix->countInState(0, CellState::Failing) + matrix->countInState(1, CellState::Failing), 2);

        desk.agents->findChild<QCheckBox *>(QStringLiteral("liveSwitch"))->click();
        QVERIFY(!desk.fleet->isLive());
    }

    void theStatusBarShowsTheRegistrysNumbersNotTheModels()
    {
        // The profile thinks 100 an hour; the proxy allows 3. What the window shows is the proxy's.
        Desk desk;
        setUp(desk, 2, 2, 3, 100);
        if (!desk.ready)
            return;
        switchLiveOn(desk);
        QToolButton *status = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((status = statusOf(desk)) && status->text().contains(QStringLiteral("0/3")), 20000);
        QVERIFY(status->text().contains(QStringLiteral("spent")));
        auto *pane = desk.window->findChild<RegistriesPane *>(QStringLiteral("registriesPane"));
        const int row = pane->quotaModel()->rowOf(BucketKey{desk.host, true, desk.account});
        QVERIFY(row >= 0);
        QVERIFY(pane->quotaModel()->index(row, 0).data(QuotaTableModel::LiveRole).toBool());
        QCOMPARE(pane->quotaModel()->index(row, 0).data(QuotaTableModel::LimitRole).toLongLong(), 3);
        status->click();
        auto *chart = pane->findChild<QuotaChart *>(QStringLiteral("quotaChart"));
        QTRY_VERIFY(chart->policy() && chart->policy()->limit == 3);
        QCOMPARE(desk.proxy.countedPulls(user), 3);
    }

    void withoutTheStoredLoginLiveModeDoesNotStart()
    {
        // The image pulls as alice; a profile without her login would only collect 401s, so it says so instead.
        Desk desk;
        setUp(desk, 1, 1, 4, 4);
        if (!desk.ready)
            return;
        QSignalSpy reloaded(desk.window.get(), &MainWindow::profileLoginsReloaded);
        QVERIFY(awaitResult(store::removeRegistryLogin(desk.catalog->catalog(), desk.keychain, desk.host)));
        // What the registries pane does after removing a login: the window reads the logins again.
        Q_EMIT desk.window->findChild<RegistriesPane *>(QStringLiteral("registriesPane"))->loginsChanged();
        QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), 10000);
        QVERIFY(reloaded.last().at(0).toBool());
        QVERIFY(desk.window->profileLogins()->registries().isEmpty());
        auto *live = desk.agents->findChild<QCheckBox *>(QStringLiteral("liveSwitch"));
        live->click();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = desk.agents->findChild<QMessageBox *>(QStringLiteral("liveModeConfirmation"))));
        question->button(QMessageBox::Yes)->click();
        auto *message = desk.agents->findChild<QLabel *>(QStringLiteral("agentsMessage"));
        QTRY_VERIFY(!message->isHidden()); // shown in its pane (whose tab need not be the current one)
        QVERIFY2(message->text().contains(QStringLiteral("no login of \"alice\"")), qPrintable(message->text()));
        QVERIFY(!desk.fleet->isLive());
        QVERIFY(!live->isChecked());
        QCOMPARE(desk.proxy.manifestGets(), 0);
    }
};

QTEST_MAIN(TestLiveMode)
#include "tst_livemode.moc"
