// stewardctl's pull commands: simulate and forecast a fleet's pulls from a scenario file.
#include "cli/CliText.h"
#include "cli/CommandLine.h"
#include "kasm/SimulatedDeployment.h"
#include "pull/Forecast.h"
#include "pull/Preflight.h"
#include "pull/PullEngine.h"
#include "pull/SimulatedFleet.h"
#include "pull/Simulator.h"
#include "registry/RegistryClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QMap>

#include <cmath>

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

void printLine(QTextStream &out, const char *name, const QString &value)
{
    out << QString::fromLatin1(name).leftJustified(22) << value << QLatin1Char('\n');
}

// The counters every pull run prints, under the same names, so that a simulation and a live run can be compared.
void printCounters(QTextStream &out, const Counters &c)
{
    printLine(out, "check_ins", QString::number(c.checkIns));
    printLine(out, "pulls_attempted", QString::number(c.pullsAttempted));
    printLine(out, "pulls_succeeded", QString::number(c.pullsSucceeded));
    printLine(out, "pulls_rate_limited", QString::number(c.pullsRateLimited));
    printLine(out, "pulls_failed_other", QString::number(c.pullsFailedOther));
    printLine(out, "first_rate_limited_s", secondsOrNull(c.firstRateLimitedMs));
}

QJsonObject countersJson(const Counters &c)
{
    return {{QStringLiteral("check_ins"), c.checkIns},
            {QStringLiteral("pulls_attempted"), c.pullsAttempted},
            {QStringLiteral("pulls_succeeded"), c.pullsSucceeded},
            {QStringLiteral("pulls_rate_limited"), c.pullsRateLimited},
            {QStringLiteral("pulls_failed_other"), c.pullsFailedOther},
            {QStringLiteral("first_rate_limited_s"),
             c.firstRateLimitedMs ? QJsonValue(double(*c.firstRateLimitedMs) / 1000.0) : QJsonValue()}};
}

// A positive number option, or nullopt when it is not set; an error names the option.
Result<std::optional<double>> positiveOption(const QCommandLineParser &parser, const QString &name, bool allowZero)
{
    if (!parser.isSet(name))
        return std::optional<double>();
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0 || (!allowZero && value == 0) || value > 1e15)
        return fail(ErrorCode::InvalidInput, CliText::tr("--%1 takes a positive number").arg(name));
    return std::optional<double>(value);
}

// --ca-file for every registry, --insecure-registry for the hosts it names: what the registry commands apply.
std::pair<registry::RegistryOptions, QHash<QString, registry::RegistryOptions>>
registryOptionsOf(const CommandContext &context)
{
    registry::RegistryOptions defaults;
    defaults.caFile = context.caFile();
    QHash<QString, registry::RegistryOptions> perHost;
    for (const QString &host : context.insecureRegistries()) {
        registry::RegistryOptions insecure = defaults;
        insecure.insecure = true;
        perHost.insert(host, insecure);
    }
    return {defaults, perHost};
}

// Runs the event loop until `done` says so or `timeoutMs` passes; false on the timeout.
bool runUntil(const std::function<bool()> &done, qint64 timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

// The environment's limits (Budget::defaults), then --max-work and --max-memory-mb.
Result<Budget> budgetOf(const QCommandLineParser &parser)
{
    Budget budget = Budget::defaults();
    budget.workInput = CliText::tr("--max-work or STEWARD_SIM_MAX_WORK");
    budget.memoryInput = CliText::tr("--max-memory-mb or STEWARD_SIM_MAX_MEMORY_MB");
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

QList<QCommandLineOption> liveOptions()
{
    return {{QStringLiteral("live"),
             CliText::tr("Run the schedule on the wall clock, every pull a real request with the image's login "
                         "(images[].reference names what each group pulls).")},
            {QStringLiteral("ms-per-second"),
             CliText::tr("Live: real milliseconds per scenario second (default 1000, the real schedule)."),
             QStringLiteral("N")},
            {QStringLiteral("blob-budget"),
             CliText::tr("Live: blob bytes the run may download (default 0: manifests only)."),
             QStringLiteral("BYTES")}};
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

int simulateLive(CommandContext &context, const Scenario &scenario);

int simulate(CommandContext &context)
{
    const Result<Scenario> scenario = loadScenario(context.positional().at(0));
    if (!scenario)
        return context.fail(scenario.error());
    if (context.parser().isSet(QStringLiteral("live")))
        return simulateLive(context, *scenario);
    for (const char *liveOnly : {"ms-per-second", "blob-budget"}) {
        if (context.parser().isSet(QLatin1String(liveOnly)))
            return context.usage(CliText::tr("--%1 goes with --live").arg(QLatin1String(liveOnly)));
    }
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
    printCounters(out, result.counters);
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

// The image's own login for each account the scenario's images pull with: the profile's (or docker's) login for the
// reference's registry, when it is that account's.
Result<QHash<QString, registry::Credential>> liveLogins(CommandContext &context, const Scenario &scenario,
                                                        const QHash<int, QString> &references)
{
    QHash<QString, registry::Credential> logins;
    QStringList hosts;
    for (auto it = references.cbegin(); it != references.cend(); ++it) {
        if (scenario.images.at(it.key()).account)
            hosts << ImageReference::parse(it.value())->registry();
    }
    if (hosts.isEmpty())
        return logins;
    hosts.removeDuplicates();
    const Result<std::shared_ptr<registry::StaticCredentialProvider>> provider = registryLogins(context, hosts);
    if (!provider)
        return fail(provider.error());
    for (auto it = references.cbegin(); it != references.cend(); ++it) {
        const std::optional<QString> &account = scenario.images.at(it.key()).account;
        if (!account)
            continue;
        const QString host = ImageReference::parse(it.value())->registry();
        const std::optional<registry::Credential> login = (*provider)->credentialFor(host);
        if (!login || login->username != *account)
            return fail(ErrorCode::InvalidInput,
                        CliText::tr("images[%1] pulls as \"%2\" from %3, but no login of \"%2\" for %3 is stored; "
                                    "store it with: stewardctl login %3 --username %2 --password-stdin")
                            .arg(it.key())
                            .arg(*account, host));
        logins.insert(*account, *login);
    }
    return logins;
}

// The scenario's schedule on the wall clock, every pull a real request with the image's login (LiveRunner on the
// pull engine's thread); prints the counters `simulate` prints.
int simulateLive(CommandContext &context, const Scenario &scenario)
{
    const QCommandLineParser &parser = context.parser();
    const Result<std::optional<double>> msPerSecond = positiveOption(parser, QStringLiteral("ms-per-second"), false);
    if (!msPerSecond)
        return context.usage(msPerSecond.error().message);
    const Result<std::optional<double>> budget = positiveOption(parser, QStringLiteral("blob-budget"), true);
    if (!budget)
        return context.usage(budget.error().message);
    if (const Status valid = validateScenario(scenario); !valid)
        return context.fail(valid.error());
    const Result<QHash<int, QString>> references = liveReferences(scenario);
    if (!references)
        return context.fail(references.error());
    const Result<QHash<QString, registry::Credential>> logins = liveLogins(context, scenario, *references);
    if (!logins)
        return context.fail(logins.error());
    LiveOptions options;
    options.references = *references;
    options.logins = *logins;
    options.realMsPerScenarioSecond = msPerSecond->value_or(1000.0);
    options.blobBudgetBytes = qint64(budget->value_or(0));
    std::tie(options.registryOptions, options.registries) = registryOptionsOf(context);
    if (const Status ca = registry::RegistryClient::checkCaFile(options.registryOptions.caFile); !ca)
        return context.fail(ca.error());

    PullEngineThread engine;
    std::optional<LiveResult> result;
    std::optional<Error> error;
    QObject receiver;
    QObject::connect(engine.engine(), &PullEngine::liveFinished, &receiver,
                     [&result](quint64, const LiveResult &finished) { result = finished; });
    QObject::connect(engine.engine(), &PullEngine::failed, &receiver,
                     [&error](quint64, const Error &failed) { error = failed; });
    QElapsedTimer timer;
    timer.start();
    engine.startLive(scenario, options);
    const double expectedMs = double(scenario.durationS) * options.realMsPerScenarioSecond;
    if (!runUntil([&] { return result || error; }, qint64(expectedMs) + 120000)) {
        engine.cancel();
        return context.fail(
            Error{ErrorCode::Timeout, CliText::tr("The live run did not finish within two minutes of its schedule; the "
                                                  "registry may be slow to answer.")});
    }
    if (error)
        return context.fail(*error);
    const double wallS = double(timer.nsecsElapsed()) / 1e9;
    const LiveResult &live = *result; // NOLINT(bugprone-unchecked-optional-access): runUntil ended on it or on error
    if (context.json()) {
        QJsonObject json = countersJson(live.counters);
        json.insert(QStringLiteral("requests_sent"), live.requestsSent);
        json.insert(QStringLiteral("held_back"), live.heldBack);
        json.insert(QStringLiteral("blobs_fetched"), live.blobsFetched);
        json.insert(QStringLiteral("blob_bytes"), live.blobBytes);
        json.insert(QStringLiteral("failures"), QJsonArray::fromStringList(live.messages));
        json.insert(QStringLiteral("wall_s"), wallS);
        context.printJson(json);
        return ExitOk;
    }
    QTextStream &out = context.out();
    printCounters(out, live.counters);
    printLine(out, "requests_sent", QString::number(live.requestsSent));
    printLine(out, "held_back", QString::number(live.heldBack));
    printLine(out, "blobs_fetched", QString::number(live.blobsFetched));
    printLine(out, "blob_bytes", QString::number(live.blobBytes));
    for (const QString &message : live.messages)
        out << CliText::tr("failure: %1").arg(message) << QLatin1Char('\n');
    out << QLatin1Char('\n')
        << CliText::tr("Ran %1 s of schedule live for %2 agents in %3 s.")
               .arg(scenario.durationS)
               .arg(scenario.agentCount())
               .arg(wallS, 0, 'f', 3)
        << QLatin1Char('\n');
    return ExitOk;
}

// The logins of the accounts ("user@host") the fleet's images pull with, where the profile (or docker) has one of
// that user; images without one fail their pulls with a reason that says so.
QHash<QString, registry::Credential> fleetLogins(CommandContext &context, const FleetPlan &plan)
{
    QHash<QString, registry::Credential> logins;
    QStringList accounts;
    for (const ImageGroup &image : plan.scenario.images) {
        if (image.account)
            accounts << *image.account;
    }
    if (accounts.isEmpty())
        return logins;
    QStringList hosts;
    for (const QString &account : std::as_const(accounts))
        hosts << account.section(QLatin1Char('@'), -1);
    hosts.removeDuplicates();
    const Result<std::shared_ptr<registry::StaticCredentialProvider>> provider = registryLogins(context, hosts);
    if (!provider)
        return logins;
    for (const QString &account : std::as_const(accounts)) {
        const std::optional<registry::Credential> login =
            (*provider)->credentialFor(account.section(QLatin1Char('@'), -1));
        if (login && login->username == account.section(QLatin1Char('@'), 0, -2))
            logins.insert(account, *login);
    }
    return logins;
}

void printFleetTotals(CommandContext &context, const FleetTotals &totals, const QList<KasmAgent> &agents)
{
    QTextStream &out = context.out();
    printLine(out, "simulated_s", QString::number(double(totals.simulatedMs) / 1000.0, 'f', 3));
    printCounters(out, totals.counters);
    out << QLatin1Char('\n')
        << CliText::tr("Inventory changes: %1 arrived, %2 moved to a new digest, %3 started failing, %4 recovered.")
               .arg(totals.arrived)
               .arg(totals.moved)
               .arg(totals.failedChanges)
               .arg(totals.recovered)
        << QLatin1Char('\n') << QLatin1Char('\n');
    QList<QStringList> rows{{CliText::tr("IMAGE"), CliText::tr("ELIGIBLE"), CliText::tr("HOLDING"),
                             CliText::tr("FAILING"), CliText::tr("PULLS"), CliText::tr("OK"),
                             CliText::tr("RATE-LIMITED"), CliText::tr("FAILED")}};
    for (int i = 0; i < totals.images.size(); ++i) {
        const FleetImageTally &t = totals.images.at(i);
        rows << QStringList{totals.plan ? totals.plan->references.value(i) : QString::number(i),
                            QString::number(t.eligibleAgents),
                            QString::number(t.presentAgents),
                            QString::number(t.failingAgents),
                            QString::number(t.attempted),
                            QString::number(t.succeeded),
                            QString::number(t.rateLimited),
                            QString::number(t.failed)};
    }
    context.printTable(rows);
    out << QLatin1Char('\n') << CliText::tr("Pulls per registry and source or account:") << QLatin1Char('\n');
    for (const FleetBucketTally &bucket : totals.buckets) {
        out << QStringLiteral("  ") << bucketName(bucket.key).leftJustified(36) << QLatin1Char(' ')
            << CliText::tr("%1 counted, %2 refused, %3 in the window now, limit %4")
                   .arg(bucket.counted)
                   .arg(bucket.rateLimited)
                   .arg(bucket.usedInWindow)
                   .arg(limitText(bucket.policy, bucket.policy ? bucket.policy->windowS : 0))
            << QLatin1Char('\n');
    }
    QMap<QString, int> reasons; // why agents fail now, and how many agents for each image
    for (const KasmAgent &agent : agents) {
        for (const AgentPullFailure &failure : agent.pullFailures)
            ++reasons[failure.reason];
    }
    if (!reasons.isEmpty())
        out << QLatin1Char('\n') << CliText::tr("Failing now (agents, reason):") << QLatin1Char('\n');
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        out << QStringLiteral("  ") << QString::number(it.value()).rightJustified(5) << QStringLiteral("  ") << it.key()
            << QLatin1Char('\n');
}

// The profile's simulated deployment with its agents pulling for --for seconds at --speed; the inventories they end
// with are saved in the profile.
int fleetRun(CommandContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const Result<std::optional<double>> speed = positiveOption(parser, QStringLiteral("speed"), false);
    if (!speed)
        return context.usage(speed.error().message);
    const Result<std::optional<double>> seconds = positiveOption(parser, QStringLiteral("for"), false);
    const std::optional<double> forSeconds = seconds ? *seconds : std::nullopt;
    if (!forSeconds)
        return context.usage(CliText::tr("fleet run needs --for SECONDS, a positive number"));
    const double factor = speed->value_or(1.0);
    if (factor > 1e6)
        return context.usage(CliText::tr("--speed is at most 1000000"));
    const Result<std::shared_ptr<kasm::Deployment>> opened = openCommandDeployment(context);
    if (!opened)
        return context.fail(opened.error());
    const auto simulated = std::dynamic_pointer_cast<kasm::SimulatedDeployment>(*opened);
    if (!simulated)
        return context.fail(Error{ErrorCode::Unsupported,
                                  CliText::tr("The profile is connected to a Kasm server, whose agents pull by "
                                              "themselves; the simulated fleet runs the simulated deployment only "
                                              "(stewardctl kasm disconnect goes back to it).")});
    if (const Result<kasm::DeploymentDiff> read = await(simulated->refresh()); !read)
        return context.fail(read.error());

    SimulatedFleetOptions options;
    options.run.speed = factor;
    std::tie(options.run.registryOptions, options.run.registries) = registryOptionsOf(context);
    options.run.logins = fleetLogins(context, *fleetPlan(simulated->snapshot(), options.deployment));
    SimulatedFleet fleet(simulated, options);
    bool reached = false;
    QObject::connect(&fleet, &SimulatedFleet::reached, &fleet, [&reached] { reached = true; });
    std::optional<Error> persistError;
    QObject::connect(&fleet, &SimulatedFleet::persistFailed, &fleet,
                     [&persistError](const Error &error) { persistError = error; });
    const double wallMs = *forSeconds * 1000.0;
    fleet.start();
    fleet.runFor(qint64(wallMs * factor));
    if (!runUntil([&reached] { return reached; }, qint64(wallMs) + 120000)) {
        fleet.pause();
        return context.fail(Error{ErrorCode::Timeout,
                                  CliText::tr("The fleet did not reach the end of its run within two minutes of the "
                                              "time asked for; the registry may be slow to answer.")});
    }
    if (const Status written = await(fleet.flush()); !written)
        return context.fail(written.error());
    if (persistError)
        return context.fail(*persistError);
    const Result<QList<KasmAgent>> agents = await(simulated->listAgents());
    if (!agents)
        return context.fail(agents.error());
    if (context.json()) {
        QJsonObject json = fleet.totals().toJson();
        QJsonArray failing;
        for (const KasmAgent &agent : *agents) {
            for (const AgentPullFailure &failure : agent.pullFailures)
                failing << QJsonObject{{QStringLiteral("agent"), agent.hostname},
                                       {QStringLiteral("reference"), failure.reference},
                                       {QStringLiteral("reason"), failure.reason}};
        }
        json.insert(QStringLiteral("failing"), failing);
        context.printJson(json);
        return ExitOk;
    }
    printFleetTotals(context, fleet.totals(), *agents);
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
                .synopsis = QStringLiteral("SCENARIO.json [--max-work N] [--max-memory-mb N] "
                                           "[--live [--ms-per-second N] [--blob-budget BYTES]]"),
                .summary = CliText::tr("Simulate the agents' pulls against the registries' rate limits."),
                .options = budgetOptions() + liveOptions(),
                .minArgs = 1,
                .maxArgs = 1,
                .run = simulate},
        Command{.name = QStringLiteral("fleet run"),
                .synopsis = QStringLiteral("--for SECONDS [--speed N]"),
                .summary = CliText::tr("Run the simulated deployment's agents: they pull from the real registries "
                                       "and their inventories are saved."),
                .options = {{QStringLiteral("for"), CliText::tr("How long to run, in seconds of wall time."),
                             QStringLiteral("SECONDS")},
                            {QStringLiteral("speed"),
                             CliText::tr("Simulated seconds per second: 1 is real time, 3600 an hour a second."),
                             QStringLiteral("N")},
                            demoRegistryCommandOption()},
                .minArgs = 0,
                .maxArgs = 0,
                .run = fleetRun},
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

std::unique_ptr<SimulatedFleet>
startCommandFleet(CommandContext &context, const std::shared_ptr<kasm::SimulatedDeployment> &deployment, double speed)
{
    SimulatedFleetOptions options;
    options.run.speed = speed;
    options.refreshAfterWrite = true;
    std::tie(options.run.registryOptions, options.run.registries) = registryOptionsOf(context);
    if (const auto plan = fleetPlan(deployment->snapshot(), options.deployment))
        options.run.logins = fleetLogins(context, *plan);
    auto fleet = std::make_unique<SimulatedFleet>(deployment, options);
    fleet->start();
    return fleet;
}

} // namespace steward::cli
