#include "kasm/SimulatedDeployment.h"

#include "core/Clock.h"
#include "core/WorkerThread.h"
#include "kasm/DeploymentAudit.h"
#include "kasm/ImageName.h"
#include "kasm/KasmText.h"
#include "store/Catalog.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPromise>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace steward::kasm {

namespace {

Error unknownImage(const QString &imageId)
{
    return {
        ErrorCode::NotFound,
        KasmText::tr("The simulated deployment has no image %1; refresh, and register the image again if it is still "
                     "wanted.")
            .arg(imageId),
        {}};
}

Error unknownGroup(const QString &groupId)
{
    return {ErrorCode::NotFound,
            KasmText::tr("The simulated deployment has no group %1; refresh the groups.").arg(groupId),
            {}};
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

QString newId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

// The storage, and the state as last read from it, on the worker thread. Calls reach it as queued calls, one at a
// time, in order. Every read reads the storage and every change goes through SimulatedStorage::update(): another
// deployment on the same storage (another process on the profile) may have changed it since this one last looked.
class SimulatedDeployment::Worker final : public QObject
{
public:
    explicit Worker(std::unique_ptr<SimulatedStorage> storage) : m_storage(std::move(storage)) {}
    ~Worker() override { m_storage->releaseThread(); } // destroyed on its thread, as that thread ends

    SimulatedStorage &storage() { return *m_storage; }

    Status open(const SimulatedState &initial)
    {
        if (Status loaded = reload(); !loaded)
            return loaded;
        if (state.isEmpty() && !initial.isEmpty()) {
            // Seeded inside one update: of several processes opening a new profile at once, only the first seeds.
            Result<SimulatedState> seeded = m_storage->update([&initial](SimulatedState &stored, auto &) -> Status {
                if (stored.isEmpty())
                    stored = initial;
                return {};
            });
            if (!seeded)
                return fail(seeded.error());
            state = std::move(*seeded);
        }
        return {};
    }

    Status reload()
    {
        Result<SimulatedState> loaded = m_storage->load();
        if (!loaded)
            return fail(loaded.error());
        state = std::move(*loaded);
        return {};
    }

    SimulatedState state; // as last read or written; the mirror's source

private:
    std::unique_ptr<SimulatedStorage> m_storage;
};

template<typename T>
struct SimulatedDeployment::Outcome
{
    T result;
    std::optional<SimulatedState> state; // the state after the call, when the call read or changed it
    bool changed = false;                // a change was saved: stateChanged()
};

SimulatedDeployment::SimulatedDeployment(std::unique_ptr<SimulatedStorage> storage, const Clock &clock, QObject *parent)
    : Deployment(parent), m_clock(clock), m_actor(store::currentActor()), m_worker(new Worker(std::move(storage))),
      m_inbox(new QObject(this))
{
    // The worker is destroyed on its own thread as it ends: the storage lets go of that thread's connection there.
    m_thread = std::make_unique<WorkerThread>(QStringLiteral("steward-kasmsim"), m_worker);
}

QThread *SimulatedDeployment::workerThread() const
{
    return m_thread->thread();
}

SimulatedDeployment::~SimulatedDeployment()
{
    m_closing = true;
    m_thread.reset(); // every call already made runs (writes are saved), then the thread ends
    // Their answers finish their futures now, while this object (a continuation's context) still exists. They no
    // longer touch the mirror nor emit; calls their continuations make are canceled.
    QCoreApplication::sendPostedEvents(m_inbox, QEvent::MetaCall);
    // Not deleted here: this destructor may run inside one of the inbox's own answers (a continuation dropping the
    // last reference to this deployment).
    m_inbox->setParent(nullptr);
    m_inbox->deleteLater();
}

template<typename T>
QFuture<T> SimulatedDeployment::submit(std::function<Outcome<T>(Worker &)> work)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    if (m_closing) { // a continuation of a call answered during destruction: the worker is gone
        future.cancel();
        promise->finish();
        return future;
    }
    Worker *worker = m_worker;
    QObject *inbox = m_inbox;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, inbox, promise, work = std::move(work)]() mutable {
            std::optional<Outcome<T>> outcome;
            if (!promise->isCanceled()) // canceled before it started: skipped
                outcome = work(*worker);
            // `this` outlives the answer: the destructor waits for the worker, then delivers what it answered.
            QMetaObject::invokeMethod(
                inbox,
                [this, promise = std::move(promise), outcome = std::move(outcome)]() mutable {
                    if (outcome && !m_closing) {
                        if (outcome->state)
                            m_state = std::move(*outcome->state);
                        if (outcome->changed)
                            Q_EMIT stateChanged(); // a receiver may destroy this object: nothing of it is used below
                    }
                    if (outcome)
                        promise->addResult(std::move(outcome->result));
                    promise->finish();
                    // Let go of the promise here, on this thread: the queued call that carries this answer may be
                    // freed by the worker thread, and the promise's continuations may hold the last reference to
                    // this deployment, whose destructor must not run there (it waits for that thread).
                    promise.reset();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return future;
}

template<typename R>
QFuture<R> SimulatedDeployment::read(std::function<R(const SimulatedState &)> answer)
{
    return submit<R>([answer = std::move(answer)](Worker &worker) -> Outcome<R> {
        if (Status loaded = worker.reload(); !loaded)
            return {R(fail(loaded.error())), {}, false};
        return {answer(worker.state), worker.state, false};
    });
}

template<typename R>
QFuture<R> SimulatedDeployment::change(std::function<R(SimulatedState &, QList<store::AuditEntry> &)> apply)
{
    return submit<R>([apply = std::move(apply)](Worker &worker) -> Outcome<R> {
        // Applied by the storage to the state stored now, not to what this worker read earlier: a change another
        // process made in between is kept. A failure, in the change or the save, changes nothing.
        std::optional<R> result;
        Result<SimulatedState> updated =
            worker.storage().update([&](SimulatedState &state, QList<store::AuditEntry> &audit) -> Status {
                result = apply(state, audit);
                if (!*result)
                    return fail(result->error());
                return {};
            });
        if (!updated) {
            if (result && !*result)
                return {std::move(*result), {}, false};
            return {R(fail(updated.error())), {}, false};
        }
        worker.state = std::move(*updated);
        return {std::move(*result), worker.state, true};
    });
}

QFuture<Result<KasmAgent>> SimulatedDeployment::changeAgent(const QString &agentId,
                                                            std::function<Status(KasmAgent &)> apply)
{
    using Answer = Result<KasmAgent>;
    return submit<Answer>([agentId, apply = std::move(apply)](Worker &worker) -> Outcome<Answer> {
        Result<KasmAgent> changed = worker.storage().updateAgent(agentId, apply);
        if (!changed)
            return {fail(changed.error()), {}, false};
        for (KasmAgent &agent : worker.state.agents) {
            if (agent.agentId == agentId)
                agent = *changed;
        }
        return {*changed, worker.state, true};
    });
}

QFuture<Status> SimulatedDeployment::open()
{
    return open(SimulatedState{});
}

QFuture<Status> SimulatedDeployment::open(const SimulatedState &initial)
{
    return submit<Status>([initial](Worker &worker) -> Outcome<Status> {
        if (Status opened = worker.open(initial); !opened)
            return {fail(opened.error()), {}, false};
        return {Status{}, worker.state, false};
    });
}

QFuture<Status> SimulatedDeployment::reset(const SimulatedState &state)
{
    return submit<Status>([state](Worker &worker) -> Outcome<Status> {
        if (Status saved = worker.storage().save(state); !saved)
            return {fail(saved.error()), {}, false};
        worker.state = state;
        return {Status{}, worker.state, true};
    });
}

QFuture<Result<DeploymentInfo>> SimulatedDeployment::info()
{
    using Answer = Result<DeploymentInfo>;
    return submit<Answer>([](Worker &worker) -> Outcome<Answer> {
        if (Status loaded = worker.reload(); !loaded)
            return {fail(loaded.error()), {}, false};
        DeploymentInfo info;
        info.kind = QStringLiteral("simulated");
        info.location = worker.storage().location();
        info.version = QStringLiteral("simulated");
        info.agentsCall = true;
        info.imageCount = static_cast<int>(worker.state.images.size());
        info.zoneCount = static_cast<int>(worker.state.zones.size());
        return {info, worker.state, false};
    });
}

QFuture<Result<QList<KasmImage>>> SimulatedDeployment::listImages()
{
    return read<Result<QList<KasmImage>>>([](const SimulatedState &state) -> Result<QList<KasmImage>> {
        QList<KasmImage> images = state.images;
        for (KasmImage &image : images) {
            image.available = false;
            for (const KasmAgent &agent : state.agents)
                image.available = image.available || (agent.enabled && agent.holds(image.name));
        }
        return images;
    });
}

QFuture<Result<KasmImage>> SimulatedDeployment::createImage(const KasmImage &image,
                                                            const std::optional<QString> &dockerToken)
{
    const bool hasToken = dockerToken.has_value() && !dockerToken->isEmpty(); // the token itself goes no further
    const QString actor = m_actor;
    return change<Result<KasmImage>>(
        [image, hasToken, actor](SimulatedState &state, QList<store::AuditEntry> &audit) -> Result<KasmImage> {
            if (Result<ImageReference> checked = checkImageName(image); !checked)
                return fail(checked.error());
            KasmImage created = image;
            created.imageId = newId();
            created.available = false;
            created.hasDockerToken = hasToken;
            created.raw.remove(QStringLiteral("image_id")); // extra fields travel on, as create_image would send them
            state.images << created;
            audit << deploymentaudit::imageCreated(actor, created);
            for (const KasmGroup &group : state.groups) { // Kasm's default: new images go to "All Users"
                if (group.name == QLatin1String("All Users")) {
                    state.groupImageIds[group.groupId] << created.imageId;
                    audit << deploymentaudit::groupMembership(actor, created.imageId, group.groupId, true, false);
                }
            }
            return created;
        });
}

QFuture<Result<KasmImage>> SimulatedDeployment::updateImage(const KasmImage &image,
                                                            const std::optional<QString> &dockerToken)
{
    // Set or cleared by this call, or else kept.
    const std::optional<bool> hasToken =
        dockerToken ? std::optional<bool>(!dockerToken->isEmpty()) : std::optional<bool>();
    const QString actor = m_actor;
    return change<Result<KasmImage>>(
        [image, hasToken, actor](SimulatedState &state, QList<store::AuditEntry> &audit) -> Result<KasmImage> {
            KasmImage *existing = findImage(state, image.imageId);
            if (!existing)
                return fail(unknownImage(image.imageId));
            // Only a changed reference is checked: an image registered some other way stays editable.
            if (image.name != existing->name || image.imageType != existing->imageType) {
                if (Result<ImageReference> checked = checkImageName(image); !checked)
                    return fail(checked.error());
            }
            KasmImage updated = image;
            updated.raw = existing->raw; // keep what the caller's copy may not carry
            updated.hasDockerToken = hasToken.value_or(existing->hasDockerToken);
            audit << deploymentaudit::imageUpdated(actor, *existing, updated);
            *existing = updated;
            return updated;
        });
}

QFuture<Status> SimulatedDeployment::deleteImage(const QString &imageId)
{
    const QString actor = m_actor;
    return change<Status>([imageId, actor](SimulatedState &state, QList<store::AuditEntry> &audit) -> Status {
        const KasmImage *existing = findImage(state, imageId);
        if (!existing)
            return fail(unknownImage(imageId));
        audit << deploymentaudit::imageDeleted(actor, *existing);
        state.images.removeIf([&](const KasmImage &i) { return i.imageId == imageId; });
        for (QStringList &ids : state.groupImageIds)
            ids.removeAll(imageId);
        return {};
    });
}

QFuture<Result<QList<KasmGroup>>> SimulatedDeployment::listGroups()
{
    return read<Result<QList<KasmGroup>>>(
        [](const SimulatedState &state) -> Result<QList<KasmGroup>> { return state.groups; });
}

QFuture<Result<QStringList>> SimulatedDeployment::listGroupImageIds(const QString &groupId)
{
    return read<Result<QStringList>>([groupId](const SimulatedState &state) -> Result<QStringList> {
        if (!hasGroup(state, groupId))
            return fail(unknownGroup(groupId));
        return state.groupImageIds.value(groupId);
    });
}

QFuture<Status> SimulatedDeployment::addImageToGroup(const QString &imageId, const QString &groupId)
{
    const QString actor = m_actor;
    return change<Status>([imageId, groupId, actor](SimulatedState &state, QList<store::AuditEntry> &audit) -> Status {
        if (!findImage(state, imageId))
            return fail(unknownImage(imageId));
        if (!hasGroup(state, groupId))
            return fail(unknownGroup(groupId));
        QStringList &ids = state.groupImageIds[groupId];
        const bool was = ids.contains(imageId);
        if (!was)
            ids << imageId;
        audit << deploymentaudit::groupMembership(actor, imageId, groupId, true, was);
        return {};
    });
}

QFuture<Status> SimulatedDeployment::removeImageFromGroup(const QString &imageId, const QString &groupId)
{
    const QString actor = m_actor;
    return change<Status>([imageId, groupId, actor](SimulatedState &state, QList<store::AuditEntry> &audit) -> Status {
        if (!findImage(state, imageId))
            return fail(unknownImage(imageId));
        if (!hasGroup(state, groupId))
            return fail(unknownGroup(groupId));
        const bool was = state.groupImageIds[groupId].removeAll(imageId) > 0;
        audit << deploymentaudit::groupMembership(actor, imageId, groupId, false, was);
        return {};
    });
}

QFuture<Result<QList<KasmAgent>>> SimulatedDeployment::listAgents()
{
    return read<Result<QList<KasmAgent>>>(
        [](const SimulatedState &state) -> Result<QList<KasmAgent>> { return state.agents; });
}

QFuture<Result<QList<KasmZone>>> SimulatedDeployment::listZones()
{
    return read<Result<QList<KasmZone>>>(
        [](const SimulatedState &state) -> Result<QList<KasmZone>> { return state.zones; });
}

QFuture<Result<KasmAgent>> SimulatedDeployment::recordPull(const QString &agentId, const AgentImage &pulled)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_clock.nowMs() / 1000, Qt::UTC); // Kasm's precision
    return changeAgent(agentId, [pulled, now](KasmAgent &agent) -> Status {
        agent.inventory.removeIf([&](const AgentImage &i) { return i.reference == pulled.reference; });
        const auto at = std::lower_bound(agent.inventory.begin(), agent.inventory.end(), pulled.reference,
                                         [](const AgentImage &i, const QString &r) { return i.reference < r; });
        agent.inventory.insert(at, pulled);
        agent.lastReported = now;
        return {};
    });
}

QFuture<Result<KasmAgent>> SimulatedDeployment::removeFromInventory(const QString &agentId, const QString &reference)
{
    return changeAgent(agentId, [reference](KasmAgent &agent) -> Status {
        agent.inventory.removeIf([&](const AgentImage &i) { return i.reference == reference; });
        return {};
    });
}

QFuture<Result<KasmAgent>> SimulatedDeployment::recordCheckIn(const QString &agentId)
{
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_clock.nowMs() / 1000, Qt::UTC);
    return changeAgent(agentId, [now](KasmAgent &agent) -> Status {
        agent.lastReported = now;
        return {};
    });
}

QFuture<Status> SimulatedDeployment::recordPullReports(const QList<AgentPullReport> &reports)
{
    return change<Status>([reports](SimulatedState &state, QList<store::AuditEntry> &) -> Status {
        QHash<QString, KasmAgent *> agents;
        for (KasmAgent &agent : state.agents)
            agents.insert(agent.agentId, &agent);
        for (const AgentPullReport &report : reports) {
            if (KasmAgent *agent = agents.value(report.agentId))
                applyPullReport(*agent, report);
        }
        return {};
    });
}

QFuture<Result<KasmAgent>> SimulatedDeployment::updateAgent(const KasmAgent &updated)
{
    return changeAgent(updated.agentId, [updated](KasmAgent &agent) -> Status {
        agent = updated;
        std::sort(agent.inventory.begin(), agent.inventory.end(),
                  [](const AgentImage &a, const AgentImage &b) { return a.reference < b.reference; });
        return {};
    });
}

} // namespace steward::kasm
