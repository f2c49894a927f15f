#pragma once

#include <QList>
#include <QProcess>
#include <QSslConfiguration>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace steward::test {

// One line of the registry's access log (combined log format on its stdout).
struct AccessLogEntry
{
    QString method;
    QString path; // with query
    int status = 0;
    qint64 bytes = 0; // response body bytes
};

// A real CNCF distribution registry (Debian's `docker-registry serve`) on a free loopback port, with a generated
// config, stopped at destruction. Its logs are kept so that tests can count requests and bytes.
class RegistryFixture final
{
public:
    enum class Auth
    {
        Anonymous,
        Htpasswd,
        Token
    };

    struct TokenAuth
    {
        QString realm;          // where the token server answers, e.g. "http://127.0.0.1:4321/token"
        QString service;        // the `aud` the registry expects
        QString issuer;         // the `iss` the registry expects
        QString rootCertBundle; // PEM certificate(s) whose keys sign the tokens
    };

    struct Options
    {
        Auth auth = Auth::Anonymous;
        bool tls = false;
        QString username = QStringLiteral("alice");  // Htpasswd only
        QString password = QStringLiteral("s3cret"); // Htpasswd only
        TokenAuth token;                             // Token only
    };

    RegistryFixture();
    ~RegistryFixture();
    RegistryFixture(const RegistryFixture &) = delete;
    RegistryFixture &operator=(const RegistryFixture &) = delete;

    // The binary to run: $STEWARD_REGISTRY_BINARY, or docker-registry on PATH. Empty when none.
    static QString registryBinary();

    // Starts the registry and waits until /v2/ answers. False with errorString() on failure.
    bool start(const Options &options);
    bool start(); // anonymous, plain HTTP
    void stop();
    QString errorString() const { return m_error; }

    const Options &options() const { return m_options; }
    QString hostPort() const;                   // "127.0.0.1:PORT"
    QUrl baseUrl() const;                       // "http(s)://127.0.0.1:PORT"
    QString caFile() const;                     // the self-signed certificate (TLS only)
    QString dataDir() const;                    // the storage root
    QSslConfiguration sslConfiguration() const; // trusts caFile() when TLS is on
    // "Basic ..." for the htpasswd user, empty otherwise.
    QByteArray basicAuthorization() const;

    QString accessLogText();
    QList<AccessLogEntry> accessLog();
    QString errorLogText();
    // Forget the log so far: the next accessLog() starts after this point.
    void clearLogs();

private:
    bool writeConfig(quint16 port);
    bool makeCertificate();
    bool makeHtpasswd();
    void drainOutput();

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_error;
};

// Parses the registry's combined-format access log.
QList<AccessLogEntry> parseAccessLog(const QByteArray &text);

} // namespace steward::test
