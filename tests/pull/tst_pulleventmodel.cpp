// The event log as a table: rows are the sampled events, raw values sort, names come from the fleet.
#include "ScenarioBuilders.h"
#include "pull/PullEventModel.h"
#include "pull/Simulator.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace steward::pull;
using namespace steward::pull::testing;

class TestPullEventModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheSampledEvents()
    {
        PullEventModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0);

        AgentGroup group = agents(3, QStringLiteral("nat"));
        group.name = QStringLiteral("east");
        ImageGroup image = images(2, QStringLiteral("hub"));
        image.name = QStringLiteral("chrome");
        const Scenario s = scenario(3600, {limitedRegistry(QStringLiteral("hub"), 3, 21600)}, {group}, {image});
        SimulationOptions options;
        options.eventLogCapacity = 50;
        const SimulationResult result = Simulator::run(s, options);
        model.setResult(result);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), result.events.size());
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.columnCount(), int(PullEventModel::ColumnCount));

        const PullEvent &first = result.events.constFirst();
        QCOMPARE(model.index(0, PullEventModel::TimeColumn).data(PullEventModel::RawValueRole).toLongLong(),
                 first.atMs);
        QVERIFY(model.index(0, PullEventModel::AgentColumn).data().toString().startsWith(QLatin1String("east-")));
        QVERIFY(model.index(0, PullEventModel::ImageColumn).data().toString().startsWith(QLatin1String("chrome-")));
        QCOMPARE(model.index(0, PullEventModel::BucketColumn).data().toString(), QStringLiteral("hub nat"));
        bool sawRefusal = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(PullEventModel::KindRole).toInt() == int(PullEvent::Kind::RateLimited)) {
                sawRefusal = true;
                QCOMPARE(model.index(row, PullEventModel::KindColumn).data().toString(),
                         QStringLiteral("rate-limited (429)"));
            }
        }
        QVERIFY(sawRefusal);
        QCOMPARE(model.headerData(PullEventModel::CountColumn, Qt::Horizontal).toString(), QStringLiteral("Pulls"));
    }
};

QTEST_GUILESS_MAIN(TestPullEventModel)
#include "tst_pulleventmodel.moc"
