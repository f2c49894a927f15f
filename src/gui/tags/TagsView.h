#pragma once

#include <QTableView>

namespace steward::gui {

class TagTableModel;

// The tags table: tags that share a digest sit together, and every other digest group is shaded with the palette's
// alternate base colour (so a dark palette shades dark). Sorting goes to the model (it keeps groups together);
// filtering is the model's too (TagTableModel::setFilterText), and the current tag stays current across it. Rows
// drag as tags. Uniform row heights: 100,000 rows lay out at once.
class TagsView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsView)

public:
    explicit TagsView(QWidget *parent = nullptr);
    ~TagsView() override;

    // Set once; the view does not take it over.
    void setTagModel(TagTableModel *tags);
    TagTableModel *tagModel() const { return m_tags; }
    // Filters the model, keeping the current tag current when it is still shown.
    void setFilterText(const QString &text);

private:
    TagTableModel *m_tags = nullptr;
};

} // namespace steward::gui
