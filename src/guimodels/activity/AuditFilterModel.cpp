#include "guimodels/activity/AuditFilterModel.h"

#include "guimodels/activity/AuditLogModel.h"

namespace steward::gui {

AuditFilterModel::AuditFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{}

AuditFilterModel::~AuditFilterModel() = default;

void AuditFilterModel::setImageFilter(const QString &text)
{
    m_image = text.trimmed();
    invalidateRowsFilter();
}

void AuditFilterModel::setKindFilter(const QString &kind)
{
    m_kind = kind;
    invalidateRowsFilter();
}

void AuditFilterModel::setActorFilter(const QString &actor)
{
    m_actor = actor;
    invalidateRowsFilter();
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty()) {
        const QString kind = index.data(AuditLogModel::KindRole).toString();
        if (kind != m_kind && !kind.startsWith(m_kind + QLatin1Char('.')))
            return false;
    }
    if (!m_actor.isEmpty() && index.data(AuditLogModel::ActorRole).toString() != m_actor)
        return false;
    if (!m_image.isEmpty() &&
        !index.data(AuditLogModel::SubjectRole).toString().contains(m_image, Qt::CaseInsensitive) &&
        !index.data(AuditLogModel::SubjectTextRole).toString().contains(m_image, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace steward::gui
