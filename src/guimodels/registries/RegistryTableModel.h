#pragma once

#include "workflow/RegistryQuota.h"

#include <QAbstractTableModel>

namespace steward::gui {

// The registries the desk knows: each with its login (the user name, never the secret) and where its limits come
// from. Rows are replaced in place when the same registries come back (selection survives), else reset.
class RegistryTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistryTableModel)

public:
    enum Column
    {
        RegistryColumn,
        LoginColumn,  // the user name, or "anonymous"
        LimitsColumn, // "100 per 6 hours per address · 200 per 6 hours per account"
        OriginColumn, // documented default, learned from the registry's headers, set by hand
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole,
        RegistryRole,
        UsernameRole,
        OriginRole, // workflow::LimitOrigin as int
    };

    explicit RegistryTableModel(QObject *parent = nullptr);
    ~RegistryTableModel() override;

    void setRegistries(const QList<workflow::RegistryLimits> &registries);
    const QList<workflow::RegistryLimits> &registries() const { return m_rows; }
    int rowOf(const QString &registry) const;

    static QString originText(workflow::LimitOrigin origin);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString limitsText(const workflow::RegistryLimits &limits) const;

    QList<workflow::RegistryLimits> m_rows;
};

} // namespace steward::gui
