#pragma once

#include "core/KasmImage.h"
#include "core/Result.h"
#include "store/ManagedImages.h"
#include "store/PromotionJournal.h"
#include "store/StageEvents.h"
#include "workflow/PlanServices.h"
#include "workflow/Readiness.h"

#include <QFuture>
#include <QStringList>

#include <memory>
#include <optional>

namespace steward::workflow {

// The plan kinds, as the journal names them.
namespace plankind {
inline constexpr auto sendToTest = "send-to-test";
inline constexpr auto deploy = "deploy";
inline constexpr auto rollback = "rollback";
} // namespace plankind

// A plan made and checked, not yet run: what the plan dialog and `--json` show before anything changes.
struct PlannedPromotion
{
    store::Promotion promotion; // steps pending; give it to runPlan
    store::ManagedImage managed;
    KasmImage image;        // the user-facing image as read when planning
    QString digest;         // what the plan brings to the test twin or the users
    QString tag;            // the unique tag it goes by
    QString previousDigest; // what the users get now (deploy, rollback); empty when unknown
    Readiness readiness;    // agents serving the user-facing image (deploy) or the twin (send-to-test)
    QStringList notes;      // what to expect: when agents pick it up, what it costs in pulls
    QStringList warnings;   // true but surprising: shown, never refused
};

// send-to-test: `candidate` is the build's unique tag in the managed image's repository ("repo:tag"). Plans: create
// or re-pin the test twin (friendly name "<name> (test)", image name = the candidate), set its groups to the test
// groups only, record the stage. Refused: a candidate outside the managed repository, the moving tag (it moves
// under the test), a digest-only reference (Kasm pins tags), a tag the registry does not have.
struct SendToTestRequest
{
    QString image; // the user-facing image: id, friendly name or reference
    QString candidate;
};
QFuture<Result<PlannedPromotion>> planSendToTest(const PlanServices &services, const SendToTestRequest &request);

// deploy: brings a verified digest to the users by the managed image's strategy (or the one given):
// pin sets the user-facing image's name to the digest's unique tag (or repo@digest with `byDigest`); move moves the
// moving tag in the registry to the digest (and points the image at the moving tag when it is pinned elsewhere).
// Guards, each a refusal before anything changes: a digest nobody verified (unless `force` with a `reason`, which
// is recorded); a unique tag that now points at another digest than the one tested; nothing to change. The plan's
// steps re-read what they change, so a user-facing image changed by someone else after planning is refused then.
struct DeployRequest
{
    QString image;
    QString digest; // empty: the latest verified digest
    std::optional<store::DeployStrategy> strategy;
    bool byDigest = false;
    bool force = false;
    QString reason;
};
QFuture<Result<PlannedPromotion>> planDeploy(const PlanServices &services, const DeployRequest &request);

// rollback: back to the digest the users had before the latest deploy or rollback, by the same mechanism.
QFuture<Result<PlannedPromotion>> planRollback(const PlanServices &services, const QString &image);

// verify: records who verified which digest, when, with an optional note. The digest must have been sent to test
// (a verification of something never tested would let deploy skip the test).
QFuture<Result<store::StageEvent>> verifyDigest(const PlanServices &services, const QString &image,
                                                const QString &digest, const QString &note);

// build: records a pushed build (push-tags) for every managed image whose repository is `repository` (a reference's
// name(), e.g. "registry.example/team/chrome"); returns their friendly names, none when it is not managed. Runs on
// the catalog's thread.
QFuture<Result<QStringList>> recordBuild(const std::shared_ptr<store::CatalogWorker> &catalog,
                                         const QString &repository, const QString &digest, const QString &tag);

// Builds, tests, verifications, deploys and rollbacks, newest first; every managed image when `image` is empty.
QFuture<Result<QList<store::StageEvent>>> stageHistoryOf(const PlanServices &services, const QString &image);

} // namespace steward::workflow
