#pragma once

#include "core/Result.h"
#include "store/PromotionJournal.h"
#include "workflow/PlanRunner.h"
#include "workflow/PlanServices.h"
#include "workflow/Promote.h"
#include "workflow/StepWords.h"

#include <QDialog>
#include <QFuture>

#include <memory>

namespace Ui {
class PlanDialog;
}

namespace steward::gui {

// A promotion plan before and while it runs ("planDialog", form ui/promotion/PlanDialog.ui): every step as
// workflow::describeStep says it (as stewardctl does), the readiness, the notes (when agents pick it up, what it costs
// in pulls), the warnings and the guards that apply. Run executes it through workflow::runPlan and marks each step as
// the journal does; a refusal or a failure is shown in the dialog with the workflow's (the server's, the registry's)
// own message. After a deploy or rollback, Undo runs the rollback plan at once.
//
// Non-modal and asynchronous: planning and running continue on the services' context while the window stays live.
// It cannot be closed (nor hidden by Escape) while a plan runs, so that every step's outcome is seen; Cancel
// ("cancelButton") stops it before its next step instead, leaving an unfinished plan in the journal to resume or
// abandon. A deploy shows the options the CLI's `deploy --strategy --by-digest --force --reason` has ("deployOptions");
// changing one plans again.
class PlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDialog)

public:
    enum class State
    {
        Planning,
        Planned, // Run is offered
        Refused, // planning failed, or the plan names another digest than the gesture's
        Running,
        Done,
        Failed,
        Cancelled, // stopped between steps at the user's request: unfinished in the journal
    };

    PlanDialog(workflow::PlanServices services, QWidget *parent);
    ~PlanDialog() override;

    // Shows "Planning…" until `planning` finishes. `expectedDigest` is the digest the gesture carried: a plan for
    // another one means the tag moved since, and is refused as stale. `autoRun` runs a plan as soon as it is made.
    void plan(QFuture<Result<workflow::PlannedPromotion>> planning, const QString &expectedDigest,
              bool autoRun = false);
    // A deploy plan with its options shown: the request's strategy, by-digest and force choices, editable.
    void planDeploy(const workflow::DeployRequest &request, const QString &expectedDigest);
    // An interrupted plan found at start: resumes it, or abandons it (undoes its done steps), at once.
    void continueUnfinished(const store::Promotion &promotion, bool resume);

    State state() const { return m_state; }
    QString errorText() const;

Q_SIGNALS:
    // A step of the plan is done (or undone): the board reads again, so that the card moves now, not before.
    void stepFinished();
    // Planned, refused, done or failed: the state changed to one that waits for the user.
    void settled(steward::gui::PlanDialog::State state);

public Q_SLOTS:
    // Escape: while a plan runs the window stays, with a hint at Cancel ("runningHint"), as it does on close.
    void reject() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setState(State state);
    void showPlan(const workflow::PlannedPromotion &plan);
    void learnNames(const store::Promotion &promotion);
    void showSteps(const store::Promotion &promotion);
    void showStep(const store::PromotionStep &step);
    void showError(const QString &message);
    void showRunningHint();
    void hideEmptyLabels();
    void run();
    void undo();
    void cancel();
    void setUpDeployOptions();
    void showDeployOptions(const workflow::PlannedPromotion &plan);
    void replanDeploy();
    void follow(QFuture<Result<store::Promotion>> running);
    workflow::StepProgress progress();
    workflow::CancelRequested cancelRequested();
    QString guardsFor(const QString &kind) const;

    std::unique_ptr<Ui::PlanDialog> m_ui;
    workflow::PlanServices m_services;
    std::optional<workflow::PlannedPromotion> m_plan;
    QString m_imageId; // for Undo
    QString m_kind;
    std::optional<store::ManagedImage> m_managed;           // the plan's, for test group names the deployment lacks
    workflow::StepNames m_names;                            // what the steps' ids are called
    std::optional<workflow::DeployRequest> m_deployRequest; // set while a deploy's options are shown
    QString m_expectedDigest;
    std::shared_ptr<bool> m_cancelRequested; // read by the runner between steps
    State m_state = State::Planning;
    quint64 m_generation = 0; // a newer plan() makes a late answer to an older one moot
};

} // namespace steward::gui
