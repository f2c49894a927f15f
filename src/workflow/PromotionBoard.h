#pragma once

#include "core/KasmAgent.h"
#include "core/KasmImage.h"
#include "core/Result.h"
#include "store/ManagedImages.h"
#include "store/StageEvents.h"
#include "workflow/PlanServices.h"
#include "workflow/Readiness.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward::workflow {

// The promotion board's lanes, in the order a build moves through them (DESIGN.md, "Stage").
enum class BoardLane
{
    Candidates, // unique tags in the registry, newer than what is in test, never sent to test
    Testing,    // what the test twin runs, until someone verifies it
    Verified,   // verified digests that users were never served
    Production, // what the users get now, then what they got before (rollback targets)
};
inline constexpr int boardLaneCount = 4;

// One digest on the board, where it stands now.
struct BoardCard
{
    QString digest;              // "sha256:..."; empty only for a production image whose registry gave no digest
    QString tag;                 // the unique tag it goes by; empty when none is known
    QString actor;               // who put it in its lane (send-to-test, verify, deploy); empty for an unrecorded push
    QDateTime at;                // when, UTC; invalid when unknown
    QString note;                // the verification note or a forced deploy's reason
    bool previous = false;       // Production lane: what users got before, not now
    bool rollbackTarget = false; // the digest planRollback goes back to

    friend bool operator==(const BoardCard &, const BoardCard &) = default;
};

// What the board shows for one managed image.
struct PromotionBoard // NOLINT(bugprone-reserved-identifier): clang-tidy 16 names a defaulted member "__i0"
{
    store::ManagedImage managed;
    KasmImage image;               // the user-facing image
    std::optional<KasmImage> twin; // the test twin, when it exists
    QList<BoardCard> lanes[boardLaneCount];
    Readiness testingRollout;    // the twin's agents holding the Testing card's digest
    Readiness productionRollout; // the image's agents holding the current production digest
    QString registryProblem;     // the tag list could not be read: why (the other lanes are still right)

    const QList<BoardCard> &lane(BoardLane which) const { return lanes[int(which)]; }
    QList<BoardCard> &lane(BoardLane which) { return lanes[int(which)]; }
};

// Which of the repository's tags may be candidates, newest first and at most `limit`: tags the unique pattern could
// have given (never the moving tag), never sent to test, and newer (compareBuildTags) than the newest of
// `floorTags` (what is in test and in production). Only these are looked up by HEAD, so a repository with
// thousands of tags costs a handful of requests.
QStringList candidateTags(const store::ManagedImage &managed, const QStringList &tags,
                          const QList<store::StageEvent> &history, const QStringList &floorTags, int limit);

// What was read, for arrangeBoard.
struct BoardReading
{
    store::ManagedImage managed;
    KasmImage image;
    std::optional<KasmImage> twin;
    QList<store::StageEvent> history; // newest first
    QList<BoardCard> candidates;      // from candidateTags, with their digests; newest first
    QString productionDigest;         // what the image's name names now; empty when unknown
    QList<KasmAgent> agents;
};

// Puts every digest in its furthest lane, once: production (now, then previous ones), verified, testing; then the
// candidates whose digest is not on the board already.
PromotionBoard arrangeBoard(const BoardReading &reading);

// Recounts the rollouts from fresh agent inventories (the deployment refreshed), without reading anything else.
void updateRollout(PromotionBoard &board, const QList<KasmAgent> &agents);

// Reads the board of one managed image (id, friendly name or reference): the deployment's images and agents, the
// managed record and stage history, the repository's tags (HEAD of the candidates only) and the digest the image's
// name names now. A registry that cannot be read leaves the candidates empty with registryProblem set; anything else
// that fails is the error.
QFuture<Result<PromotionBoard>> readPromotionBoard(const PlanServices &services, const QString &image);

} // namespace steward::workflow
