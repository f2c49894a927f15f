#include "workflow/LiveSetup.h"

#include "registry/RegistryClient.h"
#include "workflow/ProfileLogins.h"
#include "workflow/WorkflowText.h"

namespace steward::workflow {

namespace {

// "alice@127.0.0.1:5000" -> "alice": an account is the image's docker_user and its registry (a user name may hold '@').
QString userOfAccount(const QString &account, const QString &registry)
{
    const QString suffix = QLatin1Char('@') + registry;
    return account.endsWith(suffix) ? account.chopped(suffix.size()) : account;
}

} // namespace

Result<pull::LiveOptions> liveOptionsFromProfile(const pull::Scenario &scenario, const ProfileLogins &logins)
{
    pull::LiveOptions options;
    options.registries = logins.registryOptions();
    for (auto it = options.registries.cbegin(); it != options.registries.cend(); ++it) {
        if (const Status ca = registry::RegistryClient::checkCaFile(it.value().caFile); !ca)
            return fail(ErrorCode::InvalidInput,
                        WorkflowText::tr("The CA file of %1 cannot be used: %2").arg(it.key(), ca.error().message));
    }
    for (const pull::ImageGroup &image : scenario.images) {
        if (!image.account || !image.registry || !image.enabled || options.logins.contains(*image.account))
            continue;
        const QString user = userOfAccount(*image.account, *image.registry);
        const std::optional<registry::Credential> login = logins.credentialFor(*image.registry);
        if (!login || login->username != user)
            return fail(ErrorCode::InvalidInput,
                        WorkflowText::tr("%1 pulls as \"%2\" from %3, but the profile has no login of \"%2\" for %3: "
                                         "log in to %3 as %2 in the Registries pane first.")
                            .arg(image.name, user, *image.registry));
        options.logins.insert(*image.account, *login);
    }
    return options;
}

} // namespace steward::workflow
