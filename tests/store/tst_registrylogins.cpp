// RegistryLogins: the secret goes to the credential store, only host, user and key to the catalog.
#include "AwaitFuture.h"
#include "store/CatalogExport.h"
#include "store/CatalogQueries.h"
#include "store/MemoryCredentialStore.h"
#include "store/RegistryLogins.h"

#include <QPromise>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::store;
using steward::test::awaitResult;

namespace {

// A store whose every operation fails, as a locked or missing keychain does.
class BrokenCredentialStore final : public CredentialStore
{
public:
    QFuture<Result<std::optional<QString>>> read(const QString &) override
    {
        return QtFuture::makeReadyFuture(
            Result<std::optional<QString>>(fail(ErrorCode::Keychain, QStringLiteral("locked"))));
    }
    QFuture<Status> write(const QString &, const QString &) override
    {
        return QtFuture::makeReadyFuture(Status(fail(ErrorCode::Keychain, QStringLiteral("locked"))));
    }
    QFuture<Status> remove(const QString &) override
    {
        return QtFuture::makeReadyFuture(Status(fail(ErrorCode::Keychain, QStringLiteral("locked"))));
    }
    bool persistent() const override { return true; }
    QString description() const override { return QStringLiteral("broken"); }
};

// Keeps secrets in memory, but finishes each removal only when the test says so (or fails it), as a slow or locked
// keychain does.
class HeldRemovalStore final : public CredentialStore
{
public:
    QFuture<Result<std::optional<QString>>> read(const QString &key) override { return m_memory.read(key); }
    QFuture<Status> write(const QString &key, const QString &secret) override { return m_memory.write(key, secret); }
    QFuture<Status> remove(const QString &key) override
    {
        m_removing = key;
        m_promise = std::make_shared<QPromise<Status>>();
        m_promise->start();
        return m_promise->future();
    }
    bool persistent() const override { return true; }
    QString description() const override { return QStringLiteral("held"); }

    bool removalStarted() const { return m_promise != nullptr; }
    void finishRemoval(Status outcome)
    {
        if (outcome)
            awaitResult(m_memory.remove(m_removing));
        m_promise->addResult(outcome);
        m_promise->finish();
    }

private:
    MemoryCredentialStore m_memory;
    QString m_removing;
    std::shared_ptr<QPromise<Status>> m_promise;
};

} // namespace

class TestRegistryLogins final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Catalog> m_catalog;
    std::shared_ptr<MemoryCredentialStore> m_memory;

private Q_SLOTS:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        Result<std::shared_ptr<Catalog>> catalog = Catalog::open(m_dir.path());
        QVERIFY(catalog);
        m_catalog = *catalog;
        m_memory = std::make_shared<MemoryCredentialStore>();
    }

    void cleanup() { m_catalog.reset(); }

    void aSavedLoginReadsBackWithTheSecretOnlyInTheStore()
    {
        QVERIFY(awaitResult(saveRegistryLogin(m_catalog, m_memory, QStringLiteral("https://index.docker.io/v1/"),
                                              QStringLiteral("alice"), QStringLiteral("s3cret-Value"),
                                              QStringLiteral("test"))));
        const Result<std::optional<StoredLogin>> login =
            awaitResult(storedLoginFor(m_catalog, m_memory, QStringLiteral("registry-1.docker.io")));
        QVERIFY(login && login->has_value());
        QCOMPARE((*login)->registry, QStringLiteral("docker.io"));
        QCOMPARE((*login)->username, QStringLiteral("alice"));
        QCOMPARE((*login)->secret, QStringLiteral("s3cret-Value"));

        QSqlDatabase db = m_catalog->database();
        const Result<std::optional<RegistryRecord>> found = findRegistry(db, QStringLiteral("docker.io"));
        QVERIFY(found && found->has_value());
        const RegistryRecord record = **found;
        QCOMPARE(record.kind, QStringLiteral("dockerhub"));
        QCOMPARE(record.credentialRef, QStringLiteral("registry:docker.io:alice"));
        QCOMPARE(listAudit(db)->constLast().action, QStringLiteral("registry.login"));
    }

    void anotherUserReplacesThePreviousSecret()
    {
        QVERIFY(awaitResult(saveRegistryLogin(m_catalog, m_memory, QStringLiteral("r.example"), QStringLiteral("alice"),
                                              QStringLiteral("a"), QStringLiteral("test"))));
        QVERIFY(awaitResult(saveRegistryLogin(m_catalog, m_memory, QStringLiteral("r.example"), QStringLiteral("bob"),
                                              QStringLiteral("b"), QStringLiteral("test"))));
        QVERIFY(!awaitResult(m_memory->read(QStringLiteral("registry:r.example:alice")))->has_value());
        QCOMPARE((*awaitResult(storedLoginFor(m_catalog, m_memory, QStringLiteral("r.example"))))->username,
                 QStringLiteral("bob"));
    }

    void aKeychainFailureRecordsNothing()
    {
        auto broken = std::make_shared<BrokenCredentialStore>();
        const Status saved =
            awaitResult(saveRegistryLogin(m_catalog, broken, QStringLiteral("r.example"), QStringLiteral("alice"),
                                          QStringLiteral("a"), QStringLiteral("test")));
        QVERIFY(!saved);
        QVERIFY(saved.error().message.contains(QLatin1String("Nothing was stored")));
        QSqlDatabase db = m_catalog->database();
        QVERIFY(listRegistries(db)->isEmpty());
    }

    void emptyPartsAreRefused_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::newRow("no registry") << QString() << QStringLiteral("u") << QStringLiteral("s");
        QTest::newRow("no user") << QStringLiteral("r.example") << QString() << QStringLiteral("s");
        QTest::newRow("no secret") << QStringLiteral("r.example") << QStringLiteral("u") << QString();
    }

    void emptyPartsAreRefused()
    {
        QFETCH(QString, registry);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        const Status saved =
            awaitResult(saveRegistryLogin(m_catalog, m_memory, registry, user, secret, QStringLiteral("test")));
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::InvalidInput);
    }

    void removingALoginClearsBothPlaces()
    {
        QVERIFY(awaitResult(saveRegistryLogin(m_catalog, m_memory, QStringLiteral("r.example"), QStringLiteral("alice"),
                                              QStringLiteral("a"), QStringLiteral("test"))));
        QVERIFY(awaitResult(removeRegistryLogin(m_catalog, m_memory, QStringLiteral("r.example"))));
        QVERIFY(!awaitResult(storedLoginFor(m_catalog, m_memory, QStringLiteral("r.example")))->has_value());
        QVERIFY(!awaitResult(m_memory->read(QStringLiteral("registry:r.example:alice")))->has_value());
        const Status again = awaitResult(removeRegistryLogin(m_catalog, m_memory, QStringLiteral("r.example")));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotFound);
    }

    // stewardctl exits when the login's future is done: the old user's secret must be gone by then.
    void aReplacingLoginFinishesOnlyAfterTheOldSecretIsRemoved()
    {
        auto held = std::make_shared<HeldRemovalStore>();
        QVERIFY(awaitResult(saveRegistryLogin(m_catalog, held, QStringLiteral("r.example"), QStringLiteral("alice"),
                                              QStringLiteral("a"), QStringLiteral("test"))));
        QFuture<Status> replaced =
            saveRegistryLogin(m_catalog, held, QStringLiteral("r.example"), QStringLiteral("bob"), QStringLiteral("b"),
                              QStringLiteral("test"));
        QTRY_VERIFY(held->removalStarted());
        QCoreApplication::processEvents();
        QVERIFY2(!replaced.isFinished(), "the login finished before the old secret was removed");
        held->finishRemoval({});
        QVERIFY(awaitResult(replaced));
        QVERIFY(!awaitResult(held->read(QStringLiteral("registry:r.example:alice")))->has_value());
    }

    void aFailedRemovalOfTheOldSecretIsReported()
    {
        auto held = std::make_shared<HeldRemovalStore>();
        QVERIFY(awaitResult(saveRegistryLogin(m_catalog, held, QStringLiteral("r.example"), QStringLiteral("alice"),
                                              QStringLiteral("a"), QStringLiteral("test"))));
        QFuture<Status> replaced =
            saveRegistryLogin(m_catalog, held, QStringLiteral("r.example"), QStringLiteral("bob"), QStringLiteral("b"),
                              QStringLiteral("test"));
        QTRY_VERIFY(held->removalStarted());
        held->finishRemoval(fail(ErrorCode::Keychain, QStringLiteral("the keychain is locked")));
        const Status outcome = awaitResult(replaced);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, ErrorCode::Keychain);
        const QString said = outcome.error().toString();
        QVERIFY2(said.contains(QLatin1String("bob")) && said.contains(QLatin1String("alice")) &&
                     said.contains(QLatin1String("the keychain is locked")),
                 qPrintable(said));
        // The new login itself was stored and is used.
        QCOMPARE((*awaitResult(storedLoginFor(m_catalog, held, QStringLiteral("r.example"))))->username,
                 QStringLiteral("bob"));
    }

    // A catalog file names alice's key for trusted.example under another host; using it would send her password there.
    void anImportedReferenceNeverReachesAnotherHostsSecret()
    {
        QVERIFY(awaitResult(saveRegistryLogin(m_catalog, m_memory, QStringLiteral("trusted.example:5000"),
                                              QStringLiteral("alice"), QStringLiteral("alice-secret"),
                                              QStringLiteral("test"))));
        const QByteArray forged = "{\"format\":\"imagesteward-catalog\",\"version\":1,"
                                  "\"registries\":[{\"url\":\"127.0.0.1:5999\",\"username\":\"alice\","
                                  "\"credential_ref\":\"registry:trusted.example:5000:alice\"}],"
                                  "\"images\":[{\"image_id\":\"i1\",\"name\":\"127.0.0.1:5999/foo:1\","
                                  "\"docker_registry\":\"https://127.0.0.1:5999\",\"docker_user\":\"alice\","
                                  "\"docker_token_ref\":\"registry:trusted.example:5000:alice\"}]}";
        QSqlDatabase db = m_catalog->database();
        QVERIFY(importCatalog(db, forged, QStringLiteral("test")));

        const Result<std::optional<StoredLogin>> login =
            awaitResult(storedLoginFor(m_catalog, m_memory, QStringLiteral("127.0.0.1:5999")));
        QVERIFY(!login || !login->has_value());
        QCOMPARE((*findRegistry(db, QStringLiteral("127.0.0.1:5999")))->credentialRef,
                 QStringLiteral("registry:127.0.0.1:5999:alice"));
        QCOMPARE(listImages(db)->constFirst().dockerTokenRef, QStringLiteral("registry:127.0.0.1:5999:alice"));
        // The genuine login is untouched.
        QCOMPARE((*awaitResult(storedLoginFor(m_catalog, m_memory, QStringLiteral("trusted.example:5000"))))->secret,
                 QStringLiteral("alice-secret"));
    }

    // A row that already holds a foreign reference (an older import, a hand-edited file) is refused, not followed.
    void aReferenceToAnotherLoginIsRefusedOnReadAndNeverRemoved()
    {
        QVERIFY(awaitResult(saveRegistryLogin(m_catalog, m_memory, QStringLiteral("trusted.example:5000"),
                                              QStringLiteral("alice"), QStringLiteral("alice-secret"),
                                              QStringLiteral("test"))));
        QVERIFY(m_catalog->transaction([](QSqlDatabase &db) -> Status {
            RegistryRecord r;
            r.url = QStringLiteral("127.0.0.1:5999");
            r.username = QStringLiteral("alice");
            r.credentialRef = QStringLiteral("registry:trusted.example:5000:alice");
            Result<qint64> id = upsertRegistry(db, r);
            return id ? Status() : Status(fail(id.error()));
        }));
        const Result<std::optional<StoredLogin>> login =
            awaitResult(storedLoginFor(m_catalog, m_memory, QStringLiteral("127.0.0.1:5999")));
        QVERIFY(!login);
        QVERIFY2(login.error().message.contains(QLatin1String("127.0.0.1:5999")), qPrintable(login.error().message));
        QVERIFY2(login.error().message.contains(QLatin1String("stewardctl login")), qPrintable(login.error().message));
        // The same words reach the window (the Registries page, the manage dialog): they say where to log in there
        // too, and name no option only the CLI has.
        QVERIFY2(login.error().message.contains(QStringLiteral("Registries → Log in…")),
                 qPrintable(login.error().message));
        QVERIFY2(!login.error().message.contains(QLatin1String("--")), qPrintable(login.error().message));

        QVERIFY(awaitResult(removeRegistryLogin(m_catalog, m_memory, QStringLiteral("127.0.0.1:5999"))));
        QCOMPARE(**awaitResult(m_memory->read(QStringLiteral("registry:trusted.example:5000:alice"))),
                 QStringLiteral("alice-secret"));
    }
};

QTEST_GUILESS_MAIN(TestRegistryLogins)
#include "tst_registrylogins.moc"
