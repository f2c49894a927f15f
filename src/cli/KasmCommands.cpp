#include "cli/CommandLine.h"

namespace steward::cli {

QList<Command> kasmCommands()
{
    return {};
}

} // namespace steward::cli
