// stewardctl's profile commands as a script sees them: docker login import with confirmation, import errors,
// damaged and newer catalogs, backups, --profile.
#include "AwaitFuture.h"
#include "ServiceRequirement.h"
#include "store/KeychainCredentialStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    QString out;
    QString err;
};

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

} // namespace

class TestStoreCommands final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_profile;

    Run stewardctl(const QStringList &args, const QByteArray &stdinData = {},
                   const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(STEWARDCTL_PATH), QStringList{QStringLiteral("--profile"), m_profile} + args);
        process.write(stdinData);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void init() { m_profile = m_root.filePath(QUuid::createUuid().toString(QUuid::Id128)); }

    void loginRefusesAPasswordThatIsNotOnStdin()
    {
        const Run run = stewardctl({QStringLiteral("login"), QStringLiteral("r.example"), QStringLiteral("--username"),
                                    QStringLiteral("alice")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--password-stdin")), qPrintable(run.err));
    }

    void withoutAKeychainALoginFailsAndStoresNothing()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/steward-bus"));
        env.remove(QStringLiteral("DISPLAY"));
        const Run run = stewardctl({QStringLiteral("login"), QStringLiteral("r.example"), QStringLiteral("--username"),
                                    QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                                   "never-stored\n", env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Nothing was stored.")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("never-stored")));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        const Run logins = stewardctl({QStringLiteral("logins")});
        QCOMPARE(logins.exitCode, 0);
        QVERIFY(logins.out.isEmpty());
    }

    void aMalformedImportNamesTheFieldAndChangesNothing()
    {
        const QString file = m_root.filePath(QStringLiteral("bad.json"));
        writeFile(file, "{\"format\":\"imagesteward-catalog\",\"version\":1,\"images\":[{\"image_id\":\"a\","
                        "\"name\":\"x/a:1\",\"cores\":\"two\"}]}");
        const Run run = stewardctl({QStringLiteral("import"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("images[0].cores")), qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        const Run exported = stewardctl({QStringLiteral("export"), m_root.filePath(QStringLiteral("after.json"))});
        QCOMPARE(exported.exitCode, 0);
        QFile after(m_root.filePath(QStringLiteral("after.json")));
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY(after.readAll().contains("\"images\": [\n    ]"));
    }

    // Issue 13: `stewardctl import catalog-huge-numbers.json` succeeded and stored memory INT64_MIN.
    void anImportOfNumbersNoFieldHoldsIsRefusedAndChangesNothing()
    {
        const QString file = QStringLiteral(STEWARD_SOURCE_DIR "/tests/store/data/catalog-huge-numbers.json");
        const Run run = stewardctl({QStringLiteral("import"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("images[0].memory: expected a whole number from 0 to "
                                                "9223372036854775807")),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        const QString after = m_root.filePath(QStringLiteral("after-huge.json"));
        QCOMPARE(stewardctl({QStringLiteral("export"), after}).exitCode, 0);
        QFile exported(after);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        QVERIFY(exported.readAll().contains("\"images\": [\n    ]"));
    }

    // The refusal names the field and shows the character escaped: the message stays one line and cannot drive the
    // terminal.
    void anImportWithAnEscapeSequenceInANameIsRefusedOnOneLine()
    {
        const QString file = m_root.filePath(QStringLiteral("escape.json"));
        writeFile(file, "{\"format\":\"imagesteward-catalog\",\"version\":1,\"images\":[{\"image_id\":\"a\","
                        "\"name\":\"x/a:1\",\"friendly_name\":\"Chrome\\u001b[2J\\nroot\"}]}");
        const Run run = stewardctl({QStringLiteral("import"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("images[0].friendly_name: character 7 is a control character (\\x1b)")),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(QChar(0x1b)));
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    }

    void aNewerCatalogIsRefusedWithBothVersions()
    {
        QCOMPARE(stewardctl({QStringLiteral("logins")}).exitCode, 0); // creates the catalog
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(m_profile + QStringLiteral("/catalog.sqlite"));
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 42")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        const Run run = stewardctl({QStringLiteral("logins")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("schema version 42")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("up to version")), qPrintable(run.err));
    }

    void aDamagedCatalogPointsAtTheBackupThatRestoresIt()
    {
        const QString seed = m_root.filePath(QStringLiteral("seed.json"));
        writeFile(seed, "{\"format\":\"imagesteward-catalog\",\"version\":1,\"images\":[{\"image_id\":\"keep\","
                        "\"name\":\"x/keep:1\",\"friendly_name\":\"Keep me\"}]}");
        QCOMPARE(stewardctl({QStringLiteral("import"), seed}).exitCode, 0);
        QCOMPARE(stewardctl({QStringLiteral("logins")}).exitCode, 0); // this open takes the daily backup
        const Run backups = stewardctl({QStringLiteral("backups")});
        QVERIFY2(backups.out.contains(QLatin1String("daily")), qPrintable(backups.out + backups.err));

        QFile catalog(m_profile + QStringLiteral("/catalog.sqlite"));
        QVERIFY(catalog.open(QIODevice::ReadWrite));
        catalog.resize(1000);
        catalog.close();
        const Run refused = stewardctl({QStringLiteral("logins")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("restore-backup")), qPrintable(refused.err));

        const Run restored = stewardctl({QStringLiteral("restore-backup")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const Run workspace = stewardctl({QStringLiteral("export-workspace-registry"),
                                          m_root.filePath(QStringLiteral("wr")), QStringLiteral("Keep me")});
        QVERIFY2(workspace.exitCode == 0, qPrintable(workspace.err));
    }

    // What an import keeps of this machine's registry settings is said, not done silently.
    void anImportSaysWhichRegistrySettingsItKept()
    {
        const QString first = m_root.filePath(QStringLiteral("first.json"));
        writeFile(first, "{\"format\":\"imagesteward-catalog\",\"version\":1,"
                         "\"registries\":[{\"url\":\"r.example\",\"ca_file\":\"/etc/steward/ca.pem\"}]}");
        QCOMPARE(stewardctl({QStringLiteral("import"), first}).exitCode, 0);
        const QString second = m_root.filePath(QStringLiteral("second.json"));
        writeFile(second, "{\"format\":\"imagesteward-catalog\",\"version\":1,"
                          "\"registries\":[{\"url\":\"r.example\",\"insecure\":true}]}");
        const Run run = stewardctl({QStringLiteral("import"), second});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("r.example: TLS verification stays on")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("r.example: kept its CA file (/etc/steward/ca.pem)")),
                 qPrintable(run.out));

        const QString after = m_root.filePath(QStringLiteral("after-kept.json"));
        QCOMPARE(stewardctl({QStringLiteral("export"), after}).exitCode, 0);
        QFile exported(after);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray json = exported.readAll();
        QVERIFY2(json.contains("\"insecure\": false") && json.contains("/etc/steward/ca.pem"), json.constData());
    }

    // stewardctl exits as soon as the login is stored; the replaced user's secret must be gone from the keychain by
    // then, not left to a job that never runs.
    void aReplacedLoginsSecretLeavesTheKeychain()
    {
        const KeychainProbe probe = awaitResult(probeKeychain());
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_KEYCHAIN", probe.available, probe.message);

        const QString host =
            QStringLiteral("replace-") + QUuid::createUuid().toString(QUuid::Id128) + QStringLiteral(".example");
        const QString aliceKey = QStringLiteral("registry:") + host + QStringLiteral(":alice");
        const QString bobKey = QStringLiteral("registry:") + host + QStringLiteral(":bob");
        const Run alice = stewardctl({QStringLiteral("login"), host, QStringLiteral("--username"),
                                      QStringLiteral("alice"), QStringLiteral("--password-stdin")},
                                     "alice-password\n");
        QVERIFY2(alice.exitCode == 0, qPrintable(alice.err));
        const Run bob = stewardctl({QStringLiteral("login"), host, QStringLiteral("--username"), QStringLiteral("bob"),
                                    QStringLiteral("--password-stdin")},
                                   "bob-password\n");
        QVERIFY2(bob.exitCode == 0, qPrintable(bob.err));

        KeychainCredentialStore keychain;
        const Result<std::optional<QString>> old = awaitResult(keychain.read(aliceKey));
        QVERIFY2(old, qPrintable(old ? QString() : old.error().toString()));
        const bool lingered = old->has_value();
        const Result<std::optional<QString>> current = awaitResult(keychain.read(bobKey));
        awaitResult(keychain.remove(aliceKey));
        awaitResult(keychain.remove(bobKey));
        QVERIFY2(!lingered, "alice's secret stayed in the keychain after bob replaced her login");
        QVERIFY(current && current->has_value());
        QCOMPARE(**current, QStringLiteral("bob-password"));
    }

    void dockerLoginsAreImportedOnlyWhenConfirmed()
    {
        const KeychainProbe probe = awaitResult(probeKeychain());
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_KEYCHAIN", probe.available, probe.message);

        const QString dockerDir =
            m_root.filePath(QStringLiteral("docker-") + QUuid::createUuid().toString(QUuid::Id128));
        const QByteArray firstPassword = "first-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        writeFile(dockerDir + QStringLiteral("/config.json"),
                  "{\"auths\":{\"one.example\":{\"auth\":\"" + QByteArray("ann:" + firstPassword).toBase64() +
                      "\"},\"two.example\":{\"auth\":\"" + QByteArray("ben:second").toBase64() + "\"}}}");
        // Answers in the order the candidates are listed: yes to one.example, no to two.example.
        const Run run = stewardctl(
            {QStringLiteral("--docker-config"), dockerDir, QStringLiteral("import-docker-logins")}, "y\nn\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QLatin1String("Import the login for one.example as ann")));
        QVERIFY(!run.out.contains(QString::fromLatin1(firstPassword)));

        const Run logins = stewardctl({QStringLiteral("logins")});
        QVERIFY(logins.out.contains(QLatin1String("one.example\tann")));
        QVERIFY(!logins.out.contains(QLatin1String("two.example")));

        KeychainCredentialStore keychain;
        const Result<std::optional<QString>> stored =
            awaitResult(keychain.read(QStringLiteral("registry:one.example:ann")));
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->toUtf8(), firstPassword);

        const Run all = stewardctl({QStringLiteral("--docker-config"), dockerDir,
                                    QStringLiteral("import-docker-logins"), QStringLiteral("--yes")});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        QVERIFY(stewardctl({QStringLiteral("logins")}).out.contains(QLatin1String("two.example\tben")));
        awaitResult(keychain.remove(QStringLiteral("registry:one.example:ann")));
        awaitResult(keychain.remove(QStringLiteral("registry:two.example:ben")));
    }

    // The other way round: no to the first candidate, yes to the second. Only the confirmed login reaches the
    // keychain and the catalog; the declined one is in neither.
    void aDeclinedDockerLoginIsNotImportedButTheNextConfirmedOneIs()
    {
        const KeychainProbe probe = awaitResult(probeKeychain());
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_KEYCHAIN", probe.available, probe.message);

        const QString dockerDir =
            m_root.filePath(QStringLiteral("docker-") + QUuid::createUuid().toString(QUuid::Id128));
        const QByteArray declinedPassword = "declined-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        const QByteArray confirmedPassword = "confirmed-" + QUuid::createUuid().toByteArray(QUuid::Id128);
        writeFile(dockerDir + QStringLiteral("/config.json"),
                  "{\"auths\":{\"one.example\":{\"auth\":\"" + QByteArray("ann:" + declinedPassword).toBase64() +
                      "\"},\"two.example\":{\"auth\":\"" + QByteArray("ben:" + confirmedPassword).toBase64() + "\"}}}");
        KeychainCredentialStore keychain;
        const QString declinedKey = QStringLiteral("registry:one.example:ann");
        const QString confirmedKey = QStringLiteral("registry:two.example:ben");
        QVERIFY(awaitResult(keychain.remove(declinedKey)));
        QVERIFY(awaitResult(keychain.remove(confirmedKey)));

        const Run run = stewardctl(
            {QStringLiteral("--docker-config"), dockerDir, QStringLiteral("import-docker-logins")}, "n\ny\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.indexOf(QLatin1String("Import the login for one.example as ann")) <
                         run.out.indexOf(QLatin1String("Import the login for two.example as ben")) &&
                     run.out.contains(QLatin1String("Import the login for one.example as ann")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("Imported two.example as ben.")), qPrintable(run.out));
        QVERIFY2(!run.out.contains(QLatin1String("Imported one.example")), qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("1 login(s) imported into the keychain.")), qPrintable(run.out));
        for (const QByteArray &password : {declinedPassword, confirmedPassword}) {
            QVERIFY(!run.out.contains(QString::fromLatin1(password)));
            QVERIFY(!run.err.contains(QString::fromLatin1(password)));
        }

        const Run logins = stewardctl({QStringLiteral("logins")});
        QVERIFY2(logins.out.contains(QLatin1String("two.example\tben")), qPrintable(logins.out));
        QVERIFY2(!logins.out.contains(QLatin1String("one.example")), qPrintable(logins.out));

        const Result<std::optional<QString>> declined = awaitResult(keychain.read(declinedKey));
        QVERIFY2(declined, qPrintable(declined ? QString() : declined.error().toString()));
        QVERIFY2(!declined->has_value(), "the declined login reached the keychain");
        const Result<std::optional<QString>> confirmed = awaitResult(keychain.read(confirmedKey));
        QVERIFY(confirmed && confirmed->has_value());
        QCOMPARE((*confirmed)->toUtf8(), confirmedPassword);
        QVERIFY(awaitResult(keychain.remove(confirmedKey)));
    }
};

QTEST_GUILESS_MAIN(TestStoreCommands)
#include "tst_storecommands.moc"
