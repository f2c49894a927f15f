#include "kasm/SimulatedDeployment.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QPromise>
#include <QUuid>

#include <algorithm>

namespace steward {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("steward::SimulatedDeployment", text);
}

template<typename T>
QFuture<T> ready(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

Error unknownImage(const QString &imageId)
{
    return {ErrorCode::NotFound,
            tr("The simulated deployment has no image %1; refresh, and register the image again if it is still "
               "wanted.")
                .arg(imageId),
            {}};
}

Error unknownGroup(const QString &groupId)
{
    return {ErrorCode::NotFound, tr("The simulated deployment has no group %1; refresh the groups.").arg(groupId), {}};
}

Error unknownAgent(const QString &agentId)
{
    return {ErrorCode::NotFound, tr("The simulated deployment has no agent %1.").arg(agentId), {}};
}

KasmImage *findImage(SimulatedState &state, const QString &imageId)
{
    for (KasmImage &image : state.images) {
        if (image.imageId == imageId)
            return &image;
    }
    return nullptr;
}

bool hasGroup(const SimulatedState &state, const QString &groupId)
{
    for (const KasmGroup &group : state.groups) {
        if (group.groupId == groupId)
            return true;
    }
    return false;
}

KasmAgent *findAgent(SimulatedState &state, const QString &agentId)
{
    for (KasmAgent &agent : state.agents) {
        if (agent.agentId == agentId)
            return &agent;
    }
    return nullptr;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

SimulatedDeployment::SimulatedDeployment(std::unique_ptr<SimulatedStorage> storage, const Clock &clock, QObject *parent)
    : Deployment(parent), m_storage(std::move(storage)), m_clock(clock)
{}

SimulatedDeployment::~SimulatedDeployment() = default;

Status SimulatedDeployment::open()
{
    return open(SimulatedState{});
}

Status SimulatedDeployment::open(const SimulatedState &initial)
{
    Result<SimulatedState> loaded = m_storage->load();
    if (!loaded)
        return fail(loaded.error());
    if (loaded->isEmpty() && !initial.isEmpty()) {
        if (Status saved = m_storage->save(initial); !saved)
            return saved;
        loaded = initial;
    }
    m_state = std::move(*loaded);
    m_open = true;
    return {};
}

Status SimulatedDeployment::reset(const SimulatedState &state)
{
    if (Status saved = m_storage->save(state); !saved)
        return saved;
    m_state = state;
    m_open = true;
    Q_EMIT stateChanged();
    return {};
}

Status SimulatedDeployment::ensureOpen()
{
    return m_open ? Status{} : open();
}

template<typename T>
QFuture<Result<T>> SimulatedDeployment::change(const std::function<Result<T>(SimulatedState &)> &apply)
{
    if (Status opened = ensureOpen(); !opened)
        return ready<Result<T>>(fail(opened.error()));
    SimulatedState next = m_state; // applied to a copy: a failure, in the change or the save, changes nothing
    Result<T> result = apply(next);
    if (!result)
        return ready(std::move(result));
    if (Status saved = m_storage->save(next); !saved)
        return ready<Result<T>>(fail(saved.error()));
    m_state = std::move(next);
    Q_EMIT stateChanged();
    return ready(std::move(result));
}

QFuture<Status> SimulatedDeployment::statusOf(QFuture<Result<bool>> future)
{
    const Result<bool> result = future.result(); // change() returns finished futures
    return ready<Status>(result ? Status{} : Status(fail(result.error())));
}

QFuture<Result<DeploymentInfo>> SimulatedDeployment::info()
{
    if (Status opened = ensureOpen(); !opened)
        return ready<Result<DeploymentInfo>>(fail(opened.error()));
    DeploymentInfo info;
    info.kind = QStringLiteral("simulated");
    info.location = m_storage->location();
    info.version = QStringLiteral("simulated");
    info.agentsCall = true;
    info.imageCount = static_cast<int>(m_state.images.size());
    info.zoneCount = static_cast<int>(m_state.zones.size());
    return ready<Result<DeploymentInfo>>(info);
}

QFuture<Result<QList<KasmImage>>> SimulatedDeployment::listImages()
{
    if (Status opened = ensureOpen(); !opened)
        return ready<Result<QList<KasmImage>>>(fail(opened.error()));
    QList<KasmImage> images = m_state.images;
    for (KasmImage &image : images) {
        image.available = false;
        for (const KasmAgent &agent : m_state.agents)
            image.available = image.available || (agent.enabled && agent.holds(image.name));
    }
    return ready<Result<QList<KasmImage>>>(images);
}

QFuture<Result<KasmImage>> SimulatedDeployment::createImage(const KasmImage &image,
                                                            const std::optional<QString> &dockerToken)
{
    return change<KasmImage>([&](SimulatedState &state) -> Result<KasmImage> {
        if (image.name.trimmed().isEmpty())
            return fail(ErrorCode::InvalidInput,
                        tr("An image needs a docker image reference (name) to be registered."));
        KasmImage created = image;
        created.imageId = newId();
        created.available = false;
        created.hasDockerToken = dockerToken.has_value() && !dockerToken->isEmpty();
        created.raw.remove(QStringLiteral("image_id")); // extra fields travel on, as create_image would send them
        state.images << created;
        for (const KasmGroup &group : state.groups) { // Kasm's default: new images go to "All Users"
            if (group.name == QLatin1String("All Users"))
                state.groupImageIds[group.groupId] << created.imageId;
        }
        return created;
    });
}

QFuture<Result<KasmImage>> SimulatedDeployment::updateImage(const KasmImage &image,
                                                            const std::optional<QString> &dockerToken)
{
    return change<KasmImage>([&](SimulatedState &state) -> Result<KasmImage> {
        KasmImage *existing = findImage(state, image.imageId);
        if (!existing)
            return fail(unknownImage(image.imageId));
        KasmImage updated = image;
        updated.raw = existing->raw; // keep what the caller's copy may not carry
        updated.hasDockerToken = dockerToken ? !dockerToken->isEmpty() : existing->hasDockerToken;
        *existing = updated;
        return updated;
    });
}

QFuture<Status> SimulatedDeployment::deleteImage(const QString &imageId)
{
    return statusOf(change<bool>([&](SimulatedState &state) -> Result<bool> {
        const auto removed = state.images.removeIf([&](const KasmImage &i) { return i.imageId == imageId; });
        if (removed == 0)
            return fail(unknownImage(imageId));
        for (QStringList &ids : state.groupImageIds)
            ids.removeAll(imageId);
        return true;
    }));
}

QFuture<Result<QList<KasmGroup>>> SimulatedDeployment::listGroups()
{
    if (Status opened = ensureOpen(); !opened)
        return ready<Result<QList<KasmGroup>>>(fail(opened.error()));
    return ready<Result<QList<KasmGroup>>>(m_state.groups);
}

QFuture<Result<QStringList>> SimulatedDeployment::listGroupImageIds(const QString &groupId)
{
    if (Status opened = ensureOpen(); !opened)
        return ready<Result<QStringList>>(fail(opened.error()));
    if (!hasGroup(m_state, groupId))
        return ready<Result<QStringList>>(fail(unknownGroup(groupId)));
    return ready<Result<QStringList>>(m_state.groupImageIds.value(groupId));
}

QFuture<Status> SimulatedDeployment::addImageToGroup(const QString &imageId, const QString &groupId)
{
    return statusOf(change<bool>([&](SimulatedState &state) -> Result<bool> {
        if (!findImage(state, imageId))
            return fail(unknownImage(imageId));
        if (!hasGroup(state, groupId))
            return fail(unknownGroup(groupId));
        QStringList &ids = state.groupImageIds[groupId];
        if (!ids.contains(imageId))
            ids << imageId;
        return true;
    }));
}

QFuture<Status> SimulatedDeployment::removeImageFromGroup(const QString &imageId, const QString &groupId)
{
    return statusOf(change<bool>([&](SimulatedState &state) -> Result<bool> {
        if (!findImage(state, imageId))
            return fail(unknownImage(imageId));
        if (!hasGroup(state, groupId))
            return fail(unknownGroup(groupId));
        state.groupImageIds[groupId].removeAll(imageId);
        return true;
    }));
}

QFuture<Result<QList<KasmAgent>>> SimulatedDeployment::listAgents()
{
    if (Status opened = ensureOpen(); !opened)
        return ready<Result<QList<KasmAgent>>>(fail(opened.error()));
    return ready<Result<QList<KasmAgent>>>(m_state.agents);
}

QFuture<Result<QList<KasmZone>>> SimulatedDeployment::listZones()
{
    if (Status opened = ensureOpen(); !opened)
        return ready<Result<QList<KasmZone>>>(fail(opened.error()));
    return ready<Result<QList<KasmZone>>>(m_state.zones);
}

QFuture<Result<KasmAgent>> SimulatedDeployment::changeAgent(const QString &agentId,
                                                            const std::function<Status(KasmAgent &)> &apply)
{
    if (Status opened = ensureOpen(); !opened)
        return ready<Result<KasmAgent>>(fail(opened.error()));
    KasmAgent *current = findAgent(m_state, agentId);
    if (!current)
        return ready<Result<KasmAgent>>(fail(unknownAgent(agentId)));
    KasmAgent next = *current; // changed on a copy: a failed save leaves the agent as it was
    if (Status applied = apply(next); !applied)
        return ready<Result<KasmAgent>>(fail(applied.error()));
    const KasmAgent previous = *current;
    *current = next;
    if (Status saved = m_storage->saveAgent(m_state, next); !saved) {
        *findAgent(m_state, agentId) = previous;
        return ready<Result<KasmAgent>>(fail(saved.error()));
    }
    Q_EMIT stateChanged();
    return ready<Result<KasmAgent>>(next);
}

QFuture<Result<KasmAgent>> SimulatedDeployment::recordPull(const QString &agentId, const AgentImage &pulled)
{
    return changeAgent(agentId, [&](KasmAgent &agent) -> Status {
        agent.inventory.removeIf([&](const AgentImage &i) { return i.reference == pulled.reference; });
        const auto at = std::lower_bound(agent.inventory.begin(), agent.inventory.end(), pulled.reference,
                                         [](const AgentImage &i, const QString &r) { return i.reference < r; });
        agent.inventory.insert(at, pulled);
        agent.lastReported = QDateTime::fromSecsSinceEpoch(m_clock.nowMs() / 1000, Qt::UTC); // Kasm's precision
        return {};
    });
}

QFuture<Result<KasmAgent>> SimulatedDeployment::removeFromInventory(const QString &agentId, const QString &reference)
{
    return changeAgent(agentId, [&](KasmAgent &agent) -> Status {
        agent.inventory.removeIf([&](const AgentImage &i) { return i.reference == reference; });
        return {};
    });
}

QFuture<Result<KasmAgent>> SimulatedDeployment::recordCheckIn(const QString &agentId)
{
    return changeAgent(agentId, [&](KasmAgent &agent) -> Status {
        agent.lastReported = QDateTime::fromSecsSinceEpoch(m_clock.nowMs() / 1000, Qt::UTC);
        return {};
    });
}

QFuture<Result<KasmAgent>> SimulatedDeployment::updateAgent(const KasmAgent &updated)
{
    return changeAgent(updated.agentId, [&](KasmAgent &agent) -> Status {
        agent = updated;
        std::sort(agent.inventory.begin(), agent.inventory.end(),
                  [](const AgentImage &a, const AgentImage &b) { return a.reference < b.reference; });
        return {};
    });
}

} // namespace steward
