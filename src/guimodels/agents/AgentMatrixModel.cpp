#include "guimodels/agents/AgentMatrixModel.h"

#include <QDateTime>
#include <QLocale>
#include <QThreadPool>

#include <algorithm>
#include <numeric>

namespace steward::gui {

namespace {

// "sha256:0123456789ab…" -> "0123456789ab": enough to tell digests apart at a glance.
QString shortDigest(const QString &digest)
{
    const qsizetype colon = digest.indexOf(QLatin1Char(':'));
    return digest.mid(colon + 1, 12);
}

QString clockText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

} // namespace

AgentMatrixModel::AgentMatrixModel(QObject *parent) : QAbstractTableModel(parent)
{}

AgentMatrixModel::~AgentMatrixModel() = default;

int AgentMatrixModel::imageCount() const
{
    return m_imageCount;
}

void AgentMatrixModel::setPlan(std::shared_ptr<const pull::FleetPlan> plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_fleet.reset();
    m_cells.clear();
    m_rowAgent.clear();
    m_agentRow.clear();
    m_lastCheckInMs.clear();
    m_imageCount = 0;
    m_nowMs = 0;
    m_epochMs = 0;
    m_baseMs = QDateTime::currentMSecsSinceEpoch();
    if (m_plan) {
        m_fleet = pull::Fleet::build(m_plan->scenario);
        const int agents = m_plan->agentCount();
        m_imageCount = m_plan->imageCount();
        m_cells.assign(size_t(agents) * size_t(m_imageCount), Cell{});
        m_lastCheckInMs.assign(size_t(agents), -1);
        m_latestDigest.assign(size_t(m_imageCount), -1);
        m_latestSinceS.assign(size_t(m_imageCount), NoTime);
        for (int agent = 0; agent < agents; ++agent) {
            const QHash<QString, pull::HeldImage> &held = m_plan->held.at(agent);
            for (int image = 0; image < m_imageCount && !held.isEmpty(); ++image) {
                const auto found = held.constFind(m_plan->references.at(image));
                if (found == held.constEnd())
                    continue;
                Cell &c = cell(agent, image);
                // Held with no digest named in the inventory: interned as "", so that it still counts as held.
                c.digest = found->digest.isEmpty() ? emptyDigestIndex() : digestIndex(found->digest);
                c.sinceS = found->since.isValid() ? toSeconds(found->since.toMSecsSinceEpoch()) : NoTime;
                if (c.sinceS != NoTime && c.sinceS >= m_latestSinceS[size_t(image)]) {
                    m_latestSinceS[size_t(image)] = c.sinceS;
                    m_latestDigest[size_t(image)] = c.digest;
                }
            }
        }
        // Grouped by zone, then egress address: the agents a registry counts together sit together.
        m_rowAgent.resize(size_t(agents));
        std::iota(m_rowAgent.begin(), m_rowAgent.end(), 0);
        std::stable_sort(m_rowAgent.begin(), m_rowAgent.end(), [this](int a, int b) {
            const pull::AgentGroup &ga = m_plan->scenario.agents.at(schedule().agentGroupOf(a));
            const pull::AgentGroup &gb = m_plan->scenario.agents.at(schedule().agentGroupOf(b));
            return std::tie(ga.zone, ga.source) < std::tie(gb.zone, gb.source);
        });
        m_agentRow.resize(size_t(agents));
        for (int row = 0; row < agents; ++row)
            m_agentRow[size_t(m_rowAgent[size_t(row)])] = row;
    }
    endResetModel();
}

void AgentMatrixModel::applyBatch(const pull::FleetBatch &batch)
{
    Pending pending;
    pending.batch = batch;
    pending.digestMap.assign(size_t(batch.digests.size()), -2);
    pending.reasonMap.assign(size_t(batch.reasons.size()), -2);
    m_pending.push_back(std::move(pending));
    if (m_pending.size() == 1)
        continuePending();
}

void AgentMatrixModel::continuePending()
{
    if (m_pending.empty())
        return;
    if (!applySlice()) {
        QMetaObject::invokeMethod(this, &AgentMatrixModel::continuePending, Qt::QueuedConnection);
        return;
    }
    // A first wave's batch holds millions of changes; freeing them takes tens of ms, so that happens elsewhere.
    QThreadPool::globalInstance()->start([done = std::move(m_pending.front())] { (void)done; });
    m_pending.pop_front();
    // Batches that are small go at once; the next large one takes its own turns.
    while (!m_pending.empty() && m_pending.front().batch.changes.size() <= m_sliceSize) {
        applySlice();
        m_pending.pop_front();
    }
    if (!m_pending.empty())
        continuePending();
}

bool AgentMatrixModel::applySlice()
{
    Pending &pending = m_pending.front();
    const pull::FleetBatch &batch = pending.batch;
    if (pending.next == 0) {
        if (batch.plan != m_plan)
            setPlan(batch.plan);
        if (!m_plan)
            return true;
        m_epochMs = batch.epochMs;
        m_nowMs = batch.untilMs;
        for (int agent = 0; agent < batch.lastCheckInMs.size() && agent < int(m_lastCheckInMs.size()); ++agent)
            m_lastCheckInMs[size_t(agent)] = batch.lastCheckInMs.at(agent);
    }
    if (!m_plan)
        return true;
    int top = rowCount();
    int bottom = -1;
    int left = columnCount();
    int right = -1;
    const qsizetype end = std::min<qsizetype>(batch.changes.size(), pending.next + m_sliceSize);
    for (; pending.next < end; ++pending.next) {
        const pull::FleetChange &change = batch.changes.at(pending.next);
        if (change.agent < 0 || change.agent >= agentCount() || change.image < 0 || change.image >= m_imageCount)
            continue;
        applyChange(batch, change, pending.digestMap, pending.reasonMap);
        const int row = rowOfAgent(change.agent);
        top = std::min(top, row);
        bottom = std::max(bottom, row);
        left = std::min(left, FirstImageColumn + change.image);
        right = std::max(right, FirstImageColumn + change.image);
    }
    const bool done = pending.next >= batch.changes.size();
    if (rowCount() == 0)
        return done;
    // The schedule columns move with time for every agent; one signal for both.
    Q_EMIT dataChanged(index(0, NextCheckInColumn), index(rowCount() - 1, NextRefreshColumn));
    // A moved tag can make cells stale that no change named: the whole column of that image then.
    if (batch.moved > 0 && right >= left) {
        top = 0;
        bottom = rowCount() - 1;
    }
    if (bottom >= top && right >= left)
        Q_EMIT dataChanged(index(top, left), index(bottom, right));
    return done;
}

void AgentMatrixModel::applyChange(const pull::FleetBatch &batch, const pull::FleetChange &change,
                                   std::vector<qint32> &digestMap, std::vector<qint32> &reasonMap)
{
    auto mapped = [](std::vector<qint32> &map, qint32 index, const QStringList &names, auto intern) -> qint32 {
        if (index < 0 || size_t(index) >= map.size())
            return -1;
        if (map[size_t(index)] == -2)
            map[size_t(index)] = intern(names.at(index));
        return map[size_t(index)];
    };
    Cell &c = cell(change.agent, change.image);
    c.digest = mapped(digestMap, change.digest, batch.digests, [this](const QString &d) { return digestIndex(d); });
    c.reason = mapped(reasonMap, change.reason, batch.reasons, [this](const QString &r) { return reasonIndex(r); });
    const qint64 sinceMs = c.reason >= 0 ? change.failingSinceMs : change.sinceMs;
    c.sinceS = sinceMs < 0 ? NoTime : toSeconds(batch.epochMs + sinceMs);
    using Kind = pull::FleetChange::Kind;
    if ((change.kind == Kind::Arrived || change.kind == Kind::Moved) && c.digest >= 0 && change.sinceMs >= 0) {
        const qint32 since = toSeconds(batch.epochMs + change.sinceMs);
        if (since >= m_latestSinceS[size_t(change.image)]) {
            m_latestSinceS[size_t(change.image)] = since;
            m_latestDigest[size_t(change.image)] = c.digest;
        }
    }
}

int AgentMatrixModel::countInState(int image, CellState state) const
{
    int count = 0;
    for (int agent = 0; agent < agentCount(); ++agent)
        count += stateOf(agent, image) == state ? 1 : 0;
    return count;
}

int AgentMatrixModel::countHolding(int image) const
{
    int count = 0;
    for (int agent = 0; agent < agentCount(); ++agent)
        count += cell(agent, image).digest >= 0 ? 1 : 0;
    return count;
}

CellState AgentMatrixModel::stateOf(int agent, int image) const
{
    const Cell &c = cell(agent, image);
    if (c.reason >= 0)
        return CellState::Failing;
    if (c.digest >= 0) {
        // An unknown digest (the inventory named none) cannot be told behind a moved tag.
        const qint32 latest = m_latestDigest[size_t(image)];
        const bool known = !m_digests.at(c.digest).isEmpty() && latest >= 0 && !m_digests.at(latest).isEmpty();
        return known && latest != c.digest ? CellState::Stale : CellState::Current;
    }
    const pull::AgentProfile &profile = schedule().profile(agent);
    if (profile.eligibility.at(size_t(image)) != pull::Eligibility::Eligible)
        return CellState::NotPulled;
    return CellState::Missing;
}

QString AgentMatrixModel::stateName(CellState state)
{
    switch (state) {
    case CellState::Current:
        return tr("current");
    case CellState::Stale:
        return tr("stale");
    case CellState::Missing:
        return tr("missing");
    case CellState::Failing:
        return tr("failing");
    case CellState::NotPulled:
        return tr("not pulled");
    }
    return {};
}

qint32 AgentMatrixModel::digestIndex(const QString &digest)
{
    if (digest.isEmpty())
        return -1;
    const auto found = m_digestIndex.constFind(digest);
    if (found != m_digestIndex.constEnd())
        return *found;
    m_digests << digest;
    return *m_digestIndex.insert(digest, qint32(m_digests.size() - 1));
}

qint32 AgentMatrixModel::emptyDigestIndex()
{
    const auto found = m_digestIndex.constFind(QString());
    if (found != m_digestIndex.constEnd())
        return *found;
    m_digests << QString();
    return *m_digestIndex.insert(QString(), qint32(m_digests.size() - 1));
}

qint32 AgentMatrixModel::reasonIndex(const QString &reason)
{
    const auto found = m_reasonIndex.constFind(reason);
    if (found != m_reasonIndex.constEnd())
        return *found;
    m_reasons << reason;
    return *m_reasonIndex.insert(reason, qint32(m_reasons.size() - 1));
}

qint32 AgentMatrixModel::toSeconds(qint64 epochMs) const
{
    const qint64 seconds = (epochMs - m_baseMs) / 1000;
    return qint32(std::clamp<qint64>(seconds, NoTime + 1, std::numeric_limits<qint32>::max()));
}

QDateTime AgentMatrixModel::toTime(qint32 seconds) const
{
    if (seconds == NoTime)
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_baseMs + qint64(seconds) * 1000, Qt::UTC);
}

QDateTime AgentMatrixModel::simulatedTime(qint64 simulatedMs) const
{
    const qint64 epoch = m_epochMs != 0 ? m_epochMs : m_baseMs;
    return QDateTime::fromMSecsSinceEpoch(epoch + simulatedMs, Qt::UTC);
}

void AgentMatrixModel::setZoneNames(const QHash<QString, QString> &names)
{
    m_zoneNames = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, GroupColumn), index(rowCount() - 1, GroupColumn));
}

const pull::Fleet &AgentMatrixModel::schedule() const
{
    // Callers serve rows and cells, which exist only while a plan built the fleet (setPlan clears both together).
    return *m_fleet; // NOLINT(bugprone-unchecked-optional-access): see above
}

QString AgentMatrixModel::groupOf(int agent) const
{
    const pull::AgentGroup &group = m_plan->scenario.agents.at(schedule().agentGroupOf(agent));
    const QString zone = group.zone.isEmpty() ? tr("no zone") : m_zoneNames.value(group.zone, group.zone);
    return tr("%1 · %2").arg(zone, group.source);
}

int AgentMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : agentCount();
}

int AgentMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_plan ? 0 : FirstImageColumn + m_imageCount;
}

QVariant AgentMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int agent = agentOfRow(index.row());
    if (role == GroupRole)
        return groupOf(agent);
    if (role == AgentIdRole)
        return m_plan->agentIds.value(agent);
    if (index.column() >= FirstImageColumn)
        return imageData(agent, index.column() - FirstImageColumn, role);
    return agentData(agent, index.column(), role);
}

QVariant AgentMatrixModel::agentData(int agent, int column, int role) const
{
    const qint64 nextCheckIn = m_lastCheckInMs[size_t(agent)] < 0
                                   ? schedule().firstCheckInAtOrAfter(agent, m_nowMs)
                                   : m_lastCheckInMs[size_t(agent)] + schedule().checkInMs();
    switch (column) {
    case GroupColumn: {
        const bool first = rowOfAgent(agent) == 0 || groupOf(agentOfRow(rowOfAgent(agent) - 1)) != groupOf(agent);
        if (role == Qt::DisplayRole)
            return first ? groupOf(agent) : QString();
        if (role == RawValueRole || role == Qt::ToolTipRole)
            return role == RawValueRole ? groupOf(agent)
                                        : tr("Zone and egress address: agents behind one address share a registry's "
                                             "anonymous quota.");
        return {};
    }
    case AgentColumn:
        if (role == Qt::DisplayRole || role == RawValueRole)
            return schedule().agentName(agent);
        return {};
    case NextCheckInColumn:
        if (role == RawValueRole)
            return nextCheckIn;
        if (role == Qt::DisplayRole)
            return clockText(simulatedTime(nextCheckIn));
        if (role == Qt::ToolTipRole)
            return tr("The agent checks in with Kasm every %n second(s); an image it lacks is pulled then.", nullptr,
                      int(schedule().checkInMs() / 1000));
        return {};
    case NextRefreshColumn: {
        const qint64 next = schedule().nextRefreshAfter(agent, m_nowMs);
        if (role == RawValueRole)
            return next;
        if (role == Qt::DisplayRole)
            return clockText(simulatedTime(next));
        if (role == Qt::ToolTipRole)
            return tr("Every image the agent should hold is pulled again once an hour, even when present.");
        return {};
    }
    default:
        return {};
    }
}

QVariant AgentMatrixModel::imageData(int agent, int image, int role) const
{
    const Cell &c = cell(agent, image);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(agent, image);
    case Qt::ToolTipRole:
        return cellToolTip(agent, image);
    case RawValueRole:
    case StateRole:
        return int(stateOf(agent, image));
    case DigestRole:
        return c.digest >= 0 ? m_digests.at(c.digest) : QString();
    case SinceRole:
        return toTime(c.sinceS);
    case ReasonRole:
        return c.reason >= 0 ? m_reasons.at(c.reason) : QString();
    case ReferenceRole:
        return m_plan->references.value(image);
    default:
        return {};
    }
}

QString AgentMatrixModel::cellText(int agent, int image) const
{
    const Cell &c = cell(agent, image);
    const CellState state = stateOf(agent, image);
    if ((state == CellState::Current || state == CellState::Stale) && c.digest >= 0)
        return m_digests.at(c.digest).isEmpty() ? tr("held") : shortDigest(m_digests.at(c.digest));
    return stateName(state);
}

QString AgentMatrixModel::cellToolTip(int agent, int image) const
{
    const Cell &c = cell(agent, image);
    const QString who = schedule().agentName(agent);
    const QString what = m_plan->references.value(image);
    const QString since = c.sinceS == NoTime ? tr("before the run") : clockText(toTime(c.sinceS));
    switch (stateOf(agent, image)) {
    case CellState::Current:
        if (m_digests.value(c.digest).isEmpty())
            return tr("%1 holds %2 since %3; its inventory names no digest yet (the next pull tells it).")
                .arg(who, what, since);
        return tr("%1 holds %2 at %3, the digest its tag points at, since %4.")
            .arg(who, what, m_digests.value(c.digest), since);
    case CellState::Stale:
        return tr("%1 holds %2 at %3 since %4, but the tag has moved to %5: the next hourly pull brings it.")
            .arg(who, what, m_digests.value(c.digest), since, m_digests.value(m_latestDigest[size_t(image)]));
    case CellState::Missing:
        return tr("%1 does not hold %2 yet: it pulls it at its next check-in, unless the registry refuses.")
            .arg(who, what);
    case CellState::Failing:
        if (c.digest >= 0)
            return tr("%1 still holds %2 at %3, but its pulls fail since %4: %5")
                .arg(who, what, m_digests.value(c.digest), since, m_reasons.value(c.reason));
        return tr("%1 cannot pull %2 since %3: %4").arg(who, what, since, m_reasons.value(c.reason));
    case CellState::NotPulled:
        return tr("%1 never pulls %2: %3.")
            .arg(who, what, pull::eligibilityName(schedule().profile(agent).eligibility.at(size_t(image))));
    }
    return {};
}

QVariant AgentMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstImageColumn) {
        const QString reference = m_plan->references.value(section - FirstImageColumn);
        if (role == Qt::DisplayRole)
            return reference.section(QLatin1Char('/'), -1);
        if (role == Qt::ToolTipRole)
            return reference;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GroupColumn:
        return tr("Zone · address");
    case AgentColumn:
        return tr("Agent");
    case NextCheckInColumn:
        return tr("Next check-in");
    case NextRefreshColumn:
        return tr("Next hourly pull");
    default:
        return {};
    }
}

} // namespace steward::gui
