#include "kasm/CatalogSimulatedStorage.h"

#include "kasm/KasmJson.h"
#include "store/Catalog.h"
#include "store/CatalogQueries.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace steward {

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
    return fail(ErrorCode::Storage,
                QCoreApplication::translate("steward::CatalogSimulatedStorage",
                                            "The simulated deployment could not %1 in the catalog.")
                    .arg(what),
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

Status insertAgent(QSqlDatabase &db, const KasmAgent &agent)
{
    if (Status saved = exec(db,
                            QStringLiteral("INSERT INTO agents (agent_id, hostname, zone_id, egress_source, arch,"
                                           " disk_total_bytes, disk_free_bytes, prune_mode, enabled, last_reported)"
                                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                            {agent.agentId, nonNull(agent.hostname), optional(agent.zoneId),
                             nonNull(agent.egressSource), nonNull(agent.architecture), agent.diskTotalBytes,
                             agent.diskFreeBytes, pruneModeName(agent.pruneMode), agent.enabled ? 1 : 0,
                             agent.lastReported.isValid() ? QVariant(kasmjson::formatTimestamp(agent.lastReported))
                                                          : QVariant(QMetaType(QMetaType::QString))},
                            QStringLiteral("save an agent"));
        !saved)
        return saved;
    for (const AgentImage &image : agent.inventory) {
        if (Status saved = exec(db,
                                QStringLiteral("INSERT INTO agent_inventory (agent_id, image_ref, digest,"
                                               " size_bytes) VALUES (?, ?, ?, ?)"),
                                {agent.agentId, image.reference, nonNull(image.digests.value(0)), image.sizeBytes},
                                QStringLiteral("save an agent inventory"));
            !saved)
            return saved;
    }
    return {};
}

} // namespace

CatalogSimulatedStorage::CatalogSimulatedStorage(std::shared_ptr<store::Catalog> catalog)
    : m_profileDir(catalog->profileDir()), m_catalog(std::move(catalog))
{}

CatalogSimulatedStorage::CatalogSimulatedStorage(QString profileDir) : m_profileDir(std::move(profileDir))
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

Status CatalogSimulatedStorage::saveAgent(const SimulatedState &state, const KasmAgent &agent)
{
    Q_UNUSED(state);
    Result<std::shared_ptr<store::Catalog>> catalog = this->catalog();
    if (!catalog)
        return fail(catalog.error());
    return (*catalog)->transaction([&agent](QSqlDatabase &db) -> Status {
        if (Status removed = exec(db, QStringLiteral("DELETE FROM agent_inventory WHERE agent_id = ?"), {agent.agentId},
                                  QStringLiteral("replace an agent inventory"));
            !removed)
            return removed;
        if (Status removed = exec(db, QStringLiteral("DELETE FROM agents WHERE agent_id = ?"), {agent.agentId},
                                  QStringLiteral("replace an agent"));
            !removed)
            return removed;
        return insertAgent(db, agent);
    });
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

    QSqlQuery agents(db);
    if (!agents.exec(QStringLiteral("SELECT agent_id, hostname, zone_id, egress_source, arch, disk_total_bytes,"
                                    " disk_free_bytes, prune_mode, enabled, last_reported FROM agents"
                                    " ORDER BY hostname")))
        return sqlFailed(agents, QStringLiteral("read the agents"));
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
        agent.lastReported = kasmjson::parseTimestamp(agents.value(9).toString());
        agentIndex.insert(agent.agentId, state.agents.size());
        state.agents << agent;
    }

    QSqlQuery inventory(db);
    if (!inventory.exec(QStringLiteral("SELECT agent_id, image_ref, digest, size_bytes FROM agent_inventory"
                                       " ORDER BY agent_id, image_ref")))
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
        state.agents[*index].inventory << image;
    }
    return state;
}

Status CatalogSimulatedStorage::save(const SimulatedState &state)
{
    Result<std::shared_ptr<store::Catalog>> catalog = this->catalog();
    if (!catalog)
        return fail(catalog.error());
    return (*catalog)->transaction([&state](QSqlDatabase &db) -> Status {
        // Images: rows keep the columns other layers own; rows no longer in the state go.
        auto existing = store::listImages(db);
        if (!existing)
            return fail(existing.error());
        QHash<QString, store::ImageRecord> records;
        for (const store::ImageRecord &record : *existing)
            records.insert(record.imageId, record);
        QSet<QString> keep;
        for (const KasmImage &image : state.images) {
            keep.insert(image.imageId);
            if (Status saved = store::upsertImage(db, toRecord(image, records.value(image.imageId))); !saved)
                return saved;
        }
        for (auto it = records.cbegin(); it != records.cend(); ++it) {
            if (!keep.contains(it.key())) {
                if (Status removed = exec(db, QStringLiteral("DELETE FROM images WHERE image_id = ?"), {it.key()},
                                          QStringLiteral("delete an image"));
                    !removed)
                    return removed;
            }
        }

        auto groups = store::listGroups(db);
        if (!groups)
            return fail(groups.error());
        QHash<QString, bool> testGroups;
        for (const store::GroupRecord &record : *groups)
            testGroups.insert(record.groupId, record.isTestGroup);
        QSet<QString> keepGroups;
        for (const KasmGroup &group : state.groups) {
            keepGroups.insert(group.groupId);
            store::GroupRecord record{group.groupId, group.name, group.description,
                                      testGroups.value(group.groupId, group.name == QLatin1String("Image Testers"))};
            if (Status saved = store::upsertGroup(db, record); !saved)
                return saved;
        }
        for (auto it = testGroups.cbegin(); it != testGroups.cend(); ++it) {
            if (!keepGroups.contains(it.key())) {
                if (Status removed = exec(db, QStringLiteral("DELETE FROM groups WHERE group_id = ?"), {it.key()},
                                          QStringLiteral("delete a group"));
                    !removed)
                    return removed;
            }
        }
        if (Status cleared = exec(db, QStringLiteral("DELETE FROM image_groups"), {},
                                  QStringLiteral("replace the group memberships"));
            !cleared)
            return cleared;
        for (auto it = state.groupImageIds.cbegin(); it != state.groupImageIds.cend(); ++it) {
            for (const QString &imageId : it.value()) {
                if (Status linked = store::assignImageToGroup(db, imageId, it.key()); !linked)
                    return linked;
            }
        }

        // The fleet belongs to the simulation alone: replaced whole.
        for (const char *table : {"agent_inventory", "agents", "zones"}) {
            if (Status cleared = exec(db, QStringLiteral("DELETE FROM ") + QLatin1String(table), {},
                                      QStringLiteral("replace the fleet"));
                !cleared)
                return cleared;
        }
        for (const KasmZone &zone : state.zones) {
            QString egress;
            for (const KasmAgent &agent : state.agents) {
                if (agent.zoneId == zone.zoneId && egress.isEmpty())
                    egress = agent.egressSource;
            }
            if (Status saved =
                    exec(db, QStringLiteral("INSERT INTO zones (zone_id, name, egress_source) VALUES (?, ?, ?)"),
                         {zone.zoneId, nonNull(zone.name), nonNull(egress)}, QStringLiteral("save a zone"));
                !saved)
                return saved;
        }
        for (const KasmAgent &agent : state.agents) {
            if (Status saved = insertAgent(db, agent); !saved)
                return saved;
        }
        return {};
    });
}

} // namespace steward
