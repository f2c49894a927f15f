#pragma once

#include "core/KasmImage.h"
#include "guimodels/images/ImageRollout.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace steward::kasm {
struct DeploymentSnapshot;
} // namespace steward::kasm

namespace steward::store {
struct ManagedImage;
}

namespace steward::gui {

// The deployment's workspace images, one row each, in the order the deployment lists them (views sort through a
// proxy on RawValueRole). Read-only. It holds values, never pointers into a snapshot.
//
// Drag source: rows drag as application/x-imagesteward-image (DragPayloads.h), ids and references only.
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
        NameColumn,         // the friendly name users see in Kasm
        StageColumn,        // production / testing for managed images and their test twins
        ReferenceColumn,    // the docker image reference agents pull
        DigestColumn,       // what the agents holding the reference resolved it to
        EnabledColumn,      // disabled images are never pulled
        AvailabilityColumn, // "9/12 agents" hold it
        GroupsColumn,       // the groups the image is assigned to
        SizeColumn,         // uncompressed, as Kasm reports it
        RegistryColumn,     // agents pull only when a registry is set
        LoginColumn,        // the registry user and whether a password is stored (never the password)
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole, // sortable values: strings, bool, size in MB (qint64)
        ImageIdRole,                 // the Kasm image id, in every column
        ReferenceRole,               // the docker image reference, in every column
        GroupNamesRole,              // QStringList of the image's groups, in every column
        StageRole,                   // Stage as int, in every column
    };
    // Where an image is in ImageSteward's process, from the catalog's managed images.
    enum class Stage
    {
        Unmanaged,  // ImageSteward does not run it through test and deploy
        Production, // a managed, user-facing image
        Testing,    // a managed image's test twin
    };

    explicit ImageTableModel(QObject *parent = nullptr);
    ~ImageTableModel() override;

    // Group names per image id; images with no entry belong to no group.
    void setImages(const QList<KasmImage> &images, const QHash<QString, QStringList> &groupNamesByImageId = {});
    // The snapshot's images, with the names of the groups each one is assigned to and its rollout over the agents.
    void setSnapshot(const kasm::DeploymentSnapshot &snapshot);
    // Which images are managed and which are test twins; rows whose stage changes are announced.
    void setManagedImages(const QList<store::ManagedImage> &managed);
    // What each image's reference resolves to in its registry (the tag cache), by reference: the Digest column shows
    // it, else the digest the agents report.
    void setRegistryDigests(const QHash<QString, QString> &digestByReference);

    const KasmImage &imageAt(int row) const;
    // The row of the image with `imageId`, or -1.
    int rowOfImage(const QString &imageId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;

private:
    struct Row
    {
        KasmImage image;
        QStringList groups;
        ImageRollout rollout;

        bool sameAs(const Row &other) const
        {
            return image.sameFields(other.image) && groups == other.groups &&
                   rollout.holding == other.rollout.holding && rollout.agents == other.rollout.agents &&
                   rollout.unreported == other.rollout.unreported && rollout.digest == other.rollout.digest;
        }
    };

    void replaceRows(QList<Row> rows);
    Stage stageOf(const QString &imageId) const { return m_stages.value(imageId, Stage::Unmanaged); }

    QVariant displayText(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;
    QVariant rawValue(const Row &row, int column) const;
    QString resolvedDigest(const Row &row) const;
    QString stageText(Stage stage) const;

    QList<Row> m_rows;
    QHash<QString, Stage> m_stages;
    QHash<QString, QString> m_registryDigests;
};

} // namespace steward::gui
