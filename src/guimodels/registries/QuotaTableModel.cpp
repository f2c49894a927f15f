#include "guimodels/registries/QuotaTableModel.h"

#include <QLocale>

namespace steward::gui {

QuotaTableModel::QuotaTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

QuotaTableModel::~QuotaTableModel() = default;

QString QuotaTableModel::windowText(qint64 windowS)
{
    if (windowS > 0 && windowS % 3600 == 0)
        return tr("%n hour(s)", nullptr, int(windowS / 3600));
    return tr("%n second(s)", nullptr, int(windowS));
}

void QuotaTableModel::clearRun()
{
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).learned)
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    m_nowMs = 0;
}

void QuotaTableModel::addPoint(Row &row, const QuotaPoint &point)
{
    row.points.push_back(point);
    if (int(row.points.size()) <= m_maxPoints)
        return;
    // Thin the older half to every other point: the recent past keeps its detail, memory stays bounded.
    std::vector<QuotaPoint> thinned;
    thinned.reserve(row.points.size());
    const size_t half = row.points.size() / 2;
    for (size_t i = 0; i < row.points.size(); ++i) {
        if (i >= half || i % 2 == 0 || row.points[i].firstRefused)
            thinned.push_back(row.points[i]);
    }
    row.points = std::move(thinned);
}

void QuotaTableModel::applyBatch(const pull::FleetBatch &batch)
{
    m_nowMs = batch.untilMs;
    m_epochMs = batch.epochMs;
    for (const pull::FleetBucketTally &tally : batch.buckets) {
        int row = rowOf(tally.key);
        if (row >= 0 && m_rows.at(row).learned)
            row = -1; // a registry's own report and the simulation's count are shown apart
        for (int i = 0; row < 0 && i < m_rows.size(); ++i) {
            if (!m_rows.at(i).learned && m_rows.at(i).key == tally.key)
                row = i;
        }
        if (row < 0) {
            Row added;
            added.key = tally.key;
            added.policy = tally.policy;
            added.counter = pull::WindowCounter(tally.policy ? tally.policy->limit : -1,
                                                (tally.policy ? tally.policy->windowS : 21600) * 1000);
            row = int(m_rows.size());
            beginInsertRows({}, row, row);
            m_rows.append(std::move(added));
            endInsertRows();
        }
        Row &r = m_rows[row];
        r.policy = tally.policy;
        r.used = tally.usedInWindow;
        r.live = batch.live;
        r.reported = tally.reported;
        // Counted at the batch's end: a batch spans at most a few hundred clock ms, so the time a quota frees up is
        // late by at most that much simulated time.
        if (tally.counted > 0)
            r.counter.acquire(batch.untilMs, tally.counted);
        const qint64 frees = r.used > 0 && !r.counter.recentRuns().empty()
                                 ? r.counter.recentRuns().front().atMs + r.counter.windowMs()
                                 : -1;
        r.resetsAt = frees >= 0 ? QDateTime::fromMSecsSinceEpoch(batch.epochMs + frees) : QDateTime();
        bool refusedAtEnd = false;
        if (!r.firstRefusedMs && (tally.firstRateLimitedMs || tally.rateLimited > 0)) {
            // Its own point, at its own time: the chart marks it where it happened, not at the batch's end.
            r.firstRefusedMs = std::min(tally.firstRateLimitedMs.value_or(batch.untilMs), batch.untilMs);
            if (*r.firstRefusedMs < batch.untilMs)
                addPoint(r, QuotaPoint{*r.firstRefusedMs, r.used, true});
            else
                refusedAtEnd = true;
        }
        addPoint(r, QuotaPoint{batch.untilMs, r.used, refusedAtEnd});
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void QuotaTableModel::setReported(const QString &registry, bool authenticated, const registry::RateLimit &rateLimit)
{
    const pull::BucketKey key{registry, authenticated, rateLimit.source};
    int row = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).learned && m_rows.at(i).key.registry == registry)
            row = i;
    }
    if (row < 0) {
        row = int(m_rows.size());
        beginInsertRows({}, row, row);
        Row added;
        added.learned = true;
        m_rows.append(added);
        endInsertRows();
    }
    Row &r = m_rows[row];
    r.key = key;
    r.reportedAt = QDateTime::currentDateTime();
    r.policy = rateLimit.limited ? std::optional(pull::RateLimitPolicy{rateLimit.limit, rateLimit.windowSeconds})
                                 : std::nullopt;
    r.used = rateLimit.limited ? std::max(0, rateLimit.limit - rateLimit.remaining) : 0;
    r.resetsAt = {}; // the headers do not say when; the window does
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QList<QuotaPoint> QuotaTableModel::history(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const std::vector<QuotaPoint> &points = m_rows.at(row).points;
    return QList<QuotaPoint>(points.cbegin(), points.cend());
}

pull::BucketKey QuotaTableModel::keyAt(int row) const
{
    return m_rows.value(row).key;
}

int QuotaTableModel::rowOf(const pull::BucketKey &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

qint64 QuotaTableModel::remaining(const Row &row) const
{
    return row.policy ? std::max<qint64>(0, row.policy->limit - row.used) : -1;
}

int QuotaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuotaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuotaTableModel::display(const Row &row, int column) const
{
    switch (column) {
    case RegistryColumn:
        return row.key.registry;
    case WhoseColumn:
        return row.key.authenticated ? tr("account %1").arg(row.key.who) : tr("address %1").arg(row.key.who);
    case UsedColumn:
        if (!row.policy)
            return tr("%1 (no limit)").arg(row.used);
        return tr("%1 / %2 in %3").arg(row.used).arg(row.policy->limit).arg(windowText(row.policy->windowS));
    case ResetsColumn:
        if (row.learned)
            return row.policy ? tr("sliding window of %1").arg(windowText(row.policy->windowS)) : QString();
        return row.resetsAt.isValid() ? QLocale().toString(row.resetsAt, QStringLiteral("yyyy-MM-dd HH:mm"))
                                      : tr("nothing counted");
    case CountedByColumn:
        if (row.learned)
            return tr("the registry, at %1").arg(QLocale().toString(row.reportedAt, QStringLiteral("HH:mm")));
        if (row.live)
            return row.reported ? tr("the registry, live") : tr("the live run (the registry sends no quota)");
        return tr("the simulated fleet");
    default:
        return {};
    }
}

QString QuotaTableModel::toolTip(const Row &row) const
{
    const QString whose = row.key.authenticated ? tr("the account %1").arg(row.key.who)
                                                : tr("the address %1 (anonymous pulls)").arg(row.key.who);
    if (!row.policy)
        return tr("%1 has no pull limit for %2; %3 pulls counted in the last window.")
            .arg(row.key.registry, whose)
            .arg(row.used);
    return tr("%1 lets %2 make %3 pulls in any %4; %5 are counted now, %6 left.")
        .arg(row.key.registry, whose)
        .arg(row.policy->limit)
        .arg(windowText(row.policy->windowS))
        .arg(row.used)
        .arg(remaining(row));
}

QVariant QuotaTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row);
    case RawValueRole:
        if (index.column() == UsedColumn)
            return row.used;
        if (index.column() == ResetsColumn)
            return row.resetsAt;
        return display(row, index.column());
    case RegistryRole:
        return row.key.registry;
    case WhoRole:
        return row.key.who;
    case UsedRole:
        return row.used;
    case LimitRole:
        return row.policy ? qint64(row.policy->limit) : qint64(-1);
    case RemainingRole:
        return remaining(row);
    case ResetsAtRole:
        return row.resetsAt;
    case LearnedRole:
        return row.learned;
    case LiveRole:
        return row.live && row.reported;
    case FirstRefusedRole:
        return row.firstRefusedMs.value_or(-1);
    default:
        return {};
    }
}

QVariant QuotaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RegistryColumn:
        return tr("Registry");
    case WhoseColumn:
        return tr("Whose quota");
    case UsedColumn:
        return tr("Used / limit");
    case ResetsColumn:
        return tr("Frees up at");
    case CountedByColumn:
        return tr("Counted by");
    default:
        return {};
    }
}

} // namespace steward::gui
