#include "gui/promotion/PromotionBoardPane.h"

#include "gui/common/ErrorText.h"
#include "gui/promotion/BoardCardDelegate.h"
#include "gui/promotion/PlanDialog.h"
#include "gui/promotion/PlanWords.h"
#include "gui/promotion/UnfinishedPlansDialog.h"
#include "guimodels/promotion/PromotionBoardModel.h"
#include "kasm/Deployment.h"
#include "registry/RegistryClient.h"
#include "store/CatalogWorker.h"
#include "ui_PromotionBoardPane.h"
#include "workflow/ManageImage.h"
#include "workflow/PlanRunner.h"
#include "workflow/Promote.h"
#include "workflow/PromotionBoard.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QTimer>
#include <QToolButton>

namespace steward::gui {

using workflow::BoardLane;

PromotionBoardPane::PromotionBoardPane(QWidget *parent)
    : EmptyStatePane(parent), m_ui(std::make_unique<Ui::PromotionBoardPane>()), m_content(new QWidget(this)),
      m_model(new PromotionBoardModel(this)), m_sendToTest(new QAction(this)), m_verify(new QAction(this)),
      m_deploy(new QAction(this)), m_rollback(new QAction(this)), m_undo(new QAction(this)),
      m_refresh(new QAction(this)), m_unfinishedAction(new QAction(this)), m_manage(new QAction(this))
{
    setObjectName(QStringLiteral("promotionBoardPane"));
    m_model->setObjectName(QStringLiteral("promotionBoardModel"));
    m_ui->setupUi(m_content);
    setTitle(tr("Promotion board"));
    setEmptyText(tr("Loading the managed images…"));
    // The pane owns its lanes from the start (else they would sit unlaid at its corner) and shows them once there is
    // a managed image.
    setContent(m_content);
    showEmptyState();

    // An information bar in the palette's tooltip colours, so that it stands out in light and dark themes alike.
    QPalette banner = m_ui->interruptedBanner->palette();
    banner.setColor(QPalette::Window, banner.color(QPalette::ToolTipBase));
    banner.setColor(QPalette::WindowText, banner.color(QPalette::ToolTipText));
    m_ui->interruptedBanner->setPalette(banner);
    m_ui->interruptedBanner->hide();
    showAsError(m_ui->boardMessage);
    m_ui->boardMessage->hide();

    setUpViews();
    setUpActions();
    setUpManageAction();
    connect(m_ui->imageSelector, &QComboBox::currentIndexChanged, this, [this] { readBoard(); });
    connect(m_ui->resumeButton, &QPushButton::clicked, this, [this] {
        if (!m_unfinished.isEmpty())
            continueUnfinished(m_unfinished.constFirst(), true);
    });
    connect(m_ui->abandonButton, &QPushButton::clicked, this, [this] {
        if (!m_unfinished.isEmpty())
            continueUnfinished(m_unfinished.constFirst(), false);
    });
    // The drop finishes first (the drag's event loop returns), then the plan dialog opens.
    connect(m_model, &PromotionBoardModel::gestureDropped, this, [this](const PromotionGesture &gesture) {
        QTimer::singleShot(0, this, [this, gesture] { perform(gesture); });
    });
    connect(m_model, &PromotionBoardModel::dropRefused, this, [this](const QString &why) {
        showMessage(why);
        readBoard();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PromotionBoardPane::updateLaneTitles);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PromotionBoardPane::updateLaneTitles);
}

PromotionBoardPane::~PromotionBoardPane() = default;

QList<QListView *> PromotionBoardPane::laneViews() const
{
    return {m_ui->candidatesView, m_ui->testingView, m_ui->verifiedView, m_ui->productionView};
}

void PromotionBoardPane::setUpViews()
{
    const QList<QListView *> views = laneViews();
    for (int lane = 0; lane < views.size(); ++lane) {
        QListView *view = views.at(lane);
        view->setModel(m_model);
        view->setRootIndex(m_model->laneIndex(BoardLane(lane)));
        view->setItemDelegate(new BoardCardDelegate(view));
        connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) { setCurrentCard(current); });
        connect(view, &QWidget::customContextMenuRequested, this,
                [this, view](const QPoint &position) { showContextMenu(view, position); });
        // Enter or a double click moves the card on: the first thing its lane offers.
        connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            setCurrentCard(index);
            if (const QList<PromotionGesture::Kind> kinds = m_model->gesturesFor(index); !kinds.isEmpty())
                trigger(kinds.first());
        });
    }
}

void PromotionBoardPane::setUpActions()
{
    const auto set = [this](QAction *action, const QString &name, const QString &text, const QKeySequence &keys) {
        action->setObjectName(name);
        action->setText(text);
        action->setShortcut(keys);
        // The board's keys work wherever the keyboard is inside the board, not elsewhere in the window.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    };
    set(m_sendToTest, QStringLiteral("sendToTestAction"),
        PromotionBoardModel::gestureText(PromotionGesture::SendToTest), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    set(m_verify, QStringLiteral("markVerifiedAction"), PromotionBoardModel::gestureText(PromotionGesture::Verify),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    set(m_deploy, QStringLiteral("deployAction"), PromotionBoardModel::gestureText(PromotionGesture::Deploy),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    set(m_rollback, QStringLiteral("rollbackAction"), PromotionBoardModel::gestureText(PromotionGesture::Rollback),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    set(m_undo, QStringLiteral("undoDeployAction"), tr("&Undo the last deploy…"), QKeySequence::Undo);
    // Not F5: that is the window's Refresh Tags, and one key for two actions is an ambiguous shortcut inside the board.
    set(m_refresh, QStringLiteral("refreshBoardAction"), tr("&Refresh the board"),
        QKeySequence(Qt::SHIFT | Qt::Key_F5));
    set(m_unfinishedAction, QStringLiteral("unfinishedPlansAction"), tr("Un&finished plans…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    // From anywhere in the window: an unfinished plan matters whichever pane has the keyboard.
    m_unfinishedAction->setShortcutContext(Qt::WindowShortcut);
    m_unfinishedAction->setToolTip(tr("Resume or abandon the plans that stopped before their last step"));
    m_undo->setToolTip(tr("Plan the rollback of the last deploy or rollback (Ctrl+Z); Run carries it out"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_ui->refreshButton->setDefaultAction(m_refresh);
    m_ui->undoButton->setDefaultAction(m_undo);
    m_ui->undoButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    connect(m_sendToTest, &QAction::triggered, this, [this] { trigger(PromotionGesture::SendToTest); });
    connect(m_verify, &QAction::triggered, this, [this] { trigger(PromotionGesture::Verify); });
    connect(m_deploy, &QAction::triggered, this, [this] { trigger(PromotionGesture::Deploy); });
    connect(m_rollback, &QAction::triggered, this, [this] { trigger(PromotionGesture::Rollback); });
    connect(m_undo, &QAction::triggered, this, &PromotionBoardPane::undoLastDeploy);
    connect(m_refresh, &QAction::triggered, this, &PromotionBoardPane::reload);
    connect(m_unfinishedAction, &QAction::triggered, this, &PromotionBoardPane::showUnfinishedPlansDialog);
    updateActions();
}

// Managing is the window's dialog; the board offers it where the admin notices it is missing or wants to change it.
void PromotionBoardPane::setUpManageAction()
{
    m_manage->setObjectName(QStringLiteral("manageImageAction"));
    m_manage->setText(tr("&Manage an image…"));
    m_manage->setToolTip(tr("Make an image a managed image, or change how the current one is managed"));
    connect(m_manage, &QAction::triggered, this, [this] { Q_EMIT manageRequested(currentImageId()); });
    setEmptyAction(m_manage);
    auto *button = new QToolButton(m_content);
    button->setObjectName(QStringLiteral("manageButton"));
    // Not the action's own button: beside the selector a short label reads better than the empty state's sentence.
    button->setText(tr("Manage…"));
    button->setToolTip(m_manage->toolTip());
    connect(button, &QToolButton::clicked, m_manage, &QAction::trigger);
    m_ui->imageRow->insertWidget(m_ui->imageRow->indexOf(m_ui->imageSelector) + 1, button);
}

void PromotionBoardPane::showManagedImage(const QString &imageId)
{
    m_wantedImage = imageId;
    reload();
}

QList<QAction *> PromotionBoardPane::boardActions() const
{
    return {m_sendToTest, m_verify, m_deploy, m_rollback, m_undo, m_refresh, m_unfinishedAction};
}

void PromotionBoardPane::setDeployment(std::shared_ptr<kasm::Deployment> deployment)
{
    if (m_deployment)
        disconnect(m_deployment.get(), nullptr, this, nullptr);
    m_deployment = std::move(deployment);
    if (m_deployment) {
        // Agents pull in the background: recount the rollouts from each refresh, without asking the registry.
        connect(m_deployment.get(), &kasm::Deployment::refreshed, this, [this] {
            if (m_model->hasBoard())
                m_model->setAgents(m_deployment->snapshot().agents);
        });
    }
    reload();
    checkUnfinishedPlans();
}

void PromotionBoardPane::setCatalog(std::shared_ptr<store::CatalogWorker> catalog)
{
    m_catalog = std::move(catalog);
    reload();
    checkUnfinishedPlans();
}

void PromotionBoardPane::setRegistryClient(std::shared_ptr<registry::RegistryClient> registry)
{
    m_registry = std::move(registry);
    reload();
    checkUnfinishedPlans();
}

bool PromotionBoardPane::hasServices() const
{
    return m_deployment && m_catalog && m_registry;
}

workflow::PlanServices PromotionBoardPane::services()
{
    return {m_deployment, m_registry, m_catalog, m_work.get()};
}

QString PromotionBoardPane::currentImageId() const
{
    return m_ui->imageSelector->currentData().toString();
}

void PromotionBoardPane::reload()
{
    if (hasServices())
        readManagedImages();
}

void PromotionBoardPane::readManagedImages()
{
    workflow::managedImages(m_catalog).then(m_work.get(), [this](const Result<QList<store::ManagedImage>> &managed) {
        if (!managed) {
            showProblem(tr("The managed images cannot be read: %1").arg(managed.error().message));
            return Q_EMIT boardRead();
        }
        if (managed->isEmpty()) {
            setEmptyText(tr("No managed image yet.\nManage a user-facing image to run it through test and deploy "
                            "here: Image → Manage… (Ctrl+M), or stewardctl manage."));
            m_ui->imageSelector->clear();
            showEmptyState();
            return Q_EMIT boardRead();
        }
        const QString current = m_wantedImage.isEmpty() ? currentImageId() : std::exchange(m_wantedImage, QString());
        {
            const QSignalBlocker quiet(m_ui->imageSelector);
            m_ui->imageSelector->clear();
            for (const store::ManagedImage &image : *managed)
                m_ui->imageSelector->addItem(image.friendlyName, image.imageId);
            m_ui->imageSelector->setCurrentIndex(std::max(0, m_ui->imageSelector->findData(current)));
        }
        setContent(m_content);
        readBoard();
    });
}

void PromotionBoardPane::readBoard()
{
    const QString imageId = currentImageId();
    if (!hasServices() || imageId.isEmpty())
        return;
    const quint64 generation = ++m_boardGeneration;
    m_ui->boardStatus->setText(tr("Reading the board…"));
    workflow::readPromotionBoard(services(), imageId)
        .then(m_work.get(), [this, generation](const Result<workflow::PromotionBoard> &board) {
            if (generation != m_boardGeneration)
                return;
            if (!board) {
                m_ui->boardStatus->clear();
                showMessage(board.error().message);
                return Q_EMIT boardRead();
            }
            m_model->setBoard(*board);
            m_ui->boardStatus->setText(tr("%1 · deploys by %2 · moving tag %3")
                                           .arg(board->managed.repository,
                                                store::deployStrategyName(board->managed.strategy),
                                                board->managed.movingTag));
            if (!board->registryProblem.isEmpty())
                showMessage(
                    tr("The registry could not be read, so candidates are missing: %1").arg(board->registryProblem));
            updateLaneTitles();
            updateActions();
            Q_EMIT boardRead();
        });
}

void PromotionBoardPane::updateLaneTitles()
{
    const QList<QGroupBox *> boxes{m_ui->candidatesBox, m_ui->testingBox, m_ui->verifiedBox, m_ui->productionBox};
    for (int lane = 0; lane < boxes.size(); ++lane)
        boxes.at(lane)->setTitle(tr("%1 (%2)")
                                     .arg(PromotionBoardModel::laneTitle(BoardLane(lane)))
                                     .arg(m_model->rowCount(m_model->laneIndex(BoardLane(lane)))));
}

void PromotionBoardPane::showMessage(const QString &message)
{
    m_ui->boardMessage->setText(message);
    m_ui->boardMessage->setVisible(!message.isEmpty());
}

void PromotionBoardPane::setCurrentCard(const QModelIndex &index)
{
    m_currentCard = index;
    // One card is current on the whole board: choosing one in a lane clears the others.
    for (QListView *view : laneViews()) {
        if (view->rootIndex() != index.parent())
            view->selectionModel()->clearSelection();
    }
    updateActions();
}

void PromotionBoardPane::updateActions()
{
    const QList<PromotionGesture::Kind> kinds = m_model->gesturesFor(m_currentCard);
    m_sendToTest->setEnabled(kinds.contains(PromotionGesture::SendToTest));
    m_verify->setEnabled(kinds.contains(PromotionGesture::Verify));
    m_deploy->setEnabled(kinds.contains(PromotionGesture::Deploy));
    const QModelIndex production = m_model->index(0, 0, m_model->laneIndex(BoardLane::Production));
    const bool canRollBack = m_model->gestureFor(production, PromotionGesture::Rollback).has_value();
    m_rollback->setEnabled(canRollBack);
    m_undo->setEnabled(canRollBack);
}

void PromotionBoardPane::showContextMenu(QListView *view, const QPoint &position)
{
    const QModelIndex index = view->indexAt(position);
    if (index.isValid()) {
        view->setCurrentIndex(index);
        setCurrentCard(index);
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions({m_sendToTest, m_verify, m_deploy, m_rollback});
    menu->addSeparator();
    menu->addActions({m_undo, m_refresh});
    menu->popup(view->viewport()->mapToGlobal(position));
}

void PromotionBoardPane::trigger(PromotionGesture::Kind kind)
{
    QModelIndex card = m_currentCard;
    // Roll back needs no card: it goes to the previous production digest whichever card is chosen.
    if (kind == PromotionGesture::Rollback && !m_model->gestureFor(card, kind))
        card = m_model->index(0, 0, m_model->laneIndex(BoardLane::Production));
    if (const std::optional<PromotionGesture> gesture = m_model->gestureFor(card, kind))
        perform(*gesture);
}

void PromotionBoardPane::perform(const PromotionGesture &gesture)
{
    if (!hasServices())
        return;
    showMessage({});
    const QString digest = gesture.card.digest;
    switch (gesture.kind) {
    case PromotionGesture::Verify:
        return askVerifyNote(gesture);
    case PromotionGesture::SendToTest: {
        const QString candidate = gesture.card.registry + u'/' + gesture.card.repository + u':' + gesture.card.tag;
        return openPlanDialog()->plan(workflow::planSendToTest(services(), {gesture.imageId, candidate}), digest);
    }
    case PromotionGesture::Deploy: {
        workflow::DeployRequest request;
        request.image = gesture.imageId;
        request.digest = digest;
        // The managed image's strategy, chosen in the dialog from the start (the CLI's default without --strategy).
        if (m_model->board().managed.imageId == gesture.imageId)
            request.strategy = m_model->board().managed.strategy;
        return openPlanDialog()->planDeploy(request, digest);
    }
    case PromotionGesture::Rollback:
        return openPlanDialog()->plan(workflow::planRollback(services(), gesture.imageId), digest);
    }
}

void PromotionBoardPane::askVerifyNote(const PromotionGesture &gesture)
{
    auto *prompt = new QInputDialog(this);
    prompt->setObjectName(QStringLiteral("verifyNoteDialog"));
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    prompt->setWindowTitle(tr("Mark verified"));
    prompt->setLabelText(tr("Mark %1 (%2) verified for “%3”.\nA note for the record, e.g. what you tested (optional):")
                             .arg(gesture.card.tag, gesture.card.digest.left(19), m_ui->imageSelector->currentText()));
    prompt->setOkButtonText(tr("Mark verified"));
    connect(prompt, &QInputDialog::textValueSelected, this, [this, gesture](const QString &note) {
        workflow::verifyDigest(services(), gesture.imageId, gesture.card.digest, note.trimmed())
            .then(m_work.get(), [this](const Result<store::StageEvent> &verified) {
                if (!verified)
                    showMessage(verified.error().message);
                readBoard();
            });
    });
    prompt->open();
}

PlanDialog *PromotionBoardPane::openPlanDialog()
{
    auto *dialog = new PlanDialog(services(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PlanDialog::stepFinished, this, &PromotionBoardPane::readBoard);
    // Any plan that settles may have left one unfinished (failed, cancelled) or finished one: look again.
    connect(dialog, &PlanDialog::settled, this, [this] {
        readBoard();
        checkUnfinishedPlans();
    });
    dialog->show();
    return dialog;
}

void PromotionBoardPane::undoLastDeploy()
{
    if (!hasServices() || !m_undo->isEnabled())
        return;
    showMessage({});
    // Planned, not run: a stray Ctrl+Z must not change what users get without a look at the plan.
    openPlanDialog()->plan(workflow::planRollback(services(), currentImageId()), QString());
}

void PromotionBoardPane::checkUnfinishedPlans()
{
    if (!hasServices())
        return;
    workflow::unfinishedPlans(services()).then(m_work.get(), [this](const Result<QList<store::Promotion>> &plans) {
        if (!plans) {
            showMessage(tr("Interrupted plans cannot be looked up: %1").arg(plans.error().message));
            return Q_EMIT unfinishedPlansChecked(0);
        }
        showUnfinished(*plans);
        Q_EMIT unfinishedPlansChecked(int(plans->size()));
    });
}

void PromotionBoardPane::showUnfinished(const QList<store::Promotion> &plans)
{
    m_unfinished = plans;
    m_unfinishedAction->setEnabled(hasServices());
    if (m_unfinishedDialog)
        m_unfinishedDialog->setPlans(plans);
    m_ui->interruptedBanner->setVisible(!plans.isEmpty());
    if (plans.isEmpty())
        return;
    const store::Promotion &first = plans.first();
    int done = 0;
    for (const store::PromotionStep &step : first.steps)
        done += step.state == QLatin1String("done") ? 1 : 0;
    QString text = tr("An unfinished %1 of “%2” (plan %3, %4) got through %5 of %6 steps. Resume it, or abandon it "
                      "to undo its done steps.")
                       .arg(PlanWords::kind(first.kind), first.plan.value(QStringLiteral("friendly_name")).toString(),
                            first.promotionId, PlanWords::state(first.state))
                       .arg(done)
                       .arg(first.steps.size());
    if (plans.size() > 1)
        text += u' ' + tr("%n more: Promotion → Unfinished plans… (Ctrl+Shift+U).", nullptr, int(plans.size()) - 1);
    m_ui->interruptedText->setText(text);
}

void PromotionBoardPane::continueUnfinished(const store::Promotion &promotion, bool resume)
{
    if (!hasServices())
        return;
    m_ui->interruptedBanner->hide();
    PlanDialog *dialog = openPlanDialog();
    dialog->continueUnfinished(promotion, resume);
}

void PromotionBoardPane::showUnfinishedPlansDialog()
{
    if (!m_unfinishedDialog) {
        m_unfinishedDialog = new UnfinishedPlansDialog(this);
        m_unfinishedDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_unfinishedDialog, &UnfinishedPlansDialog::continueRequested, this,
                &PromotionBoardPane::continueUnfinished);
    }
    m_unfinishedDialog->setPlans(m_unfinished);
    m_unfinishedDialog->show();
    m_unfinishedDialog->raise();
    m_unfinishedDialog->activateWindow();
    checkUnfinishedPlans(); // the list shown may be older than the journal
}

void PromotionBoardPane::focusBoard()
{
    QListView *first = m_ui->candidatesView;
    if (!m_content->isVisibleTo(this)) {
        setFocus(Qt::ShortcutFocusReason);
        return;
    }
    first->setFocus(Qt::ShortcutFocusReason);
    if (!first->currentIndex().isValid()) {
        const QModelIndex card = m_model->index(0, 0, first->rootIndex());
        if (card.isValid())
            first->setCurrentIndex(card);
    }
}

bool PromotionBoardPane::isManaged(const QString &imageId) const
{
    return !imageId.isEmpty() && m_ui->imageSelector->findData(imageId) >= 0;
}

void PromotionBoardPane::sendToTest(const QString &imageId, const QString &reference, const QString &digest)
{
    if (!hasServices() || !isManaged(imageId))
        return;
    showMessage({});
    // The board shows the image the tag goes to, so that the card appears where the user looks next.
    m_ui->imageSelector->setCurrentIndex(m_ui->imageSelector->findData(imageId));
    openPlanDialog()->plan(workflow::planSendToTest(services(), {imageId, reference}), digest);
}

} // namespace steward::gui
