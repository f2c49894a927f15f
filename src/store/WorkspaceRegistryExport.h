#pragma once

#include "core/Result.h"
#include "store/Records.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace steward::store {

// What a Kasm Workspace Registry says about itself (reference/kasm.md §Workspace Registry format).
struct WorkspaceRegistryInfo
{
    QString name = QStringLiteral("ImageSteward workspaces");
    QString description;
    QString icon;    // URL of the registry's icon
    QString listUrl; // where the registry will be served
    QString contactUrl;
    QString compatibility = QStringLiteral("1.16.x"); // Kasm versions the images run on
    QStringList architectures = {QStringLiteral("amd64")};
    QString channel = QStringLiteral("stable");
    QDateTime modified; // invalid: now
};

// Writes a static Workspace Registry for `images` into `dir`:
//   versions.txt                      "1.0" and "1.1", one a line
//   1.0/list.json, 1.1/list.json      the registry and its workspaces in each schema; 1.1 adds the registry's
//                                     channels and default_channel at the top level
//   workspaces/<slug>/workspace.json  each workspace's 1.1 entry, the source layout of Kasm's registry template
//   workspaces/<slug>/<icon>, 1.0/icons/<icon>, 1.1/icons/<icon>
//                                     when an image's image_src names a local file: the icon, which image_src then
//                                     names by file name only, as in kasmtech/workspaces_registry_template
// Registry credentials (docker_user, tokens) are never written: a registry is public by nature.
// Returns the files written.
Result<QStringList> exportWorkspaceRegistry(const QString &dir, const QList<ImageRecord> &images,
                                            const WorkspaceRegistryInfo &info);

} // namespace steward::store
