// TagCache: the last digest seen for each tag, updated in place when a tag moves.
#include "store/Catalog.h"
#include "store/TagCache.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::store;

class TestTagCache final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aMovedTagReplacesItsCachedDigest()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = *Catalog::open(dir.path());
        QSqlDatabase db = catalog->database();
        const QDateTime created = QDateTime::fromString(QStringLiteral("2026-11-28T04:00:00.000Z"), Qt::ISODateWithMs);
        QVERIFY(upsertCachedTag(db, {QStringLiteral("r.example"),
                                     QStringLiteral("team/app"),
                                     QStringLiteral("latest"),
                                     QStringLiteral("sha256:aaa"),
                                     QStringLiteral("application/vnd.oci.image.index.v1+json"),
                                     created,
                                     {},
                                     {},
                                     -1}));
        QVERIFY(upsertCachedTag(db, {QStringLiteral("r.example"),
                                     QStringLiteral("team/app"),
                                     QStringLiteral("1.0"),
                                     QStringLiteral("sha256:aaa"),
                                     {},
                                     {},
                                     {},
                                     {},
                                     -1}));
        QVERIFY(upsertCachedTag(db, {QStringLiteral("r.example"),
                                     QStringLiteral("team/app"),
                                     QStringLiteral("latest"),
                                     QStringLiteral("sha256:bbb"),
                                     {},
                                     {},
                                     {},
                                     {},
                                     -1}));
        QVERIFY(upsertCachedTag(db, {QStringLiteral("r.example"),
                                     QStringLiteral("team/other"),
                                     QStringLiteral("latest"),
                                     QStringLiteral("sha256:ccc"),
                                     {},
                                     {},
                                     {},
                                     {},
                                     -1}));
        const Result<QList<CachedTag>> tags = cachedTags(db, QStringLiteral("r.example"), QStringLiteral("team/app"));
        QVERIFY(tags);
        QCOMPARE(tags->size(), 2);
        QCOMPARE(tags->at(0).tag, QStringLiteral("1.0"));
        QCOMPARE(tags->at(1).tag, QStringLiteral("latest"));
        QCOMPARE(tags->at(1).digest, QStringLiteral("sha256:bbb"));
        QVERIFY(tags->at(1).seenAt.isValid());
    }

    void replacingARepositoryKeepsPlatformsAndSizeAndDropsTagsTheRegistryNoLongerHas()
    {
        QTemporaryDir dir;
        std::shared_ptr<Catalog> catalog = *Catalog::open(dir.path());
        QSqlDatabase db = catalog->database();
        const auto tag = [](const QString &name, const QStringList &platforms, qint64 size) {
            CachedTag cached;
            cached.registry = QStringLiteral("r.example");
            cached.repository = QStringLiteral("team/app");
            cached.tag = name;
            cached.digest = QStringLiteral("sha256:aaa");
            cached.platforms = platforms;
            cached.size = size;
            return cached;
        };
        const Status first =
            replaceCachedTags(db, QStringLiteral("r.example"), QStringLiteral("team/app"),
                              {tag(QStringLiteral("old"), {}, -1), tag(QStringLiteral("1.0"), {}, -1)});
        QVERIFY2(first, first ? "" : qPrintable(first.error().toString()));
        QVERIFY(replaceCachedTags(
            db, QStringLiteral("r.example"), QStringLiteral("team/app"),
            {tag(QStringLiteral("1.0"), {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")}, 1234)}));
        const Result<QList<CachedTag>> tags = cachedTags(db, QStringLiteral("r.example"), QStringLiteral("team/app"));
        QVERIFY(tags);
        QCOMPARE(tags->size(), 1);
        QCOMPARE(tags->at(0).tag, QStringLiteral("1.0"));
        QCOMPARE(tags->at(0).platforms, QStringList({QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64")}));
        QCOMPARE(tags->at(0).size, 1234);
    }
};

QTEST_GUILESS_MAIN(TestTagCache)
#include "tst_tagcache.moc"
