#include "guimodels/registries/RegistryTableModel.h"

#include "guimodels/common/RowChanges.h"
#include "guimodels/registries/QuotaTableModel.h"

namespace steward::gui {

RegistryTableModel::RegistryTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

RegistryTableModel::~RegistryTableModel() = default;

void RegistryTableModel::setRegistries(const QList<workflow::RegistryLimits> &registries)
{
    const RowChanges changes = compareRows(
        m_rows, registries, [](const auto &a, const auto &b) { return a.registry == b.registry; },
        [](const auto &a, const auto &b) { return a == b; });
    if (changes.reset) {
        beginResetModel();
        m_rows = registries;
        endResetModel();
        return;
    }
    m_rows = registries;
    for (int row : changes.changed)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RegistryTableModel::rowOf(const QString &registry) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).registry == registry)
            return i;
    }
    return -1;
}

QString RegistryTableModel::originText(workflow::LimitOrigin origin)
{
    switch (origin) {
    case workflow::LimitOrigin::None:
        return tr("none known");
    case workflow::LimitOrigin::DocumentedDefault:
        return tr("documented default");
    case workflow::LimitOrigin::Learned:
        return tr("learned from the registry's headers");
    case workflow::LimitOrigin::SetByHand:
        return tr("set by hand");
    }
    return {};
}

QString RegistryTableModel::limitsText(const workflow::RegistryLimits &limits) const
{
    QStringList parts;
    if (limits.anonymous)
        parts << tr("%1 per %2 per address")
                     .arg(limits.anonymous->limit)
                     .arg(QuotaTableModel::windowText(limits.anonymous->windowS));
    if (limits.authenticated)
        parts << tr("%1 per %2 per account")
                     .arg(limits.authenticated->limit)
                     .arg(QuotaTableModel::windowText(limits.authenticated->windowS));
    return parts.isEmpty() ? tr("unlimited") : parts.join(QStringLiteral(" · "));
}

int RegistryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegistryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistryTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const workflow::RegistryLimits &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
        switch (index.column()) {
        case RegistryColumn:
            return row.registry;
        case LoginColumn:
            return row.username.isEmpty() ? tr("anonymous") : row.username;
        case LimitsColumn:
            return limitsText(row);
        case OriginColumn:
            return originText(row.origin);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == LoginColumn)
            return row.username.isEmpty()
                       ? tr("No login stored: pulls are anonymous and counted per egress address.")
                       : tr("Logged in as %1; the password is in the keychain. Pulls count against this account.")
                             .arg(row.username);
        return tr("%1: %2 (%3)").arg(row.registry, limitsText(row), originText(row.origin));
    case RegistryRole:
        return row.registry;
    case UsernameRole:
        return row.username;
    case OriginRole:
        return int(row.origin);
    default:
        return {};
    }
}

QVariant RegistryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RegistryColumn:
        return tr("Registry");
    case LoginColumn:
        return tr("Login");
    case LimitsColumn:
        return tr("Limits");
    case OriginColumn:
        return tr("Limits from");
    default:
        return {};
    }
}

} // namespace steward::gui
