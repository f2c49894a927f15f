#pragma once

#include "core/KasmAgent.h"
#include "core/KasmImage.h"
#include "core/Result.h"
#include "workflow/Readiness.h"

#include <QDateTime>
#include <QFuture>

#include <functional>
#include <memory>

class QObject;

namespace steward {
class Clock;
}

namespace steward::kasm {
class Deployment;
}

namespace steward::workflow {

struct AgentWaitRequest
{
    KasmImage image; // whose eligible agents count: the test twin for send-to-test, the user-facing image for deploy
    QString digest;  // "sha256:..."
    // The image whose pulls bring the digest to the agents (the test twin), when not `image`: an agent the pull model
    // says never pulls it (no disk left for it) will not get the digest by waiting.
    QString pulledViaImageId;
    double share = 1.0; // of the eligible agents, above 0 and up to 1
    qint64 timeoutMs = 600000;
    int pollMs = 1000;
};

struct AgentWaitProgress
{
    Readiness readiness;
    PullEta eta;
    qint64 elapsedMs = 0;
};

// Follows the deployment's agent inventories until `share` of the agents eligible for the image hold the digest.
// `progress` is called on the context's thread each time the number holding it changes (and once at first). The
// result is the final readiness; a Timeout error says how far it got and why, from the pull model; the same error
// ends the wait early when every agent still lacking it keeps failing to pull it. Cancelling the
// future stops the polling. Runs on `context`'s thread, which needs an event loop; `deployment` must outlive it.
QFuture<Result<Readiness>> waitForAgents(std::shared_ptr<kasm::Deployment> deployment, AgentWaitRequest request,
                                         const Clock &clock, std::function<void(const AgentWaitProgress &)> progress,
                                         QObject *context);

} // namespace steward::workflow
