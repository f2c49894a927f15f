#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace steward {

// A Kasm workspace image definition: the fields ImageSteward reads and writes.
// `raw` is the server's whole object as last read; a write takes from it the fields Kasm knows that ImageSteward
// does not model (the JSON configs, server_pool_id...), never the rest (see kasm::json::imageWriteBody).
// The registry password (`docker_token`) is never held here: only whether one is stored.
struct KasmImage
{
    QString imageId;
    QString name; // the docker image reference, e.g. "registry.example/team/chrome:20261101"
    QString friendlyName;
    QString description;
    QString imageSrc; // thumbnail
    bool enabled = true;
    bool hidden = false;
    QStringList categories;
    QString imageType = QStringLiteral("Container"); // Container | Server | Server Pool | Link
    double cores = 0;
    qint64 memoryBytes = 0;
    int gpuCount = 0;
    QString dockerRegistry; // e.g. "https://index.docker.io/v1/"; agents pull only when this is set
    QString dockerUser;
    bool hasDockerToken = false; // a registry password is stored (Kasm shows it as "**********"); set it through
                                 // the deployment's dockerToken argument, never here
    qint64 uncompressedSizeMb = 0;
    bool restrictToZone = false;
    QString zoneId;
    bool available = false; // read-only: some agent reports having the tag (deployment-wide)
    QJsonObject raw;

    // Equality over the modelled fields; `raw` is bookkeeping and does not count.
    bool sameFields(const KasmImage &other) const;
    // What a person recognises: the friendly name, else the reference.
    QString displayName() const;
    // How agents log in to the registry: "login: puller, password stored", "anonymous"...
    QString registryLogin() const;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::KasmImage)
