#pragma once

#include <QTableView>

class QSortFilterProxyModel;

namespace steward::gui {

class ImageTableModel;

// The images table: sorted by name through a proxy on ImageTableModel::RawValueRole and filtered by a text in any
// column, whole rows selected, columns sized to their contents (long references elided in the middle, where tags
// differ less than hosts do) whenever the set of images changes, until the window restores saved widths. Rows drag
// as images (onto a test group). Built by the Images pane's form, then given its model.
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
    // Shows only images with `text` in some column (case-insensitive).
    void setFilterText(const QString &text);
    // The source row of the current image, or -1.
    int currentImageRow() const;
    // Selects the image with `imageId`, if shown.
    void selectImage(const QString &imageId);
    // The window restored saved column widths: they are no longer fitted to the contents.
    void keepColumnWidths() { m_keepWidths = true; }

Q_SIGNALS:
    void currentImageChanged();

private:
    void fitColumns();

    ImageTableModel *m_images = nullptr;
    QSortFilterProxyModel *m_sorted;
    bool m_keepWidths = false;
};

} // namespace steward::gui
