// How long the real app takes from launch to showing a deployment of IMAGES images (default 5,000; the bar is
// 1 s), against the same app launched on the demo's 5 images in the same run. Each run starts `imagesteward` as its
// own process on a fresh profile whose simulated deployment was written beforehand, and stops the clock when the
// window logs (steward.gui.debug) that it has shown the snapshot: the images table, the groups, the details and the
// status bar filled. The demo registry address points at a closed port: the figure is the window's, not the network's.
// Usage: bench_launch [RUNS] [IMAGES]   (offscreen by default; the median of RUNS is reported)
//        bench_launch --write-profile DIR [IMAGES]   (only writes the profile, to profile the app on it by hand:
//        imagesteward --profile DIR --demo-registry 127.0.0.1:9)
#include "kasm/CatalogSimulatedStorage.h"
#include "kasm/DemoDataSet.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace steward;
using namespace steward::kasm;

namespace {

const QString kClosedRegistry = QStringLiteral("127.0.0.1:9");

// The demo's deployment with its images repeated until there are `count`: every copy its own id, name and reference,
// each in the All Users group, as an administrator's large library would be.
SimulatedState stateWith(int count)
{
    SimulatedState state = demoDataSet(kClosedRegistry);
    const KasmImage pattern = state.images.first();
    const auto allUsers = std::find_if(state.groups.cbegin(), state.groups.cend(),
                                       [](const KasmGroup &g) { return g.name == QLatin1String("All Users"); });
    for (int i = static_cast<int>(state.images.size()); i < count; ++i) {
        KasmImage image = pattern;
        image.imageId = QStringLiteral("bench%1").arg(i, 28, 10, QLatin1Char('0'));
        image.friendlyName = QStringLiteral("Workspace %1").arg(i);
        image.name = kClosedRegistry + QStringLiteral("/bench/workspace-%1:20261201-0400").arg(i);
        state.images << image;
        state.groupImageIds[allUsers->groupId] << image.imageId;
    }
    return state;
}

bool writeProfile(const QString &profileDir, const SimulatedState &state, QTextStream &err)
{
    CatalogSimulatedStorage storage(profileDir);
    const Status saved = storage.save(state);
    storage.releaseThread();
    if (!saved)
        err << "bench_launch: cannot write the profile: " << saved.error().toString() << '\n';
    return bool(saved);
}

// Milliseconds from QProcess::start() to the window's "snapshot shown: N images" line; -1 if it never came.
qint64 launchOnce(const QString &app, const QString &profileDir, int images, QTextStream &err)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("steward.gui.debug=true"));

    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels); // the log goes to stderr
    const QByteArray wanted = QByteArrayLiteral("snapshot shown: ") + QByteArray::number(images) + " images";
    QByteArray seen;
    QElapsedTimer clock;
    clock.start();
    process.start(app, {QStringLiteral("--profile"), profileDir, QStringLiteral("--demo-registry"), kClosedRegistry});
    qint64 elapsed = -1;
    while (elapsed < 0 && clock.elapsed() < 30000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        seen += process.readAll();
        if (seen.contains(wanted))
            elapsed = clock.elapsed();
    }
    if (elapsed < 0)
        err << "bench_launch: no \"" << wanted << "\" within 30 s; the app said:\n" << seen << '\n';
    process.terminate();
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
    }
    return elapsed;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 2 && args.at(1) == QLatin1String("--write-profile"))
        return writeProfile(args.at(2), stateWith(args.size() > 3 ? args.at(3).toInt() : 5000), err) ? 0 : 1;
    const int runs = args.size() > 1 ? args.at(1).toInt() : 5;
    const int images = args.size() > 2 ? args.at(2).toInt() : 5000;
    const QString binary = QStringLiteral(STEWARD_APP_BINARY);

    QTemporaryDir scratch;
    const QString large = scratch.filePath(QStringLiteral("large"));
    const QString demo = scratch.filePath(QStringLiteral("demo"));
    const SimulatedState demoState = demoDataSet(kClosedRegistry);
    if (!writeProfile(large, stateWith(images), err) || !writeProfile(demo, demoState, err))
        return 1;

    QList<qint64> largeTimes;
    QList<qint64> demoTimes;
    for (int run = 0; run < runs; ++run) {
        // Alternated, so that the machine's load falls on both alike.
        const qint64 l = launchOnce(binary, large, images, err);
        const qint64 d = launchOnce(binary, demo, static_cast<int>(demoState.images.size()), err);
        if (l < 0 || d < 0)
            return 1;
        largeTimes << l;
        demoTimes << d;
        out << "run " << run + 1 << ": " << images << " images " << l << " ms, " << demoState.images.size()
            << " images " << d << " ms\n";
        out.flush();
    }
    out << "median of " << runs << ": " << images << " images shown " << median(largeTimes) << " ms from launch ("
        << "bar 1000 ms); the demo's " << demoState.images.size() << " images " << median(demoTimes) << " ms\n";
    return 0;
}
