#include "guimodels/agents/FleetEventModel.h"

#include <QDateTime>
#include <QLocale>

namespace steward::gui {

FleetEventModel::FleetEventModel(QObject *parent) : QAbstractTableModel(parent)
{}

FleetEventModel::~FleetEventModel() = default;

void FleetEventModel::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    if (int(m_entries.size()) > m_capacity) {
        const int excess = int(m_entries.size()) - m_capacity;
        beginRemoveRows({}, 0, excess - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
        endRemoveRows();
    }
}

void FleetEventModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

QString FleetEventModel::kindName(pull::FleetChange::Kind kind)
{
    using Kind = pull::FleetChange::Kind;
    switch (kind) {
    case Kind::Arrived:
        return tr("arrived");
    case Kind::Moved:
        return tr("moved to a new digest");
    case Kind::Identified:
        return tr("digest identified");
    case Kind::Failed:
        return tr("failing");
    case Kind::Recovered:
        return tr("recovered");
    }
    return {};
}

void FleetEventModel::applyBatch(const pull::FleetBatch &batch)
{
    if (batch.changes.isEmpty() || !batch.plan)
        return;
    // Only the newest `capacity` can stay: skip the rest before building them.
    const qsizetype skip = std::max<qsizetype>(0, batch.changes.size() - m_capacity);
    const int adding = int(batch.changes.size() - skip);
    const int overflow = std::max(0, int(m_entries.size()) + adding - m_capacity);
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + overflow);
        endRemoveRows();
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + adding - 1);
    for (qsizetype i = skip; i < batch.changes.size(); ++i) {
        const pull::FleetChange &change = batch.changes.at(i);
        Entry entry;
        entry.atWallMs = batch.epochMs + change.atMs;
        entry.kind = change.kind;
        entry.agent = batch.plan->scenario.agents.value(change.agent).name;
        if (entry.agent.isEmpty())
            entry.agent = batch.plan->agentIds.value(change.agent);
        entry.reference = batch.plan->references.value(change.image);
        entry.detail = change.reason >= 0 ? batch.reasons.value(change.reason) : batch.digests.value(change.digest);
        m_entries.push_back(std::move(entry));
    }
    endInsertRows();
}

int FleetEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int FleetEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetEventModel::display(const Entry &entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.atWallMs),
                                  QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case AgentColumn:
        return entry.agent;
    case ImageColumn:
        return entry.reference;
    case KindColumn:
        return kindName(entry.kind);
    case DetailColumn:
        return entry.detail;
    default:
        return {};
    }
}

QVariant FleetEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole:
        if (entry.kind == pull::FleetChange::Kind::Failed)
            return tr("%1 could not pull %2: %3").arg(entry.agent, entry.reference, entry.detail);
        return tr("%1: %2 %3 (%4)").arg(entry.agent, entry.reference, kindName(entry.kind), entry.detail);
    case RawValueRole:
        if (index.column() == TimeColumn)
            return entry.atWallMs;
        if (index.column() == KindColumn)
            return int(entry.kind);
        return display(entry, index.column());
    case KindRole:
        return int(entry.kind);
    case AgentNameRole:
        return entry.agent;
    case ReferenceRole:
        return entry.reference;
    default:
        return {};
    }
}

QVariant FleetEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AgentColumn:
        return tr("Agent");
    case ImageColumn:
        return tr("Image");
    case KindColumn:
        return tr("Event");
    case DetailColumn:
        return tr("Digest or reason");
    default:
        return {};
    }
}

FleetEventFilter::FleetEventFilter(QObject *parent) : QSortFilterProxyModel(parent)
{}

FleetEventFilter::~FleetEventFilter() = default;

void FleetEventFilter::setAgentText(const QString &text)
{
    m_agent = text.trimmed();
    invalidateRowsFilter();
}

void FleetEventFilter::setImageText(const QString &text)
{
    m_image = text.trimmed();
    invalidateRowsFilter();
}

void FleetEventFilter::setKind(std::optional<pull::FleetChange::Kind> kind)
{
    m_kind = kind;
    invalidateRowsFilter();
}

bool FleetEventFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && index.data(FleetEventModel::KindRole).toInt() != int(*m_kind))
        return false;
    if (!m_agent.isEmpty() &&
        !index.data(FleetEventModel::AgentNameRole).toString().contains(m_agent, Qt::CaseInsensitive))
        return false;
    return m_image.isEmpty() ||
           index.data(FleetEventModel::ReferenceRole).toString().contains(m_image, Qt::CaseInsensitive);
}

} // namespace steward::gui
