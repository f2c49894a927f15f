#pragma once

#include "core/KasmAgent.h"
#include "core/KasmGroup.h"
#include "core/KasmImage.h"
#include "core/KasmZone.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

// The Kasm API's JSON shapes <-> ImageSteward's value types. Pure functions, tested without a network.
// Tolerant by design (reference/kasm.md): unknown fields are ignored (and kept in `raw`), missing or null fields
// take their defaults, and a field of the wrong type is an error that names the field ("images[2].cores").
namespace steward::kasm::json {

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
// The Kasm release most agents in a get_servers/get_agents answer report ("1.15.0" from agent_version
// "1.15.0.a1b2c3"); empty when none does. Kasm 1.x has no API call that tells the server's own version.
QString reportedKasmVersion(const QJsonObject &body, const QString &key);
// The image ids in a get_images_group answer.
Result<QStringList> parseImageIdList(const QJsonObject &body, const QString &key);

enum class ImageWrite
{
    Create,
    Update
};

// `target_image` for create_image/update_image, in the forms a Kasm 1.15 server accepts (reference/kasm.md,
// "Writing images"): only the image fields the server knows — never the view keys of get_images, `available` or
// fields unknown to us (the server fails on them; left out of an update, they keep their values) —, the JSON fields
// as JSON text ("" for none), the categories as one newline-joined string, and the registry fields as read.
// `docker_token` is `newDockerToken` when given; otherwise, on an update, the mask "**********" when a token is
// stored (leaving it out would erase it) and null when none is; on a create, null.
QJsonObject imageWriteBody(const KasmImage &image, ImageWrite write, const std::optional<QString> &newDockerToken);
// How Kasm shows a stored registry token, and what keeps it when sent back.
QString maskedDockerToken();

// ImageSteward's own form of an image (persisted simulation, audit log, CLI output): `image.raw` with the modelled
// fields laid over it, categories as an array. Never a Kasm write body. `available`, `docker_token` and
// `has_docker_token` are left out (callers add what their form keeps); an empty image id is left out.
QJsonObject imageToJson(const KasmImage &image);
QJsonObject groupToJson(const KasmGroup &group);
QJsonObject zoneToJson(const KasmZone &zone);
// In the get_servers shape, plus the simulation's own fields (egress_source, architecture).
QJsonObject agentToJson(const KasmAgent &agent);

// "2026-11-28 03:00:00" (Kasm, UTC) or ISO 8601; invalid when neither.
QDateTime parseTimestamp(const QString &text);
QString formatTimestamp(const QDateTime &time);

} // namespace steward::kasm::json
