// Registry benchmarks for the closing note (figures, never assertions):
//   1. `stewardctl tags --digests` over N tags vs a loop of `skopeo inspect --format '{{.Digest}}'`, and vs the
//      request floor (one list + one HEAD per tag, sent by a bare QNetworkAccessManager at the same concurrency).
//   2. Same-repository retag: manifest GETs/PUTs and blob bytes, from the registry's access log.
//   3. Copy of a ~50 MB image to another repository on the same registry: blob bytes through the client.
// Usage: bench_registry STEWARDCTL [--tags N] [--runs R] [--skopeo-runs S] [--blob-mb M]
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "SyncHttp.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace steward::test;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

int run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    // Wait in an event loop, not waitForFinished(): the registry fixture's log pipe must keep draining, or the
    // registry blocks on a full pipe mid-benchmark.
    QProcess process;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    process.start(program, args);
    if (process.waitForStarted())
        loop.exec();
    if (out)
        *out = process.readAllStandardOutput();
    if (process.exitCode() != 0)
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
    return process.exitCode();
}

// The floor: the same list + HEADs with a bare QNetworkAccessManager, `parallel` in flight (stewardctl's default
// per-host limit), no parsing beyond the list.
double floorMs(const QUrl &base, const QString &repository, const QStringList &tags, int parallel)
{
    QNetworkAccessManager network;
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    {
        QNetworkReply *list = network.get(QNetworkRequest(
            QUrl(base.toString() + QStringLiteral("/v2/") + repository + QStringLiteral("/tags/list"))));
        QObject::connect(list, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        list->deleteLater();
    }
    qsizetype next = 0;
    qsizetype done = 0;
    std::function<void()> startOne = [&] {
        if (next >= tags.size())
            return;
        QNetworkRequest request(QUrl(base.toString() + QStringLiteral("/v2/") + repository +
                                     QStringLiteral("/manifests/") + tags.at(next++)));
        request.setRawHeader("Accept", "application/vnd.oci.image.manifest.v1+json");
        QNetworkReply *reply = network.head(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->deleteLater();
            if (++done == tags.size())
                loop.quit();
            else
                startOne();
        });
    };
    for (int i = 0; i < parallel; ++i)
        startOne();
    loop.exec();
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("stewardctl"), QStringLiteral("path to stewardctl"));
    parser.addOption({QStringLiteral("tags"), QStringLiteral("tags in the repository"), QStringLiteral("N"),
                      QStringLiteral("2000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("runs of stewardctl and the floor"), QStringLiteral("R"),
                      QStringLiteral("5")});
    parser.addOption({QStringLiteral("skopeo-runs"), QStringLiteral("runs of the skopeo loop"), QStringLiteral("S"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("blob-mb"), QStringLiteral("size of the copied image's big layer"),
                      QStringLiteral("M"), QStringLiteral("50")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString stewardctl = parser.positionalArguments().first();
    const int tagCount = parser.value(QStringLiteral("tags")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int skopeoRuns = parser.value(QStringLiteral("skopeo-runs")).toInt();
    const int blobMb = parser.value(QStringLiteral("blob-mb")).toInt();

    RegistryFixture registry;
    if (!registry.start()) {
        std::fprintf(stderr, "registry: %s\n", qPrintable(registry.errorString()));
        return 1;
    }
    SyncHttp http;
    const QString repository = QStringLiteral("bench/app");
    const SeededImage image = seedImage(http, registry.baseUrl(), repository, QStringLiteral("t0000"), "bench\n");
    if (!image.ok) {
        std::fprintf(stderr, "seed: %s\n", qPrintable(image.error));
        return 1;
    }
    QStringList tags{QStringLiteral("t0000")};
    for (int i = 1; i < tagCount; ++i) {
        const QString tag = QStringLiteral("t%1").arg(i, 4, 10, QLatin1Char('0'));
        const HttpReply put = http.send("PUT",
                                        QUrl(registry.baseUrl().toString() + QStringLiteral("/v2/") + repository +
                                             QStringLiteral("/manifests/") + tag),
                                        image.manifestBytes, {{"Content-Type", image.mediaType.toLatin1()}});
        if (put.status != 201) {
            std::fprintf(stderr, "tagging %s: HTTP %d\n", qPrintable(tag), put.status);
            return 1;
        }
        tags << tag;
    }
    const QString ref = registry.hostPort() + QLatin1Char('/') + repository;
    say(QStringLiteral("registry %1, %2 tags on one digest").arg(ref).arg(tags.size()));

    // 1. tags --digests
    QList<double> ours;
    qsizetype requestsPerRun = 0;
    for (int i = 0; i < runs; ++i) {
        registry.clearLogs();
        QElapsedTimer timer;
        timer.start();
        QByteArray out;
        if (run(stewardctl, {QStringLiteral("tags"), QStringLiteral("--digests"), ref}, &out) != 0)
            return 1;
        ours << double(timer.nsecsElapsed()) / 1e6;
        if (out.count('\n') != tags.size()) {
            std::fprintf(stderr, "stewardctl printed %lld lines\n", qlonglong(out.count('\n')));
            return 1;
        }
        requestsPerRun = registry.accessLog().size();
    }
    QList<double> floors;
    for (int i = 0; i < runs; ++i)
        floors << floorMs(registry.baseUrl(), repository, tags, 6);
    const qsizetype floorRequests = tags.size() + 1 + 1; // HEADs, list, one /v2/ ping (auth discovery)
    say(QStringLiteral("stewardctl tags --digests: median %1 ms over %2 runs (%3)")
            .arg(median(ours), 0, 'f', 1)
            .arg(runs)
            .arg([&] {
                QStringList s;
                for (double v : ours)
                    s << QString::number(v, 'f', 0);
                return s.join(QLatin1Char(' '));
            }()));
    say(QStringLiteral("  requests per run (access log): %1; floor %2 (list + %3 HEADs + ping): ratio %4")
            .arg(requestsPerRun)
            .arg(floorRequests)
            .arg(tags.size())
            .arg(double(requestsPerRun) / double(floorRequests), 0, 'f', 3));
    say(QStringLiteral(
            "  floor (bare QNetworkAccessManager, in-process, 6 parallel): median %1 ms; stewardctl / floor = %2")
            .arg(median(floors), 0, 'f', 1)
            .arg(median(ours) / median(floors), 0, 'f', 2));

    QList<double> skopeoTimes;
    for (int i = 0; i < skopeoRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        for (const QString &tag : tags) {
            QByteArray out;
            if (run(QStringLiteral("skopeo"),
                    {QStringLiteral("inspect"), QStringLiteral("--tls-verify=false"), QStringLiteral("--format"),
                     QStringLiteral("{{.Digest}}"), QStringLiteral("docker://") + ref + QLatin1Char(':') + tag},
                    &out) != 0)
                return 1;
            if (out.trimmed() != image.digest.toLatin1()) {
                std::fprintf(stderr, "skopeo disagrees on %s\n", qPrintable(tag));
                return 1;
            }
        }
        skopeoTimes << double(timer.nsecsElapsed()) / 1e6;
        say(QStringLiteral("  skopeo loop run %1: %2 ms").arg(i + 1).arg(skopeoTimes.last(), 0, 'f', 0));
    }
    if (!skopeoTimes.isEmpty())
        say(QStringLiteral("skopeo inspect loop: median %1 ms over %2 runs; stewardctl is %3x faster")
                .arg(median(skopeoTimes), 0, 'f', 0)
                .arg(skopeoRuns)
                .arg(median(skopeoTimes) / median(ours), 0, 'f', 1));

    // 2. retag in the same repository
    registry.clearLogs();
    if (run(stewardctl, {QStringLiteral("tag"), ref + QStringLiteral(":t0000"), QStringLiteral("promoted")}) != 0)
        return 1;
    {
        int gets = 0, puts = 0, other = 0;
        qint64 blobBytes = 0;
        for (const AccessLogEntry &entry : registry.accessLog()) {
            if (entry.path.contains(QLatin1String("/manifests/")) && entry.method == QLatin1String("GET"))
                ++gets;
            else if (entry.path.contains(QLatin1String("/manifests/")) && entry.method == QLatin1String("PUT"))
                ++puts;
            else if (entry.path != QLatin1String("/v2/"))
                ++other;
            if (entry.path.contains(QLatin1String("/blobs/")))
                blobBytes += entry.bytes;
        }
        say(QStringLiteral("retag: %1 manifest GET, %2 manifest PUT, %3 other non-ping requests, %4 blob bytes")
                .arg(gets)
                .arg(puts)
                .arg(other)
                .arg(blobBytes));
    }

    // 3. copy of a big image to another repository on the same registry
    SeedOptions big;
    big.extraLayerBytes = qint64(blobMb) * 1024 * 1024;
    const SeededImage bigImage =
        seedImage(http, registry.baseUrl(), QStringLiteral("bench/big"), QStringLiteral("1"), "big\n", big);
    if (!bigImage.ok) {
        std::fprintf(stderr, "seed big: %s\n", qPrintable(bigImage.error));
        return 1;
    }
    registry.clearLogs();
    QElapsedTimer timer;
    timer.start();
    QByteArray copyOut;
    if (run(stewardctl,
            {QStringLiteral("copy"), registry.hostPort() + QStringLiteral("/bench/big:1"),
             registry.hostPort() + QStringLiteral("/bench/big-promoted:1")},
            &copyOut) != 0)
        return 1;
    const double copyMs = double(timer.nsecsElapsed()) / 1e6;
    qint64 blobGetBytes = 0;
    int uploads = 0;
    for (const AccessLogEntry &entry : registry.accessLog()) {
        if (entry.method == QLatin1String("GET") && entry.path.contains(QLatin1String("/blobs/")))
            blobGetBytes += entry.bytes;
        if ((entry.method == QLatin1String("PUT") || entry.method == QLatin1String("PATCH")) &&
            entry.path.contains(QLatin1String("/blobs/uploads/")))
            ++uploads;
    }
    say(QStringLiteral(
            "copy of a %1-byte image within the registry: %2 ms, %3 blob bytes downloaded, %4 blob uploads; %5")
            .arg(bigImage.blobBytes)
            .arg(copyMs, 0, 'f', 0)
            .arg(blobGetBytes)
            .arg(uploads)
            .arg(QString::fromUtf8(copyOut).simplified()));

    // 3b. the same image to another registry: streamed, verified, uploaded.
    RegistryFixture other;
    if (!other.start()) {
        std::fprintf(stderr, "second registry: %s\n", qPrintable(other.errorString()));
        return 1;
    }
    registry.clearLogs();
    timer.restart();
    QByteArray crossOut;
    if (run(stewardctl,
            {QStringLiteral("copy"), registry.hostPort() + QStringLiteral("/bench/big:1"),
             other.hostPort() + QStringLiteral("/mirror/big:1")},
            &crossOut) != 0)
        return 1;
    const double crossMs = double(timer.nsecsElapsed()) / 1e6;
    qint64 served = 0;
    for (const AccessLogEntry &entry : registry.accessLog()) {
        if (entry.method == QLatin1String("GET") && entry.path.contains(QLatin1String("/blobs/")))
            served += entry.bytes;
    }
    say(QStringLiteral(
            "copy of the same image to another registry: %1 ms (%2 MB/s), %3 blob bytes served by the source; %4")
            .arg(crossMs, 0, 'f', 0)
            .arg(double(bigImage.blobBytes) / 1e6 / (crossMs / 1000), 0, 'f', 0)
            .arg(served)
            .arg(QString::fromUtf8(crossOut).simplified()));
    return 0;
}
