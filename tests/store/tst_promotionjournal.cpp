// PromotionJournal: a plan and its steps survive a restart, so a half-done promotion can be resumed.
#include "store/Catalog.h"
#include "store/CatalogQueries.h"
#include "store/PromotionJournal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::store;

namespace {

Promotion deployPlan(const QString &id)
{
    Promotion p;
    p.promotionId = id;
    p.kind = QStringLiteral("deploy");
    p.plan = {{QStringLiteral("digest"), QString(QStringLiteral("sha256:") + QString(64, QLatin1Char('b')))}};
    p.steps = {
        {1, QStringLiteral("retag"), {{QStringLiteral("tag"), QStringLiteral("latest")}}, {}, {}, {}, {}},
        {2, QStringLiteral("update-image"), {{QStringLiteral("image_id"), QStringLiteral("0f9a")}}, {}, {}, {}, {}}};
    for (PromotionStep &s : p.steps)
        s.state = QStringLiteral("pending");
    return p;
}

} // namespace

class TestPromotionJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aHalfDonePromotionIsOfferedForResumptionAfterReopening()
    {
        QTemporaryDir dir;
        {
            std::shared_ptr<Catalog> catalog = *Catalog::open(dir.path());
            QVERIFY(catalog->transaction(
                [](QSqlDatabase &db) { return createPromotion(db, deployPlan(QStringLiteral("p1"))); }));
            QVERIFY(catalog->transaction([](QSqlDatabase &db) {
                return setPromotionStepState(db, QStringLiteral("p1"), 1, QStringLiteral("done"),
                                             {{QStringLiteral("moved"), true}});
            }));
            QVERIFY(catalog->transaction(
                [](QSqlDatabase &db) { return createPromotion(db, deployPlan(QStringLiteral("p2"))); }));
            QVERIFY(catalog->transaction(
                [](QSqlDatabase &db) { return setPromotionState(db, QStringLiteral("p2"), QStringLiteral("done")); }));
        }
        std::shared_ptr<Catalog> reopened = *Catalog::open(dir.path());
        QSqlDatabase db = reopened->database();
        const Result<QList<Promotion>> unfinished = unfinishedPromotions(db);
        QVERIFY(unfinished);
        QCOMPARE(unfinished->size(), 1);
        const Promotion &p = unfinished->constFirst();
        QCOMPARE(p.promotionId, QStringLiteral("p1"));
        QCOMPARE(p.state, QStringLiteral("running"));
        QCOMPARE(p.plan, deployPlan(QStringLiteral("p1")).plan);
        QCOMPARE(p.steps.size(), 2);
        QCOMPARE(p.steps.at(0).state, QStringLiteral("done"));
        QVERIFY(p.steps.at(0).finishedAt.isValid());
        QCOMPARE(p.steps.at(0).result.value(QStringLiteral("moved")).toBool(), true);
        QCOMPARE(p.steps.at(1).state, QStringLiteral("pending"));
        QVERIFY(!p.steps.at(1).startedAt.isValid());
        QCOMPARE(listAudit(db)->size(), 4); // create, step, create, state
    }

    void unknownStatesAndStepsAreRefused()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = *Catalog::open(dir.path());
        QVERIFY(catalog->transaction(
            [](QSqlDatabase &db) { return createPromotion(db, deployPlan(QStringLiteral("p"))); }));
        QVERIFY(!catalog->transaction([](QSqlDatabase &db) {
            return setPromotionStepState(db, QStringLiteral("p"), 1, QStringLiteral("half-baked"));
        }));
        const Status missing = catalog->transaction(
            [](QSqlDatabase &db) { return setPromotionStepState(db, QStringLiteral("p"), 9, QStringLiteral("done")); });
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QSqlDatabase db = catalog->database();
        QVERIFY(!findPromotion(db, QStringLiteral("nope"))->has_value());
        QCOMPARE((*findPromotion(db, QStringLiteral("p")))->steps.at(0).state, QStringLiteral("pending"));
    }
};

QTEST_GUILESS_MAIN(TestPromotionJournal)
#include "tst_promotionjournal.moc"
