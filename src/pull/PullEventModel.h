#pragma once

#include "pull/SimulationResult.h"

#include <QAbstractTableModel>

namespace steward::pull {

// The sampled event log of a simulation, as a table for the GUI's log pane (no widgets: it lives beside the data).
class PullEventModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullEventModel)

public:
    enum Column
    {
        TimeColumn,
        AgentColumn,
        ImageColumn,
        KindColumn,
        CountColumn,
        BucketColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole, // sortable values: milliseconds, indices, counts
        KindRole,                    // PullEvent::Kind as int
    };

    explicit PullEventModel(QObject *parent = nullptr);
    ~PullEventModel() override;

    void setResult(const SimulationResult &result);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // "not found: <the registry's words>", when the event carries a reason.
    QString withReason(const PullEvent &event, const QString &what) const;

    SimulationResult m_result;
};

} // namespace steward::pull
