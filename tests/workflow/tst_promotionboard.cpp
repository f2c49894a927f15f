// The promotion board's lanes, drawn from a stage history, the registry's tags and the agents' inventories: which
// tags are candidates, which lane each digest is in (once, its furthest), what a rollback goes back to, and how many
// agents hold what is in test and in production. Pure functions; readPromotionBoard is run on the real registry by
// the board pane's test (tests/gui/tst_promotionboardpane.cpp).
#include "workflow/PromotionBoard.h"
#include "workflow/TagPattern.h"

#include <QTest>

using namespace steward;
using namespace steward::workflow;

namespace {

const QString Build1 = QStringLiteral("sha256:1111111111111111111111111111111111111111111111111111111111111111");
const QString Build2 = QStringLiteral("sha256:2222222222222222222222222222222222222222222222222222222222222222");
const QString Build3 = QStringLiteral("sha256:3333333333333333333333333333333333333333333333333333333333333333");
const QString Prod = QStringLiteral("sha256:0000000000000000000000000000000000000000000000000000000000000000");

store::ManagedImage chrome()
{
    store::ManagedImage managed;
    managed.imageId = QStringLiteral("img-chrome");
    managed.repository = QStringLiteral("registry.test/kasm-demo/chrome");
    managed.movingTag = QStringLiteral("stable");
    managed.testTwinId = QStringLiteral("img-twin");
    return managed;
}

store::StageEvent stage(store::StageKind kind, const QString &digest, const QString &tag, const QString &previous = {})
{
    store::StageEvent e;
    e.imageId = QStringLiteral("img-chrome");
    e.kind = kind;
    e.digest = digest;
    e.tag = tag;
    e.previousDigest = previous;
    e.actor = QStringLiteral("alice");
    e.at = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);
    return e;
}

BoardCard candidate(const QString &tag, const QString &digest)
{
    BoardCard card;
    card.tag = tag;
    card.digest = digest;
    return card;
}

KasmAgent agentHolding(const QString &id, const QString &digest)
{
    KasmAgent agent;
    agent.agentId = id;
    agent.enabled = true;
    if (!digest.isEmpty()) {
        AgentImage held;
        held.reference = QStringLiteral("registry.test/kasm-demo/chrome:x");
        held.digests = {QStringLiteral("registry.test/kasm-demo/chrome@") + digest};
        agent.inventory << held;
    }
    return agent;
}

BoardReading reading(const QList<store::StageEvent> &newestFirst)
{
    BoardReading r;
    r.managed = chrome();
    r.image.imageId = QStringLiteral("img-chrome");
    r.image.name = QStringLiteral("registry.test/kasm-demo/chrome:20261115-0400");
    KasmImage twin;
    twin.imageId = QStringLiteral("img-twin");
    // Named, as every twin is: an agent holds a digest only under the image's own repository.
    twin.name = QStringLiteral("registry.test/kasm-demo/chrome:20261128-0400");
    r.twin = twin;
    r.history = newestFirst;
    r.productionDigest = Prod;
    return r;
}

QStringList digestsIn(const PromotionBoard &board, BoardLane lane)
{
    QStringList digests;
    for (const BoardCard &card : board.lane(lane))
        digests << card.digest;
    return digests;
}

} // namespace

class TestPromotionBoard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesWhatAPatternGives_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("matches");
        QTest::newRow("the default pattern matches a build's tag")
            << QStringLiteral("%Y%m%d-%H%M") << QStringLiteral("20261128-0400") << true;
        QTest::newRow("the moving tag is not a build")
            << QStringLiteral("%Y%m%d-%H%M") << QStringLiteral("latest") << false;
        QTest::newRow("a hand-made version tag is not a build")
            << QStringLiteral("%Y%m%d-%H%M") << QStringLiteral("1.1") << false;
        QTest::newRow("a tag with a suffix is not a build")
            << QStringLiteral("%Y%m%d-%H%M") << QStringLiteral("20261128-0400-hotfix") << false;
        QTest::newRow("the version placeholder takes any version")
            << QStringLiteral("{version}-%Y%m%d") << QStringLiteral("1.16.0-20261128") << true;
        QTest::newRow("a pattern that does not parse matches nothing")
            << QStringLiteral("%x") << QStringLiteral("%x") << false;
    }

    void matchesWhatAPatternGives()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, tag);
        QFETCH(bool, matches);
        QCOMPARE(matchesTagPattern(pattern, tag), matches);
    }

    void ordersBuildTagsByTheirNumbers_data()
    {
        QTest::addColumn<QString>("older");
        QTest::addColumn<QString>("newer");
        QTest::newRow("dates in order") << QStringLiteral("20261115-0400") << QStringLiteral("20261128-0400");
        QTest::newRow("the minute decides a day") << QStringLiteral("20261128-0400") << QStringLiteral("20261128-0415");
        QTest::newRow("1.10 comes after 1.9") << QStringLiteral("1.9-20261128") << QStringLiteral("1.10-20261101");
        QTest::newRow("a longer tag with the same start comes after")
            << QStringLiteral("1.1") << QStringLiteral("1.1.1");
    }

    void ordersBuildTagsByTheirNumbers()
    {
        QFETCH(QString, older);
        QFETCH(QString, newer);
        QVERIFY(compareBuildTags(older, newer) < 0);
        QVERIFY(compareBuildTags(newer, older) > 0);
        QCOMPARE(compareBuildTags(newer, newer), 0);
    }

    void candidatesAreNewerUnsentBuildTagsNewestFirst()
    {
        const QStringList tags{QStringLiteral("20261101-0400"), QStringLiteral("20261115-0400"),
                               QStringLiteral("stable"),        QStringLiteral("20261129-0400"),
                               QStringLiteral("debug"),         QStringLiteral("20261128-0400"),
                               QStringLiteral("20261130-0400")};
        const QList<store::StageEvent> history{stage(store::StageKind::Test, Build2, QStringLiteral("20261129-0400"))};
        QCOMPARE(candidateTags(chrome(), tags, history, {QStringLiteral("20261115-0400")}, 10),
                 (QStringList{QStringLiteral("20261130-0400"), QStringLiteral("20261128-0400")}));
        QCOMPARE(candidateTags(chrome(), tags, history,
                               {QStringLiteral("20261115-0400"), QStringLiteral("20261129-0400")}, 10),
                 QStringList{QStringLiteral("20261130-0400")});
        QCOMPARE(candidateTags(chrome(), tags, {}, {}, 2),
                 (QStringList{QStringLiteral("20261130-0400"), QStringLiteral("20261129-0400")}));
    }

    void aNewBuildIsACandidateAndProductionIsWhatTheImageNames()
    {
        BoardReading r = reading({});
        r.candidates = {candidate(QStringLiteral("20261128-0400"), Build1)};
        const PromotionBoard board = arrangeBoard(r);
        QCOMPARE(digestsIn(board, BoardLane::Candidates), QStringList{Build1});
        QVERIFY(board.lane(BoardLane::Testing).isEmpty());
        QVERIFY(board.lane(BoardLane::Verified).isEmpty());
        QCOMPARE(digestsIn(board, BoardLane::Production), QStringList{Prod});
        QCOMPARE(board.lane(BoardLane::Production).first().tag, QStringLiteral("20261115-0400"));
        QVERIFY(!board.lane(BoardLane::Production).first().rollbackTarget);
    }

    void eachDigestIsInItsFurthestLaneOnce()
    {
        // Newest first: build 3 in test, build 2 verified, build 1 deployed (over Prod).
        BoardReading r = reading({stage(store::StageKind::Test, Build3, QStringLiteral("20261130-0400")),
                                  stage(store::StageKind::Verify, Build2, QStringLiteral("20261129-0400")),
                                  stage(store::StageKind::Test, Build2, QStringLiteral("20261129-0400")),
                                  stage(store::StageKind::Deploy, Build1, QStringLiteral("20261128-0400"), Prod),
                                  stage(store::StageKind::Verify, Build1, QStringLiteral("20261128-0400")),
                                  stage(store::StageKind::Test, Build1, QStringLiteral("20261128-0400"))});
        r.productionDigest = Build1;
        // The registry still lists build 3's tag among the newer ones: it is in test, not a candidate.
        r.candidates = {candidate(QStringLiteral("20261130-0400"), Build3)};
        const PromotionBoard board = arrangeBoard(r);
        QVERIFY(board.lane(BoardLane::Candidates).isEmpty());
        QCOMPARE(digestsIn(board, BoardLane::Testing), QStringList{Build3});
        QCOMPARE(digestsIn(board, BoardLane::Verified), QStringList{Build2});
        QCOMPARE(digestsIn(board, BoardLane::Production), (QStringList{Build1, Prod}));
        const BoardCard &previous = board.lane(BoardLane::Production).at(1);
        QVERIFY(previous.previous);
        QVERIFY(previous.rollbackTarget);
        QCOMPARE(board.lane(BoardLane::Production).first().actor, QStringLiteral("alice"));
        QCOMPARE(board.lane(BoardLane::Production).first().tag, QStringLiteral("20261128-0400"));
    }

    void aRollbackMakesTheRolledBackBuildTheNextTarget()
    {
        const BoardReading r =
            reading({stage(store::StageKind::Rollback, Build1, QStringLiteral("20261128-0400"), Build2),
                     stage(store::StageKind::Deploy, Build2, QStringLiteral("20261129-0400"), Build1),
                     stage(store::StageKind::Verify, Build2, QStringLiteral("20261129-0400")),
                     stage(store::StageKind::Deploy, Build1, QStringLiteral("20261128-0400"), Prod)});
        BoardReading rolledBack = r;
        rolledBack.productionDigest = Build1;
        const PromotionBoard board = arrangeBoard(rolledBack);
        QCOMPARE(digestsIn(board, BoardLane::Production), (QStringList{Build1, Build2, Prod}));
        QVERIFY(board.lane(BoardLane::Production).at(1).rollbackTarget);
        QVERIFY(!board.lane(BoardLane::Production).at(2).rollbackTarget);
        QVERIFY2(board.lane(BoardLane::Verified).isEmpty(), "a build users were served is not offered as new");
    }

    void rolloutsCountTheAgentsHoldingEachDigest()
    {
        BoardReading r = reading({stage(store::StageKind::Test, Build1, QStringLiteral("20261128-0400"))});
        r.agents = {agentHolding(QStringLiteral("a1"), Build1), agentHolding(QStringLiteral("a2"), Prod),
                    agentHolding(QStringLiteral("a3"), QString())};
        PromotionBoard board = arrangeBoard(r);
        QCOMPARE(board.testingRollout.holding, 1);
        QCOMPARE(board.testingRollout.eligible, 3);
        QCOMPARE(board.productionRollout.holding, 1);
        r.agents[2] = agentHolding(QStringLiteral("a3"), Build1);
        updateRollout(board, r.agents);
        QCOMPARE(board.testingRollout.holding, 2);
    }
};

QTEST_APPLESS_MAIN(TestPromotionBoard)
#include "tst_promotionboard.moc"
