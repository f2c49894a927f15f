#include "workflow/TagNaming.h"

#include <QTest>
#include <QTimeZone>

using namespace steward;

class TestTagNaming final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildTags_data()
    {
        QTest::addColumn<QDateTime>("builtAt");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("unique");
        QTest::addColumn<QString>("moving");

        QTest::newRow("a build without prefix moves latest")
            << QDateTime(QDate(2026, 11, 28), QTime(4, 0), Qt::UTC) << QString() << QStringLiteral("20261128-0400")
            << QStringLiteral("latest");
        QTest::newRow("a versioned build moves its rolling tag")
            << QDateTime(QDate(2026, 11, 28), QTime(4, 5), Qt::UTC) << QStringLiteral("1.16.0")
            << QStringLiteral("1.16.0-20261128-0405") << QStringLiteral("1.16.0-rolling");
        QTest::newRow("a build stamped in another zone is named in UTC")
            << QDateTime(QDate(2026, 11, 28), QTime(1, 0), QTimeZone(3600)) << QString()
            << QStringLiteral("20261128-0000") << QStringLiteral("latest");
    }

    void buildTags()
    {
        QFETCH(QDateTime, builtAt);
        QFETCH(QString, prefix);
        const BuildTags tags = buildTagsFor(builtAt, prefix);
        QTEST(tags.unique, "unique");
        QTEST(tags.moving, "moving");
    }
};

QTEST_APPLESS_MAIN(TestTagNaming)
#include "tst_tagnaming.moc"
