#include "guimodels/groups/GroupListModel.h"

#include "guimodels/common/RowChanges.h"
#include "guimodels/dnd/DragPayloads.h"
#include "kasm/DeploymentSnapshot.h"

#include <QCoreApplication>
#include <QMimeData>

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
    m_referenceByImageId.clear();
    m_nameByImageId.clear();
    for (const KasmImage &image : snapshot.images) {
        m_referenceByImageId.insert(image.imageId, image.name);
        m_nameByImageId.insert(image.imageId, image.displayName());
    }
    m_imageIdsByGroupId = snapshot.groupImageIds;
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

Qt::ItemFlags GroupListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    // Only a group takes a drop; the space between groups does not.
    if (index.isValid())
        flags |= Qt::ItemIsDropEnabled;
    return flags;
}

QStringList GroupListModel::mimeTypes() const
{
    return {imageMimeType()};
}

Qt::DropActions GroupListModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

bool GroupListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent) const
{
    Q_UNUSED(column)
    return action == Qt::CopyAction && row < 0 && parent.isValid() &&
           checkIndex(parent, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) &&
           !decodeImages(data).isEmpty();
}

bool GroupListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                  const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const KasmGroup &group = m_rows.at(parent.row()).group;
    QString refusal;
    const QStringList imageIds = imagesToAssign(data, group.groupId, &refusal);
    if (imageIds.isEmpty()) {
        Q_EMIT dropRefused(refusal);
        return false;
    }
    Q_EMIT assignRequested(group.groupId, imageIds);
    return true;
}

QStringList GroupListModel::imagesToAssign(const QMimeData *data, const QString &groupId, QString *refusal) const
{
    const QList<ImagePayload> images = decodeImages(data);
    const QStringList members = m_imageIdsByGroupId.value(groupId);
    QStringList toAssign;
    QStringList already;
    for (const ImagePayload &image : images) {
        const auto known = m_referenceByImageId.constFind(image.imageId);
        if (known == m_referenceByImageId.cend()) {
            *refusal = tr("The image %1 is no longer in the deployment; nothing was assigned.").arg(image.imageId);
            return {};
        }
        if (*known != image.reference) {
            *refusal = tr("\"%1\" changed since the drag began (it now uses %2, not %3); nothing was assigned. "
                          "Drag it again.")
                           .arg(m_nameByImageId.value(image.imageId), *known, image.reference);
            return {};
        }
        if (members.contains(image.imageId))
            already << m_nameByImageId.value(image.imageId);
        else
            toAssign << image.imageId;
    }
    if (toAssign.isEmpty())
        *refusal = tr("Already in the group: %1.").arg(already.join(QStringLiteral(", ")));
    return toAssign;
}

} // namespace steward::gui
