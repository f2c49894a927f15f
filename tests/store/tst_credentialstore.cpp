// CredentialStore: the key function, the in-memory store, and QtKeychain against the real Secret Service.
#include "AwaitFuture.h"
#include "ServiceRequirement.h"
#include "store/CredentialKey.h"
#include "store/KeychainCredentialStore.h"
#include "store/MemoryCredentialStore.h"

#include <QTest>
#include <QUuid>

using namespace steward;
using namespace steward::store;
using steward::test::awaitResult;

namespace {

// Runs the same contract against any CredentialStore.
void exerciseStore(CredentialStore &store, const QString &key)
{
    Result<std::optional<QString>> absent = awaitResult(store.read(key));
    QVERIFY2(absent, qPrintable(absent ? QString() : absent.error().toString()));
    QVERIFY(!absent->has_value());

    QVERIFY(awaitResult(store.write(key, QStringLiteral("first-secret"))));
    Result<std::optional<QString>> first = awaitResult(store.read(key));
    QVERIFY(first && first->has_value());
    QCOMPARE(**first, QStringLiteral("first-secret"));

    QVERIFY(awaitResult(store.write(key, QStringLiteral("second-secret"))));
    Result<std::optional<QString>> second = awaitResult(store.read(key));
    QVERIFY(second && second->has_value());
    QCOMPARE(**second, QStringLiteral("second-secret"));

    QVERIFY(awaitResult(store.remove(key)));
    Result<std::optional<QString>> gone = awaitResult(store.read(key));
    QVERIFY(gone);
    QVERIFY(!gone->has_value());
    QVERIFY(awaitResult(store.remove(key))); // removing twice is fine
}

} // namespace

class TestCredentialStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAreMadeFromNonEmptyParts_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("key"); // empty: refused
        QTest::newRow("a registry login")
            << int(CredentialKind::Registry) << QStringLiteral("registry.example:5000") << QStringLiteral("alice")
            << QStringLiteral("registry:registry.example:5000:alice");
        QTest::newRow("a kasm api key") << int(CredentialKind::Kasm) << QStringLiteral("https://kasm.example")
                                        << QStringLiteral("k1") << QStringLiteral("kasm:https://kasm.example:k1");
        QTest::newRow("a registry without a host is refused")
            << int(CredentialKind::Registry) << QString() << QStringLiteral("alice") << QString();
        QTest::newRow("a registry without a user is refused")
            << int(CredentialKind::Registry) << QStringLiteral("r.example") << QStringLiteral("  ") << QString();
        QTest::newRow("a kasm key without an id is refused")
            << int(CredentialKind::Kasm) << QStringLiteral("https://kasm.example") << QString() << QString();
        QTest::newRow("a user name with a newline is refused")
            << int(CredentialKind::Registry) << QStringLiteral("r.example") << QStringLiteral("bob\nmallory")
            << QString();
        QTest::newRow("a host with an escape is refused")
            << int(CredentialKind::Registry) << QStringLiteral("r.example\x1b[2J") << QStringLiteral("bob")
            << QString();
    }

    void keysAreMadeFromNonEmptyParts()
    {
        QFETCH(int, kind);
        QFETCH(QString, where);
        QFETCH(QString, who);
        QFETCH(QString, key);
        const Result<QString> made = credentialKey(CredentialKind(kind), where, who);
        if (key.isEmpty()) {
            QVERIFY(!made);
            QCOMPARE(made.error().code, ErrorCode::InvalidInput);
        } else {
            QVERIFY(made);
            QCOMPARE(*made, key);
        }
    }

    void theMemoryStoreKeepsSecretsForTheSession()
    {
        MemoryCredentialStore store;
        QVERIFY(!store.persistent());
        exerciseStore(store, QStringLiteral("registry:r.example:alice"));
    }

    void theKeychainStoreUsesTheRealSecretService()
    {
        const KeychainProbe probe = awaitResult(probeKeychain());
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_KEYCHAIN", probe.available, probe.message);
        KeychainCredentialStore store(QStringLiteral("org.imagesteward.ImageSteward.tst-credentialstore"));
        QVERIFY(store.persistent());
        exerciseStore(store, QStringLiteral("registry:r.example:") + QUuid::createUuid().toString(QUuid::Id128));
    }

    void theApplicationServiceNameIsTheDocumentedOne()
    {
        QCOMPARE(KeychainCredentialStore().service(), QStringLiteral("org.imagesteward.ImageSteward"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
