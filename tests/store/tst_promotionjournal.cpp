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

    void theAuditLogShowsEachStepsBeforeAndAfterAgainstTheImage()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = *Catalog::open(dir.path());
        Promotion plan = deployPlan(QStringLiteral("p3"));
        plan.plan.insert(QStringLiteral("image_id"), QStringLiteral("0f9a"));
        QVERIFY(catalog->transaction([plan](QSqlDatabase &db) { return createPromotion(db, plan); }));
        QVERIFY(catalog->transaction([](QSqlDatabase &db) {
            return setPromotionStepState(db, QStringLiteral("p3"), 2, QStringLiteral("running"));
        }));
        QVERIFY(catalog->transaction([](QSqlDatabase &db) {
            return setPromotionStepState(db, QStringLiteral("p3"), 2, QStringLiteral("done"),
                                         {{QStringLiteral("before"), QStringLiteral("reg/chrome:1")},
                                          {QStringLiteral("after"), QStringLiteral("reg/chrome:2")},
                                          {QStringLiteral("changed"), true}});
        }));
        QVERIFY(catalog->transaction(
            [](QSqlDatabase &db) { return setPromotionState(db, QStringLiteral("p3"), QStringLiteral("done")); }));
        QSqlDatabase db = catalog->database();
        const Result<QList<AuditEntry>> audit = listAudit(db);
        QVERIFY(audit);
        QList<AuditEntry> rows;
        for (const AuditEntry &entry : *audit) {
            if (entry.action.startsWith(QLatin1String("promotion.")))
                rows.append(entry);
        }
        QCOMPARE(rows.size(), 4);
        for (const AuditEntry &entry : std::as_const(rows))
            QCOMPARE(entry.subject, QStringLiteral("0f9a"));
        const auto find = [&rows](const QString &state) {
            for (const AuditEntry &entry : std::as_const(rows)) {
                if (entry.action == QLatin1String("promotion.step") &&
                    entry.after.toObject().value(QStringLiteral("state")).toString() == state)
                    return entry;
            }
            return AuditEntry{};
        };
        const AuditEntry done = find(QStringLiteral("done"));
        QCOMPARE(done.before.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("running"));
        QCOMPARE(done.before.toObject().value(QStringLiteral("value")).toString(), QStringLiteral("reg/chrome:1"));
        QCOMPARE(done.after.toObject().value(QStringLiteral("value")).toString(), QStringLiteral("reg/chrome:2"));
        QCOMPARE(done.after.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("update-image"));
        QCOMPARE(done.after.toObject().value(QStringLiteral("promotion_id")).toString(), QStringLiteral("p3"));
        const AuditEntry running = find(QStringLiteral("running"));
        QCOMPARE(running.before.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QVERIFY(!running.after.toObject().contains(QStringLiteral("value")));
        for (const AuditEntry &entry : std::as_const(rows)) {
            if (entry.action == QLatin1String("promotion.state")) {
                QCOMPARE(entry.before.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("running"));
                QCOMPARE(entry.after.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestPromotionJournal)
#include "tst_promotionjournal.moc"
