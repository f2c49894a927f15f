// The profile's stored logins as a credential provider, and live mode's options taken from them: read from a real
// catalog and a credential store, refreshed after a login is removed, refused with a message when an account has none.
#include "AwaitFuture.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "store/MemoryCredentialStore.h"
#include "store/RegistryLogins.h"
#include "workflow/LiveSetup.h"
#include "workflow/ProfileLogins.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::workflow;
using steward::test::awaitResult;

class TestProfileLogins final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aReloadReadsEveryLoginAndTheNextForgetsARemovedOne()
    {
        QTemporaryDir dir;
        auto catalog = std::make_shared<store::CatalogWorker>();
        QVERIFY(awaitResult(catalog->open(store::CatalogOptions{dir.path(), {}, 10000, false})));
        auto secrets = std::make_shared<store::MemoryCredentialStore>();
        QVERIFY(awaitResult(store::saveRegistryLogin(catalog->catalog(), secrets, QStringLiteral("127.0.0.1:5000"),
                                                     QStringLiteral("alice"), QStringLiteral("pw1"),
                                                     QStringLiteral("test"))));
        QVERIFY(awaitResult(store::saveRegistryLogin(catalog->catalog(), secrets, QStringLiteral("docker.io"),
                                                     QStringLiteral("bob"), QStringLiteral("pw2"),
                                                     QStringLiteral("test"))));
        auto logins = std::make_shared<ProfileLogins>();
        QVERIFY(!logins->credentialFor(QStringLiteral("docker.io")));
        QObject context;
        QVERIFY(awaitResult(reloadProfileLogins(logins, catalog, secrets, &context)));
        QCOMPARE(logins->registries(), (QStringList{QStringLiteral("127.0.0.1:5000"), QStringLiteral("docker.io")}));
        // Any spelling of a registry finds its login.
        const auto hub = logins->credentialFor(QStringLiteral("registry-1.docker.io"));
        QVERIFY(hub);
        QCOMPARE(hub->username, QStringLiteral("bob"));
        QCOMPARE(hub->secret, QStringLiteral("pw2"));

        QVERIFY(awaitResult(store::removeRegistryLogin(catalog->catalog(), secrets, QStringLiteral("docker.io"))));
        QVERIFY(awaitResult(reloadProfileLogins(logins, catalog, secrets, &context)));
        QVERIFY(!logins->credentialFor(QStringLiteral("docker.io")));
        QCOMPARE(logins->credentialFor(QStringLiteral("127.0.0.1:5000"))->secret, QStringLiteral("pw1"));
    }

    void anOlderReloadDoesNotOverwriteANewerOne()
    {
        ProfileLogins logins;
        const quint64 first = logins.beginReload();
        const quint64 second = logins.beginReload();
        logins.replace(second, {{QStringLiteral("docker.io"), registry::Credential{QStringLiteral("new"), {}}}}, {});
        logins.replace(first, {{QStringLiteral("docker.io"), registry::Credential{QStringLiteral("old"), {}}}}, {});
        QCOMPARE(logins.credentialFor(QStringLiteral("docker.io"))->username, QStringLiteral("new"));
    }

    void liveModeTakesEachAccountsLoginAndRefusesAnAccountWithout()
    {
        ProfileLogins logins;
        registry::RegistryOptions pinned;
        pinned.insecure = true;
        logins.replace(logins.beginReload(),
                       {{QStringLiteral("127.0.0.1:5000"),
                         registry::Credential{QStringLiteral("alice@example.org"), QStringLiteral("pw")}}},
                       {{QStringLiteral("127.0.0.1:5000"), pinned}});
        pull::Scenario scenario;
        pull::ImageGroup mine;
        mine.name = QStringLiteral("mine");
        mine.registry = QStringLiteral("127.0.0.1:5000");
        mine.account = QStringLiteral("alice@example.org@127.0.0.1:5000"); // a user name may hold '@'
        pull::ImageGroup open;
        open.name = QStringLiteral("open");
        open.registry = QStringLiteral("127.0.0.1:5000");
        scenario.images = {mine, open};
        const Result<pull::LiveOptions> options = liveOptionsFromProfile(scenario, logins);
        QVERIFY2(options, qPrintable(options ? QString() : options.error().toString()));
        QCOMPARE(options->logins.size(), 1);
        QCOMPARE(options->logins.value(*mine.account).secret, QStringLiteral("pw"));
        QVERIFY(options->registries.value(QStringLiteral("127.0.0.1:5000")).insecure);

        pull::ImageGroup theirs = mine;
        theirs.name = QStringLiteral("theirs");
        theirs.account = QStringLiteral("carol@127.0.0.1:5000");
        scenario.images << theirs;
        const Result<pull::LiveOptions> refused = liveOptionsFromProfile(scenario, logins);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("no login of \"carol\" for 127.0.0.1:5000")),
                 qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestProfileLogins)
#include "tst_profilelogins.moc"
