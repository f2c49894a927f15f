// stewardctl's profile commands: logins kept in the keychain (the catalog only knows hosts and user names),
// catalog export and import, Workspace Registry export, docker login import, backups.
#include "cli/CliText.h"
#include "cli/CommandLine.h"
#include "registry/DockerConfig.h"
#include "store/Backups.h"
#include "store/Catalog.h"
#include "store/CatalogExport.h"
#include "store/CatalogQueries.h"
#include "store/KeychainCredentialStore.h"
#include "store/Profile.h"
#include "store/RegistryLogins.h"
#include "store/WorkspaceRegistryExport.h"
#include "workflow/RegistrySettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace steward::cli {

namespace {

Result<std::shared_ptr<store::Catalog>> openCatalog(CommandContext &context)
{
    return store::Catalog::open(context.profileDir());
}

int runLogin(CommandContext &context)
{
    const QString registry = context.positional().at(0);
    const QString username = context.parser().value(QStringLiteral("username"));
    if (username.isEmpty())
        return context.usage(CliText::tr("login needs --username USER"));
    if (!context.parser().isSet(QStringLiteral("password-stdin")))
        return context.usage(
            CliText::tr("login reads the password from stdin only: pass --password-stdin (a password on the "
                        "command line would be visible to every user of this machine)"));
    const QString password = CommandContext::readSecretFromStdin();
    Result<std::shared_ptr<store::Catalog>> catalog = openCatalog(context);
    if (!catalog)
        return context.fail(catalog.error());
    auto keychain = std::make_shared<store::KeychainCredentialStore>();
    if (Status saved = await(
            store::saveRegistryLogin(*catalog, keychain, registry, username, password, QStringLiteral("stewardctl")));
        !saved)
        return context.fail(saved.error());
    context.out()
        << CliText::tr("Login for %1 as %2 stored in the keychain.").arg(store::registryHostKey(registry), username)
        << Qt::endl;
    return ExitOk;
}

int runLogout(CommandContext &context)
{
    const QString host = store::registryHostKey(context.positional().at(0));
    Result<std::shared_ptr<store::Catalog>> catalog = openCatalog(context);
    if (!catalog)
        return context.fail(catalog.error());
    auto keychain = std::make_shared<store::KeychainCredentialStore>();
    if (Status removed = await(store::removeRegistryLogin(*catalog, keychain, host)); !removed)
        return context.fail(removed.error());
    context.out() << CliText::tr("Logged out of %1.").arg(host) << Qt::endl;
    return ExitOk;
}

int runLogins(CommandContext &context)
{
    Result<std::shared_ptr<store::Catalog>> catalog = openCatalog(context);
    if (!catalog)
        return context.fail(catalog.error());
    QSqlDatabase db = (*catalog)->database();
    Result<QList<store::RegistryRecord>> registries = store::listRegistries(db);
    if (!registries)
        return context.fail(registries.error());
    QJsonArray logins;
    for (const store::RegistryRecord &r : *registries) {
        if (r.username.isEmpty())
            continue;
        logins.append(QJsonObject{{QStringLiteral("registry"), r.url}, {QStringLiteral("username"), r.username}});
        if (!context.json())
            context.out() << r.url << QLatin1Char('\t') << r.username << Qt::endl;
    }
    if (context.json())
        context.printJson(logins);
    return ExitOk;
}

QJsonObject settingsJson(const workflow::RegistrySettings &settings)
{
    QJsonObject json{{QStringLiteral("registry"), settings.registry},
                     {QStringLiteral("ca_file"), settings.caFile},
                     {QStringLiteral("insecure"), settings.insecure}};
    if (settings.pullLimit)
        json.insert(QStringLiteral("pull_limit"),
                    QJsonObject{{QStringLiteral("limit"), settings.pullLimit->limit},
                                {QStringLiteral("window_s"), settings.pullLimit->windowS},
                                {QStringLiteral("per"),
                                 settings.limitPerAccount ? QStringLiteral("account") : QStringLiteral("ip")}});
    return json;
}

// Shows, or with options changes, what the profile keeps for a registry besides its login (workflow::RegistrySettings):
// only the options given change, the rest is kept. Same checks and audit line as the window's Registry settings.
int runRegistrySettings(CommandContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const auto isSet = [&parser](const char *name) { return parser.isSet(QString::fromLatin1(name)); };
    if (isSet("trust-ca") && isSet("no-trust-ca"))
        return context.usage(CliText::tr("--trust-ca and --no-trust-ca exclude each other"));
    if (isSet("insecure") && isSet("secure"))
        return context.usage(CliText::tr("--insecure and --secure exclude each other"));
    if (isSet("no-pull-limit") && (isSet("pull-limit") || isSet("pull-window-s") || isSet("pull-limit-per")))
        return context.usage(
            CliText::tr("--no-pull-limit excludes --pull-limit, --pull-window-s and --pull-limit-per"));
    Result<std::shared_ptr<store::Catalog>> catalog = openCatalog(context);
    if (!catalog)
        return context.fail(catalog.error());
    QSqlDatabase db = (*catalog)->database();
    Result<workflow::RegistrySettings> settings = workflow::readRegistrySettings(db, context.positional().at(0));
    if (!settings)
        return context.fail(settings.error());
    const bool changing = isSet("trust-ca") || isSet("no-trust-ca") || isSet("insecure") || isSet("secure") ||
                          isSet("pull-limit") || isSet("pull-window-s") || isSet("pull-limit-per") ||
                          isSet("no-pull-limit");
    if (changing) {
        if (isSet("trust-ca"))
            settings->caFile = parser.value(QStringLiteral("trust-ca"));
        if (isSet("no-trust-ca"))
            settings->caFile.clear();
        if (isSet("insecure") || isSet("secure"))
            settings->insecure = isSet("insecure");
        if (isSet("no-pull-limit"))
            settings->pullLimit.reset();
        if (isSet("pull-limit") || isSet("pull-window-s") || isSet("pull-limit-per")) {
            if (!settings->pullLimit && !isSet("pull-limit"))
                return context.usage(
                    CliText::tr("%1 has no pull limit yet: give --pull-limit N").arg(settings->registry));
            pull::RateLimitPolicy policy = settings->pullLimit.value_or(pull::RateLimitPolicy{0, 21600});
            bool ok = true;
            if (isSet("pull-limit"))
                policy.limit = parser.value(QStringLiteral("pull-limit")).toInt(&ok);
            if (!ok)
                return context.usage(CliText::tr("--pull-limit takes a number of pulls"));
            if (isSet("pull-window-s"))
                policy.windowS = parser.value(QStringLiteral("pull-window-s")).toLongLong(&ok);
            if (!ok)
                return context.usage(CliText::tr("--pull-window-s takes a number of seconds"));
            settings->pullLimit = policy;
            if (isSet("pull-limit-per")) {
                const QString per = parser.value(QStringLiteral("pull-limit-per"));
                if (per != QLatin1String("ip") && per != QLatin1String("account"))
                    return context.usage(CliText::tr("--pull-limit-per takes ip or account"));
                settings->limitPerAccount = per == QLatin1String("account");
            }
        }
        Result<workflow::RegistrySettings> checked = workflow::checkRegistrySettings(*settings);
        if (!checked)
            return context.fail(checked.error());
        if (Status written = (*catalog)->transaction([&checked](QSqlDatabase &writeDb) {
                return workflow::writeRegistrySettings(writeDb, *checked, store::currentActor());
            });
            !written)
            return context.fail(written.error());
        settings = checked;
    }
    if (context.json()) {
        context.printJson(settingsJson(*settings));
        return ExitOk;
    }
    const std::optional<pull::RateLimitPolicy> &limit = settings->pullLimit;
    const QString limitText =
        limit ? CliText::tr("%1 per %2 s, counted per %3")
                    .arg(limit->limit)
                    .arg(limit->windowS)
                    .arg(settings->limitPerAccount ? CliText::tr("login") : CliText::tr("client address"))
              : CliText::tr("not set by hand");
    QTextStream &out = context.out();
    out << CliText::tr("%1: CA certificate %2; %3; pull limit %4")
               .arg(settings->registry, settings->caFile.isEmpty() ? CliText::tr("from the system") : settings->caFile,
                    settings->insecure ? CliText::tr("insecure (plain HTTP or unverified TLS allowed)")
                                       : CliText::tr("TLS verified"),
                    limitText)
        << Qt::endl;
    return ExitOk;
}

Status writeFileAtomically(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return fail(ErrorCode::Storage, CliText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

int runExport(CommandContext &context)
{
    Result<std::shared_ptr<store::Catalog>> catalog = openCatalog(context);
    if (!catalog)
        return context.fail(catalog.error());
    QSqlDatabase db = (*catalog)->database();
    Result<QByteArray> json = store::exportCatalog(db);
    if (!json)
        return context.fail(json.error());
    const QString path = context.positional().at(0);
    if (Status written = writeFileAtomically(path, *json); !written)
        return context.fail(written.error());
    context.out() << CliText::tr("Catalog exported to %1 (secrets only as keychain references).").arg(path) << Qt::endl;
    return ExitOk;
}

int runImport(CommandContext &context)
{
    const QString path = context.positional().at(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(
            Error{ErrorCode::NotFound, CliText::tr("Cannot read %1: %2").arg(path, file.errorString()), {}});
    const QByteArray json = file.readAll();
    Result<std::shared_ptr<store::Catalog>> catalog = openCatalog(context);
    if (!catalog)
        return context.fail(catalog.error());
    QSqlDatabase db = (*catalog)->database();
    Result<store::CatalogImportReport> imported = store::importCatalog(db, json, store::currentActor());
    if (!imported)
        return context.fail(Error{imported.error().code, path + QStringLiteral(": ") + imported.error().message,
                                  imported.error().detail});
    context.out() << CliText::tr("Imported %1: %2 registries, %3 groups, %4 images.")
                         .arg(path)
                         .arg(imported->registries)
                         .arg(imported->groups)
                         .arg(imported->images)
                  << Qt::endl;
    for (const QString &note : std::as_const(imported->notes))
        context.out() << QStringLiteral("  ") << note << Qt::endl;
    return ExitOk;
}

int runExportWorkspaceRegistry(CommandContext &context)
{
    const QString dir = context.positional().at(0);
    const QStringList wanted = context.positional().mid(1);
    Result<std::shared_ptr<store::Catalog>> catalog = openCatalog(context);
    if (!catalog)
        return context.fail(catalog.error());
    QSqlDatabase db = (*catalog)->database();
    Result<QList<store::ImageRecord>> all = store::listImages(db);
    if (!all)
        return context.fail(all.error());
    QList<store::ImageRecord> chosen;
    for (const QString &want : wanted) {
        bool found = false;
        for (const store::ImageRecord &image : *all) {
            if (image.imageId == want || image.name == want || image.friendlyName == want) {
                chosen.append(image);
                found = true;
                break;
            }
        }
        if (!found)
            return context.fail(Error{ErrorCode::NotFound,
                                      CliText::tr("No image \"%1\" in the catalog (give its id, docker "
                                                  "name or friendly name).")
                                          .arg(want),
                                      {}});
    }
    if (wanted.isEmpty()) {
        for (const store::ImageRecord &image : *all) {
            if (image.enabled && !image.hidden && image.stage != QLatin1String("retired"))
                chosen.append(image);
        }
    }
    store::WorkspaceRegistryInfo info;
    if (context.parser().isSet(QStringLiteral("name")))
        info.name = context.parser().value(QStringLiteral("name"));
    if (context.parser().isSet(QStringLiteral("list-url")))
        info.listUrl = context.parser().value(QStringLiteral("list-url"));
    if (context.parser().isSet(QStringLiteral("compatibility")))
        info.compatibility = context.parser().value(QStringLiteral("compatibility"));
    Result<QStringList> written = store::exportWorkspaceRegistry(dir, chosen, info);
    if (!written)
        return context.fail(written.error());
    context.out() << CliText::tr("Workspace Registry with %1 workspace(s) written to %2.").arg(chosen.size()).arg(dir)
                  << Qt::endl;
    return ExitOk;
}

bool confirm(CommandContext &context, const QString &question)
{
    context.out() << question << QStringLiteral(" [y/N] ") << Qt::flush;
    static QFile in;
    if (!in.isOpen() && !in.open(stdin, QIODevice::ReadOnly))
        return false;
    const QString answer = QString::fromUtf8(in.readLine()).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

int runImportDockerLogins(CommandContext &context)
{
    Result<registry::DockerConfig> config =
        registry::DockerConfig::load(QProcessEnvironment::systemEnvironment(), context.dockerConfigDir());
    if (!config)
        return context.fail(config.error());
    Result<QList<registry::DockerLoginCandidate>> candidates = await(config->candidates());
    if (!candidates)
        return context.fail(candidates.error());
    if (candidates->isEmpty()) {
        context.out() << CliText::tr("No docker logins found (looked in: %1).")
                             .arg(registry::DockerConfig::searchPaths(QProcessEnvironment::systemEnvironment(),
                                                                      context.dockerConfigDir())
                                      .join(QStringLiteral(", ")))
                      << Qt::endl;
        return ExitOk;
    }
    Result<std::shared_ptr<store::Catalog>> catalog = openCatalog(context);
    if (!catalog)
        return context.fail(catalog.error());
    auto keychain = std::make_shared<store::KeychainCredentialStore>();
    const bool yes = context.parser().isSet(QStringLiteral("yes"));
    int imported = 0;
    int failed = 0;
    for (const registry::DockerLoginCandidate &candidate : *candidates) {
        const QString who =
            candidate.username.isEmpty() ? CliText::tr("(user from %1)").arg(candidate.helper) : candidate.username;
        const QString where = candidate.helper.isEmpty()
                                  ? candidate.origin
                                  : CliText::tr("%1 via docker-credential-%2").arg(candidate.origin, candidate.helper);
        if (!yes && !confirm(context,
                             CliText::tr("Import the login for %1 as %2 from %3?").arg(candidate.registry, who, where)))
            continue;
        Result<std::optional<registry::Credential>> credential = await(config->credentialFor(candidate.registry));
        if (!credential) {
            context.err() << CliText::tr("stewardctl: %1: %2").arg(candidate.registry, credential.error().toString())
                          << Qt::endl;
            ++failed;
            continue;
        }
        const std::optional<registry::Credential> &found = *credential;
        if (!found) {
            context.err()
                << CliText::tr("stewardctl: %1: no secret stored for this login; skipped.").arg(candidate.registry)
                << Qt::endl;
            continue;
        }
        if (Status saved = await(store::saveRegistryLogin(*catalog, keychain, candidate.registry, found->username,
                                                          found->secret, QStringLiteral("docker-config")));
            !saved) {
            context.err() << CliText::tr("stewardctl: %1: %2").arg(candidate.registry, saved.error().toString())
                          << Qt::endl;
            ++failed;
            continue;
        }
        context.out() << CliText::tr("Imported %1 as %2.").arg(candidate.registry, found->username) << Qt::endl;
        ++imported;
    }
    context.out() << CliText::tr("%1 login(s) imported into the keychain.").arg(imported) << Qt::endl;
    return failed == 0 ? ExitOk : ExitFailure;
}

int runBackups(CommandContext &context)
{
    Result<QString> dir = store::prepareProfileDir(context.profileDir());
    if (!dir)
        return context.fail(dir.error());
    QJsonArray list;
    for (const store::CatalogBackup &backup : store::listBackups(*dir)) {
        list.append(QJsonObject{{QStringLiteral("path"), backup.path},
                                {QStringLiteral("schema_version"), backup.schemaVersion},
                                {QStringLiteral("created"), backup.createdUtc.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("reason"), backup.reason}});
        if (!context.json())
            context.out() << backup.createdUtc.toString(Qt::ISODate) << QLatin1Char('\t') << backup.schemaVersion
                          << QLatin1Char('\t') << backup.reason << QLatin1Char('\t') << backup.path << Qt::endl;
    }
    if (context.json())
        context.printJson(list);
    return ExitOk;
}

int runRestoreBackup(CommandContext &context)
{
    Result<QString> dir = store::prepareProfileDir(context.profileDir());
    if (!dir)
        return context.fail(dir.error());
    QString backup = context.positional().value(0);
    if (backup.isEmpty()) {
        const QList<store::CatalogBackup> backups = store::listBackups(*dir);
        if (backups.isEmpty())
            return context.fail(
                Error{ErrorCode::NotFound, CliText::tr("The profile %1 has no backups.").arg(*dir), {}});
        backup = backups.constFirst().path;
    }
    if (Status restored = store::restoreBackup(*dir, backup); !restored)
        return context.fail(restored.error());
    context.out() << CliText::tr("Catalog restored from %1; the previous file was kept beside it.").arg(backup)
                  << Qt::endl;
    return ExitOk;
}

} // namespace

QList<Command> storeCommands()
{
    const QCommandLineOption username(QStringLiteral("username"), CliText::tr("The registry user name."),
                                      QStringLiteral("USER"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           CliText::tr("Read the password from stdin."));
    const QCommandLineOption yes(QStringLiteral("yes"), CliText::tr("Import every login without asking."));
    const QList<QCommandLineOption> registryOptions = {
        {QStringLiteral("name"), CliText::tr("The Workspace Registry's name."), QStringLiteral("NAME")},
        {QStringLiteral("list-url"), CliText::tr("The URL the registry will be served from."), QStringLiteral("URL")},
        {QStringLiteral("compatibility"), CliText::tr("Kasm versions the images run on (default 1.16.x)."),
         QStringLiteral("VERSION")},
    };
    const QList<QCommandLineOption> registrySettingsOptions = {
        {QStringLiteral("trust-ca"), CliText::tr("Trust the CA certificates (PEM) in FILE for this registry."),
         QStringLiteral("FILE")},
        {QStringLiteral("no-trust-ca"), CliText::tr("Trust only the system's CAs for this registry.")},
        {QStringLiteral("insecure"), CliText::tr("Allow plain HTTP or unverified TLS for this registry.")},
        {QStringLiteral("secure"), CliText::tr("Require verified TLS again (loopback hosts may still use HTTP).")},
        {QStringLiteral("pull-limit"), CliText::tr("Pulls the registry allows per window."), QStringLiteral("N")},
        {QStringLiteral("pull-window-s"), CliText::tr("The limit's window in seconds (default 21600)."),
         QStringLiteral("S")},
        {QStringLiteral("pull-limit-per"), CliText::tr("What the limit counts: ip (default) or account."),
         QStringLiteral("WHAT")},
        {QStringLiteral("no-pull-limit"), CliText::tr("Forget the hand-set limit.")},
    };
    return {
        Command{.name = QStringLiteral("login"),
                .synopsis = QStringLiteral("REGISTRY --username USER --password-stdin"),
                .summary = CliText::tr("Store a registry login in the keychain."),
                .options = {username, passwordStdin},
                .minArgs = 1,
                .maxArgs = 1,
                .run = &runLogin},
        Command{.name = QStringLiteral("logout"),
                .synopsis = QStringLiteral("REGISTRY"),
                .summary = CliText::tr("Remove a registry login from the keychain."),
                .options = {},
                .minArgs = 1,
                .maxArgs = 1,
                .run = &runLogout},
        Command{.name = QStringLiteral("logins"),
                .synopsis = QString(),
                .summary = CliText::tr("List registry logins (hosts and user names only)."),
                .options = {},
                .minArgs = 0,
                .maxArgs = 0,
                .run = &runLogins},
        Command{.name = QStringLiteral("registry-settings"),
                .synopsis = QStringLiteral("REGISTRY [--trust-ca FILE | --no-trust-ca] [--insecure | --secure] "
                                           "[--pull-limit N [--pull-window-s S] [--pull-limit-per ip|account] | "
                                           "--no-pull-limit]"),
                .summary = CliText::tr("Show or change a registry's CA, \"insecure\" and hand-set pull limit."),
                .options = registrySettingsOptions,
                .minArgs = 1,
                .maxArgs = 1,
                .run = &runRegistrySettings},
        Command{.name = QStringLiteral("export"),
                .synopsis = QStringLiteral("FILE"),
                .summary = CliText::tr("Export registries, images, groups and stages as JSON (no secrets)."),
                .options = {},
                .minArgs = 1,
                .maxArgs = 1,
                .run = &runExport},
        Command{.name = QStringLiteral("import"),
                .synopsis = QStringLiteral("FILE"),
                .summary = CliText::tr("Import a catalog export; all or nothing."),
                .options = {},
                .minArgs = 1,
                .maxArgs = 1,
                .run = &runImport},
        Command{.name = QStringLiteral("export-workspace-registry"),
                .synopsis = QStringLiteral("DIR [IMAGE...]"),
                .summary = CliText::tr("Write images as a Kasm Workspace Registry (schemas 1.0 and 1.1)."),
                .options = registryOptions,
                .minArgs = 1,
                .maxArgs = -1,
                .run = &runExportWorkspaceRegistry},
        Command{.name = QStringLiteral("import-docker-logins"),
                .synopsis = QStringLiteral("[--yes]"),
                .summary = CliText::tr("Copy docker CLI logins into the keychain, asking for each."),
                .options = {yes},
                .minArgs = 0,
                .maxArgs = 0,
                .run = &runImportDockerLogins},
        Command{.name = QStringLiteral("backups"),
                .synopsis = QString(),
                .summary = CliText::tr("List the catalog backups of the profile."),
                .options = {},
                .minArgs = 0,
                .maxArgs = 0,
                .run = &runBackups},
        Command{.name = QStringLiteral("restore-backup"),
                .synopsis = QStringLiteral("[BACKUP]"),
                .summary = CliText::tr("Replace a damaged catalog with a backup (the newest by default)."),
                .options = {},
                .minArgs = 0,
                .maxArgs = 1,
                .run = &runRestoreBackup},
    };
}

} // namespace steward::cli
