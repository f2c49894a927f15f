#pragma once

#include "core/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace steward::kasm {
class Deployment;
class SimulatedDeployment;
} // namespace steward::kasm

namespace steward::pull {
class SimulatedFleet;
} // namespace steward::pull

namespace steward::registry {
class RegistryClient;
class StaticCredentialProvider;
} // namespace steward::registry

namespace steward::store {
class CatalogWorker;
}

namespace steward::cli {

// Exit codes: scripts branch on these.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1, // the operation failed; one line on stderr says why
    ExitUsage = 2,   // the command line was wrong
};

// What every command gets: parsed options, its positional arguments, the global settings, and output helpers.
class CommandContext
{
public:
    CommandContext(const QCommandLineParser &parser, QStringList positional, QTextStream &out, QTextStream &err);

    const QCommandLineParser &parser() const { return m_parser; }
    const QStringList &positional() const { return m_positional; }
    bool json() const;
    QString profileDir() const;             // --profile DIR, or empty for the default profile
    QString dockerConfigDir() const;        // --docker-config DIR, or empty
    QString caFile() const;                 // --ca-file FILE, or empty
    QStringList insecureRegistries() const; // --insecure-registry HOST, repeatable
    bool kasmFromEnvironment() const;       // --kasm-env

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Prints rows as columns on stdout, each as wide as its widest cell; the first row is usually the header.
    void printTable(const QList<QStringList> &rows);
    // Prints a JSON document (object or array) on stdout, indented.
    void printJson(const QJsonValue &value);
    // Prints "stewardctl: <message>" on stderr and returns ExitFailure.
    int fail(const Error &error);
    // Prints a usage error for this command and returns ExitUsage.
    int usage(const QString &message);
    // Reads all of stdin (for --password-stdin and friends); secrets never come from argv.
    static QByteArray readStdin();
    // A secret from stdin without the line break a shell pipeline adds (as docker login --password-stdin does).
    static QString readSecretFromStdin();
    // --ca-file for every registry, --insecure-registry for the hosts it names; the CA file is checked before anything
    // is sent, since an unusable one would otherwise look like an untrusted registry.
    Status applyTlsOptions(registry::RegistryClient &client) const;

private:
    const QCommandLineParser &m_parser;
    QStringList m_positional;
    QTextStream &m_out;
    QTextStream &m_err;
};

struct Command
{
    QString name;     // one or two words: "tags", "kasm images"
    QString synopsis; // arguments after the name: "REF [--digests]"
    QString summary;  // one line for the command list
    QList<QCommandLineOption> options;
    int minArgs = 0;
    int maxArgs = 0; // -1: unlimited
    std::function<int(CommandContext &)> run;
};

// Each area of the CLI contributes its commands from its own file.
QList<Command> registryCommands();
QList<Command> storeCommands();
QList<Command> kasmCommands();
QList<Command> pullCommands();
QList<Command> workflowCommands();
QList<Command> promotionCommands();

// Shared set-up for commands in other files: a registry client for the first `refCount` positional references, with
// the TLS options and logins the registry commands use; the profile's deployment as the kasm commands open it.
Result<std::shared_ptr<registry::RegistryClient>> openRegistryClient(CommandContext &context, qsizetype refCount);
// The same for the given registry hosts (host[:port]), when the references come from elsewhere (a managed image).
Result<std::shared_ptr<registry::RegistryClient>> openRegistryClientFor(CommandContext &context,
                                                                        const QStringList &registries);
// The profile's catalog on its worker thread, opened (and migrated) for a command that writes.
Result<std::shared_ptr<store::CatalogWorker>> openCatalogWorker(CommandContext &context);
QCommandLineOption demoRegistryCommandOption();
// The logins the registry commands use for these registries (host[:port]): the profile's, then docker's config.
Result<std::shared_ptr<registry::StaticCredentialProvider>> registryLogins(CommandContext &context,
                                                                           const QStringList &registries);
Result<std::shared_ptr<kasm::Deployment>> openCommandDeployment(CommandContext &context);
// The simulated deployment's agents pulling at `speed` (simulated ms per real ms), with the registry options and
// logins `fleet run` uses, started; what they pull is written to the deployment as they go.
std::unique_ptr<pull::SimulatedFleet>
startCommandFleet(CommandContext &context, const std::shared_ptr<kasm::SimulatedDeployment> &deployment, double speed);

// Runs the event loop until `future` finishes; the CLI's only way to wait on the asynchronous core.
template<typename T>
T await(QFuture<T> future)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

} // namespace steward::cli
