#include "workflow/PromotionBoard.h"

#include "core/ImageReference.h"
#include "kasm/Deployment.h"
#include "kasm/FutureChain.h"
#include "registry/RegistryClient.h"
#include "store/CatalogWorker.h"
#include "workflow/ManageImage.h"
#include "workflow/TagPattern.h"
#include "workflow/WorkflowText.h"

#include <QSet>

#include <algorithm>

namespace steward::workflow {

namespace {

using BoardChain = kasm::FutureChain<Result<PromotionBoard>>;

// How many earlier production digests the board keeps: enough to see the last few deploys, not the whole history.
constexpr int previousKept = 5;
constexpr int candidatesKept = 20;

bool isServing(store::StageKind kind)
{
    return kind == store::StageKind::Deploy || kind == store::StageKind::Rollback;
}

const store::StageEvent *latestOf(const QList<store::StageEvent> &history, const QString &digest,
                                  std::initializer_list<store::StageKind> kinds)
{
    for (const store::StageEvent &event : history) {
        if (event.digest == digest && std::find(kinds.begin(), kinds.end(), event.kind) != kinds.end())
            return &event;
    }
    return nullptr;
}

// The unique tag a digest went by, from any stage that recorded one.
QString recordedTag(const QList<store::StageEvent> &history, const QString &digest)
{
    for (const store::StageEvent &event : history) {
        if (event.digest == digest && !event.tag.isEmpty())
            return event.tag;
    }
    return {};
}

BoardCard cardFor(const QList<store::StageEvent> &history, const QString &digest,
                  std::initializer_list<store::StageKind> kinds)
{
    BoardCard card;
    card.digest = digest;
    card.tag = recordedTag(history, digest);
    if (const store::StageEvent *event = latestOf(history, digest, kinds)) {
        card.actor = event->actor;
        card.at = event->at;
        card.note = event->note;
    }
    return card;
}

// The tag in the image's own name, unless it is the moving tag (that says nothing about which build it is).
QString pinnedTag(const KasmImage &image, const store::ManagedImage &managed)
{
    const Result<ImageReference> name = ImageReference::parse(image.name);
    if (!name || name->tag() == managed.movingTag)
        return {};
    return name->tag();
}

void arrangeProduction(const BoardReading &r, PromotionBoard &board, QSet<QString> &placed)
{
    const store::StageEvent *lastServing = nullptr;
    for (const store::StageEvent &event : r.history) {
        if (isServing(event.kind)) {
            lastServing = &event;
            break;
        }
    }
    QString current = r.productionDigest;
    if (current.isEmpty() && lastServing)
        current = lastServing->digest;
    QList<BoardCard> &lane = board.lane(BoardLane::Production);
    if (!current.isEmpty() || !r.image.name.isEmpty()) {
        BoardCard now = cardFor(r.history, current, {store::StageKind::Deploy, store::StageKind::Rollback});
        if (now.tag.isEmpty())
            now.tag = pinnedTag(r.image, r.managed);
        lane << now;
        placed << current;
    }
    const QString rollbackTarget = lastServing ? lastServing->previousDigest : QString();
    for (const store::StageEvent &event : r.history) {
        if (!isServing(event.kind))
            continue;
        for (const QString &digest : {event.digest, event.previousDigest}) {
            if (digest.isEmpty() || placed.contains(digest) || lane.size() > previousKept)
                continue;
            BoardCard before = cardFor(r.history, digest, {store::StageKind::Deploy, store::StageKind::Rollback});
            before.previous = true;
            lane << before;
            placed << digest;
        }
    }
    for (BoardCard &card : lane)
        card.rollbackTarget = !rollbackTarget.isEmpty() && card.digest == rollbackTarget && card.previous;
}

} // namespace

QStringList candidateTags(const store::ManagedImage &managed, const QStringList &tags,
                          const QList<store::StageEvent> &history, const QStringList &floorTags, int limit)
{
    QSet<QString> tested;
    for (const store::StageEvent &event : history) {
        if (event.kind == store::StageKind::Test)
            tested << event.tag;
    }
    QString floor;
    for (const QString &tag : floorTags) {
        if (!tag.isEmpty() && (floor.isEmpty() || compareBuildTags(tag, floor) > 0))
            floor = tag;
    }
    const TagPatternMatcher pattern(managed.uniquePattern);
    QStringList found;
    for (const QString &tag : tags) {
        if (tag == managed.movingTag || tested.contains(tag))
            continue;
        if (!floor.isEmpty() && compareBuildTags(tag, floor) <= 0)
            continue;
        if (!pattern.matches(tag))
            continue;
        found << tag;
    }
    std::sort(found.begin(), found.end(),
              [](const QString &a, const QString &b) { return compareBuildTags(a, b) > 0; });
    return found.mid(0, limit);
}

PromotionBoard arrangeBoard(const BoardReading &r)
{
    PromotionBoard board;
    board.managed = r.managed;
    board.image = r.image;
    board.twin = r.twin;
    QSet<QString> placed;
    arrangeProduction(r, board, placed);

    QSet<QString> verified;
    for (const store::StageEvent &event : r.history) {
        if (event.kind != store::StageKind::Verify)
            continue;
        verified << event.digest;
        if (placed.contains(event.digest))
            continue;
        board.lane(BoardLane::Verified) << cardFor(r.history, event.digest, {store::StageKind::Verify});
        placed << event.digest;
    }

    QSet<QString> tested;
    for (const store::StageEvent &event : r.history) {
        if (event.kind != store::StageKind::Test)
            continue;
        // Only the latest send-to-test is what the twin runs; an earlier unverified build was replaced by it.
        if (tested.isEmpty() && !placed.contains(event.digest) && !verified.contains(event.digest)) {
            board.lane(BoardLane::Testing) << cardFor(r.history, event.digest, {store::StageKind::Test});
            placed << event.digest;
        }
        tested << event.digest;
    }

    for (const BoardCard &candidate : r.candidates) {
        if (placed.contains(candidate.digest) || tested.contains(candidate.digest))
            continue;
        board.lane(BoardLane::Candidates) << candidate;
        placed << candidate.digest;
    }
    updateRollout(board, r.agents);
    return board;
}

void updateRollout(PromotionBoard &board, const QList<KasmAgent> &agents)
{
    const QList<BoardCard> &testing = board.lane(BoardLane::Testing);
    KasmImage servedBy = board.twin.value_or(board.image);
    // The twin runs where the user-facing image does (send-to-test counts it the same way).
    servedBy.restrictToZone = board.image.restrictToZone;
    servedBy.zoneId = board.image.zoneId;
    // The twin is pinned to the Testing card's unique tag, and the image's name names the current production digest:
    // an agent holding either reference without reporting a digest counts, flagged (Readiness::unreported).
    board.testingRollout =
        testing.isEmpty() ? Readiness{}
                          : readinessOf(agents, servedBy, testing.first().digest, ReferenceRule::ReferenceNamesDigest);
    const QList<BoardCard> &production = board.lane(BoardLane::Production);
    board.productionRollout = production.isEmpty() ? Readiness{}
                                                   : readinessOf(agents, board.image, production.first().digest,
                                                                 ReferenceRule::ReferenceNamesDigest);
}

namespace {

// The steps of readPromotionBoard, each continuing the last on the context's thread.
struct BoardRead
{
    PlanServices services;
    std::shared_ptr<BoardChain> chain;
    BoardReading reading;
    ImageReference repository;
    QString registryProblem;

    void finish()
    {
        PromotionBoard board = arrangeBoard(reading);
        board.registryProblem = registryProblem;
        chain->finish(board);
    }
};
using BoardReadPtr = std::shared_ptr<BoardRead>;

void readAgents(const BoardReadPtr &read)
{
    read->chain->await(
        read->services.deployment->listAgents(),
        [read](Result<QList<KasmAgent>> agents) {
            if (!agents)
                return read->chain->finish(fail(agents.error()));
            read->reading.agents = *agents;
            read->finish();
        },
        read->chain);
}

void readCandidates(const BoardReadPtr &read, const QStringList &tags)
{
    if (tags.isEmpty())
        return readAgents(read);
    read->chain->await(
        read->services.registry->tagDigests(read->repository, tags),
        [read](Result<QList<registry::TagDigest>> digests) {
            if (!digests) {
                read->registryProblem = digests.error().message;
                return readAgents(read);
            }
            for (const registry::TagDigest &found : std::as_const(*digests)) {
                if (!found.digest.isValid())
                    continue;
                BoardCard card;
                card.digest = found.digest.toString();
                card.tag = found.tag;
                if (const store::StageEvent *built =
                        latestOf(read->reading.history, card.digest, {store::StageKind::Build})) {
                    card.actor = built->actor;
                    card.at = built->at;
                }
                read->reading.candidates << card;
            }
            readAgents(read);
        },
        read->chain);
}

void readTags(const BoardReadPtr &read)
{
    read->chain->await(
        read->services.registry->listTags(read->repository),
        [read](Result<registry::TagList> tags) {
            if (!tags) {
                read->registryProblem = tags.error().message;
                return readAgents(read);
            }
            const BoardReading &r = read->reading;
            QStringList floor{pinnedTag(r.image, r.managed), recordedTag(r.history, r.productionDigest)};
            for (const store::StageEvent &event : r.history) {
                if (event.kind == store::StageKind::Test) {
                    floor << event.tag;
                    break;
                }
            }
            readCandidates(read, candidateTags(r.managed, tags->tags, r.history, floor, candidatesKept));
        },
        read->chain);
}

void readProduction(const BoardReadPtr &read)
{
    const Result<ImageReference> name = ImageReference::parse(read->reading.image.name);
    if (!name)
        return readTags(read);
    read->chain->await(
        read->services.registry->headManifest(*name),
        [read](Result<registry::ManifestHead> head) {
            // Not found or unreachable: the board falls back to the stage history for what is in production.
            if (head && head->digest.isValid())
                read->reading.productionDigest = head->digest.toString();
            else if (!head && head.error().code != ErrorCode::NotFound)
                read->registryProblem = head.error().message;
            readTags(read);
        },
        read->chain);
}

void readCatalog(const BoardReadPtr &read, const QList<KasmImage> &images)
{
    const std::shared_ptr<store::CatalogWorker> catalog = read->services.catalog.lock();
    if (!catalog)
        return read->chain->finish(fail(ErrorCode::Internal, WorkflowText::tr("The catalog is closed.")));
    struct Stored
    {
        std::optional<store::ManagedImage> managed;
        QList<store::StageEvent> history;
    };
    const QString imageId = read->reading.image.imageId;
    read->chain->await(
        catalog->run<Stored>([imageId](QSqlDatabase &db) -> Result<Stored> {
            Result<std::optional<store::ManagedImage>> managed = store::findManagedImage(db, imageId);
            if (!managed)
                return fail(managed.error());
            Result<QList<store::StageEvent>> history = store::stageHistory(db, imageId);
            if (!history)
                return fail(history.error());
            return Stored{*managed, *history};
        }),
        [read, images](Result<Stored> stored) {
            if (!stored)
                return read->chain->finish(fail(stored.error()));
            if (!stored->managed)
                return read->chain->finish(
                    fail(ErrorCode::NotFound, WorkflowText::tr("\"%1\" is not a managed image; manage it first.")
                                                  .arg(read->reading.image.displayName())));
            read->reading.managed = *stored->managed;
            read->reading.history = stored->history;
            for (const KasmImage &image : images) {
                if (!read->reading.managed.testTwinId.isEmpty() && image.imageId == read->reading.managed.testTwinId)
                    read->reading.twin = image;
            }
            Result<ImageReference> repository = ImageReference::parse(read->reading.managed.repository);
            if (!repository)
                return read->chain->finish(fail(repository.error()));
            read->repository = *repository;
            readProduction(read);
        },
        read->chain);
}

} // namespace

QFuture<Result<PromotionBoard>> readPromotionBoard(const PlanServices &services, const QString &image)
{
    auto read = std::make_shared<BoardRead>();
    read->services = services;
    read->chain = kasm::makeChain<Result<PromotionBoard>>(services.context);
    if (!services.deployment || !services.registry) {
        read->chain->finish(
            fail(ErrorCode::Internal, WorkflowText::tr("The board needs a deployment and a registry client.")));
        return read->chain->future();
    }
    read->chain->await(
        services.deployment->listImages(),
        [read, image](Result<QList<KasmImage>> images) {
            if (!images)
                return read->chain->finish(fail(images.error()));
            Result<KasmImage> found = findKasmImage(*images, image);
            if (!found)
                return read->chain->finish(fail(found.error()));
            read->reading.image = *found;
            readCatalog(read, *images);
        },
        read->chain);
    return read->chain->future();
}

} // namespace steward::workflow
