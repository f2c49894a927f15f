// Readiness and the pull model's estimate: which agents count (enabled, in the image's zone when it is restricted),
// which hold a digest (by repo digest, not by tag), when the last one lacking it should have it, and why it never
// will (an image without registry, or disabled).
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
        image.dockerRegistry = QStringLiteral("https://r.example");
        image.name = QStringLiteral("r.example/app:1");
        // A plan's digest: the reference without a digest proves nothing (it names what users have now).
        QCOMPARE(workflow::readinessOf(agents, image, d).holding, 1);
        const auto rule = workflow::ReferenceRule::ReferenceNamesDigest;
        const workflow::Readiness all = workflow::readinessOf(agents, image, d, rule);
        QCOMPARE(all.eligible, 3);
        // a by digest; c holds the exact reference and reports no digest: counted, but not proven.
        QCOMPARE(all.holding, 2);
        QCOMPARE(all.unreported, 1);
        QCOMPARE(all.confirmed(), 1);
        QVERIFY(!all.complete());
        // b checks in at 12:00:20, c at 12:00:05: the last one by 12:00:20.
        QCOMPARE(workflow::pullEta(agents, image, d, now).at, now.addSecs(20));

        image.restrictToZone = true;
        image.zoneId = QStringLiteral("west");
        const workflow::Readiness west = workflow::readinessOf(agents, image, d, rule);
        QCOMPARE(west.eligible, 1);
        QCOMPARE(west.holding, 1);
        QCOMPARE(west.unreported, 1);
        QVERIFY2(!west.complete(), "a deploy waits for the digest");
        QCOMPARE(workflow::pullEta(agents, image, d, now).at, now.addSecs(5));
        // An agent overdue for its check-in is expected now, not in the past.
        QCOMPARE(workflow::pullEta(agents, image, d, now.addSecs(60)).at, now.addSecs(60));
        image.zoneId = QStringLiteral("east");
        QVERIFY(workflow::readinessOf({agents.at(0)}, image, d).complete());
        QVERIFY(!workflow::pullEta({agents.at(0)}, image, d, now).at.isValid());
        QCOMPARE(workflow::pullEta({agents.at(0)}, image, d, now).lacking, 0);
    }

    void aMovedTagReachesEachAgentAtItsOwnHourlyRefresh()
    {
        const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
        const QString moving = QStringLiteral("r.example/app:1"); // what agent() holds
        // a pulled it at 09:40: it refreshes at 12:40. b pulled at 11:10: at 12:10.
        QList<KasmAgent> agents{agent(QStringLiteral("a"), QStringLiteral("east"), {}, now),
                                agent(QStringLiteral("b"), QStringLiteral("east"), {}, now)};
        agents[0].inventory[0].pulledAt = now.addSecs(-2 * 3600 - 20 * 60);
        agents[1].inventory[0].pulledAt = now.addSecs(-50 * 60);
        KasmImage image;
        QCOMPARE(workflow::hourlyPullsDone(agents, image, moving, now), now.addSecs(40 * 60));
        // Without a pull time (a real Kasm's agents) the estimate is the whole hour.
        agents[0].inventory[0].pulledAt = QDateTime();
        QCOMPARE(workflow::hourlyPullsDone(agents, image, moving, now), now.addSecs(3600));
        // An agent that holds nothing of it pulls it at its next check-in, which is sooner.
        QCOMPARE(workflow::hourlyPullsDone({agents.at(1)}, image, QStringLiteral("r.example/other:1"), now),
                 now.addSecs(30));
        QVERIFY(!workflow::hourlyPullsDone({}, image, moving, now).isValid());
    }

    void agentsNeverPullAnImageWithoutRegistryOrDisabled()
    {
        const QDateTime now(QDate(2026, 12, 3), QTime(12, 0), Qt::UTC);
        QList<KasmAgent> agents{agent(QStringLiteral("a"), QStringLiteral("east"), {}, now.addSecs(-10)),
                                agent(QStringLiteral("b"), QStringLiteral("east"), {}, QDateTime())};
        KasmImage image;
        image.name = QStringLiteral("r.example/app:2");
        image.friendlyName = QStringLiteral("Chrome (test)");
        image.dockerRegistry = QStringLiteral("https://r.example");
        // a at its next check-in (12:00:20); b never reported, so within one interval from now.
        const workflow::PullEta eta = workflow::pullEta(agents, image, QStringLiteral("sha256:aaaa"), now);
        QCOMPARE(eta.at, now.addSecs(30));
        QCOMPARE(eta.lacking, 2);
        QVERIFY(eta.blocker.isEmpty());

        // The pull model says b never pulls it: with a failing a, nothing more will come.
        const QHash<QString, QString> noDisk{{QStringLiteral("b"), QStringLiteral("not enough free disk")}};
        agents[0].hostname = QStringLiteral("host-a");
        agents[1].hostname = QStringLiteral("host-b");
        workflow::PullEta stuck = workflow::pullEta(agents, image, QStringLiteral("sha256:aaaa"), now, noDisk);
        QCOMPARE(stuck.failing, QStringList{QStringLiteral("host-b: not enough free disk")});
        QVERIFY(!stuck.allFailing); // a may still pull it
        agents[0].pullFailures = {{image.name, QStringLiteral("HTTP 404"), now.addSecs(-61)}};
        stuck = workflow::pullEta(agents, image, QStringLiteral("sha256:aaaa"), now, noDisk);
        QVERIFY(stuck.allFailing);
        QCOMPARE(stuck.failing.size(), 2);
        agents[0].pullFailures = {{image.name, QStringLiteral("HTTP 404"), now.addSecs(-10)}}; // may be passing
        QVERIFY(!workflow::pullEta(agents, image, QStringLiteral("sha256:aaaa"), now, noDisk).allFailing);

        image.dockerRegistry.clear();
        const workflow::PullEta unregistered = workflow::pullEta(agents, image, QStringLiteral("sha256:aaaa"), now);
        QVERIFY(!unregistered.at.isValid());
        QVERIFY2(unregistered.blocker.contains(QLatin1String("no docker registry")), qPrintable(unregistered.blocker));

        image.dockerRegistry = QStringLiteral("https://r.example");
        image.enabled = false;
        const workflow::PullEta disabled = workflow::pullEta(agents, image, QStringLiteral("sha256:aaaa"), now);
        QVERIFY(!disabled.at.isValid());
        QVERIFY2(disabled.blocker.contains(QLatin1String("disabled")), qPrintable(disabled.blocker));
    }

    void holdingNeedsTheImagesRepositoryAndItsReference_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QStringList>("repoDigests");
        QTest::addColumn<int>("expected");
        QTest::addColumn<int>("expectedForAPlan"); // DigestOnly: the reference is not known to name the digest
        const auto h = [](workflow::AgentHolding value) { return int(value); };
        QTest::newRow("the digest under the image's repository is held")
            << QStringLiteral("r.example/app:1") << QStringList{QStringLiteral("r.example/app@sha256:aaaa")}
            << h(workflow::AgentHolding::Digest) << h(workflow::AgentHolding::Digest);
        QTest::newRow("the digest under another repository is not held")
            << QStringLiteral("r.example/other:1") << QStringList{QStringLiteral("r.example/other@sha256:aaaa")}
            << h(workflow::AgentHolding::Lacks) << h(workflow::AgentHolding::Lacks);
        QTest::newRow("the digest under another registry is not held")
            << QStringLiteral("r.example/app:1") << QStringList{QStringLiteral("s.example/app@sha256:aaaa")}
            << h(workflow::AgentHolding::OtherDigest) << h(workflow::AgentHolding::OtherDigest);
        QTest::newRow("the exact reference without a digest is held, unreported")
            << QStringLiteral("r.example/app:1") << QStringList{} << h(workflow::AgentHolding::DigestNotReported)
            << h(workflow::AgentHolding::OtherDigest);
        QTest::newRow("the exact reference at another digest is not held")
            << QStringLiteral("r.example/app:1") << QStringList{QStringLiteral("r.example/app@sha256:bbbb")}
            << h(workflow::AgentHolding::OtherDigest) << h(workflow::AgentHolding::OtherDigest);
        QTest::newRow("docker hub's short repository matches its normalised name")
            << QStringLiteral("docker.io/kasmweb/app:1") << QStringList{QStringLiteral("kasmweb/app@sha256:aaaa")}
            << h(workflow::AgentHolding::Digest) << h(workflow::AgentHolding::Digest);
    }

    void holdingNeedsTheImagesRepositoryAndItsReference()
    {
        QFETCH(QString, reference);
        QFETCH(QStringList, repoDigests);
        QFETCH(int, expected);
        QFETCH(int, expectedForAPlan);
        KasmAgent a;
        AgentImage held;
        held.reference = reference;
        held.tags = {reference};
        held.digests = repoDigests;
        a.inventory = {held};
        KasmImage image;
        image.name =
            reference.startsWith(u"docker.io/") ? QStringLiteral("kasmweb/app:1") : QStringLiteral("r.example/app:1");
        QCOMPARE(int(workflow::holdingOf(a, image, QStringLiteral("sha256:aaaa"),
                                         workflow::ReferenceRule::ReferenceNamesDigest)),
                 expected);
        QCOMPARE(int(workflow::holdingOf(a, image, QStringLiteral("sha256:aaaa"))), expectedForAPlan);
    }
};

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
