#include "guimodels/promotion/PromotionBoardModel.h"

#include "core/ImageReference.h"

#include <QLocale>
#include <QMimeData>

namespace steward::gui {

using workflow::BoardCard;
using workflow::BoardLane;

namespace {

// Lanes are top rows with internal id 0; a card's internal id is its lane + 1, so parent() needs no lookup.
constexpr quintptr laneId = 0;

QString shortDigest(const QString &digest)
{
    return digest.left(19);
}

bool sameCards(const QList<BoardCard> &a, const QList<BoardCard> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const BoardCard &x, const BoardCard &y) { return x.digest == y.digest; });
}

} // namespace

PromotionBoardModel::PromotionBoardModel(QObject *parent) : QAbstractItemModel(parent)
{}

PromotionBoardModel::~PromotionBoardModel() = default;

void PromotionBoardModel::setBoard(const workflow::PromotionBoard &board)
{
    const bool otherImage = board.managed.imageId != m_board.managed.imageId;
    workflow::PromotionBoard next = board;
    for (int lane = 0; lane < workflow::boardLaneCount; ++lane)
        next.lanes[lane] = m_board.lanes[lane];
    m_board = next;
    for (int lane = 0; lane < workflow::boardLaneCount; ++lane) {
        const QList<BoardCard> &cards = board.lanes[lane];
        if (otherImage || !sameCards(m_board.lanes[lane], cards)) {
            replaceLane(BoardLane(lane), cards);
            continue;
        }
        m_board.lanes[lane] = cards;
        if (!cards.isEmpty())
            Q_EMIT dataChanged(index(0, 0, laneIndex(BoardLane(lane))),
                               index(int(cards.size()) - 1, 0, laneIndex(BoardLane(lane))));
    }
    Q_EMIT dataChanged(index(0, 0), index(workflow::boardLaneCount - 1, 0));
}

void PromotionBoardModel::replaceLane(BoardLane lane, const QList<BoardCard> &cards)
{
    QList<BoardCard> &current = m_board.lane(lane);
    const QModelIndex parent = laneIndex(lane);
    if (!current.isEmpty()) {
        beginRemoveRows(parent, 0, int(current.size()) - 1);
        current.clear();
        endRemoveRows();
    }
    if (!cards.isEmpty()) {
        beginInsertRows(parent, 0, int(cards.size()) - 1);
        current = cards;
        endInsertRows();
    }
}

void PromotionBoardModel::clear()
{
    setBoard(workflow::PromotionBoard{});
}

void PromotionBoardModel::setAgents(const QList<KasmAgent> &agents)
{
    workflow::updateRollout(m_board, agents);
    for (const BoardLane lane : {BoardLane::Testing, BoardLane::Production}) {
        if (!m_board.lane(lane).isEmpty())
            Q_EMIT dataChanged(index(0, 0, laneIndex(lane)), index(0, 0, laneIndex(lane)));
    }
}

QModelIndex PromotionBoardModel::laneIndex(BoardLane lane) const
{
    return index(int(lane), 0);
}

const BoardCard *PromotionBoardModel::cardAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index) || index.internalId() == laneId)
        return nullptr;
    return &m_board.lanes[index.internalId() - 1].at(index.row());
}

std::optional<BoardLane> PromotionBoardModel::laneOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return std::nullopt;
    return BoardLane(index.internalId() == laneId ? index.row() : int(index.internalId() - 1));
}

TagPayload PromotionBoardModel::payloadOf(const BoardCard &card) const
{
    const Result<ImageReference> repository = ImageReference::parse(m_board.managed.repository);
    if (!repository)
        return {};
    return TagPayload{repository->registry(), repository->repository(), card.tag, card.digest};
}

std::optional<std::pair<BoardLane, int>> PromotionBoardModel::locate(const QString &digest) const
{
    for (int lane = 0; lane < workflow::boardLaneCount; ++lane) {
        for (int row = 0; row < m_board.lanes[lane].size(); ++row) {
            if (m_board.lanes[lane].at(row).digest == digest)
                return std::pair{BoardLane(lane), row};
        }
    }
    return std::nullopt;
}

bool PromotionBoardModel::isManagedRepository(const TagPayload &payload) const
{
    const Result<ImageReference> managed = ImageReference::parse(m_board.managed.repository);
    const Result<ImageReference> dragged = ImageReference::parse(QString(payload.registry + u'/' + payload.repository));
    return managed && dragged && managed->name() == dragged->name();
}

// A tag the board knows under another digest: the tag moved after the drag began (or after the board was read).
QString PromotionBoardModel::staleReason(const TagPayload &payload) const
{
    for (const QList<BoardCard> &cards : m_board.lanes) {
        for (const BoardCard &card : cards) {
            if (!payload.tag.isEmpty() && card.tag == payload.tag && card.digest != payload.digest)
                return tr("%1 now points at %2, not at %3 as when it was dragged; nothing was changed. Refresh the "
                          "board and look again.")
                    .arg(payload.tag, shortDigest(card.digest), shortDigest(payload.digest));
        }
    }
    return {};
}

std::expected<PromotionGesture, QString> PromotionBoardModel::dropGesture(const TagPayload &payload,
                                                                          BoardLane lane) const
{
    if (!hasBoard())
        return std::unexpected(tr("Choose a managed image first."));
    if (!isManagedRepository(payload))
        return std::unexpected(
            tr("%1/%2 is not %3, the repository \"%4\" is managed with.")
                .arg(payload.registry, payload.repository, m_board.managed.repository, m_board.image.displayName()));
    if (const QString stale = staleReason(payload); !stale.isEmpty())
        return std::unexpected(stale);
    const auto from = locate(payload.digest);
    const auto gesture = [&](PromotionGesture::Kind kind) {
        return PromotionGesture{kind, m_board.managed.imageId, payload};
    };
    switch (lane) {
    case BoardLane::Testing:
        if (payload.tag.isEmpty() || payload.tag == m_board.managed.movingTag)
            return std::unexpected(tr("Only a build's unique tag can be sent to test."));
        if (!from || from->first == BoardLane::Candidates)
            return gesture(PromotionGesture::SendToTest);
        break;
    case BoardLane::Verified:
        if (from && from->first == BoardLane::Testing)
            return gesture(PromotionGesture::Verify);
        break;
    case BoardLane::Production:
        if (from && from->first == BoardLane::Verified)
            return gesture(PromotionGesture::Deploy);
        if (from && from->first == BoardLane::Production && m_board.lane(lane).at(from->second).rollbackTarget)
            return gesture(PromotionGesture::Rollback);
        break;
    case BoardLane::Candidates:
        break;
    }
    return std::unexpected(tr("%1 cannot go to %2 from where it is.").arg(payload.tag, laneTitle(lane)));
}

QList<PromotionGesture::Kind> PromotionBoardModel::gesturesFor(const QModelIndex &index) const
{
    const BoardCard *card = cardAt(index);
    if (!card)
        return {};
    bool canRollBack = false;
    for (const BoardCard &production : m_board.lane(BoardLane::Production))
        canRollBack = canRollBack || production.rollbackTarget;
    switch (*laneOf(index)) {
    case BoardLane::Candidates:
        return {PromotionGesture::SendToTest};
    case BoardLane::Testing:
        return {PromotionGesture::Verify, PromotionGesture::Deploy};
    case BoardLane::Verified:
        return {PromotionGesture::Deploy};
    case BoardLane::Production:
        if (canRollBack && (!card->previous || card->rollbackTarget))
            return {PromotionGesture::Rollback};
        return {};
    }
    return {};
}

std::optional<PromotionGesture> PromotionBoardModel::gestureFor(const QModelIndex &index,
                                                                PromotionGesture::Kind kind) const
{
    if (!gesturesFor(index).contains(kind))
        return std::nullopt;
    const BoardCard *card = cardAt(index);
    if (kind == PromotionGesture::Rollback) {
        // From the current production card too: the rollback goes to the target, whichever card was chosen.
        for (const BoardCard &production : m_board.lane(BoardLane::Production)) {
            if (production.rollbackTarget)
                card = &production;
        }
    }
    return PromotionGesture{kind, m_board.managed.imageId, payloadOf(*card)};
}

QModelIndex PromotionBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, laneId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PromotionBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == laneId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, laneId);
}

int PromotionBoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return workflow::boardLaneCount;
    if (parent.column() != 0 || parent.internalId() != laneId)
        return 0;
    return int(m_board.lanes[parent.row()].size());
}

int PromotionBoardModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PromotionBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const std::optional<BoardLane> laneOfIndex = laneOf(index);
    if (!laneOfIndex)
        return {};
    const BoardLane lane = *laneOfIndex;
    if (const BoardCard *card = cardAt(index))
        return cardData(lane, *card, index.row(), role);
    switch (role) {
    case Qt::DisplayRole:
        return laneTitle(lane);
    case LaneRole:
        return int(lane);
    case CardCountRole:
        return int(m_board.lane(lane).size());
    default:
        return {};
    }
}

QVariant PromotionBoardModel::cardData(BoardLane lane, const BoardCard &card, int row, int role) const
{
    const bool rolledOut = (lane == BoardLane::Testing || lane == BoardLane::Production) && row == 0;
    const workflow::Readiness &rollout =
        lane == BoardLane::Testing ? m_board.testingRollout : m_board.productionRollout;
    switch (role) {
    case Qt::DisplayRole:
        return cardText(lane, card, row);
    case Qt::ToolTipRole: {
        QStringList lines{card.digest};
        if (!card.note.isEmpty())
            lines << card.note;
        if (rolledOut && rollout.unreported > 0)
            lines << workflow::unreportedNote(rollout.unreported);
        return lines.join(u'\n');
    }
    case LaneRole:
        return int(lane);
    case TagRole:
        return card.tag;
    case DigestRole:
        return card.digest;
    case ShortDigestRole:
        return shortDigest(card.digest);
    case ActorRole:
        return card.actor;
    case AtRole:
        return card.at;
    case NoteRole:
        return card.note;
    case PreviousRole:
        return card.previous;
    case RollbackTargetRole:
        return card.rollbackTarget;
    case HoldingRole:
        return rolledOut ? QVariant(rollout.holding) : QVariant();
    case EligibleRole:
        return rolledOut ? QVariant(rollout.eligible) : QVariant();
    case UnreportedRole:
        return rolledOut ? QVariant(rollout.unreported) : QVariant();
    default:
        return {};
    }
}

QString PromotionBoardModel::cardText(BoardLane lane, const BoardCard &card, int row) const
{
    QStringList lines{card.tag.isEmpty() ? tr("(no tag)") : card.tag, shortDigest(card.digest)};
    // Who and when on lines of their own: a card is narrow, and an elided date says nothing.
    if (!card.actor.isEmpty())
        lines << tr("by %1").arg(card.actor);
    if (card.at.isValid())
        lines << QLocale().toString(card.at.toLocalTime(), QLocale::ShortFormat);
    const workflow::Readiness &rollout =
        lane == BoardLane::Testing ? m_board.testingRollout : m_board.productionRollout;
    if ((lane == BoardLane::Testing || lane == BoardLane::Production) && row == 0)
        lines << (rollout.unreported > 0 ? tr("%1/%2 agents hold it (%3 digest not reported)")
                                               .arg(rollout.holding)
                                               .arg(rollout.eligible)
                                               .arg(rollout.unreported)
                                         : tr("%1/%2 agents hold it").arg(rollout.holding).arg(rollout.eligible));
    if (card.rollbackTarget)
        lines << tr("previous · rollback goes here");
    else if (card.previous)
        lines << tr("previous");
    if (!card.note.isEmpty())
        lines << tr("“%1”").arg(card.note);
    return lines.join(u'\n');
}

Qt::ItemFlags PromotionBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    // Every lane and card takes drops (a drop on a card is a drop on its lane); dropMimeData decides.
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    const BoardCard *card = cardAt(index);
    if (!card)
        return flags;
    flags |= Qt::ItemIsSelectable;
    const std::optional<BoardLane> laneOfIndex = laneOf(index);
    if (!laneOfIndex)
        return flags;
    const BoardLane lane = *laneOfIndex;
    const bool movable = lane != BoardLane::Production || card->rollbackTarget;
    if (movable && !card->tag.isEmpty())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList PromotionBoardModel::mimeTypes() const
{
    return {tagMimeType()};
}

QMimeData *PromotionBoardModel::mimeData(const QModelIndexList &indexes) const
{
    QList<TagPayload> payloads;
    for (const QModelIndex &index : indexes) {
        if (const BoardCard *card = cardAt(index))
            payloads << payloadOf(*card);
    }
    return encodeTags(payloads);
}

Qt::DropActions PromotionBoardModel::supportedDragActions() const
{
    // A card moves between lanes; the source row is never removed by the view (removeRows is not supported): the
    // board is read again when the promotion's step is done.
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions PromotionBoardModel::supportedDropActions() const
{
    // Copy: a tag from the Tags pane stays there. Move: a card from another lane.
    return Qt::MoveAction | Qt::CopyAction;
}

bool PromotionBoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                          const QModelIndex &parent) const
{
    const std::optional<BoardLane> lane = laneOf(parent);
    const QList<TagPayload> payloads = decodeTags(data);
    if (!lane || payloads.size() != 1 || !(action & (Qt::MoveAction | Qt::CopyAction)))
        return false;
    return dropGesture(payloads.first(), *lane).has_value();
}

bool PromotionBoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &parent)
{
    const std::optional<BoardLane> lane = laneOf(parent);
    const QList<TagPayload> payloads = decodeTags(data);
    if (!lane || payloads.size() != 1 || !(action & (Qt::MoveAction | Qt::CopyAction)))
        return false;
    const std::expected<PromotionGesture, QString> gesture = dropGesture(payloads.first(), *lane);
    if (!gesture) {
        Q_EMIT dropRefused(gesture.error());
        return false;
    }
    Q_EMIT gestureDropped(*gesture);
    return true;
}

QString PromotionBoardModel::laneTitle(BoardLane lane)
{
    switch (lane) {
    case BoardLane::Candidates:
        return tr("Candidates");
    case BoardLane::Testing:
        return tr("Testing");
    case BoardLane::Verified:
        return tr("Verified");
    case BoardLane::Production:
        return tr("Production");
    }
    return {};
}

QString PromotionBoardModel::gestureText(PromotionGesture::Kind kind)
{
    switch (kind) {
    case PromotionGesture::SendToTest:
        return tr("Send to test");
    case PromotionGesture::Verify:
        return tr("Mark verified…");
    case PromotionGesture::Deploy:
        return tr("Deploy…");
    case PromotionGesture::Rollback:
        return tr("Roll back…");
    }
    return {};
}

} // namespace steward::gui
