#include "guimodels/groups/GroupMembersModel.h"

#include "kasm/DeploymentSnapshot.h"

namespace steward::gui {

GroupMembersModel::GroupMembersModel(QObject *parent) : QAbstractListModel(parent)
{}

GroupMembersModel::~GroupMembersModel() = default;

void GroupMembersModel::setSnapshot(const kasm::DeploymentSnapshot &snapshot)
{
    m_all.clear();
    for (const KasmImage &image : snapshot.images)
        m_all.append(Member{image.imageId, image.displayName(), image.name});
    m_imageIdsByGroupId = snapshot.groupImageIds;
    rebuild();
}

void GroupMembersModel::setGroupId(const QString &groupId)
{
    if (groupId == m_groupId)
        return;
    m_groupId = groupId;
    rebuild();
}

void GroupMembersModel::rebuild()
{
    const QStringList ids = m_imageIdsByGroupId.value(m_groupId);
    QList<Member> rows;
    for (const Member &member : std::as_const(m_all)) {
        if (ids.contains(member.imageId))
            rows << member;
    }
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int GroupMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GroupMembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &member = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return member.name;
    case Qt::ToolTipRole:
    case ReferenceRole:
        return member.reference;
    case ImageIdRole:
        return member.imageId;
    }
    return {};
}

} // namespace steward::gui
