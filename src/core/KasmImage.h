#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace steward {

// A Kasm workspace image definition: the fields ImageSteward reads and writes.
// `raw` is the server's whole object as last read; an update starts from it so that fields ImageSteward does not
// model (set by an admin in the Kasm UI, or added by a newer Kasm) are sent back unchanged.
// The registry password (`docker_token`) is write-only and never held here.
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
    bool hasDockerToken = false; // known only where the deployment tells (the simulation); Kasm never returns it
    qint64 uncompressedSizeMb = 0;
    bool restrictToZone = false;
    QString zoneId;
    bool available = false; // read-only: some agent reports having the tag (deployment-wide)
    QJsonObject raw;

    // Equality over the modelled fields; `raw` is bookkeeping and does not count.
    bool sameFields(const KasmImage &other) const;
    // What a person recognises: the friendly name, else the reference.
    QString displayName() const;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::KasmImage)
