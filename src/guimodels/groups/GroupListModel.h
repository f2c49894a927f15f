#pragma once

#include "core/KasmGroup.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace steward::kasm {
struct DeploymentSnapshot;
} // namespace steward::kasm

namespace steward::gui {

// The deployment's user groups, one row each in the deployment's order, with the test group (whose members verify
// candidate images) marked. Read-only. Same update rule as ImageTableModel: dataChanged when the group ids are
// unchanged, a reset when groups were added, removed or reordered.
class GroupListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupListModel)

public:
    enum Role
    {
        GroupIdRole = Qt::UserRole,
        NameRole,        // the plain group name (the display text adds the test-group mark)
        IsTestGroupRole, // bool
        IsSystemRole,    // bool: built into Kasm ("All Users")
        ImageCountRole,  // int: images assigned to the group
    };

    // Until the test group is chosen per profile, the one with this name is it (the demo deployment has it).
    static QString defaultTestGroupName() { return QStringLiteral("Image Testers"); }

    explicit GroupListModel(QObject *parent = nullptr);
    ~GroupListModel() override;

    void setGroups(const QList<KasmGroup> &groups, const QHash<QString, int> &imageCountByGroupId = {});
    void setSnapshot(const kasm::DeploymentSnapshot &snapshot);
    // Which group is the test group, by name; an empty name marks none.
    void setTestGroupName(const QString &name);
    QString testGroupName() const { return m_testGroupName; }

    const KasmGroup &groupAt(int row) const;
    // The row of the test group, or -1 when the deployment has none.
    int testGroupRow() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        KasmGroup group;
        int imageCount = 0;

        bool operator==(const Row &other) const = default;
    };

    bool isTestGroup(const Row &row) const;

    QList<Row> m_rows;
    QString m_testGroupName = defaultTestGroupName();
};

} // namespace steward::gui
