#include "guimodels/images/ImageDetailsModel.h"

#include "guimodels/images/ImageRollout.h"
#include "kasm/DeploymentSnapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

namespace steward::gui {

namespace {

// The keys modelledRows() shows, and the password that is never shown; everything else in `raw` is listed after.
const QSet<QString> &shownKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("image_id"),
        QStringLiteral("name"),
        QStringLiteral("friendly_name"),
        QStringLiteral("description"),
        QStringLiteral("image_src"),
        QStringLiteral("enabled"),
        QStringLiteral("hidden"),
        QStringLiteral("categories"),
        QStringLiteral("image_type"),
        QStringLiteral("cores"),
        QStringLiteral("memory"),
        QStringLiteral("gpu_count"),
        QStringLiteral("docker_registry"),
        QStringLiteral("docker_user"),
        QStringLiteral("docker_token"),
        QStringLiteral("has_docker_token"),
        QStringLiteral("uncompressed_size_mb"),
        QStringLiteral("restrict_to_zone"),
        QStringLiteral("zone_id"),
        QStringLiteral("available"),
    };
    return keys;
}

QString compactJson(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isNull() || value.isUndefined())
        return QString();
    return value.toVariant().toString();
}

} // namespace

ImageDetailsModel::ImageDetailsModel(QObject *parent) : QAbstractTableModel(parent)
{}

ImageDetailsModel::~ImageDetailsModel() = default;

void ImageDetailsModel::setImage(const KasmImage &image, const kasm::DeploymentSnapshot &snapshot)
{
    beginResetModel();
    m_rows = modelledRows(image, snapshot) + otherRows(image);
    endResetModel();
}

void ImageDetailsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

QString ImageDetailsModel::valueOf(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.key == key)
            return row.value.isNull() ? QStringLiteral("") : row.value;
    }
    return {};
}

QList<ImageDetailsModel::Row> ImageDetailsModel::modelledRows(const KasmImage &image,
                                                              const kasm::DeploymentSnapshot &snapshot) const
{
    const QString yes = tr("yes");
    const QString no = tr("no");
    QStringList groups;
    for (const KasmGroup &group : snapshot.groups) {
        if (snapshot.groupImageIds.value(group.groupId).contains(image.imageId))
            groups << group.name;
    }
    QString zone = image.zoneId;
    for (const KasmZone &candidate : snapshot.zones) {
        if (candidate.zoneId == image.zoneId)
            zone = candidate.name;
    }
    const ImageRollout rollout = imageRollout(snapshot, image);
    const QLocale locale;
    return {
        {QStringLiteral("image_id"), tr("Image id"), image.imageId},
        {QStringLiteral("friendly_name"), tr("Friendly name"), image.friendlyName},
        {QStringLiteral("name"), tr("Image reference"), image.name},
        {QStringLiteral("description"), tr("Description"), image.description},
        {QStringLiteral("image_src"), tr("Thumbnail URL"), image.imageSrc},
        {QStringLiteral("image_type"), tr("Type"), image.imageType},
        {QStringLiteral("enabled"), tr("Enabled"), image.enabled ? yes : no},
        {QStringLiteral("hidden"), tr("Hidden"), image.hidden ? yes : no},
        {QStringLiteral("categories"), tr("Categories"), image.categories.join(QStringLiteral(", "))},
        {QStringLiteral("cores"), tr("Cores"), locale.toString(image.cores)},
        {QStringLiteral("memory"), tr("Memory"),
         tr("%1 (%L2 bytes)").arg(locale.formattedDataSize(image.memoryBytes)).arg(image.memoryBytes)},
        {QStringLiteral("gpu_count"), tr("GPUs"), locale.toString(image.gpuCount)},
        {QStringLiteral("docker_registry"), tr("Docker registry"), image.dockerRegistry},
        {QStringLiteral("docker_user"), tr("Registry user"), image.dockerUser},
        {QStringLiteral("has_docker_token"), tr("Registry password stored"), image.hasDockerToken ? yes : no},
        {QStringLiteral("uncompressed_size_mb"), tr("Uncompressed size"),
         image.uncompressedSizeMb > 0 ? tr("%L1 MB").arg(image.uncompressedSizeMb) : QString()},
        {QStringLiteral("restrict_to_zone"), tr("Restricted to a zone"), image.restrictToZone ? yes : no},
        {QStringLiteral("zone_id"), tr("Zone"), zone},
        {QStringLiteral("available"), tr("Available (Kasm)"), image.available ? yes : no},
        {QStringLiteral("groups"), tr("Groups"), groups.join(QStringLiteral(", "))},
        {QStringLiteral("agents_holding"), tr("Agents holding it"),
         tr("%1/%2 agents").arg(rollout.holding).arg(rollout.agents)},
        {QStringLiteral("digest"), tr("Digest the agents hold"), rollout.digest},
    };
}

QList<ImageDetailsModel::Row> ImageDetailsModel::otherRows(const KasmImage &image)
{
    QList<Row> rows;
    for (auto it = image.raw.constBegin(); it != image.raw.constEnd(); ++it) {
        if (!shownKeys().contains(it.key()))
            rows.append(Row{it.key(), it.key(), compactJson(it.value())});
    }
    return rows;
}

int ImageDetailsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImageDetailsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageDetailsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == FieldColumn ? row.label : row.value;
    case KeyRole:
        return row.key;
    }
    return {};
}

QVariant ImageDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    }
    return {};
}

} // namespace steward::gui
