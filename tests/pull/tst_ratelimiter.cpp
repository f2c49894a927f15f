// The sliding-window quota: a pull counts in (t - window, t]; refusals and foreign pulls; learning from headers.
#include "pull/RateLimiter.h"

#include <QTest>

using namespace steward::pull;

class TestRateLimiter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noWindowHoldsMoreThanTheLimit()
    {
        WindowCounter counter(3, 1000);
        QCOMPARE(counter.acquire(0, 2), 2);
        QCOMPARE(counter.acquire(500, 5), 1); // the third slot only
        QCOMPARE(counter.acquire(999, 1), 0);
        QCOMPARE(counter.availableAt(999), 1000); // the two pulls at 0 leave the window at 1000
        QCOMPARE(counter.acquire(1000, 5), 2);
        QCOMPARE(counter.availableAt(1000), 1500);
        QCOMPARE(counter.peak(), 3);
        QCOMPARE(counter.counted(), 5);
        QCOMPARE(counter.remaining(1500), 1);
    }

    void aZeroLimitNeverOpens()
    {
        WindowCounter counter(0, 1000);
        QCOMPARE(counter.acquire(0, 1), 0);
        QCOMPARE(counter.availableAt(0), std::numeric_limits<qint64>::max());
    }

    void unlimitedStillMeasuresThePeak()
    {
        WindowCounter counter(-1, 1000);
        QCOMPARE(counter.acquire(0, 7), 7);
        QCOMPARE(counter.acquire(999, 3), 3);
        QCOMPARE(counter.acquire(1000, 1), 1);
        QCOMPARE(counter.peak(), 10);
        QCOMPARE(counter.availableAt(1000), 1000);
    }

    void bucketsAreKeyedBySourceOrAccount()
    {
        RateLimiter limiter;
        limiter.setPolicies(dockerHubDefaults(QStringLiteral("hub")));
        const int anonymousA = limiter.bucketId({QStringLiteral("hub"), false, QStringLiteral("1.2.3.4")});
        const int anonymousB = limiter.bucketId({QStringLiteral("hub"), false, QStringLiteral("5.6.7.8")});
        const int account = limiter.bucketId({QStringLiteral("hub"), true, QStringLiteral("team")});
        QVERIFY(anonymousA != anonymousB && anonymousB != account);
        QCOMPARE(limiter.bucketId({QStringLiteral("hub"), false, QStringLiteral("1.2.3.4")}), anonymousA);
        QCOMPARE(limiter.bucket(anonymousA).limit(), 100);
        QCOMPARE(limiter.bucket(account).limit(), 200);
        QCOMPARE(limiter.bucket(account).windowMs(), 21600000);
        const int other = limiter.bucketId({QStringLiteral("private"), false, QStringLiteral("1.2.3.4")});
        QVERIFY(!limiter.bucket(other).limited());
    }

    void liveHeadersTeachThePolicyAndForeignPulls()
    {
        RateLimiter limiter;
        limiter.setPolicies(dockerHubDefaults(QStringLiteral("hub")));
        const BucketKey key{QStringLiteral("hub"), false, QStringLiteral("1.2.3.4")};
        const int id = limiter.bucketId(key);
        QCOMPARE(limiter.bucket(id).acquire(0, 4), 4);
        // The registry says 100 per hour with 90 left: 6 pulls were made by someone else.
        limiter.observe(key, RateLimitObservation{true, 100, 3600, 90}, 1000);
        QCOMPARE(limiter.policy(QStringLiteral("hub"), false), (RateLimitPolicy{100, 3600}));
        QCOMPARE(limiter.bucket(id).windowMs(), 3600000);
        QCOMPARE(limiter.bucket(id).remaining(1000), 90);
        // No headers at all: no limit applies.
        limiter.observe(key, RateLimitObservation{}, 2000);
        QVERIFY(!limiter.bucket(id).limited());
        QVERIFY(!limiter.policy(QStringLiteral("hub"), false));
    }
};

QTEST_APPLESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
