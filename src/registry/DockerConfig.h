#pragma once

#include "core/Result.h"
#include "registry/CredentialProvider.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace steward::registry {

// A login the docker (or podman/skopeo) configuration knows about, without its secret: what an import lists for the
// user to confirm.
struct DockerLoginCandidate
{
    QString registry;  // normalised host[:port]; Docker Hub is "docker.io"
    QString serverUrl; // the key as the file spells it, e.g. "https://index.docker.io/v1/"
    QString username;  // may be empty when only a credential helper knows it
    QString helper;    // "secretservice" when docker-credential-secretservice holds the secret, else empty
    QString origin;    // the file (or DOCKER_AUTH_CONFIG) it came from
};

// The docker CLI's logins, read the way docker and skopeo read them (reference/registry-protocol.md §4):
// `auths` (base64 "user:password", identitytoken), `credHelpers` per host, `credsStore` for the rest, helpers run
// as `docker-credential-<name> get` with the server URL on stdin. Several configuration files are layered; for a
// registry the first layer that yields a login wins:
//   1. DOCKER_AUTH_CONFIG (JSON in the environment)
//   2. $DOCKER_CONFIG/config.json, else ~/.docker/config.json
//   3. $REGISTRY_AUTH_FILE, ${XDG_RUNTIME_DIR}/containers/auth.json, ${XDG_CONFIG_HOME:-~/.config}/containers/auth.json
// An explicit directory (stewardctl --docker-config DIR) replaces all of them with DIR/config.json.
// Secrets are held only in the credentials handed back; nothing here logs or stores them.
class DockerConfig
{
public:
    // The files that would be read, in order (existing or not), and whether DOCKER_AUTH_CONFIG is used.
    static QStringList searchPaths(const QProcessEnvironment &env, const QString &dockerConfigDir = {});

    // Reads every layer that exists. A file that exists but is not valid JSON is an error naming it.
    static Result<DockerConfig> load(const QProcessEnvironment &env, const QString &dockerConfigDir = {});
    static Result<DockerConfig> load();
    // One layer from JSON text, for tests and for callers that hold the text.
    static Result<DockerConfig> fromJson(const QByteArray &json, const QString &origin,
                                         const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    // "https://index.docker.io/v1/", "index.docker.io", "registry-1.docker.io", "docker.io" -> "docker.io";
    // "https://Registry.Example:5000/v2/" -> "registry.example:5000".
    static QString normaliseRegistry(const QString &serverUrl);
    // The server URL docker uses as key for a registry: Docker Hub's is "https://index.docker.io/v1/".
    static QString serverUrlFor(const QString &registry);

    QStringList origins() const;
    bool isEmpty() const { return m_layers.isEmpty(); }
    // The helper that holds `registry`'s secret in the first layer that names one, or empty.
    QString helperFor(const QString &registry) const;

    // The login for `registry`, asking credential helpers as needed (asynchronously, on the calling thread's event
    // loop). std::nullopt when nobody knows it ("credentials not found in native keychain" included); an error when
    // a helper is missing or fails otherwise, with its own message.
    QFuture<Result<std::optional<Credential>>> credentialFor(const QString &registry) const;

    // Every login the configuration names (auths, credHelpers, and `credsStore`'s `list`), first layer winning.
    QFuture<Result<QList<DockerLoginCandidate>>> candidates() const;

private:
    struct Entry
    {
        QString serverUrl;
        QString username;
        QString secret;
        bool identityToken = false;
    };
    struct Layer
    {
        QString origin;
        QHash<QString, Entry> auths;         // by normalised registry
        QHash<QString, QString> credHelpers; // registry -> helper suffix
        QHash<QString, QString> helperUrls;  // registry -> server URL as the file spells it
        QString credsStore;
    };

    static Result<Layer> parseLayer(const QByteArray &json, const QString &origin);

    QList<Layer> m_layers;
    QProcessEnvironment m_env;
};

} // namespace steward::registry
