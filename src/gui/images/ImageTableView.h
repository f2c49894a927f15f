#pragma once

#include <QTableView>

class QSortFilterProxyModel;

namespace steward::gui {

class ImageTableModel;

// The images table: sorted by name through a proxy on ImageTableModel::RawValueRole, whole rows selected, columns
// sized to their contents (long references elided in the middle, where tags differ less than hosts do) whenever
// the set of images changes. Built by the Images pane's form, then given its model.
class ImageTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageTableView)

public:
    explicit ImageTableView(QWidget *parent = nullptr);
    ~ImageTableView() override;

    // Shows `images`, sorted; the view does not take it over. Set once.
    void setImageModel(ImageTableModel *images);
    ImageTableModel *imageModel() const { return m_images; }

private:
    void fitColumns();

    ImageTableModel *m_images = nullptr;
    QSortFilterProxyModel *m_sorted;
};

} // namespace steward::gui
