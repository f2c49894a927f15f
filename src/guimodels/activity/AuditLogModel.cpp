#include "guimodels/activity/AuditLogModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace steward::gui {

namespace {

QString compact(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isNull() || value.isUndefined())
        return QString();
    return value.toVariant().toString();
}

QStringList distinct(const QList<store::AuditEntry> &entries, QString store::AuditEntry::*field)
{
    QStringList values;
    for (const store::AuditEntry &entry : entries) {
        if (!(entry.*field).isEmpty() && !values.contains(entry.*field))
            values << entry.*field;
    }
    std::sort(values.begin(), values.end());
    return values;
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent)
{}

AuditLogModel::~AuditLogModel() = default;

void AuditLogModel::setEntries(const QList<store::AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

void AuditLogModel::setSubjectNames(const QHash<QString, QString> &namesById)
{
    m_subjectNames = namesById;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

QStringList AuditLogModel::kinds() const
{
    return distinct(m_entries, &store::AuditEntry::action);
}

QStringList AuditLogModel::actors() const
{
    return distinct(m_entries, &store::AuditEntry::actor);
}

QString AuditLogModel::subjectText(const store::AuditEntry &entry) const
{
    const auto name = m_subjectNames.constFind(entry.subject);
    return name == m_subjectNames.cend() ? entry.subject : *name;
}

QString AuditLogModel::changeText(const store::AuditEntry &entry)
{
    const QString after = compact(entry.after);
    return after.isEmpty() ? compact(entry.before) : after;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::AuditEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        case KindColumn:
            return entry.action;
        case ActorColumn:
            return entry.actor;
        case SubjectColumn:
            return subjectText(entry);
        case ChangeColumn:
            return changeText(entry);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ChangeColumn)
            return tr("Before: %1\nAfter: %2").arg(compact(entry.before), compact(entry.after));
        if (index.column() == SubjectColumn)
            return entry.subject;
        if (index.column() == TimeColumn)
            return entry.at.toString(Qt::ISODateWithMs);
        return {};
    case RawValueRole:
        switch (index.column()) {
        case TimeColumn:
            return entry.at;
        case KindColumn:
            return entry.action;
        case ActorColumn:
            return entry.actor;
        case SubjectColumn:
            return subjectText(entry);
        case ChangeColumn:
            return changeText(entry);
        }
        return {};
    case KindRole:
        return entry.action;
    case ActorRole:
        return entry.actor;
    case SubjectRole:
        return entry.subject;
    case SubjectTextRole:
        return subjectText(entry);
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case KindColumn:
        return tr("Kind");
    case ActorColumn:
        return tr("Actor");
    case SubjectColumn:
        return tr("Subject");
    case ChangeColumn:
        return tr("Change");
    }
    return {};
}

} // namespace steward::gui
