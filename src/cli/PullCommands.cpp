// stewardctl's pull commands: simulate and forecast a fleet's pulls from a scenario file.
#include "cli/CommandLine.h"
#include "pull/Forecast.h"
#include "pull/Simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace steward::cli {

using namespace steward::pull;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("stewardctl", text);
}

QString secondsOrNull(const std::optional<qint64> &ms)
{
    return ms ? QString::number(double(*ms) / 1000.0, 'f', 3) : QStringLiteral("null");
}

QString limitText(const std::optional<RateLimitPolicy> &policy, qint64 windowS)
{
    if (!policy)
        return tr("unlimited (measured over %1 s)").arg(windowS);
    return tr("%1 per %2 s").arg(policy->limit).arg(policy->windowS);
}

QString bucketName(const BucketKey &key)
{
    return key.registry + QLatin1Char(' ') +
           (key.authenticated ? QStringLiteral("account ") : QStringLiteral("source ")) + key.who;
}

int simulate(CommandContext &context)
{
    const Result<Scenario> scenario = loadScenario(context.positional().at(0));
    if (!scenario)
        return context.fail(scenario.error());
    QElapsedTimer timer;
    timer.start();
    SimulationOptions options;
    options.eventLogCapacity = 0; // the CLI prints totals only
    options.seriesPoints = 1;
    const SimulationResult result = Simulator::run(*scenario, options);
    const double wallS = double(timer.nsecsElapsed()) / 1e9;
    if (context.json()) {
        QJsonObject json = result.toJson();
        json.insert(QStringLiteral("wall_s"), wallS);
        context.printJson(json);
        return ExitOk;
    }
    QTextStream &out = context.out();
    const Counters &c = result.counters;
    const auto line = [&out](const char *name, const QString &value) {
        out << QString::fromLatin1(name).leftJustified(22) << value << QLatin1Char('\n');
    };
    line("check_ins", QString::number(c.checkIns));
    line("pulls_attempted", QString::number(c.pullsAttempted));
    line("pulls_succeeded", QString::number(c.pullsSucceeded));
    line("pulls_rate_limited", QString::number(c.pullsRateLimited));
    line("pulls_failed_other", QString::number(c.pullsFailedOther));
    line("first_rate_limited_s", secondsOrNull(c.firstRateLimitedMs));
    out << QLatin1Char('\n') << tr("Peak use of any window, per registry and source or account:") << QLatin1Char('\n');
    for (const BucketReport &bucket : result.buckets) {
        out << QStringLiteral("  ") << bucketName(bucket.key).leftJustified(36) << QLatin1Char(' ')
            << tr("peak %1, limit %2, %3 counted, %4 refused, first 429 at %5 s")
                   .arg(bucket.peakInWindow)
                   .arg(limitText(bucket.policy, bucket.windowS))
                   .arg(bucket.counted)
                   .arg(bucket.rateLimited)
                   .arg(secondsOrNull(bucket.firstRateLimitedMs))
            << QLatin1Char('\n');
    }
    out << QLatin1Char('\n')
        << tr("Simulated %1 s of %2 agents in %3 s (%4 wake-ups).")
               .arg(scenario->durationS)
               .arg(scenario->agentCount())
               .arg(wallS, 0, 'f', 3)
               .arg(result.engineEvents)
        << QLatin1Char('\n');
    return ExitOk;
}

int forecastCommand(CommandContext &context)
{
    const Result<Scenario> scenario = loadScenario(context.positional().at(0));
    if (!scenario)
        return context.fail(scenario.error());
    const Forecast f = forecast(*scenario);
    if (context.json()) {
        context.printJson(f.toJson());
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << tr("Demand per registry and source or account (nothing refused):") << QLatin1Char('\n');
    for (const BucketForecast &b : f.buckets) {
        out << QStringLiteral("  ") << bucketName(b.key).leftJustified(36) << QLatin1Char(' ')
            << tr("%1 agents, %2 pulls a wave, %3 in the busiest window against %4; first 429 at %5 s")
                   .arg(b.agents)
                   .arg(b.pullsPerWave)
                   .arg(b.peakInWindow)
                   .arg(limitText(b.policy, b.windowS), secondsOrNull(b.firstRateLimitedMs))
            << QLatin1Char('\n');
    }
    out << QLatin1Char('\n') << tr("first_rate_limited_s  %1").arg(secondsOrNull(f.firstRateLimitedMs))
        << QLatin1Char('\n') << QLatin1Char('\n') << tr("Advice:") << QLatin1Char('\n');
    for (const QString &advice : f.advice)
        out << QStringLiteral("  - ") << advice << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

QList<Command> pullCommands()
{
    return {
        Command{QStringLiteral("simulate"),
                QStringLiteral("SCENARIO.json"),
                tr("Simulate the agents' pulls against the registries' rate limits."),
                {},
                1,
                1,
                simulate},
        Command{QStringLiteral("forecast"),
                QStringLiteral("SCENARIO.json"),
                tr("Forecast when each quota runs out, without simulating, with advice."),
                {},
                1,
                1,
                forecastCommand},
    };
}

} // namespace steward::cli
