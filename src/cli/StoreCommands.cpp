#include "cli/CommandLine.h"

namespace steward::cli {

QList<Command> storeCommands()
{
    return {};
}

} // namespace steward::cli
