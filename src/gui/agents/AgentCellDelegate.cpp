#include "gui/agents/AgentCellDelegate.h"

#include "gui/common/ErrorText.h"
#include "guimodels/agents/AgentMatrixModel.h"

#include <QPainter>

namespace steward::gui {

namespace {

QColor tintFor(CellState state, const QPalette &palette)
{
    switch (state) {
    case CellState::Current:
        return QColor(0x2e, 0xa0, 0x43);
    case CellState::Stale:
        return QColor(0xe6, 0x95, 0x00);
    case CellState::Missing:
        return QColor(0x3b, 0x82, 0xf6);
    case CellState::Failing:
        return errorTextColor(palette, QPalette::Base); // the red every error in the window has, for this palette
    case CellState::NotPulled:
        return QColor(0x80, 0x80, 0x80);
    }
    return {};
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

AgentCellDelegate::AgentCellDelegate(QObject *parent) : QStyledItemDelegate(parent)
{}

AgentCellDelegate::~AgentCellDelegate() = default;

QString AgentCellDelegate::symbolFor(int state)
{
    switch (CellState(state)) {
    case CellState::Current:
        return QStringLiteral("✓");
    case CellState::Stale:
        return QStringLiteral("↻");
    case CellState::Missing:
        return QStringLiteral("…");
    case CellState::Failing:
        return QStringLiteral("✗");
    case CellState::NotPulled:
        return QStringLiteral("–");
    }
    return {};
}

void AgentCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant stateValue = index.data(AgentMatrixModel::StateRole);
    if (!stateValue.isValid())
        return QStyledItemDelegate::paint(painter, option, index);
    const auto state = CellState(stateValue.toInt());
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const QColor base = selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base);
    painter->save();
    painter->fillRect(option.rect, base);
    const QRect chip = option.rect.adjusted(1, 1, -1, -1);
    painter->fillRect(chip, chipColor(int(state), palette, selected));
    const QColor text = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
    painter->setPen(text);
    const QString label = symbolFor(int(state)) + QLatin1Char(' ') + index.data(Qt::DisplayRole).toString();
    painter->drawText(chip.adjusted(3, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      option.fontMetrics.elidedText(label, Qt::ElideRight, chip.width() - 5));
    painter->restore();
}

QColor AgentCellDelegate::chipColor(int state, const QPalette &palette, bool selected)
{
    // A light tint: the cell's text stays the palette's own text colour, readable on it in light and dark palettes.
    const QColor base = selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Base);
    return mix(base, tintFor(CellState(state), palette), 0.28);
}

QSize AgentCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(AgentMatrixModel::StateRole).isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    return QSize(option.fontMetrics.horizontalAdvance(QStringLiteral("✓ 0123456789ab")) + 8,
                 option.fontMetrics.height() + 4);
}

} // namespace steward::gui
