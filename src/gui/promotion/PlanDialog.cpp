#include "gui/promotion/PlanDialog.h"

#include "gui/common/ErrorText.h"
#include "gui/promotion/PlanWords.h"
#include "kasm/Deployment.h"
#include "ui_PlanDialog.h"
#include "workflow/PlanRunner.h"

#include <QCloseEvent>
#include <QKeySequence>
#include <QListWidgetItem>
#include <QPointer>
#include <QSignalBlocker>
#include <QStyle>

namespace steward::gui {

namespace {

QString shortDigest(const QString &digest)
{
    return workflow::abbreviatedDigest(digest);
}

int doneCount(const store::Promotion &promotion)
{
    int done = 0;
    for (const store::PromotionStep &step : promotion.steps)
        done += step.state == QLatin1String("done") || step.state == QLatin1String("undone") ? 1 : 0;
    return done;
}

} // namespace

PlanDialog::PlanDialog(workflow::PlanServices services, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PlanDialog>()), m_services(std::move(services))
{
    setObjectName(QStringLiteral("planDialog"));
    m_ui->setupUi(this);
    showAsError(m_ui->errorLabel);
    setUpDeployOptions();
    connect(m_ui->runButton, &QPushButton::clicked, this, &PlanDialog::run);
    connect(m_ui->undoButton, &QPushButton::clicked, this, &PlanDialog::undo);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &PlanDialog::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::close);
    m_ui->runningHint->hide();
    setState(State::Planning);
}

PlanDialog::~PlanDialog() = default;

void PlanDialog::setUpDeployOptions()
{
    m_ui->strategyCombo->addItem(tr("Pin the image to the unique tag"), QStringLiteral("pin"));
    m_ui->strategyCombo->addItem(tr("Move the moving tag to the digest"), QStringLiteral("move"));
    m_ui->deployOptions->hide();
    connect(m_ui->strategyCombo, &QComboBox::activated, this, &PlanDialog::replanDeploy);
    connect(m_ui->byDigestCheck, &QCheckBox::toggled, this, &PlanDialog::replanDeploy);
    connect(m_ui->forceCheck, &QCheckBox::toggled, this, [this](bool force) {
        m_ui->reasonEdit->setEnabled(force);
        if (force)
            m_ui->reasonEdit->setFocus();
        // Without a reason the workflow refuses a forced deploy; wait for one instead of showing that refusal.
        if (!force || !m_ui->reasonEdit->text().trimmed().isEmpty())
            replanDeploy();
    });
    connect(m_ui->reasonEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_ui->forceCheck->isChecked() && m_deployRequest &&
            m_deployRequest->reason != m_ui->reasonEdit->text().trimmed())
            replanDeploy();
    });
    m_ui->reasonEdit->setEnabled(false);
}

void PlanDialog::planDeploy(const workflow::DeployRequest &request, const QString &expectedDigest)
{
    m_deployRequest = request;
    {
        const QSignalBlocker quietDigest(m_ui->byDigestCheck);
        const QSignalBlocker quietForce(m_ui->forceCheck);
        m_ui->byDigestCheck->setChecked(request.byDigest);
        m_ui->forceCheck->setChecked(request.force);
        m_ui->reasonEdit->setText(request.reason);
        m_ui->reasonEdit->setEnabled(request.force);
    }
    if (request.strategy)
        m_ui->strategyCombo->setCurrentIndex(
            std::max(0, m_ui->strategyCombo->findData(store::deployStrategyName(*request.strategy))));
    plan(workflow::planDeploy(m_services, request), expectedDigest);
}

void PlanDialog::replanDeploy()
{
    if (!m_deployRequest || (m_state != State::Planned && m_state != State::Refused))
        return;
    m_deployRequest->strategy = store::deployStrategyFromName(m_ui->strategyCombo->currentData().toString());
    m_deployRequest->byDigest = m_ui->byDigestCheck->isChecked() && m_ui->byDigestCheck->isEnabled();
    m_deployRequest->force = m_ui->forceCheck->isChecked();
    m_deployRequest->reason = m_deployRequest->force ? m_ui->reasonEdit->text().trimmed() : QString();
    plan(workflow::planDeploy(m_services, *m_deployRequest), m_expectedDigest);
}

void PlanDialog::showDeployOptions(const workflow::PlannedPromotion &plan)
{
    // The strategy the plan used: the request's, else the managed image's.
    const QString strategy = plan.promotion.plan.value(QStringLiteral("strategy")).toString();
    const QSignalBlocker quiet(m_ui->strategyCombo);
    m_ui->strategyCombo->setCurrentIndex(
        std::max(0, m_ui->strategyCombo->findData(strategy.isEmpty() ? store::deployStrategyName(plan.managed.strategy)
                                                                     : strategy)));
    // Only a pin names the image by digest; a moved tag is always a tag.
    m_ui->byDigestCheck->setEnabled(m_ui->strategyCombo->currentData().toString() == QLatin1String("pin"));
}

void PlanDialog::plan(QFuture<Result<workflow::PlannedPromotion>> planning, const QString &expectedDigest, bool autoRun)
{
    m_expectedDigest = expectedDigest;
    m_ui->deployOptions->setVisible(m_deployRequest.has_value());
    const quint64 generation = ++m_generation;
    m_plan.reset();
    m_ui->headline->setText(tr("Planning…"));
    m_ui->stepsList->clear();
    for (QLabel *label : {m_ui->readinessLabel, m_ui->notesLabel, m_ui->warningsLabel, m_ui->guardsLabel})
        label->clear();
    m_ui->errorLabel->clear();
    hideEmptyLabels();
    setState(State::Planning);
    planning.then(this, [this, generation, expectedDigest, autoRun](const Result<workflow::PlannedPromotion> &made) {
        if (generation != m_generation)
            return;
        if (!made) {
            showError(made.error().message);
            return setState(State::Refused);
        }
        showPlan(*made);
        if (m_deployRequest)
            showDeployOptions(*made);
        if (!expectedDigest.isEmpty() && made->digest != expectedDigest) {
            showError(tr("Stale: %1 now points at %2, not at %3 as when the card was dragged; nothing was changed. "
                         "The board is read again; look at it before you try again.")
                          .arg(made->tag, shortDigest(made->digest), shortDigest(expectedDigest)));
            return setState(State::Refused);
        }
        m_plan = *made;
        setState(State::Planned);
        if (autoRun)
            run();
    });
}

void PlanDialog::showPlan(const workflow::PlannedPromotion &plan)
{
    m_imageId = plan.image.imageId;
    m_kind = plan.promotion.kind;
    m_managed = plan.managed;
    const QString image = plan.image.displayName();
    const QString digest = shortDigest(plan.digest);
    if (m_kind == QLatin1String(workflow::plankind::sendToTest))
        m_ui->headline->setText(tr("<b>Send %1 (%2) of “%3” to test</b>").arg(plan.tag, digest, image));
    else if (m_kind == QLatin1String(workflow::plankind::deploy))
        m_ui->headline->setText(tr("<b>Deploy %1 (%2) to the users of “%3”</b><br>They have %4 now.")
                                    .arg(plan.tag, digest, image, shortDigest(plan.previousDigest)));
    else
        m_ui->headline->setText(
            tr("<b>Roll “%1” back to %2 (%3)</b><br>They have %4 now.")
                .arg(image, plan.tag.isEmpty() ? digest : plan.tag, digest, shortDigest(plan.previousDigest)));
    showSteps(plan.promotion);
    QString readiness = tr("Readiness: %1 of %2 agents hold %3 already.")
                            .arg(plan.readiness.holding)
                            .arg(plan.readiness.eligible)
                            .arg(digest);
    if (plan.readiness.unreported > 0)
        readiness += u' ' + workflow::unreportedNote(plan.readiness.unreported);
    m_ui->readinessLabel->setText(readiness);
    QStringList notes;
    for (const QString &note : plan.notes)
        notes << tr("• %1").arg(note);
    m_ui->notesLabel->setText(notes.join(u'\n'));
    QStringList warnings;
    for (const QString &warning : plan.warnings)
        warnings << tr("⚠ %1").arg(warning);
    m_ui->warningsLabel->setText(warnings.join(u'\n'));
    m_ui->guardsLabel->setText(guardsFor(m_kind));
    hideEmptyLabels();
}

void PlanDialog::hideEmptyLabels()
{
    for (QLabel *label :
         {m_ui->readinessLabel, m_ui->notesLabel, m_ui->warningsLabel, m_ui->guardsLabel, m_ui->errorLabel})
        label->setVisible(!label->text().isEmpty());
}

QString PlanDialog::guardsFor(const QString &kind) const
{
    if (kind == QLatin1String(workflow::plankind::sendToTest))
        return tr("Guards: refused before anything changes when the tag is the moving tag, is outside the managed "
                  "repository or is gone from the registry, or names another digest than the card did. Each step "
                  "re-reads what it changes and stops if someone else changed it.");
    if (kind == QLatin1String(workflow::plankind::deploy))
        return tr("Guards: refused before anything changes when nobody verified the digest, when its unique tag "
                  "now points at another digest than the one tested, or when the users already have it. Each step "
                  "re-reads what it changes and stops if someone else changed it.");
    return tr("Guards: refused when no earlier deployment is recorded. Each step re-reads what it changes and stops "
              "if someone else changed it.");
}

void PlanDialog::learnNames(const store::Promotion &promotion)
{
    // The deployment as the window last read it: no waiting, and the names the other panes show.
    m_names = m_services.deployment ? workflow::StepNames::of(promotion, m_services.deployment->snapshot(), m_managed)
                                    : workflow::StepNames::of(promotion, kasm::DeploymentSnapshot{}, m_managed);
}

void PlanDialog::showSteps(const store::Promotion &promotion)
{
    learnNames(promotion);
    m_ui->stepsList->clear();
    for (const store::PromotionStep &step : promotion.steps) {
        auto *item = new QListWidgetItem(m_ui->stepsList);
        item->setData(Qt::UserRole, step.seq);
        showStep(step);
    }
    m_ui->progressBar->setMaximum(int(promotion.steps.size()));
    m_ui->progressBar->setValue(doneCount(promotion));
}

void PlanDialog::showStep(const store::PromotionStep &step)
{
    QString state;
    std::optional<QStyle::StandardPixmap> icon; // none while it waits: an arrow would read as "go"
    if (step.state == QLatin1String("running")) {
        state = tr("running…");
        icon = QStyle::SP_BrowserReload;
    } else if (step.state == QLatin1String("done")) {
        state = tr("done");
        icon = QStyle::SP_DialogApplyButton;
    } else if (step.state == QLatin1String("failed")) {
        state = tr("failed");
        icon = QStyle::SP_MessageBoxCritical;
    } else if (step.state == QLatin1String("undone")) {
        state = tr("undone");
        icon = QStyle::SP_ArrowBack;
    } else if (step.state == QLatin1String("skipped")) {
        state = tr("skipped");
    } else {
        state = tr("to do");
    }
    for (int row = 0; row < m_ui->stepsList->count(); ++row) {
        QListWidgetItem *item = m_ui->stepsList->item(row);
        if (item->data(Qt::UserRole).toInt() != step.seq)
            continue;
        item->setText(tr("%1. %2 — %3").arg(step.seq).arg(workflow::describeStep(step, m_names), state));
        item->setToolTip(tr("%1. %2 — %3")
                             .arg(step.seq)
                             .arg(workflow::describeStep(step, m_names, workflow::StepDigests::Full), state));
        item->setIcon(icon ? style()->standardIcon(*icon) : QIcon());
        item->setData(Qt::UserRole + 1, step.state);
    }
}

void PlanDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    hideEmptyLabels();
}

QString PlanDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

workflow::StepProgress PlanDialog::progress()
{
    QPointer<PlanDialog> self(this);
    return [self](const store::Promotion &promotion, const store::PromotionStep &step) {
        if (!self)
            return;
        self->learnNames(promotion); // a created twin has an id now
        self->showStep(step);
        self->m_ui->progressBar->setValue(doneCount(promotion));
        if (step.state == QLatin1String("done") || step.state == QLatin1String("undone"))
            Q_EMIT self->stepFinished();
    };
}

void PlanDialog::run()
{
    if (!m_plan || m_state != State::Planned)
        return;
    m_ui->errorLabel->clear();
    follow(workflow::runPlan(m_services, m_plan->promotion, progress(), cancelRequested()));
}

workflow::CancelRequested PlanDialog::cancelRequested()
{
    m_cancelRequested = std::make_shared<bool>(false);
    return [flag = m_cancelRequested] { return *flag; };
}

void PlanDialog::cancel()
{
    if (m_state != State::Running || !m_cancelRequested)
        return;
    *m_cancelRequested = true;
    m_ui->cancelButton->setEnabled(false);
    m_ui->cancelButton->setText(tr("Cancelling after this step…"));
}

void PlanDialog::continueUnfinished(const store::Promotion &promotion, bool resume)
{
    ++m_generation;
    m_kind = promotion.kind;
    m_managed.reset();
    m_imageId = promotion.plan.value(QStringLiteral("image_id")).toString();
    const QString image = promotion.plan.value(QStringLiteral("friendly_name")).toString();
    m_ui->headline->setText(resume ? tr("<b>Resume the unfinished %1 of “%2”</b> (plan %3)")
                                         .arg(PlanWords::kind(promotion.kind), image, promotion.promotionId)
                                   : tr("<b>Abandon the unfinished %1 of “%2”</b> (plan %3): its done steps are "
                                        "undone, last first.")
                                         .arg(PlanWords::kind(promotion.kind), image, promotion.promotionId));
    m_ui->guardsLabel->setText(guardsFor(m_kind));
    hideEmptyLabels();
    showSteps(promotion);
    m_deployRequest.reset();
    m_ui->deployOptions->hide();
    follow(resume ? workflow::resumePlan(m_services, promotion.promotionId, progress(), cancelRequested())
                  : workflow::abandonPlan(m_services, promotion.promotionId, progress()));
}

void PlanDialog::follow(QFuture<Result<store::Promotion>> running)
{
    const quint64 generation = m_generation;
    setState(State::Running);
    running.then(this, [this, generation](const Result<store::Promotion> &ran) {
        if (generation != m_generation)
            return;
        if (!ran) {
            showError(ran.error().message);
            return setState(ran.error().code == ErrorCode::Canceled ? State::Cancelled : State::Failed);
        }
        showSteps(*ran);
        const bool finished = ran->state == QLatin1String("done") || ran->state == QLatin1String("rolled-back");
        if (finished)
            m_ui->headline->setText(
                m_ui->headline->text() +
                tr("<br><b>Done.</b> Plan %1 is %2.").arg(ran->promotionId, PlanWords::state(ran->state)));
        setState(finished ? State::Done : State::Failed);
    });
}

void PlanDialog::undo()
{
    m_deployRequest.reset();
    plan(workflow::planRollback(m_services, m_imageId), QString(), true);
    m_ui->headline->setText(tr("Undo: planning the rollback…"));
}

void PlanDialog::setState(State state)
{
    m_state = state;
    const bool running = state == State::Running;
    m_ui->runButton->setVisible(state == State::Planning || state == State::Planned || running);
    m_ui->runButton->setEnabled(state == State::Planned);
    m_ui->closeButton->setEnabled(!running);
    m_ui->cancelButton->setVisible(running);
    if (!running)
        m_ui->runningHint->hide();
    m_ui->cancelButton->setEnabled(running);
    if (running)
        m_ui->cancelButton->setText(tr("C&ancel"));
    m_ui->deployOptions->setEnabled(state == State::Planned || state == State::Refused);
    const bool undoable =
        m_kind == QLatin1String(workflow::plankind::deploy) || m_kind == QLatin1String(workflow::plankind::rollback);
    m_ui->undoButton->setVisible(state == State::Done && undoable && !m_imageId.isEmpty());
    m_ui->progressBar->setVisible(running || state == State::Done || state == State::Failed ||
                                  state == State::Cancelled);
    if (state == State::Planned)
        m_ui->runButton->setFocus();
    if (state == State::Done) {
        m_ui->errorLabel->clear(); // a success clears what an earlier attempt showed
        hideEmptyLabels();
    }
    if (state != State::Planning && !running)
        Q_EMIT settled(state);
}

void PlanDialog::closeEvent(QCloseEvent *event)
{
    if (m_state == State::Running) {
        showRunningHint();
        return event->ignore();
    }
    QDialog::closeEvent(event);
}

void PlanDialog::reject()
{
    // Escape rejects without a close event: while a plan runs it would hide the window with the steps' outcome.
    if (m_state == State::Running)
        return showRunningHint();
    QDialog::reject();
}

void PlanDialog::showRunningHint()
{
    if (m_cancelRequested && *m_cancelRequested) {
        m_ui->runningHint->setText(tr("The plan stops after the step that runs now; then this window can be closed."));
    } else {
        // The button as this language names it, and its key (Alt+A in English, another letter elsewhere).
        const QString cancel = m_ui->cancelButton->text().remove(u'&');
        const QString key = QKeySequence::mnemonic(m_ui->cancelButton->text()).toString(QKeySequence::NativeText);
        m_ui->runningHint->setText(tr("The plan is running: this window stays open until it ends, so that you see "
                                      "how every step went. To stop it before its next step, press %1 (%2).")
                                       .arg(cancel, key));
    }
    m_ui->runningHint->show();
}

} // namespace steward::gui
