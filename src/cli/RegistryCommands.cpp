// stewardctl's registry commands: tags, digest, inspect, ratelimit, tag, copy, delete. Human output by default, --json
// for scripts; on failure one line on stderr and exit code 1.
#include "cli/CliText.h"
#include "cli/CommandLine.h"
#include "core/ImageReference.h"
#include "registry/DockerConfig.h"
#include "registry/RegistryClient.h"
#include "store/Catalog.h"
#include "store/CatalogQueries.h"
#include "store/KeychainCredentialStore.h"
#include "store/RegistryLogins.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace steward::cli {

using namespace steward::registry;

namespace {

// Logins for the registries a command touches: the profile's own (`stewardctl login`, secret in the keychain) first,
// then the docker/podman configuration (--docker-config, or where docker and skopeo look). Resolved before the
// command runs, so that helpers and the keychain are asked once per registry. Registry commands only read the
// profile: without one there are simply no profile logins, and nothing is created, migrated or backed up.
Result<std::shared_ptr<StaticCredentialProvider>> credentialsFor(CommandContext &context, const QStringList &registries)
{
    auto provider = std::make_shared<StaticCredentialProvider>();
    QStringList unresolved = registries;
    Result<std::shared_ptr<store::Catalog>> catalog = store::Catalog::openReadOnly(context.profileDir());
    if (!catalog && catalog.error().code != ErrorCode::NotFound)
        context.err()
            << CliText::tr("stewardctl: warning: the profile's logins are not used: %1").arg(catalog.error().message)
            << Qt::endl;
    if (catalog) {
        auto keychain = std::make_shared<store::KeychainCredentialStore>();
        unresolved.clear();
        for (const QString &registry : registries) {
            const Result<std::optional<store::StoredLogin>> login =
                await(store::storedLoginFor(*catalog, keychain, registry));
            if (const std::optional<store::StoredLogin> stored = login.value_or(std::nullopt))
                provider->set(registry, Credential{stored->username, stored->secret});
            else
                unresolved << registry;
        }
    }
    if (unresolved.isEmpty())
        return provider;
    Result<DockerConfig> config =
        DockerConfig::load(QProcessEnvironment::systemEnvironment(), context.dockerConfigDir());
    if (!config)
        return fail(config.error());
    for (const QString &registry : unresolved) {
        const Result<std::optional<Credential>> credential = await(config->credentialFor(registry));
        if (!credential)
            return fail(credential.error());
        if (const std::optional<Credential> &found = *credential)
            provider->set(registry, *found);
    }
    return provider;
}

// The profile's settings for each registry (`registry-settings`, or the window's Registry settings): its CA and an
// explicit "insecure" join what the command line says; --insecure-registry and --ca-file still apply on top.
void applyProfileSettings(CommandContext &context, RegistryClient &client)
{
    Result<std::shared_ptr<store::Catalog>> catalog = store::Catalog::openReadOnly(context.profileDir());
    if (!catalog)
        return; // credentialsFor, which runs next, says why when it matters
    QSqlDatabase db = (*catalog)->database();
    const Result<QList<store::RegistryRecord>> registries = store::listRegistries(db);
    if (!registries)
        return;
    for (const store::RegistryRecord &record : *registries) {
        if (record.caFile.isEmpty() && !record.insecure)
            continue;
        RegistryOptions options = client.optionsFor(record.url);
        if (!record.caFile.isEmpty())
            options.caFile = record.caFile;
        options.insecure = options.insecure || record.insecure;
        client.setRegistryOptions(record.url, options);
    }
}

// What every registry command starts from: its references, parsed, and a client configured for their registries
// from the global options (--ca-file for every registry, --insecure-registry per host) and the logins.
struct RegistrySession
{
    QList<ImageReference> refs;
    std::shared_ptr<RegistryClient> client;
};

Result<RegistrySession> openRegistrySession(CommandContext &context, qsizetype refCount)
{
    RegistrySession session;
    for (qsizetype i = 0; i < refCount; ++i) {
        Result<ImageReference> ref = ImageReference::parse(context.positional().at(i));
        if (!ref)
            return fail(ref.error());
        session.refs << *ref;
    }
    QStringList registries;
    for (const ImageReference &ref : std::as_const(session.refs)) {
        if (!registries.contains(ref.registry()))
            registries << ref.registry();
    }
    Result<std::shared_ptr<RegistryClient>> client = openRegistryClientFor(context, registries);
    if (!client)
        return fail(client.error());
    session.client = *client;
    return session;
}

const QString allowPullOption = QStringLiteral("allow-pull");

// The manifest `ref` names, by HEAD: a digest check never counts as a pull on Docker Hub. An old registry gives no
// digest with HEAD; then only the manifest's bytes tell it, and that GET is a pull, so it is made only with
// --allow-pull, and said on stderr. Every command that needs a digest goes through here: one behaviour everywhere.
Result<ManifestHead> resolveManifest(CommandContext &context, RegistryClient &client, const ImageReference &ref)
{
    Result<ManifestHead> head = await(client.headManifest(ref));
    if (!head)
        return head;
    for (const QString &warning : std::as_const(head->warnings))
        context.err() << CliText::tr("stewardctl: the registry warns: %1").arg(warning) << Qt::endl;
    if (head->digest.isValid())
        return head;
    if (!context.parser().isSet(allowPullOption))
        return fail(
            Error{ErrorCode::Unsupported,
                  CliText::tr("%1 gave no digest for %2 in its answer to HEAD").arg(ref.registry(), ref.toString()),
                  CliText::tr("run again with --allow-pull to read it from the manifest; that GET counts "
                              "as a pull on rate-limited registries")});
    context.err() << CliText::tr(
                         "stewardctl: the registry gave no digest with HEAD; reading the manifest instead (this "
                         "counts as a pull)")
                  << Qt::endl;
    const Result<FetchedManifest> manifest = await(client.getManifest(ref));
    if (!manifest)
        return fail(manifest.error());
    head->digest = manifest->digest;
    head->mediaType = manifest->mediaType;
    head->size = manifest->bytes.size();
    return head;
}

QCommandLineOption allowPull()
{
    return {allowPullOption,
            CliText::tr("When the registry gives no digest with HEAD, read the manifest instead (counts as a pull).")};
}

QString windowText(int seconds)
{
    if (seconds <= 0)
        return CliText::tr("an unreported window");
    if (seconds % 3600 == 0)
        return CliText::tr("%n hour(s)", nullptr, seconds / 3600);
    return CliText::tr("%1 s").arg(seconds);
}

QJsonObject rateLimitJson(const RateLimit &limit)
{
    QJsonObject object{{QStringLiteral("limited"), limit.limited}};
    if (limit.limited) {
        object.insert(QStringLiteral("limit"), limit.limit);
        object.insert(QStringLiteral("remaining"), limit.remaining);
        object.insert(QStringLiteral("windowSeconds"), limit.windowSeconds);
    }
    if (!limit.source.isEmpty())
        object.insert(QStringLiteral("source"), limit.source);
    return object;
}

int runTags(CommandContext &context)
{
    Result<RegistrySession> session = openRegistrySession(context, 1);
    if (!session)
        return context.fail(session.error());
    const ImageReference &ref = session->refs.constFirst();
    RegistryClient &client = *session->client;
    const Result<TagList> tags = await(client.listTags(ref));
    if (!tags)
        return context.fail(tags.error());
    if (!context.parser().isSet(QStringLiteral("digests"))) {
        if (context.json()) {
            context.printJson(QJsonObject{{QStringLiteral("repository"), tags->repository},
                                          {QStringLiteral("tags"), QJsonArray::fromStringList(tags->tags)}});
        } else {
            for (const QString &tag : tags->tags)
                context.out() << tag << QLatin1Char('\n');
        }
        return ExitOk;
    }
    const Result<QList<TagDigest>> digests = await(client.tagDigests(ref, tags->tags));
    if (!digests)
        return context.fail(digests.error());
    if (context.json()) {
        QJsonArray array;
        for (const TagDigest &entry : *digests)
            array.append(QJsonObject{{QStringLiteral("tag"), entry.tag},
                                     {QStringLiteral("digest"), entry.digest.toString()},
                                     {QStringLiteral("mediaType"), entry.mediaType}});
        context.printJson(
            QJsonObject{{QStringLiteral("repository"), tags->repository}, {QStringLiteral("tags"), array}});
        return ExitOk;
    }
    qsizetype width = 0;
    for (const TagDigest &entry : *digests)
        width = std::max(width, entry.tag.size());
    for (const TagDigest &entry : *digests)
        context.out() << entry.tag.leftJustified(width) << QStringLiteral("  ") << entry.digest.toString()
                      << QLatin1Char('\n');
    return ExitOk;
}

int runDigest(CommandContext &context)
{
    Result<RegistrySession> session = openRegistrySession(context, 1);
    if (!session)
        return context.fail(session.error());
    const ImageReference &ref = session->refs.constFirst();
    RegistryClient &client = *session->client;
    const QString platform = context.parser().value(QStringLiteral("platform"));
    if (!platform.isEmpty()) {
        if (platform.count(QLatin1Char('/')) < 1 || platform.count(QLatin1Char('/')) > 2)
            return context.usage(CliText::tr("--platform takes os/arch or os/arch/variant, e.g. linux/amd64"));
        const Result<PlatformImage> image = await(client.platformDigest(ref, platform));
        if (!image)
            return context.fail(image.error());
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("reference"), ref.toString()},
                                          {QStringLiteral("platform"), image->platform.toString()},
                                          {QStringLiteral("digest"), image->digest.toString()},
                                          {QStringLiteral("mediaType"), image->mediaType}});
        else
            context.out() << image->digest.toString() << QLatin1Char('\n');
        return ExitOk;
    }
    const Result<ManifestHead> head = resolveManifest(context, client, ref);
    if (!head)
        return context.fail(head.error());
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("reference"), ref.toString()},
                                      {QStringLiteral("digest"), head->digest.toString()},
                                      {QStringLiteral("mediaType"), head->mediaType},
                                      {QStringLiteral("index"), isIndexMediaType(head->mediaType)},
                                      {QStringLiteral("size"), head->size}});
    else
        context.out() << head->digest.toString() << QLatin1Char('\n');
    return ExitOk;
}

int runInspect(CommandContext &context)
{
    Result<RegistrySession> session = openRegistrySession(context, 1);
    if (!session)
        return context.fail(session.error());
    const ImageReference &ref = session->refs.constFirst();
    RegistryClient &client = *session->client;
    const Result<ImageDetails> details = await(client.inspect(ref));
    if (!details)
        return context.fail(details.error());
    const ImageConfig &config = details->config;
    if (context.json()) {
        QJsonObject object{{QStringLiteral("reference"), ref.toString()},
                           {QStringLiteral("digest"), details->digest.toString()},
                           {QStringLiteral("mediaType"), details->mediaType},
                           {QStringLiteral("manifestSize"), details->size}};
        if (!details->platforms.isEmpty()) {
            QJsonArray platforms;
            for (const PlatformImage &platform : details->platforms)
                platforms.append(QJsonObject{{QStringLiteral("platform"), platform.platform.toString()},
                                             {QStringLiteral("digest"), platform.digest.toString()},
                                             {QStringLiteral("mediaType"), platform.mediaType},
                                             {QStringLiteral("size"), platform.size}});
            object.insert(QStringLiteral("platforms"), platforms);
        }
        if (details->hasConfig) {
            QJsonObject labels;
            for (auto it = config.labels.cbegin(); it != config.labels.cend(); ++it)
                labels.insert(it.key(), it.value());
            object.insert(QStringLiteral("created"),
                          config.created.isValid() ? QJsonValue(config.created.toString(Qt::ISODate)) : QJsonValue());
            object.insert(QStringLiteral("os"), config.os);
            object.insert(QStringLiteral("architecture"), config.architecture);
            if (!config.variant.isEmpty())
                object.insert(QStringLiteral("variant"), config.variant);
            object.insert(QStringLiteral("labels"), labels);
            object.insert(QStringLiteral("layers"), details->layerCount);
            object.insert(QStringLiteral("layerBytes"), details->layerBytes);
        }
        context.printJson(object);
        return ExitOk;
    }
    QTextStream &out = context.out();
    out << CliText::tr("Reference:    ") << ref.toString() << QLatin1Char('\n');
    out << CliText::tr("Digest:       ") << details->digest.toString()
        << (details->platforms.isEmpty() ? QString() : CliText::tr("  (index: pull by platform digest below)"))
        << QLatin1Char('\n');
    out << CliText::tr("Media type:   ") << details->mediaType << QLatin1Char('\n');
    if (!details->platforms.isEmpty()) {
        out << CliText::tr("Platforms:") << QLatin1Char('\n');
        for (const PlatformImage &platform : details->platforms)
            out << QStringLiteral("  ") << platform.platform.toString().leftJustified(16) << QLatin1Char(' ')
                << platform.digest.toString() << QLatin1Char('\n');
    }
    if (details->hasConfig) {
        out << CliText::tr("Created:      ")
            << (config.created.isValid() ? config.created.toString(Qt::ISODate) : CliText::tr("unknown"))
            << QLatin1Char('\n');
        out << CliText::tr("Platform:     ") << config.os << QLatin1Char('/') << config.architecture
            << (config.variant.isEmpty() ? QString() : QLatin1Char('/') + config.variant) << QLatin1Char('\n');
        out << CliText::tr("Layers:       ") << details->layerCount << QStringLiteral(" (")
            << QLocale::c().formattedDataSize(details->layerBytes) << QStringLiteral(")\n");
        if (!config.labels.isEmpty()) {
            out << CliText::tr("Labels:") << QLatin1Char('\n');
            for (auto it = config.labels.cbegin(); it != config.labels.cend(); ++it)
                out << QStringLiteral("  ") << it.key() << QLatin1Char('=') << it.value() << QLatin1Char('\n');
        }
    }
    return ExitOk;
}

int runRateLimit(CommandContext &context)
{
    Result<RegistrySession> session = openRegistrySession(context, 1);
    if (!session)
        return context.fail(session.error());
    const ImageReference &ref = session->refs.constFirst();
    RegistryClient &client = *session->client;
    // A HEAD: reading the quota must not spend it.
    const Result<ManifestHead> head = await(client.headManifest(ref));
    if (!head)
        return context.fail(head.error());
    for (const QString &warning : head->warnings)
        context.err() << CliText::tr("stewardctl: the registry warns: %1").arg(warning) << Qt::endl;
    const RateLimit &limit = head->rateLimit;
    if (context.json()) {
        QJsonObject object = rateLimitJson(limit);
        object.insert(QStringLiteral("registry"), ref.registry());
        context.printJson(object);
        return ExitOk;
    }
    if (!limit.limited) {
        context.out()
            << CliText::tr("%1: no rate limit reported (unlimited for this account or address)").arg(ref.registry())
            << QLatin1Char('\n');
        return ExitOk;
    }
    context.out() << CliText::tr("%1: %2 of %3 pulls left per %4")
                         .arg(ref.registry())
                         .arg(limit.remaining)
                         .arg(limit.limit)
                         .arg(windowText(limit.windowSeconds));
    if (!limit.source.isEmpty())
        context.out() << CliText::tr(" (counted for %1)").arg(limit.source);
    context.out() << QLatin1Char('\n');
    return ExitOk;
}

int runTag(CommandContext &context)
{
    const QStringList tags = context.positional().mid(1);
    for (const QString &tag : tags) {
        if (!ImageReference::isValidTag(tag))
            return context.fail(
                Error{ErrorCode::InvalidInput,
                      CliText::tr("\"%1\" is not a valid tag: up to 128 letters, digits, '_', '.' and '-', "
                                  "not starting with '.' or '-'")
                          .arg(tag),
                      {}});
    }
    Result<RegistrySession> session = openRegistrySession(context, 1);
    if (!session)
        return context.fail(session.error());
    const ImageReference &ref = session->refs.constFirst();
    const Result<Digest> digest = await(session->client->retag(ref, tags));
    if (!digest)
        return context.fail(digest.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("source"), ref.toString()},
                                      {QStringLiteral("digest"), digest->toString()},
                                      {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}});
        return ExitOk;
    }
    for (const QString &tag : tags)
        context.out() << ref.withTag(tag).toString() << QStringLiteral(" -> ") << digest->toString()
                      << QLatin1Char('\n');
    return ExitOk;
}

int runCopy(CommandContext &context)
{
    Result<RegistrySession> session = openRegistrySession(context, 2);
    if (!session)
        return context.fail(session.error());
    const ImageReference &source = session->refs.at(0);
    const ImageReference &destination = session->refs.at(1);
    const Result<CopyReport> report = await(session->client->copy(source, destination));
    if (!report)
        return context.fail(report.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("source"), source.toString()},
                                      {QStringLiteral("destination"), destination.toString()},
                                      {QStringLiteral("digest"), report->digest.toString()},
                                      {QStringLiteral("manifestsPut"), report->manifestsPut},
                                      {QStringLiteral("blobsMounted"), report->blobsMounted},
                                      {QStringLiteral("blobsExisting"), report->blobsExisting},
                                      {QStringLiteral("blobsUploaded"), report->blobsUploaded},
                                      {QStringLiteral("bytesUploaded"), report->bytesUploaded}});
        return ExitOk;
    }
    context.out()
        << CliText::tr("copied %1 -> %2 (%3)").arg(source.toString(), destination.toString(), report->digest.toString())
        << QLatin1Char('\n')
        << CliText::tr("  blobs: %1 mounted, %2 already there, %3 uploaded (%4); manifests written: %5")
               .arg(report->blobsMounted)
               .arg(report->blobsExisting)
               .arg(report->blobsUploaded)
               .arg(QLocale::c().formattedDataSize(report->bytesUploaded))
               .arg(report->manifestsPut)
        << QLatin1Char('\n');
    return ExitOk;
}

// Deleting a manifest by digest takes every tag on that digest with it (distribution 2.8 cannot delete a tag alone),
// so the tags are found first (one HEAD per tag, no pull counted) and named before anything is removed.
int runDelete(CommandContext &context)
{
    Result<RegistrySession> session = openRegistrySession(context, 1);
    if (!session)
        return context.fail(session.error());
    const ImageReference &ref = session->refs.constFirst();
    RegistryClient &client = *session->client;
    Digest digest = ref.digest();
    if (!ref.hasDigest()) {
        const Result<ManifestHead> head = resolveManifest(context, client, ref);
        if (!head)
            return context.fail(head.error());
        digest = head->digest;
    }
    const Result<TagList> tags = await(client.listTags(ref));
    if (!tags)
        return context.fail(tags.error());
    const Result<QList<TagDigest>> digests = await(client.tagDigests(ref, tags->tags));
    if (!digests)
        return context.fail(digests.error());
    QStringList sharing;
    for (const TagDigest &entry : *digests) {
        if (entry.digest == digest)
            sharing << entry.tag;
    }
    sharing.sort();
    const ImageReference target = ref.withTag({}).withDigest(digest);
    const QString tagText = sharing.isEmpty() ? CliText::tr("no tag points at it") : sharing.join(QStringLiteral(", "));
    context.err() << CliText::tr("stewardctl: warning: deleting %1 removes every tag on that digest: %2")
                         .arg(target.toString(), tagText)
                  << Qt::endl;
    if (!context.parser().isSet(QStringLiteral("yes")))
        return context.fail(
            Error{ErrorCode::InvalidInput,
                  CliText::tr("nothing deleted; run again with --yes to delete %1").arg(target.toString())});
    const Status deleted = await(client.deleteManifest(target));
    if (!deleted)
        return context.fail(deleted.error());
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("reference"), target.toString()},
                                      {QStringLiteral("digest"), digest.toString()},
                                      {QStringLiteral("tagsRemoved"), QJsonArray::fromStringList(sharing)}});
        return ExitOk;
    }
    context.out() << CliText::tr("deleted %1 (tags removed: %2)").arg(target.toString(), tagText) << QLatin1Char('\n');
    return ExitOk;
}

} // namespace

QList<Command> registryCommands()
{
    return {
        Command{.name = QStringLiteral("tags"),
                .synopsis = QStringLiteral("REF [--digests]"),
                .summary = CliText::tr("List a repository's tags (with their digests)."),
                .options = {{QStringLiteral("digests"),
                             CliText::tr("Also show each tag's digest (one HEAD per tag; no pulls counted).")}},
                .minArgs = 1,
                .maxArgs = 1,
                .run = runTags},
        Command{.name = QStringLiteral("digest"),
                .synopsis = QStringLiteral("REF [--platform os/arch] [--allow-pull]"),
                .summary = CliText::tr("Print the digest a reference points at (HEAD only; no pull counted)."),
                .options = {{QStringLiteral("platform"),
                             CliText::tr("The digest of this platform's image inside an index."),
                             QStringLiteral("OS/ARCH")},
                            allowPull()},
                .minArgs = 1,
                .maxArgs = 1,
                .run = runDigest},
        Command{.name = QStringLiteral("inspect"),
                .synopsis = QStringLiteral("REF"),
                .summary = CliText::tr("Show an image's digest, platforms, creation time and labels."),
                .options = {},
                .minArgs = 1,
                .maxArgs = 1,
                .run = runInspect},
        Command{.name = QStringLiteral("ratelimit"),
                .synopsis = QStringLiteral("REF"),
                .summary = CliText::tr("Show the registry's pull quota for this account or address (HEAD only)."),
                .options = {},
                .minArgs = 1,
                .maxArgs = 1,
                .run = runRateLimit},
        Command{.name = QStringLiteral("tag"),
                .synopsis = QStringLiteral("SRC_REF NEW_TAG..."),
                .summary = CliText::tr("Add tags to the image SRC_REF names, without moving any layer."),
                .options = {},
                .minArgs = 2,
                .maxArgs = -1,
                .run = runTag},
        Command{
            .name = QStringLiteral("copy"),
            .synopsis = QStringLiteral("SRC_REF DST_REF"),
            .summary = CliText::tr(
                "Copy an image (all platforms): blob mounts within a registry, verified streaming between registries."),
            .options = {},
            .minArgs = 2,
            .maxArgs = 2,
            .run = runCopy},
        Command{.name = QStringLiteral("delete"),
                .synopsis = QStringLiteral("REF --yes [--allow-pull]"),
                .summary =
                    CliText::tr("Delete the manifest REF names, by digest: every tag on that digest goes with it (they "
                                "are listed first)."),
                .options = {{QStringLiteral("yes"),
                             CliText::tr("Really delete; without it the tags that would go are listed and nothing is "
                                         "deleted.")},
                            allowPull()},
                .minArgs = 1,
                .maxArgs = 1,
                .run = runDelete},
    };
}

} // namespace steward::cli

namespace steward::cli {

Result<std::shared_ptr<registry::RegistryClient>> openRegistryClientFor(CommandContext &context,
                                                                        const QStringList &registries)
{
    auto client = std::make_shared<RegistryClient>();
    if (const Status tls = context.applyTlsOptions(*client); !tls)
        return fail(tls.error());
    applyProfileSettings(context, *client);
    Result<std::shared_ptr<StaticCredentialProvider>> credentials = credentialsFor(context, registries);
    if (!credentials)
        return fail(credentials.error());
    client->setCredentialProvider(*credentials);
    return client;
}

Result<std::shared_ptr<registry::RegistryClient>> openRegistryClient(CommandContext &context, qsizetype refCount)
{
    Result<RegistrySession> session = openRegistrySession(context, refCount);
    if (!session)
        return fail(session.error());
    return session->client;
}

} // namespace steward::cli

namespace steward::cli {

Result<std::shared_ptr<registry::StaticCredentialProvider>> registryLogins(CommandContext &context,
                                                                           const QStringList &registries)
{
    return credentialsFor(context, registries);
}

} // namespace steward::cli
