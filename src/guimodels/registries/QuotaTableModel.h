#pragma once

#include "pull/FleetBatch.h"
#include "pull/RateLimiter.h"
#include "registry/RateLimit.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <optional>
#include <vector>

namespace steward::gui {

// One point of a quota's use over time: pulls counted in the window ending at simulated time `atMs`.
struct QuotaPoint
{
    qint64 atMs = 0;
    qint64 used = 0;
    bool firstRefused = false; // the run's first refused pull (429) of this quota happened at atMs
};

// Each quota (a registry's for one address or one account): used / limit in its window and when it frees up, as the
// simulated fleet counts it (its batches), as a live run's registry reports it (batches whose tally is `reported`), or
// as the registry itself reported it (a connection test's headers). Keeps each quota's use over time for the chart,
// thinned to at most `maxPoints` so that a long ×3600 run stays small (the first refused pull's point always stays).
class QuotaTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotaTableModel)

public:
    enum Column
    {
        RegistryColumn,
        WhoseColumn, // "address 203.0.113.7", "account alice"
        UsedColumn,  // "37 / 100 in 6 h"
        ResetsColumn,
        CountedByColumn, // the simulated fleet, or the registry's own headers
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole,
        RegistryRole,     // host[:port]
        WhoRole,          // the address or account
        UsedRole,         // qint64
        LimitRole,        // qint64; -1 unlimited
        RemainingRole,    // qint64; -1 unlimited
        ResetsAtRole,     // QDateTime the oldest counted pull leaves the window; invalid when none is counted
        LearnedRole,      // bool: the registry reported it (not the simulation)
        LiveRole,         // bool: a live run's quota, as the registry's headers report it
        FirstRefusedRole, // qint64 simulated ms of the run's first refused pull of this quota; -1 none yet
    };

    explicit QuotaTableModel(QObject *parent = nullptr);
    ~QuotaTableModel() override;

    // Forgets the run (a new plan or a reset); quotas the registry reported stay.
    void clearRun();
    void applyBatch(const pull::FleetBatch &batch);
    // What a registry's headers said (a connection test), counted for `rateLimit.source`.
    void setReported(const QString &registry, bool authenticated, const registry::RateLimit &rateLimit);

    QList<QuotaPoint> history(int row) const;
    pull::BucketKey keyAt(int row) const;
    int rowOf(const pull::BucketKey &key) const;
    qint64 simulatedMs() const { return m_nowMs; }
    qint64 epochMs() const { return m_epochMs; }
    void setMaxPoints(int maxPoints) { m_maxPoints = std::max(16, maxPoints); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString windowText(qint64 windowS);

private:
    struct Row
    {
        pull::BucketKey key;
        std::optional<pull::RateLimitPolicy> policy;
        qint64 used = 0;
        bool learned = false;
        bool live = false;     // a live run's quota
        bool reported = false; // as the registry's headers said (live runs)
        std::optional<qint64> firstRefusedMs;
        QDateTime reportedAt; // learned rows
        QDateTime resetsAt;
        pull::WindowCounter counter; // simulated rows: when the counted pulls leave the window
        std::vector<QuotaPoint> points;
    };
    QVariant display(const Row &row, int column) const;
    QString toolTip(const Row &row) const;
    void addPoint(Row &row, const QuotaPoint &point);
    qint64 remaining(const Row &row) const;

    QList<Row> m_rows;
    qint64 m_nowMs = 0;
    qint64 m_epochMs = 0;
    int m_maxPoints = 1000;
};

} // namespace steward::gui
