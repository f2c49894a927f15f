#include "kasm/SimulatedStorage.h"

#include "kasm/KasmJson.h"
#include "kasm/KasmText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

namespace steward::kasm {

namespace {

QJsonObject auditToJson(const store::AuditEntry &entry)
{
    return {{QStringLiteral("at"), entry.at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), entry.actor},
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("subject"), entry.subject},
            {QStringLiteral("before"), entry.before},
            {QStringLiteral("after"), entry.after}};
}

} // namespace

QJsonObject simulatedStateToJson(const SimulatedState &state)
{
    QJsonArray images, groups, agents, zones;
    for (const KasmImage &image : state.images) {
        QJsonObject o = json::imageToJson(image);
        o.insert(QStringLiteral("available"), image.available);
        o.insert(QStringLiteral("has_docker_token"), image.hasDockerToken);
        images << o;
    }
    for (const KasmGroup &group : state.groups) {
        QJsonObject o = json::groupToJson(group);
        o.insert(QStringLiteral("image_ids"), QJsonArray::fromStringList(state.groupImageIds.value(group.groupId)));
        groups << o;
    }
    for (const KasmAgent &agent : state.agents)
        agents << json::agentToJson(agent);
    for (const KasmZone &zone : state.zones)
        zones << json::zoneToJson(zone);
    return {{QStringLiteral("format"), 1},
            {QStringLiteral("images"), images},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("servers"), agents},
            {QStringLiteral("zones"), zones}};
}

Result<SimulatedState> simulatedStateFromJson(const QJsonObject &object)
{
    SimulatedState state;
    auto images = json::parseImageList(object, QStringLiteral("images"));
    if (!images)
        return fail(images.error());
    auto groups = json::parseGroupList(object, QStringLiteral("groups"));
    if (!groups)
        return fail(groups.error());
    auto agents = json::parseAgentList(object, QStringLiteral("servers"));
    if (!agents)
        return fail(agents.error());
    auto zones = json::parseZoneList(object, QStringLiteral("zones"));
    if (!zones)
        return fail(zones.error());
    state.images = *images;
    for (KasmImage &image : state.images) {
        image.raw.remove(QStringLiteral("has_docker_token"));
        image.raw.remove(QStringLiteral("available"));
    }
    state.groups = *groups;
    for (KasmGroup &group : state.groups) {
        QStringList ids;
        for (const auto &id : group.raw.value(QStringLiteral("image_ids")).toArray())
            ids << id.toString();
        state.groupImageIds.insert(group.groupId, ids);
        group.raw.remove(QStringLiteral("image_ids"));
    }
    state.agents = *agents;
    state.zones = *zones;
    return state;
}

SimulatedStorage::~SimulatedStorage() = default;

Status SimulatedStorage::save(const SimulatedState &state)
{
    Result<SimulatedState> replaced = update([&state](SimulatedState &stored, QList<store::AuditEntry> &) -> Status {
        stored = state;
        return {};
    });
    if (!replaced)
        return fail(replaced.error());
    return {};
}

Error unknownSimulatedAgent(const QString &agentId)
{
    return {ErrorCode::NotFound, KasmText::tr("The simulated deployment has no agent %1.").arg(agentId), {}};
}

Result<KasmAgent> SimulatedStorage::updateAgent(const QString &agentId,
                                                const std::function<Status(KasmAgent &)> &change)
{
    KasmAgent changed;
    Result<SimulatedState> updated = update([&](SimulatedState &state, QList<store::AuditEntry> &) -> Status {
        for (KasmAgent &agent : state.agents) {
            if (agent.agentId == agentId) {
                if (Status applied = change(agent); !applied)
                    return applied;
                changed = agent;
                return {};
            }
        }
        return fail(unknownSimulatedAgent(agentId));
    });
    if (!updated)
        return fail(updated.error());
    return changed;
}

void SimulatedStorage::releaseThread()
{}

Result<SimulatedState> InMemorySimulatedStorage::load()
{
    const std::lock_guard locker(m_mutex);
    return m_state;
}

Status InMemorySimulatedStorage::save(const SimulatedState &state)
{
    if (m_failSaves)
        return fail(ErrorCode::Storage,
                    KasmText::tr("The simulated deployment could not be saved (a test made saving fail)."));
    const std::lock_guard locker(m_mutex);
    m_state = state;
    return {};
}

Result<SimulatedState> InMemorySimulatedStorage::update(const SimulatedChange &change)
{
    const std::lock_guard locker(m_mutex);
    SimulatedState next = m_state;
    QList<store::AuditEntry> audit;
    if (Status applied = change(next, audit); !applied)
        return fail(applied.error());
    if (m_failSaves)
        return fail(ErrorCode::Storage,
                    KasmText::tr("The simulated deployment could not be saved (a test made saving fail)."));
    m_state = next;
    m_audit << audit;
    return next;
}

QList<store::AuditEntry> InMemorySimulatedStorage::audit() const
{
    const std::lock_guard locker(m_mutex);
    return m_audit;
}

QString InMemorySimulatedStorage::location() const
{
    return KasmText::tr("memory");
}

JsonFileSimulatedStorage::JsonFileSimulatedStorage(QString path) : m_path(std::move(path))
{}

Result<QJsonObject> JsonFileSimulatedStorage::readDocument() const
{
    QFile file(m_path);
    if (!file.exists())
        return QJsonObject{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Storage,
                    KasmText::tr("Cannot read the simulated deployment from %1: %2. Check the file's permissions.")
                        .arg(m_path, file.errorString()));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return fail(
            ErrorCode::Storage,
            KasmText::tr("The simulated deployment in %1 is damaged; move the file away to start from the demo data.")
                .arg(m_path),
            error.errorString());
    return document.object();
}

Status JsonFileSimulatedStorage::writeDocument(const QJsonObject &document) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Storage,
                    KasmText::tr("Cannot save the simulated deployment to %1: %2.").arg(m_path, file.errorString()));
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(ErrorCode::Storage,
                    KasmText::tr("Cannot save the simulated deployment to %1: %2.").arg(m_path, file.errorString()));
    return {};
}

Result<SimulatedState> JsonFileSimulatedStorage::load()
{
    Result<QJsonObject> document = readDocument();
    if (!document)
        return fail(document.error());
    return simulatedStateFromJson(*document);
}

Result<SimulatedState> JsonFileSimulatedStorage::update(const SimulatedChange &change)
{
    // The lock makes read, change and write one step for every process using this file; a lock left by a process
    // that died is taken over after the stale time.
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(30000);
    if (!lock.tryLock(10000))
        return fail(ErrorCode::Conflict,
                    KasmText::tr("Another process kept the simulated deployment in %1 locked for 10 s; try again.")
                        .arg(m_path));
    Result<QJsonObject> document = readDocument();
    if (!document)
        return fail(document.error());
    Result<SimulatedState> state = simulatedStateFromJson(*document);
    if (!state)
        return fail(state.error());
    QList<store::AuditEntry> audit;
    if (Status applied = change(*state, audit); !applied)
        return fail(applied.error());
    QJsonObject next = simulatedStateToJson(*state);
    QJsonArray log = document->value(QStringLiteral("audit")).toArray();
    for (store::AuditEntry entry : audit) {
        if (!entry.at.isValid())
            entry.at = QDateTime::currentDateTimeUtc();
        log << auditToJson(entry);
    }
    if (!log.isEmpty())
        next.insert(QStringLiteral("audit"), log);
    if (Status written = writeDocument(next); !written)
        return fail(written.error());
    return state;
}

QString JsonFileSimulatedStorage::location() const
{
    return m_path;
}

} // namespace steward::kasm
