// The promotion use cases against the Kasm test server (Kasm's documented developer API, as strict as the reference)
// and the real registry: send-to-test creates a twin that Kasm would put in All Users and takes it out, deploys of
// both strategies change exactly what they should, and each deploy's cost is counted — the Kasm calls the server
// saw and the registry requests in its access log — so that the minimum a plan needs is a tested number.
#include "AwaitFuture.h"
#include "KasmTestServer.h"
#include "RateLimitProxy.h"
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "kasm/KasmApiDeployment.h"
#include "registry/RegistryClient.h"
#include "store/CatalogWorker.h"
#include "workflow/ManageImage.h"
#include "workflow/PlanRunner.h"
#include "workflow/Promote.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using steward::test::awaitResult;
using steward::test::KasmTestServer;
using steward::test::RateLimitProxy;
using steward::test::RegistryFixture;

class TestPromotionKasm final : public QObject
{
    Q_OBJECT

private:
    RegistryFixture m_registry;
    bool m_started = false;
    std::unique_ptr<KasmTestServer> m_server;
    std::shared_ptr<kasm::KasmApiDeployment> m_deployment;
    std::shared_ptr<registry::RegistryClient> m_client;
    std::unique_ptr<QTemporaryDir> m_profile;
    std::shared_ptr<store::CatalogWorker> m_catalog;
    QString m_imageId;

    static workflow::DeployRequest live()
    {
        workflow::DeployRequest request;
        request.image = QStringLiteral("Live");
        return request;
    }

    workflow::PlanServices services() { return {m_deployment, m_client, m_catalog, this}; }
    // The registry as the plans see it: the registry itself, or a proxy in front of it (m_front).
    QString repo() const
    {
        return (m_front ? m_front->hostPort() : m_registry.hostPort()) + QStringLiteral("/kasm/live");
    }
    std::unique_ptr<RateLimitProxy> m_front;

    QString addLive(const QString &tag)
    {
        m_imageId = m_server->addImage(QJsonObject{
            {QStringLiteral("friendly_name"), QStringLiteral("Live")},
            {QStringLiteral("name"), QString(repo() + QLatin1Char(':') + tag)},
            {QStringLiteral("docker_registry"), QString(QStringLiteral("http://") + repo().section(u'/', 0, 0))}});
        return m_imageId;
    }

    QString stableDigest()
    {
        const auto head =
            awaitResult(m_client->headManifest(*ImageReference::parse(QString(repo() + QStringLiteral(":stable")))));
        return head ? head->digest.toString() : QString();
    }

    QString seed(const QString &tag, const QByteArray &payload)
    {
        steward::test::SyncHttp http;
        const auto image =
            steward::test::seedImage(http, m_registry.baseUrl(), QStringLiteral("kasm/live"), tag, payload);
        return image.ok ? image.digest : QString();
    }

    QString twinId() const
    {
        for (const QJsonObject &image : m_server->images()) {
            if (image.value(QStringLiteral("friendly_name")).toString() == QLatin1String("Live (test)"))
                return image.value(QStringLiteral("image_id")).toString();
        }
        return {};
    }

    // How the agents are listed: get_agents, or get_servers on a server without it.
    QString agentsCall() const
    {
        for (const QString &call : m_server->callNames()) {
            if (call == QLatin1String("get_agents") || call == QLatin1String("get_servers"))
                return call;
        }
        return QStringLiteral("get_agents");
    }

    QStringList registryMethods()
    {
        QStringList methods;
        for (const auto &entry : m_registry.accessLog())
            methods << entry.method;
        m_registry.clearLogs();
        return methods;
    }

    int registryRequests()
    {
        const int count = int(m_registry.accessLog().size());
        m_registry.clearLogs();
        return count;
    }

    Result<store::Promotion> run(const Result<workflow::PlannedPromotion> &plan)
    {
        if (!plan)
            return fail(plan.error());
        return awaitResult(workflow::runPlan(services(), plan->promotion));
    }

    void manage(store::DeployStrategy strategy)
    {
        workflow::ManageRequest request;
        request.image = QStringLiteral("Live");
        request.repository = repo();
        request.testGroups = {QStringLiteral("Image Testers")};
        request.strategy = strategy;
        request.movingTag = QStringLiteral("stable");
        request.login = QString();
        QVERIFY(awaitResult(workflow::manageImage(m_deployment, m_catalog, request, this)));
    }

    void sendAndVerify(const QString &tag, const QString &digest)
    {
        const auto sent = run(awaitResult(
            workflow::planSendToTest(services(), {QStringLiteral("Live"), repo() + QLatin1Char(':') + tag})));
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().toString()));
        QVERIFY(awaitResult(workflow::verifyDigest(services(), QStringLiteral("Live"), digest, QString())));
    }

private Q_SLOTS:
    void initTestCase() { m_started = m_registry.start(); }

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
        m_client = std::make_shared<registry::RegistryClient>();
        m_profile = std::make_unique<QTemporaryDir>();
        m_catalog = std::make_shared<store::CatalogWorker>();
        store::CatalogOptions options;
        options.profileDir = m_profile->path();
        QVERIFY(awaitResult(m_catalog->open(options)));
    }

    void cleanup()
    {
        m_front.reset();
        m_catalog.reset();
        m_client.reset();
        m_deployment.reset();
        m_server.reset();
    }

    void pinDeployCostsOneKasmWriteAndTwoHeads()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        const QString production = seed(QStringLiteral("pin-prod"), "live prod\n");
        const QString build = seed(QStringLiteral("pin-20261201-0400"), "live pin build\n");
        m_imageId =
            m_server->addImage(QJsonObject{{QStringLiteral("friendly_name"), QStringLiteral("Live")},
                                           {QStringLiteral("name"), QString(repo() + QStringLiteral(":pin-prod"))},
                                           {QStringLiteral("docker_registry"), m_registry.baseUrl().toString()}});
        m_server->setAddNewImagesToDefaultGroup(true);
        manage(store::DeployStrategy::Pin);
        sendAndVerify(QStringLiteral("pin-20261201-0400"), build);
        // The twin exists, runs the candidate, and only the testers see it (Kasm had put it in All Users too).
        const QString twin = twinId();
        QVERIFY(!twin.isEmpty());
        QCOMPARE(m_server->image(twin).value(QStringLiteral("name")).toString(),
                 repo() + QStringLiteral(":pin-20261201-0400"));
        QVERIFY(m_server->groupImageIds(m_server->groupId(QStringLiteral("Image Testers"))).contains(twin));
        QVERIFY(!m_server->groupImageIds(m_server->groupId(QStringLiteral("All Users"))).contains(twin));

        m_server->clearCalls();
        registryRequests();
        const auto plan = awaitResult(workflow::planDeploy(services(), live()));
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        QCOMPARE(plan->previousDigest, production);
        const auto done = run(plan);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
        QCOMPARE(m_server->image(m_imageId).value(QStringLiteral("name")).toString(),
                 repo() + QStringLiteral(":pin-20261201-0400"));
        const QStringList calls = m_server->callNames();
        const int requests = registryRequests();
        qInfo("pin deploy: %lld Kasm calls (%s), %d registry requests", qlonglong(calls.size()),
              qPrintable(calls.join(u", ")), requests);
        QCOMPARE(requests, 2); // HEAD of the unique tag (still what was tested), HEAD of what the users get now
        // Plan: the images, the agents (readiness). Step: the image re-read (changed since the plan?), the write.
        QCOMPARE(calls, (QStringList{QStringLiteral("get_images"), agentsCall(), QStringLiteral("get_images"),
                                     QStringLiteral("update_image")}));
    }

    void moveDeployMovesTheTagAndRollsBack()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        const QString production = seed(QStringLiteral("stable"), "live stable\n");
        const QString build = seed(QStringLiteral("mv-20261202-0400"), "live move build\n");
        m_imageId =
            m_server->addImage(QJsonObject{{QStringLiteral("friendly_name"), QStringLiteral("Live")},
                                           {QStringLiteral("name"), QString(repo() + QStringLiteral(":stable"))},
                                           {QStringLiteral("docker_registry"), m_registry.baseUrl().toString()}});
        manage(store::DeployStrategy::Move);
        sendAndVerify(QStringLiteral("mv-20261202-0400"), build);

        m_server->clearCalls();
        registryRequests();
        const auto done = run(awaitResult(workflow::planDeploy(services(), live())));
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
        const QStringList calls = m_server->callNames();
        const QList<steward::test::AccessLogEntry> log = m_registry.accessLog();
        m_registry.clearLogs();
        QStringList requests;
        for (const auto &entry : log)
            requests << entry.method;
        qInfo("move deploy: %lld Kasm calls (%s), %lld registry requests (%s)", qlonglong(calls.size()),
              qPrintable(calls.join(u", ")), qlonglong(requests.size()), qPrintable(requests.join(u", ")));
        // The image already runs :stable: no image step. Plan: the images, the agents.
        QCOMPARE(calls, (QStringList{QStringLiteral("get_images"), agentsCall()}));
        // Plan: HEAD unique tag, HEAD stable; step: HEAD stable (moved since the plan?), GET manifest, PUT.
        QCOMPARE(requests, (QStringList{QStringLiteral("HEAD"), QStringLiteral("HEAD"), QStringLiteral("HEAD"),
                                        QStringLiteral("GET"), QStringLiteral("PUT")}));
        QCOMPARE(m_server->image(m_imageId).value(QStringLiteral("name")).toString(),
                 repo() + QStringLiteral(":stable"));
        const auto head =
            awaitResult(m_client->headManifest(*ImageReference::parse(QString(repo() + QStringLiteral(":stable")))));
        QVERIFY(head);
        QCOMPARE(head->digest.toString(), build);

        const auto rolledBack = run(awaitResult(workflow::planRollback(services(), QStringLiteral("Live"))));
        QVERIFY2(rolledBack, qPrintable(rolledBack ? QString() : rolledBack.error().toString()));
        const auto after =
            awaitResult(m_client->headManifest(*ImageReference::parse(QString(repo() + QStringLiteral(":stable")))));
        QCOMPARE(after->digest.toString(), production);
    }

    void moveDeployOfAnImageNotOnTheMovingTagMovesItAndPointsTheImageThere()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        const QString production = seed(QStringLiteral("mp-prod"), "live mp prod\n");
        const QString build = seed(QStringLiteral("mp-20261204-0400"), "live mp build\n");
        QVERIFY(!production.isEmpty() && !build.isEmpty());
        m_imageId =
            m_server->addImage(QJsonObject{{QStringLiteral("friendly_name"), QStringLiteral("Live")},
                                           {QStringLiteral("name"), QString(repo() + QStringLiteral(":mp-prod"))},
                                           {QStringLiteral("docker_registry"), m_registry.baseUrl().toString()}});
        manage(store::DeployStrategy::Move);
        sendAndVerify(QStringLiteral("mp-20261204-0400"), build);
        m_server->clearCalls();
        registryRequests();
        const auto done = run(awaitResult(workflow::planDeploy(services(), live())));
        QVERIFY2(done, qPrintable(done ? QString() : done.error().toString()));
        const QStringList calls = m_server->callNames();
        const QStringList requests = registryMethods();
        qInfo("move deploy, image not on the moving tag: %lld Kasm calls (%s), %lld registry requests (%s)",
              qlonglong(calls.size()), qPrintable(calls.join(u", ")), qlonglong(requests.size()),
              qPrintable(requests.join(u", ")));
        // Plan: the images, the agents. Steps: the image re-read, the write.
        QCOMPARE(calls, (QStringList{QStringLiteral("get_images"), agentsCall(), QStringLiteral("get_images"),
                                     QStringLiteral("update_image")}));
        // Plan: HEAD unique tag, HEAD what the image runs, HEAD stable (none yet); move-tag: HEAD, GET, PUT.
        QCOMPARE(requests, (QStringList{QStringLiteral("HEAD"), QStringLiteral("HEAD"), QStringLiteral("HEAD"),
                                        QStringLiteral("HEAD"), QStringLiteral("GET"), QStringLiteral("PUT")}));
        QCOMPARE(m_server->image(m_imageId).value(QStringLiteral("name")).toString(),
                 repo() + QStringLiteral(":stable"));
        const auto head =
            awaitResult(m_client->headManifest(*ImageReference::parse(QString(repo() + QStringLiteral(":stable")))));
        QVERIFY(head);
        QCOMPARE(head->digest.toString(), build);
    }

    void aServerThatExplicitlyRefusesTheUpdateLeavesNothingDone()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        seed(QStringLiteral("r-prod"), "live r prod\n");
        const QString build = seed(QStringLiteral("r-20261205-0400"), "live r build\n");
        m_imageId =
            m_server->addImage(QJsonObject{{QStringLiteral("friendly_name"), QStringLiteral("Live")},
                                           {QStringLiteral("name"), QString(repo() + QStringLiteral(":r-prod"))},
                                           {QStringLiteral("docker_registry"), m_registry.baseUrl().toString()}});
        manage(store::DeployStrategy::Pin);
        sendAndVerify(QStringLiteral("r-20261205-0400"), build);
        m_server->injectFault(KasmTestServer::Fault::Refuse, 1, QStringLiteral("update_image"));
        const auto refused = run(awaitResult(workflow::planDeploy(services(), live())));
        QVERIFY(!refused);
        // The cause, in Kasm's words, and which step it stopped.
        QVERIFY2(refused.error().message.contains(QLatin1String("locked by another administrator")) &&
                     refused.error().message.contains(QLatin1String("Step 1")),
                 qPrintable(refused.error().message));
        QCOMPARE(m_server->image(m_imageId).value(QStringLiteral("name")).toString(),
                 repo() + QStringLiteral(":r-prod"));
        const auto open = awaitResult(workflow::unfinishedPlans(services()));
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().steps.at(0).state, QStringLiteral("failed"));
        QCOMPARE(open->first().steps.at(1).state, QStringLiteral("pending"));
        QCOMPARE(awaitResult(workflow::stageHistoryOf(services(), QStringLiteral("Live")))->first().kind,
                 store::StageKind::Verify);
        // Abandoned: the image is as it was, and the refused step is recorded as undone with nothing to put back.
        const auto abandoned = awaitResult(workflow::abandonPlan(services(), open->first().promotionId));
        QVERIFY2(abandoned, qPrintable(abandoned ? QString() : abandoned.error().toString()));
        QCOMPARE(abandoned->state, QStringLiteral("rolled-back"));
        QCOMPARE(
            abandoned->steps.at(0).result.value(QStringLiteral("undo")).toObject().value(QStringLiteral("changed")),
            QJsonValue(false));
        QCOMPARE(m_server->image(m_imageId).value(QStringLiteral("name")).toString(),
                 repo() + QStringLiteral(":r-prod"));
    }

    void aRegistryAnswering5xxMidPlanLeavesTheStepFailedAndTheTagWhereItWas()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        m_front = std::make_unique<RateLimitProxy>();
        m_front->setMode(RateLimitProxy::Mode::Unlimited);
        QVERIFY2(m_front->start(m_registry), qPrintable(m_front->errorString()));
        const QString production = seed(QStringLiteral("stable"), "live 5xx prod\n");
        const QString build = seed(QStringLiteral("x-20261206-0400"), "live 5xx build\n");
        addLive(QStringLiteral("stable"));
        manage(store::DeployStrategy::Move);
        sendAndVerify(QStringLiteral("x-20261206-0400"), build);
        RateLimitProxy::FaultRule unavailable;
        unavailable.fault = RateLimitProxy::Fault::Status;
        unavailable.method = "PUT";
        unavailable.status = 503;
        unavailable.times = -1; // however often the client tries
        m_front->addFault(unavailable);
        const auto failed = run(awaitResult(workflow::planDeploy(services(), live())));
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QLatin1String("Step 1")) &&
                     failed.error().message.contains(QLatin1String("503")),
                 qPrintable(failed.error().message));
        QCOMPARE(stableDigest(), production);
        const auto open = awaitResult(workflow::unfinishedPlans(services()));
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().steps.at(0).state, QStringLiteral("failed"));
        QCOMPARE(awaitResult(workflow::stageHistoryOf(services(), QStringLiteral("Live")))->first().kind,
                 store::StageKind::Verify);
        // The registry is back: the plan is resumed and completes.
        m_front->clearFaults();
        const auto resumed = awaitResult(workflow::resumePlan(services(), open->first().promotionId));
        QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().toString()));
        QCOMPARE(stableDigest(), build);
    }

    void aMovingTagMovedBySomeoneElseMidPlanIsLeftToThem()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        seed(QStringLiteral("stable"), "live moved prod\n");
        const QString build = seed(QStringLiteral("m-20261207-0400"), "live moved build\n");
        addLive(QStringLiteral("stable"));
        manage(store::DeployStrategy::Move);
        sendAndVerify(QStringLiteral("m-20261207-0400"), build);
        const auto plan = awaitResult(workflow::planDeploy(services(), live()));
        QVERIFY(plan);
        // Another pipeline moves `stable` after the plan was made.
        const QString theirs = seed(QStringLiteral("stable"), "someone else's stable\n");
        const auto refused = run(plan);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.contains(QLatin1String("someone moved it")),
                 qPrintable(refused.error().message));
        QCOMPARE(stableDigest(), theirs);
        const auto open = awaitResult(workflow::unfinishedPlans(services()));
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().steps.at(0).state, QStringLiteral("failed"));
        const auto abandoned = awaitResult(workflow::abandonPlan(services(), open->first().promotionId));
        QVERIFY2(abandoned, qPrintable(abandoned ? QString() : abandoned.error().toString()));
        QCOMPARE(stableDigest(), theirs);
        QCOMPARE(awaitResult(workflow::stageHistoryOf(services(), QStringLiteral("Live")))->first().kind,
                 store::StageKind::Verify);
    }

    void aUniqueTagDeletedAfterTheTestIsRefusedBeforeAnythingChanges()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        seed(QStringLiteral("d-prod"), "live d prod\n");
        const QString build = seed(QStringLiteral("d-20261208-0400"), "live d build\n");
        addLive(QStringLiteral("d-prod"));
        manage(store::DeployStrategy::Pin);
        sendAndVerify(QStringLiteral("d-20261208-0400"), build);
        // A registry deletes manifests, not tags: the build goes, and its unique tag with it.
        steward::test::SyncHttp http;
        QUrl manifest = m_registry.baseUrl();
        manifest.setPath(QStringLiteral("/v2/kasm/live/manifests/") + build);
        QCOMPARE(http.send("DELETE", manifest).status, 202);
        const auto refused = awaitResult(workflow::planDeploy(services(), live()));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::NotFound);
        QVERIFY2(refused.error().message.contains(QLatin1String("d-20261208-0400")) &&
                     refused.error().message.contains(QLatin1String("deleted")),
                 qPrintable(refused.error().message));
        QVERIFY(awaitResult(workflow::unfinishedPlans(services()))->isEmpty());
        QCOMPARE(m_server->image(m_imageId).value(QStringLiteral("name")).toString(),
                 repo() + QStringLiteral(":d-prod"));
    }

    void aServerThatRefusesTheUpdateLeavesAFailedPlanAndNoStage()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        seed(QStringLiteral("f-prod"), "live f prod\n");
        const QString build = seed(QStringLiteral("f-20261203-0400"), "live f build\n");
        m_imageId =
            m_server->addImage(QJsonObject{{QStringLiteral("friendly_name"), QStringLiteral("Live")},
                                           {QStringLiteral("name"), QString(repo() + QStringLiteral(":f-prod"))},
                                           {QStringLiteral("docker_registry"), m_registry.baseUrl().toString()}});
        manage(store::DeployStrategy::Pin);
        sendAndVerify(QStringLiteral("f-20261203-0400"), build);
        m_server->injectFault(KasmTestServer::Fault::DropConnection, 5, QStringLiteral("update_image"));
        const auto failed = run(awaitResult(workflow::planDeploy(services(), live())));
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(QLatin1String("Step 1")), qPrintable(failed.error().message));
        // The server made the change but its answer was lost: the journal must not call the step done.
        const auto history = awaitResult(workflow::stageHistoryOf(services(), QStringLiteral("Live")));
        QCOMPARE(history->first().kind, store::StageKind::Verify); // no deploy recorded
        const auto open = awaitResult(workflow::unfinishedPlans(services()));
        QCOMPARE(open->size(), 1);
        QCOMPARE(open->first().state, QStringLiteral("failed"));
        QCOMPARE(open->first().steps.first().state, QStringLiteral("failed"));
        // The server is back: resuming finds the change made (the step re-reads) and finishes the plan.
        const auto resumed = awaitResult(workflow::resumePlan(services(), open->first().promotionId));
        QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error().toString()));
        QCOMPARE(m_server->image(m_imageId).value(QStringLiteral("name")).toString(),
                 repo() + QStringLiteral(":f-20261203-0400"));
        QCOMPARE(awaitResult(workflow::stageHistoryOf(services(), QStringLiteral("Live")))->first().kind,
                 store::StageKind::Deploy);
    }
};

QTEST_MAIN(TestPromotionKasm)
#include "tst_promotionkasm.moc"
