#pragma once

#include "core/KasmImage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace steward::kasm {
struct DeploymentSnapshot;
} // namespace steward::kasm

namespace steward::gui {

// The deployment's workspace images, one row each, in the order the deployment lists them (views sort through a
// proxy on RawValueRole). Read-only. It holds values, never pointers into a snapshot.
//
// Updates: when the new list has the same image ids in the same order, changed rows are replaced in place and
// announced with dataChanged (selections and scroll positions survive a refresh); when images were added, removed
// or reordered the model is reset.
class ImageTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageTableModel)

public:
    enum Column
    {
        NameColumn,      // the friendly name users see in Kasm
        ReferenceColumn, // the docker image reference agents pull
        EnabledColumn,   // disabled images are never pulled
        GroupsColumn,    // the groups the image is assigned to
        SizeColumn,      // uncompressed, as Kasm reports it
        RegistryColumn,  // agents pull only when a registry is set
        LoginColumn,     // the registry user and whether a password is stored (never the password)
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole, // sortable values: strings, bool, size in MB (qint64)
        ImageIdRole,                 // the Kasm image id, in every column
        ReferenceRole,               // the docker image reference, in every column
        GroupNamesRole,              // QStringList of the image's groups, in every column
    };

    explicit ImageTableModel(QObject *parent = nullptr);
    ~ImageTableModel() override;

    // Group names per image id; images with no entry belong to no group.
    void setImages(const QList<KasmImage> &images, const QHash<QString, QStringList> &groupNamesByImageId = {});
    // The snapshot's images, with the names of the groups each one is assigned to.
    void setSnapshot(const kasm::DeploymentSnapshot &snapshot);

    const KasmImage &imageAt(int row) const;
    // The row of the image with `imageId`, or -1.
    int rowOfImage(const QString &imageId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        KasmImage image;
        QStringList groups;

        bool sameAs(const Row &other) const { return image.sameFields(other.image) && groups == other.groups; }
    };

    QVariant displayText(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    static QVariant rawValue(const Row &row, int column);

    QList<Row> m_rows;
};

} // namespace steward::gui
