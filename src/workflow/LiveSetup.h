#pragma once

#include "core/Result.h"
#include "pull/LiveRunner.h"
#include "pull/Scenario.h"

namespace steward::workflow {

class ProfileLogins;

// What live mode needs beyond the scenario, from the profile, as `stewardctl simulate --live` takes it from the
// command line: each account's login (the profile's stored login for the image's registry, when its user is the
// account's user; Kasm pulls with the image's own docker_user) and every registry's TLS options (its CA file, an
// explicit "insecure"). Images without an account pull anonymously, as a Kasm agent does. Fails naming the first
// account without a stored login, and where to add it. References are left to the caller.
Result<pull::LiveOptions> liveOptionsFromProfile(const pull::Scenario &scenario, const ProfileLogins &logins);

} // namespace steward::workflow
