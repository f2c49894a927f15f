#include "kasm/DemoDataSet.h"

#include <QUuid>

#include <algorithm>

namespace steward::kasm {

namespace {

QString stableId(const QString &kind, const QString &name)
{
    static const QUuid ns(QStringLiteral("{6f1c2b1e-4a57-4d0e-9a8a-2f1f4b7c9d31}"));
    return QUuid::createUuidV5(ns, kind + QLatin1Char(':') + name).toString(QUuid::Id128);
}

constexpr qint64 GiB = 1024LL * 1024 * 1024;

} // namespace

SimulatedState demoDataSet(const QString &registryHostPort)
{
    return demoDataSet(registryHostPort, QDateTime::currentDateTimeUtc());
}

SimulatedState demoDataSet(const QString &registryHostPort, const QDateTime &now)
{
    SimulatedState state;
    const QDateTime checkIn = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);

    const KasmZone east{stableId(QStringLiteral("zone"), QStringLiteral("east")), QStringLiteral("East (Frankfurt)"),
                        QStringLiteral("kasm-east.example")};
    const KasmZone west{stableId(QStringLiteral("zone"), QStringLiteral("west")), QStringLiteral("West (Dublin)"),
                        QStringLiteral("kasm-west.example")};
    state.zones = {east, west};

    auto group = [](const QString &name, int priority, bool system, const QString &description) {
        KasmGroup g;
        g.groupId = stableId(QStringLiteral("group"), name);
        g.name = name;
        g.priority = priority;
        g.isSystem = system;
        g.description = description;
        return g;
    };
    const KasmGroup allUsers = group(QStringLiteral("All Users"), 1000, true, QStringLiteral("Everyone"));
    const KasmGroup testers =
        group(QStringLiteral("Image Testers"), 50, false, QStringLiteral("Verify candidate images"));
    const KasmGroup engineering = group(QStringLiteral("Engineering"), 100, false, QStringLiteral("Developers"));
    state.groups = {allUsers, testers, engineering};

    const QString registry = QStringLiteral("http://") + registryHostPort;
    auto image = [&](const QString &repoTag, const QString &friendly, const QStringList &categories, double cores,
                     qint64 memory, qint64 sizeMb) {
        KasmImage i;
        i.name = registryHostPort + QLatin1Char('/') + repoTag;
        i.imageId = stableId(QStringLiteral("image"), friendly);
        i.friendlyName = friendly;
        i.description = QStringLiteral("Demo image from the local registry");
        i.categories = categories;
        i.cores = cores;
        i.memoryBytes = memory;
        i.dockerRegistry = registry;
        i.uncompressedSizeMb = sizeMb;
        return i;
    };
    const KasmImage chrome = image(QStringLiteral("kasm-demo/chrome:20261115-0400"), QStringLiteral("Chrome"),
                                   {QStringLiteral("Browsers")}, 2, 2768000000, 2170);
    const KasmImage chromeTest =
        image(QStringLiteral("kasm-demo/chrome:20261128-0400"), QStringLiteral("Chrome (candidate)"),
              {QStringLiteral("Browsers")}, 2, 2768000000, 2180);
    const KasmImage terminal = image(QStringLiteral("kasm-demo/terminal:1.1"), QStringLiteral("Terminal"),
                                     {QStringLiteral("Development")}, 1, 1536000000, 820);
    const KasmImage office = image(QStringLiteral("kasm-demo/office:20261110-0400"), QStringLiteral("Office"),
                                   {QStringLiteral("Productivity")}, 2, 4096000000, 3400);
    KasmImage terminalLatest = image(QStringLiteral("kasm-demo/terminal:latest"), QStringLiteral("Terminal (latest)"),
                                     {QStringLiteral("Development")}, 1, 1536000000, 820);
    terminalLatest.enabled = false;
    state.images = {chrome, chromeTest, terminal, office, terminalLatest};

    state.groupImageIds.insert(allUsers.groupId, {chrome.imageId, terminal.imageId, office.imageId});
    state.groupImageIds.insert(testers.groupId, {chromeTest.imageId});
    state.groupImageIds.insert(engineering.groupId, {terminal.imageId, terminalLatest.imageId});

    // Six agents per zone; each zone leaves the internet through one NAT address (documentation ranges).
    auto held = [&](const QString &repoTag) {
        AgentImage a;
        a.reference = registryHostPort + QLatin1Char('/') + repoTag;
        a.tags = {a.reference};
        return a;
    };
    for (int n = 0; n < 12; ++n) {
        const bool inEast = n < 6;
        KasmAgent agent;
        agent.hostname = QStringLiteral("agent-%1-%2")
                             .arg(inEast ? QStringLiteral("east") : QStringLiteral("west"))
                             .arg(n % 6 + 1, 2, 10, QLatin1Char('0'));
        agent.agentId = stableId(QStringLiteral("agent"), agent.hostname);
        agent.zoneId = inEast ? east.zoneId : west.zoneId;
        agent.egressSource = inEast ? QStringLiteral("203.0.113.10") : QStringLiteral("198.51.100.20");
        agent.architecture = (n % 6 == 5) ? QStringLiteral("arm64") : QStringLiteral("amd64");
        agent.lastReported = checkIn.addSecs(-(n * 2 % 30));
        agent.diskTotalBytes = 200 * GiB;
        agent.diskFreeBytes = (n == 4 ? 6 : 60 + n * 5) * GiB; // one agent nearly full
        agent.pruneMode = n == 7 ? PruneMode::Aggressive : (n == 11 ? PruneMode::Off : PruneMode::Normal);
        // amd64 agents hold the user-facing images, some still the previous Chrome build; nobody has the candidate.
        // Only terminal is multi-arch in the demo registry, so that is all the arm64 agents can hold.
        agent.inventory = {held(QStringLiteral("kasm-demo/terminal:1.1"))};
        if (agent.architecture == QLatin1String("amd64")) {
            agent.inventory << held(QStringLiteral("kasm-demo/chrome:20261115-0400"))
                            << held(QStringLiteral("kasm-demo/office:20261110-0400"));
            if (n % 3 == 0)
                agent.inventory << held(QStringLiteral("kasm-demo/chrome:20261101-0400"));
        }
        std::sort(agent.inventory.begin(), agent.inventory.end(),
                  [](const AgentImage &a, const AgentImage &b) { return a.reference < b.reference; });
        state.agents << agent;
    }
    return state;
}

} // namespace steward::kasm
