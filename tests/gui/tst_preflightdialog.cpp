// The preflight dialog against the real docker-registry: each step's verdict appears while the check runs, the
// failures an admin meets read as such, and a dialog closed mid-check is not touched by the answers that follow.
// Reached from the images pane's context menu, the Image menu and Ctrl+Shift+P, on the current image.
#include "DemoSnapshot.h"
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "core/ImageReference.h"
#include "gui/images/ImageTableView.h"
#include "gui/images/ImagesPane.h"
#include "gui/images/PreflightDialog.h"
#include "gui/mainwindow/MainWindow.h"
#include "guimodels/images/PreflightStepModel.h"
#include "registry/RegistryClient.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace steward;
using namespace steward::gui;
using namespace steward::test;
using Verdict = pull::PreflightStep::Verdict;

namespace {

std::shared_ptr<registry::RegistryClient> newClient()
{
    return std::make_shared<registry::RegistryClient>();
}

Verdict verdictAt(const PreflightStepModel &model, int row)
{
    return Verdict(model.index(row, PreflightStepModel::VerdictColumn).data(PreflightStepModel::VerdictRole).toInt());
}

QString stepAt(const PreflightStepModel &model, int row)
{
    return model.index(row, 0).data(PreflightStepModel::StepNameRole).toString();
}

QString detailOf(const PreflightStepModel &model, const char *step)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (stepAt(model, row) == QLatin1String(step))
            return model.index(row, PreflightStepModel::DetailColumn).data().toString();
    }
    return {};
}

// Every step, "name=verdict", for failure messages.
QString describe(const PreflightStepModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows << stepAt(model, row) + QLatin1Char('=') + pull::verdictName(verdictAt(model, row)) + QLatin1Char(' ') +
                    model.index(row, PreflightStepModel::DetailColumn).data().toString();
    return rows.join(QLatin1Char('\n'));
}

} // namespace

class TestPreflightDialog final : public QObject
{
    Q_OBJECT

private:
    RegistryFixture m_registry;
    bool m_started = false;

    QString image(const char *repositoryAndTag) const
    {
        return m_registry.hostPort() + QLatin1Char('/') + QLatin1String(repositoryAndTag);
    }

    // Runs the dialog's check to its end with the model under a tester all along; the verdicts stay in the model.
    bool runToEnd(PreflightDialog &dialog)
    {
        QSignalSpy finished(&dialog, &PreflightDialog::checkFinished);
        dialog.findChild<QPushButton *>(QStringLiteral("runButton"))->click();
        return finished.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_started = m_registry.start();
        if (!m_started)
            return;
        SyncHttp http;
        QVERIFY(seedImage(http, m_registry.baseUrl(), QStringLiteral("demo/app"), QStringLiteral("1.0"), "app\n").ok);
    }

    void aPushedImagePassesEveryStepWithRowsBeforeCompletion()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        PreflightDialog dialog(newClient());
        QAbstractItemModelTester tester(dialog.stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setReference(image("demo/app:1.0"));
        dialog.findChild<QSpinBox *>(QStringLiteral("diskSpin"))->setValue(10000);
        dialog.show();
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("runButton"))->isDefault());

        // Each row is recorded with whether the check was still running when it appeared.
        QList<bool> runningAtInsert;
        connect(dialog.stepModel(), &QAbstractItemModel::rowsInserted, this,
                [&] { runningAtInsert << dialog.isRunning(); });
        QSignalSpy finished(&dialog, &PreflightDialog::checkFinished);
        const QFuture<pull::PreflightReport> future = dialog.run();
        QVERIFY(dialog.isRunning());
        QCOMPARE(dialog.stepModel()->rowCount(), 1); // the reference is resolved at once; the rest asks the registry
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY(!dialog.isRunning());

        const PreflightStepModel &model = *dialog.stepModel();
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(runningAtInsert, QList<bool>(6, true));
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY2(verdictAt(model, row) == Verdict::Pass, qPrintable(describe(model)));
            QCOMPARE(model.index(row, PreflightStepModel::VerdictColumn).data().toString(), QStringLiteral("Pass"));
        }
        QCOMPARE(stepAt(model, 2), QStringLiteral("manifest"));
        QCOMPARE(detailOf(model, "login"), QStringLiteral("anonymous access works"));
        QCOMPARE(dialog.summaryText(), QStringLiteral("An agent on linux/amd64 can pull this image."));
        // The step and verdict (with its icon) are never clipped. (sizeHintForColumn is public in
        // QAbstractItemView, protected in QTableView.)
        const auto *table = dialog.findChild<QTableView *>(QStringLiteral("stepsView"));
        const QAbstractItemView *view = table;
        for (const int column : {int(PreflightStepModel::StepColumn), int(PreflightStepModel::VerdictColumn)})
            QVERIFY2(table->columnWidth(column) >= view->sizeHintForColumn(column),
                     qPrintable(QStringLiteral("column %1: %2 < %3")
                                    .arg(column)
                                    .arg(table->columnWidth(column))
                                    .arg(view->sizeHintForColumn(column))));
        // The rows are the report's steps.
        QVERIFY(future.isFinished());
        QCOMPARE(future.result().steps.size(), 6);
        QCOMPARE(model.steps().at(4).detail, future.result().steps.at(4).detail);
    }

    void aMissingTagFailsAtTheManifestAndSkipsTheLaterSteps()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        PreflightDialog dialog(newClient());
        QAbstractItemModelTester tester(dialog.stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setReference(image("demo/app:never-pushed"));
        QVERIFY(runToEnd(dialog));
        const PreflightStepModel &model = *dialog.stepModel();
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(verdictAt(model, 0), Verdict::Pass);
        QCOMPARE(verdictAt(model, 1), Verdict::Pass);
        QVERIFY2(verdictAt(model, 2) == Verdict::Fail, qPrintable(describe(model)));
        for (int row = 3; row < 6; ++row) {
            QVERIFY2(verdictAt(model, row) == Verdict::Skipped, qPrintable(describe(model)));
            QCOMPARE(model.index(row, PreflightStepModel::VerdictColumn).data().toString(), QStringLiteral("Skipped"));
        }
        QVERIFY2(detailOf(model, "manifest").contains(QLatin1String("does not exist")),
                 qPrintable(detailOf(model, "manifest")));
        QCOMPARE(dialog.summaryText(),
                 QStringLiteral("An agent on linux/amd64 cannot pull this image: Manifest failed."));
    }

    void aPlatformTheImageLacksFailsAndRunningAgainStartsOver()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        PreflightDialog dialog(newClient());
        QAbstractItemModelTester tester(dialog.stepModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setReference(image("demo/app:1.0"));
        QVERIFY(runToEnd(dialog));
        QVERIFY(dialog.stepModel()->steps().constLast().verdict == Verdict::Pass);
        // No free disk was given: the verdict names the dialog's field, not the command line's option.
        const QString disk = detailOf(*dialog.stepModel(), "disk");
        QVERIFY2(disk.contains(QLatin1String("the Agent's free disk field above")) &&
                     !disk.contains(QLatin1String("--")),
                 qPrintable(disk));

        // A platform from the list, then one typed in: the image is built for linux/amd64 only.
        auto *platform = dialog.findChild<QComboBox *>(QStringLiteral("platformCombo"));
        for (const QString &other : {QStringLiteral("linux/arm64"), QStringLiteral("linux/s390x")}) {
            platform->setEditText(other);
            QSignalSpy reset(dialog.stepModel(), &QAbstractItemModel::modelReset);
            QSignalSpy finished(&dialog, &PreflightDialog::checkFinished);
            dialog.findChild<QPushButton *>(QStringLiteral("runButton"))->click();
            QCOMPARE(reset.size(), 1);
            QCOMPARE(dialog.stepModel()->rowCount(), 1);
            QVERIFY(finished.wait(20000));
            QCOMPARE(finished.constFirst().constFirst().toBool(), false);
            const PreflightStepModel &model = *dialog.stepModel();
            QCOMPARE(model.rowCount(), 6);
            QVERIFY2(verdictAt(model, 2) == Verdict::Fail, qPrintable(describe(model)));
            QVERIFY2(detailOf(model, "manifest").contains(QStringLiteral("linux/amd64 only, the agents run ") + other),
                     qPrintable(detailOf(model, "manifest")));
            QCOMPARE(verdictAt(model, 3), Verdict::Skipped);
            QCOMPARE(dialog.summaryText(),
                     QStringLiteral("An agent on %1 cannot pull this image: Manifest failed.").arg(other));
        }
    }

    void returnInTheFieldsRunsTheCheck()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        PreflightDialog dialog(newClient());
        dialog.setReference(image("demo/app:1.0"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        for (const char *field : {"platformCombo", "diskSpin"}) {
            auto *widget = dialog.findChild<QWidget *>(QLatin1String(field));
            widget->setFocus();
            QSignalSpy finished(&dialog, &PreflightDialog::checkFinished);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            QVERIFY2(dialog.isRunning() || !finished.isEmpty(), field);
            QVERIFY(finished.wait(20000));
            QVERIFY(dialog.isVisible()); // Return ran the check; it did not close the dialog
        }
    }

    void aStoredLoginIsUsedAndSaidSo()
    {
        RegistryFixture registry;
        RegistryFixture::Options options;
        options.auth = RegistryFixture::Auth::Htpasswd;
        const bool started = registry.start(options);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", started, registry.errorString());
        SyncHttp http;
        SeedOptions seed;
        seed.authorization = registry.basicAuthorization();
        QVERIFY(seedImage(http, registry.baseUrl(), QStringLiteral("team/app"), QStringLiteral("1"), "t\n", seed).ok);
        const QString reference = registry.hostPort() + QStringLiteral("/team/app:1");

        // Without a login for that registry the check says the image needs one.
        PreflightDialog anonymous(newClient());
        anonymous.setReference(reference);
        QVERIFY(runToEnd(anonymous));
        QCOMPARE(verdictAt(*anonymous.stepModel(), 1), Verdict::Fail);
        QVERIFY2(detailOf(*anonymous.stepModel(), "login").contains(QLatin1String("needs a login")),
                 qPrintable(detailOf(*anonymous.stepModel(), "login")));

        auto client = newClient();
        auto credentials = std::make_shared<registry::StaticCredentialProvider>();
        credentials->set(registry.hostPort(), {options.username, options.password});
        client->setCredentialProvider(credentials);
        PreflightDialog dialog(client);
        dialog.setReference(reference);
        QVERIFY(runToEnd(dialog));
        QVERIFY2(dialog.stepModel()->steps().constLast().verdict == Verdict::Pass,
                 qPrintable(describe(*dialog.stepModel())));
        QCOMPARE(detailOf(*dialog.stepModel(), "login"), QStringLiteral("the image's credentials were accepted"));
    }

    void aDialogGoneMidCheckIsLeftAlone_data()
    {
        QTest::addColumn<int>("rowsBeforeClose");
        QTest::newRow("closed before the registry answered") << 1;
        QTest::newRow("closed after the login step arrived") << 2;
    }

    void aDialogGoneMidCheckIsLeftAlone()
    {
        QFETCH(int, rowsBeforeClose);
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        auto client = newClient();
        auto *dialog = new PreflightDialog(client);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setReference(image("demo/app:1.0"));
        dialog->show();
        QPointer<PreflightDialog> guard(dialog);
        QFuture<pull::PreflightReport> future;
        std::optional<bool> finishedAtClose;
        // Closed from inside the row's arrival, so that the moment is exact whatever the registry's speed.
        connect(dialog->stepModel(), &QAbstractItemModel::rowsInserted, dialog, [&, dialog] {
            // The first row arrives inside run(), before `future` is set: that case closes after run() below.
            if (rowsBeforeClose > 1 && !finishedAtClose && dialog->stepModel()->rowCount() >= rowsBeforeClose) {
                finishedAtClose = future.isFinished();
                dialog->close(); // deleted later, as the pane's dialogs are
            }
        });
        future = dialog->run();
        if (rowsBeforeClose == 1) {
            finishedAtClose = future.isFinished();
            dialog->close();
        }
        QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 20000);
        QCOMPARE(finishedAtClose, std::optional<bool>(false));

        // The remaining steps and the report arrive after the dialog is gone; nothing reaches it.
        QVERIFY(QTest::qWaitFor([&] { return future.isFinished(); }, 20000));
        QCOMPARE(future.resultCount(), 1);
        QVERIFY(future.result().ok());
        QCOMPARE(future.result().steps.size(), 6);
    }

    void thePaneOffersPreflightForTheCurrentImageOnly()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *pane = window.findChild<ImagesPane *>(QStringLiteral("imagesPane"));
        auto *action = window.findChild<QAction *>(QStringLiteral("actionPreflightImage"));
        QVERIFY(pane && action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        // In the Image menu and in the images table's context menu.
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("menuImage"))->actions().contains(action));
        auto *view = window.findChild<ImageTableView *>(QStringLiteral("imagesView"));
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(view->actions().contains(action));

        QVERIFY(!action->isEnabled()); // no image, no client
        window.setRegistryClient(newClient());
        QVERIFY(!action->isEnabled()); // still no image
        window.showSnapshot(demoSnapshot(m_registry.hostPort()));
        const std::optional<KasmImage> current = pane->currentImage();
        QVERIFY(current);
        QVERIFY(action->isEnabled());
        // The current image exists in the registry, so that the check run from the window passes.
        const Result<ImageReference> reference = ImageReference::parse(current->name);
        QVERIFY(reference);
        SyncHttp http;
        QVERIFY(seedImage(http, m_registry.baseUrl(), reference->repository(), reference->tag(), "pane\n").ok);

        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = window.findChild<PreflightDialog *>(QStringLiteral("preflightDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->reference(), current->name);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("referenceLabel"))->text(), current->name);
        QVERIFY(runToEnd(*dialog));
        QVERIFY2(dialog->summaryText().contains(QLatin1String("can pull this image")),
                 qPrintable(dialog->summaryText()));
        dialog->close();

        // Nothing selected: nothing to check.
        view->selectionModel()->clearCurrentIndex();
        QVERIFY(!pane->currentImage());
        QVERIFY(!action->isEnabled());
    }
};

QTEST_MAIN(TestPreflightDialog)
#include "tst_preflightdialog.moc"
