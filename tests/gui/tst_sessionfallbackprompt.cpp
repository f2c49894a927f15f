// SessionFallbackPrompt: the box that asks whether a secret the keychain cannot keep may stay in memory for this
// session, driven as a user would (offscreen); then with SessionFallbackCredentialStore, over a failing keychain and
// over the real QtKeychain with no Secret Service reachable, where no file may end up holding the secret.
#include "AwaitFuture.h"
#include "gui/credentials/SessionFallbackPrompt.h"
#include "store/Catalog.h"
#include "store/KeychainCredentialStore.h"
#include "store/RegistryLogins.h"
#include "store/SessionFallbackCredentialStore.h"

#include <QDirIterator>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace steward;
using namespace steward::gui;
using namespace steward::store;
using steward::test::awaitResult;

namespace {

const QString noSecretService =
    QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");

// No Secret Service: every operation fails later, as QtKeychain's jobs do.
class MissingKeychain final : public CredentialStore
{
public:
    QFuture<Result<std::optional<QString>>> read(const QString &) override
    {
        return failLater<Result<std::optional<QString>>>();
    }
    QFuture<Status> write(const QString &, const QString &) override { return failLater<Status>(); }
    QFuture<Status> remove(const QString &) override { return failLater<Status>(); }
    bool persistent() const override { return true; }
    QString description() const override { return QStringLiteral("the desktop keychain"); }

private:
    template<typename T>
    static QFuture<T> failLater()
    {
        auto promise = std::make_shared<QPromise<T>>();
        promise->start();
        QTimer::singleShot(0, [promise] {
            promise->addResult(T(fail(ErrorCode::Keychain, noSecretService)));
            promise->finish();
        });
        return promise->future();
    }
};

// Waits for the prompt's box to open and returns it.
QMessageBox *openedBox(QSignalSpy &prompted)
{
    if (prompted.isEmpty() && !prompted.wait(20000))
        return nullptr;
    auto *box = prompted.takeFirst().at(0).value<QMessageBox *>();
    return box && box->objectName() == SessionFallbackPrompt::boxObjectName() && box->isVisible() ? box : nullptr;
}

QPushButton *keepButton(QMessageBox *box)
{
    return box->findChild<QPushButton *>(SessionFallbackPrompt::keepButtonObjectName());
}

} // namespace

class TestSessionFallbackPrompt final : public QObject
{
    Q_OBJECT

private:
    const QString m_key = QStringLiteral("registry:registry.example:5000:alice");

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QMessageBox *>(); }

    void theBoxSaysWhyAndKeepingIsTheUsersChoice()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SessionFallbackPrompt prompt(&window);
        QSignalSpy prompted(&prompt, &SessionFallbackPrompt::prompted);

        QFuture<bool> answer = prompt.keepForSessionOnly({m_key, noSecretService});
        QMessageBox *box = openedBox(prompted);
        QVERIFY(box);
        QCOMPARE(box->parentWidget(), &window);
        QCOMPARE(box->windowModality(), Qt::WindowModal);
        QVERIFY2(box->text().contains(QLatin1String("alice")) &&
                     box->text().contains(QLatin1String("registry.example:5000")),
                 qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(noSecretService), qPrintable(box->informativeText()));
        QVERIFY(box->informativeText().contains(QLatin1String("never written to disk")));
        QPushButton *keep = keepButton(box);
        QVERIFY(keep);
        QCOMPARE(keep->text(), QStringLiteral("Keep for this session only"));
        QVERIFY(box->button(QMessageBox::Cancel));
        QVERIFY(!answer.isFinished()); // the box is open and nothing waits for it

        QTest::mouseClick(keep, Qt::LeftButton);
        QCOMPARE(awaitResult(answer), true);
        QTRY_VERIFY(!window.findChild<QMessageBox *>()); // closed and deleted
    }

    void cancelMeansNo()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SessionFallbackPrompt prompt(&window);
        QSignalSpy prompted(&prompt, &SessionFallbackPrompt::prompted);
        QFuture<bool> answer = prompt.keepForSessionOnly({m_key, noSecretService});
        QMessageBox *box = openedBox(prompted);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QCOMPARE(awaitResult(answer), false);
    }

    void escapeMeansNo()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SessionFallbackPrompt prompt(&window);
        QSignalSpy prompted(&prompt, &SessionFallbackPrompt::prompted);
        QFuture<bool> answer = prompt.keepForSessionOnly({m_key, noSecretService});
        QMessageBox *box = openedBox(prompted);
        QVERIFY(box);
        QTest::keyClick(box, Qt::Key_Escape);
        QCOMPARE(awaitResult(answer), false);
    }

    void aBoxClosedWithItsWindowMeansNo()
    {
        auto *window = new QWidget;
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        SessionFallbackPrompt prompt(window);
        QSignalSpy prompted(&prompt, &SessionFallbackPrompt::prompted);
        QFuture<bool> answer = prompt.keepForSessionOnly({m_key, noSecretService});
        QVERIFY(openedBox(prompted));
        delete window;
        QCOMPARE(awaitResult(answer), false);
    }

    void keysAreDescribedForPeople_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::newRow("a registry login with a port")
            << m_key << QStringLiteral("the registry login of alice at registry.example:5000");
        QTest::newRow("a kasm api key for a server url")
            << QStringLiteral("kasm:https://kasm.example:k1")
            << QStringLiteral("the Kasm API key k1 for https://kasm.example");
        QTest::newRow("something else is shown as it is") << QStringLiteral("other") << QStringLiteral("other");
    }

    void keysAreDescribedForPeople()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QCOMPARE(SessionFallbackPrompt::describeKey(key), text);
    }

    void theStoreAsksThroughTheBoxAndKeepsOnlyWhatTheUserAllowed()
    {
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto prompt = std::make_shared<SessionFallbackPrompt>(&window);
        QSignalSpy prompted(prompt.get(), &SessionFallbackPrompt::prompted);
        SessionFallbackCredentialStore store(std::make_shared<MissingKeychain>(), prompt);

        // Declined: nothing kept.
        QFuture<Status> declined = store.write(m_key, QStringLiteral("not-kept"));
        QMessageBox *box = openedBox(prompted);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(noSecretService));
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        const Status refused = awaitResult(declined);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Canceled);
        QCOMPARE(store.locationOf(m_key), SecretLocation::Keychain);
        QVERIFY(!awaitResult(store.read(m_key)));

        // Accepted: kept in memory, for this session.
        QFuture<Status> accepted = store.write(m_key, QStringLiteral("kept"));
        box = openedBox(prompted);
        QVERIFY(box);
        QTest::mouseClick(keepButton(box), Qt::LeftButton);
        QVERIFY(awaitResult(accepted));
        QCOMPARE(store.locationOf(m_key), SecretLocation::SessionMemory);
        QCOMPARE(awaitResult(store.read(m_key))->value_or(QString()), QStringLiteral("kept"));
        QCOMPARE(store.description(), QStringLiteral("memory, for this session only"));
    }

    // The real QtKeychain with no D-Bus session to reach: run in a child process whose HOME and XDG directories are a
    // scratch dir, so that afterwards every file it could have written (QtKeychain's insecure fallback would write
    // QSettings there) is scanned for the secret.
    void withNoRealKeychainTheSecretIsKeptInMemoryAndNowhereElse()
    {
        if (qEnvironmentVariableIsSet("STEWARD_TEST_CHILD_WITHOUT_KEYCHAIN")) {
            keepASecretWithoutTheRealKeychain();
            return;
        }
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const QString home = root.filePath(QStringLiteral("home"));
        QVERIFY(QDir().mkpath(home));
        const QByteArray secret = "NoKeychain-Canary-" + QUuid::createUuid().toByteArray(QUuid::Id128) + "-Vb3";
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STEWARD_TEST_CHILD_WITHOUT_KEYCHAIN"), QString::fromLatin1(secret));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/steward-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")); // log as much as we can
        QProcess child;
        child.setProcessEnvironment(env);
        child.setWorkingDirectory(root.path());
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("withNoRealKeychainTheSecretIsKeptInMemoryAndNowhereElse")});
        QVERIFY(child.waitForFinished(120000));
        const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestSessionFallbackPrompt::withNoRealKeychain"), output.constData());
        QVERIFY2(!output.contains(secret), "the secret leaked into the output or logs");

        int scanned = 0;
        QDirIterator files(root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray content = file.readAll();
            const QString wide = QString::fromLatin1(secret);
            for (const QByteArray &needle :
                 {secret, QByteArray(reinterpret_cast<const char *>(wide.utf16()), wide.size() * 2), secret.toBase64(),
                  secret.toHex()})
                QVERIFY2(!content.contains(needle), qPrintable(QStringLiteral("the secret leaked into ") + path));
            ++scanned;
        }
        QVERIFY2(scanned >= 1, "the scan must have seen the child's catalog");
        QVERIFY(QFile::exists(home + QStringLiteral("/.local/share/ImageSteward/profile/catalog.sqlite")));
    }

private:
    // The child's half: no Secret Service, so the probe fails with QtKeychain's own words, the box shows them, the
    // user keeps the secret, and the login reads back from memory while the catalog on disk knows only its key.
    void keepASecretWithoutTheRealKeychain()
    {
        const QString secret = qEnvironmentVariable("STEWARD_TEST_CHILD_WITHOUT_KEYCHAIN");
        QWidget window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto prompt = std::make_shared<SessionFallbackPrompt>(&window);
        QSignalSpy prompted(prompt.get(), &SessionFallbackPrompt::prompted);
        auto store = std::make_unique<SessionFallbackCredentialStore>(
            std::make_shared<KeychainCredentialStore>(QStringLiteral("org.imagesteward.ImageSteward.tst-prompt")),
            prompt);

        std::shared_ptr<SessionFallbackCredentialStore> credentials = std::move(store);
        Result<std::shared_ptr<Catalog>> catalog =
            Catalog::open(QDir::home().filePath(QStringLiteral(".local/share/ImageSteward/profile")));
        QVERIFY(catalog);

        // A login as the GUI will save it: the catalog gets host, user and key; the secret goes where allowed.
        QFuture<Status> saved = saveRegistryLogin(*catalog, credentials, QStringLiteral("registry.example:5000"),
                                                  QStringLiteral("alice"), secret, QStringLiteral("gui"));
        QMessageBox *box = openedBox(prompted);
        QVERIFY(box);
        QVERIFY(credentials->lastProbe() && !credentials->lastProbe()->available);
        QVERIFY(!credentials->lastProbe()->message.isEmpty());
        QVERIFY2(box->informativeText().contains(credentials->lastProbe()->message),
                 qPrintable(box->informativeText()));
        qDebug() << "the keychain said:" << credentials->lastProbe()->message;
        QTest::mouseClick(keepButton(box), Qt::LeftButton);
        const Status kept = awaitResult(saved);
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().toString()));
        QCOMPARE(credentials->locationOf(m_key), SecretLocation::SessionMemory);
        const Result<std::optional<StoredLogin>> login =
            awaitResult(storedLoginFor(*catalog, credentials, QStringLiteral("https://registry.example:5000")));
        QVERIFY(login && login->has_value());
        QCOMPARE((*login)->secret, secret);
        QVERIFY(!credentials->persistent());
    }
};

QTEST_MAIN(TestSessionFallbackPrompt)
#include "tst_sessionfallbackprompt.moc"
