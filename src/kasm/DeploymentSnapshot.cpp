#include "kasm/DeploymentSnapshot.h"

#include "kasm/KasmText.h"

#include <QCoreApplication>

namespace steward::kasm {

namespace {

template<typename T, typename Id, typename Same>
void diffById(const QList<T> &before, const QList<T> &after, Id id, Same same, QStringList &added, QStringList &removed,
              QStringList &changed)
{
    QHash<QString, const T *> old;
    for (const T &item : before)
        old.insert(id(item), &item);
    for (const T &item : after) {
        const T *previous = old.take(id(item));
        if (!previous)
            added << id(item);
        else if (!same(*previous, item))
            changed << id(item);
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        removed << it.key();
    removed.sort();
}

InventoryChange diffInventory(const KasmAgent &before, const KasmAgent &after)
{
    InventoryChange change;
    change.agentId = after.agentId;
    QHash<QString, const AgentImage *> old;
    for (const AgentImage &image : before.inventory)
        old.insert(image.reference, &image);
    for (const AgentImage &image : after.inventory) {
        const AgentImage *previous = old.take(image.reference);
        if (!previous)
            change.added << image.reference;
        else if (!(*previous == image))
            change.changed << image.reference;
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        change.removed << it.key();
    change.removed.sort();
    return change;
}

QString countText(qsizetype count, const char *what)
{
    return KasmText::tr(what, nullptr, static_cast<int>(count));
}

} // namespace

const KasmImage *DeploymentSnapshot::findImage(const QString &imageId) const
{
    for (const KasmImage &image : images) {
        if (image.imageId == imageId)
            return &image;
    }
    return nullptr;
}

const KasmGroup *DeploymentSnapshot::findGroup(const QString &groupId) const
{
    for (const KasmGroup &group : groups) {
        if (group.groupId == groupId)
            return &group;
    }
    return nullptr;
}

const KasmGroup *DeploymentSnapshot::findGroupByName(const QString &name) const
{
    for (const KasmGroup &group : groups) {
        if (group.name.compare(name, Qt::CaseInsensitive) == 0)
            return &group;
    }
    return nullptr;
}

const KasmAgent *DeploymentSnapshot::findAgent(const QString &agentId) const
{
    for (const KasmAgent &agent : agents) {
        if (agent.agentId == agentId)
            return &agent;
    }
    return nullptr;
}

bool DeploymentDiff::isEmpty() const
{
    return imagesAdded.isEmpty() && imagesRemoved.isEmpty() && imagesChanged.isEmpty() && groupsAdded.isEmpty() &&
           groupsRemoved.isEmpty() && groupsChanged.isEmpty() && agentsAdded.isEmpty() && agentsRemoved.isEmpty() &&
           agentsChanged.isEmpty() && zonesAdded.isEmpty() && zonesRemoved.isEmpty() && zonesChanged.isEmpty() &&
           inventoryChanges.isEmpty();
}

QString DeploymentDiff::summary() const
{
    QStringList parts;
    auto add = [&parts](qsizetype count, const char *what) {
        if (count > 0)
            parts << countText(count, what);
    };
    add(imagesAdded.size(), QT_TRANSLATE_N_NOOP("steward::kasm", "%n image(s) added"));
    add(imagesRemoved.size(), QT_TRANSLATE_N_NOOP("steward::kasm", "%n image(s) removed"));
    add(imagesChanged.size(), QT_TRANSLATE_N_NOOP("steward::kasm", "%n image(s) changed"));
    add(groupsAdded.size(), QT_TRANSLATE_N_NOOP("steward::kasm", "%n group(s) added"));
    add(groupsRemoved.size(), QT_TRANSLATE_N_NOOP("steward::kasm", "%n group(s) removed"));
    add(groupsChanged.size(), QT_TRANSLATE_N_NOOP("steward::kasm", "%n group(s) changed"));
    add(agentsAdded.size(), QT_TRANSLATE_N_NOOP("steward::kasm", "%n agent(s) added"));
    add(agentsRemoved.size(), QT_TRANSLATE_N_NOOP("steward::kasm", "%n agent(s) removed"));
    add(agentsChanged.size(), QT_TRANSLATE_N_NOOP("steward::kasm", "%n agent(s) changed"));
    add(zonesAdded.size() + zonesRemoved.size() + zonesChanged.size(),
        QT_TRANSLATE_N_NOOP("steward::kasm", "%n zone(s) changed"));
    add(inventoryChanges.size(), QT_TRANSLATE_N_NOOP("steward::kasm", "%n agent inventory(ies) changed"));
    if (parts.isEmpty())
        return KasmText::tr("no changes");
    return parts.join(QStringLiteral(", "));
}

DeploymentDiff diffSnapshots(const DeploymentSnapshot &before, const DeploymentSnapshot &after)
{
    DeploymentDiff diff;
    diffById(
        before.images, after.images, [](const KasmImage &i) { return i.imageId; },
        [](const KasmImage &a, const KasmImage &b) { return a.sameFields(b); }, diff.imagesAdded, diff.imagesRemoved,
        diff.imagesChanged);
    diffById(
        before.groups, after.groups, [](const KasmGroup &g) { return g.groupId; },
        [&](const KasmGroup &a, const KasmGroup &b) {
            return a == b && before.groupImageIds.value(a.groupId) == after.groupImageIds.value(b.groupId);
        },
        diff.groupsAdded, diff.groupsRemoved, diff.groupsChanged);
    auto withoutInventory = [](KasmAgent agent) {
        agent.inventory.clear();
        agent.lastReported = {}; // every check-in moves it; not a change worth a row update
        return agent;
    };
    diffById(
        before.agents, after.agents, [](const KasmAgent &a) { return a.agentId; },
        [&](const KasmAgent &a, const KasmAgent &b) { return withoutInventory(a) == withoutInventory(b); },
        diff.agentsAdded, diff.agentsRemoved, diff.agentsChanged);
    diffById(
        before.zones, after.zones, [](const KasmZone &z) { return z.zoneId; },
        [](const KasmZone &a, const KasmZone &b) { return a == b; }, diff.zonesAdded, diff.zonesRemoved,
        diff.zonesChanged);
    for (const KasmAgent &agent : after.agents) {
        const KasmAgent *previous = before.findAgent(agent.agentId);
        if (!previous)
            continue;
        InventoryChange change = diffInventory(*previous, agent);
        if (!change.added.isEmpty() || !change.removed.isEmpty() || !change.changed.isEmpty())
            diff.inventoryChanges << change;
    }
    return diff;
}

} // namespace steward::kasm
