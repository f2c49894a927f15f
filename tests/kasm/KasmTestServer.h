#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

#include <optional>

// A stateful stand-in for a Kasm Workspaces web app's developer API, for tests only. It answers the calls in
// reference/kasm.md with the documented shapes and quirks — it follows the reference, not ImageSteward's client:
//   * every call is `POST /api/public/<call>` with api_key/api_key_secret in the JSON body;
//   * refusals are HTTP 200 with {"error_message": ...};
//   * a wrong key is 403 {"error_message": "Access Denied"}, a read-only or expired key on a write is 401;
//   * every object carries fields a client does not know; get_images adds the view keys (server, zone_name...) and
//     shows a stored `docker_token` as "**********" (null when none);
//   * create_image/update_image are as strict as "Writing images": a key that is not a known image field (a view
//     key, `available`, anything else) fails with HTTP 500, as does `categories` sent as an array; the JSON fields
//     sent as anything but JSON text are refused with "Invalid json format for <field>";
//   * update_image keeps a field left out, except the registry fields, the token, hash, server_id,
//     persistent_profile_path (reset to empty), gpu_count (0) and hidden (false); "**********" keeps the token;
//   * changing cores, memory, the docker_* fields or the size needs "Images Modify Resources"; system groups
//     (All Users) need "Groups View/Modify System"; an unknown group is a 401;
//   * add_images_group adds duplicates; a new image joins All Users only when the default-group setting is on;
//   * agents are get_servers entries with server_type "host" (next to non-host servers); get_agents is optional.
// Faults make it misbehave for the next requests: HTML, truncated JSON, wrong types, a 30 MB body, a dropped
// connection, no answer at all. HugeBody sends 30 MB without a Content-Length; HugeBodyAnnounced announces 30 MB.
namespace steward::test {

class KasmTestServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KasmTestServer)

public:
    enum class Fault
    {
        None,
        Html,
        TruncatedJson,
        WrongTypes,
        HugeBody,
        HugeBodyAnnounced,
        DropConnection,
        NoAnswer,
        Refuse // Kasm's own refusal: HTTP 200 with an error_message, and the call changes nothing
    };

    struct ApiKey
    {
        QString secret;
        bool readOnly = false;
        bool expired = false;
        bool modifyResources = true; // "Images Modify Resources"
        bool systemGroups = true;    // "Groups View System" and "Groups Modify System"
    };

    struct RecordedCall
    {
        QString call;
        QJsonObject body; // as received, with api_key_secret removed
        int status = 0;
    };

    explicit KasmTestServer(QObject *parent = nullptr);
    ~KasmTestServer() override;

    // Listens on 127.0.0.1 (plain HTTP; use sslSetup() first for TLS). False when no port could be bound.
    bool start();
    QUrl url() const; // http(s)://127.0.0.1:PORT

    // Keys: "admin-key"/"admin-secret" (all permissions) exists from the start.
    void addKey(const QString &key, const ApiKey &apiKey);
    void setLicensed(bool licensed) { m_licensed = licensed; }
    void setAgentsCallAvailable(bool available) { m_agentsCall = available; }
    // Kasm's setting to add new images to the default group (All Users); on by default.
    void setAddNewImagesToDefaultGroup(bool add) { m_addToDefaultGroup = add; }
    // The next `count` requests (of `call`, or any call when empty) misbehave.
    void injectFault(Fault fault, int count, const QString &call);
    void injectFault(Fault fault);

    // State, in the server's own JSON shapes (with their unknown fields).
    QList<QJsonObject> images() const { return m_images; }
    QJsonObject image(const QString &imageId) const;
    QString storedDockerToken(const QString &imageId) const { return m_dockerTokens.value(imageId); }
    QList<QJsonObject> groups() const { return m_groups; }
    QStringList groupImageIds(const QString &groupId) const;
    QString groupId(const QString &name) const;
    QList<QJsonObject> servers() const { return m_servers; }
    QList<QJsonObject> zones() const { return m_zones; }
    // Sets a field of an image as an admin would in the Kasm UI.
    void setImageField(const QString &imageId, const QString &field, const QJsonValue &value);
    // Adds an image as an admin would; returns its id.
    QString addImage(const QJsonObject &fields);
    // An agent pulled something: edits its docker_images.
    void setAgentImages(const QString &hostname, const QJsonObject &dockerImages);

    QList<RecordedCall> calls() const { return m_calls; }
    QStringList callNames() const;
    void clearCalls() { m_calls.clear(); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int status = 200;
        QJsonObject body;
    };

    Answer dispatch(const QString &call, const QJsonObject &body);
    Answer createImage(const QJsonObject &body);
    Answer updateImage(const QJsonObject &body, const ApiKey &key);
    Answer deleteImage(const QJsonObject &body);
    Answer imagesGroup(const QString &call, const QJsonObject &body, const ApiKey &key);
    // Checks and converts a write's target_image into the stored shapes; the refusal when the server would refuse.
    static std::optional<Answer> takeImageFields(const QJsonObject &target, QJsonObject *fields);
    bool changesResources(const QJsonObject &stored, const QJsonObject &updated, const QString &id,
                          const QJsonValue &token) const;
    bool isSystemGroup(const QString &groupId) const;
    QJsonObject completeImage(QJsonObject image) const;
    void seed();
    bool takeFault(const QString &call, Fault *fault);
    void writeFault(Fault fault, const QString &call, const QJsonObject &normalBody, QTcpSocket *socket);
    static void writeRaw(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                         bool closeAfter);

    QHash<QString, ApiKey> m_keys;
    bool m_licensed = true;
    bool m_agentsCall = false;
    bool m_addToDefaultGroup = true;
    Fault m_fault = Fault::None;
    int m_faultCount = 0;
    QString m_faultCall;
    quint16 m_port = 0;
    bool m_tls = false;

    QList<QJsonObject> m_images;
    QHash<QString, QString> m_dockerTokens;
    QList<QJsonObject> m_groups;
    QHash<QString, QStringList> m_groupImages;
    QList<QJsonObject> m_servers;
    QList<QJsonObject> m_zones;
    QList<RecordedCall> m_calls;
    int m_nextId = 1;

public:
    // TLS: call before start().
    void useTls(const QString &certificateFile, const QString &keyFile);
};

} // namespace steward::test
