// The leak test: after `stewardctl login` (password on stdin) and a round of exports, the password's bytes are in
// no file under the profile, settings, caches or exports, nor in any output — yet the keychain gives it back.
#include "AwaitFuture.h"
#include "LeakScan.h"
#include "ServiceRequirement.h"
#include "store/KeychainCredentialStore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace steward;
using namespace steward::store;
using steward::test::awaitResult;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCredentialLeak final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QProcessEnvironment m_env;
    QByteArray m_allOutput;

    QString profile() const { return m_root.filePath(QStringLiteral("profile")); }

    Run stewardctl(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(QStringLiteral(STEWARDCTL_PATH), QStringList{QStringLiteral("--profile"), profile()} + args);
        process.write(stdinData);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        Run run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
        m_allOutput += run.out + run.err;
        return run;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        // The child's home, settings, data and cache all live under m_root, so the scan below sees every file
        // stewardctl could have written. The D-Bus session (the keychain) is inherited.
        m_env = QProcessEnvironment::systemEnvironment();
        const QString home = m_root.filePath(QStringLiteral("home"));
        QDir().mkpath(home);
        m_env.insert(QStringLiteral("HOME"), home);
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        m_env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true")); // log as much as we can
        m_env.remove(QStringLiteral("DOCKER_CONFIG"));
    }

    void aLoggedInPasswordLeaksNowhereButTheKeychain()
    {
        const KeychainProbe probe = awaitResult(probeKeychain());
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_KEYCHAIN", probe.available, probe.message);

        const QByteArray password = "Leak-Canary-" + QUuid::createUuid().toByteArray(QUuid::Id128) + "-Zq9";
        const QString registry = QStringLiteral("leak.example:5000");
        const QString user = QStringLiteral("alice");
        const QString key = QStringLiteral("registry:leak.example:5000:alice");

        Run login = stewardctl(
            {QStringLiteral("login"), registry, QStringLiteral("--username"), user, QStringLiteral("--password-stdin")},
            password + "\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());

        Run logins = stewardctl({QStringLiteral("logins")});
        QCOMPARE(logins.exitCode, 0);
        QVERIFY(logins.out.contains("leak.example:5000\talice"));

        // A catalog with an image using that registry, then every export there is.
        QFile seed(m_root.filePath(QStringLiteral("seed.json")));
        QVERIFY(seed.open(QIODevice::WriteOnly));
        seed.write("{\"format\":\"imagesteward-catalog\",\"version\":1,\"images\":[{\"image_id\":\"i1\","
                   "\"name\":\"leak.example:5000/team/app:1\",\"friendly_name\":\"App\",\"docker_user\":\"alice\","
                   "\"docker_registry\":\"https://leak.example:5000\","
                   "\"docker_token_ref\":\"registry:leak.example:5000:alice\"}]}");
        seed.close();
        QCOMPARE(stewardctl({QStringLiteral("import"), seed.fileName()}).exitCode, 0);
        const QString exportFile = m_root.filePath(QStringLiteral("exports/catalog.json"));
        QDir().mkpath(QFileInfo(exportFile).absolutePath());
        QCOMPARE(stewardctl({QStringLiteral("export"), exportFile}).exitCode, 0);
        QCOMPARE(stewardctl({QStringLiteral("--json"), QStringLiteral("logins")}).exitCode, 0);
        const Run workspace =
            stewardctl({QStringLiteral("export-workspace-registry"), m_root.filePath(QStringLiteral("exports/wr"))});
        QVERIFY2(workspace.exitCode == 0, workspace.err.constData());
        QVERIFY(QFile::exists(m_root.filePath(QStringLiteral("exports/wr/1.1/list.json"))));

        // The bytes, in every encoding a careless writer might use (tests/support/LeakScan.h, shared with the GUI's
        // login dialog test).
        const QList<QByteArray> needles = test::leakNeedles(password, "alice");
        const test::LeakScan scan = test::scanForLeaks(m_root.path(), needles);
        QVERIFY2(scan.leakedInto.isEmpty(), qPrintable(QStringLiteral("the password leaked into ") + scan.leakedInto));
        const int scanned = scan.scanned;
        QVERIFY2(scanned >= 5, "the scan must have seen the catalog, its WAL or backups, and the exports");
        QVERIFY(QFile::exists(profile() + QStringLiteral("/catalog.sqlite")));
        for (const QByteArray &needle : needles)
            QVERIFY2(!m_allOutput.contains(needle), "the password leaked into stewardctl's output or logs");

        // ...while the keychain has it, through QtKeychain and through the Secret Service's own tool.
        KeychainCredentialStore keychain;
        const Result<std::optional<QString>> stored = awaitResult(keychain.read(key));
        QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().toString()));
        QVERIFY(stored->has_value());
        QCOMPARE((*stored)->toUtf8(), password);

        const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (!secretTool.isEmpty()) {
            QProcess lookup;
            lookup.start(secretTool,
                         {QStringLiteral("search"), QStringLiteral("--unlock"), QStringLiteral("user"), key});
            QVERIFY(lookup.waitForFinished(20000));
            const QByteArray found = lookup.readAllStandardOutput() + lookup.readAllStandardError();
            QVERIFY2(found.contains(QByteArray(QByteArray("secret = ") + password)), found.constData());
        }

        // Logging out removes it from the keychain too.
        QCOMPARE(stewardctl({QStringLiteral("logout"), registry}).exitCode, 0);
        const Result<std::optional<QString>> gone = awaitResult(keychain.read(key));
        QVERIFY(gone);
        QVERIFY(!gone->has_value());
    }
};

QTEST_GUILESS_MAIN(TestCredentialLeak)
#include "tst_credentialleak.moc"
