// Catalog figures: opening (header + quick_check + migrations), one write transaction per audit row vs one for all,
// and a catalog-sized read. Medians of several runs, each on a fresh profile. Run: bench_catalog [runs] [rows]
#include "store/Catalog.h"
#include "store/CatalogQueries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace steward;
using namespace steward::store;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

ImageRecord image(int i)
{
    ImageRecord r;
    r.imageId = QStringLiteral("img-%1").arg(i);
    r.name = QStringLiteral("registry.example/team/app%1:20261128").arg(i);
    r.friendlyName = QStringLiteral("App %1").arg(i);
    r.runConfig = {{QStringLiteral("hostname"), QStringLiteral("kasm")}};
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 5;
    const int rows = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 1000;
    QTextStream out(stdout);
    QList<double> create, reopen, perRow, batched, images, readAll;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        std::shared_ptr<Catalog> catalog = *Catalog::open(dir.path());
        create << timer.nsecsElapsed() / 1e6;

        timer.restart();
        for (int i = 0; i < rows; ++i) {
            catalog->transaction([i](QSqlDatabase &db) {
                return appendAudit(
                    db, {0, {}, QStringLiteral("bench"), QStringLiteral("bench.row"), QString::number(i), {}, {}});
            });
        }
        perRow << timer.nsecsElapsed() / 1e3 / rows;

        timer.restart();
        catalog->transaction([rows](QSqlDatabase &db) -> Status {
            for (int i = 0; i < rows; ++i) {
                if (Status s = appendAudit(
                        db,
                        {0, {}, QStringLiteral("bench"), QStringLiteral("bench.batch"), QString::number(i), {}, {}});
                    !s)
                    return s;
            }
            return {};
        });
        batched << timer.nsecsElapsed() / 1e3 / rows;

        timer.restart();
        catalog->transaction([rows](QSqlDatabase &db) -> Status {
            for (int i = 0; i < rows; ++i) {
                if (Status s = upsertImage(db, image(i)); !s)
                    return s;
            }
            return {};
        });
        images << timer.nsecsElapsed() / 1e3 / rows;

        {
            timer.restart();
            QSqlDatabase db = catalog->database();
            const qsizetype count = listImages(db)->size();
            readAll << timer.nsecsElapsed() / 1e6;
            if (count != rows)
                return 1;
        }

        catalog.reset();
        CatalogOptions options;
        options.profileDir = dir.path();
        options.dailyBackup = false; // measure the check, not the copy
        timer.restart();
        catalog = *Catalog::open(options);
        reopen << timer.nsecsElapsed() / 1e6;
    }
    out << QStringLiteral("runs %1, rows %2 (medians)\n").arg(runs).arg(rows);
    out << QStringLiteral("create + migrate new catalog: %1 ms\n").arg(median(create), 0, 'f', 2);
    out << QStringLiteral("reopen (header + quick_check) with %1 images and %2 audit rows: %3 ms\n")
               .arg(rows)
               .arg(2 * rows)
               .arg(median(reopen), 0, 'f', 2);
    out << QStringLiteral("one transaction per audit row: %1 us/row\n").arg(median(perRow), 0, 'f', 1);
    out << QStringLiteral("one transaction for all audit rows: %1 us/row (per-row transactions cost %2x)\n")
               .arg(median(batched), 0, 'f', 1)
               .arg(median(perRow) / median(batched), 0, 'f', 1);
    out << QStringLiteral("image upserts (26 columns, JSON fields) in one transaction: %1 us/row\n")
               .arg(median(images), 0, 'f', 1);
    out << QStringLiteral("listImages of %1 images: %2 ms\n").arg(rows).arg(median(readAll), 0, 'f', 2);
    return 0;
}
