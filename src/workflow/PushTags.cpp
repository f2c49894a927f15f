#include "workflow/PushTags.h"

#include "kasm/FutureChain.h"
#include "registry/RegistryClient.h"
#include "workflow/TagPattern.h"
#include "workflow/WorkflowText.h"

namespace steward::workflow {

namespace {

using Chain = kasm::FutureChain<Result<PushedTags>>;

// One push-tags in flight: the steps below hand it on until it finishes.
struct Pushing
{
    std::shared_ptr<registry::RegistryClient> client;
    PushTagsRequest request;
    const Clock *clock = nullptr;
    TagPatternNeeds needs;
    std::shared_ptr<Chain> chain;
    registry::FetchedManifest manifest;
    PushedTags result;
    QList<TagChange *> pending; // tags still to look at, then to write
};
using Run = std::shared_ptr<Pushing>;

void writeTags(const Run &run, qsizetype index)
{
    if (index >= run->pending.size())
        return run->chain->finish(run->result);
    TagChange *change = run->pending.at(index);
    if (change->before && *change->before == run->result.digest)
        return writeTags(run, index + 1);
    run->chain->await(
        run->client->putManifest(run->request.reference.withTag(change->tag), run->manifest.bytes,
                                 run->manifest.mediaType),
        [run, index, change](Result<Digest> put) {
            if (!put)
                return run->chain->finish(fail(put.error()));
            change->written = true;
            writeTags(run, index + 1);
        },
        run->chain);
}

// One HEAD per tag, all before the first PUT: a unique tag on another digest refuses the whole push.
void lookAtTags(const Run &run, qsizetype index)
{
    if (index >= run->pending.size())
        return writeTags(run, 0);
    TagChange *change = run->pending.at(index);
    run->chain->await(
        run->client->headManifest(run->request.reference.withTag(change->tag)),
        [run, index, change](Result<registry::ManifestHead> head) {
            if (!head && head.error().code != ErrorCode::NotFound)
                return run->chain->finish(fail(head.error()));
            if (head) {
                if (!head->digest.isValid())
                    return run->chain->finish(
                        fail(ErrorCode::Unsupported,
                             WorkflowText::tr("%1 gave no digest for the existing tag %2; nothing was tagged.")
                                 .arg(run->request.reference.registry(), change->tag)));
                change->before = head->digest;
            }
            const bool unique = change == &run->result.unique;
            if (unique && change->before && *change->before != run->result.digest)
                return run->chain->finish(
                    fail(ErrorCode::Conflict,
                         WorkflowText::tr("The unique tag %1 already points at %2, not at %3; a unique tag is never "
                                          "moved. Nothing was tagged: use a pattern that gives a new tag (add %S or "
                                          "{version}).")
                             .arg(change->tag, change->before->toString(), run->result.digest.toString())));
            lookAtTags(run, index + 1);
        },
        run->chain);
}

void nameTags(const Run &run, const QDateTime &created, const std::optional<QString> &version)
{
    run->result.timeFromImage = created.isValid();
    run->result.time = (created.isValid() ? created : run->clock->now()).toUTC();
    if (run->needs.version)
        run->result.version = version;
    Result<QString> unique = expandTagPattern(run->request.uniquePattern, run->result.time, version);
    if (!unique)
        return run->chain->finish(fail(unique.error()));
    run->result.unique.tag = *unique;
    run->pending << &run->result.unique;
    if (!run->request.movingTag.isEmpty()) {
        run->result.moving = TagChange{run->request.movingTag, std::nullopt, false};
        run->pending << &*run->result.moving;
    }
    lookAtTags(run, 0);
}

void readConfig(const Run &run, const registry::Manifest &image, const ImageReference &at)
{
    run->chain->await(
        run->client->getConfig(at, image.config),
        [run](Result<registry::ImageConfig> config) {
            if (!config)
                return run->chain->finish(fail(config.error()));
            const auto label = config->labels.constFind(versionLabel());
            nameTags(run, config->created,
                     label == config->labels.cend() ? std::nullopt : std::optional<QString>(label.value()));
        },
        run->chain);
}

// An index has no config of its own: its linux/amd64 image (or its first) speaks for it.
void readIndexConfig(const Run &run)
{
    const registry::Manifest &index = run->manifest.manifest;
    std::optional<registry::Descriptor> entry = index.platformEntry(QStringLiteral("linux/amd64"));
    if (!entry && !index.manifests.isEmpty())
        entry = index.manifests.constFirst();
    if (!entry)
        return nameTags(run, {}, std::nullopt);
    const ImageReference platform = run->result.repository.withDigest(entry->digest);
    run->chain->await(
        run->client->getManifest(platform),
        [run, platform](Result<registry::FetchedManifest> image) {
            if (!image)
                return run->chain->finish(fail(image.error()));
            readConfig(run, image->manifest, platform);
        },
        run->chain);
}

void start(const Run &run)
{
    run->chain->await(
        run->client->getManifest(run->request.reference),
        [run](Result<registry::FetchedManifest> manifest) {
            if (!manifest)
                return run->chain->finish(fail(manifest.error()));
            run->manifest = *manifest;
            run->result.digest = manifest->digest;
            if (!run->needs.time && !run->needs.version)
                return nameTags(run, {}, std::nullopt);
            if (manifest->manifest.isIndex())
                return readIndexConfig(run);
            if (manifest->manifest.kind != registry::Manifest::Kind::Image)
                return nameTags(run, {}, std::nullopt);
            readConfig(run, manifest->manifest, run->request.reference);
        },
        run->chain);
}

} // namespace

QFuture<Result<PushedTags>> pushTags(std::shared_ptr<registry::RegistryClient> client, PushTagsRequest request,
                                     const Clock &clock, QObject *context)
{
    auto run = std::make_shared<Pushing>();
    run->chain = kasm::makeChain<Result<PushedTags>>(context);
    QFuture<Result<PushedTags>> future = run->chain->future();
    Result<TagPatternNeeds> needs = tagPatternNeeds(request.uniquePattern);
    if (!needs) {
        run->chain->finish(fail(needs.error()));
        return future;
    }
    if (Status unique = checkUniquePattern(request.uniquePattern); !unique) {
        run->chain->finish(fail(unique.error()));
        return future;
    }
    if (!request.movingTag.isEmpty() && !ImageReference::isValidTag(request.movingTag)) {
        run->chain->finish(fail(ErrorCode::InvalidInput,
                                WorkflowText::tr("\"%1\" is not a valid moving tag: up to 128 letters, digits, '_', "
                                                 "'.' and '-', not starting with '.' or '-'.")
                                    .arg(request.movingTag)));
        return future;
    }
    run->needs = *needs;
    run->client = std::move(client);
    run->request = std::move(request);
    run->clock = &clock;
    run->result.repository = run->request.reference.withTag({});
    start(run);
    return future;
}

} // namespace steward::workflow
