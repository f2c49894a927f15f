#include "registry/DockerConfig.h"

#include "registry/Logging.h"
#include "registry/RegistryText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPromise>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <memory>

namespace steward::registry {

namespace {

const QString dockerHubUrl = QStringLiteral("https://index.docker.io/v1/");
const QString authConfigOrigin = QStringLiteral("DOCKER_AUTH_CONFIG");
constexpr int helperTimeoutMs = 30000;

// Line and column of a JSON parse error, for a message a person can act on.
QString positionOf(const QByteArray &json, int offset)
{
    const QByteArray before = json.left(offset);
    const int line = int(before.count('\n')) + 1;
    const int column = int(offset - before.lastIndexOf('\n'));
    return RegistryText::tr("line %1, column %2").arg(line).arg(column);
}

struct HelperOutcome
{
    enum Kind
    {
        Ok,
        NotFound,
        Failed
    } kind = Failed;
    QByteArray output;
    Error error;
};

// Runs docker-credential-<helper> <action> with `input` on stdin; reports once, on the calling thread.
void runHelper(const QProcessEnvironment &env, const QString &helper, const QString &action, const QByteArray &input,
               const QString &origin, const std::function<void(const HelperOutcome &)> &done)
{
    const QString name = QStringLiteral("docker-credential-") + helper;
    const QStringList path = env.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QString program = QStandardPaths::findExecutable(name, path);
    if (program.isEmpty()) {
        done({HelperOutcome::Failed,
              {},
              Error{ErrorCode::NotFound,
                    RegistryText::tr(
                        "%1 names the credential helper \"%2\", but %3 is not on PATH; install it or remove it from "
                        "that file.")
                        .arg(origin, helper, name),
                    {}}});
        return;
    }
    auto *process = new QProcess;
    process->setProcessEnvironment(env);
    auto reported = std::make_shared<bool>(false);
    auto report = [process, reported, done](const HelperOutcome &outcome) {
        if (*reported)
            return;
        *reported = true;
        process->deleteLater();
        done(outcome);
    };
    QObject::connect(process, &QProcess::errorOccurred, process, [process, name, report](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart || e == QProcess::Crashed || e == QProcess::Timedout)
            report({HelperOutcome::Failed,
                    {},
                    Error{ErrorCode::Unsupported,
                          RegistryText::tr("The credential helper %1 failed: %2").arg(name, process->errorString()),
                          {}}});
    });
    QObject::connect(process, &QProcess::finished, process, [process, name, report](int code, QProcess::ExitStatus) {
        const QByteArray out = process->readAllStandardOutput();
        if (code == 0) {
            report({HelperOutcome::Ok, out, {}});
            return;
        }
        // The helper protocol reports errors on stdout with exit code 1; "not found" is a plain answer.
        const QString text = QString::fromUtf8(out).trimmed();
        if (text.contains(QLatin1String("credentials not found"), Qt::CaseInsensitive)) {
            report({HelperOutcome::NotFound, {}, {}});
            return;
        }
        report({HelperOutcome::Failed,
                {},
                Error{ErrorCode::Unauthorized,
                      RegistryText::tr("The credential helper %1 failed (exit code %2): %3")
                          .arg(name)
                          .arg(code)
                          .arg(text.isEmpty() ? QString::fromUtf8(process->readAllStandardError()).trimmed().left(200)
                                              : text.left(200)),
                      {}}});
    });
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, process, [process, name, report] {
        process->kill();
        report({HelperOutcome::Failed,
                {},
                Error{ErrorCode::Timeout,
                      RegistryText::tr("The credential helper %1 did not answer within 30 s.").arg(name),
                      {}}});
    });
    timer->start(helperTimeoutMs);
    process->start(program, {action});
    process->write(input);
    process->closeWriteChannel();
}

} // namespace

QString DockerConfig::normaliseRegistry(const QString &serverUrl)
{
    QString text = serverUrl.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QLatin1String("://")))
        text = QStringLiteral("https://") + text;
    const QUrl url(text);
    QString host = url.host().toLower();
    if (host.isEmpty())
        return {};
    if (host == QLatin1String("index.docker.io") || host == QLatin1String("registry-1.docker.io") ||
        host == QLatin1String("registry.hub.docker.com"))
        host = QStringLiteral("docker.io");
    if (url.port() > 0)
        host += QLatin1Char(':') + QString::number(url.port());
    return host;
}

QString DockerConfig::serverUrlFor(const QString &registry)
{
    const QString normalised = normaliseRegistry(registry);
    return normalised == QLatin1String("docker.io") ? dockerHubUrl : normalised;
}

QStringList DockerConfig::searchPaths(const QProcessEnvironment &env, const QString &dockerConfigDir)
{
    if (!dockerConfigDir.isEmpty())
        return {QDir(dockerConfigDir).filePath(QStringLiteral("config.json"))};
    const QString home = env.value(QStringLiteral("HOME"), QDir::homePath());
    QStringList paths;
    const QString dockerDir = env.value(QStringLiteral("DOCKER_CONFIG"));
    paths << (dockerDir.isEmpty() ? home + QStringLiteral("/.docker/config.json")
                                  : QDir(dockerDir).filePath(QStringLiteral("config.json")));
    if (env.contains(QStringLiteral("REGISTRY_AUTH_FILE")))
        paths << env.value(QStringLiteral("REGISTRY_AUTH_FILE"));
    if (env.contains(QStringLiteral("XDG_RUNTIME_DIR")))
        paths << env.value(QStringLiteral("XDG_RUNTIME_DIR")) + QStringLiteral("/containers/auth.json");
    const QString configHome = env.value(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    paths << configHome + QStringLiteral("/containers/auth.json");
    paths.removeDuplicates();
    return paths;
}

Result<DockerConfig::Layer> DockerConfig::parseLayer(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(ErrorCode::InvalidInput,
                    RegistryText::tr("%1 is not valid JSON (%2: %3); fix or move the file.")
                        .arg(origin, positionOf(json, error.offset),
                             error.error != QJsonParseError::NoError ? error.errorString()
                                                                     : RegistryText::tr("not an object")));
    }
    const QJsonObject root = doc.object();
    Layer layer;
    layer.origin = origin;
    layer.credsStore = root.value(QStringLiteral("credsStore")).toString();
    const QJsonObject helpers = root.value(QStringLiteral("credHelpers")).toObject();
    for (auto it = helpers.begin(); it != helpers.end(); ++it) {
        const QString registry = normaliseRegistry(it.key());
        if (registry.isEmpty() || it.value().toString().isEmpty())
            continue;
        layer.credHelpers.insert(registry, it.value().toString());
        layer.helperUrls.insert(registry, it.key());
    }
    const QJsonObject auths = root.value(QStringLiteral("auths")).toObject();
    for (auto it = auths.begin(); it != auths.end(); ++it) {
        const QString registry = normaliseRegistry(it.key());
        if (registry.isEmpty())
            continue;
        const QJsonObject auth = it.value().toObject();
        Entry entry;
        entry.serverUrl = it.key();
        entry.username = auth.value(QStringLiteral("username")).toString();
        entry.secret = auth.value(QStringLiteral("password")).toString();
        const QString encoded = auth.value(QStringLiteral("auth")).toString();
        if (!encoded.isEmpty()) {
            const QByteArray decoded = QByteArray::fromBase64(encoded.toLatin1());
            const qsizetype colon = decoded.indexOf(':');
            if (colon < 0) {
                return fail(ErrorCode::InvalidInput,
                            RegistryText::tr(
                                "%1: auths.\"%2\".auth does not decode to \"user:password\"; log in again with docker.")
                                .arg(origin, it.key()));
            }
            // docker trims NULs that some tools pad the password with.
            auto trimNul = [](QByteArray bytes) {
                while (bytes.endsWith('\0'))
                    bytes.chop(1);
                while (bytes.startsWith('\0'))
                    bytes.remove(0, 1);
                return bytes;
            };
            entry.username = QString::fromUtf8(trimNul(decoded.left(colon)));
            entry.secret = QString::fromUtf8(trimNul(decoded.mid(colon + 1)));
        }
        const QString identityToken = auth.value(QStringLiteral("identitytoken")).toString();
        if (!identityToken.isEmpty()) {
            entry.secret = identityToken;
            entry.identityToken = true;
        }
        if (!layer.auths.contains(registry) || !entry.secret.isEmpty())
            layer.auths.insert(registry, entry);
    }
    return layer;
}

Result<DockerConfig> DockerConfig::fromJson(const QByteArray &json, const QString &origin,
                                            const QProcessEnvironment &env)
{
    Result<Layer> layer = parseLayer(json, origin);
    if (!layer)
        return fail(layer.error());
    DockerConfig config;
    config.m_env = env;
    config.m_layers.append(*layer);
    return config;
}

Result<DockerConfig> DockerConfig::load()
{
    return load(QProcessEnvironment::systemEnvironment());
}

Result<DockerConfig> DockerConfig::load(const QProcessEnvironment &env, const QString &dockerConfigDir)
{
    DockerConfig config;
    config.m_env = env;
    if (dockerConfigDir.isEmpty() && env.contains(authConfigOrigin)) {
        Result<Layer> layer = parseLayer(env.value(authConfigOrigin).toUtf8(), authConfigOrigin);
        if (!layer)
            return fail(layer.error());
        config.m_layers.append(*layer);
    }
    for (const QString &path : searchPaths(env, dockerConfigDir)) {
        QFile file(path);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Storage, RegistryText::tr("Cannot read %1: %2").arg(path, file.errorString()));
        Result<Layer> layer = parseLayer(file.readAll(), path);
        if (!layer)
            return fail(layer.error());
        config.m_layers.append(*layer);
    }
    return config;
}

QStringList DockerConfig::origins() const
{
    QStringList all;
    for (const Layer &layer : m_layers)
        all << layer.origin;
    return all;
}

QString DockerConfig::helperFor(const QString &registry) const
{
    const QString key = normaliseRegistry(registry);
    for (const Layer &layer : m_layers) {
        if (layer.credHelpers.contains(key))
            return layer.credHelpers.value(key);
        if (!layer.credsStore.isEmpty())
            return layer.credsStore;
    }
    return {};
}

QFuture<Result<std::optional<Credential>>> DockerConfig::credentialFor(const QString &registry) const
{
    using Answer = Result<std::optional<Credential>>;
    struct Lookup
    {
        QList<Layer> layers;
        QProcessEnvironment env;
        QString registry;
        QPromise<Answer> promise;
        std::function<void(qsizetype)> step;
    };
    auto lookup = std::make_shared<Lookup>();
    lookup->layers = m_layers;
    lookup->env = m_env;
    lookup->registry = normaliseRegistry(registry);
    QFuture<Answer> future = lookup->promise.future();
    lookup->promise.start();

    auto finish = [](const std::shared_ptr<Lookup> &l, const Answer &answer) {
        l->promise.addResult(answer);
        l->promise.finish();
        l->step = nullptr; // breaks the shared_ptr cycle through the captured step
    };
    // Each layer in turn: its helper first (per-host credHelpers win over credsStore), then its own auths entry.
    std::weak_ptr<Lookup> weak = lookup;
    lookup->step = [weak, finish](qsizetype index) {
        std::shared_ptr<Lookup> l = weak.lock();
        if (!l)
            return;
        if (l->registry.isEmpty() || index >= l->layers.size()) {
            finish(l, std::optional<Credential>());
            return;
        }
        const Layer &layer = l->layers.at(index);
        auto fromAuths = [&layer, &l]() -> std::optional<Credential> {
            const auto it = layer.auths.constFind(l->registry);
            if (it == layer.auths.constEnd() || it->secret.isEmpty())
                return std::nullopt;
            return Credential{it->identityToken ? QStringLiteral("<token>") : it->username, it->secret};
        };
        const QString helper = layer.credHelpers.value(l->registry, layer.credsStore);
        if (helper.isEmpty()) {
            if (std::optional<Credential> found = fromAuths()) {
                finish(l, found);
                return;
            }
            l->step(index + 1);
            return;
        }
        QString serverUrl = layer.helperUrls.value(l->registry);
        if (serverUrl.isEmpty())
            serverUrl = layer.auths.contains(l->registry) ? layer.auths.value(l->registry).serverUrl
                                                          : serverUrlFor(l->registry);
        runHelper(l->env, helper, QStringLiteral("get"), serverUrl.toUtf8(), layer.origin,
                  [l, index, authsLogin = fromAuths(), finish](const HelperOutcome &outcome) {
                      if (outcome.kind == HelperOutcome::Failed) {
                          finish(l, fail(outcome.error));
                          return;
                      }
                      if (outcome.kind == HelperOutcome::Ok) {
                          const QJsonObject answer = QJsonDocument::fromJson(outcome.output).object();
                          const QString secret = answer.value(QStringLiteral("Secret")).toString();
                          if (!secret.isEmpty()) {
                              finish(l, Credential{answer.value(QStringLiteral("Username")).toString(), secret});
                              return;
                          }
                      }
                      if (authsLogin) {
                          finish(l, authsLogin);
                          return;
                      }
                      l->step(index + 1);
                  });
    };
    lookup->step(0);
    return future;
}

QFuture<Result<QList<DockerLoginCandidate>>> DockerConfig::candidates() const
{
    using Answer = Result<QList<DockerLoginCandidate>>;
    struct Listing
    {
        QList<Layer> layers;
        QProcessEnvironment env;
        QList<DockerLoginCandidate> found;
        QPromise<Answer> promise;
        std::function<void(qsizetype)> step;
    };
    auto listing = std::make_shared<Listing>();
    listing->layers = m_layers;
    listing->env = m_env;
    QFuture<Answer> future = listing->promise.future();
    listing->promise.start();

    auto add = [](Listing &l, const DockerLoginCandidate &candidate) {
        for (DockerLoginCandidate &known : l.found) {
            if (known.registry == candidate.registry) {
                if (known.username.isEmpty() && known.origin == candidate.origin)
                    known.username = candidate.username;
                return;
            }
        }
        l.found.append(candidate);
    };
    std::weak_ptr<Listing> weak = listing;
    listing->step = [weak, add](qsizetype index) {
        std::shared_ptr<Listing> l = weak.lock();
        if (!l)
            return;
        if (index >= l->layers.size()) {
            // A stable order, so that a person (or a script answering y/n) sees the same sequence every time.
            std::sort(
                l->found.begin(), l->found.end(),
                [](const DockerLoginCandidate &a, const DockerLoginCandidate &b) { return a.registry < b.registry; });
            l->promise.addResult(l->found);
            l->promise.finish();
            l->step = nullptr;
            return;
        }
        const Layer &layer = l->layers.at(index);
        for (auto it = layer.credHelpers.constBegin(); it != layer.credHelpers.constEnd(); ++it)
            add(*l, {it.key(), layer.helperUrls.value(it.key()), {}, it.value(), layer.origin});
        for (auto it = layer.auths.constBegin(); it != layer.auths.constEnd(); ++it) {
            const QString helper = layer.credHelpers.value(it.key(), layer.credsStore);
            add(*l, {it.key(), it->serverUrl, it->username, helper, layer.origin});
        }
        if (layer.credsStore.isEmpty()) {
            l->step(index + 1);
            return;
        }
        runHelper(l->env, layer.credsStore, QStringLiteral("list"), {}, layer.origin,
                  [l, index, add, helper = layer.credsStore, origin = layer.origin](const HelperOutcome &outcome) {
                      if (outcome.kind == HelperOutcome::Failed) {
                          // A broken default helper must not hide the logins the other layers list.
                          qCWarning(lcRegistry) << "docker credential helper list failed:" << outcome.error.toString();
                      } else if (outcome.kind == HelperOutcome::Ok) {
                          const QJsonObject listed = QJsonDocument::fromJson(outcome.output).object();
                          for (auto it = listed.begin(); it != listed.end(); ++it) {
                              const QString registry = normaliseRegistry(it.key());
                              if (!registry.isEmpty())
                                  add(*l, {registry, it.key(), it.value().toString(), helper, origin});
                          }
                      }
                      l->step(index + 1);
                  });
    };
    listing->step(0);
    return future;
}

} // namespace steward::registry
