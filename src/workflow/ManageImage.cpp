#include "workflow/ManageImage.h"

#include "core/ImageReference.h"
#include "kasm/Deployment.h"
#include "kasm/FutureChain.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "workflow/TagPattern.h"
#include "workflow/WorkflowText.h"

namespace steward::workflow {

namespace {

using Chain = kasm::FutureChain<Result<Managed>>;

struct Managing
{
    std::shared_ptr<kasm::Deployment> deployment;
    // Weak: the steps' callbacks may be destroyed on another thread, and a worker must never die on its own.
    std::weak_ptr<store::CatalogWorker> catalog;
    ManageRequest request;
    ImageReference repository;
    std::shared_ptr<Chain> chain;
    KasmImage image;
    QString existingTwinId; // the one image named "<name> (test)", when there is exactly one
    QList<KasmGroup> groups;
};
using Run = std::shared_ptr<Managing>;

QString nothingChanged()
{
    return WorkflowText::tr(" Nothing was changed.");
}

Error unchanged(Error error)
{
    error.message += nothingChanged();
    return error;
}

// Checks what needs no deployment: the repository, the strategy's tags.
Result<ImageReference> checkRequest(const ManageRequest &request)
{
    Result<ImageReference> repository = ImageReference::parse(request.repository);
    if (!repository)
        return fail(unchanged(repository.error()));
    if (namesTagOrDigest(request.repository, *repository))
        return fail(ErrorCode::InvalidInput,
                    (request.wording == ManageRequest::Wording::Cli
                         ? WorkflowText::tr("--repository takes a repository without tag or digest, e.g. %1.")
                         : WorkflowText::tr("The repository is written without tag or digest, e.g. %1."))
                            .arg(repository->name()) +
                        nothingChanged());
    if (request.testGroups.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    WorkflowText::tr("A managed image needs at least one test group.") + nothingChanged());
    if (request.uniquePattern) {
        if (Status pattern = checkUniquePattern(*request.uniquePattern); !pattern)
            return fail(unchanged(pattern.error()));
    }
    if (request.movingTag && !ImageReference::isValidTag(*request.movingTag))
        return fail(ErrorCode::InvalidInput,
                    WorkflowText::tr("\"%1\" is not a valid moving tag.").arg(*request.movingTag) + nothingChanged());
    return repository;
}

// On the catalog's thread, in one transaction: the managed image as it will be, and whether it is new.
Result<Managed> write(const store::Catalog &catalog, Managed managed, const ManageRequest &request)
{
    const Status done = catalog.transaction([&](QSqlDatabase &tx) -> Status {
        Result<std::optional<store::ManagedImage>> existing = store::findManagedImage(tx, managed.image.imageId);
        if (!existing)
            return fail(existing.error());
        store::ManagedImage &image = managed.image;
        managed.created = !existing->has_value();
        const store::ManagedImage base = existing->value_or(store::ManagedImage{});
        // A twin recorded here wins; a fresh profile (a CI runner's) adopts the one already in Kasm rather than
        // making send-to-test create another.
        if (!base.testTwinId.isEmpty())
            image.testTwinId = base.testTwinId;
        image.strategy = request.strategy.value_or(base.strategy);
        image.uniquePattern = request.uniquePattern.value_or(base.uniquePattern);
        image.movingTag = request.movingTag.value_or(base.movingTag);
        const QString repositoryHost = store::registryHostKey(ImageReference::parse(image.repository)->registry());
        const QString login = request.login ? store::registryHostKey(*request.login)
                                            : (managed.created ? repositoryHost : base.loginRegistry);
        Result<std::optional<store::RegistryRecord>> registry = store::findRegistry(tx, login);
        if (!registry)
            return fail(registry.error());
        const bool hasLogin = registry->has_value() && !(*registry)->credentialRef.isEmpty();
        if (request.login && !request.login->isEmpty() && !hasLogin)
            return fail(ErrorCode::NotFound,
                        (request.wording == ManageRequest::Wording::Cli
                             ? WorkflowText::tr("The profile has no login for %1; store one with `stewardctl login %1` "
                                                "first, or leave --login out.")
                             : WorkflowText::tr("The profile has no login for %1; log in to it first (Registries → "
                                                "Log in…), or choose None as the login."))
                                .arg(login) +
                            nothingChanged());
        image.loginRegistry = hasLogin ? login : QString();
        if (!image.loginRegistry.isEmpty() && image.loginRegistry != repositoryHost)
            managed.warnings << WorkflowText::tr("The login is for %1, but the repository is on %2.")
                                    .arg(image.loginRegistry, repositoryHost);
        return store::saveManagedImage(tx, image, store::currentActor());
    });
    if (!done)
        return fail(done.error());
    return managed;
}

void save(const Run &run)
{
    Managed managed;
    managed.image.imageId = run->image.imageId;
    managed.image.friendlyName = run->image.friendlyName;
    managed.image.repository = run->repository.name();
    managed.image.testTwinId = run->existingTwinId;
    for (const KasmGroup &group : std::as_const(run->groups))
        managed.image.testGroups.append({group.groupId, group.name});
    Result<ImageReference> current = ImageReference::parse(run->image.name);
    if (current && current->name() != managed.image.repository)
        managed.warnings << WorkflowText::tr("\"%1\" now uses %2, which is not in %3; the first deploy will switch "
                                             "it to %3.")
                                .arg(run->image.displayName(), run->image.name, managed.image.repository);
    // The catalog step's callbacks may be destroyed on the catalog's thread: nothing they hold may need to die on this
    // one. The deployment is done with; the work holds the catalog, never the worker.
    run->deployment.reset();
    const std::shared_ptr<store::CatalogWorker> worker = run->catalog.lock();
    std::shared_ptr<store::Catalog> catalog = worker ? worker->catalog() : nullptr;
    if (!catalog)
        return run->chain->finish(fail(ErrorCode::NotFound, WorkflowText::tr("The catalog is not open.")));
    run->chain->await(
        worker->run<Managed>([catalog, managed, request = run->request](QSqlDatabase &) -> Result<Managed> {
            return write(*catalog, managed, request);
        }),
        [run](Result<Managed> saved) { run->chain->finish(std::move(saved)); }, run->chain);
}

// The test twin's friendly name is data send-to-test writes (Promote.cpp twinName), never translated.
QString onlyTwinOf(const QList<KasmImage> &images, const KasmImage &image)
{
    const QString name = image.friendlyName + QStringLiteral(" (test)");
    QString found;
    for (const KasmImage &candidate : images) {
        if (candidate.imageId == image.imageId || candidate.friendlyName != name)
            continue;
        if (!found.isEmpty())
            return {};
        found = candidate.imageId;
    }
    return found;
}

void readGroups(const Run &run)
{
    run->chain->await(
        run->deployment->listGroups(),
        [run](Result<QList<KasmGroup>> groups) {
            if (!groups)
                return run->chain->finish(fail(unchanged(groups.error())));
            Result<QList<KasmGroup>> found = findKasmGroups(*groups, run->request.testGroups);
            if (!found)
                return run->chain->finish(fail(unchanged(found.error())));
            run->groups = *found;
            save(run);
        },
        run->chain);
}

} // namespace

Result<KasmImage> findKasmImage(const QList<KasmImage> &images, const QString &what)
{
    QList<KasmImage> matches;
    for (const KasmImage &image : images) {
        if (image.imageId == what)
            return image;
        if (image.friendlyName == what || image.name == what)
            matches << image;
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty())
        return fail(ErrorCode::NotFound,
                    WorkflowText::tr("No image \"%1\" in the deployment; `stewardctl kasm images` lists ids and names.")
                        .arg(what));
    QStringList ids;
    for (const KasmImage &image : matches)
        ids << image.imageId;
    return fail(ErrorCode::InvalidInput, WorkflowText::tr("\"%1\" names %2 images; give one of their ids: %3")
                                             .arg(what)
                                             .arg(matches.size())
                                             .arg(ids.join(QStringLiteral(", "))));
}

Result<QList<KasmGroup>> findKasmGroups(const QList<KasmGroup> &groups, const QStringList &wanted)
{
    QList<KasmGroup> found;
    for (const QString &name : wanted) {
        const auto match = std::find_if(groups.cbegin(), groups.cend(), [&](const KasmGroup &group) {
            return group.groupId == name || group.name == name;
        });
        if (match == groups.cend()) {
            QStringList names;
            for (const KasmGroup &group : groups)
                names << group.name;
            return fail(ErrorCode::NotFound, WorkflowText::tr("No group \"%1\" in the deployment; the groups are: %2.")
                                                 .arg(name, names.join(QStringLiteral(", "))));
        }
        if (std::none_of(found.cbegin(), found.cend(),
                         [&](const KasmGroup &group) { return group.groupId == match->groupId; }))
            found << *match;
    }
    return found;
}

bool namesTagOrDigest(const QString &repository, const ImageReference &parsed)
{
    // The parser adds no tag to a reference without one, but a port is a colon too: only the last segment's counts.
    return parsed.hasDigest() || repository.section(QLatin1Char('/'), -1).contains(QLatin1Char(':'));
}

QFuture<Result<Managed>> manageImage(std::shared_ptr<kasm::Deployment> deployment,
                                     const std::shared_ptr<store::CatalogWorker> &catalog, ManageRequest request,
                                     QObject *context)
{
    auto run = std::make_shared<Managing>();
    run->chain = kasm::makeChain<Result<Managed>>(context);
    QFuture<Result<Managed>> future = run->chain->future();
    Result<ImageReference> repository = checkRequest(request);
    if (!repository) {
        run->chain->finish(fail(repository.error()));
        return future;
    }
    run->repository = *repository;
    run->deployment = std::move(deployment);
    run->catalog = catalog;
    run->request = std::move(request);
    run->chain->await(
        run->deployment->listImages(),
        [run](Result<QList<KasmImage>> images) {
            if (!images)
                return run->chain->finish(fail(unchanged(images.error())));
            Result<KasmImage> image = findKasmImage(*images, run->request.image);
            if (!image)
                return run->chain->finish(fail(unchanged(image.error())));
            run->image = *image;
            run->existingTwinId = onlyTwinOf(*images, *image);
            readGroups(run);
        },
        run->chain);
    return future;
}

QFuture<Status> stopManaging(const std::shared_ptr<store::CatalogWorker> &catalog, const QString &imageId)
{
    return catalog->write(
        [imageId](QSqlDatabase &db) { return store::removeManagedImage(db, imageId, store::currentActor()); });
}

QFuture<Result<QList<store::ManagedImage>>> managedImages(const std::shared_ptr<store::CatalogWorker> &catalog)
{
    return catalog->run<QList<store::ManagedImage>>([](QSqlDatabase &db) { return store::listManagedImages(db); });
}

} // namespace steward::workflow
