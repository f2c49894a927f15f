#include "gui/images/ImageTableView.h"

#include "guimodels/images/ImageTableModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace steward::gui {

namespace {

// Widest a column starts, in average characters: a whole reference with a date tag fits, a list of groups mostly.
int maxCharacters(int column)
{
    switch (column) {
    case ImageTableModel::ReferenceColumn:
        return 46;
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
    m_sorted->setFilterKeyColumn(-1);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
    setModel(m_sorted);
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ImageTableView::currentImageChanged);
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &ImageTableView::currentImageChanged);
    connect(m_sorted, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        if (currentIndex().isValid() && currentIndex().row() >= from.row() && currentIndex().row() <= to.row())
            Q_EMIT currentImageChanged();
    });

    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);

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

void ImageTableView::setFilterText(const QString &text)
{
    m_sorted->setFilterFixedString(text);
}

int ImageTableView::currentImageRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_sorted->mapToSource(current).row() : -1;
}

void ImageTableView::selectImage(const QString &imageId)
{
    const int row = m_images->rowOfImage(imageId);
    if (row < 0)
        return;
    const QModelIndex shown = m_sorted->mapFromSource(m_images->index(row, 0));
    if (shown.isValid())
        setCurrentIndex(shown);
}

void ImageTableView::fitColumns()
{
    if (m_keepWidths)
        return;
    resizeColumnsToContents();
    const int charWidth = fontMetrics().averageCharWidth();
    for (int column = 0; column < ImageTableModel::ColumnCount; ++column)
        setColumnWidth(column, std::min(columnWidth(column), maxCharacters(column) * charWidth));
}

} // namespace steward::gui
