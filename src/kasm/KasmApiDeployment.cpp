#include "kasm/KasmApiDeployment.h"

#include "kasm/KasmJson.h"
#include "kasm/Logging.h"

#include <QCoreApplication>
#include <QPromise>

namespace steward {

namespace {

using Access = KasmApiClient::Access;

QString tr(const char *text)
{
    return QCoreApplication::translate("steward::KasmApiDeployment", text);
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
        return kasmjson::parseImage(value.toObject(), QStringLiteral("image"));
    if (!value.isNull() && !value.isUndefined())
        return fail(ErrorCode::Protocol,
                    tr("The Kasm server sent image as something other than an object; this server's API is not one "
                       "ImageSteward understands."));
    return kasmjson::parseImage(sent, QStringLiteral("image"));
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

} // namespace

KasmApiDeployment::KasmApiDeployment(KasmConnection connection, QObject *parent)
    : Deployment(parent), m_connection(connection), m_client(new KasmApiClient(std::move(connection), this))
{}

KasmApiDeployment::~KasmApiDeployment() = default;

QUrl KasmApiDeployment::serverUrl() const
{
    return m_connection.serverUrl;
}

QFuture<Result<DeploymentInfo>> KasmApiDeployment::info()
{
    // The connection test: zones and images prove the key reads; the agents probe settles which call lists agents.
    auto zones = listZones();
    auto images = listImages();
    auto agents = listAgents();
    return QtFuture::whenAll(zones, images, agents)
        .then(this, [this, zones, images, agents](auto) -> Result<DeploymentInfo> {
            if (zones.isCanceled() || images.isCanceled() || agents.isCanceled())
                return fail(ErrorCode::Canceled, tr("Canceled."));
            const auto z = zones.result();
            if (!z)
                return fail(z.error());
            const auto i = images.result();
            if (!i)
                return fail(i.error());
            const auto a = agents.result();
            if (!a)
                return fail(a.error());
            DeploymentInfo info;
            info.kind = QStringLiteral("kasm");
            info.location = m_connection.serverUrl.toString();
            info.agentsCall = m_agentsCall == AgentsCall::Agents;
            info.imageCount = static_cast<int>(i->size());
            info.zoneCount = static_cast<int>(z->size());
            return info;
        });
}

QFuture<Result<QList<KasmImage>>> KasmApiDeployment::listImages()
{
    return m_client->call(QStringLiteral("get_images"), {}, Access::Read)
        .then(this, [](Result<QJsonObject> answer) -> Result<QList<KasmImage>> {
            if (!answer)
                return fail(answer.error());
            return kasmjson::parseImageList(*answer, QStringLiteral("images"));
        });
}

QFuture<Result<KasmImage>> KasmApiDeployment::createImage(const KasmImage &image,
                                                          const std::optional<QString> &dockerToken)
{
    if (image.name.trimmed().isEmpty())
        return readyFailure<KasmImage>(
            {ErrorCode::InvalidInput, tr("An image needs a docker image reference (name) to be registered."), {}});
    KasmImage fresh = image;
    fresh.imageId.clear();
    QJsonObject target = kasmjson::imageToJson(fresh);
    if (dockerToken)
        target.insert(QStringLiteral("docker_token"), *dockerToken);
    return m_client->call(QStringLiteral("create_image"), {{QStringLiteral("target_image"), target}}, Access::Write)
        .then(this, [target](Result<QJsonObject> answer) -> Result<KasmImage> {
            if (!answer)
                return fail(answer.error());
            QJsonObject sent = target;
            sent.remove(QStringLiteral("docker_token"));
            return imageFromAnswer(*answer, sent);
        });
}

QFuture<Result<KasmImage>> KasmApiDeployment::updateImage(const KasmImage &image,
                                                          const std::optional<QString> &dockerToken)
{
    if (image.imageId.isEmpty())
        return readyFailure<KasmImage>(
            {ErrorCode::InvalidInput, tr("Cannot update an image that has no image id; register it first."), {}});
    // Read-modify-write on the server's current object: whatever an admin set in the Kasm UI since our last read,
    // and every field ImageSteward does not model, goes back unchanged.
    const KasmImage wanted = image;
    return listImages()
        .then(this,
              [this, wanted, dockerToken](Result<QList<KasmImage>> current) -> QFuture<Result<KasmImage>> {
                  if (!current)
                      return readyFailure<KasmImage>(current.error());
                  const KasmImage *found = nullptr;
                  for (const KasmImage &candidate : *current) {
                      if (candidate.imageId == wanted.imageId)
                          found = &candidate;
                  }
                  if (!found)
                      return readyFailure<KasmImage>(
                          {ErrorCode::NotFound,
                           tr("The image %1 (%2) no longer exists on the Kasm server; refresh and register it "
                              "again if it is still wanted.")
                               .arg(wanted.displayName(), wanted.imageId),
                           {}});
                  KasmImage merged = wanted;
                  merged.raw = found->raw;
                  QJsonObject target = kasmjson::imageToJson(merged);
                  if (dockerToken)
                      target.insert(QStringLiteral("docker_token"), *dockerToken);
                  return m_client
                      ->call(QStringLiteral("update_image"), {{QStringLiteral("target_image"), target}}, Access::Write)
                      .then(this, [target](Result<QJsonObject> answer) -> Result<KasmImage> {
                          if (!answer)
                              return fail(answer.error());
                          QJsonObject sent = target;
                          sent.remove(QStringLiteral("docker_token"));
                          return imageFromAnswer(*answer, sent);
                      });
              })
        .unwrap();
}

QFuture<Status> KasmApiDeployment::deleteImage(const QString &imageId)
{
    return m_client->call(QStringLiteral("delete_image"), targetImage(imageId), Access::Write)
        .then(this, [](Result<QJsonObject> answer) -> Status {
            if (!answer)
                return fail(answer.error());
            return {};
        });
}

QFuture<Result<QList<KasmGroup>>> KasmApiDeployment::listGroups()
{
    return m_client->call(QStringLiteral("get_groups"), {}, Access::Read)
        .then(this, [](Result<QJsonObject> answer) -> Result<QList<KasmGroup>> {
            if (!answer)
                return fail(answer.error());
            return kasmjson::parseGroupList(*answer, QStringLiteral("groups"));
        });
}

QFuture<Result<QStringList>> KasmApiDeployment::listGroupImageIds(const QString &groupId)
{
    const QJsonObject fields{{QStringLiteral("target_group"), QJsonObject{{QStringLiteral("group_id"), groupId}}}};
    return m_client->call(QStringLiteral("get_images_group"), fields, Access::Read)
        .then(this, [](Result<QJsonObject> answer) -> Result<QStringList> {
            if (!answer)
                return fail(answer.error());
            return kasmjson::parseImageIdList(*answer, QStringLiteral("images"));
        });
}

QFuture<Status> KasmApiDeployment::groupMembership(const QString &call, const QString &imageId, const QString &groupId)
{
    const QJsonObject fields{{QStringLiteral("target_group"), QJsonObject{{QStringLiteral("group_id"), groupId}}},
                             {QStringLiteral("target_image"), QJsonObject{{QStringLiteral("image_id"), imageId}}}};
    return m_client->call(call, fields, Access::Write).then(this, [](Result<QJsonObject> answer) -> Status {
        if (!answer)
            return fail(answer.error());
        return {};
    });
}

QFuture<Status> KasmApiDeployment::addImageToGroup(const QString &imageId, const QString &groupId)
{
    return groupMembership(QStringLiteral("add_images_group"), imageId, groupId);
}

QFuture<Status> KasmApiDeployment::removeImageFromGroup(const QString &imageId, const QString &groupId)
{
    return groupMembership(QStringLiteral("remove_images_group"), imageId, groupId);
}

QFuture<Result<QList<KasmAgent>>> KasmApiDeployment::listAgentsVia(AgentsCall call)
{
    const bool agents = call == AgentsCall::Agents;
    return m_client->call(agents ? QStringLiteral("get_agents") : QStringLiteral("get_servers"), {}, Access::Read)
        .then(this, [agents](Result<QJsonObject> answer) -> Result<QList<KasmAgent>> {
            if (!answer)
                return fail(answer.error());
            return kasmjson::parseAgentList(*answer, agents ? QStringLiteral("agents") : QStringLiteral("servers"));
        });
}

QFuture<Result<QList<KasmAgent>>> KasmApiDeployment::listAgents()
{
    if (m_agentsCall != AgentsCall::Unknown)
        return listAgentsVia(m_agentsCall);
    // Newer Kasm lists agents with get_agents; 1.15 has only get_servers. A server without the call answers 404 or
    // an error_message; authorization and transport failures are real failures and are not probed around.
    return listAgentsVia(AgentsCall::Agents)
        .then(this,
              [this](Result<QList<KasmAgent>> viaAgents) -> QFuture<Result<QList<KasmAgent>>> {
                  const bool absent = !viaAgents && (viaAgents.error().code == ErrorCode::NotFound ||
                                                     viaAgents.error().code == ErrorCode::InvalidInput);
                  if (!absent) {
                      if (viaAgents)
                          m_agentsCall = AgentsCall::Agents;
                      QPromise<Result<QList<KasmAgent>>> promise;
                      promise.start();
                      promise.addResult(std::move(viaAgents));
                      promise.finish();
                      return promise.future();
                  }
                  qCDebug(lcKasm) << "get_agents is not available; listing agents with get_servers";
                  return listAgentsVia(AgentsCall::Servers).then(this, [this](Result<QList<KasmAgent>> viaServers) {
                      if (viaServers)
                          m_agentsCall = AgentsCall::Servers;
                      return viaServers;
                  });
              })
        .unwrap();
}

QFuture<Result<QList<KasmZone>>> KasmApiDeployment::listZones()
{
    return m_client->call(QStringLiteral("get_zones"), {}, Access::Read)
        .then(this, [](Result<QJsonObject> answer) -> Result<QList<KasmZone>> {
            if (!answer)
                return fail(answer.error());
            return kasmjson::parseZoneList(*answer, QStringLiteral("zones"));
        });
}

} // namespace steward
