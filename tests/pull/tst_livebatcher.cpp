// Live pulls as fleet batches: the quota as the registry's headers report it (and spent after a 429), the model's
// count until it says anything, the cells' changes folded per (agent, image), one batch per take().
#include "pull/LiveBatcher.h"

#include <QTest>

using namespace steward;
using namespace steward::pull;

namespace {

// Two agents behind one address pulling one image as alice, whose quota the profile puts at 10 an hour.
std::shared_ptr<const FleetPlan> plan()
{
    FleetPlan p;
    p.scenario.registries = {RegistrySpec{QStringLiteral("hub.test"), std::nullopt, RateLimitPolicy{10, 3600}}};
    p.scenario.agents = {AgentGroup{1, QStringLiteral("a1"), {}, QStringLiteral("nat"), QStringLiteral("amd64"), 0},
                         AgentGroup{1, QStringLiteral("a2"), {}, QStringLiteral("nat"), QStringLiteral("amd64"), 0}};
    ImageGroup image;
    image.registry = QStringLiteral("hub.test");
    image.account = QStringLiteral("alice@hub.test");
    p.scenario.images = {image};
    p.agentIds = {QStringLiteral("a1"), QStringLiteral("a2")};
    p.imageIds = {QStringLiteral("i1")};
    p.references = {QStringLiteral("hub.test/app:1")};
    p.held = {{{QStringLiteral("hub.test/app:1"), HeldImage{QStringLiteral("sha256:old"), {}}}}, {}};
    return LiveBatcher::livePlan(p);
}

PullEvent pullEvent(PullEvent::Kind kind, int agent, qint64 atMs)
{
    return PullEvent{kind, atMs, atMs, agent, 0, 0, 1};
}

LiveObservation headers(int limit, int remaining)
{
    LiveObservation observed;
    observed.answered = true;
    observed.digest = QStringLiteral("sha256:aaa");
    observed.rateLimit = registry::RateLimit{true, limit, remaining, 3600, QStringLiteral("alice")};
    return observed;
}

} // namespace

class TestLiveBatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theLivePlanHoldsNothingAndLastsLongerThanASession()
    {
        const auto live = plan();
        QVERIFY(live->held.at(0).isEmpty());
        QVERIFY(live->scenario.durationS >= 7 * 24 * 3600);
    }

    void theQuotaIsTheModelsUntilTheRegistryReportsItsOwn()
    {
        LiveBatcher batcher(plan(), 1000);
        FleetBatch first = batcher.take(500);
        QVERIFY(first.live);
        QCOMPARE(first.buckets.size(), 1);
        QVERIFY(!first.buckets.at(0).reported);
        QCOMPARE(first.buckets.at(0).policy->limit, 10);
        QCOMPARE(first.buckets.at(0).key.who, QStringLiteral("alice@hub.test"));

        // The registry says 3 an hour, 2 left: that is the quota now, whatever the profile thought.
        batcher.add(pullEvent(PullEvent::Kind::Pulled, 0, 1000), {}, headers(3, 2));
        batcher.add(pullEvent(PullEvent::Kind::Pulled, 1, 2000), {}, headers(3, 0));
        QVERIFY(batcher.hasPulls());
        FleetBatch second = batcher.take(2500);
        QCOMPARE(second.fromMs, 500);
        QCOMPARE(second.untilMs, 2500);
        QVERIFY(second.buckets.at(0).reported);
        QCOMPARE(second.buckets.at(0).policy->limit, 3);
        QCOMPARE(second.buckets.at(0).usedInWindow, 3);
        QCOMPARE(second.buckets.at(0).counted, 2);
        QCOMPARE(second.counters.pullsSucceeded, 2);
        QCOMPARE(second.arrived, 2);
        QCOMPARE(second.changes.size(), 2);
        QCOMPARE(second.changes.at(0).kind, FleetChange::Kind::Arrived);
        QCOMPARE(second.digests.value(second.changes.at(0).digest), QStringLiteral("sha256:aaa"));
        QCOMPARE(second.images.at(0).presentAgents, 2);
        QVERIFY(!batcher.hasPulls());
    }

    void a429IsTheFirstRefusalAndSpendsTheReportedQuota()
    {
        LiveBatcher batcher(plan(), 1000);
        batcher.add(pullEvent(PullEvent::Kind::Pulled, 0, 1000), {}, headers(3, 1));
        LiveObservation refused;
        refused.answered = true; // a 429 carries no headers the client keeps
        batcher.add(pullEvent(PullEvent::Kind::RateLimited, 1, 4000), {}, refused);
        batcher.add(pullEvent(PullEvent::Kind::RateLimited, 1, 5000), {}, refused); // the same failure: only counted
        const FleetBatch batch = batcher.take(6000);
        QCOMPARE(batch.buckets.at(0).firstRateLimitedMs, std::optional<qint64>(4000));
        QCOMPARE(batch.buckets.at(0).rateLimited, 2);
        QCOMPARE(batch.buckets.at(0).usedInWindow, 3);
        QCOMPARE(batch.counters.firstRateLimitedMs, std::optional<qint64>(4000));
        QCOMPARE(batch.failures, 1);
        QCOMPARE(batch.changes.size(), 2);
        const FleetChange &failed = batch.changes.at(1);
        QCOMPARE(failed.kind, FleetChange::Kind::Failed);
        QCOMPARE(failed.failingSinceMs, 4000);
        QVERIFY2(batch.reasons.value(failed.reason).contains(QStringLiteral("429")),
                 qPrintable(batch.reasons.value(failed.reason)));
        QCOMPARE(batch.images.at(0).failingAgents, 1);

        // Its next pull succeeds: recovered, and the digest it holds arrives.
        batcher.add(pullEvent(PullEvent::Kind::Pulled, 1, 7000), {}, headers(3, 2));
        const FleetBatch later = batcher.take(8000);
        QCOMPARE(later.changes.size(), 1);
        QCOMPARE(later.changes.at(0).kind, FleetChange::Kind::Arrived);
        QCOMPARE(later.changes.at(0).reason, -1);
        QCOMPARE(later.images.at(0).failingAgents, 0);
        QVERIFY(!later.buckets.at(0).firstRateLimitedMs);
    }
};

QTEST_APPLESS_MAIN(TestLiveBatcher)
#include "tst_livebatcher.moc"
