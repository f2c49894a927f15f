#pragma once

#include "core/KasmAgent.h"
#include "core/KasmGroup.h"
#include "core/KasmImage.h"
#include "core/KasmZone.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace steward::kasm {

// Everything a deployment holds that ImageSteward shows, read at one moment.
struct DeploymentSnapshot
{
    QList<KasmImage> images;
    QList<KasmGroup> groups;
    QHash<QString, QStringList> groupImageIds; // group id -> the ids of its images, sorted
    QList<KasmAgent> agents;
    QList<KasmZone> zones;
    QDateTime takenAt; // UTC

    const KasmImage *findImage(const QString &imageId) const;
    const KasmGroup *findGroup(const QString &groupId) const;
    const KasmGroup *findGroupByName(const QString &name) const;
    const KasmAgent *findAgent(const QString &agentId) const;
};

// One agent's inventory change: references it gained, lost, or whose tags/digests moved.
struct InventoryChange
{
    QString agentId;
    QStringList added;
    QStringList removed;
    QStringList changed;

    bool operator==(const InventoryChange &other) const = default;
};

// What a refresh found different from the previous snapshot; ids, so that views update just those rows.
struct DeploymentDiff
{
    QStringList imagesAdded, imagesRemoved, imagesChanged;
    QStringList groupsAdded, groupsRemoved, groupsChanged; // changed includes membership
    QStringList agentsAdded, agentsRemoved, agentsChanged; // changed excludes inventory and check-in time
    QStringList zonesAdded, zonesRemoved, zonesChanged;
    QList<InventoryChange> inventoryChanges;

    bool isEmpty() const;
    // "2 images changed, 1 agent added" for status lines and the CLI.
    QString summary() const;
};

DeploymentDiff diffSnapshots(const DeploymentSnapshot &before, const DeploymentSnapshot &after);

} // namespace steward::kasm

Q_DECLARE_METATYPE(steward::kasm::DeploymentSnapshot)
Q_DECLARE_METATYPE(steward::kasm::DeploymentDiff)
