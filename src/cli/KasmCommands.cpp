// stewardctl's Kasm commands: the profile's deployment (the simulated one by default, or a connected Kasm server),
// its images, groups and agents, registering an image and switching an image to another reference.
#include "cli/CliText.h"
#include "cli/CommandLine.h"
#include "core/Clock.h"
#include "kasm/DeploymentAudit.h"
#include "kasm/EnvironmentConnection.h"
#include "kasm/ImageName.h"
#include "kasm/KasmApiDeployment.h"
#include "kasm/KasmJson.h"
#include "kasm/ProfileDeployment.h"
#include "store/KeychainCredentialStore.h"
#include "store/Profile.h"
#include "workflow/EditImage.h"
#include "workflow/KasmConnection.h"
#include "workflow/ManageImage.h"
#include "workflow/RegisterImage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>

namespace steward::cli {

namespace {

QCommandLineOption demoRegistryOption()
{
    return {QStringLiteral("demo-registry"),
            CliText::tr("Seed a new profile's simulated deployment with images from HOST:PORT (default %1).")
                .arg(kasm::defaultDemoRegistry()),
            QStringLiteral("HOST:PORT")};
}

struct Opened
{
    std::unique_ptr<store::KeychainCredentialStore> keychain;
    std::shared_ptr<kasm::Deployment> deployment;
};

Result<Opened> openDeployment(CommandContext &context)
{
    Result<QString> dir = store::prepareProfileDir(context.profileDir());
    if (!dir)
        return fail(dir.error());
    Opened opened;
    if (context.kasmFromEnvironment()) {
        Result<kasm::KasmConnection> connection =
            kasm::kasmConnectionFromEnvironment(QProcessEnvironment::systemEnvironment());
        if (!connection)
            return fail(connection.error());
        auto deployment = std::make_shared<kasm::KasmApiDeployment>(*connection);
        // What it changes is recorded in this profile's audit log, as with a connected server.
        deployment->setAuditLog(std::make_shared<kasm::CatalogDeploymentAuditLog>(*dir));
        opened.deployment = deployment;
        return opened;
    }
    opened.keychain = std::make_unique<store::KeychainCredentialStore>();
    QString demoRegistry = context.parser().value(QStringLiteral("demo-registry"));
    if (demoRegistry.isEmpty())
        demoRegistry = kasm::defaultDemoRegistry();
    Result<std::shared_ptr<kasm::Deployment>> deployment =
        await(kasm::openProfileDeployment(*dir, *opened.keychain, demoRegistry, WallClock::instance()));
    if (!deployment)
        return fail(deployment.error());
    opened.deployment = *deployment;
    return opened;
}

// What every command that shows the deployment starts from: the profile's deployment, read once whole so that ids can
// be shown with names.
struct OpenedSnapshot
{
    Opened opened;
    kasm::DeploymentSnapshot snapshot;
};

Result<OpenedSnapshot> openAndRead(CommandContext &context)
{
    Result<Opened> opened = openDeployment(context);
    if (!opened)
        return fail(opened.error());
    Result<kasm::DeploymentDiff> refreshed = await(opened->deployment->refresh());
    if (!refreshed)
        return fail(refreshed.error());
    kasm::DeploymentSnapshot snapshot = opened->deployment->snapshot();
    return OpenedSnapshot{std::move(*opened), std::move(snapshot)};
}

QStringList groupNamesOf(const kasm::DeploymentSnapshot &snapshot, const QString &imageId)
{
    QStringList names;
    for (const KasmGroup &group : snapshot.groups) {
        if (snapshot.groupImageIds.value(group.groupId).contains(imageId))
            names << group.name;
    }
    return names;
}

QString zoneName(const kasm::DeploymentSnapshot &snapshot, const QString &zoneId)
{
    for (const KasmZone &zone : snapshot.zones) {
        if (zone.zoneId == zoneId)
            return zone.name;
    }
    return zoneId;
}

QString yesNo(bool value)
{
    return value ? CliText::tr("yes") : CliText::tr("no");
}

QString gib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024 * 1024), 'f', 1) + QStringLiteral(" GiB");
}

QJsonObject imageJson(const kasm::DeploymentSnapshot &snapshot, const KasmImage &image)
{
    QJsonObject o = kasm::json::imageToJson(image);
    o.insert(QStringLiteral("available"), image.available);
    o.insert(QStringLiteral("has_docker_token"), image.hasDockerToken);
    o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(groupNamesOf(snapshot, image.imageId)));
    return o;
}

// Refuses what is not an image reference (the deployment would refuse it too, after opening it), and warns on stderr
// about references that work but rarely as meant. Warnings, not refusals: a moving ":latest" or a Docker Hub image
// can be exactly what the administrator wants.
Status checkReference(CommandContext &context, const QString &reference)
{
    KasmImage image;
    image.name = reference;
    if (Result<ImageReference> checked = kasm::checkImageName(image); !checked)
        return fail(checked.error());
    for (const QString &pitfall : kasm::imageNamePitfalls(reference))
        context.err() << CliText::tr("warning: ") << pitfall << Qt::endl;
    return {};
}

int runConnect(CommandContext &context)
{
    workflow::KasmConnectRequest request;
    request.address = context.positional().at(0);
    request.apiKey = context.parser().value(QStringLiteral("api-key"));
    request.caFile = context.parser().value(QStringLiteral("ca"));
    if (request.apiKey.isEmpty())
        return context.usage(CliText::tr("kasm connect needs --api-key KEY (the key id from Settings → Developers)"));
    if (!context.parser().isSet(QStringLiteral("secret-stdin")))
        return context.usage(
            CliText::tr("kasm connect reads the API secret from stdin only: pass --secret-stdin (a secret "
                        "on the command line would be visible to every user of this machine)"));
    request.secret = CommandContext::readSecretFromStdin();
    if (request.secret.isEmpty())
        return context.fail(
            {ErrorCode::InvalidInput, CliText::tr("The API secret read from stdin is empty; nothing was stored."), {}});
    Result<QString> dir = store::prepareProfileDir(context.profileDir());
    if (!dir)
        return context.fail(dir.error());
    const Result<workflow::KasmConnected> connected = await(workflow::connectKasmServer(
        *dir, std::move(request), std::make_shared<store::KeychainCredentialStore>(), QCoreApplication::instance()));
    if (!connected)
        return context.fail(connected.error());
    const kasm::KasmServerSettings &settings = connected->settings;
    const kasm::DeploymentInfo &info = connected->info;
    if (context.json()) {
        context.printJson(
            QJsonObject{{QStringLiteral("url"), settings.url.toString()},
                        {QStringLiteral("api_key"), settings.apiKey},
                        {QStringLiteral("images"), info.imageCount},
                        {QStringLiteral("zones"), info.zoneCount},
                        {QStringLiteral("api"), info.api},
                        {QStringLiteral("version"), info.version},
                        {QStringLiteral("agents_call"),
                         info.agentsCall ? QStringLiteral("get_agents") : QStringLiteral("get_servers")}});
        return ExitOk;
    }
    context.out() << CliText::tr(
                         "Connected to %1 with API key %2: %3 images, %4 zones, agents via %5. The secret is in the "
                         "keychain.")
                         .arg(settings.url.toString(), settings.apiKey)
                         .arg(info.imageCount)
                         .arg(info.zoneCount)
                         .arg(info.agentsCall ? QStringLiteral("get_agents") : QStringLiteral("get_servers"))
                  << Qt::endl;
    context.out() << CliText::tr("It speaks the %1; %2.")
                         .arg(info.api, info.version.isEmpty()
                                            ? CliText::tr("its Kasm version is unknown (no agent reports one)")
                                            : CliText::tr("its agents report Kasm %1").arg(info.version))
                  << Qt::endl;
    return ExitOk;
}

int runDisconnect(CommandContext &context)
{
    const QString dir = store::resolveProfileDir(context.profileDir());
    const Result<std::optional<kasm::KasmServerSettings>> disconnected = await(workflow::disconnectKasmServer(
        dir, std::make_shared<store::KeychainCredentialStore>(), QCoreApplication::instance()));
    if (!disconnected)
        return context.fail(disconnected.error());
    const std::optional<kasm::KasmServerSettings> &settings = *disconnected;
    if (!settings) {
        context.out() << CliText::tr("Not connected to a Kasm server; the profile uses the simulated deployment.")
                      << Qt::endl;
        return ExitOk;
    }
    context.out() << CliText::tr("Disconnected from %1; the profile uses the simulated deployment again.")
                         .arg(settings->url.toString())
                  << Qt::endl;
    return ExitOk;
}

int runImages(CommandContext &context)
{
    Result<OpenedSnapshot> read = openAndRead(context);
    if (!read)
        return context.fail(read.error());
    const kasm::DeploymentSnapshot &snapshot = read->snapshot;
    if (context.json()) {
        QJsonArray images;
        for (const KasmImage &image : snapshot.images)
            images << imageJson(snapshot, image);
        context.printJson(images);
        return ExitOk;
    }
    QList<QStringList> rows{{CliText::tr("IMAGE ID"), CliText::tr("NAME"), CliText::tr("REFERENCE"),
                             CliText::tr("ENABLED"), CliText::tr("AVAILABLE"), CliText::tr("REGISTRY LOGIN"),
                             CliText::tr("GROUPS")}};
    for (const KasmImage &image : snapshot.images)
        rows << QStringList{image.imageId,
                            image.friendlyName,
                            image.name,
                            yesNo(image.enabled),
                            yesNo(image.available),
                            image.registryLogin(),
                            groupNamesOf(snapshot, image.imageId).join(QStringLiteral(", "))};
    context.printTable(rows);
    return ExitOk;
}

int runGroups(CommandContext &context)
{
    Result<OpenedSnapshot> read = openAndRead(context);
    if (!read)
        return context.fail(read.error());
    const kasm::DeploymentSnapshot &snapshot = read->snapshot;
    if (context.json()) {
        QJsonArray groups;
        for (const KasmGroup &group : snapshot.groups) {
            QJsonObject o = kasm::json::groupToJson(group);
            o.insert(QStringLiteral("image_ids"),
                     QJsonArray::fromStringList(snapshot.groupImageIds.value(group.groupId)));
            groups << o;
        }
        context.printJson(groups);
        return ExitOk;
    }
    QList<QStringList> rows{{CliText::tr("GROUP ID"), CliText::tr("NAME"), CliText::tr("IMAGES")}};
    for (const KasmGroup &group : snapshot.groups) {
        QStringList names;
        for (const QString &id : snapshot.groupImageIds.value(group.groupId)) {
            const KasmImage *image = snapshot.findImage(id);
            names << (image ? image->displayName() : id);
        }
        rows << QStringList{group.groupId, group.name, names.join(QStringLiteral(", "))};
    }
    context.printTable(rows);
    return ExitOk;
}

int runAgents(CommandContext &context)
{
    Result<OpenedSnapshot> read = openAndRead(context);
    if (!read)
        return context.fail(read.error());
    const kasm::DeploymentSnapshot &snapshot = read->snapshot;
    if (context.json()) {
        QJsonArray agents;
        for (const KasmAgent &agent : snapshot.agents) {
            QJsonObject o = kasm::json::agentToJson(agent);
            o.insert(QStringLiteral("zone_name"), zoneName(snapshot, agent.zoneId));
            agents << o;
        }
        context.printJson(agents);
        return ExitOk;
    }
    QList<QStringList> rows{{CliText::tr("HOSTNAME"), CliText::tr("ZONE"), CliText::tr("EGRESS"), CliText::tr("ARCH"),
                             CliText::tr("LAST CHECK-IN (UTC)"), CliText::tr("FREE DISK"), CliText::tr("PRUNE"),
                             CliText::tr("IMAGES")}};
    for (const KasmAgent &agent : snapshot.agents) {
        QStringList held;
        for (const AgentImage &image : agent.inventory)
            held << image.reference.section(QLatin1Char('/'), -1);
        rows << QStringList{agent.hostname,
                            zoneName(snapshot, agent.zoneId),
                            agent.egressSource.isEmpty() ? QStringLiteral("-") : agent.egressSource,
                            agent.architecture.isEmpty() ? QStringLiteral("-") : agent.architecture,
                            agent.lastReported.isValid() ? kasm::json::formatTimestamp(agent.lastReported)
                                                         : CliText::tr("never"),
                            gib(agent.diskFreeBytes),
                            pruneModeName(agent.pruneMode),
                            held.join(QStringLiteral(", "))};
    }
    context.printTable(rows);
    return ExitOk;
}

int runRegister(CommandContext &context)
{
    workflow::ImageRegistration request;
    request.reference = context.positional().at(0);
    request.friendlyName = context.parser().value(QStringLiteral("friendly-name"));
    if (request.friendlyName.isEmpty())
        return context.usage(
            CliText::tr("kasm register needs --friendly-name NAME (what users see in the Kasm dashboard)"));
    if (Status checked = checkReference(context, request.reference); !checked)
        return context.fail(checked.error());
    request.groups = context.parser().values(QStringLiteral("group"));
    if (context.parser().isSet(QStringLiteral("registry")))
        request.dockerRegistry = context.parser().value(QStringLiteral("registry"));
    request.dockerUser = context.parser().value(QStringLiteral("docker-user"));
    if (context.parser().isSet(QStringLiteral("docker-token-stdin")))
        request.dockerToken = CommandContext::readSecretFromStdin();

    Result<Opened> opened = openDeployment(context);
    if (!opened)
        return context.fail(opened.error());
    const Result<KasmImage> created =
        await(workflow::registerImage(opened->deployment, request, QCoreApplication::instance()));
    if (!created)
        return context.fail(created.error());
    if (context.json()) {
        QJsonObject o = kasm::json::imageToJson(*created);
        o.insert(QStringLiteral("groups"), QJsonArray::fromStringList(request.groups));
        context.printJson(o);
        return ExitOk;
    }
    context.out() << CliText::tr("Registered %1 as \"%2\" (image id %3).")
                         .arg(request.reference, request.friendlyName, created->imageId)
                  << Qt::endl;
    return ExitOk;
}

int runSetImage(CommandContext &context)
{
    const QString newName = context.parser().value(QStringLiteral("name"));
    if (newName.isEmpty())
        return context.usage(CliText::tr("kasm set-image needs --name REF (the image reference to switch to)"));
    if (Status checked = checkReference(context, newName); !checked)
        return context.fail(checked.error());
    Result<Opened> opened = openDeployment(context);
    if (!opened)
        return context.fail(opened.error());
    const Result<workflow::ReferenceSwitch> switched = await(workflow::switchImageReference(
        opened->deployment, context.positional().at(0), newName, QCoreApplication::instance()));
    if (!switched)
        return context.fail(switched.error());
    if (context.json()) {
        QJsonObject o = kasm::json::imageToJson(switched->image);
        o.insert(QStringLiteral("previous_name"), switched->previous);
        context.printJson(o);
        return ExitOk;
    }
    context.out() << CliText::tr("\"%1\" now uses %2 (was %3).")
                         .arg(switched->image.displayName(), switched->image.name, switched->previous)
                  << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> kasmCommands()
{
    const QCommandLineOption demo = demoRegistryOption();
    return {
        {QStringLiteral("kasm connect"),
         QStringLiteral("URL --api-key KEY --secret-stdin [--ca FILE]"),
         CliText::tr("Test and store the connection to a Kasm server (the secret goes to the keychain)."),
         {{QStringLiteral("api-key"), CliText::tr("The API key id (Settings → Developers)."), QStringLiteral("KEY")},
          {QStringLiteral("secret-stdin"), CliText::tr("Read the API key secret from stdin.")},
          {QStringLiteral("ca"), CliText::tr("Trust the CA certificates in FILE for this server."),
           QStringLiteral("FILE")}},
         1,
         1,
         &runConnect},
        {QStringLiteral("kasm disconnect"),
         QString(),
         CliText::tr("Forget the Kasm server; the profile uses the simulated deployment again."),
         {},
         0,
         0,
         &runDisconnect},
        {QStringLiteral("kasm images"),
         QString(),
         CliText::tr("List the deployment's images and their groups."),
         {demo},
         0,
         0,
         &runImages},
        {QStringLiteral("kasm groups"),
         QString(),
         CliText::tr("List the deployment's groups and their images."),
         {demo},
         0,
         0,
         &runGroups},
        {QStringLiteral("kasm agents"),
         QString(),
         CliText::tr("List the agents, their zones and what they hold."),
         {demo},
         0,
         0,
         &runAgents},
        {QStringLiteral("kasm register"),
         QStringLiteral("REF --friendly-name NAME [--group GROUP]..."),
         CliText::tr("Register REF as a Kasm image, in exactly the given groups."),
         {{QStringLiteral("friendly-name"), CliText::tr("The name users see."), QStringLiteral("NAME")},
          {QStringLiteral("group"), CliText::tr("A group name or id (repeatable)."), QStringLiteral("GROUP")},
          {QStringLiteral("registry"), CliText::tr("The image's docker registry (default: from REF)."),
           QStringLiteral("URL")},
          {QStringLiteral("docker-user"), CliText::tr("The registry user agents log in as."), QStringLiteral("USER")},
          {QStringLiteral("docker-token-stdin"), CliText::tr("Read that user's registry password from stdin.")},
          demo},
         1,
         1,
         &runRegister},
        {QStringLiteral("kasm set-image"),
         QStringLiteral("IMAGE --name REF"),
         CliText::tr("Switch IMAGE (id, name or reference) to the image reference REF."),
         {{QStringLiteral("name"), CliText::tr("The image reference to use."), QStringLiteral("REF")}, demo},
         1,
         1,
         &runSetImage},
    };
}

} // namespace steward::cli

namespace steward::cli {

QCommandLineOption demoRegistryCommandOption()
{
    return demoRegistryOption();
}

Result<std::shared_ptr<kasm::Deployment>> openCommandDeployment(CommandContext &context)
{
    Result<Opened> opened = openDeployment(context);
    if (!opened)
        return fail(opened.error());
    return opened->deployment;
}

} // namespace steward::cli
