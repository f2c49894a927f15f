#pragma once

#include "pull/Fleet.h"
#include "pull/FleetBatch.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace steward::gui {

// Where one agent stands with one image, in the matrix of agents × images.
enum class CellState : quint8
{
    Current,   // holds the digest the image's tag points at now (as far as the run has seen)
    Stale,     // holds an older digest: the tag moved and the agent has not pulled again yet
    Missing,   // should hold the image (eligible) but has not pulled it yet
    Failing,   // its latest pull of the image failed; ReasonRole says why
    NotPulled, // never pulled here: disabled, no registry, another zone, no disk
};

// The simulated fleet as a table: one row per agent, grouped by zone and egress address (the order the registry
// counts anonymous pulls in), the agent's next check-in and next hourly pull, then one column per image. Fed by the
// fleet's batches (applyBatch), each announced as one dataChanged over the cells it touched, never a signal per pull,
// so that 10,000 agents × 500 images at ×3600 stay cheap for the view. Read-only; values, not pointers.
//
// Memory: 12 bytes per cell (digest and reason as indices into the model's own tables, since in seconds).
class AgentMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgentMatrixModel)

public:
    enum Column
    {
        GroupColumn,       // "zone · egress address", on the first row of each group
        AgentColumn,       // the agent's host name
        NextCheckInColumn, // every 30 s: an image it lacks is pulled then
        NextRefreshColumn, // hourly: every image it should hold is pulled again
        FirstImageColumn,  // then one column per image, in the plan's order
    };
    enum Role
    {
        RawValueRole = Qt::UserRole, // sortable: group text, host name, ms, CellState
        StateRole,                   // CellState as int (image columns)
        DigestRole,                  // "sha256:…" the agent holds, or empty
        SinceRole,                   // QDateTime the digest arrived (image columns), or the failure began
        ReasonRole,                  // why its pulls fail, in the registry's words; empty when they do not
        GroupRole,                   // "zone · egress address", in every column
        AgentIdRole,                 // the Kasm agent id, in every column
        ReferenceRole,               // the image's reference (image columns)
    };

    explicit AgentMatrixModel(QObject *parent = nullptr);
    ~AgentMatrixModel() override;

    // Zone names by zone id (the plan knows only ids), for the group column.
    void setZoneNames(const QHash<QString, QString> &names);
    // A new plan (the deployment changed shape): a reset, starting from what the agents held when it was made.
    void setPlan(std::shared_ptr<const pull::FleetPlan> plan);
    // What the fleet did: the changed cells and the agents' check-ins. A batch of another plan resets to that plan.
    // A batch of more than sliceSize() changes (the first wave of a large fleet: one per agent and image) is applied
    // a slice per event-loop turn, each announced as it lands, so that the GUI thread never stalls on it; later
    // batches queue behind it.
    void applyBatch(const pull::FleetBatch &batch);
    // Changes still waiting to be applied.
    bool hasPending() const { return !m_pending.empty(); }
    int sliceSize() const { return m_sliceSize; }
    void setSliceSize(int changes) { m_sliceSize = std::max(1, changes); }

    int agentCount() const { return int(m_rowAgent.size()); }
    int imageCount() const;
    // How many agents are in `state` for `image` (plan index): what the tests compare with a simulation.
    int countInState(int image, CellState state) const;
    // How many agents hold some digest of `image` (a failing refresh keeps what the agent held).
    int countHolding(int image) const;
    qint64 simulatedMs() const { return m_nowMs; }
    // The plan agent shown in `row`, and the row showing plan agent `agent`.
    int agentOfRow(int row) const { return m_rowAgent.at(size_t(row)); }
    int rowOfAgent(int agent) const { return m_agentRow.at(size_t(agent)); }
    std::shared_ptr<const pull::FleetPlan> plan() const { return m_plan; }

    static QString stateName(CellState state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static constexpr qint32 NoTime = std::numeric_limits<qint32>::min();
    struct Cell
    {
        qint32 digest = -1;     // m_digests index; -1: holds nothing
        qint32 reason = -1;     // m_reasons index; -1: not failing
        qint32 sinceS = NoTime; // since the digest arrived (or the failure began), s after m_baseMs
    };

    Cell &cell(int agent, int image) { return m_cells[size_t(agent) * size_t(m_imageCount) + size_t(image)]; }
    const Cell &cell(int agent, int image) const
    {
        return m_cells[size_t(agent) * size_t(m_imageCount) + size_t(image)];
    }
    CellState stateOf(int agent, int image) const;
    qint32 digestIndex(const QString &digest);
    qint32 emptyDigestIndex();
    qint32 reasonIndex(const QString &reason);
    qint32 toSeconds(qint64 epochMs) const;
    QDateTime toTime(qint32 seconds) const;
    QDateTime simulatedTime(qint64 simulatedMs) const;
    QString groupOf(int agent) const;
    QVariant imageData(int agent, int image, int role) const;
    QVariant agentData(int agent, int column, int role) const;
    QString cellText(int agent, int image) const;
    QString cellToolTip(int agent, int image) const;
    // Applies the front pending batch from its position, at most sliceSize() changes; true when it is done.
    bool applySlice();
    void continuePending();
    void applyChange(const pull::FleetBatch &batch, const pull::FleetChange &change, std::vector<qint32> &digestMap,
                     std::vector<qint32> &reasonMap);

    std::shared_ptr<const pull::FleetPlan> m_plan;
    // The fleet of the current plan; rows and cells exist only while there is one.
    const pull::Fleet &schedule() const;
    std::optional<pull::Fleet> m_fleet; // the schedule: next check-in, next refresh, eligibility
    int m_imageCount = 0;
    std::vector<Cell> m_cells;           // per (plan agent, image)
    std::vector<int> m_rowAgent;         // per row: plan agent
    std::vector<int> m_agentRow;         // per plan agent: row
    std::vector<qint64> m_lastCheckInMs; // per plan agent, simulated; -1: none yet
    std::vector<qint32> m_latestDigest;  // per image: the newest digest any agent received
    std::vector<qint32> m_latestSinceS;
    QHash<QString, QString> m_zoneNames;
    QStringList m_digests;
    QHash<QString, qint32> m_digestIndex;
    QStringList m_reasons;
    QHash<QString, qint32> m_reasonIndex;
    qint64 m_baseMs = 0;  // wall-clock ms that seconds 0 of Cell::sinceS mean
    qint64 m_epochMs = 0; // wall-clock ms of simulated time 0, once a batch told it
    qint64 m_nowMs = 0;   // simulated time of the latest batch
    struct Pending
    {
        pull::FleetBatch batch;
        qsizetype next = 0; // the first change not applied yet
        std::vector<qint32> digestMap;
        std::vector<qint32> reasonMap;
    };
    std::deque<Pending> m_pending;
    int m_sliceSize = 100000; // about 5 ms of work
};

} // namespace steward::gui
