// The Generate pipeline dialog, offscreen, on a profile whose simulated deployment has a managed image with a stored
// login: driven by keyboard and mouse it writes byte for byte what `stewardctl pipeline` writes for the same image,
// engine and Dockerfile choice, names the secret variables to define, and replaces an existing file only when the
// admin agrees.
#include "AwaitFuture.h"
#include "SimulatedProfile.h"
#include "core/Teardown.h"
#include "gui/managed/PipelineDialog.h"
#include "kasm/SimulatedDeployment.h"
#include "store/CatalogQueries.h"
#include "store/CatalogWorker.h"
#include "workflow/ManageImage.h"
#include "workflow/Pipeline.h"
#include "workflow/StarterDockerfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::gui;
using steward::test::awaitResult;

namespace {

// Every file under `root` by its path relative to it, with its bytes.
QMap<QString, QByteArray> filesUnder(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(root).relativeFilePath(path), file.readAll());
    }
    return files;
}

} // namespace

class TestPipelineDialog final : public QObject
{
    Q_OBJECT

private:
    test::SimulatedProfile m_profile;
    QString m_chromeId;

    std::unique_ptr<PipelineDialog> openDialog()
    {
        auto dialog = std::make_unique<PipelineDialog>(m_profile.catalog());
        QSignalSpy ready(dialog.get(), &PipelineDialog::ready);
        dialog->setImage(m_chromeId);
        dialog->show();
        if (ready.isEmpty())
            ready.wait(10000);
        QApplication::setActiveWindow(dialog.get());
        return dialog;
    }

    template<typename T>
    static T *field(const QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The registry is never reached: the pipeline only names it.
        const Status opened = m_profile.open(QStringLiteral("registry.example:5000"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        // A stored login for the repository's registry (its secret would be in the keychain): the pipeline logs in
        // with the CI engine's secret variables.
        QVERIFY(awaitResult(m_profile.catalog()->write([](QSqlDatabase &db) -> Status {
            store::RegistryRecord registry;
            registry.url = QStringLiteral("registry.example:5000");
            registry.username = QStringLiteral("ci");
            registry.credentialRef = QStringLiteral("registry/registry.example:5000/ci");
            Result<qint64> id = store::upsertRegistry(db, registry);
            return id ? Status() : Status(fail(id.error()));
        })));
        workflow::ManageRequest request;
        request.image = QStringLiteral("Chrome");
        request.repository = QStringLiteral("registry.example:5000/kasm-demo/chrome");
        request.testGroups = {QStringLiteral("Image Testers")};
        request.uniquePattern = QStringLiteral("{version}-%Y%m%d");
        const auto managed =
            awaitResult(workflow::manageImage(m_profile.deployment(), m_profile.catalog(), request, this));
        QVERIFY2(managed, qPrintable(managed ? QString() : managed.error().toString()));
        QCOMPARE(managed->image.loginRegistry, QStringLiteral("registry.example:5000"));
        m_chromeId = managed->image.imageId;
    }

    void cleanupTestCase() { QVERIFY2(m_profile.close(), "something still holds the deployment"); }

    void writesWhatStewardctlWrites_data()
    {
        QTest::addColumn<int>("engineRow");
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("base");
        QTest::addColumn<bool>("sendToTest");
        const QString noble = QStringLiteral("kasmweb/core-ubuntu-noble:1.17.0");
        QTest::newRow("GitLab CI") << 0 << QStringLiteral("gitlab") << QString() << false;
        QTest::newRow("GitHub Actions with a starter Dockerfile on the default base")
            << 1 << QStringLiteral("github") << workflow::defaultKasmBase() << false;
        QTest::newRow("Jenkins with a starter Dockerfile on the admin's base")
            << 2 << QStringLiteral("jenkins") << noble << false;
        QTest::newRow("Bitbucket Pipelines") << 3 << QStringLiteral("bitbucket") << QString() << false;
        QTest::newRow("GitLab CI that sends each build to test") << 0 << QStringLiteral("gitlab") << QString() << true;
        QTest::newRow("GitHub Actions that sends each build to test, with a starter Dockerfile")
            << 1 << QStringLiteral("github") << workflow::defaultKasmBase() << true;
        QTest::newRow("Jenkins that sends each build to test") << 2 << QStringLiteral("jenkins") << QString() << true;
        QTest::newRow("Bitbucket Pipelines that sends each build to test, with a starter Dockerfile")
            << 3 << QStringLiteral("bitbucket") << noble << true;
    }

    void writesWhatStewardctlWrites()
    {
        QFETCH(int, engineRow);
        QFETCH(QString, engine);
        QFETCH(QString, base);
        QFETCH(bool, sendToTest);
        QTemporaryDir byDialog;
        QTemporaryDir byCli;

        auto dialog = openDialog();
        QCOMPARE(field<QComboBox>(dialog.get(), "imageCombo")->currentData().toString(), m_chromeId);
        // By keyboard: Alt+E to the engine, arrows to choose it; Alt+O to the folder; Alt+D for the Dockerfile.
        QTest::keyClick(dialog.get(), Qt::Key_E, Qt::AltModifier);
        auto *engines = field<QComboBox>(dialog.get(), "engineCombo");
        QVERIFY(engines->hasFocus());
        for (int row = 0; row < engineRow; ++row)
            QTest::keyClick(engines, Qt::Key_Down);
        QCOMPARE(engines->currentIndex(), engineRow);
        QTest::keyClick(dialog.get(), Qt::Key_O, Qt::AltModifier);
        QTest::keyClicks(field<QLineEdit>(dialog.get(), "outEdit"), byDialog.path());
        if (!base.isEmpty()) {
            QTest::keyClick(dialog.get(), Qt::Key_D, Qt::AltModifier);
            // A button's mnemonic clicks it after a short animation.
            QTRY_VERIFY(field<QCheckBox>(dialog.get(), "dockerfileCheck")->isChecked());
            auto *baseEdit = field<QLineEdit>(dialog.get(), "baseEdit");
            QVERIFY(baseEdit->isEnabled());
            QTest::keyClick(baseEdit, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(baseEdit, base);
        }
        auto *sendToTestCheck = field<QCheckBox>(dialog.get(), "sendToTestCheck");
        QVERIFY(!sendToTestCheck->isChecked());
        if (sendToTest) {
            QTest::keyClick(dialog.get(), Qt::Key_T, Qt::AltModifier);
            QTRY_VERIFY(sendToTestCheck->isChecked());
        }
        QSignalSpy written(dialog.get(), &PipelineDialog::written);
        QTest::mouseClick(field<QPushButton>(dialog.get(), "generateButton"), Qt::LeftButton);
        QCOMPARE(written.size(), 1);

        QStringList args{
            QStringLiteral("--profile"), m_profile.path(), QStringLiteral("pipeline"), QStringLiteral("Chrome"),
            QStringLiteral("--engine"),  engine,           QStringLiteral("--out"),    byCli.path()};
        if (!base.isEmpty())
            args << QStringLiteral("--dockerfile") << QStringLiteral("--base") << base;
        if (sendToTest)
            args << QStringLiteral("--send-to-test");
        QProcess cli;
        cli.start(QStringLiteral(STEWARDCTL_PATH), args);
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());

        const QMap<QString, QByteArray> mine = filesUnder(byDialog.path());
        const QMap<QString, QByteArray> theirs = filesUnder(byCli.path());
        QCOMPARE(mine.keys(), theirs.keys());
        QCOMPARE(mine.size(), base.isEmpty() ? 1 : 2);
        for (auto it = mine.cbegin(); it != mine.cend(); ++it)
            QVERIFY2(it.value() == theirs.value(it.key()), qPrintable(it.key()));
        if (!base.isEmpty())
            QVERIFY(mine.value(QStringLiteral("Dockerfile")).contains(base.toUtf8()));
        // The option reached the files: only a send-to-test pipeline runs send-to-test.
        QCOMPARE(std::any_of(mine.cbegin(), mine.cend(),
                             [](const QByteArray &file) { return file.contains("send-to-test"); }),
                 sendToTest);

        const QString result = field<QPlainTextEdit>(dialog.get(), "resultView")->toPlainText();
        for (const QString &path : written.first().first().toStringList())
            QVERIFY2(result.contains(QDir::toNativeSeparators(path)), qPrintable(result));
        // The secrets `stewardctl pipeline` names for the same choices; Jenkins holds them as credentials by id.
        const QByteArray cliSaid = cli.readAllStandardOutput();
        const QStringList variables = workflow::pipelineSecretVariables(
            awaitResult(workflow::managedImages(m_profile.catalog()))->first(), {.sendToTest = sendToTest});
        QCOMPARE(variables.size(), sendToTest ? 5 : 2);
        for (const QString &variable : variables) {
            QVERIFY2(cliSaid.contains(variable.toUtf8()), cliSaid.constData());
            if (engine != QLatin1String("jenkins"))
                QVERIFY2(result.contains(variable), qPrintable(result));
        }
        if (engine == QLatin1String("jenkins")) {
            QVERIFY2(result.contains(QStringLiteral("imagesteward-registry")), qPrintable(result));
            QCOMPARE(result.contains(QStringLiteral("imagesteward-kasm")), sendToTest);
            QCOMPARE(result.contains(QStringLiteral("imagesteward-kasm-url")), sendToTest);
        }
        QCOMPARE(result.contains(QStringLiteral("Kasm")), sendToTest);
    }

    void anExistingFileIsReplacedOnlyWhenTheAdminAgrees()
    {
        QTemporaryDir out;
        auto dialog = openDialog();
        dialog->setOutputFolder(out.path());
        auto *generate = field<QPushButton>(dialog.get(), "generateButton");
        QTest::mouseClick(generate, Qt::LeftButton);
        const QMap<QString, QByteArray> first = filesUnder(out.path());
        QCOMPARE(first.size(), 1);
        const QString path = QDir(out.path()).filePath(first.firstKey());
        {
            QFile edited(path);
            QVERIFY(edited.open(QIODevice::WriteOnly));
            edited.write("# the admin's own change\n");
        }

        // Again: a question first; Cancel keeps the admin's file.
        QTest::mouseClick(generate, Qt::LeftButton);
        QMessageBox *ask = nullptr;
        QTRY_VERIFY((ask = dialog->findChild<QMessageBox *>(QStringLiteral("overwriteConfirmation"))));
        QTRY_VERIFY(ask->isVisible()); // a click reaches only a shown box
        QVERIFY2(ask->informativeText().contains(first.firstKey()), qPrintable(ask->informativeText()));
        QTest::mouseClick(ask->button(QMessageBox::Cancel), Qt::LeftButton);
        QTRY_COMPARE(dialog->message(), QStringLiteral("Nothing was written."));
        QCOMPARE(filesUnder(out.path()).first(), QByteArray("# the admin's own change\n"));
        steward::drainPostedEvents();

        // And Replace writes the pipeline again.
        QTest::mouseClick(generate, Qt::LeftButton);
        QTRY_VERIFY((ask = dialog->findChild<QMessageBox *>(QStringLiteral("overwriteConfirmation"))));
        QTRY_VERIFY(ask->isVisible()); // a click reaches only a shown box
        QSignalSpy written(dialog.get(), &PipelineDialog::written);
        for (QAbstractButton *button : ask->buttons()) {
            if (ask->buttonRole(button) == QMessageBox::DestructiveRole)
                QTest::mouseClick(button, Qt::LeftButton);
        }
        QTRY_COMPARE(written.size(), 1);
        QCOMPARE(filesUnder(out.path()), first);
    }
};

QTEST_MAIN(TestPipelineDialog)
#include "tst_pipelinedialog.moc"
