#include "cli/CommandLine.h"

namespace steward::cli {

QList<Command> registryCommands()
{
    return {};
}

} // namespace steward::cli
