// Seeds a registry with the demo images of scripts/demo: a few small images, several tags each, one
// multi-platform. Usage: steward_seed_registry http://127.0.0.1:PORT
#include "SeedImage.h"
#include "SyncHttp.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace steward::test;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        err << "usage: steward_seed_registry http://127.0.0.1:PORT\n";
        return 2;
    }
    const QUrl registry(args.at(1));

    struct Build
    {
        QString repository;
        QString date;
        QStringList tags;
        bool multiPlatform;
    };
    const QList<Build> builds{
        {QStringLiteral("kasm-demo/chrome"), QStringLiteral("2026-11-01"), {QStringLiteral("20261101-0400")}, false},
        {QStringLiteral("kasm-demo/chrome"), QStringLiteral("2026-11-15"), {QStringLiteral("20261115-0400")}, false},
        {QStringLiteral("kasm-demo/chrome"),
         QStringLiteral("2026-11-28"),
         {QStringLiteral("20261128-0400"), QStringLiteral("latest")},
         false},
        {QStringLiteral("kasm-demo/terminal"), QStringLiteral("2026-10-20"), {QStringLiteral("1.0")}, true},
        {QStringLiteral("kasm-demo/terminal"),
         QStringLiteral("2026-11-20"),
         {QStringLiteral("1.1"), QStringLiteral("latest")},
         true},
        {QStringLiteral("kasm-demo/office"),
         QStringLiteral("2026-11-10"),
         {QStringLiteral("20261110-0400"), QStringLiteral("latest")},
         false},
    };

    SyncHttp http;
    for (const Build &build : builds) {
        SeedOptions options;
        options.multiPlatform = build.multiPlatform;
        options.created = QDateTime(QDate::fromString(build.date, Qt::ISODate), QTime(4, 0), Qt::UTC);
        options.labels.insert(QStringLiteral("org.opencontainers.image.version"), build.tags.first());
        const QByteArray payload = (build.repository + QLatin1Char(' ') + build.date + QLatin1Char('\n')).toUtf8();
        for (const QString &tag : build.tags) {
            const SeededImage image = seedImage(http, registry, build.repository, tag, payload, options);
            if (!image.ok) {
                err << "seeding " << build.repository << ':' << tag << " failed: " << image.error << '\n';
                return 1;
            }
            out << build.repository << ':' << tag << ' ' << image.digest << '\n';
        }
    }
    return 0;
}
