// Simulation speed: the two fleets, the event-driven simulator against the naive one kept beside it.
// Usage: bench_pull week|day|week-unlimited|day-unlimited [--naive] [--runs N]
//   week: 7 virtual days, 1,000 agents x 100 Docker Hub images, 10 egress sources
//   day:  24 virtual hours, 10,000 agents x 500 Docker Hub images, 10 egress sources
//   *-unlimited: the same fleets against a registry without limits (a mirror), where every pull succeeds, so
//   every refresh of every image is real work for the state and the quota history.
// One scenario and implementation per process, so that /usr/bin/time -v reports its own peak RSS.
#include "NaiveSimulator.h"
#include "pull/Simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace steward::pull;

namespace {

Scenario fleet(qint64 durationS, int agents, int images, bool unlimited)
{
    Scenario s;
    s.durationS = durationS;
    s.seed = 2026;
    s.registries = {dockerHubDefaults(QStringLiteral("docker.io"))};
    if (unlimited)
        s.registries[0].anonymous.reset();
    for (int source = 0; source < 10; ++source) {
        AgentGroup group;
        group.count = agents / 10;
        group.source = QStringLiteral("nat-%1").arg(source);
        group.diskMb = 10000000;
        s.agents.append(group);
    }
    ImageGroup group;
    group.count = images;
    group.registry = QStringLiteral("docker.io");
    group.uncompressedSizeMb = 2000;
    s.images.append(group);
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream out(stdout);
    const bool naive = args.contains(QStringLiteral("--naive"));
    int runs = 5;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = args.at(i + 1).toInt();
    const QString which = args.size() > 1 ? args.at(1) : QStringLiteral("week");
    const bool unlimited = which.endsWith(QLatin1String("-unlimited"));
    const Scenario scenario = which.startsWith(QLatin1String("day")) ? fleet(24 * 3600, 10000, 500, unlimited)
                                                                     : fleet(7 * 24 * 3600, 1000, 100, unlimited);

    std::vector<double> seconds;
    Counters counters;
    qint64 events = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (naive) {
            const bench::NaiveResult r = bench::runNaive(scenario);
            counters = r.counters;
            events = r.engineEvents;
        } else {
            SimulationOptions options;
            options.eventLogCapacity = 1000;
            const SimulationResult r = Simulator::run(scenario, options);
            counters = r.counters;
            events = r.engineEvents;
        }
        seconds.push_back(double(timer.nsecsElapsed()) / 1e9);
        out << QStringLiteral("run %1: %2 s\n").arg(run + 1).arg(seconds.back(), 0, 'f', 3);
        out.flush();
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds[seconds.size() / 2];
    out << QStringLiteral("scenario=%1 implementation=%2 runs=%3 median_s=%4\n")
               .arg(which, naive ? QStringLiteral("naive") : QStringLiteral("event-driven"))
               .arg(runs)
               .arg(median, 0, 'f', 3);
    out << QStringLiteral("engine_events=%1 events_per_s=%2 pull_attempts=%3 attempts_per_s=%4\n")
               .arg(events)
               .arg(double(events) / median, 0, 'e', 3)
               .arg(counters.pullsAttempted)
               .arg(double(counters.pullsAttempted) / median, 0, 'e', 3);
    out << QStringLiteral("check_ins=%1 succeeded=%2 rate_limited=%3 failed_other=%4 first_rate_limited_ms=%5\n")
               .arg(counters.checkIns)
               .arg(counters.pullsSucceeded)
               .arg(counters.pullsRateLimited)
               .arg(counters.pullsFailedOther)
               .arg(counters.firstRateLimitedMs ? QString::number(*counters.firstRateLimitedMs)
                                                : QStringLiteral("null"));
    return 0;
}
