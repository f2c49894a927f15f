#include "guimodels/groups/GroupListModel.h"

#include "guimodels/common/RowChanges.h"
#include "kasm/DeploymentSnapshot.h"

#include <QCoreApplication>

namespace steward::gui {

GroupListModel::GroupListModel(QObject *parent) : QAbstractListModel(parent)
{}

GroupListModel::~GroupListModel() = default;

void GroupListModel::setGroups(const QList<KasmGroup> &groups, const QHash<QString, int> &imageCountByGroupId)
{
    QList<Row> rows;
    rows.reserve(groups.size());
    for (const KasmGroup &group : groups)
        rows.append(Row{group, imageCountByGroupId.value(group.groupId)});

    const RowChanges changes = compareRows(
        m_rows, rows, [](const Row &a, const Row &b) { return a.group.groupId == b.group.groupId; },
        [](const Row &a, const Row &b) { return a == b; });
    if (changes.reset)
        beginResetModel();
    m_rows = std::move(rows);
    if (changes.reset) {
        endResetModel();
        return;
    }
    for (int row : changes.changed)
        Q_EMIT dataChanged(index(row), index(row));
}

void GroupListModel::setSnapshot(const kasm::DeploymentSnapshot &snapshot)
{
    QHash<QString, int> counts;
    for (auto it = snapshot.groupImageIds.cbegin(); it != snapshot.groupImageIds.cend(); ++it)
        counts.insert(it.key(), int(it.value().size()));
    setGroups(snapshot.groups, counts);
}

void GroupListModel::setTestGroupName(const QString &name)
{
    if (name == m_testGroupName)
        return;
    m_testGroupName = name;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

const KasmGroup &GroupListModel::groupAt(int row) const
{
    return m_rows.at(row).group;
}

int GroupListModel::testGroupRow() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isTestGroup(m_rows.at(row)))
            return row;
    }
    return -1;
}

bool GroupListModel::isTestGroup(const Row &row) const
{
    return !m_testGroupName.isEmpty() && row.group.name == m_testGroupName;
}

int GroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GroupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool testGroup = isTestGroup(row);
    switch (role) {
    case Qt::DisplayRole:
        return testGroup ? tr("%1 (test group)").arg(row.group.name) : row.group.name;
    case Qt::ToolTipRole: {
        QStringList lines{row.group.description.isEmpty() ? row.group.name : row.group.description,
                          tr("Images assigned: %1").arg(row.imageCount)};
        if (testGroup)
            lines << tr("Its members verify candidate images before they are deployed.");
        return lines.join(QLatin1Char('\n'));
    }
    case GroupIdRole:
        return row.group.groupId;
    case NameRole:
        return row.group.name;
    case IsTestGroupRole:
        return testGroup;
    case IsSystemRole:
        return row.group.isSystem;
    case ImageCountRole:
        return row.imageCount;
    }
    return {};
}

} // namespace steward::gui
