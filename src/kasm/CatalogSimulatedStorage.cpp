#include "kasm/CatalogSimulatedStorage.h"

#include "kasm/KasmJson.h"
#include "kasm/KasmText.h"
#include "store/Catalog.h"
#include "store/CatalogQueries.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace steward::kasm {

namespace {

// Raw image fields that have columns of their own; the rest of `raw` goes to the `extra` column.
const QStringList columnFields{
    QStringLiteral("image_id"),        QStringLiteral("name"),
    QStringLiteral("friendly_name"),   QStringLiteral("description"),
    QStringLiteral("image_src"),       QStringLiteral("enabled"),
    QStringLiteral("hidden"),          QStringLiteral("categories"),
    QStringLiteral("image_type"),      QStringLiteral("cores"),
    QStringLiteral("memory"),          QStringLiteral("gpu_count"),
    QStringLiteral("docker_registry"), QStringLiteral("docker_user"),
    QStringLiteral("docker_token"),    QStringLiteral("uncompressed_size_mb"),
    QStringLiteral("run_config"),      QStringLiteral("exec_config"),
    QStringLiteral("volume_mappings"), QStringLiteral("restrict_to_zone"),
    QStringLiteral("zone_id"),         QStringLiteral("server_pool_id"),
    QStringLiteral("available"),       QStringLiteral("has_docker_token"),
};

const QString hasTokenKey = QStringLiteral("has_docker_token");

std::unexpected<Error> sqlFailed(const QSqlQuery &query, const QString &what)
{
    return fail(ErrorCode::Storage, KasmText::tr("The simulated deployment could not %1 in the catalog.").arg(what),
                query.lastError().text());
}

Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlFailed(query, what);
    return {};
}

// SQLite's NOT NULL columns want '' rather than a null QString.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant optional(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

store::ImageRecord toRecord(const KasmImage &image, store::ImageRecord record)
{
    record.imageId = image.imageId;
    record.name = image.name;
    record.friendlyName = image.friendlyName;
    record.description = image.description;
    record.imageSrc = image.imageSrc;
    record.enabled = image.enabled;
    record.hidden = image.hidden;
    record.categories = image.categories;
    record.imageType = image.imageType;
    record.cores = image.cores;
    record.memory = image.memoryBytes;
    record.gpuCount = image.gpuCount;
    record.dockerRegistry = image.dockerRegistry;
    record.dockerUser = image.dockerUser;
    record.uncompressedSizeMb = image.uncompressedSizeMb;
    record.runConfig = image.raw.value(QStringLiteral("run_config")).toObject();
    record.execConfig = image.raw.value(QStringLiteral("exec_config")).toObject();
    record.volumeMappings = image.raw.value(QStringLiteral("volume_mappings")).toObject();
    record.restrictToZone = image.restrictToZone;
    record.zoneId = image.zoneId;
    record.serverPoolId = image.raw.value(QStringLiteral("server_pool_id")).toString();
    record.available = image.available;
    QJsonObject extra;
    for (auto it = image.raw.begin(); it != image.raw.end(); ++it) {
        if (!columnFields.contains(it.key()))
            extra.insert(it.key(), it.value());
    }
    if (image.hasDockerToken) // that one is set, never what it is: the simulation keeps no secret
        extra.insert(hasTokenKey, true);
    record.extra = extra;
    return record;
}

KasmImage fromRecord(const store::ImageRecord &record)
{
    KasmImage image;
    image.imageId = record.imageId;
    image.name = record.name;
    image.friendlyName = record.friendlyName;
    image.description = record.description;
    image.imageSrc = record.imageSrc;
    image.enabled = record.enabled;
    image.hidden = record.hidden;
    image.categories = record.categories;
    image.imageType = record.imageType;
    image.cores = record.cores;
    image.memoryBytes = record.memory;
    image.gpuCount = record.gpuCount;
    image.dockerRegistry = record.dockerRegistry;
    image.dockerUser = record.dockerUser;
    image.uncompressedSizeMb = record.uncompressedSizeMb;
    image.restrictToZone = record.restrictToZone;
    image.zoneId = record.zoneId;
    image.available = record.available;
    QJsonObject raw = record.extra;
    image.hasDockerToken = raw.take(hasTokenKey).toBool();
    if (!record.runConfig.isEmpty())
        raw.insert(QStringLiteral("run_config"), record.runConfig);
    if (!record.execConfig.isEmpty())
        raw.insert(QStringLiteral("exec_config"), record.execConfig);
    if (!record.volumeMappings.isEmpty())
        raw.insert(QStringLiteral("volume_mappings"), record.volumeMappings);
    if (!record.serverPoolId.isEmpty())
        raw.insert(QStringLiteral("server_pool_id"), record.serverPoolId);
    image.raw = raw;
    return image;
}

QVariant timestampOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(json::formatTimestamp(time)) : QVariant(QMetaType(QMetaType::QString));
}

Status insertAgent(QSqlDatabase &db, const KasmAgent &agent)
{
    if (Status saved =
            exec(db,
                 QStringLiteral("INSERT INTO agents (agent_id, hostname, zone_id, egress_source, arch,"
                                " disk_total_bytes, disk_free_bytes, prune_mode, enabled, last_reported)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {agent.agentId, nonNull(agent.hostname), optional(agent.zoneId), nonNull(agent.egressSource),
                  nonNull(agent.architecture), agent.diskTotalBytes, agent.diskFreeBytes,
                  pruneModeName(agent.pruneMode), agent.enabled ? 1 : 0, timestampOrNull(agent.lastReported)},
                 QStringLiteral("save an agent"));
        !saved)
        return saved;
    for (const AgentImage &image : agent.inventory) {
        if (Status saved = exec(db,
                                QStringLiteral("INSERT INTO agent_inventory (agent_id, image_ref, digest,"
                                               " size_bytes, pulled_at) VALUES (?, ?, ?, ?, ?)"),
                                {agent.agentId, image.reference, nonNull(image.digests.value(0)), image.sizeBytes,
                                 timestampOrNull(image.pulledAt)},
                                QStringLiteral("save an agent inventory"));
            !saved)
            return saved;
    }
    for (const AgentPullFailure &failure : agent.pullFailures) {
        if (Status saved =
                exec(db,
                     QStringLiteral("INSERT INTO agent_pull_failures (agent_id, image_ref, reason,"
                                    " failed_at) VALUES (?, ?, ?, ?)"),
                     {agent.agentId, failure.reference, nonNull(failure.reason), timestampOrNull(failure.at)},
                     QStringLiteral("save an agent's failed pulls"));
            !saved)
            return saved;
    }
    return {};
}

// The agents (all, or the one with `onlyId`) with their inventories.
Result<QList<KasmAgent>> readAgents(QSqlDatabase &db, const QString &onlyId = {})
{
    const QString where = onlyId.isEmpty() ? QString() : QStringLiteral(" WHERE agent_id = ?");
    QSqlQuery agents(db);
    agents.prepare(QStringLiteral("SELECT agent_id, hostname, zone_id, egress_source, arch, disk_total_bytes,"
                                  " disk_free_bytes, prune_mode, enabled, last_reported FROM agents") +
                   where + QStringLiteral(" ORDER BY hostname"));
    if (!onlyId.isEmpty())
        agents.addBindValue(onlyId);
    if (!agents.exec())
        return sqlFailed(agents, QStringLiteral("read the agents"));
    QList<KasmAgent> result;
    QHash<QString, qsizetype> agentIndex;
    while (agents.next()) {
        KasmAgent agent;
        agent.agentId = agents.value(0).toString();
        agent.hostname = agents.value(1).toString();
        agent.zoneId = agents.value(2).toString();
        agent.egressSource = agents.value(3).toString();
        agent.architecture = agents.value(4).toString();
        agent.diskTotalBytes = agents.value(5).toLongLong();
        agent.diskFreeBytes = agents.value(6).toLongLong();
        agent.pruneMode = pruneModeFromName(agents.value(7).toString()).value_or(PruneMode::Normal);
        agent.enabled = agents.value(8).toBool();
        agent.lastReported = json::parseTimestamp(agents.value(9).toString());
        agentIndex.insert(agent.agentId, result.size());
        result << agent;
    }

    QSqlQuery inventory(db);
    inventory.prepare(QStringLiteral("SELECT agent_id, image_ref, digest, size_bytes, pulled_at FROM agent_inventory") +
                      where + QStringLiteral(" ORDER BY agent_id, image_ref"));
    if (!onlyId.isEmpty())
        inventory.addBindValue(onlyId);
    if (!inventory.exec())
        return sqlFailed(inventory, QStringLiteral("read the agent inventories"));
    while (inventory.next()) {
        const auto index = agentIndex.constFind(inventory.value(0).toString());
        if (index == agentIndex.cend())
            continue;
        AgentImage image;
        image.reference = inventory.value(1).toString();
        image.tags = {image.reference};
        const QString digest = inventory.value(2).toString();
        if (!digest.isEmpty())
            image.digests = {digest};
        image.sizeBytes = inventory.value(3).toLongLong();
        image.pulledAt = json::parseTimestamp(inventory.value(4).toString());
        result[*index].inventory << image;
    }
    QSqlQuery failures(db);
    failures.prepare(QStringLiteral("SELECT agent_id, image_ref, reason, failed_at FROM agent_pull_failures") + where +
                     QStringLiteral(" ORDER BY agent_id, image_ref"));
    if (!onlyId.isEmpty())
        failures.addBindValue(onlyId);
    if (!failures.exec())
        return sqlFailed(failures, QStringLiteral("read the agents' failed pulls"));
    while (failures.next()) {
        const auto index = agentIndex.constFind(failures.value(0).toString());
        if (index != agentIndex.cend()) {
            result[*index].pullFailures << AgentPullFailure{failures.value(1).toString(), failures.value(2).toString(),
                                                            json::parseTimestamp(failures.value(3).toString())};
        }
    }
    return result;
}

Result<SimulatedState> readState(QSqlDatabase &db)
{
    SimulatedState state;

    auto images = store::listImages(db);
    if (!images)
        return fail(images.error());
    for (const store::ImageRecord &record : *images)
        state.images << fromRecord(record);

    auto groups = store::listGroups(db);
    if (!groups)
        return fail(groups.error());
    for (const store::GroupRecord &record : *groups) {
        KasmGroup group;
        group.groupId = record.groupId;
        group.name = record.name;
        group.description = record.description;
        group.isSystem = record.name == QLatin1String("All Users");
        state.groups << group;
        state.groupImageIds.insert(group.groupId, {});
    }
    auto links = store::listImageGroups(db);
    if (!links)
        return fail(links.error());
    for (const store::ImageGroupLink &link : *links)
        state.groupImageIds[link.groupId] << link.imageId;

    QSqlQuery zones(db);
    if (!zones.exec(QStringLiteral("SELECT zone_id, name FROM zones ORDER BY name")))
        return sqlFailed(zones, QStringLiteral("read the zones"));
    while (zones.next())
        state.zones << KasmZone{zones.value(0).toString(), zones.value(1).toString(), {}};

    auto agents = readAgents(db);
    if (!agents)
        return fail(agents.error());
    state.agents = *agents;
    return state;
}

Status replaceAgent(QSqlDatabase &db, const KasmAgent &agent)
{
    if (Status removed = exec(db, QStringLiteral("DELETE FROM agent_inventory WHERE agent_id = ?"), {agent.agentId},
                              QStringLiteral("replace an agent inventory"));
        !removed)
        return removed;
    if (Status removed = exec(db, QStringLiteral("DELETE FROM agent_pull_failures WHERE agent_id = ?"), {agent.agentId},
                              QStringLiteral("replace an agent's failed pulls"));
        !removed)
        return removed;
    if (Status removed = exec(db, QStringLiteral("DELETE FROM agents WHERE agent_id = ?"), {agent.agentId},
                              QStringLiteral("replace an agent"));
        !removed)
        return removed;
    return insertAgent(db, agent);
}

bool sameImage(const KasmImage &a, const KasmImage &b)
{
    return a.sameFields(b) && a.raw == b.raw;
}

QString zoneEgress(const SimulatedState &state, const QString &zoneId)
{
    for (const KasmAgent &agent : state.agents) {
        if (agent.zoneId == zoneId && !agent.egressSource.isEmpty())
            return agent.egressSource;
    }
    return {};
}

QSet<std::pair<QString, QString>> groupLinks(const SimulatedState &state)
{
    QSet<std::pair<QString, QString>> links;
    for (auto it = state.groupImageIds.cbegin(); it != state.groupImageIds.cend(); ++it) {
        for (const QString &imageId : it.value())
            links.insert({it.key(), imageId});
    }
    return links;
}

// Writes only the rows in which `after` differs from `before` (the state read in the same transaction): rows that
// another process changed and this change did not touch stay as they are, and unchanged image rows keep their
// updated_at.
Status writeChanges(QSqlDatabase &db, const SimulatedState &before, const SimulatedState &after)
{
    QHash<QString, const KasmImage *> oldImages;
    for (const KasmImage &image : before.images)
        oldImages.insert(image.imageId, &image);
    QHash<QString, store::ImageRecord> records; // read only when an image changed: they keep other layers' columns
    bool recordsRead = false;
    QSet<QString> keptImages;
    for (const KasmImage &image : after.images) {
        keptImages.insert(image.imageId);
        const KasmImage *old = oldImages.value(image.imageId);
        if (old && sameImage(*old, image))
            continue;
        if (!recordsRead) {
            auto existing = store::listImages(db);
            if (!existing)
                return fail(existing.error());
            for (const store::ImageRecord &record : *existing)
                records.insert(record.imageId, record);
            recordsRead = true;
        }
        if (Status saved = store::upsertImage(db, toRecord(image, records.value(image.imageId))); !saved)
            return saved;
    }
    for (const KasmImage &image : before.images) {
        if (!keptImages.contains(image.imageId)) {
            if (Status removed = exec(db, QStringLiteral("DELETE FROM images WHERE image_id = ?"), {image.imageId},
                                      QStringLiteral("delete an image"));
                !removed)
                return removed;
        }
    }

    QHash<QString, KasmGroup> oldGroups;
    for (const KasmGroup &group : before.groups)
        oldGroups.insert(group.groupId, group);
    auto groupRecords = store::listGroups(db);
    if (!groupRecords)
        return fail(groupRecords.error());
    QHash<QString, bool> testGroups;
    for (const store::GroupRecord &record : *groupRecords)
        testGroups.insert(record.groupId, record.isTestGroup);
    QSet<QString> keptGroups;
    for (const KasmGroup &group : after.groups) {
        keptGroups.insert(group.groupId);
        const auto old = oldGroups.constFind(group.groupId);
        if (old != oldGroups.cend() && *old == group && old->description == group.description)
            continue;
        store::GroupRecord record{group.groupId, group.name, group.description,
                                  testGroups.value(group.groupId, group.name == QLatin1String("Image Testers"))};
        if (Status saved = store::upsertGroup(db, record); !saved)
            return saved;
    }
    for (const KasmGroup &group : before.groups) {
        if (!keptGroups.contains(group.groupId)) {
            if (Status removed = exec(db, QStringLiteral("DELETE FROM groups WHERE group_id = ?"), {group.groupId},
                                      QStringLiteral("delete a group"));
                !removed)
                return removed;
        }
    }

    const QSet<std::pair<QString, QString>> oldLinks = groupLinks(before);
    const QSet<std::pair<QString, QString>> newLinks = groupLinks(after);
    for (const auto &[groupId, imageId] : oldLinks) {
        if (!newLinks.contains({groupId, imageId})) {
            if (Status removed =
                    exec(db, QStringLiteral("DELETE FROM image_groups WHERE group_id = ? AND image_id = ?"),
                         {groupId, imageId}, QStringLiteral("remove an image from a group"));
                !removed)
                return removed;
        }
    }
    for (const auto &[groupId, imageId] : newLinks) {
        if (!oldLinks.contains({groupId, imageId})) {
            if (Status linked = store::assignImageToGroup(db, imageId, groupId); !linked)
                return linked;
        }
    }

    // Zones before agents (agents refer to them); a changed zone is updated in place, since deleting it would unset
    // its agents' zone.
    QHash<QString, std::pair<QString, QString>> oldZones; // id -> name, egress
    for (const KasmZone &zone : before.zones)
        oldZones.insert(zone.zoneId, {zone.name, zoneEgress(before, zone.zoneId)});
    QSet<QString> keptZones;
    for (const KasmZone &zone : after.zones) {
        keptZones.insert(zone.zoneId);
        const std::pair<QString, QString> row{zone.name, zoneEgress(after, zone.zoneId)};
        const auto old = oldZones.constFind(zone.zoneId);
        if (old != oldZones.cend() && *old == row)
            continue;
        if (Status saved = exec(db,
                                QStringLiteral("INSERT INTO zones (zone_id, name, egress_source) VALUES (?, ?, ?)"
                                               " ON CONFLICT(zone_id) DO UPDATE SET name = excluded.name,"
                                               " egress_source = excluded.egress_source"),
                                {zone.zoneId, nonNull(row.first), nonNull(row.second)}, QStringLiteral("save a zone"));
            !saved)
            return saved;
    }

    QHash<QString, const KasmAgent *> oldAgents;
    for (const KasmAgent &agent : before.agents)
        oldAgents.insert(agent.agentId, &agent);
    QSet<QString> keptAgents;
    for (const KasmAgent &agent : after.agents) {
        keptAgents.insert(agent.agentId);
        const KasmAgent *old = oldAgents.value(agent.agentId);
        if (old && *old == agent)
            continue;
        if (Status saved = replaceAgent(db, agent); !saved)
            return saved;
    }
    for (const KasmAgent &agent : before.agents) {
        if (!keptAgents.contains(agent.agentId)) {
            if (Status removed = exec(db, QStringLiteral("DELETE FROM agents WHERE agent_id = ?"), {agent.agentId},
                                      QStringLiteral("delete an agent"));
                !removed)
                return removed;
        }
    }
    for (const KasmZone &zone : before.zones) {
        if (!keptZones.contains(zone.zoneId)) {
            if (Status removed = exec(db, QStringLiteral("DELETE FROM zones WHERE zone_id = ?"), {zone.zoneId},
                                      QStringLiteral("delete a zone"));
                !removed)
                return removed;
        }
    }
    return {};
}

} // namespace

CatalogSimulatedStorage::CatalogSimulatedStorage(std::shared_ptr<store::Catalog> catalog)
    : m_profileDir(catalog->profileDir()), m_catalog(std::move(catalog))
{}

CatalogSimulatedStorage::CatalogSimulatedStorage(QString profileDir)
    : m_profileDir(std::move(profileDir)), m_mayCache(true)
{}

CatalogSimulatedStorage::~CatalogSimulatedStorage() = default;

void CatalogSimulatedStorage::releaseThread()
{
    if (m_catalog)
        m_catalog->releaseThreadConnection();
}

Result<std::shared_ptr<store::Catalog>> CatalogSimulatedStorage::catalog()
{
    if (!m_catalog) {
        Result<std::shared_ptr<store::Catalog>> opened = store::Catalog::open(m_profileDir);
        if (!opened)
            return fail(opened.error());
        m_catalog = *opened;
    }
    return m_catalog;
}

QString CatalogSimulatedStorage::location() const
{
    return m_catalog ? m_catalog->filePath() : m_profileDir + QLatin1Char('/') + store::Catalog::catalogFileName();
}

Result<SimulatedState> CatalogSimulatedStorage::load()
{
    Result<std::shared_ptr<store::Catalog>> catalog = this->catalog();
    if (!catalog)
        return fail(catalog.error());
    QSqlDatabase db = (*catalog)->database();
    // One read transaction: the tables are read as of one moment, not across another process's commit.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN")))
        return sqlFailed(begin, QStringLiteral("start reading"));
    const Result<qint64> version = dataVersion(db);
    if (version && m_cached && *version == m_cachedVersion) {
        QSqlQuery(db).exec(QStringLiteral("COMMIT"));
        return *m_cached;
    }
    Result<SimulatedState> state = readState(db);
    QSqlQuery(db).exec(state ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    m_cached.reset();
    if (state && version && m_mayCache) {
        m_cached = *state;
        m_cachedVersion = *version;
    }
    return state;
}

Result<qint64> CatalogSimulatedStorage::dataVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return sqlFailed(query, QStringLiteral("read the data version"));
    return query.value(0).toLongLong();
}

Result<SimulatedState> CatalogSimulatedStorage::update(const SimulatedChange &change)
{
    Result<std::shared_ptr<store::Catalog>> catalog = this->catalog();
    if (!catalog)
        return fail(catalog.error());
    // BEGIN IMMEDIATE (Catalog::transaction) holds the write lock from the read on: no other process can change the
    // state between what this change saw and what it writes.
    SimulatedState after;
    Status done = (*catalog)->transaction([&](QSqlDatabase &db) -> Status {
        Result<SimulatedState> before = readState(db);
        if (!before)
            return fail(before.error());
        after = *before;
        QList<store::AuditEntry> audit;
        if (Status applied = change(after, audit); !applied)
            return applied;
        if (Status written = writeChanges(db, *before, after); !written)
            return written;
        for (const store::AuditEntry &entry : audit) {
            if (Status appended = store::appendAudit(db, entry); !appended)
                return appended;
        }
        return {};
    });
    m_cached.reset(); // what the tables keep of `after` is read again by the next load
    if (!done)
        return fail(done.error());
    return after;
}

Result<KasmAgent> CatalogSimulatedStorage::updateAgent(const QString &agentId,
                                                       const std::function<Status(KasmAgent &)> &change)
{
    Result<std::shared_ptr<store::Catalog>> catalog = this->catalog();
    if (!catalog)
        return fail(catalog.error());
    KasmAgent changed;
    std::optional<qint64> version;   // as of this transaction, which this connection's own commit leaves unchanged
    std::optional<KasmAgent> stored; // the agent as the tables keep it
    Status done = (*catalog)->transaction([&](QSqlDatabase &db) -> Status {
        if (Result<qint64> read = dataVersion(db))
            version = *read;
        Result<QList<KasmAgent>> current = readAgents(db, agentId);
        if (!current)
            return fail(current.error());
        if (current->isEmpty())
            return fail(unknownSimulatedAgent(agentId));
        changed = current->first();
        if (Status applied = change(changed); !applied)
            return applied;
        changed.agentId = agentId;
        if (Status replaced = replaceAgent(db, changed); !replaced)
            return replaced;
        if (m_cached) {
            if (Result<QList<KasmAgent>> reread = readAgents(db, agentId); reread && !reread->isEmpty())
                stored = reread->first();
        }
        return {};
    });
    if (!done)
        return fail(done.error());
    // The cached state stays valid only if nobody else committed since it was read: then this agent is all that
    // changed.
    if (m_cached && stored && version && *version == m_cachedVersion) {
        for (KasmAgent &agent : m_cached->agents) {
            if (agent.agentId == agentId)
                agent = *stored;
        }
    } else {
        m_cached.reset();
    }
    return changed;
}

} // namespace steward::kasm
