#include "gui/images/ImageTableView.h"

#include "guimodels/images/ImageTableModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace steward::gui {

namespace {

// Widest a column starts, in average characters: a whole reference with a date tag fits, a list of groups mostly.
int maxCharacters(int column)
{
    switch (column) {
    case ImageTableModel::ReferenceColumn:
        return 60;
    case ImageTableModel::GroupsColumn:
        return 28;
    default:
        return 32;
    }
}

} // namespace

ImageTableView::ImageTableView(QWidget *parent) : QTableView(parent), m_sorted(new QSortFilterProxyModel(this))
{
    m_sorted->setSortRole(ImageTableModel::RawValueRole);
    m_sorted->setSortLocaleAware(true);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    setModel(m_sorted);

    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    setShowGrid(false);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    setSortingEnabled(true);
    sortByColumn(ImageTableModel::NameColumn, Qt::AscendingOrder);
}

ImageTableView::~ImageTableView() = default;

void ImageTableView::setImageModel(ImageTableModel *images)
{
    Q_ASSERT(!m_images);
    m_images = images;
    m_sorted->setSourceModel(m_images);
    connect(m_images, &QAbstractItemModel::modelReset, this, &ImageTableView::fitColumns);
    fitColumns();
}

void ImageTableView::fitColumns()
{
    resizeColumnsToContents();
    const int charWidth = fontMetrics().averageCharWidth();
    for (int column = 0; column < ImageTableModel::ColumnCount; ++column)
        setColumnWidth(column, std::min(columnWidth(column), maxCharacters(column) * charWidth));
}

} // namespace steward::gui
