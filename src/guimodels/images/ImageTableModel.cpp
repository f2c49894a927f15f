#include "guimodels/images/ImageTableModel.h"

#include "guimodels/common/RowChanges.h"
#include "kasm/DeploymentSnapshot.h"

#include <QCoreApplication>

namespace steward::gui {

ImageTableModel::ImageTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

ImageTableModel::~ImageTableModel() = default;

void ImageTableModel::setImages(const QList<KasmImage> &images, const QHash<QString, QStringList> &groupNamesByImageId)
{
    QList<Row> rows;
    rows.reserve(images.size());
    for (const KasmImage &image : images)
        rows.append(Row{image, groupNamesByImageId.value(image.imageId)});

    const RowChanges changes = compareRows(
        m_rows, rows, [](const Row &a, const Row &b) { return a.image.imageId == b.image.imageId; },
        [](const Row &a, const Row &b) { return a.sameAs(b); });
    if (changes.reset)
        beginResetModel();
    m_rows = std::move(rows);
    if (changes.reset) {
        endResetModel();
        return;
    }
    for (int row : changes.changed)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ImageTableModel::setSnapshot(const kasm::DeploymentSnapshot &snapshot)
{
    // Groups in the deployment's order, so that every row lists them the same way.
    QHash<QString, QStringList> groupNames;
    for (const KasmGroup &group : snapshot.groups) {
        for (const QString &imageId : snapshot.groupImageIds.value(group.groupId))
            groupNames[imageId].append(group.name);
    }
    setImages(snapshot.images, groupNames);
}

const KasmImage &ImageTableModel::imageAt(int row) const
{
    return m_rows.at(row).image;
}

int ImageTableModel::rowOfImage(const QString &imageId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).image.imageId == imageId)
            return row;
    }
    return -1;
}

int ImageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawValue(row, index.column());
    case ImageIdRole:
        return row.image.imageId;
    case ReferenceRole:
        return row.image.name;
    case GroupNamesRole:
        return row.groups;
    }
    return {};
}

QVariant ImageTableModel::displayText(const Row &row, int column) const
{
    const KasmImage &image = row.image;
    switch (column) {
    case NameColumn:
        return image.displayName();
    case ReferenceColumn:
        return image.name;
    case EnabledColumn:
        return image.enabled ? tr("Enabled") : tr("Disabled");
    case GroupsColumn:
        return row.groups.isEmpty() ? tr("none") : row.groups.join(QStringLiteral(", "));
    case SizeColumn:
        return image.uncompressedSizeMb > 0 ? tr("%L1 MB").arg(image.uncompressedSizeMb) : QString();
    case RegistryColumn:
        return image.dockerRegistry.isEmpty() ? tr("none (not pulled)") : image.dockerRegistry;
    case LoginColumn:
        return image.registryLogin();
    }
    return {};
}

QVariant ImageTableModel::toolTip(const Row &row, int column) const
{
    const KasmImage &image = row.image;
    switch (column) {
    case NameColumn:
        return image.description.isEmpty() ? image.displayName() : image.description;
    case ReferenceColumn:
        return image.name;
    case EnabledColumn:
        return image.enabled ? tr("Users can start it; agents pull it.")
                             : tr("Disabled: users cannot start it and agents do not pull it.");
    case GroupsColumn:
        return row.groups.isEmpty() ? tr("Assigned to no group: nobody can start it.")
                                    : row.groups.join(QLatin1Char('\n'));
    case SizeColumn:
        return image.uncompressedSizeMb > 0 ? tr("Uncompressed size as Kasm reports it")
                                            : tr("Kasm reports no size for this image.");
    case RegistryColumn:
        return image.dockerRegistry.isEmpty() ? tr("No registry is set, so agents never pull this image.")
                                              : image.dockerRegistry;
    case LoginColumn:
        if (image.dockerUser.isEmpty() && !image.hasDockerToken)
            return tr("Agents pull without logging in: the registry's anonymous pull limits apply.");
        return image.hasDockerToken
                   ? tr("Agents log in to the registry before pulling; Kasm keeps the password (ImageSteward never "
                        "reads it).")
                   : tr("A login user without a password: agents' pulls of a private image fail.");
    }
    return {};
}

QVariant ImageTableModel::rawValue(const Row &row, int column)
{
    const KasmImage &image = row.image;
    switch (column) {
    case NameColumn:
        return image.displayName();
    case ReferenceColumn:
        return image.name;
    case EnabledColumn:
        return image.enabled;
    case GroupsColumn:
        return row.groups.join(QStringLiteral(", "));
    case SizeColumn:
        return image.uncompressedSizeMb;
    case RegistryColumn:
        return image.dockerRegistry;
    case LoginColumn:
        return image.registryLogin();
    }
    return {};
}

QVariant ImageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == SizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ReferenceColumn:
        return tr("Image reference");
    case EnabledColumn:
        return tr("Status");
    case GroupsColumn:
        return tr("Groups");
    case SizeColumn:
        return tr("Size");
    case RegistryColumn:
        return tr("Registry");
    case LoginColumn:
        return tr("Registry login");
    }
    return {};
}

} // namespace steward::gui
