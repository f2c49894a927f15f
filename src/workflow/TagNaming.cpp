#include "workflow/TagNaming.h"

namespace steward {

BuildTags buildTagsFor(const QDateTime &builtAt, const QString &prefix)
{
    const QString stamp = builtAt.toUTC().toString(QStringLiteral("yyyyMMdd-HHmm"));
    if (prefix.isEmpty())
        return {stamp, QStringLiteral("latest")};
    return {prefix + QLatin1Char('-') + stamp, prefix + QStringLiteral("-rolling")};
}

} // namespace steward
