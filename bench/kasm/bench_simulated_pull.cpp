// How fast the simulated deployment records agent pulls (the pull engine's hot path) in the profile's catalog:
// the one-agent save (CatalogSimulatedStorage::saveAgent) against saving the whole state each time, and the JSON
// file storage. Prints the median of several runs, in microseconds per pull, and the ratio.
#include "core/Clock.h"
#include "kasm/CatalogSimulatedStorage.h"
#include "kasm/DemoDataSet.h"
#include "kasm/SimulatedDeployment.h"
#include "store/Catalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace steward;

namespace {

// The catalog storage without its one-agent fast path: every change saves everything.
class WholeStateStorage final : public SimulatedStorage
{
public:
    explicit WholeStateStorage(std::shared_ptr<store::Catalog> catalog) : m_inner(std::move(catalog)) {}
    Result<SimulatedState> load() override { return m_inner.load(); }
    Status save(const SimulatedState &state) override { return m_inner.save(state); }
    QString location() const override { return m_inner.location(); }

private:
    CatalogSimulatedStorage m_inner;
};

enum class Kind
{
    AgentSave,
    WholeSave,
    JsonFile
};

double microsecondsPerPull(Kind kind, int pulls)
{
    QTemporaryDir dir;
    VirtualClock clock(QDateTime(QDate(2026, 11, 28), QTime(5, 0), Qt::UTC).toMSecsSinceEpoch());
    std::unique_ptr<SimulatedStorage> storage;
    if (kind == Kind::JsonFile) {
        storage = std::make_unique<JsonFileSimulatedStorage>(dir.filePath(QStringLiteral("sim.json")));
    } else {
        auto catalog = store::Catalog::open(dir.path());
        if (!catalog)
            qFatal("%s", qPrintable(catalog.error().toString()));
        if (kind == Kind::AgentSave)
            storage = std::make_unique<CatalogSimulatedStorage>(*catalog);
        else
            storage = std::make_unique<WholeStateStorage>(*catalog);
    }
    SimulatedDeployment deployment(std::move(storage), clock);
    if (!deployment.open(demoDataSet(QStringLiteral("127.0.0.1:5055"), clock.now())))
        qFatal("open failed");
    const QList<KasmAgent> agents = deployment.state().agents;
    QElapsedTimer timer;
    timer.start();
    for (int n = 0; n < pulls; ++n) {
        clock.advanceMs(1000);
        const QString reference = QStringLiteral("127.0.0.1:5055/kasm-demo/chrome:build-%1").arg(n % 40);
        const auto done =
            deployment.recordPull(agents.at(n % agents.size()).agentId, AgentImage{reference, {reference}, {}, {}, 1});
        if (!done.result())
            qFatal("%s", qPrintable(done.result().error().toString()));
    }
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
    QList<double> agentSave, wholeSave, jsonFile;
    for (int run = 0; run < runs; ++run) {
        agentSave << microsecondsPerPull(Kind::AgentSave, pulls);
        wholeSave << microsecondsPerPull(Kind::WholeSave, pulls);
        jsonFile << microsecondsPerPull(Kind::JsonFile, pulls);
    }
    const double agent = median(agentSave), whole = median(wholeSave), json = median(jsonFile);
    out << "recordPull, " << pulls << " pulls over 12 agents, median of " << runs << " runs (us per pull)\n";
    out << "  catalog, one-agent save:   " << QString::number(agent, 'f', 1) << '\n';
    out << "  catalog, whole-state save: " << QString::number(whole, 'f', 1) << "  (x"
        << QString::number(whole / agent, 'f', 1) << " the one-agent save)\n";
    out << "  JSON file:                 " << QString::number(json, 'f', 1) << "  (x"
        << QString::number(json / agent, 'f', 1) << ")\n";
    return 0;
}
