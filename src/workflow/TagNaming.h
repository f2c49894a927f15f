#pragma once

#include <QDateTime>
#include <QString>

namespace steward {

// The Push step's two tags: a unique, sortable one per build (UTC date and time) and a moving one.
struct BuildTags
{
    QString unique; // e.g. "20261128-0400", or "1.16.0-20261128-0400" with a prefix
    QString moving; // e.g. "latest", or "1.16.0-rolling"
};

// `prefix` may be empty; `builtAt` is converted to UTC so every build machine names tags alike.
BuildTags buildTagsFor(const QDateTime &builtAt, const QString &prefix = {});

} // namespace steward
