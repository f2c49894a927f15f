// KasmApiDeployment against the Kasm test server: every call, the documented quirks, and bad answers.
#include "AwaitFuture.h"
#include "KasmTestServer.h"
#include "kasm/DeploymentAudit.h"
#include "kasm/KasmApiDeployment.h"
#include "kasm/KasmJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QPromise>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace steward;
using steward::test::awaitResult;
using steward::test::KasmTestServer;

namespace {

const QString adminSecret = QStringLiteral("admin-secret");

// Our own audit interface, recorded in memory: what KasmApiDeployment hands the profile's audit log.
class RecordingAuditLog final : public kasm::DeploymentAuditLog
{
public:
    QFuture<Status> append(const store::AuditEntry &entry) override
    {
        QPromise<Status> promise;
        promise.start();
        if (failing) {
            promise.addResult(fail(ErrorCode::Storage, QStringLiteral("the test's audit log refuses")));
        } else {
            entries << entry;
            promise.addResult(Status{});
        }
        promise.finish();
        return promise.future();
    }
    QList<store::AuditEntry> entries;
    bool failing = false;
};

kasm::KasmConnection connectionTo(const QUrl &url, const QString &key = QStringLiteral("admin-key"),
                                  const QString &secret = adminSecret)
{
    kasm::KasmConnection c;
    c.serverUrl = url;
    c.apiKey = key;
    c.apiKeySecret = secret;
    c.timeoutMs = 5000;
    return c;
}

} // namespace

class TestKasmApiDeployment final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KasmTestServer> m_server;
    std::unique_ptr<kasm::KasmApiDeployment> m_deployment;

    KasmImage imageNamed(const QString &friendlyName)
    {
        const auto images = awaitResult(m_deployment->listImages());
        if (images) {
            for (const KasmImage &image : *images) {
                if (image.friendlyName == friendlyName)
                    return image;
            }
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<KasmTestServer>();
        QVERIFY(m_server->start());
        m_deployment = std::make_unique<kasm::KasmApiDeployment>(connectionTo(m_server->url()));
    }

    void cleanup()
    {
        m_deployment.reset();
        m_server.reset();
    }

    void everyCallPostsTheKeyInTheBody()
    {
        QVERIFY(awaitResult(m_deployment->listZones()));
        const auto calls = m_server->calls();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls.first().call, QStringLiteral("get_zones"));
        QCOMPARE(calls.first().body.value(QStringLiteral("api_key")).toString(), QStringLiteral("admin-key"));
    }

    void imagesAreReadWithTheirUnknownFields()
    {
        const auto images = awaitResult(m_deployment->listImages());
        QVERIFY2(images, qPrintable(images ? QString() : images.error().toString()));
        QCOMPARE(images->size(), 2);
        const KasmImage chrome = imageNamed(QStringLiteral("Chrome (custom)"));
        QCOMPARE(chrome.dockerUser, QStringLiteral("puller"));
        QVERIFY(chrome.available); // agent-1 holds it
        QCOMPARE(chrome.raw.value(QStringLiteral("session_time_limit")).toInt(), 3600);
        QCOMPARE(imageNamed(QStringLiteral("Terminal")).cores, 1.5);
    }

    void createImageSendsTheTokenAndJoinsAllUsers()
    {
        KasmImage image;
        image.name = QStringLiteral("registry.example/team/office:20261128");
        image.friendlyName = QStringLiteral("Office");
        image.dockerRegistry = QStringLiteral("https://registry.example");
        const auto created = awaitResult(m_deployment->createImage(image, QStringLiteral("tok3n")));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        QVERIFY(!created->imageId.isEmpty());
        QCOMPARE(created->friendlyName, QStringLiteral("Office"));
        QCOMPARE(m_server->storedDockerToken(created->imageId), QStringLiteral("tok3n"));
        QVERIFY(m_server->groupImageIds(m_server->groupId(QStringLiteral("All Users"))).contains(created->imageId));
        QVERIFY(!created->raw.contains(QStringLiteral("docker_token")));
    }

    void createImageWithoutAReferenceIsRefusedBeforeSending()
    {
        const auto created = awaitResult(m_deployment->createImage(KasmImage{}));
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::InvalidInput);
        QVERIFY(m_server->calls().isEmpty());
    }

    void updateImageKeepsFieldsImageStewardDoesNotKnow()
    {
        KasmImage chrome = imageNamed(QStringLiteral("Chrome (custom)"));
        // An admin changes fields in the Kasm UI after our read; our copy is stale.
        m_server->setImageField(chrome.imageId, QStringLiteral("session_time_limit"), 7200);
        m_server->setImageField(chrome.imageId, QStringLiteral("x_kasm_future_field"), QStringLiteral("keep me"));
        chrome.name = QStringLiteral("registry.example/team/chrome:20261128");
        const auto updated = awaitResult(m_deployment->updateImage(chrome));
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().toString()));
        QCOMPARE(updated->name, chrome.name);

        const QJsonObject stored = m_server->image(chrome.imageId);
        QCOMPARE(stored.value(QStringLiteral("name")).toString(), chrome.name);
        QCOMPARE(stored.value(QStringLiteral("session_time_limit")).toInt(), 7200);
        QCOMPARE(stored.value(QStringLiteral("x_kasm_future_field")).toString(), QStringLiteral("keep me"));
        QCOMPARE(
            stored.value(QStringLiteral("launch_config")).toObject().value(QStringLiteral("form")).toArray().size(), 2);
        QCOMPARE(stored.value(QStringLiteral("run_config")).toObject().value(QStringLiteral("hostname")).toString(),
                 QStringLiteral("kasm"));
        // The token goes back masked as read, so the server keeps the one it has; left out, it would be erased.
        QCOMPARE(m_server->storedDockerToken(chrome.imageId), QStringLiteral("registry-password"));
        QCOMPARE(m_server->callNames(), (QStringList{QStringLiteral("get_images"), QStringLiteral("get_images"),
                                                     QStringLiteral("update_image")}));
        const QJsonObject sent = m_server->calls().constLast().body.value(QStringLiteral("target_image")).toObject();
        QCOMPARE(sent.value(QStringLiteral("docker_token")).toString(), QStringLiteral("**********"));
        for (const char *notAField : {"session_time_limit", "x_kasm_future_field", "available", "server", "zone_name",
                                      "imageAttributes", "default_category", "persistent_profile_config"})
            QVERIFY2(!sent.contains(QLatin1String(notAField)), notAField);
        QCOMPARE(m_server->calls().constLast().status, 200);
    }

    void anUpdateFromAHandMadeCopyKeepsTheStoredToken()
    {
        // A caller that knows only the id and the new reference (what a deploy step holds) must not erase the
        // registry password: whether one is stored is taken from the server's current read.
        KasmImage stale;
        stale.imageId = imageNamed(QStringLiteral("Chrome (custom)")).imageId;
        stale.name = QStringLiteral("registry.example/team/chrome:20261128");
        stale.friendlyName = QStringLiteral("Chrome (custom)");
        stale.dockerRegistry = QStringLiteral("https://registry.example");
        stale.dockerUser = QStringLiteral("puller");
        QVERIFY(!stale.hasDockerToken);
        const auto updated = awaitResult(m_deployment->updateImage(stale));
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().toString()));
        QVERIFY(updated->hasDockerToken);
        QCOMPARE(m_server->storedDockerToken(stale.imageId), QStringLiteral("registry-password"));
    }

    void theRegistryLoginIsReadWithoutThePassword()
    {
        const KasmImage chrome = imageNamed(QStringLiteral("Chrome (custom)"));
        QVERIFY(chrome.hasDockerToken);
        QCOMPARE(chrome.registryLogin(), QStringLiteral("login: puller, password stored"));
        const KasmImage terminal = imageNamed(QStringLiteral("Terminal"));
        QVERIFY(!terminal.hasDockerToken);
        QCOMPARE(terminal.registryLogin(), QStringLiteral("anonymous"));
    }

    void everyWriteIsAcceptedByTheStrictServer()
    {
        KasmImage image = imageNamed(QStringLiteral("Chrome (custom)"));
        image.imageId.clear();
        image.friendlyName = QStringLiteral("Chrome copy");
        image.categories = {QStringLiteral("Browsers"), QStringLiteral("Office")};
        const auto created = awaitResult(m_deployment->createImage(image, QStringLiteral("copy-token")));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
        KasmImage changed = *created;
        changed.categories = QStringList{};
        changed.enabled = false;
        QVERIFY(awaitResult(m_deployment->updateImage(changed)));
        const QString testers = m_server->groupId(QStringLiteral("Image Testers"));
        QVERIFY(awaitResult(m_deployment->addImageToGroup(created->imageId, testers)));
        QVERIFY(awaitResult(m_deployment->removeImageFromGroup(created->imageId, testers)));
        QVERIFY(awaitResult(m_deployment->deleteImage(created->imageId)));
        for (const KasmTestServer::RecordedCall &call : m_server->calls())
            QVERIFY2(call.status == 200, qPrintable(call.call + QLatin1Char(' ') + QString::number(call.status)));
        QJsonObject createBody;
        for (const KasmTestServer::RecordedCall &call : m_server->calls()) {
            if (call.call == QLatin1String("create_image"))
                createBody = call.body.value(QStringLiteral("target_image")).toObject();
        }
        QCOMPARE(createBody.value(QStringLiteral("categories")).toString(), QStringLiteral("Browsers\nOffice"));
        QVERIFY(createBody.value(QStringLiteral("run_config")).isString());
        QVERIFY(!createBody.contains(QStringLiteral("image_id")));
    }

    void theTestServerRefusesWhatKasmRefuses_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("a view key fails with HTTP 500")
            << "zone_name" << QJsonValue(QStringLiteral("default")) << int(ErrorCode::Protocol) << "HTTP 500";
        QTest::newRow("a key Kasm does not know fails with HTTP 500")
            << "session_time_limit" << QJsonValue(60) << int(ErrorCode::Protocol) << "HTTP 500";
        QTest::newRow("a JSON field sent as an object is invalid json")
            << "run_config" << QJsonValue(QJsonObject{{QStringLiteral("hostname"), QStringLiteral("kasm")}})
            << int(ErrorCode::InvalidInput) << "Invalid json format for run_config";
        QTest::newRow("categories sent as an array fail with HTTP 500")
            << "categories" << QJsonValue(QJsonArray{QStringLiteral("Browsers")}) << int(ErrorCode::Protocol)
            << "HTTP 500";
    }

    void theTestServerRefusesWhatKasmRefuses()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(int, code);
        QFETCH(QString, says);
        const KasmImage chrome = imageNamed(QStringLiteral("Chrome (custom)"));
        QJsonObject target = kasm::json::imageWriteBody(chrome, kasm::json::ImageWrite::Update, std::nullopt);
        target.insert(field, value);
        const QJsonObject before = m_server->image(chrome.imageId);
        kasm::KasmApiClient client(connectionTo(m_server->url()));
        const auto answer =
            awaitResult(client.call(QStringLiteral("update_image"), {{QStringLiteral("target_image"), target}},
                                    kasm::KasmApiClient::Access::Write));
        QVERIFY(!answer);
        QCOMPARE(int(answer.error().code), code);
        QVERIFY2(answer.error().toString().contains(says), qPrintable(answer.error().toString()));
        QCOMPARE(m_server->image(chrome.imageId), before);
        QCOMPARE(m_server->storedDockerToken(chrome.imageId), QStringLiteral("registry-password"));
    }

    void aNewImageJoinsAllUsersOnlyWhenTheServerIsSetSo()
    {
        m_server->setAddNewImagesToDefaultGroup(false);
        KasmImage image;
        image.name = QStringLiteral("registry.example/team/office:20261128");
        const auto created = awaitResult(m_deployment->createImage(image));
        QVERIFY(created);
        QVERIFY(!m_server->groupImageIds(m_server->groupId(QStringLiteral("All Users"))).contains(created->imageId));
    }

    void aMemberIsNotAddedAgain()
    {
        const KasmImage chrome = imageNamed(QStringLiteral("Chrome (custom)"));
        const QString allUsers = m_server->groupId(QStringLiteral("All Users"));
        const QString testers = m_server->groupId(QStringLiteral("Image Testers"));
        QVERIFY(awaitResult(m_deployment->addImageToGroup(chrome.imageId, allUsers)));
        QVERIFY(awaitResult(m_deployment->addImageToGroup(chrome.imageId, testers)));
        QVERIFY(awaitResult(m_deployment->addImageToGroup(chrome.imageId, testers)));
        QCOMPARE(m_server->groupImageIds(allUsers).count(chrome.imageId), 1);
        QCOMPARE(m_server->groupImageIds(testers), QStringList{chrome.imageId});
        QCOMPARE(m_server->callNames().count(QStringLiteral("add_images_group")), 1);
    }

    void aSystemGroupTheKeyCannotSeeIsExplained()
    {
        m_server->addKey(QStringLiteral("plain-key"), {QStringLiteral("plain-secret"), false, false, true, false});
        kasm::KasmApiDeployment plain(
            connectionTo(m_server->url(), QStringLiteral("plain-key"), QStringLiteral("plain-secret")));
        const KasmImage chrome = imageNamed(QStringLiteral("Chrome (custom)"));
        const Status added =
            awaitResult(plain.addImageToGroup(chrome.imageId, m_server->groupId(QStringLiteral("All Users"))));
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::NotFound);
        QVERIFY2(added.error().message.contains(QLatin1String("Groups View System")),
                 qPrintable(added.error().message));
    }

    void aKeyWithoutModifyResourcesMayRenameButNotChangeResources()
    {
        m_server->addKey(QStringLiteral("meta-key"), {QStringLiteral("meta-secret"), false, false, false, true});
        kasm::KasmApiDeployment meta(
            connectionTo(m_server->url(), QStringLiteral("meta-key"), QStringLiteral("meta-secret")));
        for (const QString &name : {QStringLiteral("Chrome (custom)"), QStringLiteral("Terminal")}) {
            KasmImage image = imageNamed(name);
            image.friendlyName = name + QStringLiteral(" renamed");
            const auto renamed = awaitResult(meta.updateImage(image));
            QVERIFY2(renamed, qPrintable(renamed ? QString() : renamed.error().toString()));
        }
        KasmImage chrome = imageNamed(QStringLiteral("Chrome (custom) renamed"));
        chrome.memoryBytes = 4096000000;
        const auto refused = awaitResult(meta.updateImage(chrome));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
        QVERIFY2(refused.error().message.contains(QLatin1String("Images Modify Resources")),
                 qPrintable(refused.error().message));
        QCOMPARE(m_server->storedDockerToken(chrome.imageId), QStringLiteral("registry-password"));
    }

    void connectionTestNamesTheApiAndTheReportedVersion()
    {
        const auto info = awaitResult(m_deployment->info());
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QVERIFY2(info->api.contains(QLatin1String("/api/public")), qPrintable(info->api));
        QCOMPARE(info->version, QStringLiteral("1.15.0"));
    }

    void updateImageCanSetANewToken()
    {
        const KasmImage chrome = imageNamed(QStringLiteral("Chrome (custom)"));
        QVERIFY(awaitResult(m_deployment->updateImage(chrome, QStringLiteral("rotated"))));
        QCOMPARE(m_server->storedDockerToken(chrome.imageId), QStringLiteral("rotated"));
    }

    void updatingAVanishedImageIsNotFound()
    {
        KasmImage ghost = imageNamed(QStringLiteral("Terminal"));
        QVERIFY(awaitResult(m_deployment->deleteImage(ghost.imageId)));
        const auto updated = awaitResult(m_deployment->updateImage(ghost));
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, ErrorCode::NotFound);
        QVERIFY(!m_server->callNames().contains(QStringLiteral("update_image")));
    }

    void deleteImageRemovesItAndAnUnknownIdIsKasmsRefusal()
    {
        const KasmImage terminal = imageNamed(QStringLiteral("Terminal"));
        QVERIFY(awaitResult(m_deployment->deleteImage(terminal.imageId)));
        QVERIFY(m_server->image(terminal.imageId).isEmpty());
        const Status again = awaitResult(m_deployment->deleteImage(terminal.imageId));
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QLatin1String("Unable to find image")),
                 qPrintable(again.error().message));
    }

    void groupsAndMembership()
    {
        const auto groups = awaitResult(m_deployment->listGroups());
        QVERIFY(groups);
        QCOMPARE(groups->size(), 3);
        const QString allUsers = m_server->groupId(QStringLiteral("All Users"));
        const QString testers = m_server->groupId(QStringLiteral("Image Testers"));
        const auto members = awaitResult(m_deployment->listGroupImageIds(allUsers));
        QVERIFY(members);
        QCOMPARE(members->size(), 2);

        const KasmImage chrome = imageNamed(QStringLiteral("Chrome (custom)"));
        QVERIFY(awaitResult(m_deployment->addImageToGroup(chrome.imageId, testers)));
        QCOMPARE(m_server->groupImageIds(testers), QStringList{chrome.imageId});
        QCOMPARE(awaitResult(m_deployment->listGroupImageIds(testers)).value(), QStringList{chrome.imageId});
        QVERIFY(awaitResult(m_deployment->removeImageFromGroup(chrome.imageId, testers)));
        QVERIFY(m_server->groupImageIds(testers).isEmpty());

        // Kasm answers an unknown group with 401; that is not the key's fault and is not reported as such.
        const Status unknown = awaitResult(m_deployment->addImageToGroup(chrome.imageId, QStringLiteral("nope")));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QVERIFY2(unknown.error().message.contains(QLatin1String("no group nope")), qPrintable(unknown.error().message));
        const Status unknownRemove =
            awaitResult(m_deployment->removeImageFromGroup(chrome.imageId, QStringLiteral("nope")));
        QVERIFY(!unknownRemove);
        QCOMPARE(unknownRemove.error().code, ErrorCode::NotFound);
    }

    void agentsComeFromGetServersHostsWhenGetAgentsIsMissing()
    {
        const auto agents = awaitResult(m_deployment->listAgents());
        QVERIFY2(agents, qPrintable(agents ? QString() : agents.error().toString()));
        QCOMPARE(agents->size(), 3); // the Desktop and Server Pool entries are not agents
        QCOMPARE(m_server->callNames(), (QStringList{QStringLiteral("get_agents"), QStringLiteral("get_servers")}));
        const KasmAgent &first = agents->first();
        QCOMPARE(first.hostname, QStringLiteral("agent-1"));
        QVERIFY(first.holds(QStringLiteral("registry.example/team/chrome:20261101")));
        QCOMPARE(first.diskFreeBytes, 53687091200LL);
        QCOMPARE(agents->at(2).pruneMode, PruneMode::Aggressive);

        m_server->clearCalls();
        QVERIFY(awaitResult(m_deployment->listAgents()));
        QCOMPARE(m_server->callNames(), QStringList{QStringLiteral("get_servers")}); // detected once
    }

    void agentsComeFromGetAgentsWhenTheServerHasIt()
    {
        m_server->setAgentsCallAvailable(true);
        const auto agents = awaitResult(m_deployment->listAgents());
        QVERIFY(agents);
        QCOMPARE(agents->size(), 3);
        QVERIFY(!agents->first().agentId.isEmpty());
        QCOMPARE(m_server->callNames(), QStringList{QStringLiteral("get_agents")});
        const auto info = awaitResult(m_deployment->info());
        QVERIFY(info);
        QVERIFY(info->agentsCall);
    }

    void zones()
    {
        const auto zones = awaitResult(m_deployment->listZones());
        QVERIFY(zones);
        QCOMPARE(zones->size(), 2);
        QCOMPARE(zones->first().name, QStringLiteral("default"));
    }

    void connectionTestReportsWhatItFound()
    {
        const auto info = awaitResult(m_deployment->info());
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QCOMPARE(info->kind, QStringLiteral("kasm"));
        QCOMPARE(info->imageCount, 2);
        QCOMPARE(info->zoneCount, 2);
        QVERIFY(!info->agentsCall);
    }

    void keyProblemsBecomeActionableMessages_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("write");
        QTest::addColumn<bool>("licensed");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("a wrong secret is refused with 403")
            << "admin-key"
            << "guess" << false << true << int(ErrorCode::Forbidden) << "key id or secret is wrong";
        QTest::newRow("an unknown key is refused with 403")
            << "who"
            << "guess" << false << true << int(ErrorCode::Forbidden) << "Settings → Developers";
        QTest::newRow("a read-only key may not create")
            << "ro-key"
            << "ro-secret" << true << true << int(ErrorCode::Unauthorized) << "read-only";
        QTest::newRow("the permission a write needs is named")
            << "ro-key"
            << "ro-secret" << true << true << int(ErrorCode::Unauthorized) << "Images Create";
        QTest::newRow("an expired key fails even reads")
            << "old-key"
            << "old-secret" << false << true << int(ErrorCode::Unauthorized) << "expired";
        QTest::newRow("an unlicensed server refuses the API")
            << "admin-key"
            << "admin-secret" << false << false << int(ErrorCode::Forbidden) << "license";
    }

    void keyProblemsBecomeActionableMessages()
    {
        QFETCH(QString, key);
        QFETCH(QString, secret);
        QFETCH(bool, write);
        QFETCH(bool, licensed);
        QFETCH(int, code);
        QFETCH(QString, says);
        m_server->addKey(QStringLiteral("ro-key"), {QStringLiteral("ro-secret"), true, false});
        m_server->addKey(QStringLiteral("old-key"), {QStringLiteral("old-secret"), false, true});
        m_server->setLicensed(licensed);
        kasm::KasmApiDeployment deployment(connectionTo(m_server->url(), key, secret));
        Error error;
        if (write) {
            KasmImage image;
            image.name = QStringLiteral("r/x:1");
            const auto created = awaitResult(deployment.createImage(image));
            QVERIFY(!created);
            error = created.error();
        } else {
            const auto images = awaitResult(deployment.listImages());
            QVERIFY(!images);
            error = images.error();
        }
        QCOMPARE(int(error.code), code);
        QVERIFY2(error.toString().contains(says), qPrintable(error.toString()));
        QVERIFY(!error.toString().contains(secret)); // never a secret in an error
    }

    void aReadOnlyKeyStillReads()
    {
        m_server->addKey(QStringLiteral("ro-key"), {QStringLiteral("ro-secret"), true, false});
        kasm::KasmApiDeployment deployment(
            connectionTo(m_server->url(), QStringLiteral("ro-key"), QStringLiteral("ro-secret")));
        QVERIFY(awaitResult(deployment.listImages()));
    }

    void badAnswersBecomeClearErrors_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("an HTML page instead of JSON")
            << int(KasmTestServer::Fault::Html) << int(ErrorCode::Protocol) << "web page";
        QTest::newRow("JSON cut off half way")
            << int(KasmTestServer::Fault::TruncatedJson) << int(ErrorCode::Integrity) << "ended early";
        QTest::newRow("a field of the wrong type")
            << int(KasmTestServer::Fault::WrongTypes) << int(ErrorCode::Protocol) << "images[0].";
        QTest::newRow("a 30 MB body") << int(KasmTestServer::Fault::HugeBody) << int(ErrorCode::TooLarge) << "16 MiB";
        QTest::newRow("a 30 MB body announced by Content-Length")
            << int(KasmTestServer::Fault::HugeBodyAnnounced) << int(ErrorCode::TooLarge) << "16 MiB";
        QTest::newRow("a connection dropped mid-answer")
            << int(KasmTestServer::Fault::DropConnection) << int(ErrorCode::Network) << "closed the connection";
        QTest::newRow("no answer at all")
            << int(KasmTestServer::Fault::NoAnswer) << int(ErrorCode::Timeout) << "did not answer";
    }

    void badAnswersBecomeClearErrors()
    {
        QFETCH(int, fault);
        QFETCH(int, code);
        QFETCH(QString, says);
        kasm::KasmConnection connection = connectionTo(m_server->url());
        connection.timeoutMs = 500;
        kasm::KasmApiDeployment deployment(connection);
        m_server->injectFault(KasmTestServer::Fault(fault));
        const auto images = awaitResult(deployment.listImages());
        QVERIFY(!images);
        QCOMPARE(int(images.error().code), code);
        QVERIFY2(images.error().toString().contains(says), qPrintable(images.error().toString()));
        // The next call works again: nothing is left broken.
        QVERIFY(awaitResult(deployment.listImages()));
    }

    void wrongTypesAreNamedInEveryList_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("field");
        QTest::newRow("a group name that is an array") << "get_groups"
                                                       << "groups[0].name";
        QTest::newRow("a zone name that is an object") << "get_zones"
                                                       << "zones[0].zone_name";
        QTest::newRow("an agent record with wrongly typed fields") << "get_servers"
                                                                   << "servers[0].";
        QTest::newRow("an image record with wrongly typed fields") << "get_images"
                                                                   << "images[0].";
    }

    void wrongTypesAreNamedInEveryList()
    {
        QFETCH(QString, call);
        QFETCH(QString, field);
        m_server->injectFault(KasmTestServer::Fault::WrongTypes, 1, call);
        Error error;
        if (call == QLatin1String("get_groups"))
            error = awaitResult(m_deployment->listGroups()).error();
        else if (call == QLatin1String("get_zones"))
            error = awaitResult(m_deployment->listZones()).error();
        else if (call == QLatin1String("get_servers"))
            error = awaitResult(m_deployment->listAgents()).error();
        else
            error = awaitResult(m_deployment->listImages()).error();
        QCOMPARE(error.code, ErrorCode::Protocol);
        QVERIFY2(error.message.contains(field), qPrintable(error.message));
    }

    void aReadOnlyKeyMayNotWrite_data()
    {
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("permission");
        QTest::newRow("create_image needs Images Create") << "create_image"
                                                          << "Images Create";
        QTest::newRow("update_image needs Images Modify") << "update_image"
                                                          << "Images Modify";
        QTest::newRow("delete_image needs Images Delete") << "delete_image"
                                                          << "Images Delete";
        QTest::newRow("add_images_group needs Groups Modify") << "add_images_group"
                                                              << "Groups Modify";
        QTest::newRow("remove_images_group needs Groups Modify") << "remove_images_group"
                                                                 << "Groups Modify";
        QTest::newRow("update_image names Images Modify Resources") << "update_image"
                                                                    << "\"Images Modify Resources\"";
        QTest::newRow("add_images_group names Groups Modify System") << "add_images_group"
                                                                     << "\"Groups Modify System\"";
    }

    void aReadOnlyKeyMayNotWrite()
    {
        QFETCH(QString, call);
        QFETCH(QString, permission);
        m_server->addKey(QStringLiteral("ro-key"), {QStringLiteral("ro-secret"), true, false});
        kasm::KasmApiDeployment readOnly(
            connectionTo(m_server->url(), QStringLiteral("ro-key"), QStringLiteral("ro-secret")));
        const KasmImage chrome = imageNamed(QStringLiteral("Chrome (custom)"));
        const QString testers = m_server->groupId(QStringLiteral("Image Testers"));
        const QList<QJsonObject> before = m_server->images();
        Error error;
        if (call == QLatin1String("create_image"))
            error = awaitResult(readOnly.createImage(chrome)).error();
        else if (call == QLatin1String("update_image"))
            error = awaitResult(readOnly.updateImage(chrome)).error();
        else if (call == QLatin1String("delete_image"))
            error = awaitResult(readOnly.deleteImage(chrome.imageId)).error();
        else if (call == QLatin1String("add_images_group"))
            error = awaitResult(readOnly.addImageToGroup(chrome.imageId, testers)).error();
        else
            error = awaitResult(readOnly.removeImageFromGroup(chrome.imageId, testers)).error();
        QCOMPARE(error.code, ErrorCode::Unauthorized);
        QVERIFY2(error.message.contains(permission), qPrintable(error.message));
        QVERIFY2(error.message.contains(QLatin1String("read-only")), qPrintable(error.message));
        QCOMPARE(m_server->images(), before);
        QVERIFY(m_server->groupImageIds(testers).isEmpty());
    }

    void aFailedRefreshKeepsThePreviousSnapshot()
    {
        QSignalSpy refreshed(m_deployment.get(), &kasm::Deployment::refreshed);
        const auto first = awaitResult(m_deployment->refresh());
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QCOMPARE(first->imagesAdded.size(), 2);
        QCOMPARE(first->agentsAdded.size(), 3);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(m_deployment->snapshot().groupImageIds.value(m_server->groupId(QStringLiteral("All Users"))).size(),
                 2);

        m_server->setAgentImages(QStringLiteral("agent-2"),
                                 {{QStringLiteral("r/new:1"), QJsonObject{{QStringLiteral("tags"), QJsonArray()}}}});
        m_server->injectFault(KasmTestServer::Fault::TruncatedJson, 1, QStringLiteral("get_servers"));
        const auto failed = awaitResult(m_deployment->refresh());
        QVERIFY(!failed);
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(!m_deployment->snapshot().agents.at(1).holds(QStringLiteral("r/new:1")));

        const auto second = awaitResult(m_deployment->refresh());
        QVERIFY(second);
        QCOMPARE(second->inventoryChanges.size(), 1);
        QCOMPARE(second->inventoryChanges.first().added, QStringList{QStringLiteral("r/new:1")});
        QVERIFY(m_deployment->snapshot().agents.at(1).holds(QStringLiteral("r/new:1")));
    }

    void aBadAnswerToAnUpdateIsAFailure()
    {
        KasmImage chrome = imageNamed(QStringLiteral("Chrome (custom)"));
        chrome.friendlyName = QStringLiteral("Chrome 2");
        m_server->injectFault(KasmTestServer::Fault::DropConnection, 1, QStringLiteral("update_image"));
        const auto updated = awaitResult(m_deployment->updateImage(chrome));
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, ErrorCode::Network);
    }

    void cancelingACallAbortsTheRequest()
    {
        kasm::KasmConnection connection = connectionTo(m_server->url());
        connection.timeoutMs = 60000; // only the cancellation can end it within the test's bound
        kasm::KasmApiDeployment deployment(connection);
        m_server->injectFault(KasmTestServer::Fault::NoAnswer, 1, QStringLiteral("get_images"));
        KasmImage chrome;
        chrome.imageId = QStringLiteral("any");
        QFuture<Result<KasmImage>> update = deployment.updateImage(chrome); // waits on get_images first
        QTRY_COMPARE_WITH_TIMEOUT(m_server->calls().size(), 1, 5000);
        update.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(update.isFinished(), 5000);
        QVERIFY(update.isCanceled());
        QVERIFY(!m_server->callNames().contains(QStringLiteral("update_image")));
        QVERIFY(awaitResult(deployment.listZones())); // still usable
    }

    void cancelingARefreshKeepsThePreviousSnapshot()
    {
        kasm::KasmConnection connection = connectionTo(m_server->url());
        connection.timeoutMs = 60000;
        kasm::KasmApiDeployment deployment(connection);
        QVERIFY(awaitResult(deployment.refresh()));
        QSignalSpy refreshed(&deployment, &kasm::Deployment::refreshed);
        m_server->injectFault(KasmTestServer::Fault::NoAnswer, 1, QStringLiteral("get_groups"));
        m_server->clearCalls();
        QFuture<Result<kasm::DeploymentDiff>> refresh = deployment.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_server->callNames().contains(QStringLiteral("get_groups")), 5000);
        refresh.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(refresh.isFinished(), 5000);
        QCOMPARE(refreshed.size(), 0);
        QCOMPARE(deployment.snapshot().images.size(), 2);
    }

    void plainHttpIsOnlyForLoopback()
    {
        kasm::KasmApiDeployment deployment(connectionTo(QUrl(QStringLiteral("http://kasm.example"))));
        const auto images = awaitResult(deployment.listImages());
        QVERIFY(!images);
        QCOMPARE(images.error().code, ErrorCode::InvalidInput);
        QVERIFY(images.error().message.contains(QLatin1String("https://")));
    }

    void tlsIsVerifiedAndACaFileMakesItTrusted()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        // A test dependency like the compiler (scripts/setup installs it): missing, the test fails rather than skips.
        QVERIFY2(!openssl.isEmpty(), "openssl not found on PATH (Debian package openssl)");
        QTemporaryDir dir;
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess process;
        process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                                QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                                QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);

        KasmTestServer server;
        server.useTls(cert, key);
        QVERIFY(server.start());
        QCOMPARE(server.url().scheme(), QStringLiteral("https"));

        kasm::KasmApiDeployment untrusted(connectionTo(server.url()));
        const auto refused = awaitResult(untrusted.info());
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("CA file")), qPrintable(refused.error().toString()));

        kasm::KasmConnection withCa = connectionTo(server.url());
        withCa.caFile = cert;
        kasm::KasmApiDeployment trusted(withCa);
        const auto info = awaitResult(trusted.info());
        QVERIFY2(info, qPrintable(info ? QString() : info.error().toString()));
        QCOMPARE(info->imageCount, 2);
    }

    void aCaFileWithoutCertificatesIsSaidSo()
    {
        QTemporaryDir dir;
        QFile empty(dir.filePath(QStringLiteral("empty.pem")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        kasm::KasmConnection connection = connectionTo(m_server->url());
        connection.caFile = empty.fileName();
        kasm::KasmApiDeployment deployment(connection);
        const auto info = awaitResult(deployment.info());
        QVERIFY(!info);
        QVERIFY(info.error().message.contains(QLatin1String("no PEM certificate")));
    }

    void aMissingOrUnreadableCaFileIsNotCalledEmpty()
    {
        QTemporaryDir dir;
        kasm::KasmConnection missing = connectionTo(m_server->url());
        missing.caFile = dir.filePath(QStringLiteral("no-such-ca.pem"));
        kasm::KasmApiDeployment noFile(missing);
        const auto absent = awaitResult(noFile.info());
        QVERIFY(!absent);
        QVERIFY2(absent.error().message.contains(QLatin1String("does not exist")), qPrintable(absent.error().message));
        QVERIFY(!absent.error().message.contains(QLatin1String("no PEM certificate")));

        kasm::KasmConnection directory = connectionTo(m_server->url());
        directory.caFile = dir.path();
        kasm::KasmApiDeployment notAFile(directory);
        const auto unreadable = awaitResult(notAFile.info());
        QVERIFY(!unreadable);
        QVERIFY2(unreadable.error().message.contains(QLatin1String("cannot be read")),
                 qPrintable(unreadable.error().message));
        QVERIFY(m_server->calls().isEmpty());
    }

    void anInvalidReferenceIsRefusedBeforeSending()
    {
        KasmImage image;
        image.name = QStringLiteral("Not A Ref!! @@");
        image.friendlyName = QStringLiteral("Broken");
        const auto created = awaitResult(m_deployment->createImage(image));
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::InvalidInput);
        QVERIFY2(created.error().message.contains(QLatin1String("Not A Ref!! @@")),
                 qPrintable(created.error().message));
        QVERIFY(m_server->calls().isEmpty());

        KasmImage chrome = imageNamed(QStringLiteral("Chrome (custom)"));
        m_server->clearCalls();
        chrome.name = QStringLiteral("Not A Ref!! @@");
        const auto updated = awaitResult(m_deployment->updateImage(chrome));
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, ErrorCode::InvalidInput);
        for (const auto &call : m_server->calls())
            QVERIFY(call.call != QLatin1String("update_image"));
    }

    void everyChangeIsAudited()
    {
        auto log = std::make_shared<RecordingAuditLog>();
        m_deployment->setAuditLog(log);
        KasmImage image;
        image.name = QStringLiteral("registry.example/team/office:20261128");
        image.friendlyName = QStringLiteral("Office");
        const auto created = awaitResult(m_deployment->createImage(image));
        QVERIFY(created);
        KasmImage changed = *created;
        changed.name = QStringLiteral("registry.example/team/office:20261129");
        QVERIFY(awaitResult(m_deployment->updateImage(changed)));
        const QString testers = m_server->groupId(QStringLiteral("Image Testers"));
        QVERIFY(awaitResult(m_deployment->addImageToGroup(created->imageId, testers)));
        QVERIFY(awaitResult(m_deployment->removeImageFromGroup(created->imageId, testers)));
        QVERIFY(awaitResult(m_deployment->deleteImage(created->imageId)));

        QStringList actions;
        for (const store::AuditEntry &entry : log->entries) {
            actions << entry.action;
            QCOMPARE(entry.subject, created->imageId);
            QVERIFY(!entry.actor.isEmpty());
            QVERIFY(entry.at.isValid());
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("kasm.image.create"), QStringLiteral("kasm.image.update"),
                                       QStringLiteral("kasm.group.add"), QStringLiteral("kasm.group.remove"),
                                       QStringLiteral("kasm.image.delete")}));
        const store::AuditEntry &update = log->entries.at(1);
        QCOMPARE(update.before.toObject().value(QStringLiteral("name")).toString(), image.name);
        QCOMPARE(update.after.toObject().value(QStringLiteral("name")).toString(), changed.name);
        QCOMPARE(log->entries.at(2).after.toObject().value(QStringLiteral("group_id")).toString(), testers);
        QCOMPARE(log->entries.at(4).before.toObject().value(QStringLiteral("name")).toString(), changed.name);
        QVERIFY(log->entries.at(4).after.isNull());
        for (const store::AuditEntry &entry : log->entries)
            QVERIFY(!QJsonDocument(QJsonObject{{QStringLiteral("b"), entry.before}, {QStringLiteral("a"), entry.after}})
                         .toJson()
                         .contains(adminSecret.toUtf8()));
    }

    void aChangeTheAuditLogCouldNotRecordIsReported()
    {
        auto log = std::make_shared<RecordingAuditLog>();
        log->failing = true;
        m_deployment->setAuditLog(log);
        KasmImage image;
        image.name = QStringLiteral("registry.example/team/office:20261128");
        const auto created = awaitResult(m_deployment->createImage(image));
        QVERIFY(!created);
        QVERIFY2(created.error().message.contains(QLatin1String("made the change")),
                 qPrintable(created.error().message));
    }
};

QTEST_GUILESS_MAIN(TestKasmApiDeployment)
#include "tst_kasmapideployment.moc"
