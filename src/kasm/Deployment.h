#pragma once

#include "core/KasmAgent.h"
#include "core/KasmGroup.h"
#include "core/KasmImage.h"
#include "core/KasmZone.h"
#include "core/Result.h"
#include "kasm/DeploymentSnapshot.h"

#include <QFuture>
#include <QObject>

#include <optional>

namespace steward::kasm {

// What a deployment is and can do; the answer to a connection test.
struct DeploymentInfo
{
    QString kind;            // "kasm" or "simulated"
    QString location;        // the server URL, or the simulation's storage
    QString version;         // the server's version when it tells; empty when unknown
    QString api;             // the API it is reached through, e.g. "developer API, POST /api/public, key in body"
    bool agentsCall = false; // agents come from get_agents (newer Kasm) rather than get_servers
    bool canWrite = true;    // false when the key turned out read-only
    int imageCount = 0;      // seen during the test, to show that the key reads
    int zoneCount = 0;
};

// A Kasm deployment: its images, groups, agents with inventories, and zones. Every call is asynchronous and
// finishes on the deployment's thread; results are values. Implementations: KasmApiDeployment (a real server)
// and SimulatedDeployment (the embedded default). One object per thread; call it from the thread it lives on, and
// wait for results with that thread's event loop running (a continuation, a watcher): a blocking
// QFuture::result() there never returns.
class Deployment : public QObject
{
    Q_OBJECT

public:
    ~Deployment() override;

    // Reaches the deployment and reports what it is: the connection test.
    virtual QFuture<Result<DeploymentInfo>> info() = 0;

    virtual QFuture<Result<QList<KasmImage>>> listImages() = 0;
    // `dockerToken` sets the registry password; it is write-only and never comes back.
    virtual QFuture<Result<KasmImage>> createImage(const KasmImage &image,
                                                   const std::optional<QString> &dockerToken) = 0;
    QFuture<Result<KasmImage>> createImage(const KasmImage &image);
    // Read-modify-write: the modelled fields are `image`'s; fields ImageSteward does not model keep the deployment's
    // current values. `dockerToken` sets the registry password (an empty one clears it); without it the stored
    // password is kept, whatever `image.hasDockerToken` says.
    virtual QFuture<Result<KasmImage>> updateImage(const KasmImage &image,
                                                   const std::optional<QString> &dockerToken) = 0;
    QFuture<Result<KasmImage>> updateImage(const KasmImage &image);
    // updateImage for a caller that read `current` (from listImages) moments ago to check it was as planned: an
    // implementation whose update re-reads the image first may take `current` instead and save a round trip. The
    // default is updateImage(wanted). The registry password is kept.
    virtual QFuture<Result<KasmImage>> updateImageAsRead(const KasmImage &current, const KasmImage &wanted);
    virtual QFuture<Status> deleteImage(const QString &imageId) = 0;

    virtual QFuture<Result<QList<KasmGroup>>> listGroups() = 0;
    virtual QFuture<Result<QStringList>> listGroupImageIds(const QString &groupId) = 0;
    virtual QFuture<Status> addImageToGroup(const QString &imageId, const QString &groupId) = 0;
    virtual QFuture<Status> removeImageFromGroup(const QString &imageId, const QString &groupId) = 0;

    virtual QFuture<Result<QList<KasmAgent>>> listAgents() = 0;
    virtual QFuture<Result<QList<KasmZone>>> listZones() = 0;

    // Reads everything; on success replaces snapshot(), emits refreshed() and returns what changed. On failure the
    // previous snapshot stays: a half-read deployment is never shown as current.
    QFuture<Result<DeploymentDiff>> refresh();
    const DeploymentSnapshot &snapshot() const { return m_snapshot; }
    bool hasSnapshot() const { return m_hasSnapshot; }

Q_SIGNALS:
    void refreshed(const steward::kasm::DeploymentDiff &diff);

protected:
    explicit Deployment(QObject *parent = nullptr);

private:
    DeploymentSnapshot m_snapshot;
    bool m_hasSnapshot = false;
};

} // namespace steward::kasm
