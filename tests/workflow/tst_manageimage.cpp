// The manage use case against the Kasm test server and a real catalog: the image and the groups are resolved by
// name or id, defaults fill what was not given, a re-manage keeps what it was not told to change, and every refusal
// (unknown image, unknown group, a repository with a tag, a login the profile lacks) leaves the catalog as it was.
#include "AwaitFuture.h"
#include "KasmTestServer.h"
#include "kasm/KasmApiDeployment.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "workflow/ManageImage.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using steward::test::awaitResult;
using steward::test::KasmTestServer;

class TestManageImage final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KasmTestServer> m_server;
    std::shared_ptr<kasm::KasmApiDeployment> m_deployment;
    std::unique_ptr<QTemporaryDir> m_profile;
    std::shared_ptr<store::CatalogWorker> m_catalog;

    static workflow::ManageRequest chrome()
    {
        workflow::ManageRequest request;
        request.image = QStringLiteral("Chrome (custom)");
        request.repository = QStringLiteral("registry.example/team/chrome");
        request.testGroups = {QStringLiteral("Image Testers")};
        return request;
    }

    QList<store::ManagedImage> stored() { return *awaitResult(workflow::managedImages(m_catalog)); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<KasmTestServer>();
        QVERIFY(m_server->start());
        kasm::KasmConnection connection;
        connection.serverUrl = m_server->url();
        connection.apiKey = QStringLiteral("admin-key");
        connection.apiKeySecret = QStringLiteral("admin-secret");
        connection.timeoutMs = 5000;
        m_deployment = std::make_shared<kasm::KasmApiDeployment>(connection);
        m_profile = std::make_unique<QTemporaryDir>();
        m_catalog = std::make_shared<store::CatalogWorker>();
        store::CatalogOptions options;
        options.profileDir = m_profile->path();
        QVERIFY(awaitResult(m_catalog->open(options)));
    }

    void cleanup()
    {
        m_catalog.reset();
        m_deployment.reset();
        m_server.reset();
    }

    void findsAnImageByIdNameOrReference_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expectedId");
        QTest::addColumn<int>("errorCode");
        QTest::newRow("an id wins over a name") << QStringLiteral("b") << QStringLiteral("b") << -1;
        QTest::newRow("a unique friendly name") << QStringLiteral("Firefox") << QStringLiteral("c") << -1;
        QTest::newRow("a unique reference") << QStringLiteral("r.example/ff:1") << QStringLiteral("c") << -1;
        QTest::newRow("a name two images share is refused")
            << QStringLiteral("Chrome") << QString() << int(ErrorCode::InvalidInput);
        QTest::newRow("an unknown image is refused") << QStringLiteral("Edge") << QString() << int(ErrorCode::NotFound);
    }

    void findsAnImageByIdNameOrReference()
    {
        QFETCH(QString, what);
        QFETCH(QString, expectedId);
        QFETCH(int, errorCode);
        const auto image = [](const char *id, const char *name, const char *friendly) {
            KasmImage i;
            i.imageId = QLatin1String(id);
            i.name = QLatin1String(name);
            i.friendlyName = QLatin1String(friendly);
            return i;
        };
        const QList<KasmImage> images{image("a", "r.example/chrome:1", "Chrome"),
                                      image("b", "r.example/chrome:2", "Chrome"),
                                      image("c", "r.example/ff:1", "Firefox")};
        const Result<KasmImage> found = workflow::findKasmImage(images, what);
        if (errorCode < 0) {
            QVERIFY(found);
            QCOMPARE(found->imageId, expectedId);
        } else {
            QVERIFY(!found);
            QCOMPARE(int(found.error().code), errorCode);
        }
    }

    void aNewManagedImageTakesTheDefaults()
    {
        const auto managed = awaitResult(workflow::manageImage(m_deployment, m_catalog, chrome(), this));
        QVERIFY2(managed, qPrintable(managed ? QString() : managed.error().toString()));
        QVERIFY(managed->created);
        const QList<store::ManagedImage> all = stored();
        QCOMPARE(all.size(), 1);
        const store::ManagedImage &image = all.first();
        QCOMPARE(image.imageId, m_server->images().first().value(QStringLiteral("image_id")).toString());
        QCOMPARE(image.friendlyName, QStringLiteral("Chrome (custom)"));
        QCOMPARE(image.repository, QStringLiteral("registry.example/team/chrome"));
        QCOMPARE(image.testGroups.size(), 1);
        QCOMPARE(image.testGroups.first().groupId, m_server->groupId(QStringLiteral("Image Testers")));
        QCOMPARE(image.uniquePattern, QStringLiteral("%Y%m%d-%H%M"));
        QCOMPARE(image.movingTag, QStringLiteral("latest"));
        QCOMPARE(image.strategy, store::DeployStrategy::Pin);
        QVERIFY2(image.loginRegistry.isEmpty(), "the profile has no login for registry.example");
    }

    void aReManageKeepsWhatItWasNotToldToChange()
    {
        workflow::ManageRequest first = chrome();
        first.movingTag = QStringLiteral("stable");
        QVERIFY(awaitResult(workflow::manageImage(m_deployment, m_catalog, first, this)));
        store::ManagedImage withTwin = stored().first();
        withTwin.testTwinId = QStringLiteral("twin-1");
        QVERIFY(awaitResult(m_catalog->write(
            [withTwin](QSqlDatabase &db) { return store::saveManagedImage(db, withTwin, QStringLiteral("tester")); })));
        workflow::ManageRequest again = chrome();
        again.strategy = store::DeployStrategy::Move;
        again.image = withTwin.imageId;
        const auto managed = awaitResult(workflow::manageImage(m_deployment, m_catalog, again, this));
        QVERIFY2(managed, qPrintable(managed ? QString() : managed.error().toString()));
        QVERIFY(!managed->created);
        const store::ManagedImage image = stored().first();
        QCOMPARE(image.strategy, store::DeployStrategy::Move);
        QCOMPARE(image.movingTag, QStringLiteral("stable"));
        QCOMPARE(image.testTwinId, QStringLiteral("twin-1"));
    }

    void aStoredLoginForTheRepositorysRegistryIsUsed()
    {
        QVERIFY(awaitResult(m_catalog->write([](QSqlDatabase &db) -> Status {
            store::RegistryRecord registry;
            registry.url = QStringLiteral("registry.example");
            registry.username = QStringLiteral("puller");
            registry.credentialRef = QStringLiteral("registry/registry.example/puller");
            Result<qint64> id = store::upsertRegistry(db, registry);
            return id ? Status() : Status(fail(id.error()));
        })));
        QVERIFY(awaitResult(workflow::manageImage(m_deployment, m_catalog, chrome(), this)));
        QCOMPARE(stored().first().loginRegistry, QStringLiteral("registry.example"));
    }

    void stopManagingRemovesTheRecordAndLeavesTheOthers()
    {
        QVERIFY(awaitResult(workflow::manageImage(m_deployment, m_catalog, chrome(), this)));
        workflow::ManageRequest terminal = chrome();
        terminal.image = QStringLiteral("Terminal");
        terminal.repository = QStringLiteral("registry.example/team/terminal");
        const auto second = awaitResult(workflow::manageImage(m_deployment, m_catalog, terminal, this));
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        const QString chromeId = m_server->images().first().value(QStringLiteral("image_id")).toString();
        const Status stopped = awaitResult(workflow::stopManaging(m_catalog, chromeId));
        QVERIFY2(stopped, qPrintable(stopped ? QString() : stopped.error().toString()));
        const QList<store::ManagedImage> left = stored();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().friendlyName, QStringLiteral("Terminal"));
        // A second stop has nothing to stop: NotFound, and the other image stays managed.
        const Status again = awaitResult(workflow::stopManaging(m_catalog, chromeId));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotFound);
        QCOMPARE(stored().size(), 1);
    }

    void refusalsChangeNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("an unknown image")
            << QStringLiteral("image") << QStringLiteral("Edge") << QStringLiteral("No image \"Edge\"");
        QTest::newRow("an unknown group")
            << QStringLiteral("group") << QStringLiteral("Nobody") << QStringLiteral("No group \"Nobody\"");
        QTest::newRow("a repository with a tag")
            << QStringLiteral("repository") << QStringLiteral("registry.example/team/chrome:1")
            << QStringLiteral("without tag");
        QTest::newRow("a login the profile lacks") << QStringLiteral("login") << QStringLiteral("other.example")
                                                   << QStringLiteral("no login for other.example");
        QTest::newRow("a unique pattern that never changes")
            << QStringLiteral("unique") << QStringLiteral("build") << QStringLiteral("same tag for every build");
        QTest::newRow("a unique pattern that is no tag")
            << QStringLiteral("unique") << QStringLiteral("%Y/%m") << QStringLiteral("not a valid tag");
    }

    void refusalsChangeNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        workflow::ManageRequest request = chrome();
        if (field == QLatin1String("image"))
            request.image = value;
        else if (field == QLatin1String("group"))
            request.testGroups << value;
        else if (field == QLatin1String("repository"))
            request.repository = value;
        else if (field == QLatin1String("login"))
            request.login = value;
        else
            request.uniquePattern = value;
        m_server->clearCalls();
        const auto managed = awaitResult(workflow::manageImage(m_deployment, m_catalog, request, this));
        QVERIFY(!managed);
        QVERIFY2(managed.error().message.contains(mentions), qPrintable(managed.error().message));
        QVERIFY2(managed.error().message.contains(QLatin1String("Nothing was changed.")),
                 qPrintable(managed.error().message));
        QVERIFY(stored().isEmpty());
        for (const KasmTestServer::RecordedCall &call : m_server->calls())
            QVERIFY2(call.call.startsWith(QLatin1String("get_")), qPrintable(call.call));
    }

    // The dialog's refusals speak of its fields and the Registries page: a person there never typed a flag. The CLI's
    // wording of the same refusals keeps naming its options.
    void theWindowsWordingNamesNoFlag_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cliFlag");
        QTest::newRow("a login the profile lacks")
            << QStringLiteral("login") << QStringLiteral("other.example") << QStringLiteral("--login");
        QTest::newRow("a repository with a tag")
            << QStringLiteral("repository") << QStringLiteral("registry.example/team/chrome:1")
            << QStringLiteral("--repository");
    }

    void theWindowsWordingNamesNoFlag()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, cliFlag);
        workflow::ManageRequest request = chrome();
        if (field == QLatin1String("login"))
            request.login = value;
        else
            request.repository = value;
        const auto cli = awaitResult(workflow::manageImage(m_deployment, m_catalog, request, this));
        QVERIFY(!cli);
        QVERIFY2(cli.error().message.contains(cliFlag), qPrintable(cli.error().message));

        request.wording = workflow::ManageRequest::Wording::Window;
        const auto window = awaitResult(workflow::manageImage(m_deployment, m_catalog, request, this));
        QVERIFY(!window);
        const QString message = window.error().message;
        QVERIFY2(!message.contains(QLatin1String("--")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("stewardctl")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("Nothing was changed.")), qPrintable(message));
        QVERIFY(stored().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestManageImage)
#include "tst_manageimage.moc"
