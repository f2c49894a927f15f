// Connecting a profile to a Kasm server, the use case stewardctl and the GUI share: tested before anything is
// stored, the secret only in the credential store, the replaced key's secret removed, disconnect forgets both.
#include "AwaitFuture.h"
#include "KasmTestServer.h"
#include "store/MemoryCredentialStore.h"
#include "workflow/KasmConnection.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using steward::test::awaitResult;
using steward::test::KasmTestServer;

class TestKasmConnection final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<KasmTestServer> m_server;
    std::shared_ptr<store::MemoryCredentialStore> m_credentials;
    std::unique_ptr<QTemporaryDir> m_profile;

    workflow::KasmConnectRequest request(const QString &key, const QString &secret) const
    {
        return {m_server->url().toString(), key, secret, {}};
    }

    std::optional<QString> storedSecret(const QString &key) const
    {
        kasm::KasmServerSettings settings;
        settings.url = m_server->url();
        settings.apiKey = key;
        const Result<QString> entry = kasm::kasmSecretKey(settings);
        if (!entry)
            return std::nullopt;
        const auto secret = awaitResult(m_credentials->read(*entry));
        return secret ? *secret : std::nullopt;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<KasmTestServer>();
        QVERIFY(m_server->start());
        m_server->addKey(QStringLiteral("second-key"), {QStringLiteral("second-secret")});
        m_credentials = std::make_shared<store::MemoryCredentialStore>();
        m_profile = std::make_unique<QTemporaryDir>();
    }

    void aWrongSecretStoresNothing()
    {
        const auto connected = awaitResult(workflow::connectKasmServer(
            m_profile->path(), request(QStringLiteral("admin-key"), QStringLiteral("wrong")), m_credentials, this));
        QVERIFY(!connected);
        QVERIFY2(connected.error().message.endsWith(QLatin1String("Nothing was stored.")),
                 qPrintable(connected.error().message));
        QCOMPARE(storedSecret(QStringLiteral("admin-key")), std::nullopt);
        const auto settings = kasm::loadKasmServerSettings(m_profile->path());
        QVERIFY(settings && !settings->has_value());
    }

    void aWorkingConnectionIsStoredAndAReplacedKeysSecretLeaves()
    {
        const auto first = awaitResult(workflow::connectKasmServer(
            m_profile->path(), request(QStringLiteral("admin-key"), QStringLiteral("admin-secret")), m_credentials,
            this));
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        QVERIFY(first->info.imageCount > 0);
        QCOMPARE(storedSecret(QStringLiteral("admin-key")), std::optional<QString>(QStringLiteral("admin-secret")));
        // The settings name the server and key, never the secret.
        for (const QFileInfo &file : QDir(m_profile->path()).entryInfoList(QDir::Files)) {
            QFile f(file.filePath());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("admin-secret"), qPrintable(file.fileName()));
        }

        const auto second = awaitResult(workflow::connectKasmServer(
            m_profile->path(), request(QStringLiteral("second-key"), QStringLiteral("second-secret")), m_credentials,
            this));
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        QCOMPARE(storedSecret(QStringLiteral("second-key")), std::optional<QString>(QStringLiteral("second-secret")));
        QCOMPARE(storedSecret(QStringLiteral("admin-key")), std::nullopt);
        const auto settings = kasm::loadKasmServerSettings(m_profile->path());
        QVERIFY(settings && settings->has_value());
        QCOMPARE((*settings)->apiKey, QStringLiteral("second-key"));

        const auto disconnected = awaitResult(workflow::disconnectKasmServer(m_profile->path(), m_credentials, this));
        QVERIFY(disconnected && disconnected->has_value());
        QCOMPARE((*disconnected)->apiKey, QStringLiteral("second-key"));
        QCOMPARE(storedSecret(QStringLiteral("second-key")), std::nullopt);
        const auto after = kasm::loadKasmServerSettings(m_profile->path());
        QVERIFY(after && !after->has_value());
    }

    void disconnectingANeverConnectedProfileSaysSo()
    {
        const auto disconnected = awaitResult(workflow::disconnectKasmServer(m_profile->path(), m_credentials, this));
        QVERIFY(disconnected);
        QVERIFY(!disconnected->has_value());
    }
};

QTEST_GUILESS_MAIN(TestKasmConnection)
#include "tst_kasmconnection.moc"
