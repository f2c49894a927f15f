// workflow::TagRefresher on the real registry (Debian's docker-registry) and a profile's catalog: every tag of a
// repository larger than the client's page cached with its digest and the image's details; a second refresh reads no
// manifest it already has details for; a canceled refresh and a failed one leave the cache as it was, the failure with
// the registry's own message. The registry's access log counts the requests.
#include "AwaitFuture.h"
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "core/Teardown.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "workflow/TagRefresh.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace steward;
using steward::test::awaitResult;

namespace {

using TagDigests = QMap<QString, QString>; // tag → digest

TagDigests asMap(const QList<store::CachedTag> &tags)
{
    TagDigests map;
    for (const store::CachedTag &tag : tags)
        map.insert(tag.tag, tag.digest);
    return map;
}

} // namespace

class TestTagRefresh final : public QObject
{
    Q_OBJECT

private:
    test::RegistryFixture m_registry;
    bool m_started = false;
    QList<test::SeededImage> m_images; // kasm-demo/many's two images
    std::unique_ptr<QTemporaryDir> m_profile;
    std::shared_ptr<store::CatalogWorker> m_catalog;
    std::unique_ptr<workflow::TagRefresher> m_refresher;

    ImageReference repository(const QString &path) const
    {
        return *ImageReference::parse(QString(m_registry.hostPort() + QLatin1Char('/') + path));
    }

    bool tagAgain(const QString &path, const test::SeededImage &image, const QString &tag) const
    {
        test::SyncHttp http;
        QUrl url = m_registry.baseUrl();
        url.setPath(QStringLiteral("/v2/") + path + QStringLiteral("/manifests/") + tag);
        return http.send("PUT", url, image.manifestBytes, {{"Content-Type", image.mediaType.toUtf8()}}).status == 201;
    }

    QList<store::CachedTag> cached(const QString &path) const
    {
        const QString registry = store::registryHostKey(m_registry.hostPort());
        return awaitResult(m_catalog->run<QList<store::CachedTag>>(
                               [registry, path](QSqlDatabase &db) { return store::cachedTags(db, registry, path); }))
            .value_or(QList<store::CachedTag>{});
    }

    Result<QList<store::CachedTag>> refresh(const QString &path)
    {
        return awaitResult(m_refresher->refresh(repository(path), std::nullopt, m_catalog), 60000);
    }

    // Requests of `method` whose path contains `part`, since the log was last cleared.
    int requests(const QString &method, const QString &part)
    {
        // The registry writes each line after its response: read until no more come.
        QList<test::AccessLogEntry> log = m_registry.accessLog();
        for (QList<test::AccessLogEntry> again; (again = m_registry.accessLog()).size() != log.size();) {
            log = again;
            QTest::qWait(100);
        }
        int count = 0;
        for (const test::AccessLogEntry &entry : std::as_const(log))
            count += entry.method == method && entry.path.contains(part) ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_started = m_registry.start();
        if (!m_started)
            return;
        // 1,101 tags over two images: more than the client's page of 1,000.
        test::SyncHttp http;
        test::SeedOptions older;
        older.created = QDateTime(QDate(2026, 11, 1), QTime(4, 0), Qt::UTC);
        m_images << test::seedImage(http, m_registry.baseUrl(), QStringLiteral("kasm-demo/many"), QStringLiteral("1.0"),
                                    "one\n", older);
        m_images << test::seedImage(http, m_registry.baseUrl(), QStringLiteral("kasm-demo/many"), QStringLiteral("2.0"),
                                    "two\n");
        QVERIFY(m_images.at(0).ok && m_images.at(1).ok);
        for (int i = 0; i < 1099; ++i) {
            QVERIFY(tagAgain(QStringLiteral("kasm-demo/many"), m_images.at(i % 2),
                             QStringLiteral("build-%1").arg(i, 4, 10, QLatin1Char('0'))));
        }
    }

    void init()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        m_profile = std::make_unique<QTemporaryDir>();
        m_catalog = std::make_shared<store::CatalogWorker>();
        store::CatalogOptions options;
        options.profileDir = m_profile->path();
        QVERIFY(awaitResult(m_catalog->open(options)));
        m_refresher = std::make_unique<workflow::TagRefresher>();
        m_registry.accessLog();
        m_registry.clearLogs();
    }

    void cleanup()
    {
        m_refresher.reset();
        steward::drainPostedEvents();
        m_catalog.reset();
        m_profile.reset();
    }

    void everyTagIsCachedWithItsDigestAndDetailsReadOncePerImage()
    {
        const auto refreshed = refresh(QStringLiteral("kasm-demo/many"));
        QVERIFY2(refreshed, qPrintable(refreshed ? QString() : refreshed.error().toString()));
        QCOMPARE(refreshed->size(), 1101);
        // Distribution 2.8 sends every tag on one page whatever n asks: Link pagination is the client's, tested in
        // tests/registry (tst_registryhostile) against a server that pages.
        QCOMPARE(requests(QStringLiteral("GET"), QStringLiteral("/tags/list")), 1);
        // One HEAD per tag; the two images read once each, not once per tag.
        QCOMPARE(requests(QStringLiteral("HEAD"), QStringLiteral("/manifests/")), 1101);
        QCOMPARE(requests(QStringLiteral("GET"), QStringLiteral("/manifests/")), 2);

        const QList<store::CachedTag> stored = cached(QStringLiteral("kasm-demo/many"));
        QCOMPARE(asMap(stored), asMap(*refreshed));
        const TagDigests map = asMap(stored);
        QCOMPARE(map.value(QStringLiteral("1.0")), m_images.at(0).digest);
        QCOMPARE(map.value(QStringLiteral("build-1098")), m_images.at(0).digest);
        QCOMPARE(map.value(QStringLiteral("build-1097")), m_images.at(1).digest);
        for (const store::CachedTag &tag : stored) {
            if (tag.tag == QLatin1String("build-0000")) {
                QCOMPARE(tag.platforms, QStringList{QStringLiteral("linux/amd64")});
                QCOMPARE(tag.created, QDateTime(QDate(2026, 11, 1), QTime(4, 0), Qt::UTC));
                QVERIFY(tag.size > 0);
            }
        }
    }

    void aSecondRefreshReadsNoManifestItHasDetailsFor()
    {
        QVERIFY(refresh(QStringLiteral("kasm-demo/many")));
        m_registry.accessLog();
        m_registry.clearLogs();
        const auto again = refresh(QStringLiteral("kasm-demo/many"));
        QVERIFY(again);
        QCOMPARE(requests(QStringLiteral("GET"), QStringLiteral("/manifests/")), 0);
        QCOMPARE(requests(QStringLiteral("GET"), QStringLiteral("/blobs/")), 0);
        // The details came from the cache.
        for (const store::CachedTag &tag : *again) {
            if (tag.tag == QLatin1String("2.0"))
                QCOMPARE(tag.platforms, QStringList{QStringLiteral("linux/amd64")});
        }
    }

    void aCanceledRefreshLeavesTheCacheAsItWas()
    {
        test::SyncHttp http;
        const test::SeededImage first =
            test::seedImage(http, m_registry.baseUrl(), QStringLiteral("team/cancel"), QStringLiteral("1"), "c1\n");
        QVERIFY(first.ok);
        QVERIFY(refresh(QStringLiteral("team/cancel")));
        const TagDigests before = asMap(cached(QStringLiteral("team/cancel")));
        QCOMPARE(before.size(), 1);
        for (int i = 0; i < 300; ++i)
            QVERIFY(tagAgain(QStringLiteral("team/cancel"), first, QStringLiteral("more-%1").arg(i)));

        // Canceled once a tenth of the digests are resolved.
        QFuture<Result<QList<store::CachedTag>>> running =
            m_refresher->refresh(repository(QStringLiteral("team/cancel")), std::nullopt, m_catalog);
        QFutureWatcher<Result<QList<store::CachedTag>>> watcher;
        QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
        bool canceled = false;
        connect(&watcher, &QFutureWatcherBase::progressValueChanged, this, [&](int value) {
            if (value >= 30 && !canceled) {
                canceled = true;
                watcher.cancel();
            }
        });
        watcher.setFuture(running);
        QVERIFY(finished.wait(30000));
        QVERIFY(canceled);
        QVERIFY(running.isCanceled());
        QCOMPARE(running.resultCount(), 0);
        // Stopped at once: far fewer than the 301 HEADs a whole refresh makes.
        QVERIFY2(requests(QStringLiteral("HEAD"), QStringLiteral("/manifests/")) < 301,
                 qPrintable(QString::number(requests(QStringLiteral("HEAD"), QStringLiteral("/manifests/")))));
        QTest::qWait(200); // nothing lands in the cache late either
        QCOMPARE(asMap(cached(QStringLiteral("team/cancel"))), before);

        // The refresher is not stuck: the next refresh reads everything.
        QCOMPARE(refresh(QStringLiteral("team/cancel"))->size(), 301);
    }

    void anUnknownRepositoryFailsWithTheRegistrysMessageAndKeepsTheCache()
    {
        const auto failed = refresh(QStringLiteral("kasm-demo/nothing-here"));
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::NotFound);
        QVERIFY2(failed.error().toString().contains(QStringLiteral("repository name not known to registry")),
                 qPrintable(failed.error().toString()));
        QVERIFY(cached(QStringLiteral("kasm-demo/nothing-here")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTagRefresh)
#include "tst_tagrefresh.moc"
