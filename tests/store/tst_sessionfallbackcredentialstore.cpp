// SessionFallbackCredentialStore: the keychain when it answers; with no keychain, or a locked one, memory for this
// session only and only when the user agrees; never a file. Fakes stand in for a missing keychain and for the user;
// one test runs against the real Secret Service that scripts/test starts.
#include "AwaitFuture.h"
#include "ServiceRequirement.h"
#include "store/Catalog.h"
#include "store/KeychainCredentialStore.h"
#include "store/RegistryLogins.h"
#include "store/SessionFallbackCredentialStore.h"

#include <QDirIterator>
#include <QPromise>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace steward;
using namespace steward::store;
using steward::test::awaitResult;

namespace {

// Finishes on a later turn of the event loop, as QtKeychain's D-Bus jobs do.
template<typename T>
QFuture<T> later(T value)
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    QFuture<T> future = promise->future();
    QTimer::singleShot(0, [promise, value] {
        promise->addResult(value);
        promise->finish();
    });
    return future;
}

const QString noSecretService =
    QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");

// A keychain that works, is missing (no Secret Service on the bus) or refuses to store (locked, unlock denied), with
// the error codes and message shapes of KeychainCredentialStore.
class FakeKeychain final : public CredentialStore
{
public:
    enum class Mode
    {
        Works,
        Missing,
        WritesRefused,
    };
    Mode mode = Mode::Works;
    QHash<QString, QString> secrets;
    int probeReads = 0;
    int writeAttempts = 0;

    QFuture<Result<std::optional<QString>>> read(const QString &key) override
    {
        using Answer = Result<std::optional<QString>>;
        if (key.startsWith(QLatin1String("probe:")))
            ++probeReads;
        if (mode == Mode::Missing)
            return later(Answer(fail(missing("read", key))));
        return later(Answer(secrets.contains(key) ? std::optional<QString>(secrets.value(key)) : std::nullopt));
    }
    QFuture<Status> write(const QString &key, const QString &secret) override
    {
        ++writeAttempts;
        if (mode == Mode::Missing)
            return later(Status(fail(missing("store", key))));
        if (mode == Mode::WritesRefused)
            return later(Status(fail(ErrorCode::Forbidden,
                                     QStringLiteral("The keychain could not store \"%1\": the login keyring is locked "
                                                    "and unlocking it was refused")
                                         .arg(key))));
        secrets.insert(key, secret);
        return later(Status());
    }
    QFuture<Status> remove(const QString &key) override
    {
        if (mode == Mode::Missing)
            return later(Status(fail(missing("remove", key))));
        secrets.remove(key);
        return later(Status());
    }
    bool persistent() const override { return true; }
    QString description() const override { return QStringLiteral("the desktop keychain"); }

private:
    static Error missing(const char *what, const QString &key)
    {
        return Error{ErrorCode::Keychain,
                     QStringLiteral("The keychain could not %1 \"%2\": %3. No keychain is running.")
                         .arg(QLatin1String(what), key, noSecretService),
                     {}};
    }
};

// The user: answers yes or no at once, or later when the test says so.
class ScriptedConsent final : public FallbackConsent
{
public:
    bool answer = false;
    bool deferred = false;
    QList<FallbackQuestion> questions;
    std::shared_ptr<QPromise<bool>> pending;

    QFuture<bool> keepForSessionOnly(const FallbackQuestion &question) override
    {
        questions.append(question);
        if (!deferred)
            return later(answer);
        pending = std::make_shared<QPromise<bool>>();
        pending->start();
        return pending->future();
    }

    void reply(bool yes)
    {
        pending->addResult(yes);
        pending->finish();
        pending.reset();
    }
};

QString errorText(const Status &status)
{
    return status ? QString() : status.error().toString();
}

} // namespace

class TestSessionFallbackCredentialStore final : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<FakeKeychain> m_keychain;
    std::shared_ptr<ScriptedConsent> m_consent;
    std::unique_ptr<SessionFallbackCredentialStore> m_store;
    const QString m_key = QStringLiteral("registry:r.example:alice");

private Q_SLOTS:
    void init()
    {
        m_keychain = std::make_shared<FakeKeychain>();
        m_consent = std::make_shared<ScriptedConsent>();
        m_store = std::make_unique<SessionFallbackCredentialStore>(m_keychain, m_consent);
    }

    void aWorkingKeychainKeepsTheSecretAndNobodyIsAsked()
    {
        QVERIFY(awaitResult(m_store->write(m_key, QStringLiteral("in-the-keychain"))));
        QCOMPARE(m_keychain->secrets.value(m_key), QStringLiteral("in-the-keychain"));
        const Result<std::optional<QString>> read = awaitResult(m_store->read(m_key));
        QVERIFY(read && read->has_value());
        QCOMPARE(**read, QStringLiteral("in-the-keychain"));
        QVERIFY(m_consent->questions.isEmpty());
        QCOMPARE(m_store->locationOf(m_key), SecretLocation::Keychain);
        QVERIFY(m_store->persistent());
        QCOMPARE(m_store->description(), QStringLiteral("the desktop keychain"));
        QVERIFY(m_store->lastProbe() && m_store->lastProbe()->available);

        QVERIFY(awaitResult(m_store->remove(m_key)));
        QVERIFY(!m_keychain->secrets.contains(m_key));
        const Result<std::optional<QString>> gone = awaitResult(m_store->read(m_key));
        QVERIFY(gone && !gone->has_value());
    }

    void withoutAKeychainNothingIsKeptWhenTheUserDeclines()
    {
        m_keychain->mode = FakeKeychain::Mode::Missing;
        m_consent->answer = false;
        const Status written = awaitResult(m_store->write(m_key, QStringLiteral("declined-secret")));
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Canceled);
        QVERIFY2(written.error().message.contains(noSecretService), qPrintable(errorText(written)));
        QVERIFY(!written.error().toString().contains(QLatin1String("declined-secret")));

        QCOMPARE(m_consent->questions.size(), 1);
        QCOMPARE(m_consent->questions.constFirst().key, m_key);
        QVERIFY(m_consent->questions.constFirst().keychainError.contains(noSecretService));
        QVERIFY(m_keychain->secrets.isEmpty());

        // Not in memory either: the read goes to the keychain, which cannot answer.
        QCOMPARE(m_store->locationOf(m_key), SecretLocation::Keychain);
        const Result<std::optional<QString>> read = awaitResult(m_store->read(m_key));
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::Keychain);
        QVERIFY(!m_store->persistent());
    }

    void withoutAKeychainTheUserMayKeepTheSecretForThisSession()
    {
        m_keychain->mode = FakeKeychain::Mode::Missing;
        m_consent->answer = true;
        const Status written = awaitResult(m_store->write(m_key, QStringLiteral("session-secret")));
        QVERIFY2(written, qPrintable(errorText(written)));
        QCOMPARE(m_consent->questions.size(), 1);
        QVERIFY(m_consent->questions.constFirst().keychainError.contains(noSecretService));
        QVERIFY(m_keychain->secrets.isEmpty());
        // The probe already said there is no keychain: the write does not try it again.
        QCOMPARE(m_keychain->writeAttempts, 0);

        const Result<std::optional<QString>> read = awaitResult(m_store->read(m_key));
        QVERIFY(read && read->has_value());
        QCOMPARE(**read, QStringLiteral("session-secret"));
        QCOMPARE(m_store->locationOf(m_key), SecretLocation::SessionMemory);
        QCOMPARE(m_store->describeLocation(m_key), QStringLiteral("memory, for this session only"));
        QCOMPARE(m_store->describeLocation(QStringLiteral("registry:other:bob")),
                 QStringLiteral("the desktop keychain"));
        QVERIFY(!m_store->persistent());
        QCOMPARE(m_store->description(), QStringLiteral("memory, for this session only"));
        QVERIFY(m_store->lastProbe() && !m_store->lastProbe()->available);

        // Forgetting it works although the keychain cannot be reached: the only copy was in memory.
        QVERIFY(awaitResult(m_store->remove(m_key)));
        QCOMPARE(m_store->locationOf(m_key), SecretLocation::Keychain);
        const Result<std::optional<QString>> gone = awaitResult(m_store->read(m_key));
        QVERIFY(!gone || !gone->has_value());
    }

    void aKeychainThatRefusesTheWriteIsReportedToTheUserToo()
    {
        m_keychain->mode = FakeKeychain::Mode::WritesRefused; // answers the probe, refuses to store
        m_consent->answer = true;
        QVERIFY(awaitResult(m_store->write(m_key, QStringLiteral("locked-out"))));
        QCOMPARE(m_keychain->writeAttempts, 1);
        QCOMPARE(m_consent->questions.size(), 1);
        QVERIFY2(m_consent->questions.constFirst().keychainError.contains(QLatin1String("keyring is locked")),
                 qPrintable(m_consent->questions.constFirst().keychainError));
        QCOMPARE(m_store->locationOf(m_key), SecretLocation::SessionMemory);
        QCOMPARE(**awaitResult(m_store->read(m_key)), QStringLiteral("locked-out"));
        QCOMPARE(m_store->description(), QStringLiteral("memory, for this session only"));
    }

    void theWriteWaitsForTheAnswerWithoutBlocking()
    {
        m_keychain->mode = FakeKeychain::Mode::Missing;
        m_consent->deferred = true;
        QFuture<Status> written = m_store->write(m_key, QStringLiteral("waits"));
        QTRY_COMPARE(m_consent->questions.size(), 1); // the event loop keeps running while the user thinks
        QVERIFY(!written.isFinished());
        QCOMPARE(m_store->locationOf(m_key), SecretLocation::Keychain);
        m_consent->reply(true);
        QVERIFY(awaitResult(written));
        QCOMPARE(m_store->locationOf(m_key), SecretLocation::SessionMemory);

        // A prompt that goes away unanswered (its window closed with the app) counts as no.
        QFuture<Status> abandoned = m_store->write(QStringLiteral("registry:r.example:bob"), QStringLiteral("x"));
        QTRY_COMPARE(m_consent->questions.size(), 2);
        m_consent->pending.reset();
        const Status outcome = awaitResult(abandoned);
        QVERIFY(!outcome);
        QCOMPARE(outcome.error().code, ErrorCode::Canceled);
        QCOMPARE(m_store->locationOf(QStringLiteral("registry:r.example:bob")), SecretLocation::Keychain);
    }

    void concurrentWritesShareOneProbe()
    {
        m_keychain->mode = FakeKeychain::Mode::Missing;
        m_consent->answer = true;
        QFuture<Status> first = m_store->write(QStringLiteral("registry:a.example:u"), QStringLiteral("1"));
        QFuture<Status> second = m_store->write(QStringLiteral("registry:b.example:u"), QStringLiteral("2"));
        QVERIFY(awaitResult(first));
        QVERIFY(awaitResult(second));
        QCOMPARE(m_keychain->probeReads, 1);
        QCOMPARE(m_consent->questions.size(), 2); // one question per secret
    }

    void readsLookInMemoryFirstAndTheKeychainTakesOverWhenItIsBack()
    {
        QVERIFY(awaitResult(m_store->write(m_key, QStringLiteral("old-in-keychain"))));

        m_keychain->mode = FakeKeychain::Mode::Missing;
        QVERIFY(!awaitResult(m_store->probe()).available);
        m_consent->answer = true;
        QVERIFY(awaitResult(m_store->write(m_key, QStringLiteral("new-in-memory"))));
        m_keychain->mode = FakeKeychain::Mode::Works; // memory is consulted first: the keychain's old copy is not
        QCOMPARE(**awaitResult(m_store->read(m_key)), QStringLiteral("new-in-memory"));
        QCOMPARE(m_keychain->secrets.value(m_key), QStringLiteral("old-in-keychain"));
        QVERIFY(!m_store->persistent());

        // The user started the keychain; the next write goes there and the memory copy is dropped.
        QVERIFY(awaitResult(m_store->probe()).available);
        QCOMPARE(m_store->description(),
                 QStringLiteral("the desktop keychain, and memory for this session only (1 secret(s))"));
        QVERIFY(awaitResult(m_store->write(m_key, QStringLiteral("newest"))));
        QCOMPARE(m_keychain->secrets.value(m_key), QStringLiteral("newest"));
        QCOMPARE(m_store->locationOf(m_key), SecretLocation::Keychain);
        QCOMPARE(**awaitResult(m_store->read(m_key)), QStringLiteral("newest"));
        QVERIFY(m_store->persistent());
        QCOMPARE(m_consent->questions.size(), 1);
    }

    // A GUI login with no keychain, end to end through RegistryLogins and a real catalog: the secret is usable for
    // the session, the catalog knows only host, user and key, and no file anywhere holds the secret.
    void aSessionOnlySecretReachesNoFile()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        m_keychain->mode = FakeKeychain::Mode::Missing;
        m_consent->answer = true;
        std::shared_ptr<SessionFallbackCredentialStore> store = std::move(m_store);
        Result<std::shared_ptr<Catalog>> catalog = Catalog::open(root.filePath(QStringLiteral("profile")));
        QVERIFY(catalog);

        const QByteArray password = "Session-Canary-" + QUuid::createUuid().toByteArray(QUuid::Id128) + "-Qx7";
        const Status saved =
            awaitResult(saveRegistryLogin(*catalog, store, QStringLiteral("leak.example:5000"), QStringLiteral("alice"),
                                          QString::fromLatin1(password), QStringLiteral("gui")));
        QVERIFY2(saved, qPrintable(errorText(saved)));
        const Result<std::optional<StoredLogin>> login =
            awaitResult(storedLoginFor(*catalog, store, QStringLiteral("https://leak.example:5000")));
        QVERIFY(login && login->has_value());
        QCOMPARE((*login)->secret.toLatin1(), password);
        QCOMPARE(store->locationOf(QStringLiteral("registry:leak.example:5000:alice")), SecretLocation::SessionMemory);
        catalog->reset(); // closes the catalog: WAL and all are on disk now

        const QString wide = QString::fromLatin1(password);
        const QList<QByteArray> needles = {
            password,
            QByteArray(reinterpret_cast<const char *>(wide.utf16()), wide.size() * 2),
            password.toBase64(),
            QByteArray(QByteArray("alice:") + password).toBase64(),
            password.toHex(),
        };
        int scanned = 0;
        QDirIterator files(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray content = file.readAll();
            for (const QByteArray &needle : needles)
                QVERIFY2(!content.contains(needle), qPrintable(QStringLiteral("the secret leaked into ") + path));
            ++scanned;
        }
        QVERIFY2(scanned >= 1, "the scan must have seen the catalog");
    }

    void theRealKeychainIsUsedWhenItAnswers()
    {
        const KeychainProbe probe = awaitResult(probeKeychain());
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_KEYCHAIN", probe.available, probe.message);
        const QString service = QStringLiteral("org.imagesteward.ImageSteward.tst-sessionfallback");
        SessionFallbackCredentialStore store(std::make_shared<KeychainCredentialStore>(service), m_consent);
        const QString key = QStringLiteral("registry:r.example:") + QUuid::createUuid().toString(QUuid::Id128);

        QVERIFY(awaitResult(store.probe()).available);
        QVERIFY(awaitResult(store.write(key, QStringLiteral("real-keychain-secret"))));
        QCOMPARE(store.locationOf(key), SecretLocation::Keychain);
        QVERIFY(store.persistent());
        // Another client of the same keychain sees it: it is really there, not in our memory.
        KeychainCredentialStore direct(service);
        const Result<std::optional<QString>> there = awaitResult(direct.read(key));
        QVERIFY2(there, qPrintable(there ? QString() : there.error().toString()));
        QCOMPARE(there->value_or(QString()), QStringLiteral("real-keychain-secret"));
        QCOMPARE(**awaitResult(store.read(key)), QStringLiteral("real-keychain-secret"));
        QVERIFY(awaitResult(store.remove(key)));
        QVERIFY(!awaitResult(direct.read(key))->has_value());
        QVERIFY(m_consent->questions.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionFallbackCredentialStore)
#include "tst_sessionfallbackcredentialstore.moc"
