#pragma once

#include <QStyledItemDelegate>

namespace steward::gui {

// Draws a matrix cell compactly: a symbol for its state (✓ current, ↻ stale, … missing, ✗ failing, – not pulled) on a
// tinted chip, then the short digest or the state's name. The symbol carries the meaning; the colour only helps.
// Tints are mixed into the view's base colour, so that light and dark palettes both read.
class AgentCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentCellDelegate)

public:
    explicit AgentCellDelegate(QObject *parent = nullptr);
    ~AgentCellDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString symbolFor(int state);
    // The chip's fill for a CellState in `palette`; the text on it is the palette's Text (HighlightedText selected).
    static QColor chipColor(int state, const QPalette &palette, bool selected);
};

} // namespace steward::gui
