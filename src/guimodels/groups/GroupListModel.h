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
// candidate images) marked and the number of images in each (ImageCountRole; the pane's view shows it). Same update
// rule as ImageTableModel: dataChanged when the group ids are unchanged, a reset when groups were added, removed or
// reordered.
//
// Drop target for application/x-imagesteward-image (DragPayloads.h) on a group, as a copy: the images keep their other
// groups. The model changes nothing itself: an accepted drop asks for the assignment (assignRequested), which the
// pane carries out through the deployment; the next snapshot shows it. A drop of an image that is gone or whose
// reference changed since the snapshot the drag began from, or that is already in the group, is refused with a
// message (dropRefused). Drops between groups, of other payloads, or as a move are refused.
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
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void assignRequested(const QString &groupId, const QStringList &imageIds);
    void dropRefused(const QString &message);

private:
    struct Row
    {
        KasmGroup group;
        int imageCount = 0;

        bool operator==(const Row &other) const = default;
    };

    bool isTestGroup(const Row &row) const;
    // The ids of the payload's images not yet in `groupId`; an error message when the payload is stale.
    QStringList imagesToAssign(const QMimeData *data, const QString &groupId, QString *refusal) const;

    QList<Row> m_rows;
    QHash<QString, QString> m_referenceByImageId; // from the last snapshot: what a drag payload is checked against
    QHash<QString, QString> m_nameByImageId;
    QHash<QString, QStringList> m_imageIdsByGroupId;
    QString m_testGroupName = defaultTestGroupName();
};

} // namespace steward::gui
