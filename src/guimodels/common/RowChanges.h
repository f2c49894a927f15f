#pragma once

#include <QList>

#include <algorithm>

namespace steward::gui {

// What replacing a model's rows with new ones means for its views. The same ids in the same order keep the rows,
// and with them the selection and scroll position: only rows whose contents differ are announced. Anything else is
// a reset.
struct RowChanges
{
    bool reset = false;
    QList<int> changed; // rows to announce with dataChanged() when there is no reset
};

template<typename Row, typename SameId, typename SameContents>
RowChanges compareRows(const QList<Row> &current, const QList<Row> &next, SameId sameId, SameContents sameContents)
{
    RowChanges changes;
    changes.reset = !std::equal(current.cbegin(), current.cend(), next.cbegin(), next.cend(), sameId);
    if (changes.reset)
        return changes;
    for (int row = 0; row < next.size(); ++row) {
        if (!sameContents(current.at(row), next.at(row)))
            changes.changed << row;
    }
    return changes;
}

} // namespace steward::gui
