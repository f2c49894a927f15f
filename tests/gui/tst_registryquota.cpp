// Where the desk says a registry's limits come from (documented default, the registry's own headers, set by hand),
// the registry table that lists them with their logins (user names only), and the quota rows a connection test adds.
#include "guimodels/registries/QuotaTableModel.h"
#include "guimodels/registries/RegistryTableModel.h"
#include "workflow/RegistryQuota.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace steward;
using namespace steward::gui;
using namespace steward::workflow;

class TestRegistryQuota final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitOrigins_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QJsonObject>("policy");
        QTest::addColumn<bool>("learned");
        QTest::addColumn<int>("origin");
        QTest::addColumn<int>("anonymousLimit");

        QTest::newRow("docker hub with nothing else known takes its documented default")
            << QStringLiteral("docker.io") << QJsonObject{} << false << int(LimitOrigin::DocumentedDefault) << 100;
        QTest::newRow("a private registry without headers has no limit")
            << QStringLiteral("registry.example:5000") << QJsonObject{} << false << int(LimitOrigin::None) << -1;
        QTest::newRow("a limit set by hand in the catalog wins over the default")
            << QStringLiteral("docker.io")
            << QJsonObject{{QStringLiteral("limit"), 40},
                           {QStringLiteral("window_s"), 3600},
                           {QStringLiteral("per"), QStringLiteral("ip")}}
            << false << int(LimitOrigin::SetByHand) << 40;
        QTest::newRow("the registry's own headers win over everything")
            << QStringLiteral("docker.io")
            << QJsonObject{{QStringLiteral("limit"), 40}, {QStringLiteral("window_s"), 3600}} << true
            << int(LimitOrigin::Learned) << 77;
    }

    void limitOrigins()
    {
        QFETCH(QString, registry);
        QFETCH(QJsonObject, policy);
        QFETCH(bool, learned);
        QFETCH(int, origin);
        QFETCH(int, anonymousLimit);
        store::RegistryRecord record;
        record.url = registry;
        record.rateLimitPolicy = policy;
        QHash<QString, registry::RateLimit> seen;
        if (learned)
            seen.insert(registry, registry::RateLimit{true, 77, 70, 21600, QStringLiteral("192.0.2.1")});
        const QList<RegistryLimits> all = registryLimits({record}, {registry}, seen);
        QCOMPARE(all.size(), 1);
        QCOMPARE(int(all.first().origin), origin);
        QCOMPARE(all.first().anonymous ? all.first().anonymous->limit : -1, anonymousLimit);
    }

    // The simulated fleet takes a limit set by hand or learned in place of its own; defaults and "none known" leave
    // its own (a limit its options name, or Docker Hub's documented one) in place.
    void theFleetTakesOnlyLimitsSetByHandOrLearned()
    {
        store::RegistryRecord byHand;
        byHand.url = QStringLiteral("hand.example:5000");
        byHand.rateLimitPolicy = QJsonObject{{QStringLiteral("limit"), 4}, {QStringLiteral("window_s"), 21600}};
        store::RegistryRecord plain;
        plain.url = QStringLiteral("plain.example:5000");
        QHash<QString, registry::RateLimit> seen;
        seen.insert(QStringLiteral("learned.example"),
                    registry::RateLimit{true, 9, 3, 3600, QStringLiteral("192.0.2.1")});
        const QHash<QString, pull::RegistrySpec> overrides = fleetLimitOverrides(
            registryLimits({byHand, plain}, {QStringLiteral("docker.io"), QStringLiteral("learned.example")}, seen));
        QCOMPARE(overrides.size(), 2);
        QCOMPARE(
            overrides.value(QStringLiteral("hand.example:5000")),
            (pull::RegistrySpec{QStringLiteral("hand.example:5000"), pull::RateLimitPolicy{4, 21600}, std::nullopt}));
        QCOMPARE(overrides.value(QStringLiteral("learned.example")),
                 (pull::RegistrySpec{QStringLiteral("learned.example"), pull::RateLimitPolicy{9, 3600}, std::nullopt}));
        QVERIFY(!overrides.contains(QStringLiteral("docker.io")));
        QVERIFY(!overrides.contains(QStringLiteral("plain.example:5000")));
    }

    void theRegistryTableListsUserNamesNeverSecrets()
    {
        RegistryTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        store::RegistryRecord hub;
        hub.url = QStringLiteral("docker.io");
        hub.username = QStringLiteral("alice");
        hub.credentialRef = QStringLiteral("registry:docker.io:alice");
        model.setRegistries(registryLimits({hub}, {QStringLiteral("registry.example:5000")}, {}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, RegistryTableModel::LoginColumn).data().toString(), QStringLiteral("alice"));
        QCOMPARE(model.index(1, RegistryTableModel::LoginColumn).data().toString(), QStringLiteral("anonymous"));
        QVERIFY(model.index(0, RegistryTableModel::LimitsColumn).data().toString().contains(QStringLiteral("200")));
        QCOMPARE(model.index(0, RegistryTableModel::OriginColumn).data().toString(),
                 RegistryTableModel::originText(LimitOrigin::DocumentedDefault));

        // The same registries again, one changed: announced in place, no reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        hub.username.clear();
        model.setRegistries(registryLimits({hub}, {QStringLiteral("registry.example:5000")}, {}));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
    }

    void aConnectionTestAddsTheQuotaTheRegistryReported()
    {
        QuotaTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReported(QStringLiteral("docker.io"), false,
                          registry::RateLimit{true, 100, 24, 21600, QStringLiteral("192.0.2.1")});
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0, 0);
        QCOMPARE(row.data(QuotaTableModel::UsedRole).toLongLong(), qint64(76));
        QCOMPARE(row.data(QuotaTableModel::RemainingRole).toLongLong(), qint64(24));
        QCOMPARE(row.data(QuotaTableModel::LearnedRole).toBool(), true);
        QCOMPARE(model.index(0, QuotaTableModel::WhoseColumn).data().toString(), QStringLiteral("address 192.0.2.1"));
        // A later report replaces it; clearing the run keeps it.
        model.setReported(QStringLiteral("docker.io"), false,
                          registry::RateLimit{true, 100, 0, 21600, QStringLiteral("192.0.2.1")});
        model.clearRun();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(QuotaTableModel::RemainingRole).toLongLong(), qint64(0));
    }

    void theProbeForDockerHubIsItsOwnTestImage()
    {
        QCOMPARE(quotaProbeReference(QStringLiteral("registry-1.docker.io"), {}),
                 QStringLiteral("docker.io/ratelimitpreview/test:latest"));
        QCOMPARE(quotaProbeReference(QStringLiteral("127.0.0.1:5000"), {QStringLiteral("docker.io/library/alpine:3"),
                                                                        QStringLiteral("127.0.0.1:5000/demo/one:1")}),
                 QStringLiteral("127.0.0.1:5000/demo/one:1"));
        QVERIFY(quotaProbeReference(QStringLiteral("registry.example"), {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegistryQuota)
#include "tst_registryquota.moc"
