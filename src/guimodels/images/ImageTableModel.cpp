#include "guimodels/images/ImageTableModel.h"

#include "guimodels/common/RowChanges.h"
#include "guimodels/dnd/DragPayloads.h"
#include "kasm/DeploymentSnapshot.h"
#include "store/ManagedImages.h"
#include "workflow/Readiness.h"

#include <QCoreApplication>
#include <QMimeData>

namespace steward::gui {

ImageTableModel::ImageTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

ImageTableModel::~ImageTableModel() = default;

void ImageTableModel::setImages(const QList<KasmImage> &images, const QHash<QString, QStringList> &groupNamesByImageId)
{
    QList<Row> rows;
    rows.reserve(images.size());
    for (const KasmImage &image : images)
        rows.append(Row{image, groupNamesByImageId.value(image.imageId), {}});
    replaceRows(std::move(rows));
}

void ImageTableModel::replaceRows(QList<Row> rows)
{
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
    QList<Row> rows;
    rows.reserve(snapshot.images.size());
    for (const KasmImage &image : snapshot.images)
        rows.append(Row{image, groupNames.value(image.imageId), imageRollout(snapshot, image)});
    replaceRows(std::move(rows));
}

void ImageTableModel::setManagedImages(const QList<store::ManagedImage> &managed)
{
    QHash<QString, Stage> stages;
    for (const store::ManagedImage &image : managed) {
        stages.insert(image.imageId, Stage::Production);
        if (!image.testTwinId.isEmpty())
            stages.insert(image.testTwinId, Stage::Testing);
    }
    const QHash<QString, Stage> before = std::exchange(m_stages, stages);
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &id = m_rows.at(row).image.imageId;
        if (before.value(id, Stage::Unmanaged) != stageOf(id))
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
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
    case StageRole:
        return int(stageOf(row.image.imageId));
    }
    return {};
}

void ImageTableModel::setRegistryDigests(const QHash<QString, QString> &digestByReference)
{
    m_registryDigests = digestByReference;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, DigestColumn), index(int(m_rows.size()) - 1, DigestColumn));
}

QString ImageTableModel::resolvedDigest(const Row &row) const
{
    const QString registry = m_registryDigests.value(row.image.name);
    return registry.isEmpty() ? row.rollout.digest : registry;
}

QString ImageTableModel::stageText(Stage stage) const
{
    switch (stage) {
    case Stage::Unmanaged:
        return tr("not managed");
    case Stage::Production:
        return tr("production");
    case Stage::Testing:
        return tr("testing");
    }
    return {};
}

namespace {

// "sha256:0123456789ab…": enough to tell digests apart at a glance; the tooltip has the whole.
QString shortDigest(const QString &digest)
{
    const qsizetype colon = digest.indexOf(QLatin1Char(':'));
    return digest.left(colon + 1 + 12) + (digest.size() > colon + 1 + 12 ? QStringLiteral("…") : QString());
}

} // namespace

QVariant ImageTableModel::displayText(const Row &row, int column) const
{
    const KasmImage &image = row.image;
    switch (column) {
    case NameColumn:
        return image.displayName();
    case StageColumn:
        return stageText(stageOf(image.imageId));
    case ReferenceColumn:
        return image.name;
    case DigestColumn:
        return resolvedDigest(row).isEmpty() ? QString() : shortDigest(resolvedDigest(row));
    case EnabledColumn:
        return image.enabled ? tr("Enabled") : tr("Disabled");
    case AvailabilityColumn:
        return tr("%1/%2 agents").arg(row.rollout.holding).arg(row.rollout.agents);
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
    case StageColumn:
        switch (stageOf(image.imageId)) {
        case Stage::Unmanaged:
            return tr("ImageSteward does not run this image through test and deploy.");
        case Stage::Production:
            return tr("The user-facing image of a managed image: users start it.");
        case Stage::Testing:
            return tr("The test twin of a managed image: the test group verifies candidates with it.");
        }
        return {};
    case ReferenceColumn:
        return image.name;
    case DigestColumn: {
        const QString registry = m_registryDigests.value(image.name);
        if (registry.isEmpty() && row.rollout.digest.isEmpty())
            return tr("Not resolved yet: refresh its tags, or wait for an agent to pull it.");
        QStringList lines;
        if (!registry.isEmpty())
            lines << tr("In the registry: %1").arg(registry);
        if (!row.rollout.digest.isEmpty())
            lines << tr("Agents hold: %1").arg(row.rollout.digest);
        if (row.rollout.digestsDiffer ||
            (!registry.isEmpty() && !row.rollout.digest.isEmpty() && registry != row.rollout.digest))
            lines << tr("The agents do not all hold what the registry has: a new push is being pulled.");
        return lines.join(QLatin1Char('\n'));
    }
    case AvailabilityColumn: {
        QString text = tr("%1 of the %2 enabled agents that can run this image hold %3.")
                           .arg(row.rollout.holding)
                           .arg(row.rollout.agents)
                           .arg(image.name);
        if (row.rollout.unreported > 0)
            text += u'\n' + workflow::unreportedNote(row.rollout.unreported);
        return text;
    }
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

QVariant ImageTableModel::rawValue(const Row &row, int column) const
{
    const KasmImage &image = row.image;
    switch (column) {
    case NameColumn:
        return image.displayName();
    case StageColumn:
        return int(stageOf(image.imageId));
    case ReferenceColumn:
        return image.name;
    case DigestColumn:
        return resolvedDigest(row);
    case EnabledColumn:
        return image.enabled;
    case AvailabilityColumn:
        // By share of the fleet, so that 9/12 sorts above 2/3.
        return row.rollout.agents > 0 ? double(row.rollout.holding) / row.rollout.agents : 0.0;
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
    case StageColumn:
        return tr("Stage");
    case ReferenceColumn:
        return tr("Image reference");
    case DigestColumn:
        return tr("Digest");
    case EnabledColumn:
        return tr("Status");
    case AvailabilityColumn:
        return tr("Available on");
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

Qt::ItemFlags ImageTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList ImageTableModel::mimeTypes() const
{
    return {imageMimeType()};
}

QMimeData *ImageTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<ImagePayload> images;
    for (const QModelIndex &index : indexes) {
        if (checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            images << ImagePayload{m_rows.at(index.row()).image.imageId, m_rows.at(index.row()).image.name};
    }
    return encodeImages(images);
}

Qt::DropActions ImageTableModel::supportedDragActions() const
{
    // Assigning an image to a group copies it there: it stays in its other groups.
    return Qt::CopyAction;
}

} // namespace steward::gui
