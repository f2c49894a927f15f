// The desk at the scale: AGENTS agents x IMAGES images (default 10,000 x 500), the fleet running at x3600 on
// its own thread against a real registry (Debian's docker-registry, started here), its batches applied to the
// matrix, the event log and the quota model, with the matrix shown in a table view through the cell delegate. A
// GUI-thread watchdog (a 5 ms timer) records every gap between its ticks: a gap is the longest the GUI thread could
// not answer. Reports the worst gap, the 99th percentile, and the time each batch took to apply.
// TAGS (default 1) spreads the images over that many tags: with 1 they are one reference, asked about once per tick.
// Usage: bench_quotadesk [AGENTS] [IMAGES] [SECONDS] [TAGS]   (run with QT_QPA_PLATFORM=offscreen, or under Xvfb)
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "SyncHttp.h"
#include "core/WorkerThread.h"
#include "gui/agents/AgentCellDelegate.h"
#include "guimodels/agents/AgentMatrixModel.h"
#include "guimodels/agents/FleetEventModel.h"
#include "guimodels/registries/QuotaTableModel.h"
#include "pull/FleetRunner.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace steward;
using namespace steward::gui;
using namespace steward::pull;
using namespace steward::test;

namespace {

std::shared_ptr<FleetPlan> benchPlan(const QString &host, int agents, int images, int tags)
{
    auto plan = std::make_shared<FleetPlan>();
    plan->scenario.durationS = 3153600000LL;
    plan->scenario.registries = {RegistrySpec{host, RateLimitPolicy{100000, 21600}, std::nullopt}};
    for (int a = 0; a < agents; ++a) {
        plan->scenario.agents.append(
            AgentGroup{1, QStringLiteral("agent-%1").arg(a), QStringLiteral("zone-%1").arg(a % 3),
                       QStringLiteral("nat-%1").arg(a % 10), QStringLiteral("amd64"), 10000000});
        plan->agentIds << QStringLiteral("agent-%1").arg(a);
        plan->held << QHash<QString, HeldImage>{};
    }
    for (int i = 0; i < images; ++i) {
        ImageGroup image;
        image.registry = host;
        image.uncompressedSizeMb = 1;
        plan->scenario.images.append(image);
        plan->imageIds << QStringLiteral("image-%1").arg(i);
        plan->references << host + QStringLiteral("/bench/app:%1").arg(i % tags + 1);
    }
    return plan;
}

// Times every event the GUI thread dispatches, so that a long gap can be told apart from the machine's load: the
// longest dispatch, and what received it.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        // Only outermost dispatches: a nested event loop would count everything it ran.
        if (!measuring || depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++depth;
        QElapsedTimer t;
        t.start();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 ms = t.elapsed();
        --depth;
        if (ms > longestMs) {
            longestMs = ms;
            longestWhat = QString::fromLatin1(receiver->metaObject()->className()) + QStringLiteral(" event ") +
                          QString::number(int(event->type()));
        }
        return handled;
    }
    bool measuring = false;
    int depth = 0;
    qint64 longestMs = 0;
    QString longestWhat;
};

} // namespace

int main(int argc, char *argv[])
{
    TimedApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int agents = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int images = args.size() > 2 ? args.at(2).toInt() : 500;
    const int seconds = args.size() > 3 ? args.at(3).toInt() : 20;
    const int tags = args.size() > 4 ? std::max(1, args.at(4).toInt()) : 1;
    QTextStream out(stdout);

    RegistryFixture registry;
    if (!registry.start()) {
        out << "no registry: " << registry.errorString() << Qt::endl;
        return 1;
    }
    SyncHttp http;
    for (int t = 1; t <= tags; ++t) {
        if (!seedImage(http, registry.baseUrl(), QStringLiteral("bench/app"), QString::number(t), "b\n").ok)
            return 1;
    }

    AgentMatrixModel matrix;
    FleetEventModel events;
    QuotaTableModel quotas;
    QTableView view;
    view.setModel(&matrix);
    view.setItemDelegate(new AgentCellDelegate(&view));
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(20);
    view.horizontalHeader()->setDefaultSectionSize(110);
    view.resize(1280, 800);
    view.show();

    QElapsedTimer setup;
    setup.start();
    const std::shared_ptr<const FleetPlan> plan = benchPlan(registry.hostPort(), agents, images, tags);
    matrix.setPlan(plan);
    const qint64 modelSetupMs = setup.elapsed();

    // The runner on its own named thread, as SimulatedFleet owns it.
    auto *runner = new FleetRunner;
    WorkerThread thread(QStringLiteral("SimFleet"), runner);
    std::vector<qint64> applyUs;
    qint64 changes = 0;
    QObject::connect(runner, &FleetRunner::batch, &view, [&](const FleetBatch &batch) {
        QElapsedTimer t;
        t.start();
        matrix.applyBatch(batch);
        events.applyBatch(batch);
        quotas.applyBatch(batch);
        applyUs.push_back(t.nsecsElapsed() / 1000);
        changes += batch.changes.size();
    });
    FleetRunOptions options;
    options.speed = 3600;
    thread.post([runner, options, plan] {
        runner->configure(options);
        runner->setPlan(plan);
        runner->run();
    });

    // The watchdog: how long the GUI thread went without running a 5 ms timer.
    std::vector<qint64> gapsMs;
    QElapsedTimer since;
    since.start();
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    QObject::connect(&watchdog, &QTimer::timeout, &view, [&] { gapsMs.push_back(since.restart()); });
    watchdog.start(5);
    app.measuring = true;
    QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    QApplication::exec();
    watchdog.stop();
    thread.post([runner] { runner->pause(); });

    std::sort(gapsMs.begin(), gapsMs.end());
    std::sort(applyUs.begin(), applyUs.end());
    auto pct = [](const auto &v, double p) { return v.empty() ? 0 : v[size_t(double(v.size() - 1) * p)]; };
    out << agents << " agents x " << images << " images at x3600 for " << seconds << " s: simulated "
        << double(matrix.simulatedMs()) / 3600000.0 << " h, " << double(matrix.simulatedMs()) / 3600000.0 / seconds
        << " of x3600 kept; model set up in " << modelSetupMs << " ms\n"
        << "  batches " << applyUs.size() << ", changes " << changes << ", apply per batch median "
        << pct(applyUs, 0.5) / 1000.0 << " ms, max " << (applyUs.empty() ? 0 : applyUs.back()) / 1000.0 << " ms\n"
        << "  GUI-thread gaps (5 ms timer; the view repaints on its model's changes): " << gapsMs.size()
        << " ticks, median " << pct(gapsMs, 0.5) << " ms, p99 " << pct(gapsMs, 0.99) << " ms, max "
        << (gapsMs.empty() ? 0 : gapsMs.back())
        << " ms; over 50 ms: " << std::count_if(gapsMs.begin(), gapsMs.end(), [](qint64 g) { return g > 50; })
        << "\n  longest single event handled on the GUI thread: " << app.longestMs << " ms (" << app.longestWhat << ")"
        << Qt::endl;
    return 0;
}
