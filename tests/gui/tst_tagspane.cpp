// The Tags pane offscreen on the real registry (Debian's docker-registry, seeded with OCI images) and a profile's
// catalog: a refresh shows every tag with its digest, tags of one digest together, and the images that use them; the
// filter box narrows them; the next open shows the cache at once without a request to the registry; a refresh
// canceled at any point leaves the cache with either the old tags or the new, never a mix, and shows what it holds; a
// registry error (unknown repository, registry stopped) is shown in the pane, not in a box, with the registry's words.
#include "AwaitFuture.h"
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "core/KasmImage.h"
#include "core/Teardown.h"
#include "gui/tags/TagsPane.h"
#include "guimodels/tags/TagTableModel.h"
#include "kasm/DeploymentSnapshot.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "store/MemoryCredentialStore.h"
#include "store/RegistryLogins.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPromise>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace steward;
using namespace steward::gui;
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

// A keychain that answers a read only when the test says so: the pane's login read held open for as long as needed.
class HeldCredentialStore final : public store::CredentialStore
{
public:
    QFuture<Result<std::optional<QString>>> read(const QString &) override
    {
        ++reads;
        pending.start();
        return pending.future();
    }
    QFuture<Status> write(const QString &, const QString &) override { return QtFuture::makeReadyFuture(Status{}); }
    QFuture<Status> remove(const QString &) override { return QtFuture::makeReadyFuture(Status{}); }
    bool persistent() const override { return false; }
    QString description() const override { return QStringLiteral("held"); }
    void answer()
    {
        pending.addResult(Result<std::optional<QString>>(std::optional<QString>(QStringLiteral("secret"))));
        pending.finish();
    }

    int reads = 0;
    QPromise<Result<std::optional<QString>>> pending;
};

class TestTagsPane final : public QObject
{
    Q_OBJECT

private:
    test::RegistryFixture m_registry;
    bool m_started = false;
    QString m_production;
    QString m_build;
    std::unique_ptr<QTemporaryDir> m_profile;
    std::shared_ptr<store::CatalogWorker> m_catalog;
    std::unique_ptr<TagsPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    int m_cancelRuns = 0;

    QString host() const { return m_registry.hostPort(); }

    static test::SeededImage seed(const test::RegistryFixture &registry, const QString &repository, const QString &tag,
                                  const QByteArray &payload)
    {
        test::SyncHttp http;
        return test::seedImage(http, registry.baseUrl(), repository, tag, payload);
    }

    // `tag` names what `image` is: one manifest PUT, no blob moves.
    bool tagAgain(const QString &repository, const test::SeededImage &image, const QString &tag) const
    {
        test::SyncHttp http;
        QUrl url = m_registry.baseUrl();
        url.setPath(QStringLiteral("/v2/") + repository + QStringLiteral("/manifests/") + tag);
        return http.send("PUT", url, image.manifestBytes, {{"Content-Type", image.mediaType.toUtf8()}}).status == 201;
    }

    static KasmImage image(const QString &friendlyName, const QString &reference)
    {
        KasmImage image;
        image.imageId = friendlyName;
        image.friendlyName = friendlyName;
        image.name = reference;
        return image;
    }

    // The deployment's Chrome on the production build, its test twin on the new one.
    kasm::DeploymentSnapshot snapshot() const
    {
        kasm::DeploymentSnapshot snapshot;
        snapshot.images = {
            image(QStringLiteral("Chrome"), host() + QStringLiteral("/kasm-demo/chrome:20261115-0400")),
            image(QStringLiteral("Chrome (test)"), host() + QStringLiteral("/kasm-demo/chrome:20261128-0400"))};
        return snapshot;
    }

    // A pane as the window makes it, showing `reference` (the snapshot's Chrome when it is Chrome's).
    void openPane(const QString &reference)
    {
        m_tester.reset();
        m_pane = std::make_unique<TagsPane>();
        m_tester =
            std::make_unique<QAbstractItemModelTester>(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_pane->setCatalog(m_catalog);
        m_pane->resize(900, 500);
        m_pane->show();
        kasm::DeploymentSnapshot shown = snapshot();
        if (reference != shown.images.first().name)
            shown.images << image(QStringLiteral("Shown"), reference);
        m_pane->showImage(shown.images.last().name == reference ? shown.images.last() : shown.images.first(), shown);
    }

    TagTableModel *model() const { return m_pane->findChild<TagTableModel *>(QStringLiteral("tagModel")); }
    QString status() const { return m_pane->findChild<QLabel *>(QStringLiteral("tagsStatus"))->text(); }

    // What the catalog's tag cache holds for `repository` of the test registry.
    TagDigests cached(const QString &repository) const
    {
        const QString registry = store::registryHostKey(host());
        const auto tags = awaitResult(m_catalog->run<QList<store::CachedTag>>(
            [registry, repository](QSqlDatabase &db) { return store::cachedTags(db, registry, repository); }));
        return tags ? asMap(*tags) : TagDigests{{QStringLiteral("error"), tags.error().toString()}};
    }

    // What the pane shows, unfiltered.
    TagDigests shown() const
    {
        TagDigests map;
        for (int row = 0; row < model()->rowCount(); ++row)
            map.insert(model()->tagAt(row).tag, model()->tagAt(row).digest);
        return map;
    }

    QString cell(const QString &tag, int column) const
    {
        return model()->index(model()->rowOfTag(tag), column).data().toString();
    }

    // Refreshes with F5's action and waits until the pane is idle again.
    void refreshAndWait()
    {
        m_pane->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isRefreshing() && m_pane->refreshAction()->isEnabled(), 30000);
    }

    static bool anyModalBox()
    {
        if (QApplication::activeModalWidget())
            return true;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->isVisible() && qobject_cast<QMessageBox *>(widget))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_started = m_registry.start();
        if (!m_started)
            return;
        const test::SeededImage production =
            seed(m_registry, QStringLiteral("kasm-demo/chrome"), QStringLiteral("20261115-0400"), "chrome prod\n");
        const test::SeededImage build =
            seed(m_registry, QStringLiteral("kasm-demo/chrome"), QStringLiteral("20261128-0400"), "chrome build\n");
        QVERIFY(production.ok && build.ok);
        m_production = production.digest;
        m_build = build.digest;
        QVERIFY(tagAgain(QStringLiteral("kasm-demo/chrome"), production, QStringLiteral("stable")));
        QVERIFY(tagAgain(QStringLiteral("kasm-demo/chrome"), build, QStringLiteral("latest")));
    }

    void init()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        m_profile = std::make_unique<QTemporaryDir>();
        m_catalog = std::make_shared<store::CatalogWorker>();
        store::CatalogOptions options;
        options.profileDir = m_profile->path();
        QVERIFY(awaitResult(m_catalog->open(options)));
    }

    void cleanup()
    {
        m_tester.reset();
        m_pane.reset();
        steward::drainPostedEvents();
        m_catalog.reset();
        m_profile.reset();
    }

    void aRefreshShowsEveryTagGroupedByDigestWithTheImagesThatUseIt()
    {
        openPane(host() + QStringLiteral("/kasm-demo/chrome:20261115-0400"));
        // The cache is empty: the pane reads the registry by itself.
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 4, 30000);
        const TagDigests expected{{QStringLiteral("20261115-0400"), m_production},
                                  {QStringLiteral("stable"), m_production},
                                  {QStringLiteral("20261128-0400"), m_build},
                                  {QStringLiteral("latest"), m_build}};
        QCOMPARE(shown(), expected);
        QTRY_COMPARE(cached(QStringLiteral("kasm-demo/chrome")), expected);
        QVERIFY2(status().contains(QStringLiteral("4 tags read from the registry")), qPrintable(status()));

        // Tags of one digest sit together, in one group, each knowing it shares its digest.
        const int production = model()->rowOfTag(QStringLiteral("20261115-0400"));
        const int stable = model()->rowOfTag(QStringLiteral("stable"));
        QCOMPARE(qAbs(production - stable), 1);
        const auto group = [this](int row) { return model()->index(row, 0).data(TagTableModel::DigestGroupRole); };
        QCOMPARE(group(production), group(stable));
        QVERIFY(group(production) != group(model()->rowOfTag(QStringLiteral("latest"))));
        QCOMPARE(model()->index(stable, 0).data(TagTableModel::SharedTagCountRole).toInt(), 2);
        QVERIFY(cell(QStringLiteral("stable"), TagTableModel::DigestColumn).startsWith(m_production.left(19)));
        QVERIFY(!cell(QStringLiteral("stable"), TagTableModel::PlatformsColumn).isEmpty());

        // What is in production and what is in test, by the images that use each tag.
        QCOMPARE(cell(QStringLiteral("20261115-0400"), TagTableModel::UsedByColumn), QStringLiteral("Chrome"));
        QCOMPARE(cell(QStringLiteral("20261128-0400"), TagTableModel::UsedByColumn), QStringLiteral("Chrome (test)"));
        QCOMPARE(cell(QStringLiteral("latest"), TagTableModel::UsedByColumn), QString());
    }

    void theFilterBoxNarrowsTheTagsAsTyped()
    {
        openPane(host() + QStringLiteral("/kasm-demo/chrome:20261115-0400"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 4, 30000);
        auto *filter = m_pane->findChild<QLineEdit *>(QStringLiteral("tagsFilter"));
        QTest::keyClicks(filter, QStringLiteral("2026"));
        QCOMPARE(model()->rowCount(), 2);
        QCOMPARE(model()->tagAt(0).tag.left(4), QStringLiteral("2026"));
        // A digest's first characters find every tag that names it.
        filter->clear();
        QCOMPARE(model()->rowCount(), 4);
        QTest::keyClicks(filter, m_build.mid(7, 10));
        QCOMPARE(shown(),
                 (TagDigests{{QStringLiteral("20261128-0400"), m_build}, {QStringLiteral("latest"), m_build}}));
        QTest::keyClicks(filter, QStringLiteral("no such tag"));
        QCOMPARE(model()->rowCount(), 0);
    }

    void theNextOpenShowsTheCacheAtOnceWithoutAskingTheRegistry()
    {
        openPane(host() + QStringLiteral("/kasm-demo/chrome:20261115-0400"));
        QTRY_COMPARE_WITH_TIMEOUT(cached(QStringLiteral("kasm-demo/chrome")).size(), 4, 30000);
        QTRY_VERIFY(!m_pane->isRefreshing());
        m_registry.accessLog(); // the first refresh's lines, read and forgotten below
        m_registry.clearLogs();

        openPane(host() + QStringLiteral("/kasm-demo/chrome:20261115-0400"));
        QTRY_COMPARE(model()->rowCount(), 4);
        QCOMPARE(shown(), cached(QStringLiteral("kasm-demo/chrome")));
        QVERIFY2(status().contains(QStringLiteral("from the cache")), qPrintable(status()));
        QCOMPARE(m_registry.accessLog().size(), 0);
        // Nor afterwards: the cache is not refreshed behind the user's back.
        QTest::qWait(500);
        QVERIFY(!m_pane->isRefreshing());
        QCOMPARE(m_registry.accessLog().size(), 0);

        // F5 does ask: the count above could have seen requests.
        refreshAndWait();
        QVERIFY(!m_registry.accessLog().isEmpty());
    }

    // Cancel while the pane still reads the registry login (before any request): the refresh never starts, not even
    // when the login arrives later, and the pane says it was canceled.
    void aCancelWhileTheLoginIsReadStartsNoRefresh()
    {
        openPane(host() + QStringLiteral("/kasm-demo/chrome:20261115-0400"));
        QTRY_COMPARE_WITH_TIMEOUT(cached(QStringLiteral("kasm-demo/chrome")).size(), 4, 30000);
        QTRY_VERIFY(!m_pane->isRefreshing());
        // A stored login for the registry, its secret in a keychain that answers when told.
        auto stored = std::make_shared<store::MemoryCredentialStore>();
        QVERIFY(awaitResult(store::saveRegistryLogin(m_catalog->catalog(), stored, host(), QStringLiteral("alice"),
                                                     QStringLiteral("pw"), QStringLiteral("test"))));
        auto held = std::make_shared<HeldCredentialStore>();
        m_pane->setCredentials(held);
        m_registry.accessLog();
        m_registry.clearLogs();

        m_pane->refreshAction()->trigger();
        QTRY_COMPARE(held->reads, 1);
        QVERIFY2(status().startsWith(QLatin1String("Looking up the login")), qPrintable(status()));
        QVERIFY(!m_pane->isRefreshing());
        auto *cancel = m_pane->findChild<QToolButton *>(QStringLiteral("cancelTagsButton"));
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY2(status().contains(QLatin1String("canceled")), qPrintable(status()));

        held->answer(); // the login arrives after the cancel
        QTest::qWait(500);
        QVERIFY(!m_pane->isRefreshing());
        QVERIFY(m_pane->refreshAction()->isEnabled());
        QCOMPARE(m_registry.accessLog().size(), 0);
        QVERIFY2(status().contains(QLatin1String("canceled")), qPrintable(status()));
    }

    void aCanceledRefreshLeavesTheCacheWholeAndShowsIt_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::addColumn<int>("atProgress");
        QTest::newRow("canceled as soon as it starts") << QString() << 0;
        QTest::newRow("canceled a third into resolving the digests") << QStringLiteral("Resolving") << 100;
        QTest::newRow("canceled while the new images are read") << QStringLiteral("Reading image") << 0;
        QTest::newRow("canceled as the cache is written") << QStringLiteral("Saving") << 0;
    }

    void aCanceledRefreshLeavesTheCacheWholeAndShowsIt()
    {
        QFETCH(QString, phase);
        QFETCH(int, atProgress);
        // Its own repository per row: 122 tags over two images, cached; then 212 more over 12 images not seen before.
        const QString repository = QStringLiteral("cancel/run-%1").arg(++m_cancelRuns);
        QList<test::SeededImage> images;
        for (int i = 0; i < 2; ++i) {
            images << seed(m_registry, repository, QStringLiteral("build-%1").arg(i), "build " + QByteArray::number(i));
            QVERIFY(images.last().ok);
        }
        openPane(host() + QLatin1Char('/') + repository);
        QTRY_VERIFY_WITH_TIMEOUT(!cached(repository).isEmpty(), 30000);
        QTRY_VERIFY(!m_pane->isRefreshing());
        for (int i = 0; i < 120; ++i)
            QVERIFY(tagAgain(repository, images.at(i % 2), QStringLiteral("old-%1").arg(i, 3, 10, QLatin1Char('0'))));
        refreshAndWait();
        const TagDigests before = cached(repository);
        QCOMPARE(before.size(), 122);
        for (int i = 2; i < 14; ++i) {
            images << seed(m_registry, repository, QStringLiteral("build-%1").arg(i), "build " + QByteArray::number(i));
            QVERIFY(images.last().ok);
        }
        for (int i = 0; i < 200; ++i)
            QVERIFY(
                tagAgain(repository, images.at(2 + i % 12), QStringLiteral("new-%1").arg(i, 3, 10, QLatin1Char('0'))));
        const int newCount = 122 + 12 + 200;

        // The Cancel button, pressed when the progress says `phase` (and has reached `atProgress`).
        auto *progress = m_pane->findChild<QProgressBar *>(QStringLiteral("tagsProgress"));
        auto *cancel = m_pane->findChild<QToolButton *>(QStringLiteral("cancelTagsButton"));
        bool pressed = false;
        const auto pressWhenDue = [&] {
            if (!pressed && m_pane->isRefreshing() && status().startsWith(phase) && progress->value() >= atProgress) {
                pressed = true;
                QTest::mouseClick(cancel, Qt::LeftButton);
            }
        };
        connect(progress, &QProgressBar::valueChanged, m_pane.get(), pressWhenDue);
        QTimer poll;
        connect(&poll, &QTimer::timeout, m_pane.get(), pressWhenDue);
        poll.start(0);
        m_pane->refreshAction()->trigger();
        pressWhenDue();
        QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isRefreshing(), 30000);
        poll.stop();

        // Whatever point it stopped at: the old tags or the new, whole; and the pane shows what the cache holds.
        const TagDigests after = cached(repository);
        QVERIFY2(after == before || after.size() == newCount,
                 qPrintable(QStringLiteral("%1 tags cached").arg(after.size())));
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
        QTRY_COMPARE(shown(), after);
        if (pressed && after == before) // the refresher stops, then the pane says so
            QTRY_VERIFY2(status().contains(QStringLiteral("canceled")), qPrintable(status()));
        // Early enough, the cancel must have won: the last rows may race the end of the refresh.
        qInfo("cancel pressed: %s; cache after: %s", pressed ? "yes" : "no",
              after == before ? "the old tags" : "the new tags");
        if (phase.isEmpty() || phase == QLatin1String("Resolving")) {
            QVERIFY(pressed);
            QCOMPARE(after, before);
        }
    }

    void anUnknownRepositoryIsShownInThePaneWithTheRegistrysMessage()
    {
        openPane(host() + QStringLiteral("/kasm-demo/nothing-here:1.0"));
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("could not be read")), 30000);
        QVERIFY2(status().contains(QStringLiteral("repository name not known to registry")), qPrintable(status()));
        QVERIFY(!anyModalBox());
        QVERIFY(!m_pane->isRefreshing());
        QVERIFY(m_pane->refreshAction()->isEnabled());
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(cached(QStringLiteral("kasm-demo/nothing-here")), TagDigests{});
    }

    void aStoppedRegistryIsShownInThePaneAndTheCacheStays()
    {
        test::RegistryFixture stopping;
        QVERIFY2(stopping.start(), qPrintable(stopping.errorString()));
        const test::SeededImage only = seed(stopping, QStringLiteral("team/app"), QStringLiteral("1.0"), "app\n");
        QVERIFY(only.ok);
        openPane(stopping.hostPort() + QStringLiteral("/team/app:1.0"));
        QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), 1, 30000);
        QTRY_VERIFY(!m_pane->isRefreshing());
        const QString key = store::registryHostKey(stopping.hostPort());
        const auto cachedHere = [this, key] {
            return asMap(*awaitResult(m_catalog->run<QList<store::CachedTag>>(
                [key](QSqlDatabase &db) { return store::cachedTags(db, key, QStringLiteral("team/app")); })));
        };
        const TagDigests before = cachedHere();
        QCOMPARE(before, (TagDigests{{QStringLiteral("1.0"), only.digest}}));

        stopping.stop();
        refreshAndWait();
        QVERIFY2(status().contains(QStringLiteral("could not be read from ") + stopping.hostPort()),
                 qPrintable(status()));
        QVERIFY2(status().contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(status()));
        QVERIFY(!anyModalBox());
        QCOMPARE(shown(), before);
        QCOMPARE(cachedHere(), before);
    }
};

QTEST_MAIN(TestTagsPane)
#include "tst_tagspane.moc"
