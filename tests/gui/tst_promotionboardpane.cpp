// The Promotion board pane end to end, offscreen: the real registry (Debian's docker-registry, seeded with OCI
// images), the simulated deployment in-process on a profile's catalog, the workflow's plans. A promotion by drops
// (send to test, verify, deploy by moving the tag) ends in the expected registry tags and deployment state and is
// undone from the dialog; an unverified deploy is refused and changes neither; a drag that went stale (the tag was
// re-pushed) is refused by the plan; an interrupted plan is offered at the next start and resumed.
#include "AwaitFuture.h"
#include "RegistryFixture.h"
#include "SeedImage.h"
#include "ServiceRequirement.h"
#include "SimulatedProfile.h"
#include "SyncHttp.h"
#include "gui/common/DarkPalette.h"
#include "gui/common/ErrorText.h"
#include "gui/promotion/PlanDialog.h"
#include "gui/promotion/PromotionBoardPane.h"
#include "gui/promotion/UnfinishedPlansDialog.h"
#include "gui/tags/TagsPane.h"
#include "guimodels/images/ImageRollout.h"
#include "guimodels/promotion/PromotionBoardModel.h"
#include "guimodels/tags/TagTableModel.h"
#include "kasm/DeploymentSnapshot.h"
#include "kasm/SimulatedDeployment.h"
#include "registry/RegistryClient.h"
#include "store/CatalogWorker.h"
#include "workflow/ManageImage.h"
#include "workflow/PlanRunner.h"
#include "workflow/Promote.h"
#include "workflow/StepWords.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QFrame>
#include <QGroupBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <cmath>

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
    test::SimulatedProfile m_profile;
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
        const auto head =
            awaitResult(m_profile.client()->headManifest(*ImageReference::parse(QString(repo() + u':' + tag))));
        return head ? head->digest.toString() : QString();
    }

    QString imageName(const QString &friendlyName) const
    {
        const auto images = awaitResult(m_profile.deployment()->listImages());
        for (const KasmImage &image : images.value_or(QList<KasmImage>{})) {
            if (image.friendlyName == friendlyName)
                return image.name;
        }
        return {};
    }

    workflow::PlanServices services()
    {
        return {m_profile.deployment(), m_profile.client(), m_profile.catalog(), this};
    }

    // A pane as the window makes it: all three services, then the first board read.
    std::unique_ptr<PromotionBoardPane> openPane()
    {
        auto pane = std::make_unique<PromotionBoardPane>();
        QSignalSpy read(pane.get(), &PromotionBoardPane::boardRead);
        pane->setCatalog(m_profile.catalog());
        pane->setRegistryClient(m_profile.client());
        pane->setDeployment(m_profile.deployment());
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

    // The deployment as the window's panes get it: images and agents as they are now.
    kasm::DeploymentSnapshot snapshot() const
    {
        kasm::DeploymentSnapshot taken;
        taken.images = awaitResult(m_profile.deployment()->listImages()).value_or(QList<KasmImage>{});
        taken.agents = awaitResult(m_profile.deployment()->listAgents()).value_or(QList<KasmAgent>{});
        return taken;
    }

    std::optional<KasmImage> image(const QString &friendlyName) const
    {
        for (const KasmImage &image : snapshot().images) {
            if (image.friendlyName == friendlyName)
                return image;
        }
        return std::nullopt;
    }

    // WCAG relative luminance contrast of two colours.
    static double contrast(const QColor &a, const QColor &b)
    {
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
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
        const Status opened = m_profile.open(m_registry.hostPort());
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        workflow::ManageRequest manage;
        manage.image = QStringLiteral("Chrome");
        manage.repository = repo();
        manage.testGroups = {QStringLiteral("Image Testers")};
        manage.strategy = store::DeployStrategy::Move;
        manage.movingTag = QStringLiteral("stable");
        const auto managed =
            awaitResult(workflow::manageImage(m_profile.deployment(), m_profile.catalog(), manage, this));
        QVERIFY2(managed, qPrintable(managed ? QString() : managed.error().toString()));
        m_pane = openPane();
        QCOMPARE(m_pane->currentImageId(), managed->image.imageId);
    }

    void cleanup()
    {
        // The pane goes with a board read still in flight after most tests (the re-read after a plan), which it must
        // survive (PendingWork). The read lets go of the deployment once its last answer has been delivered.
        m_pane.reset();
        QVERIFY2(m_profile.close(), "something still holds the deployment");
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

    void theBoardAndTheImagesTableCountTheRolloutAlike()
    {
        // The demo's agents hold Chrome's reference but report no digest: both count them, flagged, by one rule.
        const std::optional<KasmImage> chrome = image(QStringLiteral("Chrome"));
        QVERIFY(chrome);
        const ImageRollout rollout = imageRollout(snapshot(), *chrome);
        const QModelIndex production = card(BoardLane::Production);
        QVERIFY(rollout.holding > 0);
        QCOMPARE(production.data(PromotionBoardModel::HoldingRole).toInt(), rollout.holding);
        QCOMPARE(production.data(PromotionBoardModel::EligibleRole).toInt(), rollout.agents);
        QCOMPARE(production.data(PromotionBoardModel::UnreportedRole).toInt(), rollout.unreported);
        QCOMPARE(rollout.unreported, rollout.holding);
        QVERIFY2(production.data().toString().contains(QLatin1String("digest not reported")),
                 qPrintable(production.data().toString()));
        QVERIFY(production.data(Qt::ToolTipRole).toString().contains(QLatin1String("report no digest")));
    }

    void thePlansStepsReadAsSentencesWithNamesNotIds()
    {
        QVERIFY(awaitResult(m_profile.deployment()->refresh())); // the snapshot the window's panes have
        const KasmGroup *testers = m_profile.deployment()->snapshot().findGroupByName(QStringLiteral("Image Testers"));
        QVERIFY(testers);
        const std::optional<KasmImage> chrome = image(QStringLiteral("Chrome"));
        QVERIFY(chrome);
        QVERIFY(drop(card(BoardLane::Candidates), BoardLane::Testing));
        PlanDialog *sending = settledDialog({PlanDialog::State::Planned});
        QVERIFY(sending);
        auto *steps = sending->findChild<QListWidget *>(QStringLiteral("stepsList"));
        QVERIFY(steps->count() >= 3);
        QString all;
        QString tips;
        for (int row = 0; row < steps->count(); ++row) {
            const QString text = steps->item(row)->text();
            QVERIFY2(!text.contains(u'@'), qPrintable(text));
            QVERIFY2(!text.contains(testers->groupId), qPrintable(text));
            QVERIFY2(!text.contains(chrome->imageId), qPrintable(text));
            QVERIFY2(!text.contains(m_build), qPrintable(text)); // the full digest is for the tooltip
            all += text + u'\n';
            tips += steps->item(row)->toolTip() + u'\n';
        }
        QVERIFY2(all.contains(QStringLiteral("“Chrome (test)”")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("to Image Testers only")), qPrintable(all));
        QVERIFY2(all.contains(m_build.left(19) + u'…'), qPrintable(all));
        QVERIFY2(tips.contains(m_build), qPrintable(tips));
        sending->close();
    }

    void aGroupTheDeploymentDoesNotKnowIsNamedByIdAndSaidSo()
    {
        store::PromotionStep step;
        step.seq = 2;
        step.action = QStringLiteral("set-groups");
        step.params = {{QStringLiteral("image_id"), QStringLiteral("@twin")},
                       {QStringLiteral("groups"), QJsonArray{QStringLiteral("g-known"), QStringLiteral("g-gone")}}};
        workflow::StepNames names;
        names.groups.insert(QStringLiteral("g-known"), QStringLiteral("Image Testers"));
        names.images.insert(QStringLiteral("@twin"), QStringLiteral("Chrome (test)"));
        QCOMPARE(workflow::describeStep(step, names),
                 QStringLiteral("Assign “Chrome (test)” to exactly these groups: Image Testers, the group g-gone "
                                "(not in the deployment as last read)"));
    }

    void escapeKeepsARunningPlanOpenWithAHintAtCancel()
    {
        QVERIFY(drop(card(BoardLane::Candidates), BoardLane::Testing));
        QPointer<PlanDialog> sending = settledDialog({PlanDialog::State::Planned});
        QVERIFY(sending);
        auto *hint = sending->findChild<QLabel *>(QStringLiteral("runningHint"));
        QVERIFY(!hint->isVisible());
        run(sending);
        QCOMPARE(sending->state(), PlanDialog::State::Running);
        QTest::keyClick(sending, Qt::Key_Escape);
        QVERIFY(sending->isVisible());
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QLatin1String("Cancel")), qPrintable(hint->text()));
        QVERIFY(!sending->close()); // the window's close button too
        QVERIFY(sending->isVisible());
        // Escape neither cancelled nor stopped it: the plan runs to its end, and then Escape closes.
        QTRY_COMPARE_WITH_TIMEOUT(sending->state(), PlanDialog::State::Done, 20000);
        QVERIFY(!hint->isVisible());
        QCOMPARE(imageName(QStringLiteral("Chrome (test)")), repo() + QStringLiteral(":20261128-0400"));
        QTest::keyClick(sending, Qt::Key_Escape);
        QTRY_VERIFY(!sending || !sending->isVisible());
    }

    void cancelStopsBetweenStepsAndTheUnfinishedPlanIsListed()
    {
        QVERIFY(drop(card(BoardLane::Candidates), BoardLane::Testing));
        PlanDialog *sending = settledDialog({PlanDialog::State::Planned});
        QVERIFY(sending);
        auto *cancel = sending->findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(!cancel->isVisible());
        // Cancel as soon as the first step is done: the runner must stop before the second.
        bool clicked = false;
        connect(sending, &PlanDialog::stepFinished, this, [&] {
            if (!clicked && cancel->isVisible() && cancel->isEnabled()) {
                clicked = true;
                cancel->click();
            }
        });
        run(sending);
        QTRY_COMPARE_WITH_TIMEOUT(sending->state(), PlanDialog::State::Cancelled, 20000);
        QVERIFY(clicked);
        QVERIFY2(sending->errorText().contains(QLatin1String("cancelled")), qPrintable(sending->errorText()));
        const auto unfinished = awaitResult(workflow::unfinishedPlans(services()));
        QVERIFY(unfinished);
        QCOMPARE(unfinished->size(), 1);
        const store::Promotion stopped = unfinished->constFirst();
        QVERIFY(stopped.steps.size() > 1);
        QCOMPARE(stopped.steps.at(0).state, QStringLiteral("done"));
        QCOMPARE(stopped.steps.at(1).state, QStringLiteral("pending"));
        sending->close();

        // The banner comes back without a restart, in words, not the journal's.
        auto *banner = m_pane->findChild<QFrame *>(QStringLiteral("interruptedBanner"));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 20000);
        const QString bannerText = m_pane->findChild<QLabel *>(QStringLiteral("interruptedText"))->text();
        QVERIFY2(bannerText.contains(QLatin1String("send to test")) && !bannerText.contains(QLatin1String("send-to")),
                 qPrintable(bannerText));

        // Promotion → Unfinished plans… lists it; Abandon undoes its done step.
        m_pane->findChild<QAction *>(QStringLiteral("unfinishedPlansAction"))->trigger();
        UnfinishedPlansDialog *list = nullptr;
        QTRY_VERIFY((list = m_pane->findChild<UnfinishedPlansDialog *>(QStringLiteral("unfinishedPlansDialog"))));
        auto *plans = list->findChild<QTreeWidget *>(QStringLiteral("plansView"));
        QTRY_COMPARE(plans->topLevelItemCount(), 1);
        QCOMPARE(plans->topLevelItem(0)->text(0), QStringLiteral("Chrome"));
        QVERIFY(plans->topLevelItem(0)->text(3).startsWith(QStringLiteral("1 of")));
        QTest::mouseClick(list->findChild<QPushButton *>(QStringLiteral("abandonButton")), Qt::LeftButton);
        PlanDialog *abandoning = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (PlanDialog *d : m_pane->findChildren<PlanDialog *>()) {
                    if (d != sending && d->isVisible())
                        abandoning = d;
                }
                return abandoning != nullptr;
            }(),
            20000);
        QTRY_COMPARE_WITH_TIMEOUT(abandoning->state(), PlanDialog::State::Done, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(plans->topLevelItemCount(), 0, 20000);
        QVERIFY(awaitResult(workflow::unfinishedPlans(services()))->isEmpty());
        QVERIFY(imageName(QStringLiteral("Chrome (test)")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 20000);
    }

    void aForcedDeployByDigestTakesTheCliOptions()
    {
        sendToTestDirectly();
        QSignalSpy read(m_pane.get(), &PromotionBoardPane::boardRead);
        m_pane->reload();
        QVERIFY(read.wait(20000));
        auto *testingView = m_pane->findChild<QListView *>(QStringLiteral("testingView"));
        testingView->setFocus();
        testingView->setCurrentIndex(card(BoardLane::Testing));
        m_pane->findChild<QAction *>(QStringLiteral("deployAction"))->trigger();
        PlanDialog *deploying = settledDialog({PlanDialog::State::Refused, PlanDialog::State::Planned});
        QVERIFY(deploying);
        QCOMPARE(deploying->state(), PlanDialog::State::Refused); // nobody verified it
        auto *options = deploying->findChild<QGroupBox *>(QStringLiteral("deployOptions"));
        QVERIFY(options->isVisible() && options->isEnabled());
        auto *strategy = deploying->findChild<QComboBox *>(QStringLiteral("strategyCombo"));
        QCOMPARE(strategy->currentData().toString(), QStringLiteral("move")); // the managed image's

        // Force with a reason, pinned by digest: planned again with the CLI's warning.
        auto *reason = deploying->findChild<QLineEdit *>(QStringLiteral("reasonEdit"));
        reason->setText(QStringLiteral("hotfix for a CVE"));
        deploying->findChild<QCheckBox *>(QStringLiteral("forceCheck"))->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(deploying->state(), PlanDialog::State::Planned, 20000);
        strategy->setCurrentIndex(strategy->findData(QStringLiteral("pin")));
        Q_EMIT strategy->activated(strategy->currentIndex());
        auto *byDigest = deploying->findChild<QCheckBox *>(QStringLiteral("byDigestCheck"));
        QTRY_VERIFY_WITH_TIMEOUT(deploying->state() == PlanDialog::State::Planned && byDigest->isEnabled(), 20000);
        byDigest->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(deploying->state() == PlanDialog::State::Planned &&
                                     deploying->findChild<QLabel *>(QStringLiteral("warningsLabel"))
                                         ->text()
                                         .contains(QLatin1String("digest, not a tag")),
                                 20000);
        run(deploying);
        QTRY_COMPARE_WITH_TIMEOUT(deploying->state(), PlanDialog::State::Done, 20000);
        QCOMPARE(imageName(QStringLiteral("Chrome")), repo() + u'@' + m_build);
        QTRY_COMPARE_WITH_TIMEOUT(card(BoardLane::Production).data(PromotionBoardModel::DigestRole).toString(), m_build,
                                  20000);
        QVERIFY2(card(BoardLane::Production)
                     .data(PromotionBoardModel::NoteRole)
                     .toString()
                     .contains(QLatin1String("hotfix for a CVE")),
                 qPrintable(card(BoardLane::Production).data(PromotionBoardModel::NoteRole).toString()));
    }

    void theTagsPaneSendsATagToTestByKeyboard()
    {
        TagsPane tags;
        tags.setCatalog(m_profile.catalog());
        const std::optional<KasmImage> chrome = image(QStringLiteral("Chrome"));
        QVERIFY(chrome);
        tags.show();
        tags.showImage(chrome, snapshot());
        auto *view = tags.findChild<QTableView *>(QStringLiteral("tagsView"));
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 2, 20000);
        QAction *send = tags.findChild<QAction *>(QStringLiteral("tagsSendToTestAction"));
        QCOMPARE(send->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+T")));
        int buildRow = -1;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(TagTableModel::TagRole).toString() == QLatin1String("20261128-0400"))
                buildRow = row;
        }
        QVERIFY(buildRow >= 0);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(buildRow, 0));
        QVERIFY(!send->isEnabled()); // not a managed image until the window says so
        QVERIFY(m_pane->isManaged(chrome->imageId));
        tags.setSendToTestImage(chrome->imageId);
        QVERIFY(send->isEnabled());
        connect(&tags, &TagsPane::sendToTestRequested, m_pane.get(), &PromotionBoardPane::sendToTest);
        QSignalSpy requested(&tags, &TagsPane::sendToTestRequested);
        QTest::keyClick(view, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(1).toString(), repo() + QStringLiteral(":20261128-0400"));
        QCOMPARE(requested.first().at(2).toString(), m_build);
        PlanDialog *sending = settledDialog({PlanDialog::State::Planned, PlanDialog::State::Refused});
        QVERIFY(sending);
        QCOMPARE(sending->state(), PlanDialog::State::Planned);
        run(sending);
        QTRY_COMPARE_WITH_TIMEOUT(sending->state(), PlanDialog::State::Done, 20000);
        QCOMPARE(imageName(QStringLiteral("Chrome (test)")), repo() + QStringLiteral(":20261128-0400"));
    }

    void aDropOnTheTestingViewOpensTheSendToTestPlan()
    {
        // Through the real views: the card chosen with the mouse in the Candidates view, its drag data as the view
        // makes it (the selected rows' mimeData), then the drag events the platform would deliver, at a point of the
        // Testing view. The offscreen platform runs no drag of its own (QDrag::exec returns at once), so the events
        // are sent by hand; the view's own dragEnter/dragMove/drop handling and the model's drop contract do the rest.
        auto *candidates = m_pane->findChild<QListView *>(QStringLiteral("candidatesView"));
        auto *testing = m_pane->findChild<QListView *>(QStringLiteral("testingView"));
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        const QRect cardRect = candidates->visualRect(card(BoardLane::Candidates));
        QVERIFY(cardRect.isValid());
        QTest::mouseClick(candidates->viewport(), Qt::LeftButton, {}, cardRect.center());
        QCOMPARE(candidates->selectionModel()->selectedIndexes(), QModelIndexList{card(BoardLane::Candidates)});
        std::unique_ptr<QMimeData> data(model()->mimeData(candidates->selectionModel()->selectedIndexes()));
        QVERIFY(data->hasFormat(QStringLiteral("application/x-imagesteward-tag")));

        const QPoint at = testing->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::MoveAction | Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(testing->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::MoveAction | Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(testing->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::MoveAction | Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(testing->viewport(), &dropped);
        QVERIFY(dropped.isAccepted());

        PlanDialog *sending = settledDialog({PlanDialog::State::Planned, PlanDialog::State::Refused});
        QVERIFY(sending);
        QCOMPARE(sending->state(), PlanDialog::State::Planned);
        // No agent has the new build: the production reference they hold without a digest does not count for it.
        const QString readiness = sending->findChild<QLabel *>(QStringLiteral("readinessLabel"))->text();
        QVERIFY2(readiness.startsWith(QLatin1String("Readiness: 0 of")), qPrintable(readiness));

        // The Production view refuses the same card: a candidate is never deployed untested.
        auto *production = m_pane->findChild<QListView *>(QStringLiteral("productionView"));
        const QPoint there = production->viewport()->rect().center();
        QDragMoveEvent refused(there, Qt::MoveAction | Qt::CopyAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QDragEnterEvent enterProduction(there, Qt::MoveAction | Qt::CopyAction, data.get(), Qt::LeftButton,
                                        Qt::NoModifier);
        QApplication::sendEvent(production->viewport(), &enterProduction);
        QApplication::sendEvent(production->viewport(), &refused);
        QVERIFY(!refused.isAccepted());
    }

    void errorTextIsReadableOnLightAndDarkPalettes()
    {
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        for (const QPalette &palette : {light, darkPalette()}) {
            const double ratio = contrast(errorTextColor(palette), palette.color(QPalette::Window));
            QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
        }
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
        QVERIFY(awaitResult(m_profile.catalog()->write(
            [journaled](QSqlDatabase &db) { return store::createPromotion(db, journaled); })));

        m_pane.reset(); // the next start
        auto pane = std::make_unique<PromotionBoardPane>();
        QSignalSpy checked(pane.get(), &PromotionBoardPane::unfinishedPlansChecked);
        pane->setCatalog(m_profile.catalog());
        pane->setRegistryClient(m_profile.client());
        pane->setDeployment(m_profile.deployment());
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
