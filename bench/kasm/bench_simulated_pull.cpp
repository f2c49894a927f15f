// How fast the simulated deployment records agent pulls (the pull engine's hot path) in the profile's catalog:
// the one-agent update (CatalogSimulatedStorage::updateAgent) against updating the whole state each time, the JSON file
// storage, and memory (no storage work: what the worker thread's round trip itself costs). The deployment does its
// storage work on a worker thread and answers on this thread's event loop, so each storage is timed two ways:
// one call at a time, each awaited before the next (the latency a caller sees), and all calls made at once, then
// the last awaited (pipelined). Prints the median of several runs, in microseconds per pull.
#include "core/Clock.h"
#include "kasm/CatalogSimulatedStorage.h"
#include "kasm/DemoDataSet.h"
#include "kasm/SimulatedDeployment.h"
#include "store/Catalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace steward;

namespace {

// The catalog storage without its one-agent fast path: every change reads the whole state and writes what changed.
class WholeStateStorage final : public kasm::SimulatedStorage
{
public:
    explicit WholeStateStorage(QString profileDir) : m_inner(std::move(profileDir)) {}
    Result<kasm::SimulatedState> load() override { return m_inner.load(); }
    Status save(const kasm::SimulatedState &state) override { return m_inner.save(state); }
    Result<kasm::SimulatedState> update(const kasm::SimulatedChange &change) override { return m_inner.update(change); }
    QString location() const override { return m_inner.location(); }
    void releaseThread() override { m_inner.releaseThread(); }

private:
    kasm::CatalogSimulatedStorage m_inner;
};

enum class Kind
{
    AgentSave,
    WholeSave,
    JsonFile,
    Memory
};

enum class Waiting
{
    EachCall,
    LastCall
};

// Runs this thread's event loop until `future` finishes: how a caller of the deployment waits.
template<typename T>
T await(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        future.then(&loop, [&loop](const T &) { loop.quit(); });
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

double microsecondsPerPull(Kind kind, Waiting waiting, int pulls)
{
    QTemporaryDir dir;
    VirtualClock clock(QDateTime(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC).toMSecsSinceEpoch());
    std::unique_ptr<kasm::SimulatedStorage> storage;
    switch (kind) {
    case Kind::AgentSave:
        storage = std::make_unique<kasm::CatalogSimulatedStorage>(dir.path());
        break;
    case Kind::WholeSave:
        storage = std::make_unique<WholeStateStorage>(dir.path());
        break;
    case Kind::JsonFile:
        storage = std::make_unique<kasm::JsonFileSimulatedStorage>(dir.filePath(QStringLiteral("sim.json")));
        break;
    case Kind::Memory:
        storage = std::make_unique<kasm::InMemorySimulatedStorage>();
        break;
    }
    kasm::SimulatedDeployment deployment(std::move(storage), clock);
    if (Status opened = await(deployment.open(kasm::demoDataSet(QStringLiteral("127.0.0.1:5055"), clock.now())));
        !opened)
        qFatal("%s", qPrintable(opened.error().toString()));
    const QList<KasmAgent> agents = deployment.state().agents;
    QElapsedTimer timer;
    timer.start();
    QFuture<Result<KasmAgent>> last;
    for (int n = 0; n < pulls; ++n) {
        clock.advanceMs(1000);
        const QString reference = QStringLiteral("127.0.0.1:5055/kasm-demo/chrome:build-%1").arg(n % 40);
        last = deployment.recordPull(agents.at(n % agents.size()).agentId,
                                     AgentImage{reference, {reference}, {}, {}, 1, {}});
        if (waiting == Waiting::EachCall) {
            if (const Result<KasmAgent> done = await(last); !done)
                qFatal("%s", qPrintable(done.error().toString()));
        }
    }
    if (const Result<KasmAgent> done = await(last); !done)
        qFatal("%s", qPrintable(done.error().toString()));
    return double(timer.nsecsElapsed()) / 1000.0 / pulls;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runs = args.size() > 1 ? args.at(1).toInt() : 5;
    const int pulls = args.size() > 2 ? args.at(2).toInt() : 300;
    QTextStream out(stdout);
    const QList<std::pair<Kind, QString>> kinds{{Kind::AgentSave, QStringLiteral("catalog, one-agent save:  ")},
                                                {Kind::WholeSave, QStringLiteral("catalog, whole-state save:")},
                                                {Kind::JsonFile, QStringLiteral("JSON file:                ")},
                                                {Kind::Memory, QStringLiteral("memory (no storage work): ")}};
    QList<QList<double>> each(kinds.size()), pipelined(kinds.size());
    for (int run = 0; run < runs; ++run) {
        for (qsizetype k = 0; k < kinds.size(); ++k) {
            each[k] << microsecondsPerPull(kinds.at(k).first, Waiting::EachCall, pulls);
            pipelined[k] << microsecondsPerPull(kinds.at(k).first, Waiting::LastCall, pulls);
        }
    }
    out << "recordPull, " << pulls << " pulls over 12 agents, median of " << runs
        << " runs (us per pull): each awaited / all made at once\n";
    const double agent = median(each.first());
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        const double awaited = median(each.at(k));
        out << "  " << kinds.at(k).second << ' ' << QString::number(awaited, 'f', 1) << " / "
            << QString::number(median(pipelined.at(k)), 'f', 1);
        if (k > 0 && kinds.at(k).first != Kind::Memory)
            out << "  (x" << QString::number(awaited / agent, 'f', 1) << " the one-agent save)";
        out << '\n';
    }
    return 0;
}
