#include "ServiceRequirement.h"

namespace steward::test {

bool serviceRequired(const char *envName)
{
    return qEnvironmentVariableIntValue(envName) == 1;
}

} // namespace steward::test
