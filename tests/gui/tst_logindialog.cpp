// The login dialog against the real keychain (gnome-keyring's Secret Service in the test D-Bus session) and a real
// htpasswd-protected docker-registry: a login stored through the dialog is listed by the registries pane (user name
// only), is what an authenticated request to the registry uses, and its password is in no file of the profile. The
// pane's "Test connection" and "Log out" work the same way. None of it queries the catalog on the GUI thread: the
// catalog the worker opened warns when it is (Catalog::confineTo), and every warning of that kind fails the test.
#include "AwaitFuture.h"
#include "LeakScan.h"
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "gui/registries/LoginDialog.h"
#include "gui/registries/RegistriesPane.h"
#include "guimodels/registries/RegistryTableModel.h"
#include "registry/RegistryClient.h"
#include "store/CatalogWorker.h"
#include "store/KeychainCredentialStore.h"
#include "workflow/RegistryLoginLookup.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace steward;
using namespace steward::gui;
using namespace steward::test;

class TestLoginDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // A catalog query on this (the GUI) thread would stall the window; Catalog reports it in these words.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("is used on thread .* but belongs to thread")));
    }

    void aLoginStoredThroughTheDialogIsListedUsedAndLeaksNowhere()
    {
        const store::KeychainProbe probe = awaitResult(store::probeKeychain());
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_KEYCHAIN", probe.available, probe.message);
        const QByteArray password = "Gui-Leak-Canary-" + QUuid::createUuid().toByteArray(QUuid::Id128) + "-Qx7";
        RegistryFixture registry;
        RegistryFixture::Options options;
        options.auth = RegistryFixture::Auth::Htpasswd;
        options.password = QString::fromLatin1(password);
        const bool started = registry.start(options);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());
        SyncHttp http;
        SeedOptions seed;
        seed.authorization = registry.basicAuthorization();
        QVERIFY(seedImage(http, registry.baseUrl(), QStringLiteral("team/app"), QStringLiteral("1"), "a\n", seed).ok);

        QTemporaryDir root;
        const QString profile = root.filePath(QStringLiteral("profile"));
        QVERIFY(QDir().mkpath(profile));
        auto catalog = std::make_shared<store::CatalogWorker>();
        QVERIFY(awaitResult(catalog->open(store::CatalogOptions{profile, {}, 10000, true})));
        // A service of the test's own, so that the application's real entries are never touched.
        auto keychain = std::make_shared<store::KeychainCredentialStore>(QStringLiteral("org.imagesteward.test.gui"));

        RegistriesPane pane;
        pane.setCatalog(catalog);
        pane.setCredentials(keychain);
        pane.show();

        LoginDialog dialog(catalog, keychain);
        QSignalSpy loggedIn(&dialog, &LoginDialog::loggedIn);
        dialog.findChild<QLineEdit *>(QStringLiteral("registryEdit"))->setText(registry.hostPort());
        dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit"))->setText(QStringLiteral("alice"));
        dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(QString::fromLatin1(password));
        dialog.open();
        dialog.accept();
        QVERIFY(loggedIn.wait(20000));
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());

        // Listed by the pane, by user name.
        pane.refreshRegistries();
        auto *table = pane.findChild<QTableView *>(QStringLiteral("registryTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(pane.registryModel()->rowOf(registry.hostPort()) >= 0, 10000);
        const int row = pane.registryModel()->rowOf(registry.hostPort());
        QCOMPARE(pane.registryModel()->index(row, RegistryTableModel::LoginColumn).data().toString(),
                 QStringLiteral("alice"));

        // Used for a real authenticated request: the registry refuses anonymous pulls and accepts this login.
        const auto login = awaitResult(workflow::storedLogin(catalog, keychain, registry.hostPort(), &pane));
        QVERIFY(login && login->has_value());
        registry::RegistryClient client;
        auto provider = std::make_shared<registry::StaticCredentialProvider>();
        provider->set(registry.hostPort(), registry::Credential{(*login)->username, (*login)->secret});
        client.setCredentialProvider(provider);
        const auto reference = ImageReference::parse(QString(registry.hostPort() + QStringLiteral("/team/app:1")));
        QVERIFY(reference);
        const auto head = awaitResult(client.headManifest(*reference));
        QVERIFY2(head, qPrintable(head ? QString() : head.error().toString()));
        QVERIFY(head->digest.isValid());
        registry::RegistryClient anonymous;
        QVERIFY(!awaitResult(anonymous.headManifest(*reference)));

        // "Test connection" reads the login (catalog thread, then keychain) and asks the registry with it.
        auto *message = pane.findChild<QLabel *>(QStringLiteral("registriesMessage"));
        QVERIFY(message);
        table->selectRow(row);
        auto *test = pane.findChild<QPushButton *>(QStringLiteral("testButton"));
        QVERIFY(test->isEnabled());
        test->click();
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && message->text().startsWith(registry.hostPort()), 20000);
        QVERIFY2(message->text().contains(QStringLiteral("answers")), qPrintable(message->text()));
        QVERIFY2(!message->property("error").toBool(), qPrintable(message->text()));

        // "Log out" removes the secret and clears the user on the catalog's thread; the list follows.
        auto *logout = pane.findChild<QPushButton *>(QStringLiteral("logoutButton"));
        QVERIFY(logout->isEnabled());
        logout->click();
        QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("Logged out")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            pane.registryModel()
                    ->index(pane.registryModel()->rowOf(registry.hostPort()), RegistryTableModel::LoginColumn)
                    .data()
                    .toString() != QStringLiteral("alice"),
            10000);
        const auto gone = awaitResult(workflow::storedLogin(catalog, keychain, registry.hostPort(), &pane));
        QVERIFY(gone && !gone->has_value());
        const auto secret =
            awaitResult(keychain->read(QStringLiteral("registry:") + registry.hostPort() + QStringLiteral(":alice")));
        QVERIFY(secret && !secret->has_value());

        // In no file of the profile (catalog, WAL, backups), in any encoding.
        catalog.reset();
        const LeakScan scan = scanForLeaks(root.path(), leakNeedles(password, "alice"));
        QVERIFY2(scan.leakedInto.isEmpty(), qPrintable(QStringLiteral("the password leaked into ") + scan.leakedInto));
        QVERIFY(scan.scanned >= 1);
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
