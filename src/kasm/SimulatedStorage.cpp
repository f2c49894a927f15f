#include "kasm/SimulatedStorage.h"

#include "kasm/KasmJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace steward {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("steward::SimulatedStorage", text);
}

} // namespace

QJsonObject simulatedStateToJson(const SimulatedState &state)
{
    QJsonArray images, groups, agents, zones;
    for (const KasmImage &image : state.images) {
        QJsonObject o = kasmjson::imageToJson(image);
        o.insert(QStringLiteral("available"), image.available);
        o.insert(QStringLiteral("has_docker_token"), image.hasDockerToken);
        images << o;
    }
    for (const KasmGroup &group : state.groups) {
        QJsonObject o = kasmjson::groupToJson(group);
        o.insert(QStringLiteral("image_ids"), QJsonArray::fromStringList(state.groupImageIds.value(group.groupId)));
        groups << o;
    }
    for (const KasmAgent &agent : state.agents)
        agents << kasmjson::agentToJson(agent);
    for (const KasmZone &zone : state.zones)
        zones << kasmjson::zoneToJson(zone);
    return {{QStringLiteral("format"), 1},
            {QStringLiteral("images"), images},
            {QStringLiteral("groups"), groups},
            {QStringLiteral("servers"), agents},
            {QStringLiteral("zones"), zones}};
}

Result<SimulatedState> simulatedStateFromJson(const QJsonObject &object)
{
    SimulatedState state;
    auto images = kasmjson::parseImageList(object, QStringLiteral("images"));
    if (!images)
        return fail(images.error());
    auto groups = kasmjson::parseGroupList(object, QStringLiteral("groups"));
    if (!groups)
        return fail(groups.error());
    auto agents = kasmjson::parseAgentList(object, QStringLiteral("servers"));
    if (!agents)
        return fail(agents.error());
    auto zones = kasmjson::parseZoneList(object, QStringLiteral("zones"));
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
        for (const QJsonValue &id : group.raw.value(QStringLiteral("image_ids")).toArray())
            ids << id.toString();
        state.groupImageIds.insert(group.groupId, ids);
        group.raw.remove(QStringLiteral("image_ids"));
    }
    state.agents = *agents;
    state.zones = *zones;
    return state;
}

SimulatedStorage::~SimulatedStorage() = default;

Status SimulatedStorage::saveAgent(const SimulatedState &state, const KasmAgent &agent)
{
    Q_UNUSED(agent);
    return save(state);
}

void SimulatedStorage::releaseThread()
{}

Result<SimulatedState> InMemorySimulatedStorage::load()
{
    return m_state;
}

Status InMemorySimulatedStorage::save(const SimulatedState &state)
{
    if (m_failSaves)
        return fail(ErrorCode::Storage, tr("The simulated deployment could not be saved (a test made saving fail)."));
    m_state = state;
    return {};
}

QString InMemorySimulatedStorage::location() const
{
    return tr("memory");
}

JsonFileSimulatedStorage::JsonFileSimulatedStorage(QString path) : m_path(std::move(path))
{}

Result<SimulatedState> JsonFileSimulatedStorage::load()
{
    QFile file(m_path);
    if (!file.exists())
        return SimulatedState{};
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Storage,
                    tr("Cannot read the simulated deployment from %1: %2. Check the file's permissions.")
                        .arg(m_path, file.errorString()));
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject())
        return fail(ErrorCode::Storage,
                    tr("The simulated deployment in %1 is damaged; move the file away to start from the demo data.")
                        .arg(m_path),
                    error.errorString());
    return simulatedStateFromJson(document.object());
}

Status JsonFileSimulatedStorage::save(const SimulatedState &state)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Storage,
                    tr("Cannot save the simulated deployment to %1: %2.").arg(m_path, file.errorString()));
    file.write(QJsonDocument(simulatedStateToJson(state)).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(ErrorCode::Storage,
                    tr("Cannot save the simulated deployment to %1: %2.").arg(m_path, file.errorString()));
    return {};
}

QString JsonFileSimulatedStorage::location() const
{
    return m_path;
}

} // namespace steward
