#include "core/Clock.h"

#include <QTest>

using namespace steward;

class TestClock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void virtualClockMovesOnlyWhenTold()
    {
        VirtualClock clock(1000);
        QCOMPARE(clock.nowMs(), 1000);
        clock.advanceMs(30000);
        QCOMPARE(clock.nowMs(), 31000);
        clock.setMs(5);
        QCOMPARE(clock.nowMs(), 5);
        QCOMPARE(clock.now(), QDateTime::fromMSecsSinceEpoch(5, Qt::UTC));
    }

    void wallClockFollowsTheSystem()
    {
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 now = WallClock::instance().nowMs();
        const qint64 after = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(before <= now && now <= after);
        QCOMPARE(WallClock::instance().now().timeSpec(), Qt::UTC);
    }
};

QTEST_APPLESS_MAIN(TestClock)
#include "tst_clock.moc"
