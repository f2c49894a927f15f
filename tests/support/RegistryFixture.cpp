#include "RegistryFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <memory>
#include <optional>
#include <sys/prctl.h>

namespace steward::test {

namespace {

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// The status code of GET /v2/, or 0 while nothing answers. A blocking socket on this thread, not a
// QNetworkAccessManager: destroying a manager right after refused TLS connections crashed Qt 6.4's network thread
// about once in 25 starts (a deferred delete there disconnecting from objects already gone).
int probeV2Status(quint16 port, const std::optional<QSslConfiguration> &tls)
{
    constexpr int stepMs = 2000;
    std::unique_ptr<QTcpSocket> socket;
    if (tls) {
        auto ssl = std::make_unique<QSslSocket>();
        ssl->setSslConfiguration(*tls);
        ssl->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        if (!ssl->waitForEncrypted(stepMs))
            return 0;
        socket = std::move(ssl);
    } else {
        socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        if (!socket->waitForConnected(stepMs))
            return 0;
    }
    socket->write(QByteArrayLiteral("GET /v2/ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
    const QDeadlineTimer deadline(stepMs);
    while (!socket->canReadLine() && !deadline.hasExpired()) {
        if (!socket->waitForReadyRead(int(deadline.remainingTime())))
            break;
    }
    if (!socket->canReadLine())
        return 0;
    // "HTTP/1.1 200 OK"
    const QList<QByteArray> statusLine = socket->readLine().split(' ');
    return statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
}

bool runTool(const QString &program, const QStringList &args, QByteArray *output, QString *error,
             const QByteArray &input = {})
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("could not start %1: %2").arg(program, process.errorString());
        return false;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    if (output)
        *output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromUtf8(process.readAllStandardError()));
        return false;
    }
    return true;
}

} // namespace

RegistryFixture::RegistryFixture() = default;

RegistryFixture::~RegistryFixture()
{
    stop();
}

QString RegistryFixture::registryBinary()
{
    const QString fromEnv = qEnvironmentVariable("STEWARD_REGISTRY_BINARY");
    if (!fromEnv.isEmpty())
        return QFile::exists(fromEnv) ? fromEnv : QString();
    return QStandardPaths::findExecutable(QStringLiteral("docker-registry"));
}

bool RegistryFixture::start()
{
    return start(Options{});
}

bool RegistryFixture::start(const Options &options)
{
    stop();
    m_options = options;
    const QString binary = registryBinary();
    if (binary.isEmpty()) {
        m_error = QStringLiteral("docker-registry not found on PATH (install Debian's docker-registry package; "
                                 "scripts/setup does)");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    if (m_options.tls && !makeCertificate())
        return false;
    if (m_options.auth == Auth::Htpasswd && !makeHtpasswd())
        return false;

    // A port found free may be taken before the registry binds it; try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        if (m_port == 0 || !writeConfig(m_port))
            continue;
        m_stdout.clear();
        m_stderr.clear();
        m_process = std::make_unique<QProcess>();
        // A test that crashes never reaches stop(): the kernel ends the registry with it instead of leaving it
        // running and holding its port.
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_process->start(binary, {QStringLiteral("serve"), m_dir->filePath(QStringLiteral("config.yml"))});
        if (!m_process->waitForStarted(10000)) {
            m_error = QStringLiteral("could not start %1: %2").arg(binary, m_process->errorString());
            return false;
        }
        const QDeadlineTimer deadline(15000);
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            const int status = probeV2Status(m_port, m_options.tls ? std::optional(sslConfiguration()) : std::nullopt);
            if (status == 200 || status == 401)
                return true;
            QThread::msleep(50);
        }
        drainOutput();
        m_error = QStringLiteral("the registry did not answer /v2/ on port %1: %2")
                      .arg(m_port)
                      .arg(QString::fromUtf8(m_stderr.right(2000)));
        stop();
    }
    return false;
}

void RegistryFixture::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    drainOutput();
    m_process.reset();
}

QString RegistryFixture::hostPort() const
{
    return QStringLiteral("127.0.0.1:%1").arg(m_port);
}

QUrl RegistryFixture::baseUrl() const
{
    return QUrl((m_options.tls ? QStringLiteral("https://") : QStringLiteral("http://")) + hostPort());
}

QString RegistryFixture::caFile() const
{
    // Alone in its directory, so that it can serve as a --cert-dir for skopeo (which reads *.key there as client keys).
    return m_options.tls ? m_dir->filePath(QStringLiteral("ca/ca.crt")) : QString();
}

QString RegistryFixture::dataDir() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("data")) : QString();
}

QSslConfiguration RegistryFixture::sslConfiguration() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (m_options.tls)
        config.addCaCertificates(QSslCertificate::fromPath(caFile()));
    return config;
}

QByteArray RegistryFixture::basicAuthorization() const
{
    if (m_options.auth != Auth::Htpasswd)
        return {};
    return "Basic " + (m_options.username + QLatin1Char(':') + m_options.password).toUtf8().toBase64();
}

void RegistryFixture::drainOutput()
{
    if (!m_process)
        return;
    m_stdout += m_process->readAllStandardOutput();
    m_stderr += m_process->readAllStandardError();
}

QString RegistryFixture::accessLogText()
{
    drainOutput();
    return QString::fromUtf8(m_stdout);
}

QList<AccessLogEntry> RegistryFixture::accessLog()
{
    // The registry writes a log line after the response; give it a moment to arrive.
    if (m_process)
        m_process->waitForReadyRead(50);
    drainOutput();
    return parseAccessLog(m_stdout);
}

QString RegistryFixture::errorLogText()
{
    drainOutput();
    return QString::fromUtf8(m_stderr);
}

void RegistryFixture::clearLogs()
{
    if (m_process)
        m_process->waitForReadyRead(50);
    drainOutput();
    m_stdout.clear();
    m_stderr.clear();
}

bool RegistryFixture::writeConfig(quint16 port)
{
    QString yaml = QStringLiteral("version: 0.1\n"
                                  "log:\n  level: warn\n  accesslog: {disabled: false}\n"
                                  "storage:\n  filesystem: {rootdirectory: \"%1\"}\n  delete: {enabled: true}\n"
                                  "http:\n  addr: 127.0.0.1:%2\n  secret: steward-test-fixture\n")
                       .arg(dataDir())
                       .arg(port);
    if (m_options.tls) {
        yaml += QStringLiteral("  tls: {certificate: \"%1\", key: \"%2\"}\n")
                    .arg(caFile(), m_dir->filePath(QStringLiteral("tls.key")));
    }
    switch (m_options.auth) {
    case Auth::Anonymous:
        break;
    case Auth::Htpasswd:
        yaml += QStringLiteral("auth:\n  htpasswd: {realm: steward-test, path: \"%1\"}\n")
                    .arg(m_dir->filePath(QStringLiteral("htpasswd")));
        break;
    case Auth::Token:
        yaml += QStringLiteral("auth:\n  token: {realm: \"%1\", service: \"%2\", issuer: \"%3\", "
                               "rootcertbundle: \"%4\"}\n")
                    .arg(m_options.token.realm, m_options.token.service, m_options.token.issuer,
                         m_options.token.rootCertBundle);
        break;
    }
    QFile file(m_dir->filePath(QStringLiteral("config.yml")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write the registry config: %1").arg(file.errorString());
        return false;
    }
    file.write(yaml.toUtf8());
    return true;
}

bool RegistryFixture::makeCertificate()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        m_error = QStringLiteral("openssl not found on PATH (needed for the TLS registry)");
        return false;
    }
    QDir(m_dir->path()).mkpath(QStringLiteral("ca"));
    return runTool(openssl,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"),
                    m_dir->filePath(QStringLiteral("tls.key")), QStringLiteral("-out"), caFile()},
                   nullptr, &m_error);
}

bool RegistryFixture::makeHtpasswd()
{
    const QString htpasswd = QStandardPaths::findExecutable(QStringLiteral("htpasswd"));
    if (htpasswd.isEmpty()) {
        m_error = QStringLiteral("htpasswd not found on PATH (install Debian's apache2-utils)");
        return false;
    }
    // -i reads the password from stdin, so it never appears on a command line.
    QByteArray line;
    if (!runTool(htpasswd, {QStringLiteral("-niB"), m_options.username}, &line, &m_error, m_options.password.toUtf8()))
        return false;
    QFile file(m_dir->filePath(QStringLiteral("htpasswd")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = QStringLiteral("cannot write htpasswd: %1").arg(file.errorString());
        return false;
    }
    file.write(line.trimmed() + '\n');
    return true;
}

QList<AccessLogEntry> parseAccessLog(const QByteArray &text)
{
    // 127.0.0.1 - - [28/Nov/2026:04:22:13 +0000] "GET /v2/ HTTP/1.1" 200 2 "" "curl/7.88.1"
    static const QRegularExpression line(
        QStringLiteral(R"(^\S+ \S+ \S+ \[[^\]]*\] "(\S+) (\S+) [^"]*" (\d{3}) (\d+|-))"),
        QRegularExpression::MultilineOption);
    QList<AccessLogEntry> entries;
    auto it = line.globalMatch(QString::fromUtf8(text));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        entries.append({match.captured(1), match.captured(2), match.captured(3).toInt(),
                        match.captured(4) == QLatin1String("-") ? 0 : match.captured(4).toLongLong()});
    }
    return entries;
}

} // namespace steward::test
