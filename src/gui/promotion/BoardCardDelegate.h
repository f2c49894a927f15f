#pragma once

#include <QStyledItemDelegate>

namespace steward::gui {

// Draws a board card as a framed box: the first line of its text (the tag) in bold, the rest (digest, who and when,
// rollout) below it. Colours come from the palette, so light and dark themes both read.
class BoardCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardCardDelegate)

public:
    explicit BoardCardDelegate(QObject *parent = nullptr);
    ~BoardCardDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace steward::gui
