// stewardctl's workflow commands (issue 14): managing a user-facing image and the Push step's tags. They parse and
// print; the use cases in src/workflow decide.
#include "cli/CliText.h"
#include "cli/CommandLine.h"
#include "core/Clock.h"
#include "registry/RegistryClient.h"
#include "store/Catalog.h"
#include "store/CatalogWorker.h"
#include "store/Profile.h"
#include "workflow/ManageImage.h"
#include "workflow/Pipeline.h"
#include "workflow/Promote.h"
#include "workflow/PushTags.h"
#include "workflow/RepositoryFiles.h"
#include "workflow/StarterDockerfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace steward::cli {

namespace {

QString groupNames(const store::ManagedImage &image)
{
    QStringList names;
    for (const store::ManagedTestGroup &group : image.testGroups)
        names << group.name;
    return names.join(QStringLiteral(", "));
}

int runManage(CommandContext &context)
{
    const QCommandLineParser &parser = context.parser();
    workflow::ManageRequest request;
    request.image = context.positional().at(0);
    request.repository = parser.value(QStringLiteral("repository"));
    request.testGroups = parser.values(QStringLiteral("test-group"));
    if (request.repository.isEmpty() || request.testGroups.isEmpty())
        return context.usage(CliText::tr("manage needs --repository REPO and at least one --test-group GROUP"));
    if (parser.isSet(QStringLiteral("strategy"))) {
        request.strategy = store::deployStrategyFromName(parser.value(QStringLiteral("strategy")));
        if (!request.strategy)
            return context.usage(CliText::tr("--strategy takes pin or move"));
    }
    if (parser.isSet(QStringLiteral("unique")))
        request.uniquePattern = parser.value(QStringLiteral("unique"));
    if (parser.isSet(QStringLiteral("moving")))
        request.movingTag = parser.value(QStringLiteral("moving"));
    if (parser.isSet(QStringLiteral("login")))
        request.login = parser.value(QStringLiteral("login"));

    Result<std::shared_ptr<store::CatalogWorker>> catalog = openCatalogWorker(context);
    if (!catalog)
        return context.fail(catalog.error());
    Result<std::shared_ptr<kasm::Deployment>> deployment = openCommandDeployment(context);
    if (!deployment)
        return context.fail(deployment.error());
    const Result<workflow::Managed> managed =
        await(workflow::manageImage(*deployment, *catalog, std::move(request), QCoreApplication::instance()));
    if (!managed)
        return context.fail(managed.error());
    for (const QString &warning : managed->warnings)
        context.err() << CliText::tr("stewardctl: warning: ") << warning << Qt::endl;
    const store::ManagedImage &image = managed->image;
    if (context.json()) {
        QJsonObject o = store::managedImageJson(image);
        o.insert(QStringLiteral("created"), managed->created);
        context.printJson(o);
        return ExitOk;
    }
    context.out() << (managed->created ? CliText::tr("Now managing \"%1\" (%2).") : CliText::tr("Updated \"%1\" (%2)."))
                         .arg(image.friendlyName, image.imageId)
                  << Qt::endl;
    context.out()
        << CliText::tr("  repository:  %1").arg(image.repository) << Qt::endl
        << CliText::tr("  login:       %1")
               .arg(image.loginRegistry.isEmpty() ? CliText::tr("none (anonymous)") : image.loginRegistry)
        << Qt::endl
        << CliText::tr("  test groups: %1").arg(groupNames(image)) << Qt::endl
        << CliText::tr("  test twin:   %1")
               .arg(image.testTwinId.isEmpty() ? CliText::tr("not created yet") : image.testTwinId)
        << Qt::endl
        << CliText::tr("  tags:        %1 (unique, UTC), %2 (moving)").arg(image.uniquePattern, image.movingTag)
        << Qt::endl
        << CliText::tr("  strategy:    %1").arg(store::deployStrategyName(image.strategy)) << Qt::endl;
    return ExitOk;
}

int runManaged(CommandContext &context)
{
    Result<std::shared_ptr<store::CatalogWorker>> catalog = openCatalogWorker(context);
    if (!catalog)
        return context.fail(catalog.error());
    const Result<QList<store::ManagedImage>> images = await(workflow::managedImages(*catalog));
    if (!images)
        return context.fail(images.error());
    if (context.json()) {
        QJsonArray array;
        for (const store::ManagedImage &image : *images)
            array << store::managedImageJson(image);
        context.printJson(array);
        return ExitOk;
    }
    if (images->isEmpty()) {
        context.out() << CliText::tr(
                             "No managed images; `stewardctl manage IMAGE --repository REPO --test-group GROUP` "
                             "adds one.")
                      << Qt::endl;
        return ExitOk;
    }
    QList<QStringList> rows{{CliText::tr("IMAGE ID"), CliText::tr("NAME"), CliText::tr("REPOSITORY"),
                             CliText::tr("LOGIN"), CliText::tr("TEST GROUPS"), CliText::tr("TEST TWIN"),
                             CliText::tr("UNIQUE"), CliText::tr("MOVING"), CliText::tr("STRATEGY")}};
    for (const store::ManagedImage &image : *images)
        rows << QStringList{image.imageId,
                            image.friendlyName,
                            image.repository,
                            image.loginRegistry.isEmpty() ? QStringLiteral("-") : image.loginRegistry,
                            groupNames(image),
                            image.testTwinId.isEmpty() ? QStringLiteral("-") : image.testTwinId,
                            image.uniquePattern,
                            image.movingTag,
                            store::deployStrategyName(image.strategy)};
    context.printTable(rows);
    return ExitOk;
}

QJsonObject tagChangeJson(const workflow::TagChange &change)
{
    return {{QStringLiteral("tag"), change.tag},
            {QStringLiteral("previous"), change.before ? QJsonValue(change.before->toString()) : QJsonValue()},
            {QStringLiteral("written"), change.written}};
}

QString tagChangeText(const workflow::TagChange &change)
{
    if (!change.written)
        return CliText::tr("already there");
    if (!change.before)
        return CliText::tr("new");
    return CliText::tr("moved from %1").arg(change.before->toString());
}

// A new unique tag of a managed repository is a build in its history, when this machine has a profile: a CI runner
// without one records nothing (and gets no profile created for it).
QStringList recordBuildIfManaged(CommandContext &context, const workflow::PushedTags &pushed)
{
    if (!pushed.unique.written)
        return {};
    const QString dir = store::resolveProfileDir(context.profileDir());
    if (!QFileInfo::exists(QDir(dir).filePath(store::Catalog::catalogFileName())))
        return {};
    Result<std::shared_ptr<store::CatalogWorker>> catalog = openCatalogWorker(context);
    if (!catalog)
        return {};
    const Result<QStringList> recorded =
        await(workflow::recordBuild(*catalog, pushed.repository.name(), pushed.digest.toString(), pushed.unique.tag));
    if (!recorded) {
        context.err() << CliText::tr("stewardctl: warning: the build was tagged but not recorded: %1")
                             .arg(recorded.error().message)
                      << Qt::endl;
        return {};
    }
    return *recorded;
}

int runPushTags(CommandContext &context)
{
    const QCommandLineParser &parser = context.parser();
    Result<ImageReference> reference = ImageReference::parse(context.positional().at(0));
    if (!reference)
        return context.fail(reference.error());
    workflow::PushTagsRequest request;
    request.reference = *reference;
    request.uniquePattern = parser.value(QStringLiteral("unique"));
    if (request.uniquePattern.isEmpty())
        return context.usage(CliText::tr("push-tags needs --unique PATTERN, e.g. --unique '%Y%m%d-%H%M'"));
    request.movingTag = parser.isSet(QStringLiteral("no-moving"))
                            ? QString()
                            : (parser.isSet(QStringLiteral("moving")) ? parser.value(QStringLiteral("moving"))
                                                                      : QStringLiteral("latest"));
    Result<std::shared_ptr<registry::RegistryClient>> client = openRegistryClient(context, 1);
    if (!client)
        return context.fail(client.error());
    const Result<workflow::PushedTags> result =
        await(workflow::pushTags(*client, std::move(request), WallClock::instance(), QCoreApplication::instance()));
    if (!result)
        return context.fail(result.error());
    const workflow::PushedTags &pushed = *result;
    const QStringList builds = recordBuildIfManaged(context, pushed);
    if (context.parser().isSet(QStringLiteral("quiet"))) {
        // What a pipeline's next step needs, alone on a line: UNIQUE=$(stewardctl push-tags ... --quiet).
        context.out() << pushed.repository.withTag(pushed.unique.tag).toString() << Qt::endl;
        return ExitOk;
    }
    const QString timeText = pushed.time.toString(Qt::ISODate);
    if (context.json()) {
        QJsonObject o{
            {QStringLiteral("repository"), pushed.repository.name()},
            {QStringLiteral("digest"), pushed.digest.toString()},
            {QStringLiteral("time"), timeText},
            {QStringLiteral("timeSource"), pushed.timeFromImage ? QStringLiteral("created") : QStringLiteral("now")},
            {QStringLiteral("version"), pushed.version ? QJsonValue(*pushed.version) : QJsonValue()},
            {QStringLiteral("unique"), tagChangeJson(pushed.unique)},
            {QStringLiteral("moving"), pushed.moving ? QJsonValue(tagChangeJson(*pushed.moving)) : QJsonValue()},
            {QStringLiteral("recorded_for"), QJsonArray::fromStringList(builds)}};
        context.printJson(o);
        return ExitOk;
    }
    const auto line = [&](const workflow::TagChange &change) {
        context.out() << pushed.repository.withTag(change.tag).toString() << QStringLiteral(" -> ")
                      << pushed.digest.toString() << QStringLiteral(" (") << tagChangeText(change)
                      << QStringLiteral(")") << Qt::endl;
    };
    line(pushed.unique);
    if (pushed.moving)
        line(*pushed.moving);
    context.out() << (pushed.timeFromImage ? CliText::tr("Time: %1, the image's creation time.")
                                           : CliText::tr("Time: %1, now (the image records no creation time)."))
                         .arg(timeText)
                  << Qt::endl;
    if (!builds.isEmpty())
        context.out() << CliText::tr("Recorded as a build of %1.").arg(builds.join(QStringLiteral(", "))) << Qt::endl;
    return ExitOk;
}

// A managed image by id, friendly name or repository, from the catalog alone: generating files needs no network.
Result<store::ManagedImage> findManaged(const QList<store::ManagedImage> &images, const QString &what)
{
    QList<store::ManagedImage> matches;
    for (const store::ManagedImage &image : images) {
        if (image.imageId == what)
            return image;
        if (image.friendlyName == what || image.repository == what)
            matches << image;
    }
    if (matches.size() == 1)
        return matches.first();
    return fail(matches.isEmpty() ? ErrorCode::NotFound : ErrorCode::InvalidInput,
                matches.isEmpty()
                    ? CliText::tr("\"%1\" is not a managed image; `stewardctl managed` lists them.").arg(what)
                    : CliText::tr("\"%1\" names %2 managed images; give the image id.").arg(what).arg(matches.size()));
}

// The files `pipeline` writes: the engine's, and with --dockerfile a starter Dockerfile.
Result<QList<workflow::PipelineFile>> pipelineFiles(const QCommandLineParser &parser, const store::ManagedImage &image,
                                                    workflow::PipelineEngine engine,
                                                    const workflow::PipelineOptions &options)
{
    Result<QList<workflow::PipelineFile>> files = workflow::generatePipeline(image, engine, options);
    if (!files || !parser.isSet(QStringLiteral("dockerfile")))
        return files;
    const QString base =
        parser.isSet(QStringLiteral("base")) ? parser.value(QStringLiteral("base")) : workflow::defaultKasmBase();
    Result<workflow::PipelineFile> dockerfile = workflow::starterDockerfile(image, base);
    if (!dockerfile)
        return fail(dockerfile.error());
    files->append(*dockerfile);
    return files;
}

int runPipeline(CommandContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const std::optional<workflow::PipelineEngine> engine =
        workflow::pipelineEngineFromName(parser.value(QStringLiteral("engine")));
    if (!engine)
        return context.usage(CliText::tr("--engine takes gitlab, github, jenkins or bitbucket"));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(
            CliText::tr("pipeline needs --out DIR (the root of the repository that holds the Dockerfile)"));
    if (!parser.isSet(QStringLiteral("dockerfile")) &&
        (parser.isSet(QStringLiteral("base")) || parser.isSet(QStringLiteral("force"))))
        return context.usage(CliText::tr("--base and --force go with --dockerfile"));
    Result<std::shared_ptr<store::CatalogWorker>> catalog = openCatalogWorker(context);
    if (!catalog)
        return context.fail(catalog.error());
    const Result<QList<store::ManagedImage>> images = await(workflow::managedImages(*catalog));
    if (!images)
        return context.fail(images.error());
    const Result<store::ManagedImage> image = findManaged(*images, context.positional().at(0));
    if (!image)
        return context.fail(image.error());
    const workflow::PipelineOptions options{.sendToTest = parser.isSet(QStringLiteral("send-to-test"))};
    const Result<QList<workflow::PipelineFile>> files = pipelineFiles(parser, *image, *engine, options);
    if (!files)
        return context.fail(files.error());
    const Result<QStringList> written =
        workflow::writeRepositoryFiles(out, *files, parser.isSet(QStringLiteral("force")));
    if (!written) {
        Error error = written.error();
        if (error.code == ErrorCode::Conflict)
            error.detail = CliText::tr("--force replaces it; without --dockerfile only the pipeline is written");
        return context.fail(error);
    }
    const QStringList secrets = workflow::pipelineSecretVariables(*image, options);
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("files"), QJsonArray::fromStringList(*written)},
                                      {QStringLiteral("secretVariables"), QJsonArray::fromStringList(secrets)}});
        return ExitOk;
    }
    for (const QString &path : *written)
        context.out() << CliText::tr("wrote %1").arg(path) << Qt::endl;
    if (!secrets.isEmpty())
        context.out()
            << CliText::tr("Set these secret variables in the CI engine: %1").arg(secrets.join(QStringLiteral(", ")))
            << Qt::endl;
    if (*engine == workflow::PipelineEngine::Jenkins && !secrets.isEmpty())
        context.out() << CliText::tr("(Jenkins: as the credentials the Jenkinsfile's comments name.)") << Qt::endl;
    return ExitOk;
}

} // namespace

Result<std::shared_ptr<store::CatalogWorker>> openCatalogWorker(CommandContext &context)
{
    Result<QString> dir = store::prepareProfileDir(context.profileDir());
    if (!dir)
        return fail(dir.error());
    Result<std::shared_ptr<store::Catalog>> catalog = store::Catalog::open(*dir);
    if (!catalog)
        return fail(catalog.error());
    auto worker = std::make_shared<store::CatalogWorker>();
    worker->setCatalog(*catalog);
    return worker;
}

QList<Command> workflowCommands()
{
    return {
        Command{
            .name = QStringLiteral("manage"),
            .synopsis = QStringLiteral("IMAGE --repository REPO --test-group GROUP... [--strategy pin|move] "
                                       "[--unique PATTERN] [--moving TAG] [--login HOST]"),
            .summary = CliText::tr("Manage a user-facing Kasm image (id, name or reference): its repository, test "
                                   "group(s), tag convention and deploy strategy."),
            .options = {{QStringLiteral("repository"), CliText::tr("The registry repository builds are pushed to."),
                         QStringLiteral("REPO")},
                        {QStringLiteral("test-group"),
                         CliText::tr("A group (name or id) that tests builds (repeatable)."), QStringLiteral("GROUP")},
                        {QStringLiteral("strategy"),
                         CliText::tr("pin: deploy sets the image to the unique tag (default); move: deploy moves the "
                                     "moving tag."),
                         QStringLiteral("pin|move")},
                        {QStringLiteral("unique"),
                         CliText::tr("Unique tag pattern: %Y %m %d %H %M %S (UTC), {version} (default %Y%m%d-%H%M)."),
                         QStringLiteral("PATTERN")},
                        {QStringLiteral("moving"), CliText::tr("The moving tag (default latest)."),
                         QStringLiteral("TAG")},
                        {QStringLiteral("login"),
                         CliText::tr("Use the profile's login for HOST (default: the repository's registry, when the "
                                     "profile has a login for it)."),
                         QStringLiteral("HOST")},
                        demoRegistryCommandOption()},
            .minArgs = 1,
            .maxArgs = 1,
            .run = runManage},
        Command{.name = QStringLiteral("managed"),
                .synopsis = QString(),
                .summary = CliText::tr("List the managed images."),
                .options = {},
                .minArgs = 0,
                .maxArgs = 0,
                .run = runManaged},
        Command{
            .name = QStringLiteral("push-tags"),
            .synopsis = QStringLiteral("REF --unique PATTERN [--moving TAG | --no-moving] [--quiet]"),
            .summary = CliText::tr("Tag the digest REF names with a unique tag and the moving tag, by manifest only "
                                   "(no layer moves). The time is the image config's creation time (UTC), or now "
                                   "when it has none."),
            .options = {{QStringLiteral("unique"),
                         CliText::tr("Unique tag pattern: %Y %m %d %H %M %S of the image's creation time in UTC "
                                     "(now when it has none), %%, and {version} from the label "
                                     "org.opencontainers.image.version."),
                         QStringLiteral("PATTERN")},
                        {QStringLiteral("moving"),
                         CliText::tr("The moving tag to point at the digest (default latest)."), QStringLiteral("TAG")},
                        {QStringLiteral("no-moving"), CliText::tr("Add the unique tag only.")},
                        {QStringLiteral("quiet"),
                         CliText::tr("Print only the unique tag's reference (REPOSITORY:TAG), for scripts.")}},
            .minArgs = 1,
            .maxArgs = 1,
            .run = runPushTags},
        Command{.name = QStringLiteral("pipeline"),
                .synopsis = QStringLiteral("IMAGE --engine gitlab|github|jenkins|bitbucket --out DIR [--send-to-test] "
                                           "[--dockerfile [--base IMAGE] [--force]]"),
                .summary = CliText::tr("Write a scheduled build pipeline for a managed image (id, name or repository): "
                                       "build, push, push-tags, and with --send-to-test send-to-test. Secrets stay "
                                       "in the CI engine's secret variables."),
                .options = {{QStringLiteral("engine"), CliText::tr("The CI engine."),
                             QStringLiteral("gitlab|github|jenkins|bitbucket")},
                            {QStringLiteral("out"), CliText::tr("The repository root to write the files into."),
                             QStringLiteral("DIR")},
                            {QStringLiteral("send-to-test"),
                             CliText::tr("Then send the new unique tag to test, connecting to Kasm with the "
                                         "STEWARD_KASM_* secret variables (stewardctl --kasm-env).")},
                            {QStringLiteral("dockerfile"),
                             CliText::tr("Also write a starter Dockerfile on a Kasm core image (Kasm's custom image "
                                         "layout).")},
                            {QStringLiteral("base"),
                             CliText::tr("The Dockerfile's base image, with a tag or digest (default %1).")
                                 .arg(workflow::defaultKasmBase()),
                             QStringLiteral("IMAGE")},
                            {QStringLiteral("force"), CliText::tr("Replace an existing Dockerfile.")}},
                .minArgs = 1,
                .maxArgs = 1,
                .run = runPipeline},
    };
}

} // namespace steward::cli
