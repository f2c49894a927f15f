// Unique-tag patterns: strftime-style conversions in UTC and {version}, every result a valid tag or an error that
// says what to change.
#include "workflow/TagPattern.h"

#include <QTest>
#include <QTimeZone>

using namespace steward;
using namespace steward::workflow;

class TestTagPattern final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expandsPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("version");  // null: the image has no version label
        QTest::addColumn<QString>("expected"); // null: an error
        QTest::addColumn<QString>("mentions"); // in the error
        const QDateTime utc(QDate(2026, 11, 28), QTime(4, 5, 9), Qt::UTC);
        const QDateTime berlin(QDate(2026, 11, 28), QTime(5, 5, 9), QTimeZone("Europe/Berlin"));
        QTest::newRow("the default pattern gives date and minute")
            << QStringLiteral("%Y%m%d-%H%M") << utc << QString() << QStringLiteral("20261128-0405") << QString();
        QTest::newRow("seconds and a literal prefix") << QStringLiteral("build-%Y%m%d%H%M%S") << utc << QString()
                                                      << QStringLiteral("build-20261128040509") << QString();
        QTest::newRow("a local time is converted to UTC")
            << QStringLiteral("%Y%m%d-%H%M") << berlin << QString() << QStringLiteral("20261128-0405") << QString();
        QTest::newRow("the version label and the date")
            << QStringLiteral("{version}-%Y%m%d") << utc << QStringLiteral("1.16.0")
            << QStringLiteral("1.16.0-20261128") << QString();
        QTest::newRow("the version twice") << QStringLiteral("{version}.{version}") << utc << QStringLiteral("2")
                                           << QStringLiteral("2.2") << QString();
        QTest::newRow("a percent sign is refused as a tag character")
            << QStringLiteral("%%Y") << utc << QString() << QString() << QStringLiteral("not a valid tag");
        QTest::newRow("a missing version label is named")
            << QStringLiteral("{version}-%Y") << utc << QString() << QString()
            << QStringLiteral("org.opencontainers.image.version");
        QTest::newRow("a version that is no tag character is refused")
            << QStringLiteral("{version}") << utc << QStringLiteral("1.0+build.5") << QString()
            << QStringLiteral("gives \"1.0+build.5\", which is not a valid tag");
        QTest::newRow("an unknown conversion is named")
            << QStringLiteral("%Y%j") << utc << QString() << QString() << QStringLiteral("\"%j\"");
        QTest::newRow("a trailing percent is refused")
            << QStringLiteral("%Y%") << utc << QString() << QString() << QStringLiteral("does not know");
        QTest::newRow("a slash is refused")
            << QStringLiteral("%Y/%m") << utc << QString() << QString() << QStringLiteral("gives \"2026/11\"");
        QTest::newRow("a leading dash is refused")
            << QStringLiteral("-%Y") << utc << QString() << QString() << QStringLiteral("not a valid tag");
        QTest::newRow("more than 128 characters is refused")
            << QString(QStringLiteral("x").repeated(125) + QStringLiteral("%Y")) << utc << QString() << QString()
            << QStringLiteral("not a valid tag");
    }

    void expandsPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QDateTime, time);
        QFETCH(QString, version);
        QFETCH(QString, expected);
        QFETCH(QString, mentions);
        const Result<QString> tag =
            expandTagPattern(pattern, time, version.isNull() ? std::nullopt : std::optional<QString>(version));
        if (!expected.isNull()) {
            QVERIFY2(tag, qPrintable(tag ? QString() : tag.error().message));
            QCOMPARE(*tag, expected);
            return;
        }
        QVERIFY2(!tag, qPrintable(tag ? *tag : QString()));
        QVERIFY2(tag.error().message.contains(mentions), qPrintable(tag.error().message));
    }

    void tellsWhatAPatternNeeds()
    {
        QCOMPARE(tagPatternNeeds(QStringLiteral("%Y%m%d"))->time, true);
        QCOMPARE(tagPatternNeeds(QStringLiteral("%Y%m%d"))->version, false);
        QCOMPARE(tagPatternNeeds(QStringLiteral("{version}"))->time, false);
        QCOMPARE(tagPatternNeeds(QStringLiteral("{version}"))->version, true);
        QCOMPARE(tagPatternNeeds(QStringLiteral("v%%"))->time, false);
    }

    void aUniquePatternMustVaryPerBuild()
    {
        QVERIFY(checkUniquePattern(QStringLiteral("%Y%m%d-%H%M")));
        QVERIFY(checkUniquePattern(QStringLiteral("{version}")));
        const Status fixed = checkUniquePattern(QStringLiteral("nightly"));
        QVERIFY(!fixed);
        QVERIFY(fixed.error().message.contains(QLatin1String("same tag for every build")));
        QVERIFY(!checkUniquePattern(QStringLiteral("%Y:%m")));
    }
};

QTEST_APPLESS_MAIN(TestTagPattern)
#include "tst_tagpattern.moc"
