#include "workflow/AgentWait.h"

#include "core/Clock.h"
#include "kasm/Deployment.h"
#include "kasm/FutureChain.h"
#include "pull/Fleet.h"
#include "pull/FleetPlan.h"
#include "workflow/WorkflowText.h"

#include <QElapsedTimer>
#include <QTimer>

namespace steward::workflow {

namespace {

using Chain = kasm::FutureChain<Result<Readiness>>;

struct Waiting
{
    std::shared_ptr<kasm::Deployment> deployment;
    AgentWaitRequest request;
    const Clock *clock = nullptr;
    std::function<void(const AgentWaitProgress &)> progress;
    QObject *context = nullptr;
    std::shared_ptr<Chain> chain;
    QElapsedTimer elapsed;
    int lastHolding = -1;
    QHash<QString, QString> cannotPull; // agent id -> why, by the pull model
};
using Wait = std::shared_ptr<Waiting>;

Error timedOut(const Wait &wait, const Readiness &readiness, const PullEta &eta)
{
    QString message = WorkflowText::tr("After %1 s only %2 of %3 agents hold %4.")
                          .arg(wait->elapsed.elapsed() / 1000)
                          .arg(readiness.holding)
                          .arg(readiness.eligible)
                          .arg(wait->request.digest);
    if (!eta.failing.isEmpty())
        message += QLatin1Char(' ') + WorkflowText::tr("Failing: %1.").arg(eta.failing.join(QStringLiteral("; ")));
    message += QLatin1Char(' ') + (eta.blocker.isEmpty()
                                       ? WorkflowText::tr("Agents check in every 30 s and pull what they lack; look at "
                                                          "the ones that do not (stewardctl kasm agents).")
                                       : eta.blocker);
    return Error{ErrorCode::Timeout, message, {}};
}

void poll(const Wait &wait);

// The pull model's verdict (pull::Fleet, as the simulated fleet runs it) on the image that brings the digest, per
// agent: an agent for which it is not Eligible never pulls it, however long we wait.
QHash<QString, QString> cannotPullOf(const kasm::DeploymentSnapshot &snapshot, const QString &imageId)
{
    QHash<QString, QString> cannot;
    const std::shared_ptr<const pull::FleetPlan> plan = pull::fleetPlan(snapshot, pull::DeploymentScenarioOptions{});
    if (!plan)
        return cannot;
    const qsizetype image = plan->imageIds.indexOf(imageId);
    if (image < 0)
        return cannot;
    const pull::Fleet fleet = pull::Fleet::build(plan->scenario);
    for (int agent = 0; agent < plan->agentCount(); ++agent) {
        const std::vector<pull::Eligibility> &verdicts = fleet.profile(agent).eligibility;
        if (size_t(image) >= verdicts.size())
            continue;
        switch (verdicts[size_t(image)]) {
        case pull::Eligibility::NoDisk:
            cannot.insert(plan->agentIds.at(agent),
                          WorkflowText::tr("not enough free disk for it after the images it pulls first"));
            break;
        case pull::Eligibility::Eligible:
        case pull::Eligibility::Disabled:   // pullEta names these for the image itself
        case pull::Eligibility::NoRegistry: // "
        case pull::Eligibility::ZoneMismatch:
            break;
        }
    }
    return cannot;
}

// Once, before the first poll: the deployment as it is now, for the pull model's verdicts.
void readModel(const Wait &wait)
{
    wait->chain->await(
        wait->deployment->refresh(),
        [wait](Result<kasm::DeploymentDiff> refreshed) {
            if (!refreshed)
                return wait->chain->finish(fail(refreshed.error()));
            const QString via =
                wait->request.pulledViaImageId.isEmpty() ? wait->request.image.imageId : wait->request.pulledViaImageId;
            wait->cannotPull = cannotPullOf(wait->deployment->snapshot(), via);
            poll(wait);
        },
        wait->chain);
}

void received(const Wait &wait, const QList<KasmAgent> &agents)
{
    const Readiness readiness = readinessOf(agents, wait->request.image, wait->request.digest);
    const PullEta eta =
        pullEta(agents, wait->request.image, wait->request.digest, wait->clock->now(), wait->cannotPull);
    if (readiness.holding != wait->lastHolding && wait->progress)
        wait->progress(AgentWaitProgress{readiness, eta, wait->elapsed.elapsed()});
    wait->lastHolding = readiness.holding;
    if (readiness.eligible > 0 && readiness.share() + 1e-9 >= wait->request.share)
        return wait->chain->finish(readiness);
    if (eta.allFailing)
        return wait->chain->finish(
            fail(ErrorCode::Timeout,
                 WorkflowText::tr("%1 of %2 agents hold %3; the others keep failing to pull it, so waiting longer will "
                                  "not help: %4.")
                     .arg(readiness.holding)
                     .arg(readiness.eligible)
                     .arg(wait->request.digest, eta.failing.join(QStringLiteral("; ")))));
    if (wait->elapsed.elapsed() >= wait->request.timeoutMs)
        return wait->chain->finish(fail(timedOut(wait, readiness, eta)));
    QTimer::singleShot(wait->request.pollMs, wait->context, [wait] { poll(wait); });
}

void poll(const Wait &wait)
{
    if (wait->chain->isCanceled())
        return wait->chain->finishCanceled();
    wait->chain->await(
        wait->deployment->listAgents(),
        [wait](Result<QList<KasmAgent>> agents) {
            if (!agents)
                return wait->chain->finish(fail(agents.error()));
            received(wait, *agents);
        },
        wait->chain);
}

} // namespace

QFuture<Result<Readiness>> waitForAgents(std::shared_ptr<kasm::Deployment> deployment, AgentWaitRequest request,
                                         const Clock &clock, std::function<void(const AgentWaitProgress &)> progress,
                                         QObject *context)
{
    auto wait = std::make_shared<Waiting>();
    wait->deployment = std::move(deployment);
    wait->request = std::move(request);
    wait->clock = &clock;
    wait->progress = std::move(progress);
    wait->context = context;
    wait->chain = kasm::makeChain<Result<Readiness>>(context);
    wait->elapsed.start();
    QFuture<Result<Readiness>> future = wait->chain->future();
    readModel(wait);
    return future;
}

} // namespace steward::workflow
