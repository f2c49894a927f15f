#include "gui/mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

// Our own strings from the embedded .qm files, Qt's own from the system; both follow the system locale.
void installTranslations(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto *ownTranslator = new QTranslator(&app);
    if (ownTranslator->load(QLocale(), QStringLiteral("imagesteward"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ownTranslator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ImageSteward"));
    QApplication::setOrganizationDomain(QStringLiteral("imagesteward.org"));
    QApplication::setApplicationVersion(QStringLiteral(STEWARD_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(STEWARD_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" STEWARD_APP_ID ".svg")));
    installTranslations(app);

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
        QCoreApplication::translate("main", "Point the simulated deployment's images at the registry HOST:PORT."),
        QStringLiteral("HOST:PORT"));
    parser.addOption(demoRegistryOption);
    parser.process(app);

    steward::MainWindow window;
    if (parser.isSet(demoRegistryOption))
        window.setDeploymentDescription(
            QCoreApplication::translate("main", "Simulated deployment · images from %1")
                .arg(parser.value(demoRegistryOption)));
    window.show();
    return QApplication::exec();
}
