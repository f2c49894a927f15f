// The Test and Deploy verbs: send-to-test, verify, deploy, rollback, history, plans, resume, abandon. Each makes
// its plan through src/workflow, prints it, and runs it through the journal; nothing here decides anything.

#include "cli/CliText.h"
#include "cli/CommandLine.h"
#include "core/Clock.h"
#include "kasm/Deployment.h"
#include "kasm/SimulatedDeployment.h"
#include "pull/SimulatedFleet.h"
#include "registry/RegistryClient.h"
#include "store/CatalogWorker.h"
#include "workflow/AgentWait.h"
#include "workflow/ManageImage.h"
#include "workflow/PlanRunner.h"
#include "workflow/PlanTestHook.h"
#include "workflow/Promote.h"
#include "workflow/StepWords.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <csignal>
#include <optional>

namespace steward::cli {

namespace {

// What every promotion verb works on: the deployment, the catalog and a registry client that knows the logins of
// every managed repository's registry.
struct Desk
{
    std::shared_ptr<kasm::Deployment> deployment;
    std::shared_ptr<store::CatalogWorker> catalog;
    std::shared_ptr<registry::RegistryClient> registry;
    QList<store::ManagedImage> managed; // as read when the desk was opened: the test groups' names they were given

    workflow::PlanServices services() const { return {deployment, registry, catalog, QCoreApplication::instance()}; }
};

Result<Desk> openDesk(CommandContext &context)
{
    Desk desk;
    Result<std::shared_ptr<store::CatalogWorker>> catalog = openCatalogWorker(context);
    if (!catalog)
        return fail(catalog.error());
    desk.catalog = *catalog;
    const Result<QList<store::ManagedImage>> managed = await(workflow::managedImages(desk.catalog));
    if (!managed)
        return fail(managed.error());
    desk.managed = *managed;
    QStringList registries;
    for (const store::ManagedImage &image : *managed) {
        if (Result<ImageReference> ref = ImageReference::parse(image.repository);
            ref && !registries.contains(ref->registry()))
            registries << ref->registry();
    }
    Result<std::shared_ptr<registry::RegistryClient>> client = openRegistryClientFor(context, registries);
    if (!client)
        return fail(client.error());
    desk.registry = *client;
    Result<std::shared_ptr<kasm::Deployment>> deployment = openCommandDeployment(context);
    if (!deployment)
        return fail(deployment.error());
    desk.deployment = *deployment;
    return desk;
}

// Reads the deployment whole, once, so that the steps and history a verb prints name its images and groups as the
// window does.
// The journal's ids are enough to run a plan: a failed read is a warning, and the steps then say which ids they could
// not name.
void readDeploymentNames(CommandContext &context, const Desk &desk)
{
    const Result<kasm::DeploymentDiff> read = await(desk.deployment->refresh());
    if (!read)
        context.err() << CliText::tr("stewardctl: warning: images and groups show as ids, not names: %1")
                             .arg(read.error().message)
                      << Qt::endl;
}

// What the ids in `promotion`'s steps are called: in the deployment as last read, else as the plan and its managed
// image recorded them.
workflow::StepNames stepNames(const Desk &desk, const store::Promotion &promotion)
{
    const QString imageId = promotion.plan.value(QStringLiteral("image_id")).toString();
    std::optional<store::ManagedImage> managed;
    for (const store::ManagedImage &image : desk.managed) {
        if (image.imageId == imageId)
            managed = image;
    }
    return workflow::StepNames::of(promotion, desk.deployment->snapshot(), managed);
}

QJsonObject stepJson(const store::PromotionStep &step, const workflow::StepNames &names)
{
    return {{QStringLiteral("seq"), step.seq},
            {QStringLiteral("action"), step.action},
            {QStringLiteral("description"), workflow::describeStep(step, names)},
            {QStringLiteral("params"), step.params},
            {QStringLiteral("state"), step.state},
            {QStringLiteral("result"), step.result}};
}

QJsonObject promotionJson(const store::Promotion &promotion, const workflow::StepNames &names)
{
    QJsonArray steps;
    for (const store::PromotionStep &step : promotion.steps)
        steps.append(stepJson(step, names));
    return {{QStringLiteral("promotion_id"), promotion.promotionId},
            {QStringLiteral("kind"), promotion.kind},
            {QStringLiteral("state"), promotion.state},
            {QStringLiteral("actor"), promotion.actor},
            {QStringLiteral("plan"), promotion.plan},
            {QStringLiteral("steps"), steps}};
}

QJsonObject planJson(const workflow::PlannedPromotion &plan, const store::Promotion &ran,
                     const workflow::StepNames &names)
{
    QJsonObject o = promotionJson(ran, names);
    o.insert(QStringLiteral("image_id"), plan.image.imageId);
    o.insert(QStringLiteral("digest"), plan.digest);
    o.insert(QStringLiteral("tag"), plan.tag);
    o.insert(QStringLiteral("previous_digest"), plan.previousDigest);
    o.insert(QStringLiteral("readiness"), QJsonObject{{QStringLiteral("eligible"), plan.readiness.eligible},
                                                      {QStringLiteral("holding"), plan.readiness.holding}});
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(plan.notes));
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings));
    return o;
}

void printPlan(CommandContext &context, const workflow::PlannedPromotion &plan, const workflow::StepNames &names)
{
    context.out() << CliText::tr("Plan %1 for \"%2\": %3 %4")
                         .arg(plan.promotion.kind, plan.image.displayName(), plan.tag,
                              workflow::abbreviatedDigest(plan.digest))
                  << Qt::endl;
    for (const store::PromotionStep &step : plan.promotion.steps)
        context.out() << QStringLiteral("  %1. ").arg(step.seq) << workflow::describeStep(step, names) << Qt::endl;
    context.out()
        << CliText::tr("  readiness: %1 of %2 agents hold it").arg(plan.readiness.holding).arg(plan.readiness.eligible)
        << Qt::endl;
    for (const QString &note : plan.notes)
        context.out() << QStringLiteral("  ") << note << Qt::endl;
    for (const QString &warning : plan.warnings)
        context.err() << CliText::tr("stewardctl: warning: ") << warning << Qt::endl;
}

// STEWARDCTL_KILL_AT="<state>:<seq>" kills the process with SIGKILL right after the journal recorded that step
// state, and "effect:<seq>" right after the step's change went through but before its record: how the tests put a
// real crash at every step boundary. Nothing else reads it.
void killIfAsked(const store::PromotionStep &step, const QString &state)
{
    static const QByteArray at = qgetenv("STEWARDCTL_KILL_AT");
    if (!at.isEmpty() && at == QStringLiteral("%1:%2").arg(state).arg(step.seq).toUtf8())
        ::raise(SIGKILL);
}

void killIfAsked(const store::PromotionStep &step)
{
    killIfAsked(step, step.state);
}

workflow::StepProgress printProgress(CommandContext &context, const Desk &desk)
{
    if (qEnvironmentVariableIsSet("STEWARDCTL_KILL_AT"))
        workflow::setStepEffectHook(
            [](const store::PromotionStep &step) { killIfAsked(step, QStringLiteral("effect")); });
    return [&context, &desk](const store::Promotion &promotion, const store::PromotionStep &step) {
        if (!context.json())
            context.out() << QStringLiteral("  [%1] ").arg(step.state)
                          << workflow::describeStep(step, stepNames(desk, promotion)) << Qt::endl;
        killIfAsked(step);
    };
}

// Runs a plan that was made and printed; --plan-only stops before anything changes. With --json the plan and its
// steps are printed, or, when `json` is given, left there for the caller to add to and print.
int runPlanned(CommandContext &context, const Desk &desk, const Result<workflow::PlannedPromotion> &plan,
               QJsonObject *json = nullptr)
{
    if (!plan)
        return context.fail(plan.error());
    readDeploymentNames(context, desk);
    if (!context.json())
        printPlan(context, *plan, stepNames(desk, plan->promotion));
    const bool planOnly = context.parser().isSet(QStringLiteral("plan-only"));
    std::optional<store::Promotion> ran;
    if (!planOnly) {
        Result<store::Promotion> result =
            await(workflow::runPlan(desk.services(), plan->promotion, printProgress(context, desk)));
        if (!result)
            return context.fail(result.error());
        ran = std::move(*result);
    }
    const store::Promotion &shown = ran ? *ran : plan->promotion;
    if (context.json() && json)
        *json = planJson(*plan, shown, stepNames(desk, shown));
    else if (context.json())
        context.printJson(planJson(*plan, shown, stepNames(desk, shown)));
    else if (ran)
        context.out() << CliText::tr("Plan %1 is done.").arg(ran->promotionId) << Qt::endl;
    return ExitOk;
}

// The time base the simulated agents report in: simulated time from when the fleet started.
class FleetClock final : public Clock
{
public:
    explicit FleetClock(double speed) : m_startMs(QDateTime::currentMSecsSinceEpoch()), m_speed(speed)
    {
        m_elapsed.start();
    }
    qint64 nowMs() const override { return m_startMs + qint64(double(m_elapsed.elapsed()) * m_speed); }

private:
    qint64 m_startMs;
    double m_speed;
    QElapsedTimer m_elapsed;
};

void printWaitProgress(CommandContext &context, const workflow::AgentWaitProgress &progress, const Clock &clock,
                       double speed)
{
    context.out() << CliText::tr("  %1 of %2 agents hold it (%3 s)")
                         .arg(progress.readiness.holding)
                         .arg(progress.readiness.eligible)
                         .arg(progress.elapsedMs / 1000);
    if (progress.eta.at.isValid()) {
        const qint64 modelS = std::max<qint64>(0, (progress.eta.at.toMSecsSinceEpoch() - clock.nowMs()) / 1000);
        context.out() << CliText::tr("; the rest at their next check-in, within %1 s").arg(modelS);
        if (speed != 1.0)
            context.out()
                << CliText::tr(" of simulated time (%1 s at ×%2)").arg(qint64(double(modelS) / speed)).arg(speed);
    } else if (!progress.eta.blocker.isEmpty()) {
        context.out() << QStringLiteral("; ") << progress.eta.blocker;
    }
    if (!progress.eta.failing.isEmpty())
        context.out() << CliText::tr("; failing: %1").arg(progress.eta.failing.join(QStringLiteral("; ")));
    context.out() << Qt::endl;
}

// Follows the agents until `share` of those serving `image` hold `digest`. On the simulated deployment its agents
// are driven here at `speed`, since nothing else makes them pull; a Kasm server's agents pull by themselves.
Result<workflow::Readiness> waitForAgents(CommandContext &context, const Desk &desk, const KasmImage &image,
                                          const QString &digest, double share, int timeoutS, double speed,
                                          const QString &pulledVia = {})
{
    std::unique_ptr<pull::SimulatedFleet> fleet;
    const auto simulated = std::dynamic_pointer_cast<kasm::SimulatedDeployment>(desk.deployment);
    if (simulated)
        fleet = startCommandFleet(context, simulated, speed);
    const FleetClock fleetClock(speed);
    const Clock &clock = simulated ? static_cast<const Clock &>(fleetClock) : WallClock::instance();
    const double shown = simulated ? speed : 1.0;
    workflow::AgentWaitRequest request{image, digest, pulledVia, share, qint64(timeoutS) * 1000, 1000};
    Result<workflow::Readiness> ready = await(workflow::waitForAgents(
        desk.deployment, std::move(request), clock,
        [&context, &clock, shown](const workflow::AgentWaitProgress &progress) {
            if (!context.json())
                printWaitProgress(context, progress, clock, shown);
        },
        QCoreApplication::instance()));
    if (fleet) {
        fleet->pause();
        if (const Status written = await(fleet->flush()); !written && ready)
            return fail(written.error());
    }
    return ready;
}

QJsonObject readinessJson(const workflow::Readiness &readiness)
{
    return {{QStringLiteral("eligible"), readiness.eligible},
            {QStringLiteral("holding"), readiness.holding},
            {QStringLiteral("share"), readiness.share()}};
}

// --wait [SHARE]: QCommandLineParser has no optional values, so a share after --wait arrives as a positional
// argument: the one that reads as a percentage ("50", "50%"), since no image reference does.
Result<std::optional<double>> waitShare(CommandContext &context, QString *reference)
{
    std::optional<double> share;
    for (const QString &arg : context.positional()) {
        QString text = arg;
        if (text.endsWith(QLatin1Char('%')))
            text.chop(1);
        bool ok = false;
        const double percent = text.toDouble(&ok);
        if (!ok) {
            *reference = arg;
            continue;
        }
        if (share || percent <= 0 || percent > 100)
            return fail(ErrorCode::InvalidInput, CliText::tr("--wait takes one share, above 0 and up to 100 %"));
        share = percent / 100.0;
    }
    if (share && !context.parser().isSet(QStringLiteral("wait")))
        return fail(ErrorCode::InvalidInput, CliText::tr("a share goes after --wait"));
    if (reference->isEmpty())
        return fail(ErrorCode::InvalidInput, CliText::tr("send-to-test needs REF, the build's unique tag"));
    return share;
}

Result<double> speedOption(CommandContext &context)
{
    if (!context.parser().isSet(QStringLiteral("speed")))
        return 60.0;
    bool ok = false;
    const double speed = context.parser().value(QStringLiteral("speed")).toDouble(&ok);
    if (!ok || speed < 1 || speed > 3600)
        return fail(ErrorCode::InvalidInput, CliText::tr("--speed takes a number from 1 (real time) to 3600"));
    return speed;
}

double shareOption(CommandContext &context, bool *ok)
{
    *ok = true;
    if (!context.parser().isSet(QStringLiteral("share")))
        return 1.0;
    const double percent = context.parser().value(QStringLiteral("share")).toDouble(ok);
    *ok = *ok && percent > 0 && percent <= 100;
    return percent / 100.0;
}

int timeoutOption(CommandContext &context, bool *ok)
{
    *ok = true;
    if (!context.parser().isSet(QStringLiteral("timeout")))
        return 600;
    const int seconds = context.parser().value(QStringLiteral("timeout")).toInt(ok);
    *ok = *ok && seconds > 0;
    return seconds;
}

int runSendToTest(CommandContext &context)
{
    bool shareOk = false;
    bool timeoutOk = false;
    QString reference;
    const Result<std::optional<double>> waitShareValue = waitShare(context, &reference);
    if (!waitShareValue)
        return context.usage(waitShareValue.error().message);
    const double share = waitShareValue->value_or(shareOption(context, &shareOk));
    shareOk = shareOk || waitShareValue->has_value();
    const int timeoutS = timeoutOption(context, &timeoutOk);
    const Result<double> speed = speedOption(context);
    if (!speed)
        return context.usage(speed.error().message);
    if (!shareOk)
        return context.usage(CliText::tr("--share takes a percentage above 0 and up to 100"));
    if (!timeoutOk)
        return context.usage(CliText::tr("--timeout takes a number of seconds"));
    const QString image = context.parser().value(QStringLiteral("image"));
    if (image.isEmpty())
        return context.usage(CliText::tr("send-to-test needs --image IMAGE, the user-facing image"));
    Result<Desk> desk = openDesk(context);
    if (!desk)
        return context.fail(desk.error());
    const Result<workflow::PlannedPromotion> plan =
        await(workflow::planSendToTest(desk->services(), workflow::SendToTestRequest{image, reference}));
    const bool wait =
        context.parser().isSet(QStringLiteral("wait")) && !context.parser().isSet(QStringLiteral("plan-only"));
    QJsonObject json;
    if (const int planned = runPlanned(context, *desk, plan, wait ? &json : nullptr); planned != ExitOk)
        return planned;
    if (!wait)
        return ExitOk;
    // The twin is what the agents pull; find it again, it may have just been created.
    const Result<QList<store::ManagedImage>> managed = await(workflow::managedImages(desk->catalog));
    const Result<QList<KasmImage>> images = await(desk->deployment->listImages());
    if (!managed || !images)
        return context.fail(!managed ? managed.error() : images.error());
    KasmImage twin = plan->image;
    for (const store::ManagedImage &m : *managed) {
        if (m.imageId != plan->image.imageId)
            continue;
        for (const KasmImage &candidate : *images) {
            if (candidate.imageId == m.testTwinId)
                twin = candidate;
        }
    }
    const Result<workflow::Readiness> ready =
        waitForAgents(context, *desk, twin, plan->digest, share, timeoutS, *speed);
    if (!ready)
        return context.fail(ready.error());
    if (context.json()) {
        // The plan as without --wait, and what the agents hold at the end.
        json.insert(QStringLiteral("test_twin_id"), twin.imageId);
        json.insert(QStringLiteral("final_readiness"), readinessJson(*ready));
        context.printJson(json);
    } else
        context.out() << CliText::tr("%1 of %2 agents hold it.").arg(ready->holding).arg(ready->eligible) << Qt::endl;
    return ExitOk;
}

int runVerify(CommandContext &context)
{
    const QString digest = context.parser().value(QStringLiteral("digest"));
    if (digest.isEmpty())
        return context.usage(CliText::tr("verify needs --digest DIGEST, the digest that was tested"));
    Result<Desk> desk = openDesk(context);
    if (!desk)
        return context.fail(desk.error());
    const Result<store::StageEvent> verified = await(workflow::verifyDigest(
        desk->services(), context.positional().at(0), digest, context.parser().value(QStringLiteral("note"))));
    if (!verified)
        return context.fail(verified.error());
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("image_id"), verified->imageId},
                                      {QStringLiteral("digest"), verified->digest},
                                      {QStringLiteral("tag"), verified->tag},
                                      {QStringLiteral("actor"), verified->actor},
                                      {QStringLiteral("at"), verified->at.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("note"), verified->note}});
    else
        context.out() << CliText::tr("%1 (%2) verified by %3.").arg(verified->tag, verified->digest, verified->actor)
                      << Qt::endl;
    return ExitOk;
}

int runDeploy(CommandContext &context)
{
    const QCommandLineParser &parser = context.parser();
    workflow::DeployRequest request;
    request.image = context.positional().at(0);
    request.digest = parser.value(QStringLiteral("digest"));
    request.byDigest = parser.isSet(QStringLiteral("by-digest"));
    request.force = parser.isSet(QStringLiteral("force"));
    request.reason = parser.value(QStringLiteral("reason"));
    if (parser.isSet(QStringLiteral("strategy"))) {
        request.strategy = store::deployStrategyFromName(parser.value(QStringLiteral("strategy")));
        if (!request.strategy)
            return context.usage(CliText::tr("--strategy takes pin or move"));
    }
    if (request.force && request.reason.trimmed().isEmpty())
        return context.usage(CliText::tr("--force needs --reason TEXT; the reason is recorded with the deploy"));
    bool timeoutOk = false;
    const int timeoutS = timeoutOption(context, &timeoutOk);
    if (!timeoutOk)
        return context.usage(CliText::tr("--timeout takes a number of seconds"));
    const Result<double> speed = speedOption(context);
    if (!speed)
        return context.usage(speed.error().message);
    Result<Desk> desk = openDesk(context);
    if (!desk)
        return context.fail(desk.error());
    Result<workflow::PlannedPromotion> plan = await(workflow::planDeploy(desk->services(), request));
    if (plan && parser.isSet(QStringLiteral("wait-ready")) && !plan->readiness.complete()) {
        // Zero downtime: every agent that serves the image holds the digest before the users are switched.
        const Result<workflow::Readiness> ready =
            waitForAgents(context, *desk, plan->image, plan->digest, 1.0, timeoutS, *speed, plan->managed.testTwinId);
        if (!ready)
            return context.fail(ready.error());
        plan = await(workflow::planDeploy(desk->services(), request));
    }
    return runPlanned(context, *desk, plan);
}

int runRollback(CommandContext &context)
{
    Result<Desk> desk = openDesk(context);
    if (!desk)
        return context.fail(desk.error());
    return runPlanned(context, *desk, await(workflow::planRollback(desk->services(), context.positional().at(0))));
}

int runHistory(CommandContext &context)
{
    Result<Desk> desk = openDesk(context);
    if (!desk)
        return context.fail(desk.error());
    const QString image = context.positional().isEmpty() ? QString() : context.positional().at(0);
    const Result<QList<store::StageEvent>> history = await(workflow::stageHistoryOf(desk->services(), image));
    if (!history)
        return context.fail(history.error());
    if (context.json()) {
        QJsonArray events;
        for (const store::StageEvent &e : *history)
            events.append(QJsonObject{{QStringLiteral("image_id"), e.imageId},
                                      {QStringLiteral("kind"), store::stageKindName(e.kind)},
                                      {QStringLiteral("digest"), e.digest},
                                      {QStringLiteral("tag"), e.tag},
                                      {QStringLiteral("previous_digest"), e.previousDigest},
                                      {QStringLiteral("actor"), e.actor},
                                      {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("note"), e.note},
                                      {QStringLiteral("promotion_id"), e.promotionId}});
        context.printJson(events);
        return ExitOk;
    }
    // The table names images as the window does; the journal's ids stay in --json. A managed image the deployment
    // no longer has is still named as it was when it was managed.
    readDeploymentNames(context, *desk);
    workflow::StepNames names = workflow::StepNames::of({}, desk->deployment->snapshot(), std::nullopt);
    for (const store::ManagedImage &managed : desk->managed) {
        if (!managed.friendlyName.isEmpty() && !names.images.contains(managed.imageId))
            names.images.insert(managed.imageId, managed.friendlyName);
    }
    QList<QStringList> rows{{CliText::tr("WHEN (UTC)"), CliText::tr("IMAGE"), CliText::tr("STAGE"), CliText::tr("TAG"),
                             CliText::tr("DIGEST"), CliText::tr("BY"), CliText::tr("NOTE")}};
    for (const store::StageEvent &e : *history)
        rows.append({e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), workflow::imageNameOrId(names, e.imageId),
                     store::stageKindName(e.kind), e.tag, workflow::abbreviatedDigest(e.digest), e.actor, e.note});
    context.printTable(rows);
    return ExitOk;
}

int runPlans(CommandContext &context)
{
    Result<Desk> desk = openDesk(context);
    if (!desk)
        return context.fail(desk.error());
    const Result<QList<store::Promotion>> plans = await(workflow::unfinishedPlans(desk->services()));
    if (!plans)
        return context.fail(plans.error());
    if (!plans->isEmpty())
        readDeploymentNames(context, *desk);
    if (context.json()) {
        QJsonArray array;
        for (const store::Promotion &p : *plans)
            array.append(promotionJson(p, stepNames(*desk, p)));
        context.printJson(array);
        return ExitOk;
    }
    if (plans->isEmpty()) {
        context.out() << CliText::tr("No unfinished plans.") << Qt::endl;
        return ExitOk;
    }
    for (const store::Promotion &p : *plans) {
        context.out() << CliText::tr("%1  %2  %3  by %4, %5")
                             .arg(p.promotionId, p.kind, p.state, p.actor,
                                  p.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                      << Qt::endl;
        const workflow::StepNames names = stepNames(*desk, p);
        for (const store::PromotionStep &step : p.steps)
            context.out() << QStringLiteral("    [%1] ").arg(step.state) << workflow::describeStep(step, names)
                          << Qt::endl;
    }
    return ExitOk;
}

int runJournaled(CommandContext &context, bool resume)
{
    Result<Desk> desk = openDesk(context);
    if (!desk)
        return context.fail(desk.error());
    const QString id = context.positional().at(0);
    readDeploymentNames(context, *desk);
    const Result<store::Promotion> finished =
        await(resume ? workflow::resumePlan(desk->services(), id, printProgress(context, *desk))
                     : workflow::abandonPlan(desk->services(), id, printProgress(context, *desk)));
    if (!finished)
        return context.fail(finished.error());
    if (context.json())
        context.printJson(promotionJson(*finished, stepNames(*desk, *finished)));
    else
        context.out() << CliText::tr("Plan %1 is %2.").arg(finished->promotionId, finished->state) << Qt::endl;
    return ExitOk;
}

QCommandLineOption planOnlyOption()
{
    return {QStringLiteral("plan-only"), CliText::tr("Show the plan and change nothing.")};
}

QCommandLineOption speedOptionSpec()
{
    return {QStringLiteral("speed"),
            CliText::tr("On the simulated deployment, run its agents this many times faster than real time while "
                        "waiting (1 to 3600, default 60); a Kasm server's agents keep their own pace."),
            QStringLiteral("N")};
}

QCommandLineOption timeoutOptionSpec()
{
    return {QStringLiteral("timeout"), CliText::tr("How long to wait for the agents, in seconds (default 600)."),
            QStringLiteral("SECONDS")};
}

} // namespace

QList<Command> promotionCommands()
{
    return {
        Command{.name = QStringLiteral("send-to-test"),
                .synopsis = QStringLiteral("REF --image IMAGE [--wait [SHARE] [--timeout SECONDS] [--speed N]] "
                                           "[--plan-only]"),
                .summary = CliText::tr("Pin the test twin of a managed image to the build REF (its unique tag), "
                                       "for its test groups only; --wait follows the agents until they hold it. "
                                       "Refused while the image has an unfinished plan (stewardctl plans)."),
                .options = {{QStringLiteral("image"), CliText::tr("The user-facing image (id, name or reference)."),
                             QStringLiteral("IMAGE")},
                            {QStringLiteral("wait"),
                             CliText::tr("Wait until SHARE percent of the agents that may run the test twin hold the "
                                         "build (--wait 50; default 100), printing progress and the pull model's "
                                         "ETA.")},
                            {QStringLiteral("share"), CliText::tr("The same as a SHARE after --wait."),
                             QStringLiteral("PERCENT")},
                            timeoutOptionSpec(),
                            speedOptionSpec(),
                            planOnlyOption(),
                            demoRegistryCommandOption()},
                .minArgs = 1,
                .maxArgs = 2,
                .run = runSendToTest},
        Command{.name = QStringLiteral("verify"),
                .synopsis = QStringLiteral("IMAGE --digest DIGEST [--note TEXT]"),
                .summary = CliText::tr("Record that you verified a tested digest of a managed image."),
                .options = {{QStringLiteral("digest"), CliText::tr("The digest that was tested."),
                             QStringLiteral("DIGEST")},
                            {QStringLiteral("note"), CliText::tr("What was checked."), QStringLiteral("TEXT")},
                            demoRegistryCommandOption()},
                .minArgs = 1,
                .maxArgs = 1,
                .run = runVerify},
        Command{.name = QStringLiteral("deploy"),
                .synopsis = QStringLiteral("IMAGE [--digest DIGEST] [--strategy pin|move] [--by-digest] "
                                           "[--force --reason TEXT] [--wait-ready] [--plan-only]"),
                .summary = CliText::tr("Bring a verified digest to the users: pin the image to its unique tag, or "
                                       "move the moving tag to it. Refused while the image has an unfinished plan "
                                       "(stewardctl plans)."),
                .options = {{QStringLiteral("digest"), CliText::tr("The digest (default: the latest verified)."),
                             QStringLiteral("DIGEST")},
                            {QStringLiteral("strategy"), CliText::tr("pin or move (default: the managed image's)."),
                             QStringLiteral("pin|move")},
                            {QStringLiteral("by-digest"),
                             CliText::tr("Pin to repository@digest instead of the unique tag.")},
                            {QStringLiteral("force"), CliText::tr("Deploy a digest nobody verified (needs --reason).")},
                            {QStringLiteral("reason"), CliText::tr("Why a forced deploy is needed; recorded."),
                             QStringLiteral("TEXT")},
                            {QStringLiteral("wait-ready"),
                             CliText::tr("First wait until every agent serving the image holds the digest.")},
                            timeoutOptionSpec(),
                            speedOptionSpec(),
                            planOnlyOption(),
                            demoRegistryCommandOption()},
                .minArgs = 1,
                .maxArgs = 1,
                .run = runDeploy},
        Command{.name = QStringLiteral("rollback"),
                .synopsis = QStringLiteral("IMAGE [--plan-only]"),
                .summary = CliText::tr("Back to the digest the users had before the latest deploy. Refused while "
                                       "the image has an unfinished plan (stewardctl plans)."),
                .options = {planOnlyOption(), demoRegistryCommandOption()},
                .minArgs = 1,
                .maxArgs = 1,
                .run = runRollback},
        Command{.name = QStringLiteral("history"),
                .synopsis = QStringLiteral("[IMAGE]"),
                .summary = CliText::tr("Builds, tests, verifications, deploys and rollbacks, newest first."),
                .options = {demoRegistryCommandOption()},
                .minArgs = 0,
                .maxArgs = 1,
                .run = runHistory},
        Command{.name = QStringLiteral("plans"),
                .synopsis = QString(),
                .summary = CliText::tr("List unfinished plans (interrupted or failed), with their steps."),
                .options = {demoRegistryCommandOption()},
                .minArgs = 0,
                .maxArgs = 0,
                .run = runPlans},
        Command{.name = QStringLiteral("resume"),
                .synopsis = QStringLiteral("ID"),
                .summary = CliText::tr("Continue an unfinished plan from its first step not done."),
                .options = {demoRegistryCommandOption()},
                .minArgs = 1,
                .maxArgs = 1,
                .run = [](CommandContext &context) { return runJournaled(context, true); }},
        Command{.name = QStringLiteral("abandon"),
                .synopsis = QStringLiteral("ID"),
                .summary = CliText::tr("Undo the steps of an unfinished plan that ran, last first, from what is "
                                       "live now."),
                .options = {demoRegistryCommandOption()},
                .minArgs = 1,
                .maxArgs = 1,
                .run = [](CommandContext &context) { return runJournaled(context, false); }},
    };
}

} // namespace steward::cli
