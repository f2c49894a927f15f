#pragma once

#include "gui/common/EmptyStatePane.h"
#include "gui/common/PendingWork.h"
#include "guimodels/promotion/PromotionGesture.h"
#include "store/PromotionJournal.h"
#include "workflow/PlanServices.h"

#include <QPersistentModelIndex>
#include <QPointer>

#include <memory>

class QAction;
class QListView;

namespace Ui {
class PromotionBoardPane;
}

namespace steward::kasm {
class Deployment;
}

namespace steward::registry {
class RegistryClient;
}

namespace steward::store {
class CatalogWorker;
}

namespace steward::gui {

class PlanDialog;
class PromotionBoardModel;
class UnfinishedPlansDialog;

// The Promotion board ("promotionBoardPane", form ui/promotion/PromotionBoardPane.ui): a managed image chosen in
// "imageSelector" and its four lanes ("candidatesView", "testingView", "verifiedView", "productionView") over one
// PromotionBoardModel ("promotionBoardModel"). Dragging a card to the next lane, or a tag from the Tags pane onto
// Testing, opens a PlanDialog; so do the actions (context menu and keys): Send to test, Mark verified… (asks for a
// note), Deploy…, Roll back…, Undo (Ctrl+Z: plans the rollback of the last deploy; Run confirms it). A card moves
// when the board is read again after its step is done. An unfinished plan (interrupted, failed or cancelled) is
// offered in a banner ("interruptedBanner") for Resume or Abandon, looked up again whenever a plan settles; every one
// of them is listed by Unfinished plans… (Ctrl+Shift+U, an UnfinishedPlansDialog). Refusals and errors are shown in
// "boardMessage", never in a modal box.
//
// Nothing here decides: the lanes come from workflow::readPromotionBoard, the plans from src/workflow. Every call is
// asynchronous and continues on this pane's thread.
class PromotionBoardPane final : public EmptyStatePane
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromotionBoardPane)

public:
    explicit PromotionBoardPane(QWidget *parent = nullptr);
    ~PromotionBoardPane() override;

    // What the use cases work on; the board reads once it has all three.
    void setDeployment(std::shared_ptr<kasm::Deployment> deployment);
    void setCatalog(std::shared_ptr<store::CatalogWorker> catalog);
    void setRegistryClient(std::shared_ptr<registry::RegistryClient> registry);

    // Reads the managed images and the current image's board again.
    void reload();
    // Reads the managed images again and shows `imageId`'s board (after it was managed in the window).
    void showManagedImage(const QString &imageId);
    // Plans (and shows in a PlanDialog) or, for Verify, asks for a note and records it.
    void perform(const PromotionGesture &gesture);

    PromotionBoardModel *model() const { return m_model; }
    QList<QAction *> boardActions() const;
    QString currentImageId() const;
    // Moves the keyboard onto the board: its first lane's current (or first) card.
    void focusBoard();
    // Whether `imageId` is a managed image, so that another pane can offer it a Send to test.
    bool isManaged(const QString &imageId) const;
    // Send to test from outside the board (the Tags pane): plans it for `imageId`'s managed image.
    void sendToTest(const QString &imageId, const QString &reference, const QString &digest);

Q_SIGNALS:
    // The board of the current image was read (or failed to be): tests and the status line wait for it.
    void boardRead();
    // The interrupted plans were looked up; the banner shows the first, if any.
    void unfinishedPlansChecked(int count);
    // "Manage…" ("manageImageAction": the empty state's button, and "manageButton" beside the image selector): the
    // window opens its manage dialog on `imageId`, the current managed image (empty when there is none).
    void manageRequested(const QString &imageId);

private:
    workflow::PlanServices services();
    bool hasServices() const;
    void setUpViews();
    void setUpActions();
    void setUpManageAction();
    void readManagedImages();
    void readBoard();
    void checkUnfinishedPlans();
    void showUnfinished(const QList<store::Promotion> &plans);
    void continueUnfinished(const store::Promotion &promotion, bool resume);
    void showUnfinishedPlansDialog();
    void showMessage(const QString &message);
    void updateActions();
    void updateLaneTitles();
    void setCurrentCard(const QModelIndex &index);
    void showContextMenu(QListView *view, const QPoint &position);
    void trigger(PromotionGesture::Kind kind);
    void undoLastDeploy();
    void askVerifyNote(const PromotionGesture &gesture);
    PlanDialog *openPlanDialog();
    QList<QListView *> laneViews() const;

    std::unique_ptr<Ui::PromotionBoardPane> m_ui;
    QWidget *m_content;
    PromotionBoardModel *m_model;
    std::shared_ptr<kasm::Deployment> m_deployment;
    std::shared_ptr<store::CatalogWorker> m_catalog;
    std::shared_ptr<registry::RegistryClient> m_registry;
    QPersistentModelIndex m_currentCard;
    QList<store::Promotion> m_unfinished;
    QAction *m_sendToTest;
    QAction *m_verify;
    QAction *m_deploy;
    QAction *m_rollback;
    QAction *m_undo;
    QAction *m_refresh;
    QAction *m_unfinishedAction;
    QPointer<UnfinishedPlansDialog> m_unfinishedDialog;
    QAction *m_manage;
    QString m_wantedImage;         // shown by the next read of the managed images (showManagedImage)
    quint64 m_boardGeneration = 0; // a late board of an earlier image or read is dropped
    // Last: it goes first, and with it every continuation still pending (see PendingWork).
    std::unique_ptr<PendingWork> m_work = std::make_unique<PendingWork>();
};

} // namespace steward::gui
