// The register-image use case that stewardctl and the GUI share, against the Kasm test server: exactly the groups
// asked for, nothing changed when a group is unknown, and the image removed again when a later step fails.
#include "AwaitFuture.h"
#include "KasmTestServer.h"
#include "kasm/KasmApiDeployment.h"
#include "workflow/RegisterImage.h"

#include <QTest>

using namespace steward;
using steward::test::awaitResult;
using steward::test::KasmTestServer;

class TestRegisterImage final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KasmTestServer> m_server;
    std::shared_ptr<kasm::KasmApiDeployment> m_deployment;

    workflow::ImageRegistration chrome(const QStringList &groups) const
    {
        workflow::ImageRegistration request;
        request.reference = QStringLiteral("registry.example/team/chrome:20261128");
        request.friendlyName = QStringLiteral("Chrome (custom)");
        request.groups = groups;
        request.dockerUser = QStringLiteral("puller");
        return request;
    }

    QStringList imageIdsNamed(const QString &reference) const
    {
        QStringList ids;
        for (const QJsonObject &image : m_server->images()) {
            if (image.value(QStringLiteral("name")).toString() == reference)
                ids << image.value(QStringLiteral("image_id")).toString();
        }
        return ids;
    }

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
    }

    void cleanup()
    {
        m_deployment.reset();
        m_server.reset();
    }

    void theImageIsInExactlyTheGivenGroups()
    {
        const auto registered =
            awaitResult(workflow::registerImage(m_deployment, chrome({QStringLiteral("Image Testers")}), this));
        QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().toString()));
        QCOMPARE(m_server->groupImageIds(m_server->groupId(QStringLiteral("Image Testers"))),
                 QStringList{registered->imageId});
        QVERIFY(!m_server->groupImageIds(m_server->groupId(QStringLiteral("All Users"))).contains(registered->imageId));
        const QJsonObject stored = m_server->image(registered->imageId);
        QCOMPARE(stored.value(QStringLiteral("docker_registry")).toString(),
                 QStringLiteral("https://registry.example"));
        QCOMPARE(stored.value(QStringLiteral("docker_user")).toString(), QStringLiteral("puller"));
        QCOMPARE(stored.value(QStringLiteral("cores")).toDouble(), 2.0);
        QCOMPARE(stored.value(QStringLiteral("memory")).toDouble(), 2768000000.0);
    }

    void anUnknownGroupChangesNothing()
    {
        const qsizetype before = m_server->images().size();
        m_server->clearCalls();
        const auto registered = awaitResult(workflow::registerImage(
            m_deployment, chrome({QStringLiteral("Image Testers"), QStringLiteral("Nobody")}), this));
        QVERIFY(!registered);
        QCOMPARE(registered.error().code, ErrorCode::NotFound);
        QVERIFY2(registered.error().message.contains(QLatin1String("No group \"Nobody\"")) &&
                     registered.error().message.contains(QLatin1String("Image Testers")) &&
                     registered.error().message.contains(QLatin1String("Nothing was registered")),
                 qPrintable(registered.error().message));
        QCOMPARE(m_server->images().size(), before);
        QVERIFY2(!m_server->callNames().contains(QStringLiteral("create_image")),
                 qPrintable(m_server->callNames().join(u',')));
    }

    void aFailedGroupStepRemovesTheImageAgain()
    {
        m_server->injectFault(KasmTestServer::Fault::Html, 1, QStringLiteral("add_images_group"));
        const auto registered =
            awaitResult(workflow::registerImage(m_deployment, chrome({QStringLiteral("Image Testers")}), this));
        QVERIFY(!registered);
        QVERIFY2(registered.error().message.endsWith(QLatin1String("The image was not registered.")),
                 qPrintable(registered.error().message));
        QVERIFY(m_server->callNames().contains(QStringLiteral("delete_image")));
        QVERIFY(imageIdsNamed(QStringLiteral("registry.example/team/chrome:20261128")).isEmpty());
    }

    void aReferenceThatIsNotOneIsRefusedBeforeAnyCall()
    {
        m_server->clearCalls();
        workflow::ImageRegistration request = chrome({});
        request.reference = QStringLiteral("Not A Ref!! @@");
        const auto registered = awaitResult(workflow::registerImage(m_deployment, request, this));
        QVERIFY(!registered);
        QCOMPARE(registered.error().code, ErrorCode::InvalidInput);
        QVERIFY(m_server->callNames().isEmpty());
    }

    void aFriendlyNameWithAControlCharacterIsRefusedBeforeAnyCall()
    {
        m_server->clearCalls();
        workflow::ImageRegistration request = chrome({});
        request.friendlyName = QStringLiteral("Chrome\x1b[31m");
        const auto registered = awaitResult(workflow::registerImage(m_deployment, request, this));
        QVERIFY(!registered);
        QCOMPARE(registered.error().code, ErrorCode::InvalidInput);
        QVERIFY2(registered.error().message.contains(QLatin1String("\\x1b")), qPrintable(registered.error().message));
        QVERIFY(m_server->callNames().isEmpty());
    }

    void theRegistryComesFromTheReference_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("registry");
        QTest::newRow("a Docker Hub library image") << "alpine:3.20"
                                                    << "https://index.docker.io/v1/";
        QTest::newRow("a Docker Hub user image") << "kasmweb/chrome:1.16.0"
                                                 << "https://index.docker.io/v1/";
        QTest::newRow("docker.io spelt out") << "docker.io/kasmweb/chrome:1.16.0"
                                             << "https://index.docker.io/v1/";
        QTest::newRow("a private registry") << "registry.example/team/app:1"
                                            << "https://registry.example";
        QTest::newRow("a private registry with a port") << "registry.example:5000/app:1"
                                                        << "https://registry.example:5000";
        QTest::newRow("a loopback registry") << "127.0.0.1:5055/kasm-demo/chrome:1"
                                             << "http://127.0.0.1:5055";
        QTest::newRow("localhost") << "localhost:5000/app:1"
                                   << "http://localhost:5000";
    }

    void theRegistryComesFromTheReference()
    {
        QFETCH(QString, reference);
        QFETCH(QString, registry);
        const Result<ImageReference> parsed = ImageReference::parse(reference);
        QVERIFY(parsed);
        QCOMPARE(workflow::kasmRegistryUrlFor(*parsed), registry);
    }
};

QTEST_GUILESS_MAIN(TestRegisterImage)
#include "tst_registerimage.moc"
