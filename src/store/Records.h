#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward::store {

// A registry the user works with. No secret: credentialRef is the keychain key (credentialKey()) of its password.
struct RegistryRecord
{
    qint64 id = 0;
    QString url; // host[:port], normalised by registryHostKey()
    QString kind = QStringLiteral("generic");
    QString username;
    QString credentialRef;
    QString caFile;
    bool insecure = false;
    QJsonObject rateLimitPolicy; // {"limit": 100, "window_s": 21600, "per": "ip" | "account"}
};

// A Kasm image (workspace) as reference/kasm.md §Image describes it, plus our stage and links. docker_token is a
// secret and stays in the keychain; dockerTokenRef names it.
struct ImageRecord
{
    QString imageId;
    QString name; // the docker image reference
    QString friendlyName;
    QString description;
    QString imageSrc;
    bool enabled = true;
    bool hidden = false;
    QStringList categories;
    QString imageType = QStringLiteral("Container");
    double cores = 2;
    qint64 memory = 2768000000;
    int gpuCount = 0;
    QString dockerRegistry;
    QString dockerUser;
    QString dockerTokenRef;
    qint64 uncompressedSizeMb = 0;
    QJsonObject runConfig;
    QJsonObject execConfig;
    QJsonObject volumeMappings;
    bool restrictToZone = false;
    QString zoneId;
    QString serverPoolId;
    bool available = false;
    QString stage = QStringLiteral("draft"); // draft | test | production | retired
    QJsonObject links;                       // e.g. {"test_twin": "<image_id>", "source": "https://git…"}
    QJsonObject extra;                       // Kasm fields we do not model, kept for round trips
};

struct GroupRecord
{
    QString groupId;
    QString name;
    QString description;
    bool isTestGroup = false;
};

struct ImageGroupLink
{
    QString imageId;
    QString groupId;
};

// One line of the append-only audit log: what changed, who did it, when, and the value before and after.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString action;  // "registry.login", "image.update", "promotion.step"
    QString subject; // what it was done to: a registry host, an image id
    QJsonValue before;
    QJsonValue after;
};

} // namespace steward::store
