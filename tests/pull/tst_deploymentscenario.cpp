// The scenario the GUI builds from the deployment: agents grouped, images mapped to registries and accounts.
#include "pull/DeploymentScenario.h"
#include "pull/Simulator.h"

#include <QTest>

using namespace steward;
using namespace steward::pull;

namespace {

KasmAgent agent(const QString &host, const QString &zone, const QString &source, qint64 freeGb)
{
    KasmAgent a;
    a.agentId = host;
    a.hostname = host;
    a.zoneId = zone;
    a.egressSource = source;
    a.architecture = QStringLiteral("amd64");
    a.diskFreeBytes = freeGb * 1000 * 1000 * 1000;
    return a;
}

KasmImage image(const QString &name, const QString &registry, const QString &user = {})
{
    KasmImage i;
    i.imageId = name;
    i.name = name;
    i.friendlyName = name.section(QLatin1Char('/'), -1);
    i.dockerRegistry = registry;
    i.dockerUser = user;
    i.uncompressedSizeMb = 2000;
    return i;
}

} // namespace

class TestDeploymentScenario final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDeploymentBecomesAScenario()
    {
        kasm::DeploymentSnapshot snapshot;
        snapshot.agents = {agent(QStringLiteral("a1"), QStringLiteral("east"), QStringLiteral("nat-1"), 100),
                           agent(QStringLiteral("a2"), QStringLiteral("east"), QStringLiteral("nat-1"), 100),
                           agent(QStringLiteral("w1"), QStringLiteral("west"), QStringLiteral("nat-2"), 100)};
        KasmAgent off = agent(QStringLiteral("off"), QStringLiteral("east"), QStringLiteral("nat-1"), 100);
        off.enabled = false;
        snapshot.agents.append(off);
        const QString hub = QStringLiteral("https://index.docker.io/v1/");
        KasmImage zoned = image(QStringLiteral("registry.example:5000/team/app:1"), QStringLiteral("https://x"),
                                QStringLiteral("ci"));
        zoned.restrictToZone = true;
        zoned.zoneId = QStringLiteral("west");
        KasmImage server = image(QStringLiteral("kasmweb/server:1"), hub);
        server.imageType = QStringLiteral("Server");
        snapshot.images = {image(QStringLiteral("kasmweb/chrome:1.16.0"), hub), zoned,
                           image(QStringLiteral("kasmweb/firefox:1.16.0"), QString()), server};

        const DeploymentScenario mapped = scenarioFromDeployment(snapshot);
        const Scenario &s = mapped.scenario;
        QVERIFY(validateScenario(s).has_value());
        QCOMPARE(s.agents.size(), 2); // a1 and a2 together, w1 alone; the disabled agent left out
        QCOMPARE(s.agents.at(0).count, 2);
        QCOMPARE(s.agents.at(0).diskMb, 100000);
        QCOMPARE(s.agents.at(1).name, QStringLiteral("w1"));
        QCOMPARE(s.images.size(), 3); // the server image is not pulled by agents
        QCOMPARE(s.images.at(0).registry, std::optional<QString>(QStringLiteral("docker.io")));
        QVERIFY(!s.images.at(0).account);
        QCOMPARE(s.images.at(1).account, std::optional<QString>(QStringLiteral("ci@registry.example:5000")));
        QCOMPARE(s.images.at(1).zone, std::optional<QString>(QStringLiteral("west")));
        QVERIFY(!s.images.at(2).registry); // no docker_registry: never pulled
        QCOMPARE(s.registry(QStringLiteral("docker.io"))->anonymous, (RateLimitPolicy{100, 21600}));
        QVERIFY(!s.registry(QStringLiteral("registry.example:5000"))->anonymous);

        // Three agents pull chrome from Docker Hub, one of them the zoned image too.
        const SimulationResult r = Simulator::run(s);
        QCOMPARE(r.images.at(0).presentAgents, 3);
        QCOMPARE(r.images.at(1).presentAgents, 1);
        QCOMPARE(r.images.at(2).eligibleAgents, 0);
    }

    void unknownSourcesAreSaidToBeAssumed()
    {
        kasm::DeploymentSnapshot snapshot;
        snapshot.agents = {agent(QStringLiteral("a1"), QStringLiteral("east"), QString(), 10)};
        const DeploymentScenario mapped = scenarioFromDeployment(snapshot);
        QCOMPARE(mapped.scenario.agents.at(0).source, QStringLiteral("default"));
        QVERIFY(mapped.notes.join(QLatin1Char(' ')).contains(QLatin1String("assumed behind one address")));
    }
};

QTEST_APPLESS_MAIN(TestDeploymentScenario)
#include "tst_deploymentscenario.moc"
