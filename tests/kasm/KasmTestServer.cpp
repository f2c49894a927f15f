#include "KasmTestServer.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

namespace steward::test {

namespace {

QString hexId()
{
    return QUuid::createUuid().toString(QUuid::Id128); // Kasm ids are dash-less uuids
}

bool isWriteCall(const QString &call)
{
    static const QSet<QString> writes{QStringLiteral("create_image"), QStringLiteral("update_image"),
                                      QStringLiteral("delete_image"), QStringLiteral("add_images_group"),
                                      QStringLiteral("remove_images_group")};
    return writes.contains(call);
}

QJsonObject errorBody(const QString &message)
{
    return {{QStringLiteral("error_message"), message}};
}

// Fields every image has on a Kasm server; what update_image resets when a client leaves them out.
QJsonObject imageDefaults()
{
    return {
        {QStringLiteral("friendly_name"), QString()},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("image_src"), QString()},
        {QStringLiteral("enabled"), false},
        {QStringLiteral("hidden"), false},
        {QStringLiteral("categories"), QJsonArray()},
        {QStringLiteral("image_type"), QStringLiteral("Container")},
        {QStringLiteral("cores"), 0},
        {QStringLiteral("memory"), 0},
        {QStringLiteral("gpu_count"), 0},
        {QStringLiteral("docker_registry"), QJsonValue()},
        {QStringLiteral("docker_user"), QJsonValue()},
        {QStringLiteral("uncompressed_size_mb"), 0},
        {QStringLiteral("run_config"), QJsonObject()},
        {QStringLiteral("exec_config"), QJsonObject()},
        {QStringLiteral("volume_mappings"), QJsonObject()},
        {QStringLiteral("restrict_to_zone"), false},
        {QStringLiteral("zone_id"), QJsonValue()},
        {QStringLiteral("server_pool_id"), QJsonValue()},
        // Fields ImageSteward does not model, as an admin might set them in the Kasm UI.
        {QStringLiteral("session_time_limit"), QJsonValue()},
        {QStringLiteral("persistent_profile_path"), QJsonValue()},
        {QStringLiteral("launch_config"), QJsonValue()},
        {QStringLiteral("x_kasm_future_field"), QJsonValue()},
    };
}

// The image fields a Kasm 1.15 server knows (reference/kasm.md, "Image (workspace) fields" and "Writing images").
const QSet<QString> &knownImageFields()
{
    static const QSet<QString> fields{
        QStringLiteral("image_id"),         QStringLiteral("name"),
        QStringLiteral("friendly_name"),    QStringLiteral("description"),
        QStringLiteral("image_src"),        QStringLiteral("enabled"),
        QStringLiteral("hidden"),           QStringLiteral("categories"),
        QStringLiteral("image_type"),       QStringLiteral("cores"),
        QStringLiteral("memory"),           QStringLiteral("gpu_count"),
        QStringLiteral("docker_registry"),  QStringLiteral("docker_user"),
        QStringLiteral("docker_token"),     QStringLiteral("uncompressed_size_mb"),
        QStringLiteral("run_config"),       QStringLiteral("exec_config"),
        QStringLiteral("launch_config"),    QStringLiteral("volume_mappings"),
        QStringLiteral("restrict_to_zone"), QStringLiteral("zone_id"),
        QStringLiteral("server_pool_id"),   QStringLiteral("hash"),
        QStringLiteral("server_id"),        QStringLiteral("persistent_profile_path"),
    };
    return fields;
}

const QStringList &jsonTextFields()
{
    static const QStringList fields{QStringLiteral("run_config"), QStringLiteral("exec_config"),
                                    QStringLiteral("launch_config"), QStringLiteral("volume_mappings")};
    return fields;
}

// What update_image resets when a request leaves it out; everything else keeps its value.
QJsonObject resetWhenLeftOut()
{
    return {{QStringLiteral("docker_registry"), QJsonValue()},
            {QStringLiteral("docker_user"), QJsonValue()},
            {QStringLiteral("hash"), QJsonValue()},
            {QStringLiteral("server_id"), QJsonValue()},
            {QStringLiteral("persistent_profile_path"), QJsonValue()},
            {QStringLiteral("gpu_count"), 0},
            {QStringLiteral("hidden"), false}};
}

// Fields whose change needs the key's "Images Modify Resources" permission.
const QStringList &resourceFields()
{
    static const QStringList fields{QStringLiteral("cores"), QStringLiteral("memory"),
                                    QStringLiteral("docker_registry"), QStringLiteral("docker_user"),
                                    QStringLiteral("uncompressed_size_mb")};
    return fields;
}

const QString maskedToken = QStringLiteral("**********");

QJsonObject corrupted(QJsonObject object)
{
    if (object.contains(QStringLiteral("enabled")))
        object.insert(QStringLiteral("enabled"), QStringLiteral("yes"));
    if (object.contains(QStringLiteral("docker_images")))
        object.insert(QStringLiteral("docker_images"), QStringLiteral("none"));
    if (object.contains(QStringLiteral("zone_name")))
        object.insert(QStringLiteral("zone_name"), QJsonObject{{QStringLiteral("en"), QStringLiteral("x")}});
    if (object.contains(QStringLiteral("name")))
        object.insert(QStringLiteral("name"), QJsonArray{QStringLiteral("wrong")});
    return object;
}

QJsonObject withWrongTypes(QJsonObject body)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.value().isArray()) {
            QJsonArray array = it.value().toArray();
            if (!array.isEmpty() && array.at(0).isObject())
                array.replace(0, corrupted(array.at(0).toObject()));
            it.value() = array;
        } else if (it.value().isObject()) {
            it.value() = corrupted(it.value().toObject());
        }
    }
    return body;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    default:
        return "Status";
    }
}

} // namespace

KasmTestServer::KasmTestServer(QObject *parent) : QAbstractHttpServer(parent)
{
    m_keys.insert(QStringLiteral("admin-key"), ApiKey{QStringLiteral("admin-secret"), false, false});
    seed();
}

KasmTestServer::~KasmTestServer() = default;

bool KasmTestServer::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl KasmTestServer::url() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void KasmTestServer::useTls(const QString &certificateFile, const QString &keyFile)
{
    QFile certFile(certificateFile);
    QFile keyIn(keyFile);
    if (!certFile.open(QIODevice::ReadOnly) || !keyIn.open(QIODevice::ReadOnly))
        return;
    sslSetup(QSslCertificate(certFile.readAll(), QSsl::Pem), QSslKey(keyIn.readAll(), QSsl::Rsa, QSsl::Pem));
    m_tls = true;
}

void KasmTestServer::addKey(const QString &key, const ApiKey &apiKey)
{
    m_keys.insert(key, apiKey);
}

void KasmTestServer::injectFault(Fault fault, int count, const QString &call)
{
    m_fault = fault;
    m_faultCount = count;
    m_faultCall = call;
}

void KasmTestServer::injectFault(Fault fault)
{
    injectFault(fault, 1, QString());
}

bool KasmTestServer::takeFault(const QString &call, Fault *fault)
{
    if (m_fault == Fault::None || m_faultCount <= 0 || (!m_faultCall.isEmpty() && m_faultCall != call))
        return false;
    *fault = m_fault;
    if (--m_faultCount == 0)
        m_fault = Fault::None;
    return true;
}

QJsonObject KasmTestServer::image(const QString &imageId) const
{
    for (const QJsonObject &image : m_images) {
        if (image.value(QStringLiteral("image_id")).toString() == imageId)
            return image;
    }
    return {};
}

QStringList KasmTestServer::groupImageIds(const QString &groupId) const
{
    return m_groupImages.value(groupId);
}

QString KasmTestServer::groupId(const QString &name) const
{
    for (const QJsonObject &group : m_groups) {
        if (group.value(QStringLiteral("name")).toString() == name)
            return group.value(QStringLiteral("group_id")).toString();
    }
    return {};
}

void KasmTestServer::setImageField(const QString &imageId, const QString &field, const QJsonValue &value)
{
    for (QJsonObject &image : m_images) {
        if (image.value(QStringLiteral("image_id")).toString() == imageId)
            image.insert(field, value);
    }
}

QString KasmTestServer::addImage(const QJsonObject &fields)
{
    QJsonObject image = imageDefaults();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        image.insert(it.key(), it.value());
    const QString id = hexId();
    image.insert(QStringLiteral("image_id"), id);
    m_images << image;
    return id;
}

void KasmTestServer::setAgentImages(const QString &hostname, const QJsonObject &dockerImages)
{
    for (QJsonObject &server : m_servers) {
        if (server.value(QStringLiteral("hostname")).toString() == hostname)
            server.insert(QStringLiteral("docker_images"), dockerImages);
    }
}

QStringList KasmTestServer::callNames() const
{
    QStringList names;
    for (const RecordedCall &call : m_calls)
        names << call.call;
    return names;
}

void KasmTestServer::seed()
{
    const QString zoneA = hexId();
    const QString zoneB = hexId();
    auto zone = [](const QString &id, const QString &name) {
        return QJsonObject{{QStringLiteral("zone_id"), id},
                           {QStringLiteral("zone_name"), name},
                           {QStringLiteral("upstream_auth_address"), QStringLiteral("$request_host$")},
                           {QStringLiteral("load_balancing_strategy"), QStringLiteral("least_load")},
                           {QStringLiteral("search_alternate_zones"), true},
                           {QStringLiteral("allow_origin_domain"), QStringLiteral("$request_host$")}};
    };
    m_zones = {zone(zoneA, QStringLiteral("default")), zone(zoneB, QStringLiteral("branch-office"))};

    auto group = [](const QString &name, int priority, bool system) {
        return QJsonObject{{QStringLiteral("group_id"), hexId()},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("description"), QString(name + QStringLiteral(" group"))},
                           {QStringLiteral("priority"), priority},
                           {QStringLiteral("is_system"), system},
                           {QStringLiteral("group_metadata"), QJsonObject{{QStringLiteral("color"), 3}}},
                           {QStringLiteral("keycloak_group_id"), QJsonValue()}};
    };
    m_groups = {group(QStringLiteral("All Users"), 1000, true), group(QStringLiteral("Administrators"), 1, true),
                group(QStringLiteral("Image Testers"), 50, false)};

    const QString chrome = addImage({
        {QStringLiteral("name"), QStringLiteral("registry.example/team/chrome:20261101")},
        {QStringLiteral("friendly_name"), QStringLiteral("Chrome (custom)")},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("cores"), 2},
        {QStringLiteral("memory"), 2768000000.0},
        {QStringLiteral("docker_registry"), QStringLiteral("https://registry.example")},
        {QStringLiteral("docker_user"), QStringLiteral("puller")},
        {QStringLiteral("run_config"), QJsonObject{{QStringLiteral("hostname"), QStringLiteral("kasm")}}},
        {QStringLiteral("categories"), QJsonArray{QStringLiteral("Browsers")}},
        {QStringLiteral("uncompressed_size_mb"), 2170},
        {QStringLiteral("session_time_limit"), 3600},
        {QStringLiteral("launch_config"), QJsonObject{{QStringLiteral("form"), QJsonArray{1, 2}}}},
    });
    m_dockerTokens.insert(chrome, QStringLiteral("registry-password"));
    const QString terminal = addImage({
        {QStringLiteral("name"), QStringLiteral("kasmweb/terminal:1.16.0")},
        {QStringLiteral("friendly_name"), QStringLiteral("Terminal")},
        {QStringLiteral("enabled"), true},
        {QStringLiteral("cores"), QStringLiteral("1.5")}, // Decimal columns can arrive as strings
        {QStringLiteral("memory"), 1536000000.0},
        {QStringLiteral("docker_registry"), QStringLiteral("https://index.docker.io/v1/")},
        {QStringLiteral("uncompressed_size_mb"), 800},
        {QStringLiteral("persistent_profile_path"), QStringLiteral("/profiles/{username}")},
    });
    m_groupImages.insert(groupId(QStringLiteral("All Users")), {chrome, terminal});

    auto server = [](const QString &hostname, const QString &zoneId, const QString &type, const QJsonObject &images) {
        return QJsonObject{
            {QStringLiteral("server_id"), hexId()},
            {QStringLiteral("hostname"), hostname},
            {QStringLiteral("server_type"), type},
            {QStringLiteral("zone_id"), zoneId},
            {QStringLiteral("enabled"), true},
            {QStringLiteral("docker_images"), images},
            {QStringLiteral("prune_images_mode"), QStringLiteral("Normal")},
            {QStringLiteral("last_reported"), QStringLiteral("2026-11-28 03:00:00")},
            {QStringLiteral("disk_stats"), QJsonObject{{QStringLiteral("total"), 107374182400.0},
                                                       {QStringLiteral("used"), 53687091200.0},
                                                       {QStringLiteral("free"), 53687091200.0},
                                                       {QStringLiteral("percent"), 50.0}}},
            {QStringLiteral("memory_stats"), QJsonObject{{QStringLiteral("total"), 16000000000.0}}},
            {QStringLiteral("cores"), 8},
            {QStringLiteral("agent_version"), QStringLiteral("1.15.0.a1b2c3")},
        };
    };
    const QJsonObject chromeHeld{
        {QStringLiteral("registry.example/team/chrome:20261101"),
         QJsonObject{{QStringLiteral("tags"), QJsonArray{QStringLiteral("registry.example/team/chrome:20261101")}},
                     {QStringLiteral("id"), QString(QStringLiteral("sha256:") + QString(64, QLatin1Char('a')))},
                     {QStringLiteral("size"), 2275409920.0},
                     {QStringLiteral("created"), QStringLiteral("2026-11-01T04:00:00Z")}}}};
    m_servers = {server(QStringLiteral("agent-1"), zoneA, QStringLiteral("host"), chromeHeld),
                 server(QStringLiteral("agent-2"), zoneA, QStringLiteral("host"), {}),
                 server(QStringLiteral("agent-3"), zoneB, QStringLiteral("host"), chromeHeld),
                 server(QStringLiteral("win-desktop-1"), zoneA, QStringLiteral("Desktop"), {}),
                 server(QStringLiteral("pool-member-1"), zoneB, QStringLiteral("Server Pool"), {})};
    m_servers[2].insert(QStringLiteral("prune_images_mode"), QStringLiteral("Aggressive"));
}

QJsonObject KasmTestServer::completeImage(QJsonObject image) const
{
    const QString id = image.value(QStringLiteral("image_id")).toString();
    // A stored token is shown masked, none as null; never the token itself.
    image.insert(QStringLiteral("docker_token"),
                 m_dockerTokens.value(id).isEmpty() ? QJsonValue() : QJsonValue(maskedToken));
    bool available = false;
    const QString name = image.value(QStringLiteral("name")).toString();
    for (const QJsonObject &server : m_servers) {
        if (server.value(QStringLiteral("server_type")).toString() == QLatin1String("host") &&
            server.value(QStringLiteral("docker_images")).toObject().contains(name))
            available = true;
    }
    image.insert(QStringLiteral("available"), available);
    // The view keys get_images adds; a write that sends them back fails.
    QJsonValue zoneName;
    for (const QJsonObject &zone : m_zones) {
        if (zone.value(QStringLiteral("zone_id")) == image.value(QStringLiteral("zone_id")))
            zoneName = zone.value(QStringLiteral("zone_name"));
    }
    const QJsonArray categories = image.value(QStringLiteral("categories")).toArray();
    image.insert(QStringLiteral("server"), QJsonValue());
    image.insert(QStringLiteral("server_pool"), QJsonValue());
    image.insert(QStringLiteral("imageAttributes"), QJsonArray());
    image.insert(QStringLiteral("persistent_profile_config"), QJsonObject());
    image.insert(QStringLiteral("zone_name"), zoneName);
    image.insert(QStringLiteral("filter_policy_name"), QJsonValue());
    image.insert(QStringLiteral("default_category"), categories.isEmpty() ? QJsonValue() : categories.first());
    return image;
}

std::optional<KasmTestServer::Answer> KasmTestServer::takeImageFields(const QJsonObject &target, QJsonObject *fields)
{
    for (auto it = target.begin(); it != target.end(); ++it) {
        if (!knownImageFields().contains(it.key()))
            return Answer{500, {}}; // a view key or a field the server does not know: the server fails
    }
    *fields = target;
    if (fields->contains(QStringLiteral("categories"))) {
        const QJsonValue categories = fields->value(QStringLiteral("categories"));
        if (categories.isArray() || categories.isObject())
            return Answer{500, {}};
        fields->insert(QStringLiteral("categories"),
                       QJsonArray::fromStringList(categories.toString().split(u'\n', Qt::SkipEmptyParts)));
    }
    for (const QString &key : jsonTextFields()) {
        if (!fields->contains(key) || fields->value(key).isNull())
            continue;
        const QJsonValue value = fields->value(key);
        const QString invalid = QStringLiteral("Invalid json format for ") + key;
        if (!value.isString())
            return Answer{200, errorBody(invalid)};
        if (value.toString().trimmed().isEmpty()) {
            fields->insert(key, QJsonObject());
            continue;
        }
        const QJsonDocument parsed = QJsonDocument::fromJson(value.toString().toUtf8());
        if (!parsed.isObject())
            return Answer{200, errorBody(invalid)};
        fields->insert(key, parsed.object());
    }
    fields->remove(QStringLiteral("docker_token"));
    return std::nullopt;
}

KasmTestServer::Answer KasmTestServer::createImage(const QJsonObject &body)
{
    const QJsonObject target = body.value(QStringLiteral("target_image")).toObject();
    QJsonObject fields;
    if (const std::optional<Answer> refused = takeImageFields(target, &fields))
        return *refused;
    if (fields.value(QStringLiteral("name")).toString().isEmpty())
        return {200, errorBody(QStringLiteral("Image name is required"))};
    fields.remove(QStringLiteral("image_id"));
    const QString id = addImage(fields);
    // Whatever string arrives is the password: a mask sent here would become one.
    const QJsonValue token = target.value(QStringLiteral("docker_token"));
    if (token.isString() && !token.toString().isEmpty())
        m_dockerTokens.insert(id, token.toString());
    if (m_addToDefaultGroup)
        m_groupImages[groupId(QStringLiteral("All Users"))] << id;
    return {200, {{QStringLiteral("image"), completeImage(image(id))}}};
}

bool KasmTestServer::changesResources(const QJsonObject &stored, const QJsonObject &updated, const QString &id,
                                      const QJsonValue &token) const
{
    const auto same = [](const QJsonValue &a, const QJsonValue &b) {
        const auto number = [](const QJsonValue &v, bool *ok) {
            *ok = v.isDouble() || v.isString();
            return v.isDouble() ? v.toDouble() : v.toString().toDouble(ok);
        };
        bool okA = false;
        bool okB = false;
        const double x = number(a, &okA);
        const double y = number(b, &okB);
        if (okA && okB)
            return x == y;
        const auto empty = [](const QJsonValue &v) { return v.isNull() || v.isUndefined() || v.toString().isEmpty(); };
        return a == b || (empty(a) && empty(b));
    };
    for (const QString &key : resourceFields()) {
        if (!same(stored.value(key), updated.value(key)))
            return true;
    }
    const bool tokenKept = token.isString() && token.toString() == maskedToken;
    const bool hadToken = !m_dockerTokens.value(id).isEmpty();
    const bool hasToken = token.isString() && !token.toString().isEmpty();
    return !tokenKept && (hadToken || hasToken) && m_dockerTokens.value(id) != token.toString();
}

KasmTestServer::Answer KasmTestServer::updateImage(const QJsonObject &body, const ApiKey &key)
{
    const QJsonObject target = body.value(QStringLiteral("target_image")).toObject();
    QJsonObject fields;
    if (const std::optional<Answer> refused = takeImageFields(target, &fields))
        return *refused;
    const QString id = target.value(QStringLiteral("image_id")).toString();
    for (QJsonObject &stored : m_images) {
        if (stored.value(QStringLiteral("image_id")).toString() != id)
            continue;
        // A field left out keeps its value, except these, which are reset.
        QJsonObject updated = stored;
        const QJsonObject reset = resetWhenLeftOut();
        for (auto it = reset.begin(); it != reset.end(); ++it)
            updated.insert(it.key(), it.value());
        for (auto it = fields.begin(); it != fields.end(); ++it)
            updated.insert(it.key(), it.value());
        const QJsonValue token = target.value(QStringLiteral("docker_token")); // left out: reset too
        if (!key.modifyResources && changesResources(stored, updated, id, token))
            return {401, errorBody(QStringLiteral("Unauthorized"))};
        if (!(token.isString() && token.toString() == maskedToken)) {
            if (token.isString() && !token.toString().isEmpty())
                m_dockerTokens.insert(id, token.toString());
            else
                m_dockerTokens.remove(id);
        }
        stored = updated;
        return {200, {{QStringLiteral("image"), completeImage(stored)}}};
    }
    return {200, errorBody(QStringLiteral("Unable to find image: ") + id)};
}

KasmTestServer::Answer KasmTestServer::deleteImage(const QJsonObject &body)
{
    const QString id =
        body.value(QStringLiteral("target_image")).toObject().value(QStringLiteral("image_id")).toString();
    const auto removed = m_images.removeIf(
        [&](const QJsonObject &image) { return image.value(QStringLiteral("image_id")).toString() == id; });
    if (removed == 0)
        return {200, errorBody(QStringLiteral("Unable to find image: ") + id)};
    for (QStringList &ids : m_groupImages)
        ids.removeAll(id);
    m_dockerTokens.remove(id);
    return {200, {}};
}

bool KasmTestServer::isSystemGroup(const QString &groupId) const
{
    for (const QJsonObject &g : m_groups) {
        if (g.value(QStringLiteral("group_id")).toString() == groupId)
            return g.value(QStringLiteral("is_system")).toBool();
    }
    return false;
}

KasmTestServer::Answer KasmTestServer::imagesGroup(const QString &call, const QJsonObject &body, const ApiKey &key)
{
    const QString group =
        body.value(QStringLiteral("target_group")).toObject().value(QStringLiteral("group_id")).toString();
    bool known = false;
    for (const QJsonObject &g : m_groups)
        known = known || g.value(QStringLiteral("group_id")).toString() == group;
    // Kasm 1.15 checks the key's permission on the group first: an unknown group, or a system group without the
    // "Groups View/Modify System" permission, is a 401, not an error_message.
    if (!known || (isSystemGroup(group) && !key.systemGroups))
        return {401, errorBody(QStringLiteral("Unauthorized"))};
    QStringList &members = m_groupImages[group];
    if (call == QLatin1String("get_images_group")) {
        QJsonArray images;
        for (const QString &id : members) {
            const QJsonObject i = image(id);
            images << QJsonObject{{QStringLiteral("group_image_id"), hexId()},
                                  {QStringLiteral("group_id"), group},
                                  {QStringLiteral("image_id"), id},
                                  {QStringLiteral("image_name"), i.value(QStringLiteral("name"))},
                                  {QStringLiteral("image_friendly_name"), i.value(QStringLiteral("friendly_name"))}};
        }
        return {200, {{QStringLiteral("images"), images}}};
    }
    const QString id =
        body.value(QStringLiteral("target_image")).toObject().value(QStringLiteral("image_id")).toString();
    if (image(id).isEmpty())
        return {200, errorBody(QStringLiteral("Invalid image_id"))};
    if (call == QLatin1String("add_images_group"))
        members << id; // no duplicate check, as in 1.15
    else
        members.removeAll(id);
    return {200, {}};
}

KasmTestServer::Answer KasmTestServer::dispatch(const QString &call, const QJsonObject &body)
{
    const QString key = body.value(QStringLiteral("api_key")).toString();
    const auto apiKey = m_keys.constFind(key);
    if (apiKey == m_keys.cend() || apiKey->secret != body.value(QStringLiteral("api_key_secret")).toString() ||
        !m_licensed)
        return {403, errorBody(QStringLiteral("Access Denied"))};
    if (apiKey->expired || (apiKey->readOnly && isWriteCall(call)))
        return {401, errorBody(QStringLiteral("Unauthorized"))};

    if (call == QLatin1String("get_images")) {
        QJsonArray images;
        for (const QJsonObject &image : m_images)
            images << completeImage(image);
        return {200, {{QStringLiteral("images"), images}}};
    }
    if (call == QLatin1String("create_image"))
        return createImage(body);
    if (call == QLatin1String("update_image"))
        return updateImage(body, *apiKey);
    if (call == QLatin1String("delete_image"))
        return deleteImage(body);
    if (call == QLatin1String("get_groups")) {
        QJsonArray groups;
        for (const QJsonObject &group : m_groups) {
            if (apiKey->systemGroups || !group.value(QStringLiteral("is_system")).toBool())
                groups << group;
        }
        return {200, {{QStringLiteral("groups"), groups}}};
    }
    if (call == QLatin1String("get_images_group") || call == QLatin1String("add_images_group") ||
        call == QLatin1String("remove_images_group"))
        return imagesGroup(call, body, *apiKey);
    if (call == QLatin1String("get_servers")) {
        QJsonArray servers;
        for (const QJsonObject &server : m_servers)
            servers << server;
        return {200, {{QStringLiteral("servers"), servers}}};
    }
    if (call == QLatin1String("get_agents") && m_agentsCall) {
        QJsonArray agents;
        for (QJsonObject server : m_servers) {
            if (server.value(QStringLiteral("server_type")).toString() != QLatin1String("host"))
                continue;
            server.insert(QStringLiteral("agent_id"), server.take(QStringLiteral("server_id")));
            server.remove(QStringLiteral("server_type"));
            agents << server;
        }
        return {200, {{QStringLiteral("agents"), agents}}};
    }
    if (call == QLatin1String("get_zones")) {
        const bool brief = body.value(QStringLiteral("brief")).toBool();
        QJsonArray zones;
        for (const QJsonObject &zone : m_zones) {
            if (brief)
                zones << QJsonObject{{QStringLiteral("zone_id"), zone.value(QStringLiteral("zone_id"))},
                                     {QStringLiteral("zone_name"), zone.value(QStringLiteral("zone_name"))}};
            else
                zones << zone;
        }
        return {200, {{QStringLiteral("zones"), zones}}};
    }
    return {404, {}};
}

void KasmTestServer::writeRaw(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                              bool closeAfter)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                      "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\n";
    if (closeAfter)
        head += "Connection: close\r\n";
    socket->write(head + "\r\n" + body);
    if (closeAfter)
        socket->disconnectFromHost();
}

void KasmTestServer::writeFault(Fault fault, const QString &call, const QJsonObject &normalBody, QTcpSocket *socket)
{
    Q_UNUSED(call);
    switch (fault) {
    case Fault::Html:
        writeRaw(socket, 200, "text/html; charset=utf-8",
                 "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Corporate portal</body></html>\n",
                 false);
        return;
    case Fault::TruncatedJson: {
        const QByteArray full = QJsonDocument(normalBody).toJson(QJsonDocument::Compact);
        writeRaw(socket, 200, "application/json", full.left(full.size() / 2), false);
        return;
    }
    case Fault::WrongTypes:
        writeRaw(socket, 200, "application/json",
                 QJsonDocument(withWrongTypes(normalBody)).toJson(QJsonDocument::Compact), false);
        return;
    case Fault::HugeBody: {
        // No Content-Length: the client has to count what arrives.
        QByteArray body = "{\"images\":[{\"name\":\"";
        body += QByteArray(30 * 1024 * 1024, 'a');
        body += "\"}]}";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
        socket->write(body);
        socket->disconnectFromHost();
        return;
    }
    case Fault::HugeBodyAnnounced: {
        const QByteArray body = "{\"images\":[{\"name\":\"" + QByteArray(30 * 1024 * 1024, 'a') + "\"}]}";
        writeRaw(socket, 200, "application/json", body, true);
        return;
    }
    case Fault::DropConnection:
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"
                      "{\"images\": [{\"image_id\": \"");
        socket->disconnectFromHost();
        return;
    case Fault::NoAnswer:
    case Fault::Refuse:
    case Fault::None:
        return;
    }
}

bool KasmTestServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const QString prefix = QStringLiteral("/api/public/");
    if (!path.startsWith(prefix))
        return false;
    const QString call = path.mid(prefix.size());
    if (request.method() != QHttpServerRequest::Method::Post) {
        writeRaw(socket, 405, "text/plain", "Method Not Allowed", false);
        return true;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    RecordedCall recorded{call, document.object(), 0};
    recorded.body.remove(QStringLiteral("api_key_secret"));
    if (!document.isObject()) {
        recorded.status = 400;
        m_calls << recorded;
        writeRaw(socket, 400, "application/json", R"({"error_message": "Invalid JSON"})", false);
        return true;
    }

    Fault fault = Fault::None;
    const bool faulty = takeFault(call, &fault);
    if (faulty && fault == Fault::Refuse) {
        recorded.status = 200;
        m_calls << recorded;
        writeRaw(socket, 200, "application/json",
                 QJsonDocument(errorBody(QStringLiteral("The image is locked by another administrator")))
                     .toJson(QJsonDocument::Compact),
                 false);
        return true;
    }
    const Answer answer = dispatch(call, document.object());
    recorded.status = answer.status;
    m_calls << recorded;
    if (faulty) {
        writeFault(fault, call, answer.body, socket);
        return true;
    }
    if (answer.status == 404) {
        writeRaw(socket, 404, "text/html", "<html><body><h1>404 Not Found</h1></body></html>", false);
        return true;
    }
    if (answer.status == 500) {
        writeRaw(socket, 500, "text/html", "<html><body><h1>500 Internal Server Error</h1></body></html>", false);
        return true;
    }
    writeRaw(socket, answer.status, "application/json", QJsonDocument(answer.body).toJson(QJsonDocument::Compact),
             false);
    return true;
}

void KasmTestServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    writeRaw(socket, 404, "text/html", "<html><body><h1>404 Not Found</h1></body></html>", false);
}

} // namespace steward::test
