#include "kasm/KasmApiDeployment.h"

#include "kasm/DeploymentAudit.h"
#include "kasm/FutureChain.h"
#include "kasm/ImageName.h"
#include "kasm/KasmJson.h"
#include "kasm/KasmText.h"
#include "kasm/Logging.h"

#include <QCoreApplication>
#include <QPromise>

#include <algorithm>

namespace steward::kasm {

namespace {

using Access = KasmApiClient::Access;

QJsonObject groupFields(const QString &groupId)
{
    return {{QStringLiteral("target_group"), QJsonObject{{QStringLiteral("group_id"), groupId}}}};
}

QJsonObject targetImage(const QString &imageId)
{
    return {{QStringLiteral("target_image"), QJsonObject{{QStringLiteral("image_id"), imageId}}}};
}

// The answer to create/update_image: {"image": {...}}. Some servers answer {} on success; then what was sent is
// what holds, and the caller's next refresh reads the server's version.
Result<KasmImage> imageFromAnswer(const QJsonObject &answer, const QJsonObject &sent)
{
    const QJsonValue value = answer.value(QStringLiteral("image"));
    if (value.isObject())
        return json::parseImage(value.toObject(), QStringLiteral("image"));
    if (!value.isNull() && !value.isUndefined())
        return fail(
            ErrorCode::Protocol,
            KasmText::tr("The Kasm server sent image as something other than an object; this server's API is not one "
                         "ImageSteward understands."));
    return json::parseImage(sent, QStringLiteral("image"));
}

// What was sent, as far as it may be kept (audit entries, the answer when the server echoes nothing): a new
// registry password becomes the mask that says one is stored.
QJsonObject withoutNewToken(QJsonObject sent)
{
    const QJsonValue token = sent.value(QStringLiteral("docker_token"));
    if (token.isString() && !token.toString().isEmpty())
        sent.insert(QStringLiteral("docker_token"), json::maskedDockerToken());
    return sent;
}

template<typename T>
QFuture<Result<T>> readyFailure(Error error)
{
    QPromise<Result<T>> promise;
    promise.start();
    promise.addResult(fail(std::move(error)));
    promise.finish();
    return promise.future();
}

// One API call whose answer `parse` turns into the result; cancelling the result aborts the request.
template<typename R, typename F>
QFuture<R> callThen(QObject *context, QFuture<Result<QJsonObject>> call, F parse)
{
    auto chain = makeChain<R>(context);
    chain->await(
        call,
        [chain, parse](Result<QJsonObject> answer) mutable {
            if (!answer)
                return chain->finish(R(fail(answer.error())));
            chain->finish(parse(*answer));
        },
        chain);
    return chain->future();
}

} // namespace

KasmApiDeployment::KasmApiDeployment(KasmConnection connection, QObject *parent)
    : Deployment(parent), m_connection(connection), m_client(new KasmApiClient(std::move(connection), this))
{}

KasmApiDeployment::~KasmApiDeployment() = default;

QUrl KasmApiDeployment::serverUrl() const
{
    return m_connection.serverUrl;
}

void KasmApiDeployment::setAuditLog(std::shared_ptr<DeploymentAuditLog> log)
{
    m_audit = std::move(log);
}

template<typename R>
void KasmApiDeployment::finishAudited(const std::shared_ptr<FutureChain<R>> &chain, R value,
                                      const store::AuditEntry &entry)
{
    if (!m_audit)
        return chain->finish(std::move(value));
    chain->await(
        m_audit->append(entry),
        [chain, value = std::move(value), action = entry.action](Status recorded) mutable {
            if (!recorded)
                return chain->finish(R(fail(
                    ErrorCode::Storage,
                    KasmText::tr("The Kasm server made the change (%1), but it could not be recorded in the audit log: "
                                 "%2")
                        .arg(action, recorded.error().message),
                    recorded.error().detail)));
            chain->finish(std::move(value));
        },
        chain);
}

QFuture<Result<DeploymentInfo>> KasmApiDeployment::info()
{
    // The connection test: zones and images prove the key reads; the agents probe settles which call lists agents.
    auto chain = makeChain<Result<DeploymentInfo>>(this);
    auto zones = listZones();
    auto images = listImages();
    auto agents = listAgents();
    chain->track(zones);
    chain->track(images);
    chain->track(agents);
    chain->await(
        QtFuture::whenAll(zones, images, agents),
        [this, chain, zones, images, agents](auto) {
            if (zones.isCanceled() || images.isCanceled() || agents.isCanceled())
                return chain->finishCanceled();
            const auto z = zones.result();
            if (!z)
                return chain->finish(fail(z.error()));
            const auto i = images.result();
            if (!i)
                return chain->finish(fail(i.error()));
            const auto a = agents.result();
            if (!a)
                return chain->finish(fail(a.error()));
            DeploymentInfo info;
            info.kind = QStringLiteral("kasm");
            info.location = m_connection.serverUrl.toString();
            info.api = KasmApiClient::apiDescription();
            info.version = m_reportedVersion;
            info.agentsCall = m_agentsCall == AgentsCall::Agents;
            info.imageCount = static_cast<int>(i->size());
            info.zoneCount = static_cast<int>(z->size());
            chain->finish(info);
        },
        chain);
    return chain->future();
}

QFuture<Result<QList<KasmImage>>> KasmApiDeployment::listImages()
{
    return callThen<Result<QList<KasmImage>>>(
        this, m_client->call(QStringLiteral("get_images"), {}, Access::Read),
        [](const QJsonObject &answer) { return json::parseImageList(answer, QStringLiteral("images")); });
}

QFuture<Result<KasmImage>> KasmApiDeployment::createImage(const KasmImage &image,
                                                          const std::optional<QString> &dockerToken)
{
    if (Result<ImageReference> checked = checkImageName(image); !checked)
        return readyFailure<KasmImage>(checked.error());
    const QJsonObject target = json::imageWriteBody(image, json::ImageWrite::Create, dockerToken);
    const QJsonObject sent = withoutNewToken(target);
    auto chain = makeChain<Result<KasmImage>>(this);
    chain->await(
        m_client->call(QStringLiteral("create_image"), {{QStringLiteral("target_image"), target}}, Access::Write),
        [this, chain, sent](Result<QJsonObject> answer) {
            if (!answer)
                return chain->finish(fail(answer.error()));
            Result<KasmImage> created = imageFromAnswer(*answer, sent);
            if (!created)
                return chain->finish(std::move(created));
            const store::AuditEntry entry = deploymentaudit::imageCreated(store::currentActor(), *created);
            finishAudited(chain, std::move(created), entry);
        },
        chain);
    return chain->future();
}

QFuture<Result<KasmImage>> KasmApiDeployment::updateImage(const KasmImage &image,
                                                          const std::optional<QString> &dockerToken)
{
    if (image.imageId.isEmpty())
        return readyFailure<KasmImage>({ErrorCode::InvalidInput,
                                        KasmText::tr("Cannot update an image that has no image id; register it first."),
                                        {}});
    // Read-modify-write on the server's current object: whatever an admin set in the Kasm UI since our last read,
    // and every field ImageSteward does not model, goes back unchanged.
    auto chain = makeChain<Result<KasmImage>>(this);
    chain->await(
        listImages(),
        [this, chain, wanted = image, dockerToken](Result<QList<KasmImage>> current) {
            if (!current)
                return chain->finish(fail(current.error()));
            const auto found = std::find_if(current->cbegin(), current->cend(),
                                            [&](const KasmImage &c) { return c.imageId == wanted.imageId; });
            if (found == current->cend())
                return chain->finish(
                    fail(ErrorCode::NotFound,
                         KasmText::tr("The image %1 (%2) no longer exists on the Kasm server; refresh and "
                                      "register it again if it is still wanted.")
                             .arg(wanted.displayName(), wanted.imageId)));
            writeImage(chain, *found, wanted, dockerToken);
        },
        chain);
    return chain->future();
}

QFuture<Result<KasmImage>> KasmApiDeployment::updateImageAsRead(const KasmImage &current, const KasmImage &wanted)
{
    if (current.imageId.isEmpty() || current.imageId != wanted.imageId)
        return updateImage(wanted, std::nullopt);
    auto chain = makeChain<Result<KasmImage>>(this);
    writeImage(chain, current, wanted, std::nullopt);
    return chain->future();
}

void KasmApiDeployment::writeImage(const std::shared_ptr<FutureChain<Result<KasmImage>>> &chain,
                                   const KasmImage &current, const KasmImage &wanted,
                                   const std::optional<QString> &dockerToken)
{
    // Only a changed reference is checked: an image an admin registered otherwise stays editable.
    if (wanted.name != current.name || wanted.imageType != current.imageType) {
        if (Result<ImageReference> checked = checkImageName(wanted); !checked)
            return chain->finish(fail(checked.error()));
    }
    // The token and the fields ImageSteward does not model are the server's, as just read: a caller's stale or
    // hand-made copy must not erase the stored registry password.
    KasmImage merged = wanted;
    merged.raw = current.raw;
    merged.hasDockerToken = current.hasDockerToken;
    const QJsonObject target = json::imageWriteBody(merged, json::ImageWrite::Update, dockerToken);
    const QJsonObject sent = withoutNewToken(target);
    chain->await(
        m_client->call(QStringLiteral("update_image"), {{QStringLiteral("target_image"), target}}, Access::Write),
        [this, chain, sent, before = current](Result<QJsonObject> answer) {
            if (!answer)
                return chain->finish(fail(answer.error()));
            Result<KasmImage> updated = imageFromAnswer(*answer, sent);
            if (!updated)
                return chain->finish(std::move(updated));
            const store::AuditEntry entry = deploymentaudit::imageUpdated(store::currentActor(), before, *updated);
            finishAudited(chain, std::move(updated), entry);
        },
        chain);
}

QFuture<Status> KasmApiDeployment::deleteImage(const QString &imageId)
{
    auto chain = makeChain<Status>(this);
    auto remove = [this, chain, imageId](const KasmImage &before) {
        chain->await(
            m_client->call(QStringLiteral("delete_image"), targetImage(imageId), Access::Write),
            [this, chain, before](Result<QJsonObject> answer) {
                if (!answer)
                    return chain->finish(fail(answer.error()));
                finishAudited(chain, Status{}, deploymentaudit::imageDeleted(store::currentActor(), before));
            },
            chain);
    };
    KasmImage idOnly;
    idOnly.imageId = imageId;
    if (!m_audit) {
        remove(idOnly);
        return chain->future();
    }
    // The audit log keeps what was deleted, not only its id: read it first. A failed read does not stop the delete.
    chain->await(
        listImages(),
        [imageId, idOnly, remove](Result<QList<KasmImage>> current) {
            KasmImage before = idOnly;
            if (current) {
                const auto found = std::find_if(current->cbegin(), current->cend(),
                                                [&](const KasmImage &c) { return c.imageId == imageId; });
                if (found != current->cend())
                    before = *found;
            }
            remove(before);
        },
        chain);
    return chain->future();
}

QFuture<Result<QList<KasmGroup>>> KasmApiDeployment::listGroups()
{
    return callThen<Result<QList<KasmGroup>>>(
        this, m_client->call(QStringLiteral("get_groups"), {}, Access::Read),
        [](const QJsonObject &answer) { return json::parseGroupList(answer, QStringLiteral("groups")); });
}

QFuture<Result<QStringList>> KasmApiDeployment::listGroupImageIds(const QString &groupId)
{
    auto chain = makeChain<Result<QStringList>>(this);
    chain->await(
        m_client->call(QStringLiteral("get_images_group"), groupFields(groupId), Access::Read),
        [this, chain, groupId](Result<QJsonObject> answer) {
            if (!answer)
                return finishGroupFailure(chain, answer.error(), groupId);
            Result<QStringList> ids = json::parseImageIdList(*answer, QStringLiteral("images"));
            if (ids)
                ids->removeDuplicates(); // Kasm 1.15 keeps an image added twice twice
            chain->finish(std::move(ids));
        },
        chain);
    return chain->future();
}

template<typename R>
void KasmApiDeployment::finishGroupFailure(const std::shared_ptr<FutureChain<R>> &chain, Error error,
                                           const QString &groupId)
{
    if (error.code != ErrorCode::Unauthorized)
        return chain->finish(R(fail(std::move(error))));
    // Kasm 1.15 answers a call on an unknown group with 401, as it answers a key without the permission: the group
    // list tells which it was. When the list cannot be read, the key's error stands.
    chain->await(
        listGroups(),
        [chain, error, groupId](Result<QList<KasmGroup>> groups) {
            const bool listed = !groups || std::any_of(groups->cbegin(), groups->cend(),
                                                       [&](const KasmGroup &g) { return g.groupId == groupId; });
            if (listed)
                return chain->finish(R(fail(error)));
            chain->finish(
                R(fail(ErrorCode::NotFound,
                       KasmText::tr("The Kasm server has no group %1: it was deleted, or it is a system group such as "
                                    "All Users and the API key lacks the \"Groups View System\" permission. Refresh "
                                    "and choose a listed group.")
                           .arg(groupId),
                       error.detail)));
        },
        chain);
}

QFuture<Status> KasmApiDeployment::groupMembership(const QString &call, const QString &imageId, const QString &groupId)
{
    QJsonObject fields = groupFields(groupId);
    fields.insert(QStringLiteral("target_image"), QJsonObject{{QStringLiteral("image_id"), imageId}});
    const bool adding = call == QLatin1String("add_images_group");
    auto chain = makeChain<Status>(this);
    chain->await(
        m_client->call(call, fields, Access::Write),
        [this, chain, imageId, groupId, adding](Result<QJsonObject> answer) {
            if (!answer)
                return finishGroupFailure(chain, answer.error(), groupId);
            // An add is made only for a non-member (addImageToGroup); a remove does not tell whether it was one.
            finishAudited(chain, Status{},
                          deploymentaudit::groupMembership(store::currentActor(), imageId, groupId, adding, !adding));
        },
        chain);
    return chain->future();
}

QFuture<Status> KasmApiDeployment::addImageToGroup(const QString &imageId, const QString &groupId)
{
    // Kasm 1.15 adds an image to a group as often as it is asked: a member is left as it is.
    auto chain = makeChain<Status>(this);
    chain->await(
        listGroupImageIds(groupId),
        [this, chain, imageId, groupId](Result<QStringList> members) {
            if (!members)
                return chain->finish(fail(members.error()));
            if (members->contains(imageId))
                return finishAudited(
                    chain, Status{},
                    deploymentaudit::groupMembership(store::currentActor(), imageId, groupId, true, true));
            chain->await(
                groupMembership(QStringLiteral("add_images_group"), imageId, groupId),
                [chain](Status added) { chain->finish(std::move(added)); }, chain);
        },
        chain);
    return chain->future();
}

QFuture<Status> KasmApiDeployment::removeImageFromGroup(const QString &imageId, const QString &groupId)
{
    return groupMembership(QStringLiteral("remove_images_group"), imageId, groupId);
}

QFuture<Result<QList<KasmAgent>>> KasmApiDeployment::listAgentsVia(AgentsCall call)
{
    const bool agents = call == AgentsCall::Agents;
    const QString key = agents ? QStringLiteral("agents") : QStringLiteral("servers");
    return callThen<Result<QList<KasmAgent>>>(
        this, m_client->call(agents ? QStringLiteral("get_agents") : QStringLiteral("get_servers"), {}, Access::Read),
        [this, key](const QJsonObject &answer) {
            Result<QList<KasmAgent>> parsed = json::parseAgentList(answer, key);
            if (parsed)
                m_reportedVersion = json::reportedKasmVersion(answer, key);
            return parsed;
        });
}

QFuture<Result<QList<KasmAgent>>> KasmApiDeployment::listAgents()
{
    if (m_agentsCall != AgentsCall::Unknown)
        return listAgentsVia(m_agentsCall);
    // Newer Kasm lists agents with get_agents; 1.15 has only get_servers. A server without the call answers 404 or
    // an error_message; authorization and transport failures are real failures and are not probed around.
    auto chain = makeChain<Result<QList<KasmAgent>>>(this);
    chain->await(
        listAgentsVia(AgentsCall::Agents),
        [this, chain](Result<QList<KasmAgent>> viaAgents) {
            const bool absent = !viaAgents && (viaAgents.error().code == ErrorCode::NotFound ||
                                               viaAgents.error().code == ErrorCode::InvalidInput);
            if (!absent) {
                if (viaAgents)
                    m_agentsCall = AgentsCall::Agents;
                return chain->finish(std::move(viaAgents));
            }
            qCDebug(lcKasm) << "get_agents is not available; listing agents with get_servers";
            chain->await(
                listAgentsVia(AgentsCall::Servers),
                [this, chain](Result<QList<KasmAgent>> viaServers) {
                    if (viaServers)
                        m_agentsCall = AgentsCall::Servers;
                    chain->finish(std::move(viaServers));
                },
                chain);
        },
        chain);
    return chain->future();
}

QFuture<Result<QList<KasmZone>>> KasmApiDeployment::listZones()
{
    return callThen<Result<QList<KasmZone>>>(
        this, m_client->call(QStringLiteral("get_zones"), {}, Access::Read),
        [](const QJsonObject &answer) { return json::parseZoneList(answer, QStringLiteral("zones")); });
}

} // namespace steward::kasm
