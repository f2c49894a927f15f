#include "core/KasmAgent.h"

namespace steward {

QString pruneModeName(PruneMode mode)
{
    switch (mode) {
    case PruneMode::Off:
        return QStringLiteral("Off");
    case PruneMode::Aggressive:
        return QStringLiteral("Aggressive");
    case PruneMode::Normal:
        break;
    }
    return QStringLiteral("Normal");
}

std::optional<PruneMode> pruneModeFromName(const QString &name)
{
    for (PruneMode mode : {PruneMode::Off, PruneMode::Normal, PruneMode::Aggressive}) {
        if (name.compare(pruneModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

const AgentImage *KasmAgent::findImage(const QString &reference) const
{
    for (const AgentImage &image : inventory) {
        if (image.reference == reference)
            return &image;
    }
    return nullptr;
}

bool KasmAgent::holds(const QString &reference) const
{
    for (const AgentImage &image : inventory) {
        if (image.reference == reference || image.tags.contains(reference))
            return true;
    }
    return false;
}

} // namespace steward
