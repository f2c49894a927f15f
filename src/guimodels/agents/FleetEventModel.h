#pragma once

#include "pull/FleetBatch.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <deque>
#include <optional>

namespace steward::gui {

// The fleet's event log: one row per change an agent saw (an image arrived, moved to a new digest, started failing,
// recovered), newest last, at most `capacity` rows (the oldest go first). Fed a batch at a time: one insert (and at
// most one removal) per batch, never a signal per pull.
class FleetEventModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetEventModel)

public:
    enum Column
    {
        TimeColumn,
        AgentColumn,
        ImageColumn,
        KindColumn,
        DetailColumn, // the digest it now holds, or why its pulls fail
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole, // sortable: simulated ms, names, kind as int
        KindRole,                    // pull::FleetChange::Kind as int
        AgentNameRole,
        ReferenceRole,
    };

    explicit FleetEventModel(QObject *parent = nullptr);
    ~FleetEventModel() override;

    void setCapacity(int capacity);
    void clear();
    void applyBatch(const pull::FleetBatch &batch);

    static QString kindName(pull::FleetChange::Kind kind);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        qint64 atWallMs = 0;
        pull::FleetChange::Kind kind = pull::FleetChange::Kind::Arrived;
        QString agent;
        QString reference;
        QString detail;
    };
    QVariant display(const Entry &entry, int column) const;

    std::deque<Entry> m_entries;
    int m_capacity = 5000;
};

// The log filtered by agent and image (text contained in the name, case-insensitive) and kind.
class FleetEventFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetEventFilter)

public:
    explicit FleetEventFilter(QObject *parent = nullptr);
    ~FleetEventFilter() override;

    void setAgentText(const QString &text);
    void setImageText(const QString &text);
    void setKind(std::optional<pull::FleetChange::Kind> kind);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_agent;
    QString m_image;
    std::optional<pull::FleetChange::Kind> m_kind;
};

} // namespace steward::gui
