// Readiness and the pull model's estimate: which agents count (enabled, in the image's zone when it is restricted),
// which hold a digest (by repo digest, not by tag), and when the last one lacking it should have it.
#include "workflow/Readiness.h"

#include <QTest>

using namespace steward;

namespace {

KasmAgent agent(const QString &id, const QString &zone, const QStringList &repoDigests, const QDateTime &reported,
                bool enabled = true)
{
    KasmAgent a;
    a.agentId = id;
    a.zoneId = zone;
    a.enabled = enabled;
    a.lastReported = reported;
    AgentImage held;
    held.reference = QStringLiteral("r.example/app:1");
    held.tags = {held.reference};
    held.digests = repoDigests;
    a.inventory = {held};
    return a;
}

} // namespace

class TestReadiness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsEligibleAgentsThatHoldTheDigest()
    {
        const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
        const QString d = QStringLiteral("sha256:aaaa");
        const QList<KasmAgent> agents{
            agent(QStringLiteral("a"), QStringLiteral("east"), {QStringLiteral("r.example/app@sha256:aaaa")}, now),
            agent(QStringLiteral("b"), QStringLiteral("east"), {QStringLiteral("r.example/app@sha256:bbbb")},
                  now.addSecs(-10)),
            agent(QStringLiteral("c"), QStringLiteral("west"), {}, now.addSecs(-25)),
            agent(QStringLiteral("d"), QStringLiteral("east"), {}, now, false)};
        KasmImage image;
        const workflow::Readiness all = workflow::readinessOf(agents, image, d);
        QCOMPARE(all.eligible, 3);
        QCOMPARE(all.holding, 1);
        QVERIFY(!all.complete());
        // b checks in at 12:00:20, c at 12:00:05: the last one by 12:00:20.
        QCOMPARE(workflow::expectedPullsDone(agents, image, d, now), now.addSecs(20));

        image.restrictToZone = true;
        image.zoneId = QStringLiteral("west");
        const workflow::Readiness west = workflow::readinessOf(agents, image, d);
        QCOMPARE(west.eligible, 1);
        QCOMPARE(west.holding, 0);
        QCOMPARE(workflow::expectedPullsDone(agents, image, d, now), now.addSecs(5));
        // An agent overdue for its check-in is expected now, not in the past.
        QCOMPARE(workflow::expectedPullsDone(agents, image, d, now.addSecs(60)), now.addSecs(60));
        image.zoneId = QStringLiteral("east");
        QVERIFY(workflow::readinessOf({agents.at(0)}, image, d).complete());
        QVERIFY(!workflow::expectedPullsDone({agents.at(0)}, image, d, now).isValid());
    }
};

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
