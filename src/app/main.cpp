#include "core/Clock.h"
#include "core/Teardown.h"
#include "gui/common/DarkPalette.h"
#include "gui/credentials/SessionFallbackPrompt.h"
#include "gui/mainwindow/MainWindow.h"
#include "i18n/Translations.h"
#include "kasm/ProfileDeployment.h"
#include "pull/SimulatedFleet.h"
#include "registry/RegistryClient.h"
#include "store/CatalogWorker.h"
#include "store/KeychainCredentialStore.h"
#include "store/Profile.h"
#include "store/SessionFallbackCredentialStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QStatusBar>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Destroyed after the window and everything declared below, before the application: answers still posted at
    // quit (a board read, a refresh in flight) are delivered while threads can still be joined.
    struct DrainAtExit
    {
        ~DrainAtExit() { steward::drainPostedEvents(); }
    } drainAtExit;
    QApplication::setApplicationName(QStringLiteral("ImageSteward"));
    QApplication::setOrganizationDomain(QStringLiteral("imagesteward.org"));
    QApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(STEWARD_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" STEWARD_APP_ID ".svg")));
    steward::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Kasm Workspaces image steward"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           QCoreApplication::translate("main", "Use the profile in DIR."),
                                           QStringLiteral("DIR"));
    parser.addOption(profileOption);
    const QCommandLineOption demoRegistryOption(
        QStringLiteral("demo-registry"),
        QCoreApplication::translate("main", "Seed a new profile's simulated deployment with images from the registry "
                                            "HOST:PORT (default %1).")
            .arg(steward::kasm::defaultDemoRegistry()),
        QStringLiteral("HOST:PORT"));
    parser.addOption(demoRegistryOption);
    const QCommandLineOption darkOption(
        QStringLiteral("dark"), QCoreApplication::translate("main", "Use a dark palette whatever the desktop's colours "
                                                                    "(for desktops without a platform theme)."));
    parser.addOption(darkOption);
    parser.process(app);
    if (parser.isSet(darkOption)) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(steward::gui::darkPalette());
    }

    steward::gui::MainWindow window;
    // The GUI's credential store: the keychain, and memory for this session only if the user agrees when the
    // keychain cannot keep a secret. A connected Kasm server's secret is read from it; the simulation needs none.
    auto credentials = std::make_shared<steward::store::SessionFallbackCredentialStore>(
        std::make_shared<steward::store::KeychainCredentialStore>(),
        std::make_shared<steward::gui::SessionFallbackPrompt>(&window));
    window.setCredentials(credentials);
    // The profile's catalog on its own thread: stages, plans, logins, the tag cache and the audit log. Declared after
    // the window so that it is destroyed (its thread drained) before the window.
    auto catalog = std::make_shared<steward::store::CatalogWorker>();
    // The registry client the promotion board plans with: the window gives it the profile's stored logins (and each
    // registry's CA file or "insecure"), read again whenever one is saved or removed. Released by DeleteLater: a plan
    // in flight may hold the last reference inside one of the client's own reply handlers, where deleting it at once
    // would pull the reply from under Qt.
    window.setRegistryClient(std::shared_ptr<steward::registry::RegistryClient>(new steward::registry::RegistryClient,
                                                                                steward::DeleteLater{}));
    window.show();
    std::unique_ptr<steward::pull::SimulatedFleet> fleet; // destroyed before the window and the deployment

    const steward::Result<QString> profileDir = steward::store::prepareProfileDir(parser.value(profileOption));
    if (!profileDir) {
        window.showDeploymentError(profileDir.error());
    } else {
        window.setProfileDir(*profileDir);
        const QString demoRegistry =
            parser.isSet(demoRegistryOption) ? parser.value(demoRegistryOption) : steward::kasm::defaultDemoRegistry();
        // Opens the profile's deployment, again after a Kasm server was connected or disconnected. One chain: a Qt 6.4
        // QFuture keeps only its last continuation, so a second then() on the opening would drop the window's and
        // leave it "Loading deployment…" for good. The simulated deployment's agents pull in real time, so a newly
        // registered image becomes available; the desk's fleet panes follow them.
        auto open = [&window, &fleet, credentials, dir = *profileDir, demoRegistry] {
            window.setFleet(nullptr);
            fleet.reset();
            window.openDeployment(
                steward::kasm::openProfileDeployment(dir, *credentials, demoRegistry, steward::WallClock::instance())
                    .then(&window,
                          [&window, &fleet](steward::Result<std::shared_ptr<steward::kasm::Deployment>> opened) {
                              if (opened) {
                                  fleet = steward::pull::startDemoFleet(*opened);
                                  window.setFleet(fleet.get());
                              }
                              return opened;
                          }));
        };
        QObject::connect(&window, &steward::gui::MainWindow::kasmConnectionChanged, &window, open);
        open();
        steward::store::CatalogOptions options;
        options.profileDir = *profileDir;
        catalog->open(options).then(&window, [&window, catalog](const steward::Result<int> &opened) {
            if (opened)
                window.setCatalog(catalog);
            else
                window.statusBar()->showMessage(QCoreApplication::translate("main", "The catalog cannot be opened: %1")
                                                    .arg(opened.error().toString()));
        });
    }
    return QApplication::exec();
}
