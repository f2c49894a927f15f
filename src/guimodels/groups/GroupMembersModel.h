#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace steward::kasm {
struct DeploymentSnapshot;
}

namespace steward::gui {

// The images assigned to one group, by name, in the deployment's order: what the Test groups pane lists under the
// chosen group (and offers to remove). Read-only; resets on every change (a group holds few images).
class GroupMembersModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupMembersModel)

public:
    enum Role
    {
        ImageIdRole = Qt::UserRole,
        ReferenceRole,
    };

    explicit GroupMembersModel(QObject *parent = nullptr);
    ~GroupMembersModel() override;

    void setSnapshot(const kasm::DeploymentSnapshot &snapshot);
    // Which group to list; empty lists none.
    void setGroupId(const QString &groupId);
    QString groupId() const { return m_groupId; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Member
    {
        QString imageId;
        QString name;
        QString reference;

        bool operator==(const Member &other) const = default;
    };

    void rebuild();

    QList<Member> m_all; // every image of the snapshot
    QHash<QString, QStringList> m_imageIdsByGroupId;
    QString m_groupId;
    QList<Member> m_rows;
};

} // namespace steward::gui
