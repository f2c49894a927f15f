// The Registries pane's Settings… dialog, by keyboard, on a real TLS registry whose certificate no system trusts: a
// file that is no certificate is refused inside the dialog and nothing is written; the registry's own CA saved
// through it is what the window's registry client trusts from then on (a real request succeeds), and a hand-set pull
// limit is what the registries table shows, "set by hand".
#include "AwaitFuture.h"
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "core/ImageReference.h"
#include "core/Teardown.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/registries/RegistriesPane.h"
#include "gui/registries/RegistrySettingsDialog.h"
#include "guimodels/registries/RegistryTableModel.h"
#include "registry/RegistryClient.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "store/MemoryCredentialStore.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::gui;
using namespace steward::test;

namespace {

template<typename T>
T *part(const QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("no %s", qPrintable(name));
    return found;
}

void typeInto(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
}

} // namespace

class TestRegistrySettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCaSavedByKeyboardIsTrustedByTheWindowsClient()
    {
        RegistryFixture registry;
        RegistryFixture::Options options;
        options.tls = true;
        const bool started = registry.start(options);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());
        SyncHttp http(registry.sslConfiguration());
        const SeededImage image =
            seedImage(http, registry.baseUrl(), QStringLiteral("private/app"), QStringLiteral("1"), "s\n");
        QVERIFY(image.ok);
        const Result<ImageReference> reference =
            ImageReference::parse(QString(registry.hostPort() + QStringLiteral("/private/app:1")));
        QVERIFY(reference);

        QTemporaryDir profile;
        auto catalog = std::make_shared<store::CatalogWorker>();
        QVERIFY(awaitResult(catalog->open(store::CatalogOptions{profile.path(), {}, 10000, false})));
        auto client = std::shared_ptr<registry::RegistryClient>(new registry::RegistryClient, DeleteLater{});
        MainWindow window;
        QSignalSpy reloaded(&window, &MainWindow::profileLoginsReloaded);
        window.setCredentials(std::make_shared<store::MemoryCredentialStore>());
        window.setRegistryClient(client);
        window.setCatalog(catalog);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pane = part<RegistriesPane>(window, QStringLiteral("registriesPane"));
        part<QTabWidget>(window, QStringLiteral("lowerTabs"))->setCurrentWidget(pane->parentWidget());

        // Untrusted: the window's client refuses, and says where to give the CA.
        const Result<registry::ManifestHead> before = awaitResult(client->headManifest(*reference));
        QVERIFY(!before);
        QVERIFY2(before.error().toString().contains(QLatin1String("Registry settings")),
                 qPrintable(before.error().toString()));

        auto *settings = part<QPushButton>(*pane, QStringLiteral("settingsButton"));
        QTRY_VERIFY(settings->isEnabled());
        settings->setFocus();
        QTest::keyClick(settings, Qt::Key_Space);
        RegistrySettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = pane->findChild<RegistrySettingsDialog *>(QStringLiteral("registrySettingsDialog"))) &&
                    dialog->isVisible());
        QSignalSpy saved(dialog, &RegistrySettingsDialog::saved);

        // A file that is no certificate: refused inside, naming the field; the profile has no row for the host.
        QTemporaryDir junk;
        QFile notPem(junk.filePath(QStringLiteral("ca.pem")));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("no certificate here\n");
        notPem.close();
        typeInto(part<QLineEdit>(*dialog, QStringLiteral("registryEdit")), registry.hostPort());
        typeInto(part<QLineEdit>(*dialog, QStringLiteral("caFileEdit")), notPem.fileName());
        auto *limitCheck = part<QCheckBox>(*dialog, QStringLiteral("limitCheck"));
        limitCheck->setFocus();
        QTest::keyClick(limitCheck, Qt::Key_Space);
        QVERIFY(limitCheck->isChecked());
        typeInto(part<QSpinBox>(*dialog, QStringLiteral("limitSpin")), QStringLiteral("40"));
        typeInto(part<QSpinBox>(*dialog, QStringLiteral("windowSpin")), QStringLiteral("60"));
        QTest::keyClick(part<QLineEdit>(*dialog, QStringLiteral("caFileEdit")), Qt::Key_Return);
        auto *message = part<QLabel>(*dialog, QStringLiteral("settingsMessage"));
        QTRY_VERIFY(message->text().contains(QLatin1String("CA certificate")));
        QVERIFY(dialog->isVisible());
        QCOMPARE(saved.count(), 0);
        const auto none = awaitResult(catalog->run<std::optional<store::RegistryRecord>>(
            [host = registry.hostPort()](QSqlDatabase &db) { return store::findRegistry(db, host); }));
        QVERIFY(none && !none->has_value());

        // The registry's own CA: saved, the dialog closes, the window reads the profile's options again.
        const int reloadsBefore = reloaded.count();
        typeInto(part<QLineEdit>(*dialog, QStringLiteral("caFileEdit")), registry.caFile());
        QTest::keyClick(part<QLineEdit>(*dialog, QStringLiteral("caFileEdit")), Qt::Key_Return);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toString(), registry.hostPort());
        QTRY_VERIFY(reloaded.count() > reloadsBefore);
        QCOMPARE(client->optionsFor(registry.hostPort()).caFile, registry.caFile());
        const Result<registry::ManifestHead> after = awaitResult(client->headManifest(*reference));
        QVERIFY2(after, qPrintable(after ? QString() : after.error().toString()));
        QCOMPARE(after->digest.toString(), image.digest);

        // The registries table shows the host with its limit set by hand.
        RegistryTableModel *model = pane->registryModel();
        QTRY_VERIFY(model->rowCount() == 1);
        QCOMPARE(model->index(0, RegistryTableModel::OriginColumn).data().toString(), QStringLiteral("set by hand"));
    }
};

QTEST_MAIN(TestRegistrySettingsDialog)
#include "tst_registrysettingsdialog.moc"
