// The simulated fleet at the GUI's scale: AGENTS agents x IMAGES images (default 10,000 x 500) stepping HOURS hours
// of the schedule against a real registry (Debian's docker-registry, started here), the way a ×3600 run does it
// an hour a second. Reports wall time per simulated hour, pulls, HEADs the registry answered, batches and their size.
// TAGS (default 1) spreads the images over that many tags of the repository: with 1 every image is the same
// reference, which the fleet asks about once per step; with IMAGES every image is asked about on its own.
// Usage: bench_fleet [AGENTS] [IMAGES] [HOURS] [TAGS]
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "SyncHttp.h"
#include "pull/FleetRunner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace steward;
using namespace steward::pull;
using namespace steward::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int agents = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int images = args.size() > 2 ? args.at(2).toInt() : 500;
    const int hours = args.size() > 3 ? args.at(3).toInt() : 2;
    const int tags = args.size() > 4 ? std::max(1, args.at(4).toInt()) : 1;
    QTextStream out(stdout);

    RegistryFixture registry;
    if (!registry.start()) {
        out << "no registry: " << registry.errorString() << Qt::endl;
        return 1;
    }
    SyncHttp http;
    for (int t = 1; t <= tags; ++t) {
        if (!seedImage(http, registry.baseUrl(), QStringLiteral("bench/app"), QString::number(t), "b\n").ok)
            return 1;
    }

    // The plan a deployment of that size maps to: every image a tag of the one seeded repository.
    auto plan = std::make_shared<FleetPlan>();
    plan->scenario.durationS = 3153600000LL;
    plan->scenario.registries = {RegistrySpec{registry.hostPort(), std::nullopt, std::nullopt}};
    for (int a = 0; a < agents; ++a) {
        plan->scenario.agents.append(AgentGroup{1, QStringLiteral("agent-%1").arg(a), QStringLiteral("z"),
                                                QStringLiteral("nat-%1").arg(a % 10), QStringLiteral("amd64"),
                                                10000000});
        plan->agentIds << QStringLiteral("agent-%1").arg(a);
        plan->held << QHash<QString, HeldImage>{};
    }
    for (int i = 0; i < images; ++i) {
        ImageGroup image;
        image.registry = registry.hostPort();
        image.uncompressedSizeMb = 1;
        plan->scenario.images.append(image);
        plan->imageIds << QStringLiteral("image-%1").arg(i);
        plan->references << registry.hostPort() + QStringLiteral("/bench/app:%1").arg(i % tags + 1);
    }

    QElapsedTimer timer;
    timer.start();
    FleetRunner runner;
    runner.configure(FleetRunOptions{});
    runner.setPlan(plan);
    const qint64 setupMs = timer.elapsed();
    qint64 pulls = 0;
    qint64 changes = 0;
    int batches = 0;
    QObject::connect(&runner, &FleetRunner::batch, &runner, [&](const FleetBatch &batch) {
        pulls += batch.counters.pullsAttempted;
        changes += batch.changes.size();
        ++batches;
    });
    int reached = 0;
    QObject::connect(&runner, &FleetRunner::reached, &runner, [&reached] { ++reached; });
    registry.clearLogs();
    for (int h = 0; h < hours; ++h) {
        timer.restart();
        const int before = reached;
        runner.step(3600 * 1000);
        while (reached == before)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        out << "hour " << h + 1 << ": " << timer.elapsed() << " ms wall" << Qt::endl;
    }
    qint64 heads = 0;
    for (const AccessLogEntry &entry : registry.accessLog())
        heads += entry.method == QLatin1String("HEAD") ? 1 : 0;
    out << agents << " agents x " << images << " images: plan set up in " << setupMs << " ms; " << pulls << " pulls, "
        << heads << " HEADs, " << batches << " batches, " << changes << " changes" << Qt::endl;
    return 0;
}
