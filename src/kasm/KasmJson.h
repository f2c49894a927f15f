#pragma once

#include "core/KasmAgent.h"
#include "core/KasmGroup.h"
#include "core/KasmImage.h"
#include "core/KasmZone.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// The Kasm API's JSON shapes <-> ImageSteward's value types. Pure functions, tested without a network.
// Tolerant by design (reference/kasm.md): unknown fields are ignored (and kept in `raw`), missing or null fields
// take their defaults, and a field of the wrong type is an error that names the field ("images[2].cores").
namespace steward::kasmjson {

Result<KasmImage> parseImage(const QJsonObject &object, const QString &path);
Result<KasmGroup> parseGroup(const QJsonObject &object, const QString &path);
Result<KasmZone> parseZone(const QJsonObject &object, const QString &path);
Result<KasmAgent> parseAgent(const QJsonObject &object, const QString &path);

// `body[key]` as a list; a missing key is an empty list, anything but an array of objects is an error.
Result<QList<KasmImage>> parseImageList(const QJsonObject &body, const QString &key);
Result<QList<KasmGroup>> parseGroupList(const QJsonObject &body, const QString &key);
Result<QList<KasmZone>> parseZoneList(const QJsonObject &body, const QString &key);
// Agents from get_servers (entries with a server_type other than "host" are dropped) or get_agents.
Result<QList<KasmAgent>> parseAgentList(const QJsonObject &body, const QString &key);
// The image ids in a get_images_group answer.
Result<QStringList> parseImageIdList(const QJsonObject &body, const QString &key);

// The object to send for create_image/update_image: `image.raw` with the modelled fields laid over it. Read-only
// (`available`) and write-only (`docker_token`) fields are left out; an empty image id is left out.
QJsonObject imageToJson(const KasmImage &image);
QJsonObject groupToJson(const KasmGroup &group);
QJsonObject zoneToJson(const KasmZone &zone);
// In the get_servers shape, plus the simulation's own fields (egress_source, architecture).
QJsonObject agentToJson(const KasmAgent &agent);

// "2026-11-28 03:00:00" (Kasm, UTC) or ISO 8601; invalid when neither.
QDateTime parseTimestamp(const QString &text);
QString formatTimestamp(const QDateTime &time);

} // namespace steward::kasmjson
