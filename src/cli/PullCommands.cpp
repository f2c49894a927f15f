#include "cli/CommandLine.h"

namespace steward::cli {

QList<Command> pullCommands()
{
    return {};
}

} // namespace steward::cli
