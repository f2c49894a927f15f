// stewardctl's pull commands: simulate and forecast a fleet's pulls from a scenario file.
#include "cli/CliText.h"
#include "cli/CommandLine.h"
#include "pull/Forecast.h"
#include "pull/Preflight.h"
#include "pull/Simulator.h"
#include "registry/RegistryClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace steward::cli {

using namespace steward::pull;

namespace {

QString secondsOrNull(const std::optional<qint64> &ms)
{
    return ms ? QString::number(double(*ms) / 1000.0, 'f', 3) : QStringLiteral("null");
}

QString limitText(const std::optional<RateLimitPolicy> &policy, qint64 windowS)
{
    if (!policy)
        return CliText::tr("unlimited (measured over %1 s)").arg(windowS);
    return CliText::tr("%1 per %2 s").arg(policy->limit).arg(policy->windowS);
}

QString bucketName(const BucketKey &key)
{
    return key.registry + QLatin1Char(' ') +
           (key.authenticated ? QStringLiteral("account ") : QStringLiteral("source ")) + key.who;
}

// The environment's limits (Budget::defaults), then --max-work and --max-memory-mb.
Result<Budget> budgetOf(const QCommandLineParser &parser)
{
    Budget budget = Budget::defaults();
    for (const auto &[name, limit, scale] : {std::tuple{"max-work", &budget.maxSteps, qint64(1)},
                                             std::tuple{"max-memory-mb", &budget.maxBytes, qint64(1024 * 1024)}}) {
        if (!parser.isSet(QLatin1String(name)))
            continue;
        bool ok = false;
        const qint64 value = parser.value(QLatin1String(name)).toLongLong(&ok);
        if (!ok || value <= 0 || value > std::numeric_limits<qint64>::max() / scale)
            return fail(ErrorCode::InvalidInput,
                        CliText::tr("--%1 takes a positive whole number").arg(QLatin1String(name)));
        *limit = value * scale;
    }
    return budget;
}

QList<QCommandLineOption> budgetOptions()
{
    return {{QStringLiteral("max-work"),
             CliText::tr("Refuse a scenario estimated to take more steps than N (default %1, or STEWARD_SIM_MAX_WORK).")
                 .arg(Budget::DefaultMaxSteps),
             QStringLiteral("N")},
            {QStringLiteral("max-memory-mb"),
             CliText::tr("Refuse a scenario estimated to need more memory than N MB (default %1, or "
                         "STEWARD_SIM_MAX_MEMORY_MB).")
                 .arg(Budget::DefaultMaxBytes / (qint64{1024} * 1024)),
             QStringLiteral("N")}};
}

int simulate(CommandContext &context)
{
    const Result<Scenario> scenario = loadScenario(context.positional().at(0));
    if (!scenario)
        return context.fail(scenario.error());
    const Result<Budget> budget = budgetOf(context.parser());
    if (!budget)
        return context.usage(budget.error().message);
    QElapsedTimer timer;
    timer.start();
    SimulationOptions options;
    options.eventLogCapacity = 0; // the CLI prints totals only
    options.seriesPoints = 1;
    options.budget = *budget;
    const Result<SimulationResult> run = Simulator::runChecked(*scenario, options);
    if (!run)
        return context.fail(run.error());
    const SimulationResult &result = *run;
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
    out << QLatin1Char('\n') << CliText::tr("Peak use of any window, per registry and source or account:")
        << QLatin1Char('\n');
    for (const BucketReport &bucket : result.buckets) {
        out << QStringLiteral("  ") << bucketName(bucket.key).leftJustified(36) << QLatin1Char(' ')
            << CliText::tr("peak %1, limit %2, %3 counted, %4 refused, first 429 at %5 s")
                   .arg(bucket.peakInWindow)
                   .arg(limitText(bucket.policy, bucket.windowS))
                   .arg(bucket.counted)
                   .arg(bucket.rateLimited)
                   .arg(secondsOrNull(bucket.firstRateLimitedMs))
            << QLatin1Char('\n');
    }
    out << QLatin1Char('\n')
        << CliText::tr("Simulated %1 s of %2 agents in %3 s (%4 wake-ups).")
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
    const Result<Budget> budget = budgetOf(context.parser());
    if (!budget)
        return context.usage(budget.error().message);
    const Result<Forecast> checked = checkedForecast(*scenario, *budget);
    if (!checked)
        return context.fail(checked.error());
    const Forecast &f = *checked;
    if (context.json()) {
        context.printJson(f.toJson());
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << CliText::tr("Demand per registry and source or account (nothing refused):") << QLatin1Char('\n');
    for (const BucketForecast &b : f.buckets) {
        out << QStringLiteral("  ") << bucketName(b.key).leftJustified(36) << QLatin1Char(' ')
            << CliText::tr("%1 agents, %2 pulls a wave, %3 in the busiest window against %4; first 429 at %5 s")
                   .arg(b.agents)
                   .arg(b.pullsPerWave)
                   .arg(b.peakInWindow)
                   .arg(limitText(b.policy, b.windowS), secondsOrNull(b.firstRateLimitedMs))
            << QLatin1Char('\n');
    }
    out << QLatin1Char('\n') << CliText::tr("first_rate_limited_s  %1").arg(secondsOrNull(f.firstRateLimitedMs))
        << QLatin1Char('\n') << QLatin1Char('\n') << CliText::tr("Advice:") << QLatin1Char('\n');
    for (const QString &advice : f.advice)
        out << QStringLiteral("  - ") << advice << QLatin1Char('\n');
    return ExitOk;
}

int preflightCommand(CommandContext &context)
{
    const QCommandLineParser &parser = context.parser();
    PreflightRequest request;
    request.reference = context.positional().at(0);
    if (parser.isSet(QStringLiteral("platform")))
        request.platform = parser.value(QStringLiteral("platform"));
    if (parser.isSet(QStringLiteral("disk-mb"))) {
        bool ok = false;
        request.diskMb = parser.value(QStringLiteral("disk-mb")).toLongLong(&ok);
        if (!ok || *request.diskMb < 0)
            return context.usage(CliText::tr("--disk-mb takes a number of megabytes"));
    }
    const bool withPassword = parser.isSet(QStringLiteral("password-stdin"));
    if (withPassword != parser.isSet(QStringLiteral("username")))
        return context.usage(CliText::tr("--username and --password-stdin go together"));

    registry::RegistryClient client;
    if (const Status tls = context.applyTlsOptions(client); !tls)
        return context.fail(tls.error());
    // Only the image's own login, as the agent uses it: no docker config, no keychain.
    if (withPassword) {
        const Result<ImageReference> reference = ImageReference::parse(request.reference.trimmed());
        if (reference) {
            const QString secret = CommandContext::readSecretFromStdin();
            auto credentials = std::make_shared<registry::StaticCredentialProvider>();
            credentials->set(reference->registry(), {parser.value(QStringLiteral("username")), secret});
            client.setCredentialProvider(credentials);
            request.withCredentials = true;
        }
    }
    const PreflightReport report = await(preflight(client, request));
    if (context.json()) {
        context.printJson(report.toJson());
    } else {
        QTextStream &out = context.out();
        out << CliText::tr("Preflight of %1 for %2:")
                   .arg(report.reference.isEmpty() ? request.reference : report.reference, request.platform)
            << QLatin1Char('\n');
        for (const PreflightStep &step : report.steps) {
            out << QStringLiteral("  ") << step.name.leftJustified(9)
                << verdictName(step.verdict).toUpper().leftJustified(8) << step.detail << QLatin1Char('\n');
        }
    }
    return report.ok() ? ExitOk : ExitFailure;
}

} // namespace

QList<Command> pullCommands()
{
    return {
        Command{.name = QStringLiteral("simulate"),
                .synopsis = QStringLiteral("SCENARIO.json [--max-work N] [--max-memory-mb N]"),
                .summary = CliText::tr("Simulate the agents' pulls against the registries' rate limits."),
                .options = budgetOptions(),
                .minArgs = 1,
                .maxArgs = 1,
                .run = simulate},
        Command{.name = QStringLiteral("forecast"),
                .synopsis = QStringLiteral("SCENARIO.json [--max-work N] [--max-memory-mb N]"),
                .summary = CliText::tr("Forecast when each quota runs out, without simulating, with advice."),
                .options = budgetOptions(),
                .minArgs = 1,
                .maxArgs = 1,
                .run = forecastCommand},
        Command{.name = QStringLiteral("preflight"),
                .synopsis = QStringLiteral("REF [--platform os/arch] [--username U --password-stdin] [--disk-mb N]"),
                .summary = CliText::tr("Check one image step by step as an agent would pull it."),
                .options = {{QStringLiteral("platform"), CliText::tr("The agents' platform (default linux/amd64)."),
                             QStringLiteral("OS/ARCH")},
                            {QStringLiteral("username"), CliText::tr("The image's registry username."),
                             QStringLiteral("U")},
                            {QStringLiteral("password-stdin"),
                             CliText::tr("Read the image's registry password or token from stdin.")},
                            {QStringLiteral("disk-mb"),
                             CliText::tr("The agent's free disk, to check the size against."), QStringLiteral("N")}},
                .minArgs = 1,
                .maxArgs = 1,
                .run = preflightCommand},
    };
}

} // namespace steward::cli
