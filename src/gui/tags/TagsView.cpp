#include "gui/tags/TagsView.h"

#include "guimodels/tags/TagTableModel.h"

#include <QHeaderView>
#include <QPainter>
#include <QStyledItemDelegate>

namespace steward::gui {

namespace {

// Shades odd digest groups: the colour comes from the palette at paint time, never from the model.
class DigestGroupDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(TagTableModel::DigestGroupRole).toInt() % 2 == 1)
            option->backgroundBrush = option->palette.brush(QPalette::AlternateBase);
    }
};

} // namespace

TagsView::TagsView(QWidget *parent) : QTableView(parent)
{
    setItemDelegate(new DigestGroupDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setShowGrid(false);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    verticalHeader()->hide();
    // Fixed heights: the view never asks 100,000 rows for their size.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    setSortingEnabled(true);
}

TagsView::~TagsView() = default;

void TagsView::setTagModel(TagTableModel *tags)
{
    Q_ASSERT(!m_tags);
    m_tags = tags;
    setModel(tags);
    horizontalHeader()->setSortIndicator(TagTableModel::CreatedColumn, Qt::DescendingOrder);
    const int charWidth = fontMetrics().averageCharWidth();
    setColumnWidth(TagTableModel::TagColumn, 24 * charWidth);
    setColumnWidth(TagTableModel::DigestColumn, 24 * charWidth);
    setColumnWidth(TagTableModel::CreatedColumn, 26 * charWidth);
    setColumnWidth(TagTableModel::PlatformsColumn, 22 * charWidth);
    setColumnWidth(TagTableModel::SizeColumn, 11 * charWidth);
}

void TagsView::setFilterText(const QString &text)
{
    const QModelIndex current = currentIndex();
    const QString tag = current.isValid() ? current.data(TagTableModel::TagRole).toString() : QString();
    const int column = current.isValid() ? current.column() : 0;
    m_tags->setFilterText(text);
    if (tag.isEmpty())
        return;
    const int row = m_tags->rowOfTag(tag);
    if (row >= 0)
        setCurrentIndex(m_tags->index(row, column));
}

} // namespace steward::gui
