#pragma once

#include "core/KasmAgent.h"
#include "guimodels/promotion/PromotionGesture.h"
#include "workflow/PromotionBoard.h"

#include <QAbstractItemModel>

#include <expected>

namespace steward::gui {

// The promotion board of one managed image as a two-level model: the four lanes (workflow::BoardLane) are the top
// rows, their cards the rows under them, one column. Each lane view shows one lane (setRootIndex(laneIndex())).
// Values, never pointers; the board itself is read by workflow::readPromotionBoard.
//
// Drag and drop is the model's contract: a card drags as an application/x-imagesteward-tag payload (repository, tag,
// digest); a lane takes the drop it can turn into a promotion — a candidate (or a tag from the Tags pane) on
// Testing, the card in test on Verified, a verified card on Production, the rollback target on Production — and
// refuses anything else. A drop never changes the model: it emits gestureDropped(), the pane plans and runs it, and
// the card moves when the board is read again after the step is done. A payload whose tag the board knows under
// another digest is stale and refused with dropRefused().
//
// Updates keep what did not change: a lane whose cards (by digest) are the same is updated in place, so selections
// survive a refresh; a lane whose cards changed is emptied and refilled.
class PromotionBoardModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromotionBoardModel)

public:
    enum Role
    {
        LaneRole = Qt::UserRole, // int(workflow::BoardLane), on lanes and cards
        TagRole,                 // the card's unique tag; empty when unknown
        DigestRole,              // "sha256:…"
        ShortDigestRole,         // "sha256:" and 12 hex digits
        ActorRole,
        AtRole,             // QDateTime, UTC
        NoteRole,           // the verification note or a forced deploy's reason
        PreviousRole,       // bool: a production card users had before
        RollbackTargetRole, // bool: where a rollback goes
        HoldingRole,        // int: agents holding it (Testing and current Production cards), else invalid
        EligibleRole,       // int: agents serving it, likewise
        UnreportedRole,     // int: of HoldingRole, agents holding the reference with no digest reported; likewise
        CardCountRole,      // int, on lanes
    };

    explicit PromotionBoardModel(QObject *parent = nullptr);
    ~PromotionBoardModel() override;

    void setBoard(const workflow::PromotionBoard &board);
    void clear();
    // Fresh inventories: the rollout counts change, nothing else.
    void setAgents(const QList<KasmAgent> &agents);
    const workflow::PromotionBoard &board() const { return m_board; }
    bool hasBoard() const { return !m_board.managed.imageId.isEmpty(); }

    QModelIndex laneIndex(workflow::BoardLane lane) const;
    const workflow::BoardCard *cardAt(const QModelIndex &index) const;
    // The payload a card drags as (its digest and tag in the managed repository).
    TagPayload payloadOf(const workflow::BoardCard &card) const;

    // The keyboard and context-menu equivalents of the drags: what can be asked of `card`. Deploy is offered for the
    // card in test too, so that the workflow's guard can say why it is refused (nobody verified it).
    QList<PromotionGesture::Kind> gesturesFor(const QModelIndex &card) const;
    std::optional<PromotionGesture> gestureFor(const QModelIndex &card, PromotionGesture::Kind kind) const;
    // What dropping `payload` on `lane` asks for, or why it cannot be taken.
    std::expected<PromotionGesture, QString> dropGesture(const TagPayload &payload, workflow::BoardLane lane) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    static QString laneTitle(workflow::BoardLane lane);
    static QString gestureText(PromotionGesture::Kind kind);

Q_SIGNALS:
    void gestureDropped(const steward::gui::PromotionGesture &gesture);
    void dropRefused(const QString &why);

private:
    std::optional<workflow::BoardLane> laneOf(const QModelIndex &index) const;
    // The lane and row of the card with `digest`, when it is on the board.
    std::optional<std::pair<workflow::BoardLane, int>> locate(const QString &digest) const;
    QString staleReason(const TagPayload &payload) const;
    bool isManagedRepository(const TagPayload &payload) const;
    QVariant cardData(workflow::BoardLane lane, const workflow::BoardCard &card, int row, int role) const;
    QString cardText(workflow::BoardLane lane, const workflow::BoardCard &card, int row) const;
    void replaceLane(workflow::BoardLane lane, const QList<workflow::BoardCard> &cards);

    workflow::PromotionBoard m_board;
};

} // namespace steward::gui
