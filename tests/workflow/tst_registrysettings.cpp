// A registry's settings besides its login (CA, "insecure", hand-set pull limit) on a real catalog: checked and
// normalised, written with the login kept and an audit line, read back, and counted by the quota model.
#include "AwaitFuture.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "store/MemoryCredentialStore.h"
#include "store/RegistryLogins.h"
#include "workflow/RegistryQuota.h"
#include "workflow/RegistrySettings.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::workflow;
using steward::test::awaitResult;

namespace {

// A self-signed PEM certificate made by openssl, as an administrator's private CA would be.
QString makeCertificate(const QTemporaryDir &dir)
{
    const QString cert = dir.filePath(QStringLiteral("ca.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=test-ca"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return {};
    return cert;
}

} // namespace

class TestRegistrySettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkingNormalisesAndRefusesWithTheField()
    {
        QTemporaryDir dir;
        const QString cert = makeCertificate(dir);
        QVERIFY2(!cert.isEmpty(), "openssl could not make a certificate");
        RegistrySettings typed;
        typed.registry = QStringLiteral("https://Registry.Example:5000/");
        typed.caFile = QStringLiteral("  ") + QDir::current().relativeFilePath(cert) + QStringLiteral(" ");
        const Result<RegistrySettings> checked = checkRegistrySettings(typed);
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().toString()));
        QCOMPARE(checked->registry, QStringLiteral("registry.example:5000"));
        QCOMPARE(checked->caFile, cert);

        RegistrySettings notPem = typed;
        notPem.caFile = dir.filePath(QStringLiteral("ca.key"));
        const Result<RegistrySettings> key = checkRegistrySettings(notPem);
        QVERIFY(!key);
        QVERIFY2(key.error().message.startsWith(QLatin1String("CA certificate: ")), qPrintable(key.error().message));

        RegistrySettings badHost;
        badHost.registry = QStringLiteral("not a host");
        QVERIFY(!checkRegistrySettings(badHost));

        RegistrySettings negative;
        negative.registry = QStringLiteral("docker.io");
        negative.pullLimit = pull::RateLimitPolicy{-1, 21600};
        QVERIFY(!checkRegistrySettings(negative));
        negative.pullLimit = pull::RateLimitPolicy{10, 0};
        QVERIFY(!checkRegistrySettings(negative));
        negative.pullLimit = pull::RateLimitPolicy{10, qint64{367} * 24 * 3600};
        const Result<RegistrySettings> tooLong = checkRegistrySettings(negative);
        QVERIFY(!tooLong);
        QVERIFY2(tooLong.error().message.startsWith(QLatin1String("Pull limit: ")),
                 qPrintable(tooLong.error().message));
        negative.pullLimit = pull::RateLimitPolicy{0, 60}; // a registry that allows no pull at all is a setting too
        QVERIFY(checkRegistrySettings(negative));
    }

    void savingKeepsTheLoginAuditsAndReachesTheQuotaModel()
    {
        QTemporaryDir dir;
        const QString cert = makeCertificate(dir);
        QVERIFY(!cert.isEmpty());
        auto catalog = std::make_shared<store::CatalogWorker>();
        QVERIFY(awaitResult(catalog->open(store::CatalogOptions{dir.path(), {}, 10000, false})));
        auto secrets = std::make_shared<store::MemoryCredentialStore>();
        const QString host = QStringLiteral("registry.example:5000");
        QVERIFY(awaitResult(store::saveRegistryLogin(catalog->catalog(), secrets, host, QStringLiteral("alice"),
                                                     QStringLiteral("pw"), QStringLiteral("test"))));

        RegistrySettings settings;
        settings.registry = host;
        settings.caFile = cert;
        settings.pullLimit = pull::RateLimitPolicy{40, 3600};
        settings.limitPerAccount = true;
        QVERIFY(awaitResult(saveRegistrySettings(catalog, settings, QStringLiteral("tester"))));

        const auto records = awaitResult(
            catalog->run<QList<store::RegistryRecord>>([](QSqlDatabase &db) { return store::listRegistries(db); }));
        QVERIFY(records);
        QCOMPARE(records->size(), 1);
        const store::RegistryRecord &record = records->first();
        QCOMPARE(record.username, QStringLiteral("alice"));
        QVERIFY(!record.credentialRef.isEmpty());
        QCOMPARE(record.caFile, cert);
        QVERIFY(!record.insecure);

        const auto read = awaitResult(catalog->run<RegistrySettings>(
            [host](QSqlDatabase &db) { return readRegistrySettings(db, QStringLiteral("https://") + host); }));
        QVERIFY(read);
        QCOMPARE(read->caFile, cert);
        QCOMPARE(read->pullLimit, std::optional(pull::RateLimitPolicy{40, 3600}));
        QVERIFY(read->limitPerAccount);

        // The quota model counts the limit for the login, and says it was set by hand.
        const QList<RegistryLimits> limits = registryLimits(*records, {}, {});
        QCOMPARE(limits.size(), 1);
        QCOMPARE(limits.first().origin, LimitOrigin::SetByHand);
        QCOMPARE(limits.first().authenticated, std::optional(pull::RateLimitPolicy{40, 3600}));

        // A refused change writes nothing, not even half.
        RegistrySettings broken = *read;
        broken.insecure = true;
        broken.caFile = dir.filePath(QStringLiteral("missing.pem"));
        QVERIFY(!awaitResult(saveRegistrySettings(catalog, broken, QStringLiteral("tester"))));
        const auto after = awaitResult(
            catalog->run<RegistrySettings>([host](QSqlDatabase &db) { return readRegistrySettings(db, host); }));
        QVERIFY(after);
        QVERIFY(!after->insecure);
        QCOMPARE(after->caFile, cert);

        // Clearing the limit and the CA, then an audit line per save with what was before.
        RegistrySettings cleared;
        cleared.registry = host;
        cleared.insecure = true;
        QVERIFY(awaitResult(saveRegistrySettings(catalog, cleared, QStringLiteral("tester"))));
        const auto audit =
            awaitResult(catalog->run<QList<store::AuditEntry>>([](QSqlDatabase &db) { return store::listAudit(db); }));
        QVERIFY(audit);
        QList<store::AuditEntry> settingsLines;
        for (const store::AuditEntry &entry : *audit) {
            if (entry.action == QLatin1String("registry.settings"))
                settingsLines << entry;
        }
        QCOMPARE(settingsLines.size(), 2);
        for (const store::AuditEntry &entry : settingsLines) {
            QCOMPARE(entry.subject, host);
            QCOMPARE(entry.actor, QStringLiteral("tester"));
        }
        const auto isTheClearing = [&cert](const store::AuditEntry &entry) {
            return entry.before.toObject().value(QStringLiteral("ca_file")).toString() == cert &&
                   entry.after.toObject().value(QStringLiteral("insecure")).toBool() &&
                   entry.after.toObject().value(QStringLiteral("rate_limit_policy")).toObject().isEmpty();
        };
        QVERIFY(std::any_of(settingsLines.cbegin(), settingsLines.cend(), isTheClearing));
        const auto noLimit = awaitResult(
            catalog->run<RegistrySettings>([host](QSqlDatabase &db) { return readRegistrySettings(db, host); }));
        QVERIFY(noLimit && !noLimit->pullLimit && noLimit->caFile.isEmpty() && noLimit->insecure);
    }
};

QTEST_GUILESS_MAIN(TestRegistrySettings)
#include "tst_registrysettings.moc"
