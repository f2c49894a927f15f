// A second process for tst_catalog: crashes in the middle of a migration, writes audit rows concurrently, or keeps
// the catalog open while the test tries to restore a backup.
#include "store/Catalog.h"
#include "store/CatalogQueries.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <unistd.h>

using namespace steward;
using namespace steward::store;

namespace {

// Version 3 applied, then the process dies before the transaction commits: what a power cut would do.
Status applyThenDie(QSqlDatabase &db)
{
    if (Status applied = migrations().at(2).apply(db); !applied)
        return applied;
    ::_exit(3);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() >= 3 && args.at(1) == QLatin1String("crash-mid-migration")) {
        CatalogOptions options;
        options.profileDir = args.at(2);
        options.migrations = {migrations().at(0), migrations().at(1), {3, QStringLiteral("dies"), &applyThenDie}};
        Result<std::shared_ptr<Catalog>> catalog = Catalog::open(options);
        err << (catalog ? QStringLiteral("migration unexpectedly finished") : catalog.error().toString()) << '\n';
        return 1;
    }
    if (args.size() >= 5 && args.at(1) == QLatin1String("write-audit")) {
        Result<std::shared_ptr<Catalog>> catalog = Catalog::open(args.at(2));
        if (!catalog) {
            err << catalog.error().toString() << '\n';
            return 1;
        }
        const int count = args.at(3).toInt();
        for (int i = 0; i < count; ++i) {
            const Status written = (*catalog)->transaction([&](QSqlDatabase &db) {
                return appendAudit(db, {0, {}, args.at(4), QStringLiteral("test.write"), QString::number(i), {}, {}});
            });
            if (!written) {
                err << written.error().toString() << '\n';
                return 1;
            }
        }
        return 0;
    }
    if (args.size() >= 3 && args.at(1) == QLatin1String("hold-open")) {
        // Keeps the catalog open, as a running GUI does, until stdin closes; then writes one audit row with it.
        Result<std::shared_ptr<Catalog>> catalog = Catalog::open(args.at(2));
        if (!catalog) {
            err << catalog.error().toString() << '\n';
            return 1;
        }
        QTextStream(stdout) << "open" << Qt::endl;
        QTextStream in(stdin);
        while (!in.readLine().isNull()) {
        }
        const Status written = (*catalog)->transaction([](QSqlDatabase &db) {
            return appendAudit(db, {0, {}, QStringLiteral("holder"), QStringLiteral("test.write"), {}, {}, {}});
        });
        if (!written) {
            err << written.error().toString() << '\n';
            return 1;
        }
        return 0;
    }
    err << "usage: catalog_helper crash-mid-migration DIR | write-audit DIR COUNT TAG | hold-open DIR\n";
    return 2;
}
