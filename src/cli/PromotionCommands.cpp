// The Test and Deploy verbs: send-to-test, verify, deploy, rollback, history, plans, resume, abandon. Each makes
// its plan through src/workflow, prints it, and runs it through the journal; nothing here decides anything.

#include "cli/CliText.h"
#include "cli/CommandLine.h"
#include "kasm/Deployment.h"
#include "registry/RegistryClient.h"
#include "store/CatalogWorker.h"
#include "workflow/ManageImage.h"
#include "workflow/PlanRunner.h"
#include "workflow/Promote.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <csignal>

namespace steward::cli {

namespace {

// What every promotion verb works on: the deployment, the catalog and a registry client that knows the logins of
// every managed repository's registry.
struct Desk
{
    std::shared_ptr<kasm::Deployment> deployment;
    std::shared_ptr<store::CatalogWorker> catalog;
    std::shared_ptr<registry::RegistryClient> registry;

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

QJsonObject stepJson(const store::PromotionStep &step)
{
    return {{QStringLiteral("seq"), step.seq},
            {QStringLiteral("action"), step.action},
            {QStringLiteral("description"), workflow::describeStep(step)},
            {QStringLiteral("params"), step.params},
            {QStringLiteral("state"), step.state},
            {QStringLiteral("result"), step.result}};
}

QJsonObject promotionJson(const store::Promotion &promotion)
{
    QJsonArray steps;
    for (const store::PromotionStep &step : promotion.steps)
        steps.append(stepJson(step));
    return {{QStringLiteral("promotion_id"), promotion.promotionId},
            {QStringLiteral("kind"), promotion.kind},
            {QStringLiteral("state"), promotion.state},
            {QStringLiteral("actor"), promotion.actor},
            {QStringLiteral("plan"), promotion.plan},
            {QStringLiteral("steps"), steps}};
}

QJsonObject planJson(const workflow::PlannedPromotion &plan, const store::Promotion &ran)
{
    QJsonObject o = promotionJson(ran);
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

void printPlan(CommandContext &context, const workflow::PlannedPromotion &plan)
{
    context.out() << CliText::tr("Plan %1 for \"%2\": %3 %4")
                         .arg(plan.promotion.kind, plan.image.displayName(), plan.tag, plan.digest)
                  << Qt::endl;
    for (const store::PromotionStep &step : plan.promotion.steps)
        context.out() << QStringLiteral("  %1. ").arg(step.seq) << workflow::describeStep(step) << Qt::endl;
    context.out()
        << CliText::tr("  readiness: %1 of %2 agents hold it").arg(plan.readiness.holding).arg(plan.readiness.eligible)
        << Qt::endl;
    for (const QString &note : plan.notes)
        context.out() << QStringLiteral("  ") << note << Qt::endl;
    for (const QString &warning : plan.warnings)
        context.err() << CliText::tr("stewardctl: warning: ") << warning << Qt::endl;
}

// STEWARDCTL_KILL_AT="<state>:<seq>" kills the process with SIGKILL right after the journal recorded that step
// state: how the tests put a real crash at every step boundary. Nothing else reads it.
void killIfAsked(const store::PromotionStep &step)
{
    static const QByteArray at = qgetenv("STEWARDCTL_KILL_AT");
    if (!at.isEmpty() && at == QStringLiteral("%1:%2").arg(step.state).arg(step.seq).toUtf8())
        ::raise(SIGKILL);
}

workflow::StepProgress printProgress(CommandContext &context)
{
    return [&context](const store::Promotion &, const store::PromotionStep &step) {
        if (!context.json())
            context.out() << QStringLiteral("  [%1] ").arg(step.state) << workflow::describeStep(step) << Qt::endl;
        killIfAsked(step);
    };
}

// Runs a plan that was made and printed; --plan-only stops before anything changes.
int runPlanned(CommandContext &context, const Desk &desk, const Result<workflow::PlannedPromotion> &plan)
{
    if (!plan)
        return context.fail(plan.error());
    if (!context.json())
        printPlan(context, *plan);
    if (context.parser().isSet(QStringLiteral("plan-only"))) {
        if (context.json())
            context.printJson(planJson(*plan, plan->promotion));
        return ExitOk;
    }
    const Result<store::Promotion> ran =
        await(workflow::runPlan(desk.services(), plan->promotion, printProgress(context)));
    if (!ran)
        return context.fail(ran.error());
    if (context.json())
        context.printJson(planJson(*plan, *ran));
    else
        context.out() << CliText::tr("Plan %1 is done.").arg(ran->promotionId) << Qt::endl;
    return ExitOk;
}

// Polls the agents' inventories until `share` of the agents serving `image` hold `digest`, or `timeoutS` passes.
Result<workflow::Readiness> waitForAgents(CommandContext &context, const Desk &desk, const KasmImage &image,
                                          const QString &digest, double share, int timeoutS)
{
    QElapsedTimer elapsed;
    elapsed.start();
    int lastHolding = -1;
    for (;;) {
        const Result<QList<KasmAgent>> agents = await(desk.deployment->listAgents());
        if (!agents)
            return fail(agents.error());
        const workflow::Readiness readiness = workflow::readinessOf(*agents, image, digest);
        if (readiness.holding != lastHolding && !context.json()) {
            const QDateTime eta = workflow::expectedPullsDone(*agents, image, digest, QDateTime::currentDateTimeUtc());
            context.out() << CliText::tr("  %1 of %2 agents hold it (%3 s)")
                                 .arg(readiness.holding)
                                 .arg(readiness.eligible)
                                 .arg(elapsed.elapsed() / 1000);
            if (eta.isValid())
                context.out() << CliText::tr("; the rest by %1 at their next check-in")
                                     .arg(eta.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
            context.out() << Qt::endl;
        }
        lastHolding = readiness.holding;
        if (readiness.eligible > 0 && readiness.share() + 1e-9 >= share)
            return readiness;
        if (elapsed.elapsed() >= qint64(timeoutS) * 1000)
            return fail(ErrorCode::Timeout,
                        CliText::tr("After %1 s only %2 of %3 agents hold %4; agents check in every 30 s and pull "
                                    "what they lack, so look at the ones that do not (stewardctl kasm agents).")
                            .arg(timeoutS)
                            .arg(readiness.holding)
                            .arg(readiness.eligible)
                            .arg(digest));
        QEventLoop loop;
        QTimer::singleShot(1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
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
    const double share = shareOption(context, &shareOk);
    const int timeoutS = timeoutOption(context, &timeoutOk);
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
    const Result<workflow::PlannedPromotion> plan = await(
        workflow::planSendToTest(desk->services(), workflow::SendToTestRequest{image, context.positional().at(0)}));
    if (const int planned = runPlanned(context, *desk, plan); planned != ExitOk)
        return planned;
    if (!context.parser().isSet(QStringLiteral("wait")) || context.parser().isSet(QStringLiteral("plan-only")))
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
    const Result<workflow::Readiness> ready = waitForAgents(context, *desk, twin, plan->digest, share, timeoutS);
    if (!ready)
        return context.fail(ready.error());
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
    Result<Desk> desk = openDesk(context);
    if (!desk)
        return context.fail(desk.error());
    Result<workflow::PlannedPromotion> plan = await(workflow::planDeploy(desk->services(), request));
    if (plan && parser.isSet(QStringLiteral("wait-ready")) && !plan->readiness.complete()) {
        // Zero downtime: every agent that serves the image holds the digest before the users are switched.
        const Result<workflow::Readiness> ready =
            waitForAgents(context, *desk, plan->image, plan->digest, 1.0, timeoutS);
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
    QList<QStringList> rows{{CliText::tr("WHEN (UTC)"), CliText::tr("IMAGE"), CliText::tr("STAGE"), CliText::tr("TAG"),
                             CliText::tr("DIGEST"), CliText::tr("BY"), CliText::tr("NOTE")}};
    for (const store::StageEvent &e : *history)
        rows.append({e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.imageId, store::stageKindName(e.kind),
                     e.tag, e.digest.left(19), e.actor, e.note});
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
    if (context.json()) {
        QJsonArray array;
        for (const store::Promotion &p : *plans)
            array.append(promotionJson(p));
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
        for (const store::PromotionStep &step : p.steps)
            context.out() << QStringLiteral("    [%1] ").arg(step.state) << workflow::describeStep(step) << Qt::endl;
    }
    return ExitOk;
}

int runJournaled(CommandContext &context, bool resume)
{
    Result<Desk> desk = openDesk(context);
    if (!desk)
        return context.fail(desk.error());
    const QString id = context.positional().at(0);
    const Result<store::Promotion> finished =
        await(resume ? workflow::resumePlan(desk->services(), id, printProgress(context))
                     : workflow::abandonPlan(desk->services(), id, printProgress(context)));
    if (!finished)
        return context.fail(finished.error());
    if (context.json())
        context.printJson(promotionJson(*finished));
    else
        context.out() << CliText::tr("Plan %1 is %2.").arg(finished->promotionId, finished->state) << Qt::endl;
    return ExitOk;
}

QCommandLineOption planOnlyOption()
{
    return {QStringLiteral("plan-only"), CliText::tr("Show the plan and change nothing.")};
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
                .synopsis = QStringLiteral("REF --image IMAGE [--wait [--share PERCENT] [--timeout SECONDS]] "
                                           "[--plan-only]"),
                .summary = CliText::tr("Pin the test twin of a managed image to the build REF (its unique tag), "
                                       "for its test groups only; --wait follows the agents until they hold it."),
                .options = {{QStringLiteral("image"), CliText::tr("The user-facing image (id, name or reference)."),
                             QStringLiteral("IMAGE")},
                            {QStringLiteral("wait"), CliText::tr("Wait until the agents hold the build.")},
                            {QStringLiteral("share"),
                             CliText::tr("With --wait: the share of agents to wait for, in percent (default 100)."),
                             QStringLiteral("PERCENT")},
                            timeoutOptionSpec(),
                            planOnlyOption(),
                            demoRegistryCommandOption()},
                .minArgs = 1,
                .maxArgs = 1,
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
                                       "move the moving tag to it."),
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
                            planOnlyOption(),
                            demoRegistryCommandOption()},
                .minArgs = 1,
                .maxArgs = 1,
                .run = runDeploy},
        Command{.name = QStringLiteral("rollback"),
                .synopsis = QStringLiteral("IMAGE [--plan-only]"),
                .summary = CliText::tr("Back to the digest the users had before the latest deploy."),
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
                .summary = CliText::tr("Undo the done steps of an unfinished plan, last first."),
                .options = {demoRegistryCommandOption()},
                .minArgs = 1,
                .maxArgs = 1,
                .run = [](CommandContext &context) { return runJournaled(context, false); }},
    };
}

} // namespace steward::cli
