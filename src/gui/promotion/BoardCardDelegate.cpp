#include "gui/promotion/BoardCardDelegate.h"

#include "guimodels/promotion/PromotionBoardModel.h"

#include <QPainter>
#include <QPainterPath>

namespace steward::gui {

namespace {

constexpr int padding = 6;
constexpr int radius = 4;

QFont boldOf(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    return bold;
}

} // namespace

BoardCardDelegate::BoardCardDelegate(QObject *parent) : QStyledItemDelegate(parent)
{}

BoardCardDelegate::~BoardCardDelegate() = default;

void BoardCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList lines = index.data(Qt::DisplayRole).toString().split(u'\n');
    const bool selected = option.state & QStyle::State_Selected;
    const bool previous = index.data(PromotionBoardModel::PreviousRole).toBool();
    const QPalette &palette = option.palette;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath frame;
    frame.addRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->fillPath(frame, selected ? palette.highlight() : (previous ? palette.window() : palette.alternateBase()));
    painter->setPen(QPen(
        option.state & QStyle::State_HasFocus ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid), 1));
    painter->drawPath(frame);
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QRect line = option.rect.adjusted(padding, padding, -padding, -padding);
    for (int i = 0; i < lines.size(); ++i) {
        const QFont font = i == 0 ? boldOf(option.font) : option.font;
        painter->setFont(font);
        // The tag reads first; the details and the cards users had before are quieter.
        const bool quiet = !selected && (i > 0 || previous);
        painter->setPen(quiet ? palette.color(QPalette::PlaceholderText) : text);
        const QFontMetrics metrics(font);
        line.setHeight(metrics.height());
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(lines.at(i), Qt::ElideRight, line.width()));
        line.translate(0, metrics.height());
    }
    painter->restore();
}

QSize BoardCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QStringList lines = index.data(Qt::DisplayRole).toString().split(u'\n');
    const QFontMetrics normal(option.font);
    const QFontMetrics bold(boldOf(option.font));
    int width = 0;
    for (int i = 0; i < lines.size(); ++i)
        width = std::max(width, (i == 0 ? bold : normal).horizontalAdvance(lines.at(i)));
    const int height = bold.height() + normal.height() * int(lines.size() - 1);
    return {std::min(width, 260) + 2 * padding, height + 2 * padding};
}

} // namespace steward::gui
