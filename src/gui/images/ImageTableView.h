#pragma once

#include <QTableView>

class QSortFilterProxyModel;

namespace steward {

class ImageTableModel;

// The images table: sorted by name through a proxy on ImageTableModel::RawValueRole, whole rows selected, columns
// sized to their contents (long references elided in the middle, where tags differ less than hosts do) whenever
// the set of images changes.
class ImageTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageTableView)

public:
    explicit ImageTableView(ImageTableModel *images, QWidget *parent = nullptr);
    ~ImageTableView() override;

    ImageTableModel *imageModel() const { return m_images; }

private:
    void fitColumns();

    ImageTableModel *m_images;
    QSortFilterProxyModel *m_sorted;
};

} // namespace steward
