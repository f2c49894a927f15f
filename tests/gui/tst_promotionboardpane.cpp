// The Promotion board pane end to end, offscreen: the real registry (Debian's docker-registry, seeded with OCI
// images), the simulated deployment in-process on a profile's catalog, the workflow's plans. A promotion by drops
// (send to test, verify, deploy by moving the tag) ends in the expected registry tags and deployment state and is
// undone from the dialog; an unverified deploy is refused and changes neither; a drag that went stale (the tag was
// re-pushed) is refused by the plan; an interrupted plan is offered at the next start and resumed.
#include "AwaitFuture.h"
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SyncHttp.h"
#include "core/Clock.h"
#include "core/Teardown.h"
#include "gui/promotion/PlanDialog.h"
#include "gui/promotion/PromotionBoardPane.h"
#include "guimodels/promotion/PromotionBoardModel.h"
#include "kasm/CatalogSimulatedStorage.h"
#include "kasm/DemoDataSet.h"
#include "kasm/SimulatedDeployment.h"
#include "registry/RegistryClient.h"
#include "store/CatalogWorker.h"
#include "workflow/ManageImage.h"
#include "workflow/PlanRunner.h"
#include "workflow/Promote.h"

#include <QAction>
#include <QFrame>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace steward::gui;
using steward::test::awaitResult;
using workflow::BoardLane;

class TestPromotionBoardPane final : public QObject
{
    Q_OBJECT

private:
    test::RegistryFixture m_registry;
    bool m_started = false;
    QString m_production;
    QString m_build;
    std::unique_ptr<QTemporaryDir> m_profile;
    std::shared_ptr<kasm::SimulatedDeployment> m_deployment;
    std::shared_ptr<store::CatalogWorker> m_catalog;
    std::shared_ptr<registry::RegistryClient> m_client;
    std::unique_ptr<PromotionBoardPane> m_pane;

    QString repo() const { return m_registry.hostPort() + QStringLiteral("/kasm-demo/chrome"); }

    QString seed(const QString &tag, const QByteArray &payload) const
    {
        test::SyncHttp http;
        const test::SeededImage image =
            test::seedImage(http, m_registry.baseUrl(), QStringLiteral("kasm-demo/chrome"), tag, payload);
        return image.ok ? image.digest : QString();
    }

    // What the registry says a tag names now (HEAD); empty when it has no such tag.
    QString registryDigest(const QString &tag) const
    {
        const auto head = awaitResult(m_client->headManifest(*ImageReference::parse(QString(repo() + u':' + tag))));
        return head ? head->digest.toString() : QString();
    }

    QString imageName(const QString &friendlyName) const
    {
        const auto images = awaitResult(m_deployment->listImages());
        for (const KasmImage &image : images.value_or(QList<KasmImage>{})) {
            if (image.friendlyName == friendlyName)
                return image.name;
        }
        return {};
    }

    workflow::PlanServices services() { return {m_deployment, m_client, m_catalog, this}; }

    // A pane as the window makes it: all three services, then the first board read.
    std::unique_ptr<PromotionBoardPane> openPane()
    {
        auto pane = std::make_unique<PromotionBoardPane>();
        QSignalSpy read(pane.get(), &PromotionBoardPane::boardRead);
        pane->setCatalog(m_catalog);
        pane->setRegistryClient(m_client);
        pane->setDeployment(m_deployment);
        pane->show();
        read.wait(20000);
        return pane;
    }

    PromotionBoardModel *model() const { return m_pane->model(); }
    QModelIndex card(BoardLane lane, int row = 0) const { return model()->index(row, 0, model()->laneIndex(lane)); }
    int cards(BoardLane lane) const { return model()->rowCount(model()->laneIndex(lane)); }

    // Drags `from` onto `lane` as a view does, through the model's own mime data.
    bool drop(const QModelIndex &from, BoardLane lane)
    {
        std::unique_ptr<QMimeData> data(model()->mimeData({from}));
        const QModelIndex onto = model()->laneIndex(lane);
        return model()->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, onto) &&
               model()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, onto);
    }

    // The plan dialog a gesture opened, once it waits for the user (planned, refused, done or failed).
    PlanDialog *settledDialog(const QList<PlanDialog::State> &states)
    {
        PlanDialog *dialog = nullptr;
        const bool found = QTest::qWaitFor(
            [&] {
                for (PlanDialog *d : m_pane->findChildren<PlanDialog *>()) {
                    if (d->isVisible() && states.contains(d->state()))
                        dialog = d;
                }
                return dialog != nullptr;
            },
            20000);
        return found ? dialog : nullptr;
    }

    void run(PlanDialog *dialog)
    {
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("runButton")), Qt::LeftButton);
    }

    void sendToTestDirectly()
    {
        const auto plan = awaitResult(workflow::planSendToTest(
            services(), {QStringLiteral("Chrome"), repo() + QStringLiteral(":20261128-0400")}));
        QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
        const auto ran = awaitResult(workflow::runPlan(services(), plan->promotion));
        QVERIFY2(ran, qPrintable(ran ? QString() : ran.error().toString()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_started = m_registry.start();
        if (!m_started)
            return;
        m_production = seed(QStringLiteral("20261115-0400"), "chrome prod\n");
        m_build = seed(QStringLiteral("20261128-0400"), "chrome build\n");
        QVERIFY(!m_production.isEmpty() && !m_build.isEmpty());
    }

    void init()
    {
        STEWARD_REQUIRE_SERVICE("STEWARD_REQUIRE_REGISTRY", m_started, m_registry.errorString());
        // Every test starts from the same tags: a re-push by an earlier test is undone.
        QCOMPARE(seed(QStringLiteral("20261128-0400"), "chrome build\n"), m_build);
        m_profile = std::make_unique<QTemporaryDir>();
        m_deployment = std::make_shared<kasm::SimulatedDeployment>(
            std::make_unique<kasm::CatalogSimulatedStorage>(m_profile->path()), WallClock::instance());
        QVERIFY(awaitResult(m_deployment->open(kasm::demoDataSet(m_registry.hostPort()))));
        m_catalog = std::make_shared<store::CatalogWorker>();
        store::CatalogOptions options;
        options.profileDir = m_profile->path();
        QVERIFY(awaitResult(m_catalog->open(options)));
        workflow::ManageRequest manage;
        manage.image = QStringLiteral("Chrome");
        manage.repository = repo();
        manage.testGroups = {QStringLiteral("Image Testers")};
        manage.strategy = store::DeployStrategy::Move;
        manage.movingTag = QStringLiteral("stable");
        const auto managed = awaitResult(workflow::manageImage(m_deployment, m_catalog, manage, this));
        QVERIFY2(managed, qPrintable(managed ? QString() : managed.error().toString()));
        // Released by DeleteLater, as the app does: a plan still in flight may hold the last reference inside one of
        // the client's own reply handlers.
        m_client = std::shared_ptr<registry::RegistryClient>(new registry::RegistryClient, steward::DeleteLater{});
        m_pane = openPane();
        QCOMPARE(m_pane->currentImageId(), managed->image.imageId);
    }

    void cleanup()
    {
        // The pane goes with a board read still in flight after most tests (the re-read after a plan), which it must
        // survive (PendingWork). The read lets go of the deployment once its last answer has been delivered.
        m_pane.reset();
        QTRY_VERIFY_WITH_TIMEOUT(m_deployment.use_count() == 1, 10000);
        m_client.reset();
        m_catalog.reset();
        m_deployment.reset();
        m_profile.reset();
        steward::drainPostedEvents();
    }

    void aPromotionByDropsEndsInTheRegistryAndTheDeployment()
    {
        QCOMPARE(cards(BoardLane::Candidates), 1);
        QCOMPARE(card(BoardLane::Candidates).data(PromotionBoardModel::DigestRole).toString(), m_build);
        QCOMPARE(card(BoardLane::Production).data(PromotionBoardModel::DigestRole).toString(), m_production);

        // Candidates → Testing: the plan dialog, Run, and the card moves once the steps are done.
        QVERIFY(drop(card(BoardLane::Candidates), BoardLane::Testing));
        QCOMPARE(cards(BoardLane::Testing), 0); // not before the plan ran
        PlanDialog *sending = settledDialog({PlanDialog::State::Planned});
        QVERIFY(sending);
        run(sending);
        QTRY_COMPARE_WITH_TIMEOUT(sending->state(), PlanDialog::State::Done, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(cards(BoardLane::Testing), 1, 20000);
        QCOMPARE(card(BoardLane::Testing).data(PromotionBoardModel::DigestRole).toString(), m_build);
        QCOMPARE(imageName(QStringLiteral("Chrome (test)")), repo() + QStringLiteral(":20261128-0400"));
        sending->close();

        // Testing → Verified: a note, then the card moves.
        QVERIFY(drop(card(BoardLane::Testing), BoardLane::Verified));
        QInputDialog *note = nullptr;
        QTRY_VERIFY((note = m_pane->findChild<QInputDialog *>(QStringLiteral("verifyNoteDialog"))));
        note->setTextValue(QStringLiteral("smoke test passed"));
        note->accept();
        QTRY_COMPARE_WITH_TIMEOUT(cards(BoardLane::Verified), 1, 20000);
        QCOMPARE(card(BoardLane::Verified).data(PromotionBoardModel::NoteRole).toString(),
                 QStringLiteral("smoke test passed"));

        // Verified → Production: the moving tag moves to the build, and the image follows it.
        QVERIFY(registryDigest(QStringLiteral("stable")).isEmpty());
        QVERIFY(drop(card(BoardLane::Verified), BoardLane::Production));
        PlanDialog *deploying = settledDialog({PlanDialog::State::Planned});
        QVERIFY(deploying);
        run(deploying);
        QTRY_COMPARE_WITH_TIMEOUT(deploying->state(), PlanDialog::State::Done, 20000);
        QCOMPARE(registryDigest(QStringLiteral("stable")), m_build);
        QCOMPARE(registryDigest(QStringLiteral("20261128-0400")), m_build);
        QCOMPARE(imageName(QStringLiteral("Chrome")), repo() + QStringLiteral(":stable"));
        QTRY_COMPARE_WITH_TIMEOUT(card(BoardLane::Production).data(PromotionBoardModel::DigestRole).toString(), m_build,
                                  20000);

        // Undo from the result: the rollback plan runs at once, back to what the users had.
        QPushButton *undo = deploying->findChild<QPushButton *>(QStringLiteral("undoButton"));
        QVERIFY(undo->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(deploying->state(), PlanDialog::State::Running, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(deploying->state(), PlanDialog::State::Done, 20000);
        QCOMPARE(registryDigest(QStringLiteral("stable")), m_production);
        QTRY_COMPARE_WITH_TIMEOUT(card(BoardLane::Production).data(PromotionBoardModel::DigestRole).toString(),
                                  m_production, 20000);
        QVERIFY(awaitResult(workflow::unfinishedPlans(services()))->isEmpty());
    }

    void anUnverifiedDeployIsRefusedAndChangesNothing()
    {
        sendToTestDirectly();
        QSignalSpy read(m_pane.get(), &PromotionBoardPane::boardRead);
        m_pane->reload();
        QVERIFY(read.wait(20000));
        QCOMPARE(cards(BoardLane::Testing), 1);
        const QString nameBefore = imageName(QStringLiteral("Chrome"));
        const QString stableBefore = registryDigest(QStringLiteral("stable")); // earlier tests may have moved it

        // The lane refuses the drag; the keyboard's Deploy… asks the workflow, whose guard refuses it.
        QVERIFY(!drop(card(BoardLane::Testing), BoardLane::Production));
        auto *testingView = m_pane->findChild<QListView *>(QStringLiteral("testingView"));
        testingView->setFocus();
        testingView->setCurrentIndex(card(BoardLane::Testing));
        QAction *deploy = m_pane->findChild<QAction *>(QStringLiteral("deployAction"));
        QVERIFY(deploy->isEnabled());
        deploy->trigger();
        PlanDialog *refused = settledDialog({PlanDialog::State::Refused, PlanDialog::State::Planned});
        QVERIFY(refused);
        QCOMPARE(refused->state(), PlanDialog::State::Refused);
        QVERIFY2(refused->errorText().contains(QLatin1String("Nobody verified")), qPrintable(refused->errorText()));
        QVERIFY(!refused->findChild<QPushButton *>(QStringLiteral("runButton"))->isVisible());

        QCOMPARE(registryDigest(QStringLiteral("stable")), stableBefore);
        QCOMPARE(registryDigest(QStringLiteral("20261128-0400")), m_build);
        QCOMPARE(imageName(QStringLiteral("Chrome")), nameBefore);
        QCOMPARE(card(BoardLane::Production).data(PromotionBoardModel::DigestRole).toString(), m_production);
    }

    void aStaleDragIsRefusedByThePlan()
    {
        QCOMPARE(cards(BoardLane::Candidates), 1);
        // CI re-pushes the unique tag after the board was read: the card still carries the old digest.
        const QString repushed = seed(QStringLiteral("20261128-0400"), "chrome build, re-pushed\n");
        QVERIFY(!repushed.isEmpty() && repushed != m_build);
        QVERIFY(drop(card(BoardLane::Candidates), BoardLane::Testing));
        PlanDialog *stale = settledDialog({PlanDialog::State::Refused, PlanDialog::State::Planned});
        QVERIFY(stale);
        QCOMPARE(stale->state(), PlanDialog::State::Refused);
        QVERIFY2(stale->errorText().contains(QLatin1String("Stale")), qPrintable(stale->errorText()));
        QVERIFY(imageName(QStringLiteral("Chrome (test)")).isEmpty());
    }

    void anInterruptedPlanIsOfferedAtTheNextStart()
    {
        // A deploy journaled but never run: what a crash right after "planned" leaves.
        const auto plan = awaitResult(workflow::planSendToTest(
            services(), {QStringLiteral("Chrome"), repo() + QStringLiteral(":20261128-0400")}));
        QVERIFY(plan);
        store::Promotion journaled = plan->promotion;
        journaled.promotionId = workflow::newPromotionId();
        journaled.actor = QStringLiteral("tester");
        QVERIFY(awaitResult(
            m_catalog->write([journaled](QSqlDatabase &db) { return store::createPromotion(db, journaled); })));

        m_pane.reset(); // the next start
        auto pane = std::make_unique<PromotionBoardPane>();
        QSignalSpy checked(pane.get(), &PromotionBoardPane::unfinishedPlansChecked);
        pane->setCatalog(m_catalog);
        pane->setRegistryClient(m_client);
        pane->setDeployment(m_deployment);
        pane->show();
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty() && checked.last().first().toInt() == 1, 20000);
        auto *banner = pane->findChild<QFrame *>(QStringLiteral("interruptedBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(pane->findChild<QLabel *>(QStringLiteral("interruptedText"))->text().contains(journaled.promotionId));

        QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("resumeButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000);
        PlanDialog *resumed = nullptr;
        QTRY_VERIFY((resumed = pane->findChild<PlanDialog *>()));
        QTRY_COMPARE_WITH_TIMEOUT(resumed->state(), PlanDialog::State::Done, 20000);
        QCOMPARE(imageName(QStringLiteral("Chrome (test)")), repo() + QStringLiteral(":20261128-0400"));
        QTRY_VERIFY_WITH_TIMEOUT(awaitResult(workflow::unfinishedPlans(services()))->isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000);
    }
};

QTEST_MAIN(TestPromotionBoardPane)
#include "tst_promotionboardpane.moc"
