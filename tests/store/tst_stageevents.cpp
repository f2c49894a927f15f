// The stage history: records read back newest first per image, a plan's record is written once however often the
// plan is resumed, and records without a plan (verifications) are never merged.
#include "store/Catalog.h"
#include "store/StageEvents.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::store;

class TestStageEvents final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsReadBackNewestFirstAndAPlanRecordsOnce()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = *Catalog::open(dir.path());
        const QDateTime t0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        StageEvent test{0,
                        QStringLiteral("img"),
                        StageKind::Test,
                        QStringLiteral("sha256:aa"),
                        QStringLiteral("t1"),
                        {},
                        QStringLiteral("ci"),
                        t0,
                        {},
                        QStringLiteral("p1")};
        StageEvent verify{
            0,  QStringLiteral("img"), StageKind::Verify, QStringLiteral("sha256:aa"),  QStringLiteral("t1"),
            {}, QStringLiteral("ann"), t0.addSecs(60),    QStringLiteral("looks fine"), {}};
        StageEvent other{
            0, QStringLiteral("other"), StageKind::Test, QStringLiteral("sha256:bb"), {}, {}, {}, t0.addSecs(30), {},
            {}};
        for (const StageEvent &event : {test, test, verify, verify, other})
            QVERIFY(catalog->transaction([&event](QSqlDatabase &db) { return recordStageEvent(db, event); }));
        QSqlDatabase db = catalog->database();
        const Result<QList<StageEvent>> img = stageHistory(db, QStringLiteral("img"));
        QVERIFY(img);
        QCOMPARE(img->size(), 3); // the resumed plan's test once, both verifications
        QCOMPARE(img->at(0).kind, StageKind::Verify);
        QCOMPARE(img->at(0).note, QStringLiteral("looks fine"));
        QCOMPARE(img->at(2).kind, StageKind::Test);
        QCOMPARE(img->at(2).promotionId, QStringLiteral("p1"));
        QCOMPARE(img->at(2).at, t0);
        const Result<QList<StageEvent>> all = stageHistory(db, QString());
        QCOMPARE(all->size(), 4);
        QVERIFY(!all->at(2).actor.isEmpty()); // filled in when the record had none
        QCOMPARE(stageKindFromName(QStringLiteral("rollback")), std::optional<StageKind>(StageKind::Rollback));
        QCOMPARE(stageKindFromName(QStringLiteral("promote")), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestStageEvents)
#include "tst_stageevents.moc"
